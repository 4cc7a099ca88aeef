import { useQuery } from '@apollo/client/react';
import { ConnectionList } from '../../components/paging.js';
import { graphql } from '../../gql/index.js';
import type { AdminPolicyListQuery, PolicyStatus } from '../../gql/graphql.js';
import { formatDateTime, POLICY_TYPE_LABELS } from '../../lib/codes.js';
import { usePageTitle } from '../../lib/page.js';
import { Link, useLocation } from '../../lib/router.js';
import { AdminNav, Gate, POLICY_STATUS_LABELS, STATUS_BADGES, StaffOnly, isEditor } from './common.js';

const AdminPolicyListQueryDoc = graphql(`
  query AdminPolicyList($filter: PolicyFilter, $first: Int, $after: String) {
    policies(filter: $filter, first: $first, after: $after, orderBy: UPDATED_AT_DESC) {
      totalCount
      nodes {
        id
        title
        docNo
        departments
        policyType
        status
        publishedVersion
        updatedAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Item = AdminPolicyListQuery['policies']['nodes'][number];
const ALL: PolicyStatus[] = ['COLLECTED', 'DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'PUBLISHED', 'EXPIRED', 'WITHDRAWN'];

function Row({ p }: { p: Item }) {
  return (
    <article className="policy-item" data-testid="admin-policy">
      <h3 className="policy-item__title">
        <Link to={`/admin/policies/${encodeURIComponent(p.id)}/edit`}>{p.title}</Link>
      </h3>
      <p className="policy-item__meta">
        <span className={`badge badge--${STATUS_BADGES[p.status]}`} data-testid="admin-policy-status">
          {POLICY_STATUS_LABELS[p.status]}
        </span>
        {p.publishedVersion ? <span>已发布第 {p.publishedVersion} 版</span> : null}
        <span className="tag">{POLICY_TYPE_LABELS[p.policyType]}</span>
        {p.docNo ? <span>{p.docNo}</span> : null}
        <span>{p.departments.join('、')}</span>
        <span>更新于 {formatDateTime(String(p.updatedAt))}</span>
      </p>
      <p className="policy-item__meta">
        <Link to={`/admin/policies/${encodeURIComponent(p.id)}/edit`}>编辑与版本</Link>
        <Link to={`/admin/policies/${encodeURIComponent(p.id)}/conditions`}>拆解申报条件</Link>
      </p>
    </article>
  );
}

function PolicyTable({ statuses }: { statuses: PolicyStatus[] }) {
  const query = useQuery(AdminPolicyListQueryDoc, { variables: { filter: { statuses }, first: 20 }, fetchPolicy: 'cache-and-network' });
  return (
    <ConnectionList query={query} connection={(d) => d.policies} loadingLabel="正在加载政策库…" errorLabel="政策库加载失败。" emptyTitle="该状态下暂无政策">
      {(items, list) => (
        <>
          <p className="search-count">共 {list.totalCount} 条</p>
          <ul className="policy-list">
            {items.map((p) => (
              <li key={p.id}>
                <Row p={p} />
              </li>
            ))}
          </ul>
        </>
      )}
    </ConnectionList>
  );
}

/** The operator's policy library: working copies in any editorial status. */
export function AdminPoliciesPage() {
  usePageTitle('政策库管理');
  const { query } = useLocation();
  const status = query.get('status') as PolicyStatus | null;
  const statuses = status && ALL.includes(status) ? [status] : ALL;
  return (
    <div className="container page">
      <h1>政策库管理</h1>
      <Gate next="/admin/policies" allowed={isEditor} refusal={<StaffOnly />}>
        {() => (
          <>
            <AdminNav />
            <nav className="policy-status-filter" aria-label="按状态筛选">
              <Link to="/admin/policies" aria-current={!status ? 'page' : undefined}>
                全部
              </Link>
              {ALL.map((s) => (
                <Link key={s} to={`/admin/policies?status=${s}`} aria-current={status === s ? 'page' : undefined}>
                  {POLICY_STATUS_LABELS[s]}
                </Link>
              ))}
            </nav>
            <PolicyTable key={statuses.join()} statuses={statuses} />
          </>
        )}
      </Gate>
    </div>
  );
}
