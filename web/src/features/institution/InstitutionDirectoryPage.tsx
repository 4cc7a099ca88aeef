import { useQuery } from '@apollo/client/react';
import { FilterPanel, optionsOf, useFilterValues, type FilterField, type FilterValues } from '../../components/filters.js';
import { ConnectionList } from '../../components/paging.js';
import { graphql } from '../../gql/index.js';
import type { InstitutionFilter, ServiceColumn } from '../../gql/graphql.js';
import { COLUMN_LABELS, INSTITUTION_TYPE_LABELS, REGION_GROUPS } from '../../lib/codes.js';
import { usePageTitle } from '../../lib/page.js';
import { Link } from '../../lib/router.js';
import '../portal/portal.css';

/** /institutions: the public directory of approved service institutions, with filters and counts. */

const DirectoryQuery = graphql(`
  query InstitutionDirectory($filter: InstitutionFilter, $first: Int, $after: String) {
    institutions(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes {
        id
        name
        type
        columns
        regionNames
        listedProductCount
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const FILTERS: readonly FilterField[] = [
  { param: 'keyword', id: 'dir-keyword', label: '机构名称', kind: 'text' },
  { param: 'column', id: 'dir-column', label: '服务栏目', kind: 'select', placeholder: '全部栏目', options: optionsOf(COLUMN_LABELS) },
  { param: 'region', id: 'dir-region', label: '服务地区', kind: 'select', placeholder: '全部地区', groups: REGION_GROUPS },
];
const PAGE = 20;

function toFilter(f: FilterValues): InstitutionFilter {
  const out: InstitutionFilter = {};
  if (f.keyword) out.keyword = f.keyword;
  if (f.column) out.column = f.column as ServiceColumn;
  if (f.region) out.regionCode = f.region;
  return out;
}

function Results({ filter }: { filter: InstitutionFilter }) {
  const query = useQuery(DirectoryQuery, { variables: { filter, first: PAGE }, fetchPolicy: 'cache-and-network' });
  return (
    <ConnectionList
      query={query}
      connection={(d) => d.institutions}
      loadingLabel="正在加载服务机构…"
      errorLabel="服务机构加载失败。"
      emptyTitle="暂无符合条件的服务机构"
      empty={<p>请调整筛选条件，或查看全部服务机构。</p>}
    >
      {(items, list) => (
        <>
          <p className="search-count" aria-live="polite" data-testid="directory-count">
            共 {list.totalCount} 家服务机构
          </p>
          <ul className="card-grid institution-list">
            {items.map((inst) => (
              <li key={inst.id} className="card institution" data-testid="directory-card">
                <h2 className="institution__name">
                  <Link to={`/institutions/${encodeURIComponent(inst.id)}`}>{inst.name}</Link>
                </h2>
                <p className="institution__type">{INSTITUTION_TYPE_LABELS[inst.type]}</p>
                <p className="directory-card__meta">服务地区：{inst.regionNames.join('、') || '—'}</p>
                <p className="directory-card__meta">在架服务产品：{inst.listedProductCount} 项</p>
                <ul className="tags" aria-label="服务栏目">
                  {inst.columns.map((c) => (
                    <li key={c} className="tag">
                      {COLUMN_LABELS[c]}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </ConnectionList>
  );
}

export function InstitutionDirectoryPage() {
  usePageTitle('服务机构');
  const filter = toFilter(useFilterValues(FILTERS));
  return (
    <div className="container page">
      <h1>服务机构</h1>
      <p className="page__lead">经平台审核入驻的公益性、政府和市场化服务机构。</p>
      <FilterPanel id="directory-filters" label="筛选服务机构" fields={FILTERS} />
      <Results key={JSON.stringify(filter)} filter={filter} />
    </div>
  );
}
