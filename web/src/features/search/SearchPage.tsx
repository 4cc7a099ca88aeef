import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useFetchMore } from '../../components/paging.js';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import type { SearchFacetField, SearchHitsFragment, SearchInput, ServiceColumn } from '../../gql/graphql.js';
import { describeRequestError } from '../../lib/errors.js';
import { Highlight } from '../../lib/highlight.js';
import { usePageTitle } from '../../lib/page.js';
import { Link, navigate, useLocation } from '../../lib/router.js';
import { SearchFacetFieldLabel } from '../../gql/labels.js';
import { inOrder } from '../../lib/codes.js';

export const SearchHitsFragmentDoc = graphql(`
  fragment SearchHits on SearchHitConnection {
    nodes {
      id
      kind
      kindLabel
      title
      titleHighlight
      highlight
      url
      date
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
`);

const SearchPageQuery = graphql(`
  query SearchPage($input: SearchInput!) {
    search(input: $input) {
      totalCount
      approximate
      understanding {
        original
        normalized
        converted
        corrected
        didYouMean
        autoRewritten
        expansions {
          phrase
          terms
        }
      }
      facets {
        field
        buckets {
          value
          label
          count
        }
      }
      serviceCards {
        id
        kind
        kindLabel
        title
        highlight
        url
        institution {
          id
          name
        }
      }
      related
      hits {
        ...SearchHits
      }
    }
  }
`);

const SearchMoreQuery = graphql(`
  query SearchMore($input: SearchInput!) {
    search(input: $input) {
      hits {
        ...SearchHits
      }
    }
  }
`);

const SearchSuggestQuery = graphql(`
  query SearchSuggest($prefix: String!) {
    searchSuggest(prefix: $prefix, first: 8) {
      text
      source
    }
  }
`);

type Hit = SearchHitsFragment['nodes'][number];

/** Facet dimensions the page filters by, with the URL parameter (and SearchInput list) each one sets. */
const FACET_PARAMS: Partial<Record<SearchFacetField, 'kinds' | 'columns' | 'types' | 'departments' | 'regions' | 'industries'>> = {
  KIND: 'kinds',
  COLUMN: 'columns',
  TYPE: 'types',
  DEPARTMENT: 'departments',
  REGION: 'regions',
  INDUSTRY: 'industries',
};

const FACET_LABELS: Record<SearchFacetField, string> = inOrder(SearchFacetFieldLabel, ['KIND', 'COLUMN', 'TYPE', 'DEPARTMENT', 'REGION', 'INDUSTRY', 'SITE']);

const PAGE_SIZE = 10;
const dateFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium' });

function formatDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : dateFormat.format(d);
}

/** Where a hit opens in this client: a detail page where the kind has one, else its column page. */
const HIT_PAGES: Record<string, (id: string) => string> = {
  policy: (id) => `/policy/${id}`,
  serviceProduct: (id) => `/services/${id}`,
  activity: (id) => `/activities/${id}`,
  institution: (id) => `/institutions/${id}`,
  financingProduct: () => '/financing',
  startupResource: () => '/entrepreneurship',
};

export function hitPath(hit: { kind: string; id: string }): string | null {
  return Object.hasOwn(HIT_PAGES, hit.kind) ? HIT_PAGES[hit.kind]!(encodeURIComponent(hit.id)) : null;
}

/** Builds a /search URL from its parameters (empty values dropped). */
export function searchHref(params: { q: string; exact?: boolean; within?: readonly string[]; filters?: Record<string, readonly string[]> }): string {
  const u = new URLSearchParams();
  u.set('q', params.q);
  if (params.exact) u.set('exact', '1');
  for (const w of params.within ?? []) u.append('within', w);
  for (const [name, values] of Object.entries(params.filters ?? {})) for (const v of values) u.append(name, v);
  return `/search?${u.toString()}`;
}

function readFilters(query: URLSearchParams): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of Object.values(FACET_PARAMS)) {
    const values = query.getAll(name).filter(Boolean);
    if (values.length) out[name] = values;
  }
  return out;
}

function SearchBox({
  initial,
  previous,
  within,
  filters,
}: {
  initial: string;
  previous: string;
  within: readonly string[];
  filters: Record<string, string[]>;
}) {
  const [text, setText] = useState(initial);
  const [debounced, setDebounced] = useState('');
  const [open, setOpen] = useState(false);
  const [refine, setRefine] = useState(false);
  const [active, setActive] = useState(-1);
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const listId = `suggest-${id}`;

  useEffect(() => {
    const t = window.setTimeout(() => setDebounced(text.trim().slice(0, 30)), 250);
    return () => window.clearTimeout(t);
  }, [text]);

  const showSuggestions = open && !!debounced && debounced !== initial;
  const { data } = useQuery(SearchSuggestQuery, { variables: { prefix: debounced }, skip: !showSuggestions });
  const suggestions = showSuggestions ? (data?.searchSuggest ?? []).filter((s) => s.text !== text) : [];
  const activeIndex = active < suggestions.length ? active : -1;

  function go(q: string) {
    const query = q.trim();
    if (!query) return;
    setOpen(false);
    setActive(-1);
    // 在结果中搜索: the current query joins the earlier ones the new one must also match (at most 5).
    const nextWithin = refine && previous ? [...within, previous].slice(-5) : [];
    navigate(searchHref({ q: query, within: nextWithin, filters: refine ? filters : {} }));
  }

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    go(text);
  }

  return (
    <form className="search-box" role="search" aria-label="站内搜索" onSubmit={submit}>
      <div className="search-box__row">
        <label htmlFor={`q-${id}`} className="visually-hidden">
          搜索关键词
        </label>
        <input
          id={`q-${id}`}
          type="search"
          name="q"
          value={text}
          maxLength={100}
          placeholder="输入关键词，支持拼音、简拼，如 zjtx"
          autoComplete="off"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={suggestions.length > 0}
          aria-controls={listId}
          aria-activedescendant={activeIndex >= 0 ? `${listId}-${activeIndex}` : undefined}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setOpen(false);
              setActive(-1);
            } else if (e.key === 'ArrowDown' && suggestions.length) {
              e.preventDefault();
              setActive((activeIndex + 1) % suggestions.length);
            } else if (e.key === 'ArrowUp' && suggestions.length) {
              e.preventDefault();
              setActive(activeIndex <= 0 ? suggestions.length - 1 : activeIndex - 1);
            } else if (e.key === 'Enter' && activeIndex >= 0) {
              const chosen = suggestions[activeIndex];
              if (chosen) {
                e.preventDefault();
                setText(chosen.text);
                go(chosen.text);
              }
            }
          }}
        />
        <button type="submit" className="button button--primary">
          搜索
        </button>
      </div>
      <ul id={listId} className="search-suggest" role="listbox" aria-label="搜索建议" hidden={!suggestions.length}>
        {suggestions.map((s, i) => (
          // Options are chosen with the pointer (mousedown keeps focus in the box) or with arrows + Enter in the box.
          <li
            key={`${s.source}-${s.text}`}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === activeIndex}
            className="search-suggest__item"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              setText(s.text);
              go(s.text);
            }}
          >
            {s.text}
          </li>
        ))}
      </ul>
      {previous ? (
        <label className="search-box__refine">
          <input type="checkbox" checked={refine} onChange={(e) => setRefine(e.target.checked)} /> 在结果中搜索
          {within.length ? <span className="hint">（已限定：{[...within, previous].join(' → ')}）</span> : null}
        </label>
      ) : null}
    </form>
  );
}

function HitItem({ hit }: { hit: Hit | SearchCard }) {
  const to = hitPath(hit);
  const title = 'titleHighlight' in hit ? <Highlight html={hit.titleHighlight} /> : hit.title;
  const date = 'date' in hit ? formatDate(hit.date) : null;
  return (
    <article className="search-hit">
      <p className="search-hit__meta">
        <span className="tag">{hit.kindLabel}</span>
        {hit.institution ? <span className="search-hit__institution">提供机构：{hit.institution.name}</span> : null}
        {date ? <time dateTime={'date' in hit ? (hit.date ?? undefined) : undefined}>{date}</time> : null}
      </p>
      <h3 className="search-hit__title">{to ? <Link to={to}>{title}</Link> : title}</h3>
      {hit.highlight ? (
        <p className="search-hit__excerpt">
          <Highlight html={hit.highlight} />
        </p>
      ) : null}
    </article>
  );
}

type SearchCard = {
  id: string;
  kind: string;
  kindLabel: string;
  title: string;
  highlight: string;
  url?: string | null;
  institution?: { id: string; name: string } | null;
};

function Results({ input, q, exact, within, filters }: { input: SearchInput; q: string; exact: boolean; within: string[]; filters: Record<string, string[]> }) {
  const query = useQuery(SearchPageQuery, { variables: { input }, fetchPolicy: 'cache-and-network' });
  const { data, loading, error, refetch } = query;
  // Later pages come from the lighter SearchMore; the cache (lib/pagination.ts) appends their hits to this search.
  const loadMoreControl = useFetchMore(query, data?.search.hits, (after) => ({ query: SearchMoreQuery, variables: { input: { ...input, after } } }));
  const [filtersOpen, setFiltersOpen] = useState(false);

  if (loading && !data) return <Loading label="正在搜索…" />;
  if (error && !data) return <ErrorState message={`搜索失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  if (!data) return null;
  const s = data.search;
  const u = s.understanding;
  const hits: readonly Hit[] = s.hits.nodes;

  function toggleFacet(param: string, value: string) {
    const current = filters[param] ?? [];
    const nextValues = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    navigate(searchHref({ q, exact, within, filters: { ...filters, [param]: nextValues } }));
  }

  const shown = u.converted && !exact ? u.converted : u.autoRewritten && u.corrected && !exact ? u.corrected : null;
  const facets = s.facets.filter((f) => FACET_PARAMS[f.field] && f.buckets.length);
  const activeFilters = Object.values(filters).some((v) => v.length);

  return (
    <div className="search-layout">
      <div className="search-layout__main">
        {shown ? (
          <p className="notice" data-testid="search-rewritten">
            已为您显示「<strong>{shown}</strong>」的结果，仍搜索「
            <Link to={searchHref({ q, exact: true, within, filters })}>{u.original}</Link>」
          </p>
        ) : null}
        {u.didYouMean ? (
          <p className="notice" data-testid="search-did-you-mean">
            您是不是要找「<Link to={searchHref({ q: u.didYouMean, within, filters })}>{u.didYouMean}</Link>」
          </p>
        ) : null}
        {u.expansions.length && !exact ? (
          <p className="hint">已同时搜索：{u.expansions.map((x) => `${x.phrase}（${x.terms.join('、')}）`).join('；')}</p>
        ) : null}

        {s.serviceCards.length ? (
          <section aria-labelledby="service-cards-title" className="service-cards">
            <h2 id="service-cards-title">推荐服务</h2>
            <ul className="card-grid">
              {s.serviceCards.map((c) => (
                <li key={c.id} className="card">
                  <HitItem hit={c} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <h2 className="search-count" aria-live="polite">
          找到{s.approximate ? '约' : ''} {s.totalCount} 条结果
        </h2>
        {hits.length ? (
          <ol className="search-hits">
            {hits.map((h, i) => (
              <li key={`${h.id}-${i}`}>
                <HitItem hit={h} />
              </li>
            ))}
          </ol>
        ) : (
          <EmptyState title="没有找到相关结果">
            <p>{activeFilters ? '请减少筛选条件，或' : '请'}尝试更换关键词、使用更通用的词语。</p>
          </EmptyState>
        )}
        {loadMoreControl}
        {s.related.length ? (
          <nav aria-label="相关搜索" className="search-related">
            <h2>相关搜索</h2>
            <ul className="tags">
              {s.related.map((r) => (
                <li key={r}>
                  <Link to={searchHref({ q: r })} className="tag">
                    {r}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
      {facets.length || activeFilters ? (
        <aside className={`search-layout__side${filtersOpen ? ' search-layout__side--open' : ''}`} aria-label="筛选">
          {/* Phones: the filters sit above the results, folded behind this button. */}
          <button
            type="button"
            className="button button--secondary search-filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="search-filters"
            onClick={() => setFiltersOpen((o) => !o)}
          >
            筛选{activeFilters ? `（已选 ${Object.values(filters).reduce((n, v) => n + v.length, 0)}）` : ''}
          </button>
          <div id="search-filters" className="search-filters">
            {activeFilters ? (
              <p>
                <Link to={searchHref({ q, exact, within })}>清除全部筛选</Link>
              </p>
            ) : null}
            {facets.map((f) => {
              const param = FACET_PARAMS[f.field]!;
              return (
                <section key={f.field} className="facet">
                  <h2 className="facet__title">{FACET_LABELS[f.field]}</h2>
                  <ul>
                    {f.buckets.map((b) => {
                      const active = (filters[param] ?? []).includes(b.value);
                      return (
                        <li key={b.value}>
                          <button type="button" className="facet__item" aria-pressed={active} onClick={() => toggleFacet(param, b.value)}>
                            <span>{b.label}</span>
                            <span className="facet__count">{b.count}</span>
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                </section>
              );
            })}
          </div>
        </aside>
      ) : null}
    </div>
  );
}

export function SearchPage() {
  const { query } = useLocation();
  const q = (query.get('q') ?? '').trim();
  const exact = query.get('exact') === '1';
  const within = query.getAll('within').filter(Boolean).slice(0, 5);
  const filters = readFilters(query);
  usePageTitle(q ? `搜索：${q}` : '搜索');

  const input: SearchInput = { query: q, first: PAGE_SIZE };
  if (exact) input.exact = true;
  if (within.length) input.within = within;
  if (filters.kinds) input.kinds = filters.kinds;
  if (filters.columns) input.columns = filters.columns as ServiceColumn[];
  if (filters.types) input.types = filters.types;
  if (filters.departments) input.departments = filters.departments;
  if (filters.regions) input.regions = filters.regions;
  if (filters.industries) input.industries = filters.industries;
  const key = JSON.stringify(input);

  return (
    <div className="container page">
      <h1>搜索</h1>
      <SearchBox key={`${q}|${within.join('|')}`} initial={q} previous={q} within={within} filters={filters} />
      {q ? (
        <Results key={key} input={input} q={q} exact={exact} within={within} filters={filters} />
      ) : (
        <EmptyState title="请输入关键词">
          <p>可跨栏目检索政策、服务产品与服务机构，支持拼音和简拼（如 zjtx）。</p>
        </EmptyState>
      )}
    </div>
  );
}
