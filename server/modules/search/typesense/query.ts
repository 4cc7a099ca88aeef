import type { EngineQuery, FacetField } from '../engine.js';

/** Typesense refuses query strings over 4,000 characters; searches go by POST, this checks what is left. */
export const MAX_QUERY_STRING = 4_000;
export const MAX_PER_PAGE = 250;
export const MAX_SORT_FIELDS = 3;

export const FACET_TS: Record<FacetField, string> = {
  kind: 'kind',
  column: 'columns',
  type: 'type',
  department: 'department',
  region: 'regions',
  industry: 'industries',
  site: 'site_id',
};

/**
 * A filter value Typesense reads as written: inside backticks nothing is an operator, but a backtick or a
 * trailing backslash ends the value early, a trailing `*` makes it a prefix match, surrounding quotes change
 * its meaning, and an empty value is a syntax error. Codes and ids never contain these: refuse them.
 */
export function safeValue(s: string): boolean {
  return s.length > 0 && s.length <= 200 && !/[`\\]/.test(s) && !s.endsWith('*') && !/^["']|["']$/.test(s);
}

const quote = (s: string) => `\`${s}\``;

/** `field:=[values]` with unsafe values left out; null when none is left (the filter can match nothing). */
function inList(field: string, values: readonly string[], op = ':='): string | null {
  const ok = values.filter(safeValue);
  return ok.length ? `${field}${op}[${ok.map(quote).join(',')}]` : null;
}

/** Matches nothing: used when every value of a requested filter was refused. */
const NOTHING = 'id:=`-`';

/** The facet and date filters (AND). */
export function facetFilter(q: EngineQuery): string[] {
  const f = q.filters;
  const parts: string[] = [];
  const add = (field: string, values: readonly string[] | undefined) => {
    if (values?.length) parts.push(inList(field, values) ?? NOTHING);
  };
  add('site_id', f.siteIds);
  const excluded = f.excludeRefIds?.length ? inList('ref_id', f.excludeRefIds, ':!=') : null;
  if (excluded) parts.push(excluded);
  add('kind', f.kinds);
  add('columns', f.columns);
  add('type', f.types);
  add('department', f.departments);
  add('regions', f.regions);
  add('industries', f.industries);
  if (f.dateFrom) parts.push(`published_at:>=${Math.floor(f.dateFrom.getTime() / 1000)}`);
  if (f.dateTo) parts.push(`published_at:<${Math.floor(f.dateTo.getTime() / 1000)}`);
  if (f.service !== undefined) parts.push(`service:=${f.service}`);
  return parts;
}

/** A group (OR of words) as a word-level filter over the searched fields: `(title:[a,b] || body:[a,b])`. */
function groupFilter(group: readonly string[], fields: readonly string[]): string | null {
  const words = [...new Set(group)];
  const per = fields.map((field) => inList(field, words, ':')).filter(Boolean);
  return per.length ? (per.length === 1 ? per[0]! : `(${per.join(' || ')})`) : null;
}

/**
 * Boosts that add up like the PostgreSQL score (eligible 0.6, region 0.15, industry 0.15, in force 0.1 plus 0.7
 * for not being expired, not an institution 0.4, in twentieths): `_eval` with a list takes the first matching condition's score, so the list holds every
 * combination of the conditions, highest sum first.
 */
export function boostEval(q: EngineQuery): string {
  const conds: { expr: string; weight: number }[] = [];
  const eligible = q.boost?.eligible?.length
    ? inList(
        'id',
        q.boost.eligible.map((id) => `policy:${id}`),
      )
    : null;
  if (eligible) conds.push({ expr: eligible, weight: 12 });
  const regions = q.boost?.regions.length ? inList('regions', q.boost.regions) : null;
  if (regions) conds.push({ expr: regions, weight: 3 });
  const industries = q.boost?.industries.length ? inList('industries', q.boost.industries) : null;
  if (industries) conds.push({ expr: industries, weight: 3 });
  // As in PostgreSQL: expired versions fall below in-force ones (0.8) unless the query asks for history, and
  // institutions below documents (0.4) unless the query names one.
  conds.push({ expr: 'in_force:=true', weight: q.history ? 2 : 16 });
  if (q.documentsFirst) conds.push({ expr: 'kind:!=[`institution`]', weight: 8 });
  const combos: { expr: string; weight: number }[] = [];
  for (let mask = 1; mask < 1 << conds.length; mask++) {
    const picked = conds.filter((_, i) => mask & (1 << i));
    combos.push({ expr: picked.map((c) => c.expr).join(' && '), weight: picked.reduce((s, c) => s + c.weight, 0) });
  }
  combos.sort((a, b) => b.weight - a.weight);
  return `_eval([ ${combos.map((c) => `(${c.expr}):${c.weight}`).join(', ')} ])`;
}

/**
 * One search of `POST /multi_search`. The boolean query is a word-level filter (AND of groups, OR within a
 * group; OR of everything when relaxed), so the server's token dropping cannot change which documents match;
 * `q` holds the words every match has (single-word groups) plus the optional words, for text-match ranking,
 * with token dropping so that documents missing an optional word still rank. Typo tolerance, prefix search,
 * split/join of tokens and highlighting are off: understanding corrects, and the service highlights.
 */
export function searchParams(q: EngineQuery, collection: string): Record<string, string | number | boolean> {
  if (q.limit > MAX_PER_PAGE) throw new Error(`typesense: per_page ${q.limit} is over ${MAX_PER_PAGE}`);
  const fields = q.filters.titleOnly ? ['title'] : ['title', 'body'];
  const groups = q.groups.filter((g) => g.length);
  const filters = facetFilter(q);
  if (groups.length) {
    const each = groups.map((g) => groupFilter(g, fields) ?? NOTHING);
    filters.push(q.anyGroup ? `(${each.join(' || ')})` : each.join(' && '));
  }
  const required = q.anyGroup ? [] : groups.filter((g) => g.length === 1).map((g) => g[0]);
  // Every match has the first required word, so dropping tokens from the right never loses one; without a
  // required word the filter alone decides and `q` is `*`.
  const words = required.length ? [...new Set([...required, ...(q.optional ?? []).flat()])].filter(safeValue) : [];
  const textRank = words.length ? '_text_match(buckets: 10):desc' : null;
  const sortBy = q.sort === 'DATE' ? ['published_at:desc'] : [textRank, `${boostEval(q)}:desc`, 'popularity:desc'].filter((s): s is string => !!s);
  const params: Record<string, string | number | boolean> = {
    collection,
    q: words.length ? words.join(' ') : '*',
    query_by: fields.join(','),
    ...(fields.length > 1 ? { query_by_weights: '4,1' } : {}),
    pre_segmented_query: true,
    num_typos: '0',
    typo_tokens_threshold: 0,
    prefix: 'false',
    split_join_tokens: 'off',
    drop_tokens_threshold: words.length > 1 ? 1_000_000 : 0,
    drop_tokens_mode: 'right_to_left',
    highlight_fields: 'none',
    enable_highlight_v1: false,
    sort_by: sortBy.join(','),
    offset: q.offset,
    limit: q.limit,
    include_fields: 'kind,ref_id,site_id,columns,title_raw,excerpt,url,published_at',
  };
  if (filters.length) params.filter_by = filters.join(' && ');
  if (q.facets.length) {
    params.facet_by = q.facets.map((f) => FACET_TS[f]).join(',');
    params.max_facet_values = 30;
  }
  return params;
}

/** Titles starting with a prefix (segmented), most popular first. */
export function suggestParams(tokens: string, siteIds: string[], limit: number, collection: string): Record<string, string | number | boolean> {
  return {
    collection,
    q: tokens,
    query_by: 'title',
    prefix: 'true',
    pre_segmented_query: true,
    num_typos: '0',
    split_join_tokens: 'off',
    highlight_fields: 'none',
    enable_highlight_v1: false,
    sort_by: '_text_match:desc,popularity:desc',
    limit: Math.min(limit, MAX_PER_PAGE),
    include_fields: 'title_raw',
    filter_by: inList('site_id', siteIds) ?? NOTHING,
  };
}
