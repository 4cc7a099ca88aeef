import { useQuery } from '@apollo/client/react';
import { FilterPanel, optionsOf, useFilterValues, type FilterField, type FilterValues } from '../../components/filters.js';
import { ConnectionList } from '../../components/paging.js';
import { graphql } from '../../gql/index.js';
import type { PolicyApplicationStatus, PolicyFilter, PolicyListItemsFragment, PolicyType, PolicyValidity } from '../../gql/graphql.js';
import { PolicyApplicationStatusLabel } from '../../gql/labels.js';
import { INDUSTRY_GROUPS, POLICY_TYPE_LABELS, POLICY_VALIDITY_LABELS, REGION_GROUPS } from '../../lib/codes.js';
import { usePageTitle } from '../../lib/page.js';
import { Link } from '../../lib/router.js';
import { ViewerQuery } from '../../lib/viewer.js';

export const PolicyListItemsFragmentDoc = graphql(`
  fragment PolicyListItems on PolicyConnection {
    totalCount
    nodes {
      id
      title
      docNo
      departments
      publishedOn
      policyType
      validity
      tags
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

const PolicyListQuery = graphql(`
  query PolicyList($filter: PolicyFilter, $first: Int, $after: String) {
    policies(filter: $filter, first: $first, after: $after) {
      ...PolicyListItems
    }
  }
`);

/** 发文部门 offered as a list of the departments that actually issued visible policies. */
const PolicyDepartmentsQuery = graphql(`
  query PolicyDepartments {
    policyDepartments(first: 100) {
      name
      count
    }
  }
`);

type Item = PolicyListItemsFragment['nodes'][number];

const PAGE_SIZE = 20;

/** The filters and their URL parameters (`?applicationStatus=OPEN` is the link the guides give for 申报中的政策). */
function filterFields(departments: readonly { name: string; count: number }[]): FilterField[] {
  return [
    { param: 'keyword', id: 'pf-keyword', label: '标题关键词', kind: 'text' },
    { param: 'policyType', id: 'pf-type', label: '政策类型', kind: 'select', placeholder: '全部类型', options: optionsOf(POLICY_TYPE_LABELS) },
    {
      param: 'department',
      id: 'pf-department',
      label: '发文部门',
      kind: 'select',
      placeholder: '全部部门',
      options: departments.map((d) => ({ value: d.name, label: `${d.name}（${d.count}）` })),
      open: true,
    },
    {
      param: 'applicationStatus',
      id: 'pf-application',
      label: '申报状态',
      kind: 'select',
      placeholder: '全部',
      options: optionsOf(PolicyApplicationStatusLabel),
    },
    { param: 'region', id: 'pf-region', label: '适用地区', kind: 'select', placeholder: '全部地区', groups: REGION_GROUPS },
    { param: 'industry', id: 'pf-industry', label: '适用行业', kind: 'select', placeholder: '全部行业', groups: INDUSTRY_GROUPS },
    { param: 'validity', id: 'pf-validity', label: '效力状态', kind: 'select', placeholder: '全部', options: optionsOf(POLICY_VALIDITY_LABELS) },
  ];
}

function toFilter(f: FilterValues): PolicyFilter {
  const out: PolicyFilter = {};
  if (f.keyword) out.keyword = f.keyword;
  if (f.policyType) out.policyTypes = [f.policyType as PolicyType];
  if (f.department) out.department = f.department.slice(0, 50);
  if (f.validity) out.validity = f.validity as PolicyValidity;
  if (f.applicationStatus) out.applicationStatus = f.applicationStatus as PolicyApplicationStatus;
  if (f.region) out.region = f.region;
  if (f.industry) out.industry = f.industry;
  return out;
}

function PolicyRow({ policy }: { policy: Item }) {
  return (
    <article className="policy-item">
      <h3 className="policy-item__title">
        <Link to={`/policy/${encodeURIComponent(policy.id)}`}>{policy.title}</Link>
      </h3>
      <p className="policy-item__meta">
        <span className="tag">{POLICY_TYPE_LABELS[policy.policyType]}</span>
        <span className={`badge badge--${policy.validity === 'IN_FORCE' ? 'verified' : 'pending'}`}>{POLICY_VALIDITY_LABELS[policy.validity]}</span>
        {policy.docNo ? <span>{policy.docNo}</span> : null}
        {policy.departments.length ? <span>{policy.departments.join('、')}</span> : null}
        {policy.publishedOn ? <time dateTime={policy.publishedOn}>{policy.publishedOn}</time> : null}
      </p>
    </article>
  );
}

function PolicyResults({ filter }: { filter: PolicyFilter }) {
  const query = useQuery(PolicyListQuery, { variables: { filter, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  return (
    <ConnectionList
      query={query}
      connection={(d) => d.policies}
      loadingLabel="正在加载政策…"
      errorLabel="政策列表加载失败。"
      emptyTitle="暂无符合条件的政策"
      empty={<p>请调整筛选条件后重试。</p>}
    >
      {(items, list) => (
        <>
          <p className="search-count" aria-live="polite">
            共 {list.totalCount} 条政策
          </p>
          <ul className="policy-list">
            {items.map((p) => (
              <li key={p.id}>
                <PolicyRow policy={p} />
              </li>
            ))}
          </ul>
        </>
      )}
    </ConnectionList>
  );
}

/** Operators and reviewers get a way into the policy library from the public list. */
function StaffLink() {
  const { data } = useQuery(ViewerQuery);
  const roles = data?.me?.roles ?? [];
  if (!roles.includes('OPERATOR') && !roles.includes('REVIEWER')) return null;
  return (
    <>
      {' · '}
      <Link to="/admin/policies">政策库管理</Link>
    </>
  );
}

export function PolicyListPage() {
  usePageTitle('政策服务');
  const departments = useQuery(PolicyDepartmentsQuery).data?.policyDepartments ?? [];
  const fields = filterFields(departments);
  const filter = toFilter(useFilterValues(fields));

  return (
    <div className="container page">
      <h1>政策服务</h1>
      <p className="page__lead">
        惠企政策发布、解读与申报指南。<Link to="/policy/for-me">查看适合我企业的政策</Link> · <Link to="/policy/subscriptions">订阅政策</Link> ·{' '}
        <Link to="/my/inbox">我的消息</Link>
        <StaffLink />
      </p>
      <FilterPanel id="policy-filters" label="筛选政策" fields={fields} />
      <PolicyResults key={JSON.stringify(filter)} filter={filter} />
    </div>
  );
}
