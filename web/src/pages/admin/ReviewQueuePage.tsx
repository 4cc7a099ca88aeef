import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { useLoadMore, type PageOf } from '../../components/paging.js';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import { COLUMN_LABELS, FEE_TYPE_LABELS, formatDateTime, INSTITUTION_TYPE_LABELS, SERVICE_FORM_LABELS, SIZE_CLASS_LABELS } from '../../lib/codes.js';
import { describeRequestError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link } from '../../lib/router.js';
import { ReviewActions, ReviewOutcome, type Decision } from './ReviewActions.js';
import { REVIEW_KINDS, type ReviewKind } from './kinds.js';

const PAGE = 20;

const PendingEnterprises = graphql(`
  query PendingEnterprises($first: Int, $after: String) {
    enterprises(filter: { status: PENDING }, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        name
        uscc
        regionName
        industryName
        sizeClass
        employees
        revenue
        establishedOn
        contactName
        contactPhone
        createdAt
      }
    }
  }
`);
const ReviewEnterprise = graphql(`
  mutation ReviewEnterprise($input: EnterpriseReviewInput!) {
    enterpriseReview(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

const PendingInstitutions = graphql(`
  query PendingInstitutions($first: Int, $after: String) {
    institutions(filter: { status: PENDING }, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        name
        type
        columns
        responsibleDepartment
        qualifications
        description
        contactName
        contactPhone
        createdAt
      }
    }
  }
`);
const ReviewInstitution = graphql(`
  mutation ReviewInstitution($input: InstitutionReviewInput!) {
    institutionReview(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

const PendingProducts = graphql(`
  query PendingProducts($first: Int, $after: String) {
    serviceProducts(filter: { status: UNDER_REVIEW }, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        name
        column
        subcategory
        description
        feeType
        priceTerms
        form
        targetAudience
        regionNames
        process {
          title
        }
        institution {
          id
          name
        }
        updatedAt
      }
    }
  }
`);
const ReviewProduct = graphql(`
  mutation ReviewProduct($input: ServiceProductReviewInput!) {
    serviceProductReview(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

const PendingActivities = graphql(`
  query PendingActivities($first: Int, $after: String) {
    activities(filter: { status: UNDER_REVIEW }, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        name
        column
        organisers
        startsAt
        endsAt
        placeAddress
        onlineUrl
        capacity
        registrationDeadline
        targetAudience
        content
        institution {
          id
          name
        }
        createdAt
      }
    }
  }
`);
const ReviewActivity = graphql(`
  mutation ReviewActivity($input: ActivityReviewInput!) {
    activityReview(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

const PendingDemands = graphql(`
  query PendingDemands($first: Int, $after: String) {
    demands(filter: { status: UNDER_REVIEW }, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        name
        column
        category
        description
        budget
        periodStart
        periodEnd
        regionName
        visibility
        createdAt
      }
    }
    demandHandlingRules {
      reviewStandards
    }
  }
`);
const ReviewDemand = graphql(`
  mutation ReviewDemand($input: DemandReviewInput!) {
    demandReview(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Item({ title, meta, facts, text, children }: { title: string; meta: string; facts: ReactNode; text?: string | null; children: ReactNode }) {
  return (
    <li className="card review-item">
      <h2 className="review-item__title">{title}</h2>
      <p className="policy-item__meta">{meta}</p>
      <dl className="facts">{facts}</dl>
      {text ? <p className="review-item__text">{text}</p> : null}
      {children}
    </li>
  );
}

/**
 * One queue: its count, every pending item page by page (加载更多, oldest pages included), and a success line
 * after each decision. Items decided here leave the list at once, also from pages loaded later.
 */
function Queue<T extends { id: string }>({
  loading,
  error,
  refetch,
  total,
  page,
  fetchAfter,
  empty,
  render,
}: {
  loading: boolean;
  error: unknown;
  refetch: () => unknown;
  total: number | undefined;
  page: PageOf<T> | undefined;
  fetchAfter: (after: string) => Promise<PageOf<T> | undefined>;
  empty: string;
  render: (node: T) => ReactNode;
}) {
  const paged = useLoadMore<T>();
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState('');
  const outcome = (id: string, label: string, decision: Decision) => {
    setDone((d) => new Set(d).add(id));
    setNotice(decision === 'APPROVE' ? `已通过「${label}」。` : `已退回「${label}」，退回理由将告知申请方。`);
  };
  const status = notice ? (
    <p className="notice review-notice" role="status">
      {notice}
    </p>
  ) : null;
  if (loading && !page) return <Loading label="正在加载待审核事项…" />;
  if (error && !page) return <ErrorState message={`待审核事项加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  const { items, control } = paged(page ?? { nodes: [], pageInfo: { hasNextPage: false } }, fetchAfter);
  // A refetched first page may repeat items of pages loaded after it: keep each once.
  const seen = new Set<string>();
  const nodes = items.filter((n) => !done.has(n.id) && !seen.has(n.id) && seen.add(n.id));
  if (!nodes.length && !page?.pageInfo.hasNextPage) {
    return (
      <>
        {status}
        <EmptyState title={empty}>所有事项均已处理。</EmptyState>
      </>
    );
  }
  return (
    <>
      {status}
      <p className="search-count" aria-live="polite">
        共 {total} 项待审核{total !== undefined && total > nodes.length ? `，已显示 ${nodes.length} 项` : ''}
      </p>
      <ul className="review-list">
        {nodes.map((n) => (
          <ReviewOutcome.Provider key={n.id} value={(label, decision) => outcome(n.id, label, decision)}>
            {render(n)}
          </ReviewOutcome.Provider>
        ))}
      </ul>
      {control}
    </>
  );
}

type Submit = (id: string) => (decision: Decision, reason: string | null) => Promise<readonly { code: string; field?: string | null; message: string }[]>;

function EnterpriseQueue() {
  const q = useQuery(PendingEnterprises, { variables: { first: PAGE }, fetchPolicy: 'cache-and-network' });
  const client = useApolloClient();
  const [review] = useMutation(ReviewEnterprise);
  const submit: Submit = (id) => async (decision, reason) => {
    const res = await review({ variables: { input: { enterpriseId: id, decision, reason } } });
    const errors = res.data?.enterpriseReview.errors ?? [];
    if (!errors.length) await q.refetch();
    return errors;
  };
  return (
    <Queue
      loading={q.loading}
      error={q.error}
      refetch={() => void q.refetch()}
      total={q.data?.enterprises.totalCount}
      page={q.data?.enterprises}
      fetchAfter={async (after) =>
        (await client.query({ query: PendingEnterprises, variables: { first: PAGE, after }, fetchPolicy: 'network-only' })).data?.enterprises
      }
      empty="暂无待认证的企业"
      render={(e) => (
        <Item
          key={e.id}
          title={e.name}
          meta={`提交于 ${formatDateTime(e.createdAt)}`}
          facts={
            <>
              <Fact label="统一社会信用代码">
                <span className="mono">{e.uscc}</span>
              </Fact>
              <Fact label="所在地区">{e.regionName ?? '—'}</Fact>
              <Fact label="所属行业">{e.industryName ?? '—'}</Fact>
              <Fact label="企业规模">
                {e.sizeClass ? SIZE_CLASS_LABELS[e.sizeClass] : '待定'}（从业人员 {e.employees ?? '未申报'} 人，营业收入 {e.revenue ?? '未申报'} 万元）
              </Fact>
              <Fact label="成立日期">{e.establishedOn ?? '未申报'}</Fact>
              <Fact label="联系人">
                {e.contactName} {e.contactPhone}
              </Fact>
            </>
          }
        >
          <ReviewActions label={e.name} submit={submit(e.id)} />
        </Item>
      )}
    />
  );
}

function InstitutionQueue() {
  const q = useQuery(PendingInstitutions, { variables: { first: PAGE }, fetchPolicy: 'cache-and-network' });
  const client = useApolloClient();
  const [review] = useMutation(ReviewInstitution);
  const submit: Submit = (id) => async (decision, reason) => {
    const res = await review({ variables: { input: { institutionId: id, decision, reason } } });
    const errors = res.data?.institutionReview.errors ?? [];
    if (!errors.length) await q.refetch();
    return errors;
  };
  return (
    <Queue
      loading={q.loading}
      error={q.error}
      refetch={() => void q.refetch()}
      total={q.data?.institutions.totalCount}
      page={q.data?.institutions}
      fetchAfter={async (after) =>
        (await client.query({ query: PendingInstitutions, variables: { first: PAGE, after }, fetchPolicy: 'network-only' })).data?.institutions
      }
      empty="暂无待审核的入驻申请"
      render={(i) => (
        <Item
          key={i.id}
          title={i.name}
          meta={`${INSTITUTION_TYPE_LABELS[i.type]} · 申请于 ${formatDateTime(i.createdAt)}`}
          text={i.description}
          facts={
            <>
              <Fact label="服务栏目">{i.columns.map((c) => COLUMN_LABELS[c]).join('、')}</Fact>
              <Fact label="主管部门">{i.responsibleDepartment}</Fact>
              <Fact label="资质">{i.qualifications}</Fact>
              <Fact label="联系人">
                {i.contactName} {i.contactPhone}
              </Fact>
            </>
          }
        >
          <ReviewActions label={i.name} submit={submit(i.id)} />
        </Item>
      )}
    />
  );
}

function ProductQueue() {
  const q = useQuery(PendingProducts, { variables: { first: PAGE }, fetchPolicy: 'cache-and-network' });
  const client = useApolloClient();
  const [review] = useMutation(ReviewProduct);
  const submit: Submit = (id) => async (decision, reason) => {
    const res = await review({ variables: { input: { productId: id, decision, reason } } });
    const errors = res.data?.serviceProductReview.errors ?? [];
    if (!errors.length) await q.refetch();
    return errors;
  };
  return (
    <Queue
      loading={q.loading}
      error={q.error}
      refetch={() => void q.refetch()}
      total={q.data?.serviceProducts.totalCount}
      page={q.data?.serviceProducts}
      fetchAfter={async (after) =>
        (await client.query({ query: PendingProducts, variables: { first: PAGE, after }, fetchPolicy: 'network-only' })).data?.serviceProducts
      }
      empty="暂无待审核的服务产品"
      render={(p) => (
        <Item
          key={p.id}
          title={p.name}
          meta={`${p.institution?.name ?? ''} · 提交于 ${formatDateTime(p.updatedAt)}`}
          text={p.description}
          facts={
            <>
              <Fact label="栏目">
                {COLUMN_LABELS[p.column]} / {p.subcategory}
              </Fact>
              <Fact label="服务形式">{SERVICE_FORM_LABELS[p.form]}</Fact>
              <Fact label="收费">
                {FEE_TYPE_LABELS[p.feeType]}
                {p.priceTerms ? `：${p.priceTerms}` : ''}
              </Fact>
              <Fact label="服务对象">{p.targetAudience}</Fact>
              <Fact label="服务地区">{p.regionNames.join('、') || '—'}</Fact>
              <Fact label="服务流程">{p.process.map((s) => s.title).join(' → ')}</Fact>
            </>
          }
        >
          <ReviewActions label={p.name} submit={submit(p.id)} />
        </Item>
      )}
    />
  );
}

function ActivityQueue() {
  const q = useQuery(PendingActivities, { variables: { first: PAGE }, fetchPolicy: 'cache-and-network' });
  const client = useApolloClient();
  const [review] = useMutation(ReviewActivity);
  const submit: Submit = (id) => async (decision, reason) => {
    const res = await review({ variables: { input: { activityId: id, decision, reason } } });
    const errors = res.data?.activityReview.errors ?? [];
    if (!errors.length) await q.refetch();
    return errors;
  };
  return (
    <Queue
      loading={q.loading}
      error={q.error}
      refetch={() => void q.refetch()}
      total={q.data?.activities.totalCount}
      page={q.data?.activities}
      fetchAfter={async (after) =>
        (await client.query({ query: PendingActivities, variables: { first: PAGE, after }, fetchPolicy: 'network-only' })).data?.activities
      }
      empty="暂无待审核的活动"
      render={(a) => (
        <Item
          key={a.id}
          title={a.name}
          meta={`${a.institution?.name ?? ''} · ${COLUMN_LABELS[a.column]}`}
          text={a.content}
          facts={
            <>
              <Fact label="主办单位">{a.organisers.join('、')}</Fact>
              <Fact label="时间">
                {formatDateTime(a.startsAt)} 至 {formatDateTime(a.endsAt)}
              </Fact>
              <Fact label="地点">{a.placeAddress ?? a.onlineUrl ?? '—'}</Fact>
              <Fact label="名额与报名截止">
                {a.capacity} 人，{formatDateTime(a.registrationDeadline)} 截止
              </Fact>
              <Fact label="面向对象">{a.targetAudience}</Fact>
            </>
          }
        >
          <ReviewActions label={a.name} submit={submit(a.id)} />
        </Item>
      )}
    />
  );
}

function DemandQueue() {
  const q = useQuery(PendingDemands, { variables: { first: PAGE }, fetchPolicy: 'cache-and-network' });
  const client = useApolloClient();
  const [review] = useMutation(ReviewDemand);
  const submit: Submit = (id) => async (decision, reason) => {
    const res = await review({ variables: { input: { demandId: id, decision, reason } } });
    const errors = res.data?.demandReview.errors ?? [];
    if (!errors.length) await q.refetch();
    return errors;
  };
  const standards = q.data?.demandHandlingRules.reviewStandards ?? [];
  return (
    <>
      {standards.length ? (
        <details className="notice review-standards">
          <summary>诉求审核标准</summary>
          <ol>
            {standards.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </details>
      ) : null}
      <Queue
        loading={q.loading}
        error={q.error}
        refetch={() => void q.refetch()}
        total={q.data?.demands.totalCount}
        page={q.data?.demands}
        fetchAfter={async (after) =>
          (await client.query({ query: PendingDemands, variables: { first: PAGE, after }, fetchPolicy: 'network-only' })).data?.demands
        }
        empty="暂无待审核的诉求"
        render={(d) => (
          <Item
            key={d.id}
            title={d.name}
            meta={`${COLUMN_LABELS[d.column]} / ${d.category} · 提交于 ${formatDateTime(d.createdAt)}`}
            text={d.description}
            facts={
              <>
                <Fact label="服务期限">
                  {d.periodStart} 至 {d.periodEnd}
                </Fact>
                <Fact label="预算">{d.budget === null || d.budget === undefined ? '面议' : `${d.budget} 万元`}</Fact>
                <Fact label="地区">{d.regionName ?? '—'}</Fact>
                <Fact label="公开范围">{d.visibility === 'OPERATORS_ONLY' ? '仅运营人员' : '全部服务机构'}</Fact>
              </>
            }
          >
            <ReviewActions label={d.name} submit={submit(d.id)} />
          </Item>
        )}
      />
    </>
  );
}

const QUEUES: Record<ReviewKind, () => ReactNode> = {
  enterprises: EnterpriseQueue,
  institutions: InstitutionQueue,
  products: ProductQueue,
  activities: ActivityQueue,
  demands: DemandQueue,
};

/** /admin/reviews/:kind — one review queue of the operator console. */
export function ReviewQueuePage({ kind }: { kind: ReviewKind }) {
  const info = REVIEW_KINDS.find((k) => k.kind === kind)!;
  usePageTitle(info.label);
  const Body = QUEUES[kind];
  return (
    <div className="container page">
      <nav className="breadcrumb" aria-label="位置">
        <Link to="/admin">运营后台</Link> / {info.label}
      </nav>
      <h1>{info.label}</h1>
      <p className="page__lead">{info.lead}</p>
      <nav className="review-tabs" aria-label="审核队列">
        {REVIEW_KINDS.map((k) => (
          <Link key={k.kind} to={`/admin/reviews/${k.kind}`} activeMatch="exact" className="button button--ghost">
            {k.short}
          </Link>
        ))}
      </nav>
      <Body />
    </div>
  );
}
