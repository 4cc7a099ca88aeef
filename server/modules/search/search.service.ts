import { industryName, industrySection } from '../../common/codes/industries.js';
import { regionAncestors, regionName } from '../../common/codes/regions.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, fail } from '../../common/errors.js';
import { fromGlobalId, toGlobalId } from '../../common/ids.js';
import { mutation } from '../../common/mutation.js';
import { connectionOf, pageOf } from '../../common/relay.js';
import { pgArray } from '../../db/sql.js';
import { SERVICE_COLUMN_LABELS, type ServiceColumn } from '../../common/service-column.js';
import { highlight, snippet } from './document.js';
import type { EngineHit, EngineQuery, EngineResult, FacetField, SearchEngine, SearchFilters } from './engine.js';
import { FACET_FIELDS } from './engine.js';
import { engineFor } from './engines.js';
import { MAX_FILTER_VALUES, MAX_WITHIN, type SearchInput, SearchSiteScope, SearchSort } from './search.inputs.js';
import type { SearchFacetField, SearchHit, SearchResult, SearchSuggestion } from './search.types.js';
import { SuggestionSource } from './search.types.js';
import { segmentQuery } from './segment.js';
import type { Lexicon } from './lexicon.js';
import { type QueryGroups, type Understanding, coreGroups, normalize, understand } from './understand.js';
import { provinceOnlyIds, siteScope } from '../site/index.js';

/** The typed query "finds little" below this many hits: a correction is then applied automatically. */
export const FEW_HITS = 3;
const MAX_PAGE = 50;
const SERVICE_CARDS = 3;

async function understandingOf(ctx: Ctx, query: string, exact: boolean): Promise<Understanding> {
  const { lexicon, concepts } = await ctx.services.lexicon.state(ctx.em);
  return understand(query, { lexicon, concepts, segment: segmentQuery }, { exact });
}

/** Eligible policies boosted per search: the best-ranked of the enterprise's matches (policy matching's order). */
const MAX_ELIGIBLE = 100;

/**
 * The viewer's enterprise profile for ranking (Q4): its region (and the enclosing regions), its industry (and
 * section), and the policies it is eligible for according to policy matching (published, in force, every
 * condition met). Anonymous viewers and accounts without an enterprise get no boost.
 */
async function profileBoost(ctx: Ctx): Promise<EngineQuery['boost']> {
  const id = ctx.viewer?.enterpriseId;
  if (!id) return undefined;
  const provider = ctx.extensions.searchProfiles[0];
  const profile = provider && (await provider(ctx, id, MAX_ELIGIBLE));
  if (!profile) return undefined;
  const section = industrySection(profile.industryCode);
  return {
    regions: regionAncestors(profile.regionCode),
    industries: [profile.industryCode, ...(section ? [section] : [])],
    eligible: profile.eligiblePolicyIds,
  };
}

function checkList(field: string, values: readonly string[] | null | undefined): string[] | undefined {
  if (!values?.length) return undefined;
  if (values.length > MAX_FILTER_VALUES || values.some((v) => typeof v !== 'string' || v.length > 100)) {
    fail(ErrorCode.INVALID, field, `筛选条件最多${MAX_FILTER_VALUES}项`);
  }
  return [...new Set(values)];
}

async function filtersOf(ctx: Ctx, input: SearchInput): Promise<SearchFilters> {
  if (input.dateFrom && input.dateTo && input.dateFrom > input.dateTo) fail(ErrorCode.INVALID, 'dateTo', '结束日期不能早于开始日期');
  const group = input.siteScope === SearchSiteScope.GROUP;
  const site = siteScope(ctx, { ownOnly: input.siteScope === SearchSiteScope.OWN });
  return {
    siteIds: group ? ctx.sites.all().map((s) => s.id) : site.ids,
    excludeRefIds: group ? undefined : await provinceOnlyIds(ctx, site),
    kinds: checkList('kinds', input.kinds),
    columns: checkList('columns', input.columns),
    types: checkList('types', input.types),
    departments: checkList('departments', input.departments),
    regions: checkList('regions', input.regions),
    industries: checkList('industries', input.industries),
    dateFrom: input.dateFrom ?? null,
    dateTo: input.dateTo ?? null,
    titleOnly: !!input.titleOnly,
  };
}

function facetLabel(ctx: Ctx, field: FacetField, value: string, typeLabels: Map<string, string>): string {
  switch (field) {
    case 'kind':
      return ctx.extensions.searchSources.find((s) => s.kind === value)?.label ?? value;
    case 'column':
      return SERVICE_COLUMN_LABELS[value as ServiceColumn] ?? value;
    case 'type':
      return typeLabels.get(value) ?? value;
    case 'region':
      return regionName(value) ?? value;
    case 'industry':
      return industryName(value) ?? value;
    case 'site':
      return ctx.sites.byId(value)?.name ?? value;
    default:
      return value;
  }
}

function toHit(ctx: Ctx, h: EngineHit, words: string[]): SearchHit {
  const source = ctx.extensions.searchSources.find((s) => s.kind === h.kind);
  return {
    kind: h.kind,
    kindLabel: source?.label ?? h.kind,
    id: toGlobalId(source?.graphqlType ?? h.kind, h.refId),
    title: h.title,
    titleHighlight: highlight(h.title, words),
    highlight: snippet(h.excerpt, words),
    url: h.url,
    site: ctx.sites.byId(h.siteId) ?? null,
    date: h.date,
    score: Math.round(h.score * 10_000) / 10_000,
    refId: h.refId,
  };
}

/**
 * Uuid of the institution offering a hit's object, for kinds whose source says where it is stored
 * (`SearchSource.institutionOf`); null for other kinds. All hits of a request are read in one statement.
 */
export function hitInstitutionId(ctx: Ctx, hit: Pick<SearchHit, 'kind' | 'refId'>): Promise<string | null> {
  if (!ctx.extensions.searchSources.some((s) => s.kind === hit.kind && s.institutionOf)) return Promise.resolve(null);
  return ctx.loaders
    .get<string, string>('searchHitInstitution', async (keys) => {
      const byKind = new Map<string, string[]>();
      for (const key of keys) {
        const [kind, refId] = key.split(':');
        byKind.set(kind, [...(byKind.get(kind) ?? []), refId]);
      }
      const parts: string[] = [];
      const params: unknown[] = [];
      for (const [kind, refIds] of byKind) {
        const of = ctx.extensions.searchSources.find((s) => s.kind === kind)!.institutionOf!;
        parts.push(`select ?::text || ':' || id::text as key, ${of.column}::text as "institutionId" from ${of.table} where id = any(?::uuid[])`);
        params.push(kind, pgArray(refIds));
      }
      const rows = await ctx.em.execute<{ key: string; institutionId: string | null }[]>(parts.join(' union all '), params);
      const found = new Map(rows.map((r) => [r.key, r.institutionId]));
      return keys.map((k) => found.get(k) ?? null);
    })
    .load(`${hit.kind}:${hit.refId}`);
}

const wordsOf = (groups: QueryGroups) => [...new Set(groups.flat())];
const textOf = (u: Understanding) => u.corrected ?? u.converted ?? u.normalized;

async function relatedSearches(ctx: Ctx, u: Understanding, groups: QueryGroups): Promise<string[]> {
  const words = groups
    .map((g) => g[0])
    .filter((w) => [...w].length >= 2)
    .slice(0, 3);
  if (!words.length) return [];
  const self = textOf(u);
  const rows = await ctx.em.execute<{ query: string }[]>(
    // among the 5,000 most searched queries only: related searches are popular ones, and a 2-character word
    // has no index to find it inside a query, so the scan is bounded instead of growing with the log
    `select query from (select query, searches, last_hits from search_query_stat where site_id = any(?::uuid[]) order by searches desc limit 5000) s
      where last_hits > 0 and query <> ? and query like any(?::text[])
      order by searches desc limit 8`,
    [pgArray(ctx.sites.scope(ctx.site.id)), self, pgArray(words.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`))],
  );
  const out = rows.map((r) => r.query);
  const { lexicon } = await ctx.services.lexicon.state(ctx.em);
  for (const w of words) {
    for (const e of lexicon.prefixed('term', w, 6)) if (e.term !== w && e.term !== self && !out.includes(e.term)) out.push(e.term);
    for (const e of groups.find((g) => g[0] === w)?.slice(1) ?? []) if (!out.includes(e)) out.push(e);
  }
  return out.slice(0, 8);
}

export interface Execution {
  result: EngineResult;
  /** The groups actually searched (typed or corrected). */
  groups: QueryGroups;
  autoRewritten: boolean;
  relaxed: boolean;
}

/** 历史, 旧版, 原来的, or a year before this one: the query wants past versions too. */
export function asksForHistory(u: Understanding): boolean {
  const text = u.normalized;
  if (/历史|旧版|老版|以前的|原来的|往年|废止|失效|过期/.test(text)) return true;
  const year = new Date().getUTCFullYear();
  return [...text.matchAll(/(19|20)\d\d/g)].some((m) => Number(m[0]) < year - 1);
}

const INSTITUTION_WORDS = /机构|有限公司|担保公司|中心|银行|律师|律所|事务所|协会|服务商|代理公司|服务平台/;
/** The query names an institution or a service provider: institutions compete with documents then. */
export function namesInstitution(u: Understanding): boolean {
  return INSTITUTION_WORDS.test(u.corrected ?? u.converted ?? u.normalized) && !u.expansions.some((e) => INSTITUTION_WORDS.test(e.phrase));
}

/**
 * The search pipeline after understanding: the typed (pinyin-converted) query first; the corrected one when
 * the typed one finds fewer than FEW_HITS; documents matching any word when none match all.
 */
export async function executeSearch(
  engine: SearchEngine,
  u: Understanding,
  withinGroups: QueryGroups,
  base: Omit<EngineQuery, 'groups' | 'phrase' | 'anyGroup'>,
  lexicon?: Lexicon,
): Promise<Execution> {
  base = { ...base, history: asksForHistory(u), documentsFirst: !namesInstitution(u) };
  const run = (groups: QueryGroups, phrase: string, anyGroup = false) => engine.search({ ...base, groups: [...groups, ...withinGroups], phrase, anyGroup });
  let groups = u.groups;
  let result = await run(groups, u.converted ?? u.normalized);
  let autoRewritten = false;
  if (u.correctedGroups && result.total < FEW_HITS) {
    const corrected = await run(u.correctedGroups, u.corrected!);
    if (corrected.total > result.total) {
      result = corrected;
      groups = u.correctedGroups;
      autoRewritten = true;
    }
  }
  let relaxed = false;
  // Few or no documents have every word: the topic words stay required and the rest only rank (the page is
  // filled after the documents that have every word).
  // Decided the same way on every page (the strict total does not depend on the page), so paging stays in one set.
  if (result.total < base.limit - 1 && groups.length > 1 && lexicon) {
    const core = coreGroups(groups, lexicon);
    if (core.length && core.length < groups.length) {
      const optional = groups.filter((g) => !core.includes(g));
      // One ranked query (the documents with every word score the optional words too): scores in order, and
      // the total is the count of the set shown.
      const kept = await engine.search({ ...base, groups: [...core, ...withinGroups], optional, phrase: textOf(u) });
      if (kept.total > result.total) {
        result = kept;
        relaxed = true;
      }
    }
  }
  if (result.total === 0 && groups.length + withinGroups.length > 1 && !base.filters.titleOnly) {
    const loose = await run(groups, textOf(u), true);
    if (loose.total > 0) {
      result = loose;
      relaxed = true;
    }
  }
  return { result, groups, autoRewritten, relaxed };
}

export async function search(ctx: Ctx, input: SearchInput): Promise<SearchResult> {
  const raw = input.query ?? '';
  if ([...raw].length > 200) fail(ErrorCode.TOO_LONG, 'query', '搜索词不能超过100个字');
  const first = input.first ?? 10;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) fail(ErrorCode.INVALID, 'first', `每页数量应在 1 到 ${MAX_PAGE} 之间`);
  const page = pageOf({ first, after: input.after });
  const within = input.within ?? [];
  if (within.length > MAX_WITHIN) fail(ErrorCode.INVALID, 'within', `二次检索最多${MAX_WITHIN}层`);
  const exact = !!input.exact;
  const filters = await filtersOf(ctx, input);
  const { lexicon } = await ctx.services.lexicon.state(ctx.em);
  const u = await understandingOf(ctx, raw, exact);
  const withinGroups: QueryGroups = [];
  for (const w of within) {
    const wu = await understandingOf(ctx, String(w ?? ''), exact);
    withinGroups.push(...(wu.correctedGroups ?? wu.groups));
  }
  const engine = engineFor(ctx.em, ctx.services);
  const boost = await profileBoost(ctx);
  const base = {
    filters,
    facets: FACET_FIELDS,
    sort: input.sort === SearchSort.DATE ? ('DATE' as const) : ('RELEVANCE' as const),
    limit: page.limit + 1,
    offset: page.offset,
    boost,
  };
  const { result, groups, autoRewritten, relaxed } = await executeSearch(engine, u, withinGroups, base, lexicon);

  const words = wordsOf([...groups, ...withinGroups]);
  const typeLabels = new Map(ctx.extensions.searchSources.flatMap((s) => Object.entries(s.typeLabels ?? {})));
  const hits = result.hits.map((h) => toHit(ctx, h, words));

  let serviceCards: SearchHit[] = [];
  if (u.serviceIntent && page.offset === 0) {
    const cardQuery = { ...base, facets: [], limit: SERVICE_CARDS, offset: 0, sort: 'RELEVANCE' as const };
    const cardFilters = { siteIds: filters.siteIds, service: true };
    let cards = await engine.search({ ...cardQuery, groups, anyGroup: true, filters: cardFilters });
    if (!cards.hits.length && u.intentColumns.length) {
      cards = await engine.search({ ...cardQuery, groups: [], filters: { ...cardFilters, columns: u.intentColumns } });
    }
    serviceCards = cards.hits.map((h) => toHit(ctx, h, words));
  }

  // Written behind the response (search.log.ts): the search pays no SQL for its statistics.
  ctx.services.queryLog.record(ctx, autoRewritten ? u.corrected! : (u.converted ?? u.normalized), result.total);

  return {
    understanding: {
      original: u.original,
      normalized: u.normalized,
      pinyin: u.pinyin,
      converted: u.converted,
      pinyinCandidates: u.pinyinCandidates,
      corrected: u.corrected,
      corrections: u.corrections,
      didYouMean: u.corrected && !autoRewritten ? u.corrected : null,
      autoRewritten,
      expansions: u.expansions,
      relaxed,
      serviceIntent: u.serviceIntent,
    },
    totalCount: result.total,
    approximate: result.approximate,
    facets: result.facets.map((f) => ({
      field: f.field as SearchFacetField,
      buckets: f.buckets.map((b) => ({ ...b, label: facetLabel(ctx, f.field, b.value, typeLabels) })),
    })),
    hits: connectionOf(hits, page, async () => result.total),
    serviceCards,
    related: await relatedSearches(ctx, u, groups),
  };
}

/** Keyword recommendations for a prefix: Chinese prefix, full-pinyin prefix or initials (Q3). */
export async function suggest(ctx: Ctx, prefix: string, first: number): Promise<SearchSuggestion[]> {
  const limit = Math.min(Math.max(first, 1), 20);
  const p = normalize(prefix).replace(/ /g, '');
  if (!p || [...p].length > 30) return [];
  const out: SearchSuggestion[] = [];
  const seen = new Set<string>();
  const add = (text: string, source: SuggestionSource) => {
    if (out.length >= limit || seen.has(text)) return;
    seen.add(text);
    out.push({ text, source });
  };
  const { lexicon } = await ctx.services.lexicon.state(ctx.em);
  if (/^[a-z]+$/.test(p)) {
    for (const e of lexicon.prefixed('initials', p, limit)) if (e.term.length >= 2 && p.length >= 2) add(e.term, SuggestionSource.TERM);
    for (const e of lexicon.prefixed('pinyin', p, limit)) add(e.term, SuggestionSource.TERM);
    return out;
  }
  const like = `${p.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const queries = await ctx.em.execute<{ query: string }[]>(
    `select query from search_query_stat where query like ? and last_hits > 0 and site_id = any(?::uuid[])
      order by searches desc limit ?`,
    [like, pgArray(ctx.sites.scope(ctx.site.id)), limit],
  );
  for (const q of queries) if (q.query !== p) add(q.query, SuggestionSource.QUERY);
  for (const e of lexicon.prefixed('term', p, limit)) if (e.term !== p) add(e.term, SuggestionSource.TERM);
  if (out.length < limit) {
    for (const t of await engineFor(ctx.em, ctx.services).suggest(p, siteScope(ctx).ids, limit)) add(t, SuggestionSource.TITLE);
  }
  return out;
}

/** Counts a click on a hit (popularity) against the query's statistics; nothing about the person is kept. */
export function recordClick(ctx: Ctx, hitId: string, query: string) {
  return mutation(ctx, async (em) => {
    const raw = Buffer.from(String(hitId ?? ''), 'base64url').toString('utf8');
    const type = raw.slice(0, Math.max(raw.indexOf(':'), 0));
    const source = ctx.extensions.searchSources.find((s) => s.graphqlType === type);
    const refId = source ? fromGlobalId(hitId, type) : null;
    if (!source || !refId) fail(ErrorCode.NOT_FOUND, 'hitId', '搜索结果不存在');
    const q = normalize(query);
    if (!q) fail(ErrorCode.REQUIRED, 'query', '请提供搜索词');
    await ctx.services.queryLog.flush(ctx.em); // the searched query's statistics row, to count the click against
    await em.execute('insert into search_click (site_id, query, kind, ref_id) values (?, ?, ?, ?)', [ctx.site.id, q, source.kind, refId]);
    await em.execute('update search_query_stat set clicks = clicks + 1 where site_id = ? and query = ?', [ctx.site.id, q]);
    await engineFor(em, ctx.services).recordClick({ kind: source.kind, refId });
    return { counted: true };
  });
}
