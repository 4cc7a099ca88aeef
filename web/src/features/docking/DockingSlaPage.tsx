import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useConfirm } from '../../components/feedback.js';
import { FormAlert, TextField, focusFirstInvalid } from '../../components/forms.js';
import { isOperator } from '../../components/gate.js';
import { ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import { formatDateTime } from '../../lib/codes.js';
import { NO_ERRORS, describeRequestError, groupErrors, type FormErrors, type UserError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link } from '../../lib/router.js';
import { ViewerQuery } from '../../lib/viewer.js';
import { StaffOnly } from '../review/AdminHomePage.js';

/** What the page shows of the clocks, read the same way by the query and both mutations. */
export const PlatformDockingSlaFieldsFragment = graphql(`
  fragment PlatformDockingSlaFields on PlatformDockingSla {
    firstResponseMinutes
    replyMinutes
    resolutionMinutes
    builtIn
    updatedAt
  }
`);

const DockingSlaQuery = graphql(`
  query PlatformDockingSla {
    platformDockingSla {
      ...PlatformDockingSlaFields
    }
  }
`);

const UpdateDockingSla = graphql(`
  mutation PlatformDockingSlaUpdate($input: PlatformDockingSlaInput!) {
    platformDockingSlaUpdate(input: $input) {
      sla {
        ...PlatformDockingSlaFields
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const ResetDockingSla = graphql(`
  mutation PlatformDockingSlaReset {
    platformDockingSlaReset {
      sla {
        ...PlatformDockingSlaFields
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** Working time: a working day is 8 working hours (server/modules/docking/working-time.ts). */
const HOUR = 60;
const DAY = 480;

type ClockField = 'firstResponseMinutes' | 'replyMinutes' | 'resolutionMinutes';
type Minutes = Record<ClockField, number>;

/** The three clocks, the unit an operator thinks in, and the API's allowed range (sla-default.ts). */
const CLOCKS: { field: ClockField; label: string; meaning: string; unit: number; unitLabel: string; min: number; max: number }[] = [
  { field: 'firstResponseMinutes', label: '首次响应时限', meaning: '企业发起对接后，机构首次响应', unit: HOUR, unitLabel: '工作小时', min: 30, max: 4800 },
  { field: 'replyMinutes', label: '回复时限', meaning: '企业留言后，机构回复', unit: HOUR, unitLabel: '工作小时', min: 30, max: 4800 },
  { field: 'resolutionMinutes', label: '办结时限', meaning: '对接从发起到办结', unit: DAY, unitLabel: '工作日', min: 480, max: 96000 },
];
const FIELDS = CLOCKS.map((c) => c.field);

/** The built-in defaults (DEFAULT_SLA in server/modules/docking/sla.ts): 2 working hours, 1 working day, 15 working days. */
const BUILT_IN: Minutes = { firstResponseMinutes: 120, replyMinutes: 480, resolutionMinutes: 7200 };

const grouped = new Intl.NumberFormat('zh-CN');

/** Working minutes in words: 120 → "2 个工作小时", 600 → "1 个工作日 2 个工作小时", 45 → "45 个工作分钟". */
function describeWorkingMinutes(minutes: number): string {
  const days = Math.floor(minutes / DAY);
  const hours = Math.floor((minutes % DAY) / HOUR);
  const rest = minutes % HOUR;
  const parts = [days ? `${grouped.format(days)} 个工作日` : '', hours ? `${hours} 个工作小时` : '', rest ? `${rest} 个工作分钟` : ''].filter(Boolean);
  return parts.join(' ') || '0 个工作分钟';
}

/** A value in the field's unit as a person types it: 2, 0.5, 1.25 (no trailing zeros). */
function inUnit(minutes: number, unit: number): string {
  return String(Math.round((minutes / unit) * 10_000) / 10_000);
}

/** Whole working minutes from a typed value, or null when it is not a number. */
function toMinutes(text: string, unit: number): number | null {
  const value = Number(text.trim());
  if (!text.trim() || !Number.isFinite(value)) return null;
  return Math.round(value * unit);
}

function sameAs(a: Minutes, b: Minutes): boolean {
  return FIELDS.every((f) => a[f] === b[f]);
}

type Sla = Minutes & { builtIn: boolean; updatedAt?: string | null };
type Draft = Record<ClockField, string>;
/** What platformDockingSlaUpdate and platformDockingSlaReset return; undefined when no data came back. */
type Payload = { sla?: Sla | null; errors: readonly UserError[] } | undefined;

const toDraft = (sla: Minutes): Draft => ({
  firstResponseMinutes: inUnit(sla.firstResponseMinutes, HOUR),
  replyMinutes: inUnit(sla.replyMinutes, HOUR),
  resolutionMinutes: inUnit(sla.resolutionMinutes, DAY),
});

function Current({ sla }: { sla: Sla }) {
  const matchesBuiltIn = sameAs(sla, BUILT_IN);
  return (
    <section className="section" aria-labelledby="sla-current">
      <h2 id="sla-current">当前默认值</h2>
      <table className="data-table sla-table" data-testid="sla-current">
        <thead>
          <tr>
            <th scope="col">时限</th>
            <th scope="col">计时范围</th>
            <th scope="col">当前默认值</th>
            <th scope="col">内置默认值</th>
          </tr>
        </thead>
        <tbody>
          {CLOCKS.map((c) => (
            <tr key={c.field}>
              <th scope="row">{c.label}</th>
              <td>{c.meaning}</td>
              <td data-testid={`sla-${c.field}`}>
                {describeWorkingMinutes(sla[c.field])}
                <span className="sla-table__minutes">（{grouped.format(sla[c.field])} 工作分钟）</span>
              </td>
              <td>{describeWorkingMinutes(BUILT_IN[c.field])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="sla-source">
        {sla.builtIn ? (
          <>
            <span className="badge badge--verified">内置默认值</span> 运营人员尚未修改，使用平台内置的默认时限。
          </>
        ) : (
          <>
            <span className="badge badge--pending">{matchesBuiltIn ? '已设置（与内置默认值相同）' : '已由运营人员修改'}</span> 最近修改：
            {formatDateTime(sla.updatedAt)}
          </>
        )}
      </p>
    </section>
  );
}

function SlaForm({ sla, onSaved }: { sla: Sla; onSaved: () => Promise<unknown> }) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(sla));
  const [confirm, confirmDialog] = useConfirm();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [notice, setNotice] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const [update, { loading: saving }] = useMutation(UpdateDockingSla);
  const [reset, { loading: resetting }] = useMutation(ResetDockingSla);
  const loading = saving || resetting;

  function show(e: FormErrors) {
    setNotice('');
    flushSync(() => setErrors(e));
    focusFirstInvalid(form.current);
  }

  async function apply(send: () => Promise<Payload>, done: string) {
    try {
      const payload = await send();
      if (!payload) return show({ fields: {}, form: ['保存失败，请稍后重试。'] });
      if (payload.errors.length || !payload.sla) return show(groupErrors(payload.errors, FIELDS));
      setErrors(NO_ERRORS);
      setDraft(toDraft(payload.sla));
      await onSaved();
      setNotice(done);
    } catch (err) {
      show({ fields: {}, form: [describeRequestError(err)] });
    }
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const fields: Record<string, string[]> = {};
    const input = {} as Minutes;
    for (const c of CLOCKS) {
      const minutes = toMinutes(draft[c.field], c.unit);
      if (minutes === null) fields[c.field] = [`请填写${c.unitLabel}数，如 ${inUnit(BUILT_IN[c.field], c.unit)}`];
      else input[c.field] = minutes;
    }
    // Ranges are left to the server, whose message is shown at the field; here only what cannot be sent.
    if (Object.keys(fields).length) return show({ fields, form: [] });
    void apply(async () => (await update({ variables: { input } })).data?.platformDockingSlaUpdate, '已保存。此后新发起的对接将按新的默认时限计时。');
  }

  async function restore() {
    const ok = await confirm({
      title: '恢复内置默认时限？',
      message: '将三项时限恢复为内置默认值（2 个工作小时、1 个工作日、15 个工作日）。此后新发起的对接按内置默认时限计时。',
      confirmLabel: '恢复默认值',
    });
    if (!ok) return;
    // Removes the operators' setting (not saving 120/480/7200 as one), so the page shows the built-in state again.
    void apply(async () => (await reset()).data?.platformDockingSlaReset, '已恢复内置默认值。此后新发起的对接将按内置默认时限计时。');
  }

  const set = (field: ClockField) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  return (
    <section className="section" aria-labelledby="sla-change">
      {confirmDialog}
      <h2 id="sla-change">修改默认值</h2>
      <form ref={form} className="form sla-form" onSubmit={onSubmit} noValidate aria-label="修改对接时限默认值">
        {notice ? (
          <p className="notice" role="status" data-testid="sla-notice">
            {notice}
          </p>
        ) : null}
        <FormAlert messages={errors.form} />
        <div className="form-grid form-grid--3">
          {CLOCKS.map((c) => {
            const typed = toMinutes(draft[c.field], c.unit);
            return (
              <TextField
                key={c.field}
                name={c.field}
                label={`${c.label}（${c.unitLabel}）`}
                value={draft[c.field]}
                onValueChange={set(c.field)}
                required
                inputMode="decimal"
                autoComplete="off"
                errors={errors.fields[c.field]}
                hint={
                  <>
                    可填 {inUnit(c.min, c.unit)}–{inUnit(c.max, c.unit)} 个{c.unitLabel}（{grouped.format(c.min)}–{grouped.format(c.max)} 工作分钟）
                    {c.field === 'resolutionMinutes' ? '，且不短于首次响应时限' : ''}。
                    {typed !== null && typed > 0 ? <span className="sla-form__preview">即 {describeWorkingMinutes(typed)}。</span> : null}
                  </>
                }
              />
            );
          })}
        </div>
        <p className="form__note">1 个工作日按 8 个工作小时计，节假日和非工作时间不计时。</p>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={loading}>
            {loading ? '正在保存…' : '保存'}
          </button>
          <button type="button" className="button button--ghost" onClick={() => void restore()} disabled={loading || sla.builtIn}>
            恢复内置默认值
          </button>
        </div>
      </form>
    </section>
  );
}

function DockingSla() {
  const viewer = useQuery(ViewerQuery);
  const { data, loading, error, refetch } = useQuery(DockingSlaQuery, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading label="正在加载对接时限…" />;
  if (error && !data) return <ErrorState message={`对接时限加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  if (!data) return null;
  const me = viewer.data?.me;
  const sla = data.platformDockingSla;
  return (
    <>
      <Current sla={sla} />
      {me && isOperator(me) ? <SlaForm sla={sla} onSaved={refetch} /> : <p className="notice">审核人仅可查看；修改由平台运营人员操作。</p>}
    </>
  );
}

/** /admin/docking-sla — the platform-default docking clocks (M1): operators change them, reviewers read them. */
export function DockingSlaPage() {
  usePageTitle('对接时限默认值');
  return (
    <StaffOnly title="对接时限默认值">
      <div className="container page">
        <nav className="breadcrumb" aria-label="位置">
          <Link to="/admin">运营后台</Link> / 对接时限默认值
        </nav>
        <h1>对接时限默认值</h1>
        <p className="page__lead">
          机构未自行设置时限时，新发起的对接按这里的默认值计时；机构自己的设置始终优先，修改只对此后新发起的对接生效，进行中的对接仍按原时限计时。
        </p>
        <DockingSla />
      </div>
    </StaffOnly>
  );
}
