import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { FormAlert } from '../../components/forms.js';
import { ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import type { ConditionField, ConditionOperator, PolicyConditionsQuery } from '../../gql/graphql.js';
import { SIZE_CLASS_LABELS, type OptionGroup } from '../../lib/codes.js';
import { useQualificationCatalogue, type QualificationOption } from '../../lib/qualifications.js';
import { describeRequestError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link } from '../../lib/router.js';
import {
  AdminNav,
  CONDITION_FIELD_LABELS,
  Gate,
  MultiSelect,
  OPERATOR_LABELS,
  POLICY_INDUSTRY_GROUPS,
  POLICY_REGION_GROUPS,
  StaffOnly,
  codeLabel,
  isEditor,
  isOperator,
  splitList,
} from './common.js';

const PolicyConditionsQueryDoc = graphql(`
  query PolicyConditions($id: ID!) {
    policy(id: $id) {
      id
      title
      status
      sentences
      conditionSentences
      conditions {
        id
        field
        operator
        values
        changeable
        sourceSentence
      }
    }
  }
`);

const SetMutation = graphql(`
  mutation PolicyConditionsSet($input: PolicyConditionsSetInput!) {
    policyConditionsSet(input: $input) {
      policy {
        id
        conditions {
          id
          field
          operator
          values
          changeable
          sourceSentence
        }
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

interface Row {
  key: number;
  field: ConditionField;
  operator: ConditionOperator;
  values: string[];
  changeable: boolean;
  sourceSentence: string;
}

const NUMERIC: ConditionField[] = ['AGE_YEARS', 'EMPLOYEES', 'REVENUE', 'TOTAL_ASSETS', 'RD_RATIO'];
const CODE_GROUPS: Partial<Record<ConditionField, readonly OptionGroup[]>> = {
  REGION: POLICY_REGION_GROUPS,
  INDUSTRY: POLICY_INDUSTRY_GROUPS,
  SIZE_CLASS: [{ label: '企业规模', options: Object.entries(SIZE_CLASS_LABELS).map(([value, label]) => ({ value, label })) }],
};
const operatorsFor = (field: ConditionField): ConditionOperator[] =>
  NUMERIC.includes(field) || field === 'QUALIFICATION_COUNT' ? ['GTE', 'LTE', 'BETWEEN'] : field === 'QUALIFICATION' ? ['HAS', 'NOT_IN'] : ['IN', 'NOT_IN'];
/** Whether an enterprise can usually change this about itself (a sensible default the operator can override). */
const CHANGEABLE_BY_DEFAULT: ConditionField[] = ['QUALIFICATION', 'QUALIFICATION_COUNT', 'RD_RATIO', 'EMPLOYEES', 'REVENUE', 'TOTAL_ASSETS', 'CREDIT_RATING'];

let nextKey = 1;

function describe(r: Row, catalogue: readonly QualificationOption[]): string {
  const name = CONDITION_FIELD_LABELS[r.field];
  if (r.field === 'QUALIFICATION_COUNT') {
    const kind = catalogue.find((q) => q.value === r.values[0]);
    const [, a, b] = r.values;
    const unit = kind?.countUnit ?? '项';
    return `${kind?.label ?? r.values[0] ?? '?'}数量${r.operator === 'BETWEEN' ? `介于${a ?? '?'}至${b ?? '?'}${unit}` : `${OPERATOR_LABELS[r.operator]}${a ?? '?'}${unit}`}`;
  }
  if (NUMERIC.includes(r.field))
    return r.operator === 'BETWEEN' ? `${name}介于${r.values[0] ?? '?'}至${r.values[1] ?? '?'}` : `${name}${OPERATOR_LABELS[r.operator]}${r.values[0] ?? '?'}`;
  const labels = r.values.map((v) =>
    r.field === 'SIZE_CLASS'
      ? (SIZE_CLASS_LABELS as Record<string, string>)[v]
      : r.field === 'QUALIFICATION'
        ? (catalogue.find((q) => q.value === v)?.label ?? v)
        : codeLabel(v),
  );
  return `${name}${OPERATOR_LABELS[r.operator]}${labels.join('、') || '?'}`;
}

function ConditionEditor({
  row,
  index,
  errors,
  onChange,
  onRemove,
}: {
  row: Row;
  index: number;
  errors: Record<string, string[]>;
  onChange: (r: Row) => void;
  onRemove: () => void;
}) {
  const path = `conditions.${index}`;
  const catalogue = useQualificationCatalogue();
  // the catalogue kept by operators, not the initial list: kinds added later can be required too
  const groups = row.field === 'QUALIFICATION' ? [{ label: '资质', options: catalogue }] : CODE_GROUPS[row.field];
  const numeric = NUMERIC.includes(row.field);
  const counted = catalogue.filter((q) => q.countUnit);
  const err = (name: string) => errors[`${path}.${name}`];
  return (
    <li className="panel condition-row" data-testid="condition-row">
      <blockquote className="policy-match__source">{row.sourceSentence}</blockquote>
      {err('sourceSentence')?.map((m, i) => (
        <p key={i} className="field-error">
          {m}
        </p>
      ))}
      <div className="form-grid form-grid--3">
        <div className="field">
          <label htmlFor={`cf-${row.key}`}>画像字段</label>
          <select
            id={`cf-${row.key}`}
            value={row.field}
            onChange={(e) => {
              const field = e.target.value as ConditionField;
              onChange({ ...row, field, operator: operatorsFor(field)[0], values: [], changeable: CHANGEABLE_BY_DEFAULT.includes(field) });
            }}
          >
            {Object.entries(CONDITION_FIELD_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className={`field${err('operator') ? ' field--invalid' : ''}`}>
          <label htmlFor={`co-${row.key}`}>比较方式</label>
          <select
            id={`co-${row.key}`}
            value={row.operator}
            onChange={(e) =>
              onChange({
                ...row,
                operator: e.target.value as ConditionOperator,
                values: numeric ? [] : row.field === 'QUALIFICATION_COUNT' ? row.values.slice(0, 1) : row.values,
              })
            }
          >
            {operatorsFor(row.field).map((o) => (
              <option key={o} value={o}>
                {OPERATOR_LABELS[o]}
              </option>
            ))}
          </select>
          {err('operator')?.map((m, i) => (
            <p key={i} className="field-error">
              {m}
            </p>
          ))}
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={row.changeable} onChange={(e) => onChange({ ...row, changeable: e.target.checked })} />
          <span>企业可通过自身努力满足（用于“如何满足条件”提示）</span>
        </label>
      </div>
      {row.field === 'QUALIFICATION_COUNT' ? (
        <div className="form-grid form-grid--3">
          <div className={`field${err('values') ? ' field--invalid' : ''}`}>
            <label htmlFor={`cq-${row.key}`}>计数类资质</label>
            <select id={`cq-${row.key}`} value={row.values[0] ?? ''} onChange={(e) => onChange({ ...row, values: [e.target.value, ...row.values.slice(1)] })}>
              <option value="">请选择</option>
              {counted.map((q) => (
                <option key={q.value} value={q.value}>
                  {q.label}
                </option>
              ))}
            </select>
          </div>
          {(row.operator === 'BETWEEN' ? ['下限', '上限'] : ['数量']).map((label, i) => (
            <div key={label} className={`field${err('values') ? ' field--invalid' : ''}`}>
              <label htmlFor={`cv-${row.key}-${i}`}>{`${label}（${counted.find((q) => q.value === row.values[0])?.countUnit ?? '项'}）`}</label>
              <input
                id={`cv-${row.key}-${i}`}
                type="number"
                min={0}
                step={1}
                value={row.values[i + 1] ?? ''}
                onChange={(e) => {
                  const values = [row.values[0] ?? '', ...row.values.slice(1)];
                  values[i + 1] = e.target.value;
                  onChange({ ...row, values });
                }}
              />
            </div>
          ))}
          {err('values')?.map((m, i) => (
            <p key={i} className="field-error">
              {m}
            </p>
          ))}
        </div>
      ) : groups ? (
        <MultiSelect
          name={`${path}.values`}
          label="取值"
          groups={groups}
          value={row.values}
          onChange={(values) => onChange({ ...row, values })}
          errors={err('values')}
        />
      ) : numeric ? (
        <div className="form-grid">
          {(row.operator === 'BETWEEN' ? ['下限', '上限'] : ['数值']).map((label, i) => (
            <div key={label} className={`field${err('values') ? ' field--invalid' : ''}`}>
              <label htmlFor={`cv-${row.key}-${i}`}>{label}</label>
              <input
                id={`cv-${row.key}-${i}`}
                type="number"
                step="any"
                value={row.values[i] ?? ''}
                onChange={(e) => {
                  const values = [...row.values];
                  values[i] = e.target.value;
                  onChange({ ...row, values });
                }}
              />
            </div>
          ))}
          {err('values')?.map((m, i) => (
            <p key={i} className="field-error">
              {m}
            </p>
          ))}
        </div>
      ) : (
        <div className={`field${err('values') ? ' field--invalid' : ''}`}>
          <label htmlFor={`ct-${row.key}`}>取值（用顿号分隔）</label>
          <input id={`ct-${row.key}`} value={row.values.join('、')} onChange={(e) => onChange({ ...row, values: splitList(e.target.value) })} />
          {err('values')?.map((m, i) => (
            <p key={i} className="field-error">
              {m}
            </p>
          ))}
        </div>
      )}
      <p className="condition-row__summary" data-testid="condition-summary">
        {describe(row, catalogue)}
        {row.changeable ? '（企业可改变）' : ''}
      </p>
      <button type="button" className="button button--ghost" onClick={onRemove}>
        删除此条件
      </button>
    </li>
  );
}

function Decompose({ policy, canEdit }: { policy: NonNullable<PolicyConditionsQuery['policy']>; canEdit: boolean }) {
  const [rows, setRows] = useState<Row[]>(() =>
    policy.conditions.map((c) => ({
      key: nextKey++,
      field: c.field,
      operator: c.operator,
      values: [...c.values],
      changeable: c.changeable,
      sourceSentence: c.sourceSentence,
    })),
  );
  const [errors, setErrors] = useState<{ fields: Record<string, string[]>; form: string[] }>({ fields: {}, form: [] });
  /** Sentences marked as part of the conditions section: unpinned ones are named to enterprises as not checked. */
  const [marked, setMarked] = useState<string[]>(() => policy.conditionSentences ?? []);
  const [saved, setSaved] = useState('');
  const [save, { loading }] = useMutation(SetMutation);

  const pin = (sentence: string) => {
    setSaved('');
    setRows((rs) => [...rs, { key: nextKey++, field: 'REGION', operator: 'IN', values: [], changeable: false, sourceSentence: sentence }]);
  };

  async function submit() {
    setSaved('');
    try {
      const conditions = rows.map((r) => ({
        field: r.field,
        operator: r.operator,
        values: r.values.filter((v) => v.trim()),
        changeable: r.changeable,
        sourceSentence: r.sourceSentence,
      }));
      const { data } = await save({ variables: { input: { policyId: policy.id, conditions, conditionSentences: marked } } });
      const payload = data?.policyConditionsSet;
      if (!payload) return setErrors({ fields: {}, form: ['保存失败，请稍后重试。'] });
      if (payload.errors.length) {
        const out: { fields: Record<string, string[]>; form: string[] } = { fields: {}, form: [] };
        for (const e of payload.errors) {
          if (e.field?.startsWith('conditions.')) (out.fields[e.field] ??= []).push(e.message);
          else out.form.push(e.message);
        }
        if (Object.keys(out.fields).length) out.form.push('部分条件有误，请查看标注的条件。');
        return setErrors(out);
      }
      setErrors({ fields: {}, form: [] });
      const open = marked.filter((m) => !conditions.some((c) => c.sourceSentence === m)).length;
      setSaved(`已保存 ${conditions.length} 个申报条件${open ? `；${open} 句申报条件尚未拆解，企业端将提示未比对` : ''}`);
    } catch (err) {
      setErrors({ fields: {}, form: [describeRequestError(err)] });
    }
  }

  const pinned = new Set(rows.map((r) => r.sourceSentence));
  return (
    <div className="decompose">
      <section className="panel decompose__sentences" aria-labelledby="dc-sentences">
        <h2 id="dc-sentences">政策原文（逐句）</h2>
        <p className="hint">
          选择一句原文，为它添加申报条件；每个条件都注明出处，企业端匹配结果会引用这句原文。勾选“属于申报条件”的句子若未拆解，企业端会显示“未比对”，判定最多为“可能符合”。
        </p>
        <ol className="sentence-list">
          {policy.sentences.map((s, i) => (
            <li key={i} className={pinned.has(s) ? 'sentence--pinned' : undefined} data-testid="policy-sentence">
              <span>{s}</span>
              {marked.includes(s) ? (
                <span className={`badge badge--${pinned.has(s) ? 'success' : 'pending'}`} data-testid="sentence-coverage">
                  {pinned.has(s) ? '已拆解' : '未拆解'}
                </span>
              ) : null}
              {canEdit ? (
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={marked.includes(s)}
                    onChange={(e) => setMarked((m) => (e.target.checked ? [...m, s] : m.filter((x) => x !== s)))}
                  />
                  <span>属于申报条件</span>
                </label>
              ) : null}
              {canEdit ? (
                <button type="button" className="button button--ghost" onClick={() => pin(s)} aria-label={`为“${s.slice(0, 20)}”添加条件`}>
                  添加条件
                </button>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      <section className="decompose__conditions" aria-labelledby="dc-conditions">
        <h2 id="dc-conditions">申报条件（{rows.length}）</h2>
        <FormAlert messages={errors.form} />
        {saved ? (
          <p className="notice" role="status" data-testid="conditions-saved">
            {saved}
          </p>
        ) : null}
        {rows.length ? (
          <ol className="condition-list">
            {rows.map((r, i) => (
              <ConditionEditor
                key={r.key}
                row={r}
                index={i}
                errors={errors.fields}
                onChange={(next) => setRows((rs) => rs.map((x) => (x.key === r.key ? next : x)))}
                onRemove={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
              />
            ))}
          </ol>
        ) : (
          <p>尚未拆解。在左侧选择原文句子添加条件。</p>
        )}
        {canEdit ? (
          <div className="form__actions">
            <button type="button" className="button button--primary" onClick={() => void submit()} disabled={loading}>
              {loading ? '正在保存…' : '保存申报条件'}
            </button>
          </div>
        ) : null}
      </section>
    </div>
  );
}

function Loader({ id, canEdit }: { id: string; canEdit: boolean }) {
  const { data, loading, error, refetch } = useQuery(PolicyConditionsQueryDoc, { variables: { id }, fetchPolicy: 'network-only' });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState message={`政策加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  const policy = data?.policy;
  if (!policy) return <ErrorState message="政策不存在或无权查看。" />;
  return (
    <>
      <p className="page__lead">
        {policy.title} · <Link to={`/admin/policies/${encodeURIComponent(policy.id)}/edit`}>返回编辑</Link> ·{' '}
        <Link to={`/admin/policies/${encodeURIComponent(policy.id)}/reach`}>政策直达</Link>
      </p>
      <Decompose policy={policy} canEdit={canEdit && policy.status !== 'WITHDRAWN'} />
    </>
  );
}

/** Decomposition tool (O1 拆解): pin eligibility conditions over the enterprise profile to sentences of the policy. */
export function ConditionsPage({ id }: { id: string }) {
  usePageTitle('政策拆解');
  return (
    <div className="container page">
      <h1>政策拆解：申报条件</h1>
      <Gate next={`/admin/policies/${encodeURIComponent(id)}/conditions`} allowed={isEditor} refusal={<StaffOnly />}>
        {(me) => (
          <>
            <AdminNav />
            <Loader id={id} canEdit={isOperator(me)} />
          </>
        )}
      </Gate>
    </div>
  );
}
