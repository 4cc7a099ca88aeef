import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { focusFirstInvalid, FormAlert, SelectField, TextAreaField, TextField } from '../../components/forms.js';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import type { DemandOfferStatus, DemandStatus, DemandVisibility, ServiceColumn } from '../../gql/graphql.js';
import { COLUMN_LABELS, formatDateTime, inOrder } from '../../lib/codes.js';
import { describeRequestError, groupErrors, hasErrors, NO_ERRORS, type FormErrors } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link, navigate, useLocation } from '../../lib/router.js';
import { ViewerQuery } from '../../lib/viewer.js';
import { InstitutionOnly } from '../docking/InstitutionDockingsPage.js';
import { fieldOf } from '../docking/fields.js';
import { RemindersPanel } from '../docking/Reminders.js';
import '../docking/docking.css';
import { DemandOfferStatusLabel, DemandStatusLabel, DemandVisibilityLabel } from '../../gql/labels.js';

export const DEMAND_STATUS_LABELS: Readonly<Record<DemandStatus, string>> = inOrder(DemandStatusLabel, [
  'UNDER_REVIEW',
  'OPEN',
  'REJECTED',
  'MATCHED',
  'CANCELLED',
  'CLOSED',
]);
const OFFER_STATUS_LABELS: Readonly<Record<DemandOfferStatus, string>> = inOrder(DemandOfferStatusLabel, ['OFFERED', 'CHOSEN', 'NOT_CHOSEN', 'WITHDRAWN']);
const VISIBILITY_LABELS: Readonly<Record<DemandVisibility, string>> = inOrder(DemandVisibilityLabel, ['ALL_INSTITUTIONS', 'OPERATORS_ONLY']);
const COLUMN_GROUPS = [{ label: '服务栏目', options: (Object.keys(COLUMN_LABELS) as ServiceColumn[]).map((c) => ({ value: c, label: COLUMN_LABELS[c] })) }];

const demandBadge = (s: DemandStatus) => (s === 'OPEN' || s === 'MATCHED' ? 'verified' : s === 'UNDER_REVIEW' ? 'pending' : 'rejected');

const DemandCreateMutation = graphql(`
  mutation DemandCreate($input: DemandCreateInput!) {
    demandCreate(input: $input) {
      demand {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const MyDemandsQuery = graphql(`
  query MyDemands($first: Int) {
    demands(first: $first) {
      totalCount
      nodes {
        id
        name
        column
        category
        status
        createdAt
        offers {
          id
          status
        }
      }
    }
  }
`);

const DemandDetailQuery = graphql(`
  query DemandDetail($id: ID!) {
    demand(id: $id) {
      id
      name
      description
      column
      category
      contactName
      contactPhone
      periodStart
      periodEnd
      budget
      visibility
      status
      reviewReason
      createdAt
      regionName
      offers {
        id
        plan
        terms
        status
        createdAt
        institution {
          id
          name
        }
      }
      docking {
        id
        status
      }
    }
  }
`);

const DemandChooseOfferMutation = graphql(`
  mutation DemandChooseOffer($input: DemandChooseInput!) {
    demandChooseOffer(input: $input) {
      docking {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const DemandCancelMutation = graphql(`
  mutation DemandCancel($input: DemandRefInput!) {
    demandCancel(input: $input) {
      demand {
        id
        status
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const DemandBoardQuery = graphql(`
  query DemandBoard($first: Int, $filter: DemandFilter) {
    demands(first: $first, filter: $filter) {
      totalCount
      nodes {
        id
        name
        description
        column
        category
        periodStart
        periodEnd
        budget
        status
        regionName
        createdAt
        offers {
          id
          status
          plan
          terms
        }
      }
    }
  }
`);

const DemandOfferMutation = graphql(`
  mutation DemandOffer($input: DemandOfferInput!) {
    demandOffer(input: $input) {
      offer {
        id
        status
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

function EnterpriseOnly({ path, children }: { path: string; children: ReactNode }) {
  const { data, loading } = useQuery(ViewerQuery);
  if (loading && !data) return <Loading />;
  if (!data?.me) {
    return (
      <EmptyState title="请先登录">
        <p>企业用户登录后可发布和管理服务诉求。</p>
        <Link to={`/login?next=${encodeURIComponent(path)}`} className="button button--primary">
          登录
        </Link>
      </EmptyState>
    );
  }
  if (!data.me.enterprise) {
    return (
      <EmptyState title="需要企业账号">
        <p>
          发布服务诉求需先<Link to="/enterprise/register">登记企业信息</Link>。
        </p>
      </EmptyState>
    );
  }
  return <>{children}</>;
}

const DEMAND_FIELDS = ['name', 'description', 'column', 'category', 'contactName', 'contactPhone', 'periodStart', 'periodEnd', 'budget', 'visibility'] as const;

function DemandForm() {
  const [v, setV] = useState({
    name: '',
    description: '',
    column: '',
    category: '',
    contactName: '',
    contactPhone: '',
    periodStart: '',
    periodEnd: '',
    budget: '',
    visibility: 'ALL_INSTITUTIONS',
  });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [create, { loading }] = useMutation(DemandCreateMutation, { refetchQueries: ['MyDemands'] });
  const form = useRef<HTMLFormElement>(null);
  const set = (k: keyof typeof v) => (value: string) => setV((o) => ({ ...o, [k]: value }));

  function show(found: FormErrors) {
    setErrors(found);
    window.setTimeout(() => focusFirstInvalid(form.current), 0);
  }

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setErrors(NO_ERRORS);
    // What GraphQL itself would refuse (an enum, a number) is checked here; everything else by the API.
    const local: FormErrors = { fields: {}, form: [] };
    if (!v.column) local.fields.column = ['请选择服务栏目'];
    const budget = v.budget.trim() ? Number(v.budget.trim()) : null;
    if (budget !== null && !Number.isFinite(budget)) local.fields.budget = ['预算应为数字（万元）'];
    if (hasErrors(local)) return show(local);
    try {
      const res = await create({
        variables: {
          input: {
            name: v.name.trim(),
            description: v.description.trim(),
            column: v.column as ServiceColumn,
            category: v.category.trim(),
            contactName: v.contactName.trim(),
            contactPhone: v.contactPhone.trim(),
            periodStart: v.periodStart,
            periodEnd: v.periodEnd,
            budget,
            visibility: v.visibility as DemandVisibility,
          },
        },
      });
      const payload = res.data?.demandCreate;
      const found = groupErrors(
        (payload?.errors ?? []).map((x) => ({ ...x, field: fieldOf(x.field) })),
        DEMAND_FIELDS,
      );
      if (hasErrors(found) || !payload?.demand) return show(hasErrors(found) ? found : { fields: {}, form: ['提交失败，请稍后重试。'] });
      navigate(`/my/demands/${encodeURIComponent(payload.demand.id)}?created=1`);
    } catch (err) {
      show({ fields: {}, form: [`提交失败。${describeRequestError(err)}`] });
    }
  }

  return (
    <form ref={form} className="form panel" aria-label="发布服务诉求" onSubmit={(e) => void onSubmit(e)} noValidate>
      <FormAlert messages={errors.form} />
      <TextField
        name="name"
        label="诉求名称"
        required
        maxLength={60}
        value={v.name}
        onValueChange={set('name')}
        hint="4–60 个字，如：高新技术企业认定申报辅导"
        errors={errors.fields.name}
      />
      <TextAreaField
        name="description"
        label="诉求描述"
        required
        rows={5}
        maxLength={5000}
        value={v.description}
        onValueChange={set('description')}
        hint="说明现状、希望达到的效果和具体要求"
        errors={errors.fields.description}
      />
      <div className="form-grid">
        <SelectField
          name="column"
          label="服务栏目"
          required
          placeholder="请选择"
          groups={COLUMN_GROUPS}
          value={v.column}
          onValueChange={set('column')}
          errors={errors.fields.column}
        />
        <TextField
          name="category"
          label="诉求类别"
          required
          maxLength={30}
          value={v.category}
          onValueChange={set('category')}
          hint="如：知识产权、财税咨询"
          errors={errors.fields.category}
        />
        <TextField
          name="contactName"
          label="联系人"
          required
          maxLength={50}
          value={v.contactName}
          onValueChange={set('contactName')}
          errors={errors.fields.contactName}
        />
        <TextField
          name="contactPhone"
          label="联系电话"
          required
          type="tel"
          value={v.contactPhone}
          onValueChange={set('contactPhone')}
          errors={errors.fields.contactPhone}
        />
        <TextField
          name="periodStart"
          label="服务期限开始"
          required
          type="date"
          value={v.periodStart}
          onValueChange={set('periodStart')}
          errors={errors.fields.periodStart}
        />
        <TextField
          name="periodEnd"
          label="服务期限结束"
          required
          type="date"
          value={v.periodEnd}
          onValueChange={set('periodEnd')}
          hint="不超过 2 年"
          errors={errors.fields.periodEnd}
        />
        <TextField name="budget" label="预算（万元）" inputMode="decimal" value={v.budget} onValueChange={set('budget')} errors={errors.fields.budget} />
      </div>
      <fieldset className="field docking-visibility">
        <legend>公开范围</legend>
        {(Object.keys(VISIBILITY_LABELS) as DemandVisibility[]).map((k) => (
          <label key={k} className="checkbox">
            <input type="radio" name="visibility" value={k} checked={v.visibility === k} onChange={() => set('visibility')(k)} />
            {VISIBILITY_LABELS[k]}
          </label>
        ))}
      </fieldset>
      <p className="form__note">提交后由平台运营人员按诉求处理规则审核（1 个工作日内），审核通过后向匹配的服务机构公开。</p>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? '正在提交…' : '提交诉求'}
        </button>
      </div>
    </form>
  );
}

export function DemandNewPage() {
  usePageTitle('发布服务诉求');
  const { path } = useLocation();
  return (
    <div className="container page page--narrow">
      <nav aria-label="面包屑" className="breadcrumb">
        <Link to="/my/demands">我的诉求</Link> <span aria-hidden="true">›</span> <span>发布服务诉求</span>
      </nav>
      <h1>发布服务诉求</h1>
      <EnterpriseOnly path={path}>
        <DemandForm />
      </EnterpriseOnly>
    </div>
  );
}

function MyDemandList() {
  const { data, loading, error, refetch } = useQuery(MyDemandsQuery, { variables: { first: 50 }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading label="正在加载诉求…" />;
  if (error && !data) return <ErrorState message={`诉求加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  const nodes = data?.demands.nodes ?? [];
  if (!nodes.length) return <EmptyState title="暂无服务诉求">发布诉求后，服务机构的承接方案将在这里展示。</EmptyState>;
  return (
    <ul className="policy-list" aria-label="我的诉求列表">
      {nodes.map((d) => {
        const offers = d.offers.filter((o) => o.status !== 'WITHDRAWN').length;
        return (
          <li key={d.id}>
            <article className="policy-item demand-item">
              <h3 className="policy-item__title">
                <Link to={`/my/demands/${encodeURIComponent(d.id)}`}>{d.name}</Link>
              </h3>
              <p className="policy-item__meta">
                <span className={`badge badge--${demandBadge(d.status)}`} data-testid="demand-status">
                  {DEMAND_STATUS_LABELS[d.status]}
                </span>
                <span className="tag">{COLUMN_LABELS[d.column]}</span>
                <span>{d.category}</span>
                <span>收到方案 {offers} 个</span>
                <span>
                  发布：<time dateTime={d.createdAt}>{formatDateTime(d.createdAt)}</time>
                </span>
              </p>
            </article>
          </li>
        );
      })}
    </ul>
  );
}

export function MyDemandsPage() {
  usePageTitle('我的诉求');
  const { path } = useLocation();
  return (
    <div className="container page">
      <h1>我的诉求</h1>
      <p className="page__lead">本企业发布的服务诉求、审核结果和服务机构的承接方案。</p>
      <EnterpriseOnly path={path}>
        <RemindersPanel dockingPath={(id) => `/my/dockings/${encodeURIComponent(id)}`} demandPath={(id) => `/my/demands/${encodeURIComponent(id)}`} />
        <p>
          <Link to="/demands/new" className="button button--primary">
            发布服务诉求
          </Link>
        </p>
        <MyDemandList />
      </EnterpriseOnly>
    </div>
  );
}

function DemandDetail({ id, created }: { id: string; created: boolean }) {
  const { data, loading, error, refetch } = useQuery(DemandDetailQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [choose, { loading: choosing }] = useMutation(DemandChooseOfferMutation);
  const [cancel, { loading: cancelling }] = useMutation(DemandCancelMutation);
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  if (loading && !data) return <Loading label="正在加载诉求…" />;
  if (error && !data) return <ErrorState message={`诉求加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  const d = data?.demand;
  if (!d) {
    return (
      <EmptyState title="未找到该诉求">
        <Link to="/my/demands" className="button button--secondary">
          返回我的诉求
        </Link>
      </EmptyState>
    );
  }
  async function pick(offerId: string) {
    setErrors([]);
    try {
      const res = await choose({ variables: { input: { offerId } } });
      const payload = res.data?.demandChooseOffer;
      if (payload?.errors.length) setErrors(payload.errors.map((e) => e.message));
      else if (payload?.docking) navigate(`/my/dockings/${encodeURIComponent(payload.docking.id)}`);
      else setErrors(['操作失败，请稍后重试。']);
    } catch (err) {
      setErrors([`操作失败。${describeRequestError(err)}`]);
    }
  }
  async function withdraw() {
    setErrors([]);
    try {
      const res = await cancel({ variables: { input: { demandId: id } } });
      const payload = res.data?.demandCancel;
      if (payload?.errors.length) setErrors(payload.errors.map((e) => e.message));
      setConfirming(false);
    } catch (err) {
      setErrors([`撤销失败。${describeRequestError(err)}`]);
    }
  }
  const withdrawable = d.status === 'UNDER_REVIEW' || d.status === 'OPEN';
  return (
    <article className="panel policy-detail" aria-labelledby="demand-title">
      {created ? (
        <p className="notice" role="status">
          诉求已提交，等待平台运营人员审核。
        </p>
      ) : null}
      <header>
        <p className="policy-item__meta">
          <span className={`badge badge--${demandBadge(d.status)}`} data-testid="demand-status">
            {DEMAND_STATUS_LABELS[d.status]}
          </span>
          <span className="tag">{COLUMN_LABELS[d.column]}</span>
        </p>
        <h1 id="demand-title">{d.name}</h1>
      </header>
      {d.status === 'REJECTED' && d.reviewReason ? <p className="notice notice--error">审核未通过：{d.reviewReason}</p> : null}
      <dl className="facts">
        <div>
          <dt>诉求类别</dt>
          <dd>{d.category}</dd>
        </div>
        <div>
          <dt>服务期限</dt>
          <dd>
            {d.periodStart} 至 {d.periodEnd}
          </dd>
        </div>
        <div>
          <dt>预算</dt>
          <dd>{d.budget == null ? '面议' : `${d.budget} 万元`}</dd>
        </div>
        <div>
          <dt>联系人</dt>
          <dd>
            {d.contactName} {d.contactPhone}
          </dd>
        </div>
        <div>
          <dt>公开范围</dt>
          <dd>{VISIBILITY_LABELS[d.visibility]}</dd>
        </div>
        <div>
          <dt>发布时间</dt>
          <dd>{formatDateTime(d.createdAt)}</dd>
        </div>
      </dl>
      <section aria-labelledby="demand-desc-title" className="policy-section">
        <h2 id="demand-desc-title">诉求描述</h2>
        <p className="policy-plain">{d.description}</p>
      </section>
      {withdrawable ? (
        <div className="form__actions">
          {confirming ? (
            <>
              <button type="button" className="button button--primary" disabled={cancelling} onClick={() => void withdraw()}>
                {cancelling ? '正在撤销…' : '确认撤销'}
              </button>
              <button type="button" className="button button--ghost" onClick={() => setConfirming(false)}>
                不撤销
              </button>
            </>
          ) : (
            <button type="button" className="button button--ghost" onClick={() => setConfirming(true)}>
              撤销诉求
            </button>
          )}
        </div>
      ) : null}
      {d.docking ? (
        <p className="notice">
          已进入对接：<Link to={`/my/dockings/${encodeURIComponent(d.docking.id)}`}>查看对接进度</Link>
        </p>
      ) : null}
      <section aria-labelledby="demand-offers-title" className="policy-section">
        <h2 id="demand-offers-title">承接方案（{d.offers.length}）</h2>
        <FormAlert messages={errors} />
        {d.offers.length ? (
          <ul className="demand-offers">
            {d.offers.map((o) => (
              <li key={o.id} className="demand-offer" data-testid="demand-offer">
                <h3>{o.institution?.name ?? '服务机构'}</h3>
                <p className="hint">
                  {OFFER_STATUS_LABELS[o.status]} · {formatDateTime(o.createdAt)}
                </p>
                <p>
                  <strong>服务方案：</strong>
                  {o.plan}
                </p>
                <p>
                  <strong>服务条件：</strong>
                  {o.terms}
                </p>
                {d.status === 'OPEN' && o.status === 'OFFERED' ? (
                  <button type="button" className="button button--primary" disabled={choosing} onClick={() => void pick(o.id)}>
                    选定此方案
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="hint">{d.status === 'OPEN' ? '暂无服务机构提交方案，请耐心等待。' : '暂无承接方案'}</p>
        )}
      </section>
    </article>
  );
}

export function MyDemandDetailPage({ id }: { id: string }) {
  usePageTitle('诉求详情');
  const { path, query } = useLocation();
  return (
    <div className="container page">
      <nav aria-label="面包屑" className="breadcrumb">
        <Link to="/my/demands">我的诉求</Link> <span aria-hidden="true">›</span> <span>诉求详情</span>
      </nav>
      <EnterpriseOnly path={path}>
        <DemandDetail id={id} created={query.get('created') === '1'} />
      </EnterpriseOnly>
    </div>
  );
}

function OfferForm({ demandId, onDone }: { demandId: string; onDone: () => void }) {
  const [plan, setPlan] = useState('');
  const [terms, setTerms] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [offer, { loading }] = useMutation(DemandOfferMutation, { refetchQueries: ['DemandBoard'] });
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setErrors(NO_ERRORS);
    try {
      const res = await offer({ variables: { input: { demandId, plan: plan.trim(), terms: terms.trim() } } });
      const payload = res.data?.demandOffer;
      const found = groupErrors(
        (payload?.errors ?? []).map((x) => ({ ...x, field: fieldOf(x.field) })),
        ['plan', 'terms'],
      );
      if (hasErrors(found)) setErrors(found);
      else if (payload?.offer) onDone();
      else setErrors({ fields: {}, form: ['提交失败，请稍后重试。'] });
    } catch (err) {
      setErrors({ fields: {}, form: [`提交失败。${describeRequestError(err)}`] });
    }
  }
  return (
    <form className="form" aria-label="提交承接方案" onSubmit={(e) => void onSubmit(e)} noValidate>
      <FormAlert messages={errors.form} />
      <TextAreaField name="plan" label="服务方案" required rows={4} maxLength={3000} value={plan} onValueChange={setPlan} errors={errors.fields.plan} />
      <TextAreaField
        name="terms"
        label="服务条件"
        required
        rows={2}
        maxLength={1000}
        value={terms}
        onValueChange={setTerms}
        hint="费用、周期和其他条件"
        errors={errors.fields.terms}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? '正在提交…' : '提交方案'}
        </button>
      </div>
    </form>
  );
}

function DemandBoard() {
  const [column, setColumn] = useState<ServiceColumn | ''>('');
  const { data, loading, error, refetch } = useQuery(DemandBoardQuery, {
    variables: { first: 50, filter: { status: 'OPEN', column: column || null } },
    fetchPolicy: 'cache-and-network',
  });
  const [open, setOpen] = useState<string | null>(null);
  let list;
  if (loading && !data) list = <Loading label="正在加载诉求…" />;
  else if (error && !data) list = <ErrorState message={`诉求加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  else if (!data?.demands.nodes.length) list = <EmptyState title="暂无可承接的诉求">与本机构服务栏目和地区匹配、已公开的企业诉求将在这里展示。</EmptyState>;
  else {
    list = (
      <ul className="policy-list" aria-label="诉求列表">
        {data.demands.nodes.map((d) => {
          const mine = d.offers[0];
          return (
            <li key={d.id}>
              <article className="policy-item demand-item" aria-label={d.name}>
                <h3 className="policy-item__title">{d.name}</h3>
                <p className="policy-item__meta">
                  <span className="tag">{COLUMN_LABELS[d.column]}</span>
                  <span>{d.category}</span>
                  {d.regionName ? <span>{d.regionName}</span> : null}
                  <span>
                    服务期限：{d.periodStart} 至 {d.periodEnd}
                  </span>
                  <span>预算：{d.budget == null ? '面议' : `${d.budget} 万元`}</span>
                </p>
                <p className="policy-plain">{d.description}</p>
                {mine ? (
                  <p className="notice" data-testid="my-offer">
                    本机构已提交方案（{OFFER_STATUS_LABELS[mine.status]}）
                  </p>
                ) : open === d.id ? (
                  <OfferForm demandId={d.id} onDone={() => setOpen(null)} />
                ) : (
                  <button type="button" className="button button--secondary" onClick={() => setOpen(d.id)}>
                    承接此诉求
                  </button>
                )}
              </article>
            </li>
          );
        })}
      </ul>
    );
  }
  return (
    <>
      <div className="policy-filters docking-filter">
        <label htmlFor="demand-column-filter">服务栏目</label>
        <select id="demand-column-filter" value={column} onChange={(e) => setColumn(e.target.value as ServiceColumn | '')}>
          <option value="">全部</option>
          {(Object.keys(COLUMN_LABELS) as ServiceColumn[]).map((c) => (
            <option key={c} value={c}>
              {COLUMN_LABELS[c]}
            </option>
          ))}
        </select>
        {data ? <span className="search-count">共 {data.demands.totalCount} 项</span> : null}
      </div>
      {list}
    </>
  );
}

export function InstitutionDemandsPage() {
  usePageTitle('诉求大厅');
  const { path } = useLocation();
  return (
    <div className="container page">
      <h1>诉求大厅</h1>
      <p className="page__lead">与本机构服务栏目和服务地区匹配的企业诉求（含运营人员派发的），提交服务方案和条件，由企业选定。</p>
      <InstitutionOnly path={path}>
        <DemandBoard />
      </InstitutionOnly>
    </div>
  );
}
