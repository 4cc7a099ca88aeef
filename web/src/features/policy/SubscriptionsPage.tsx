import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { FormAlert, TextField, focusFirstInvalid } from '../../components/forms.js';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import type { PolicySubscriptionFieldsFragment, PolicyType, PushChannel, SubscriptionFrequency } from '../../gql/graphql.js';
import { inOrder, POLICY_TYPE_LABELS } from '../../lib/codes.js';
import { NO_ERRORS, describeRequestError, groupErrors, type FormErrors } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link } from '../../lib/router.js';
import { Gate, MultiSelect, NoEnterprise, POLICY_INDUSTRY_GROUPS, POLICY_REGION_GROUPS, codeLabel, splitList } from './common.js';
import { PushChannelLabel, SubscriptionFrequencyLabel } from '../../gql/labels.js';

export const PolicySubscriptionFieldsDoc = graphql(`
  fragment PolicySubscriptionFields on PolicySubscription {
    id
    name
    keywords
    tags
    departments
    policyTypes
    industries
    regions
    channels
    frequency
    email
    mobile
    active
    createdAt
  }
`);

const SubscriptionsQuery = graphql(`
  query PolicySubscriptions {
    policySubscriptions {
      ...PolicySubscriptionFields
    }
  }
`);

const CreateMutation = graphql(`
  mutation PolicySubscriptionCreate($input: PolicySubscriptionCreateInput!) {
    policySubscriptionCreate(input: $input) {
      subscription {
        ...PolicySubscriptionFields
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const UpdateMutation = graphql(`
  mutation PolicySubscriptionUpdate($input: PolicySubscriptionUpdateInput!) {
    policySubscriptionUpdate(input: $input) {
      subscription {
        ...PolicySubscriptionFields
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const DeleteMutation = graphql(`
  mutation PolicySubscriptionDelete($input: PolicySubscriptionDeleteInput!) {
    policySubscriptionDelete(input: $input) {
      subscription {
        id
        active
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

type Subscription = PolicySubscriptionFieldsFragment;

interface Draft {
  name: string;
  keywords: string;
  tags: string;
  departments: string;
  policyTypes: PolicyType[];
  industries: string[];
  regions: string[];
  channels: PushChannel[];
  frequency: SubscriptionFrequency;
  email: string;
  mobile: string;
}

const EMPTY: Draft = {
  name: '',
  keywords: '',
  tags: '',
  departments: '',
  policyTypes: [],
  industries: [],
  regions: [],
  channels: [],
  frequency: 'IMMEDIATE',
  email: '',
  mobile: '',
};
const FIELDS = ['name', 'keywords', 'tags', 'departments', 'policyTypes', 'industries', 'regions', 'channels', 'frequency', 'email', 'mobile'];
const FREQUENCY_LABELS: Record<SubscriptionFrequency, string> = inOrder(SubscriptionFrequencyLabel, ['IMMEDIATE', 'DAILY', 'WEEKLY']);
const CHANNEL_LABELS: Record<PushChannel, string> = inOrder(PushChannelLabel, ['EMAIL', 'SMS']);

function toDraft(s: Subscription): Draft {
  return {
    name: s.name,
    keywords: s.keywords.join('、'),
    tags: s.tags.join('、'),
    departments: s.departments.join('、'),
    policyTypes: [...s.policyTypes],
    industries: [...s.industries],
    regions: [...s.regions],
    channels: [...s.channels],
    frequency: s.frequency,
    email: s.email ?? '',
    mobile: s.mobile ?? '',
  };
}

function toInput(d: Draft) {
  return {
    name: d.name.trim(),
    keywords: splitList(d.keywords),
    tags: splitList(d.tags),
    departments: splitList(d.departments),
    policyTypes: d.policyTypes,
    industries: d.industries,
    regions: d.regions,
    channels: d.channels,
    frequency: d.frequency,
    email: d.email.trim() || null,
    mobile: d.mobile.trim() || null,
  };
}

function SubscriptionForm({ editing, onDone }: { editing: Subscription | null; onDone: () => void }) {
  const [draft, setDraft] = useState<Draft>(editing ? toDraft(editing) : EMPTY);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const form = useRef<HTMLFormElement>(null);
  const [create, { loading: creating }] = useMutation(CreateMutation, { refetchQueries: [SubscriptionsQuery] });
  const [update, { loading: updating }] = useMutation(UpdateMutation);
  const set = (key: 'name' | 'keywords' | 'tags' | 'departments' | 'email' | 'mobile') => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const toggle = <K extends 'policyTypes' | 'channels'>(key: K, value: Draft[K][number], on: boolean) =>
    setDraft((d) => ({ ...d, [key]: on ? [...d[key], value] : (d[key] as string[]).filter((x) => x !== value) }));

  function show(e: FormErrors) {
    flushSync(() => setErrors(e));
    focusFirstInvalid(form.current);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!draft.name.trim()) return show({ fields: { name: ['请填写订阅名称'] }, form: [] });
    try {
      const input = toInput(draft);
      const payload = editing
        ? (await update({ variables: { input: { ...input, subscriptionId: editing.id } } })).data?.policySubscriptionUpdate
        : (await create({ variables: { input } })).data?.policySubscriptionCreate;
      if (!payload) return show({ fields: {}, form: ['保存失败，请稍后重试。'] });
      if (payload.errors.length) return show(groupErrors(payload.errors, FIELDS));
      onDone();
    } catch (err) {
      show({ fields: {}, form: [describeRequestError(err)] });
    }
  }

  const f = errors.fields;
  return (
    <form ref={form} className="form form--wide panel" onSubmit={submit} noValidate aria-label={editing ? '修改订阅' : '新建订阅'}>
      <h2>{editing ? `修改订阅「${editing.name}」` : '新建订阅'}</h2>
      <FormAlert messages={errors.form} />
      <p className="form__note">填写的每一类条件都须满足（同一类中满足任意一项即可）；不填则不限。</p>
      <div className="form-grid">
        <TextField name="name" label="订阅名称" value={draft.name} onValueChange={set('name')} required maxLength={50} errors={f.name} />
        <TextField
          name="keywords"
          label="关键词"
          value={draft.keywords}
          onValueChange={set('keywords')}
          hint="多个用顿号或逗号分隔，匹配标题、标签和热词"
          errors={f.keywords}
        />
        <TextField name="tags" label="标签" value={draft.tags} onValueChange={set('tags')} hint="如 专精特新、奖补" errors={f.tags} />
        <TextField
          name="departments"
          label="发文部门"
          value={draft.departments}
          onValueChange={set('departments')}
          hint="完整部门名称，如 安徽省经济和信息化厅"
          errors={f.departments}
        />
        <MultiSelect
          name="industries"
          label="行业"
          groups={POLICY_INDUSTRY_GROUPS}
          value={draft.industries}
          onChange={(v) => setDraft((d) => ({ ...d, industries: v }))}
          hint="按住 Ctrl 可多选"
          errors={f.industries}
        />
        <MultiSelect
          name="regions"
          label="地区"
          groups={POLICY_REGION_GROUPS}
          value={draft.regions}
          onChange={(v) => setDraft((d) => ({ ...d, regions: v }))}
          hint="按住 Ctrl 可多选"
          errors={f.regions}
        />
      </div>
      <fieldset className="form-section">
        <legend>
          政策类型<span className="optional">（选填，可多选）</span>
        </legend>
        <div className="checkbox-grid">
          {(Object.entries(POLICY_TYPE_LABELS) as [PolicyType, string][]).map(([value, label]) => (
            <label key={value} className="checkbox">
              <input
                type="checkbox"
                name="policyTypes"
                value={value}
                checked={draft.policyTypes.includes(value)}
                onChange={(e) => toggle('policyTypes', value, e.target.checked)}
              />
              <span>{label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>
          推送方式<span className="optional">（站内消息始终推送）</span>
        </legend>
        <div className="checkbox-grid">
          {(Object.entries(CHANNEL_LABELS) as [PushChannel, string][]).map(([value, label]) => (
            <label key={value} className="checkbox">
              <input
                type="checkbox"
                name="channels"
                value={value}
                checked={draft.channels.includes(value)}
                onChange={(e) => toggle('channels', value, e.target.checked)}
              />
              <span>{label}</span>
            </label>
          ))}
        </div>
        {f.channels?.map((m, i) => (
          <p key={i} className="field-error" data-testid="error-channels">
            {m}
          </p>
        ))}
        <div className="form-grid">
          <div className="field">
            <label htmlFor="sub-frequency">邮件、短信推送频率</label>
            <select
              id="sub-frequency"
              name="frequency"
              value={draft.frequency}
              onChange={(e) => setDraft((d) => ({ ...d, frequency: e.target.value as SubscriptionFrequency }))}
            >
              {(Object.entries(FREQUENCY_LABELS) as [SubscriptionFrequency, string][]).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
            <p className="hint">每日摘要于北京时间零点汇总前一日，每周摘要于周一零点汇总上一周；站内消息始终即时送达。</p>
          </div>
          {draft.channels.includes('EMAIL') ? (
            <TextField name="email" label="电子邮箱" type="email" value={draft.email} onValueChange={set('email')} required errors={f.email} />
          ) : null}
          {draft.channels.includes('SMS') ? (
            <TextField name="mobile" label="手机号码" type="tel" value={draft.mobile} onValueChange={set('mobile')} required errors={f.mobile} />
          ) : null}
        </div>
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={creating || updating}>
          {creating || updating ? '正在保存…' : editing ? '保存修改' : '创建订阅'}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          取消
        </button>
      </div>
    </form>
  );
}

function Criteria({ s }: { s: Subscription }) {
  const rows: [string, string][] = [
    ['关键词', s.keywords.join('、')],
    ['标签', s.tags.join('、')],
    ['发文部门', s.departments.join('、')],
    ['政策类型', s.policyTypes.map((t) => POLICY_TYPE_LABELS[t]).join('、')],
    ['行业', s.industries.map(codeLabel).join('、')],
    ['地区', s.regions.map(codeLabel).join('、')],
    ['推送方式', ['站内消息', ...s.channels.map((c) => CHANNEL_LABELS[c])].join('、')],
    ['邮件、短信频率', s.channels.length ? FREQUENCY_LABELS[s.frequency] : ''],
  ];
  const shown = rows.filter(([, v]) => v);
  return (
    <dl className="facts">
      {shown.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function SubscriptionItem({ s, onEdit }: { s: Subscription; onEdit: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');
  const [remove, { loading }] = useMutation(DeleteMutation, { refetchQueries: [SubscriptionsQuery] });
  async function confirm() {
    try {
      const { data } = await remove({ variables: { input: { subscriptionId: s.id } } });
      const errors = data?.policySubscriptionDelete.errors ?? [];
      if (errors.length) setError(errors.map((x) => x.message).join('；'));
    } catch (err) {
      setError(describeRequestError(err));
    }
  }
  return (
    <article className="panel policy-subscription" data-testid="policy-subscription">
      <h3>{s.name}</h3>
      <Criteria s={s} />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={onEdit}>
          修改
        </button>
        {confirming ? (
          <>
            <button type="button" className="button button--accent" onClick={() => void confirm()} disabled={loading}>
              确认删除
            </button>
            <button type="button" className="button button--ghost" onClick={() => setConfirming(false)}>
              不删除
            </button>
          </>
        ) : (
          <button type="button" className="button button--ghost" onClick={() => setConfirming(true)}>
            删除
          </button>
        )}
      </div>
    </article>
  );
}

function Subscriptions() {
  const { data, loading, error, refetch } = useQuery(SubscriptionsQuery, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<Subscription | 'new' | null>(null);
  if (loading && !data) return <Loading label="正在加载订阅…" />;
  if (error && !data) return <ErrorState message={`订阅加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  const list = (data?.policySubscriptions ?? []) as Subscription[];
  return (
    <>
      {editing ? (
        <SubscriptionForm key={editing === 'new' ? 'new' : editing.id} editing={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
      ) : (
        <div className="form__actions">
          <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
            新建订阅
          </button>
          <Link to="/my/inbox" className="button button--ghost">
            查看消息
          </Link>
        </div>
      )}
      {list.length ? (
        <ul className="policy-subscriptions">
          {list.map((s) => (
            <li key={s.id}>
              <SubscriptionItem s={s} onEdit={() => setEditing(s)} />
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title="暂无订阅">
          <p>订阅后，新发布的政策符合条件时会推送到站内消息。</p>
        </EmptyState>
      )}
    </>
  );
}

export function SubscriptionsPage() {
  usePageTitle('政策订阅');
  return (
    <div className="container page">
      <h1>政策订阅</h1>
      <p className="page__lead">按关键词、标签、发文部门、政策类型、行业和地区订阅，新政策发布时第一时间推送给您。</p>
      <Gate next="/policy/subscriptions" allowed={(me) => !!me.enterprise} refusal={<NoEnterprise />}>
        {() => <Subscriptions />}
      </Gate>
    </div>
  );
}
