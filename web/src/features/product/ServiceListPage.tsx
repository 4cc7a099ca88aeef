import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FilterActions } from '../../components/forms.js';
import { ConnectionList } from '../../components/paging.js';
import { graphql } from '../../gql/index.js';
import type { FeeType, ServiceColumn, ServiceListQuery as ServiceListData, ServiceProductFilter } from '../../gql/graphql.js';
import { COLUMN_LABELS, FEE_TYPE_LABELS, SERVICE_FORM_LABELS } from '../../lib/codes.js';
import { usePageTitle } from '../../lib/page.js';
import { Link } from '../../lib/router.js';

const ServiceListQuery = graphql(`
  query ServiceList($filter: ServiceProductFilter, $first: Int, $after: String) {
    serviceProducts(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes {
        id
        name
        column
        subcategory
        form
        feeType
        regionNames
        institution {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Item = ServiceListData['serviceProducts']['nodes'][number];
const PAGE_SIZE = 20;

interface Filters {
  column: ServiceColumn | '';
  feeType: FeeType | '';
  keyword: string;
}

const EMPTY: Filters = { column: '', feeType: '', keyword: '' };

function toFilter(f: Filters): ServiceProductFilter {
  const out: ServiceProductFilter = {};
  if (f.column) out.column = f.column;
  if (f.feeType) out.feeType = f.feeType;
  if (f.keyword.trim()) out.keyword = f.keyword.trim().slice(0, 50);
  return out;
}

function Results({ filter }: { filter: ServiceProductFilter }) {
  const query = useQuery(ServiceListQuery, { variables: { filter, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  return (
    <ConnectionList
      query={query}
      connection={(d) => d.serviceProducts}
      loadingLabel="正在加载服务产品…"
      errorLabel="服务产品加载失败。"
      emptyTitle="暂无符合条件的服务产品"
      empty={<p>请调整筛选条件后重试。</p>}
    >
      {(items, list) => (
        <>
          <p className="search-count" aria-live="polite">
            共 {list.totalCount} 项服务产品
          </p>
          <ul className="policy-list">
            {items.map((s) => (
              <li key={s.id}>
                <ServiceCard service={s} />
              </li>
            ))}
          </ul>
        </>
      )}
    </ConnectionList>
  );
}

function ServiceCard({ service: s }: { service: Item }) {
  return (
    <article className="policy-item">
      <h3 className="policy-item__title">
        <Link to={`/services/${encodeURIComponent(s.id)}`}>{s.name}</Link>
      </h3>
      <p className="policy-item__meta">
        <span className="tag">{COLUMN_LABELS[s.column]}</span>
        <span className={`badge badge--${s.feeType === 'FREE' ? 'verified' : 'pending'}`}>{FEE_TYPE_LABELS[s.feeType]}</span>
        <span>{SERVICE_FORM_LABELS[s.form]}</span>
        {s.institution ? <span>{s.institution.name}</span> : null}
        {s.regionNames.length ? <span>服务地区：{s.regionNames.join('、')}</span> : null}
      </p>
    </article>
  );
}

export function ServiceListPage() {
  usePageTitle('服务产品');
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [applied, setApplied] = useState<Filters>(EMPTY);
  const filter = toFilter(applied);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setApplied(draft);
  }

  return (
    <div className="container page">
      <h1>服务产品</h1>
      <p className="page__lead">经平台审核上架的服务机构产品，选择后可在线发起服务对接。</p>
      <form className="panel policy-filters" aria-label="筛选服务产品" onSubmit={submit}>
        <div className="policy-filters__grid">
          <div className="field">
            <label htmlFor="sf-keyword">关键词</label>
            <input id="sf-keyword" type="search" maxLength={50} value={draft.keyword} onChange={(e) => setDraft({ ...draft, keyword: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="sf-column">服务栏目</label>
            <select id="sf-column" value={draft.column} onChange={(e) => setDraft({ ...draft, column: e.target.value as ServiceColumn | '' })}>
              <option value="">全部栏目</option>
              {Object.entries(COLUMN_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="sf-fee">收费方式</label>
            <select id="sf-fee" value={draft.feeType} onChange={(e) => setDraft({ ...draft, feeType: e.target.value as FeeType | '' })}>
              <option value="">全部</option>
              {Object.entries(FEE_TYPE_LABELS).map(([value, label]) => (
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
      <Results key={JSON.stringify(filter)} filter={filter} />
    </div>
  );
}
