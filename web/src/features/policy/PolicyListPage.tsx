import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FilterActions, SelectField } from '../../components/forms.js';
import { FilterDrawer } from '../portal/FilterDrawer.js';
import { ConnectionList } from '../../components/paging.js';
import { graphql } from '../../gql/index.js';
import type { PolicyApplicationStatus, PolicyFilter, PolicyListItemsFragment, PolicyType, PolicyValidity } from '../../gql/graphql.js';
import { PolicyApplicationStatusLabel } from '../../gql/labels.js';
import { INDUSTRY_GROUPS, POLICY_TYPE_LABELS, POLICY_VALIDITY_LABELS, REGION_GROUPS } from '../../lib/codes.js';
import { usePageTitle } from '../../lib/page.js';
import { Link, useLocation } from '../../lib/router.js';
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

interface Filters {
  keyword: string;
  policyType: PolicyType | '';
  department: string;
  validity: PolicyValidity | '';
  applicationStatus: PolicyApplicationStatus | '';
  region: string;
  industry: string;
}

const EMPTY: Filters = { keyword: '', policyType: '', department: '', validity: '', applicationStatus: '', region: '', industry: '' };

function toFilter(f: Filters): PolicyFilter {
  const out: PolicyFilter = {};
  if (f.keyword.trim()) out.keyword = f.keyword.trim().slice(0, 50);
  if (f.policyType) out.policyTypes = [f.policyType];
  if (f.department.trim()) out.department = f.department.trim().slice(0, 50);
  if (f.validity) out.validity = f.validity;
  if (f.applicationStatus) out.applicationStatus = f.applicationStatus;
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
  // `?applicationStatus=OPEN`: the link the guides give for 申报中的政策.
  const { query } = useLocation();
  const [initial] = useState<Filters>(() => {
    const status = query.get('applicationStatus');
    return status && status in PolicyApplicationStatusLabel ? { ...EMPTY, applicationStatus: status as PolicyApplicationStatus } : EMPTY;
  });
  const [draft, setDraft] = useState<Filters>(initial);
  const [applied, setApplied] = useState<Filters>(initial);
  const filter = toFilter(applied);
  const departments = useQuery(PolicyDepartmentsQuery).data?.policyDepartments ?? [];

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setApplied(draft);
  }

  return (
    <div className="container page">
      <h1>政策服务</h1>
      <p className="page__lead">
        惠企政策发布、解读与申报指南。<Link to="/policy/for-me">查看适合我企业的政策</Link> · <Link to="/policy/subscriptions">订阅政策</Link> ·{' '}
        <Link to="/my/inbox">我的消息</Link>
        <StaffLink />
      </p>
      <FilterDrawer id="policy-filters" active={Object.keys(filter).length}>
        <form className="panel policy-filters" aria-label="筛选政策" onSubmit={submit}>
          <div className="policy-filters__grid">
            <div className="field">
              <label htmlFor="pf-keyword">标题关键词</label>
              <input id="pf-keyword" type="search" maxLength={50} value={draft.keyword} onChange={(e) => setDraft({ ...draft, keyword: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor="pf-type">政策类型</label>
              <select id="pf-type" value={draft.policyType} onChange={(e) => setDraft({ ...draft, policyType: e.target.value as PolicyType | '' })}>
                <option value="">全部类型</option>
                {Object.entries(POLICY_TYPE_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="pf-department">发文部门</label>
              <select id="pf-department" value={draft.department} onChange={(e) => setDraft({ ...draft, department: e.target.value })}>
                <option value="">全部部门</option>
                {departments.map((d) => (
                  <option key={d.name} value={d.name}>
                    {d.name}（{d.count}）
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="pf-application">申报状态</label>
              <select
                id="pf-application"
                value={draft.applicationStatus}
                onChange={(e) => setDraft({ ...draft, applicationStatus: e.target.value as PolicyApplicationStatus | '' })}
              >
                <option value="">全部</option>
                {Object.entries(PolicyApplicationStatusLabel).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <SelectField
              name="pf-region"
              label="适用地区"
              placeholder="全部地区"
              groups={REGION_GROUPS}
              value={draft.region}
              onValueChange={(region) => setDraft({ ...draft, region })}
            />
            <SelectField
              name="pf-industry"
              label="适用行业"
              placeholder="全部行业"
              groups={INDUSTRY_GROUPS}
              value={draft.industry}
              onValueChange={(industry) => setDraft({ ...draft, industry })}
            />
            <div className="field">
              <label htmlFor="pf-validity">效力状态</label>
              <select id="pf-validity" value={draft.validity} onChange={(e) => setDraft({ ...draft, validity: e.target.value as PolicyValidity | '' })}>
                <option value="">全部</option>
                {Object.entries(POLICY_VALIDITY_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <FilterActions
            onReset={() => {
              setDraft(EMPTY);
              setApplied(EMPTY);
            }}
          />
        </form>
      </FilterDrawer>
      <PolicyResults key={JSON.stringify(filter)} filter={filter} />
    </div>
  );
}
