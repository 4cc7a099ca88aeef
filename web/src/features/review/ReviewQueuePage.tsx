import type { StoreObject } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type ReactNode } from 'react';
import { ConnectionList, type ListQuery, type PageOf } from '../../components/paging.js';
import { graphql } from '../../gql/index.js';
import type { ReviewOrder } from '../../gql/graphql.js';
import { ReviewOrderLabel } from '../../gql/labels.js';
import { COLUMN_LABELS, FEE_TYPE_LABELS, formatDateTime, INSTITUTION_TYPE_LABELS, SERVICE_FORM_LABELS, SIZE_CLASS_LABELS } from '../../lib/codes.js';
import { usePageTitle } from '../../lib/page.js';
import { dropFromConnections } from '../../lib/pagination.js';
import { Link } from '../../lib/router.js';
import { ReviewActions, ReviewOutcome, type Decision } from './ReviewActions.js';
import { REVIEW_KINDS, type ReviewKind } from './kinds.js';

const PAGE = 20;

const PendingEnterprises = graphql(`
  query PendingEnterprises($first: Int, $after: String, $order: ReviewOrder) {
    enterprises(filter: { status: PENDING }, first: $first, after: $after, order: $order) {
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
  query PendingInstitutions($first: Int, $after: String, $order: ReviewOrder) {
    institutions(filter: { status: PENDING }, first: $first, after: $after, order: $order) {
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
  query PendingProducts($first: Int, $after: String, $order: ReviewOrder) {
    serviceProducts(filter: { status: UNDER_REVIEW }, first: $first, after: $after, order: $order) {
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
  query PendingActivities($first: Int, $after: String, $order: ReviewOrder) {
    activities(filter: { status: UNDER_REVIEW }, first: $first, after: $after, order: $order) {
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
  query PendingDemands($first: Int, $after: String, $order: ReviewOrder) {
    demands(filter: { status: UNDER_REVIEW }, first: $first, after: $after, order: $order) {
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
 * One queue: its count, the order (最早/最新提交优先), every pending item page by page (加载更多 through the
 * cache) and a success line after each decision. A decided item leaves every loaded page at once; the refetch
 * that follows brings the server's count and first page (offset cursors would skip a row after a removal).
 */
function Queue<TData, T extends { id: string; __typename?: string }>({
  query,
  field,
  connection,
  order,
  onOrder,
  empty,
  render,
}: {
  query: ListQuery<TData>;
  /** The Query field of the list, whose cached pages a decision updates. */
  field: string;
  connection: (data: TData) => PageOf<T>;
  order: ReviewOrder;
  onOrder: (order: ReviewOrder) => void;
  empty: string;
  render: (node: T) => ReactNode;
}) {
  const client = useApolloClient();
  const [notice, setNotice] = useState('');
  const orderId = useId();
  const outcome = (node: T, label: string, decision: Decision) => {
    dropFromConnections(client.cache, field, client.cache.identify(node as unknown as StoreObject));
    void query.refetch();
    setNotice(decision === 'APPROVE' ? `已通过「${label}」。` : `已退回「${label}」，退回理由将告知申请方。`);
  };
  return (
    <>
      {notice ? (
        <p className="notice review-notice" role="status">
          {notice}
        </p>
      ) : null}
      <div className="field review-order">
        <label htmlFor={orderId}>排序</label>
        <select id={orderId} value={order} onChange={(e) => onOrder(e.target.value as ReviewOrder)}>
          {(Object.keys(ReviewOrderLabel) as ReviewOrder[]).map((o) => (
            <option key={o} value={o}>
              {ReviewOrderLabel[o]}
            </option>
          ))}
        </select>
      </div>
      <ConnectionList
        query={query}
        connection={connection}
        loadingLabel="正在加载待审核事项…"
        errorLabel="待审核事项加载失败。"
        emptyTitle={empty}
        empty="所有事项均已处理。"
      >
        {(nodes, page) => (
          <>
            <p className="search-count" aria-live="polite">
              共 {page.totalCount} 项待审核{page.totalCount !== undefined && page.totalCount > nodes.length ? `，已显示 ${nodes.length} 项` : ''}
            </p>
            <ul className="review-list">
              {nodes.map((n) => (
                <ReviewOutcome.Provider key={n.id} value={(label, decision) => outcome(n, label, decision)}>
                  {render(n)}
                </ReviewOutcome.Provider>
              ))}
            </ul>
          </>
        )}
      </ConnectionList>
    </>
  );
}

type Submit = (id: string) => (decision: Decision, reason: string | null) => Promise<readonly { code: string; field?: string | null; message: string }[]>;

/** Review work goes oldest first by default; 最新提交优先 on request. */
function useQueueOrder() {
  return useState<ReviewOrder>('SUBMITTED_ASC');
}

function EnterpriseQueue() {
  const [order, setOrder] = useQueueOrder();
  const q = useQuery(PendingEnterprises, { variables: { first: PAGE, order }, fetchPolicy: 'cache-and-network' });
  const [review] = useMutation(ReviewEnterprise);
  const submit: Submit = (id) => async (decision, reason) => {
    const res = await review({ variables: { input: { enterpriseId: id, decision, reason } } });
    const errors = res.data?.enterpriseReview.errors ?? [];
    return errors;
  };
  return (
    <Queue
      query={q}
      field="enterprises"
      connection={(d) => d.enterprises}
      order={order}
      onOrder={setOrder}
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
  const [order, setOrder] = useQueueOrder();
  const q = useQuery(PendingInstitutions, { variables: { first: PAGE, order }, fetchPolicy: 'cache-and-network' });
  const [review] = useMutation(ReviewInstitution);
  const submit: Submit = (id) => async (decision, reason) => {
    const res = await review({ variables: { input: { institutionId: id, decision, reason } } });
    const errors = res.data?.institutionReview.errors ?? [];
    return errors;
  };
  return (
    <Queue
      query={q}
      field="institutions"
      connection={(d) => d.institutions}
      order={order}
      onOrder={setOrder}
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
  const [order, setOrder] = useQueueOrder();
  const q = useQuery(PendingProducts, { variables: { first: PAGE, order }, fetchPolicy: 'cache-and-network' });
  const [review] = useMutation(ReviewProduct);
  const submit: Submit = (id) => async (decision, reason) => {
    const res = await review({ variables: { input: { productId: id, decision, reason } } });
    const errors = res.data?.serviceProductReview.errors ?? [];
    return errors;
  };
  return (
    <Queue
      query={q}
      field="serviceProducts"
      connection={(d) => d.serviceProducts}
      order={order}
      onOrder={setOrder}
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
  const [order, setOrder] = useQueueOrder();
  const q = useQuery(PendingActivities, { variables: { first: PAGE, order }, fetchPolicy: 'cache-and-network' });
  const [review] = useMutation(ReviewActivity);
  const submit: Submit = (id) => async (decision, reason) => {
    const res = await review({ variables: { input: { activityId: id, decision, reason } } });
    const errors = res.data?.activityReview.errors ?? [];
    return errors;
  };
  return (
    <Queue
      query={q}
      field="activities"
      connection={(d) => d.activities}
      order={order}
      onOrder={setOrder}
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
  const [order, setOrder] = useQueueOrder();
  const q = useQuery(PendingDemands, { variables: { first: PAGE, order }, fetchPolicy: 'cache-and-network' });
  const [review] = useMutation(ReviewDemand);
  const submit: Submit = (id) => async (decision, reason) => {
    const res = await review({ variables: { input: { demandId: id, decision, reason } } });
    const errors = res.data?.demandReview.errors ?? [];
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
        query={q}
        field="demands"
        connection={(d) => d.demands}
        order={order}
        onOrder={setOrder}
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
