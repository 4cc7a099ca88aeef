import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { ConnectionList } from '../../components/paging.js';
import { graphql } from '../../gql/index.js';
import type { PolicyOrder, PolicyReviewDecision, ReviewQueueQuery } from '../../gql/graphql.js';
import { formatDateTime, POLICY_TYPE_LABELS } from '../../lib/codes.js';
import { describeRequestError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { AdminNav, Gate, StaffOnly, isEditor } from './common.js';
import { DiffView } from './VersionsPanel.js';

const ReviewQueueQueryDoc = graphql(`
  query ReviewQueue($first: Int, $after: String, $orderBy: PolicyOrder) {
    policies(filter: { statuses: [SUBMITTED] }, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        docNo
        departments
        policyType
        publishedOn
        body
        publishedVersion
        updatedAt
        createdBy {
          id
          displayName
        }
        pendingChanges {
          fromVersion
          toVersion
          fields {
            field
            label
            before
            after
          }
          body {
            op
            text
          }
        }
      }
    }
  }
`);

const ReviewMutation = graphql(`
  mutation PolicyReview($input: PolicyReviewInput!) {
    policyReview(input: $input) {
      policy {
        id
        status
        reviewComment
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

type Item = ReviewQueueQuery['policies']['nodes'][number];

function ReviewItem({ p, onDone }: { p: Item; onDone: () => void }) {
  const [comment, setComment] = useState('');
  const [error, setError] = useState('');
  const [review, { loading }] = useMutation(ReviewMutation);
  const id = `rc-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  async function decide(decision: PolicyReviewDecision) {
    setError('');
    try {
      const { data } = await review({ variables: { input: { policyId: p.id, decision, comment: comment.trim() || null } } });
      const errors = data?.policyReview.errors ?? [];
      if (errors.length) setError(errors.map((e) => e.message).join('；'));
      else onDone();
    } catch (err) {
      setError(describeRequestError(err));
    }
  }

  return (
    <article className="panel review-item" data-testid="review-item">
      <h2 className="policy-item__title">{p.title}</h2>
      <p className="policy-item__meta">
        <span className="tag">{POLICY_TYPE_LABELS[p.policyType]}</span>
        {p.publishedVersion ? <span>修订稿（现行第 {p.publishedVersion} 版）</span> : <span>首次发布</span>}
        {p.docNo ? <span>{p.docNo}</span> : null}
        <span>{p.departments.join('、')}</span>
        {p.createdBy ? <span>编写人：{p.createdBy.displayName}</span> : null}
        <span>提交于 {formatDateTime(String(p.updatedAt))}</span>
      </p>
      {p.pendingChanges ? (
        <details open data-testid="review-changes">
          <summary>与现行第 {p.pendingChanges.fromVersion} 版的差异</summary>
          <DiffView diff={p.pendingChanges} title={`修订稿与现行第 ${p.pendingChanges.fromVersion} 版相比`} />
        </details>
      ) : null}
      <details>
        <summary>查看正文</summary>
        {/* The body is sanitised by the server to the site typography. */}
        <div className="policy-body" dangerouslySetInnerHTML={{ __html: p.body }} />
      </details>
      <div className="field">
        <label htmlFor={id}>
          审核意见<span className="optional">（退回时必填）</span>
        </label>
        <textarea id={id} rows={3} maxLength={1000} value={comment} onChange={(e) => setComment(e.target.value)} />
      </div>
      {error ? (
        <div className="form-alert" role="alert">
          <p data-testid="form-error">{error}</p>
        </div>
      ) : null}
      <div className="form__actions">
        <button type="button" className="button button--primary" disabled={loading} onClick={() => void decide('APPROVE')}>
          审核通过
        </button>
        <button type="button" className="button button--secondary" disabled={loading} onClick={() => void decide('RETURN')}>
          退回修改
        </button>
      </div>
    </article>
  );
}

/** 最早提交优先 (the default: review work goes in order) or 最新提交优先; a policy's submission is its last update. */
const ORDERS: readonly { value: PolicyOrder; label: string }[] = [
  { value: 'UPDATED_AT_ASC', label: '最早提交优先' },
  { value: 'UPDATED_AT_DESC', label: '最新提交优先' },
];

function Queue() {
  const [orderBy, setOrderBy] = useState<PolicyOrder>('UPDATED_AT_ASC');
  const query = useQuery(ReviewQueueQueryDoc, { variables: { first: 20, orderBy }, fetchPolicy: 'cache-and-network' });
  const orderId = useId();
  return (
    <>
      <div className="field review-order">
        <label htmlFor={orderId}>排序</label>
        <select id={orderId} value={orderBy} onChange={(e) => setOrderBy(e.target.value as PolicyOrder)}>
          {ORDERS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <ConnectionList
        query={query}
        connection={(d) => d.policies}
        loadingLabel="正在加载待审核政策…"
        errorLabel="审核队列加载失败。"
        emptyTitle="暂无待审核的政策"
      >
        {(items, list) => (
          <>
            <p className="search-count">待审核 {list.totalCount} 条</p>
            <ul className="policy-list">
              {items.map((p) => (
                <li key={p.id}>
                  <ReviewItem p={p} onDone={() => void query.refetch()} />
                </li>
              ))}
            </ul>
          </>
        )}
      </ConnectionList>
    </>
  );
}

/** Review queue (P3, O2): reviewers approve or return submitted policies; the API refuses an author reviewing their own. */
export function ReviewQueuePage() {
  usePageTitle('政策审核');
  return (
    <div className="container page">
      <h1>政策审核</h1>
      <p className="page__lead">审核通过后由运营人员发布；审核人不能审核自己编写或提交的政策。</p>
      <Gate next="/admin/policies/review" allowed={isEditor} refusal={<StaffOnly />}>
        {() => (
          <>
            <AdminNav />
            <Queue />
          </>
        )}
      </Gate>
    </div>
  );
}
