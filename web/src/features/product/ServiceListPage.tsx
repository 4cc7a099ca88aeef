import { useQuery } from '@apollo/client/react';
import { FilterPanel, optionsOf, useFilterValues, type FilterField, type FilterValues } from '../../components/filters.js';
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

const FILTERS: readonly FilterField[] = [
  { param: 'keyword', id: 'sf-keyword', label: '关键词', kind: 'text' },
  { param: 'column', id: 'sf-column', label: '服务栏目', kind: 'select', placeholder: '全部栏目', options: optionsOf(COLUMN_LABELS) },
  { param: 'feeType', id: 'sf-fee', label: '收费方式', kind: 'select', placeholder: '全部', options: optionsOf(FEE_TYPE_LABELS) },
];

function toFilter(f: FilterValues): ServiceProductFilter {
  const out: ServiceProductFilter = {};
  if (f.column) out.column = f.column as ServiceColumn;
  if (f.feeType) out.feeType = f.feeType as FeeType;
  if (f.keyword) out.keyword = f.keyword;
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
  const filter = toFilter(useFilterValues(FILTERS));

  return (
    <div className="container page">
      <h1>服务产品</h1>
      <p className="page__lead">经平台审核上架的服务机构产品，选择后可在线发起服务对接。</p>
      <FilterPanel id="service-filters" label="筛选服务产品" fields={FILTERS} />
      <Results key={JSON.stringify(filter)} filter={filter} />
    </div>
  );
}
