import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../../db/sql.js';
import { excerptOf, fingerprintOf, lexeme, tsqueryLiteral, tsvectorLiteral } from './document.js';
import type { DocKey, EngineHit, EngineQuery, EngineResult, FacetCount, FacetField, Fingerprint, SearchDocument, SearchEngine } from './engine.js';

/**
 * At most this many matches are ranked. FACTS: a term in 145k of 1M documents took 337 ms to rank fully
 * and 12 ms capped at 2,000. Beyond the cap the result says it is approximate: ranked among the first matches,
 * with total and facets from the words' counts where the filters allow (exact for one word), else estimated.
 * QIFU_SEARCH_CANDIDATES changes it (bench/search.ts: 1,000 halves the cost of broad terms).
 */
export const CANDIDATE_CAP = Math.max(100, Number(process.env.QIFU_SEARCH_CANDIDATES) || 2000);
/** QIFU_SEARCH_POSTINGS=off ranks every query through the GIN index (comparison, diagnosis). */
const POSTINGS = process.env.QIFU_SEARCH_POSTINGS !== 'off';
/** Added to policies the signed-in enterprise is eligible for: more than every other signal but text relevance. */
export const ELIGIBLE_BOOST = 0.6;
/** Subtracted from expired documents (when the query does not ask for history) and from institutions. */
export const EXPIRED_PENALTY = 0.8;
export const INSTITUTION_PENALTY = 0.4;

interface Combo {
  kind: string;
  type: string | null;
  department: string | null;
  site: string;
  columns: string[];
  regions: string[];
  industries: string[];
  n: number;
}

interface Row {
  n: number;
  /** The postings of an OR: some word has more postings than were read (the result is approximate). */
  full?: boolean;
  /** The planner's estimate of the matches, when approximate. */
  estimate?: number;
  hits: (Omit<EngineHit, 'date'> & { date: string | null })[] | null;
  combos: Combo[] | null;
}

/** Where a search's candidates come from (see postingCandidates, documentCandidates). */
interface Candidates {
  /** CTEs written before the page, each followed by a comma; their parameters are already in `params`. */
  ctes: string;
  /** A FROM item of candidates (kind, ref_id, published_at, facet_key, score), written where it is used. */
  from: (params: unknown[], use: 'page' | 'groups') => string;
  /** SQL: more matches than were ranked (written last); null: decided by the count against the cap. */
  full: ((params: unknown[]) => string) | null;
  /**
   * SQL of (facet_key, n) rows counting every match from the words' counts (search_term_facet; written after the
   * page), so no planner estimate is needed; absent: the candidates are counted.
   */
  groups?: (params: unknown[]) => string;
}

/** `?` placeholders → `$1, $2…` (the search statements have no other question marks). */
function numbered(sql: string): string {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
}

/** A parameter as the text of a literal for a prepared statement's EXECUTE. */
function argText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

const COMBO_VALUES: Record<FacetField, (c: Combo) => (string | null)[]> = {
  kind: (c) => [c.kind],
  column: (c) => c.columns,
  type: (c) => [c.type],
  department: (c) => [c.department],
  region: (c) => c.regions,
  industry: (c) => c.industries,
  site: (c) => [c.site],
};

/** The default engine: a GIN-indexed tsvector of jieba tokens in PostgreSQL, written in the caller's transaction. */
export class PgSearchEngine implements SearchEngine {
  readonly name = 'postgres';
  /** `explain` receives EXPLAIN ANALYZE of each search statement (benchmarks, diagnosis). */
  constructor(
    private readonly em: EntityManager,
    private readonly explain?: (plan: string) => void,
  ) {}

  async upsert(docs: readonly SearchDocument[]): Promise<void> {
    if (!docs.length) return;
    const rows = docs.map((d) => ({
      kind: d.kind,
      ref_id: d.refId,
      site_id: d.siteId,
      columns: d.columns,
      type: d.type,
      department: d.department,
      regions: d.regions,
      industries: d.industries,
      published_at: d.publishedAt?.toISOString() ?? null,
      valid_to: d.validTo?.toISOString() ?? null,
      title: d.title,
      body: excerptOf(d.body),
      url: d.url,
      in_force: d.inForce,
      popularity: d.popularity,
      service: d.service,
      tsv: tsvectorLiteral(d.title, d.body),
      fingerprint: fingerprintOf(d),
    }));
    await this.em.execute(
      `insert into search_document (kind, ref_id, site_id, columns, type, department, regions, industries, published_at,
              valid_to, title, body, url, in_force, popularity, service, tsv, fingerprint, indexed_at)
       select kind, ref_id, site_id, coalesce(columns, '{}'), type, department, coalesce(regions, '{}'), coalesce(industries, '{}'),
              published_at, valid_to, title, body, url, in_force, popularity, service, tsv::tsvector, fingerprint, now()
         from jsonb_to_recordset(?::jsonb) as r(kind text, ref_id uuid, site_id uuid, columns text[], type text, department text,
              regions text[], industries text[], published_at timestamptz, valid_to timestamptz, title text, body text, url text,
              in_force boolean, popularity int, service boolean, tsv text, fingerprint text)
       on conflict (kind, ref_id) do update set site_id = excluded.site_id, columns = excluded.columns, type = excluded.type,
              department = excluded.department, regions = excluded.regions, industries = excluded.industries,
              published_at = excluded.published_at, valid_to = excluded.valid_to, title = excluded.title, body = excluded.body,
              url = excluded.url, in_force = excluded.in_force, popularity = excluded.popularity, service = excluded.service,
              tsv = excluded.tsv, fingerprint = excluded.fingerprint, indexed_at = now()`,
      [JSON.stringify(rows)],
    );
  }

  async delete(keys: readonly DocKey[]): Promise<void> {
    if (!keys.length) return;
    await this.em.execute(
      `delete from search_document d using jsonb_to_recordset(?::jsonb) as k(kind text, ref_id uuid)
        where d.kind = k.kind and d.ref_id = k.ref_id`,
      [JSON.stringify(keys.map((k) => ({ kind: k.kind, ref_id: k.refId })))],
    );
  }

  private where(q: EngineQuery, params: unknown[]): string {
    const f = q.filters;
    const w: string[] = [];
    const cond = (sql: string, value: unknown) => {
      w.push(sql);
      params.push(value);
    };
    const tsq = tsqueryLiteral(q.groups, { titleOnly: f.titleOnly, anyGroup: q.anyGroup });
    if (tsq) cond('d.tsv @@ ?::tsquery', tsq);
    const arr = (col: string, values: string[] | undefined, op: 'any' | 'overlap', cast = 'text') => {
      if (!values?.length) return;
      cond(op === 'any' ? `${col} = any(?::${cast}[])` : `${col} && ?::text[]`, pgArray(values));
    };
    arr('d.site_id', f.siteIds, 'any', 'uuid');
    if (f.excludeRefIds?.length) cond('d.ref_id <> all(?::uuid[])', pgArray(f.excludeRefIds));
    arr('d.kind', f.kinds, 'any');
    arr('d.columns', f.columns, 'overlap');
    arr('d.type', f.types, 'any');
    arr('d.department', f.departments, 'any');
    arr('d.regions', f.regions, 'overlap');
    arr('d.industries', f.industries, 'overlap');
    if (f.dateFrom) cond('d.published_at >= ?', f.dateFrom);
    if (f.dateTo) cond('d.published_at < ?', f.dateTo);
    if (f.service !== undefined) cond('d.service = ?', f.service);
    return w.length ? `where ${w.join(' and ')}` : '';
  }

  /**
   * The score (Q4): text relevance, title match, whole phrase in the title, freshness, in force, popularity
   * and clicks, and the enterprise profile (region, industry, eligible policies). Only the parts that apply
   * to this query are written; the query-independent parts are precomputed per document (`rank_static`,
   * `rank_epoch`, migration 0011), and everything is float8 (numeric arithmetic per candidate cost a third).
   */
  private score(q: EngineQuery, params: unknown[]): string {
    const parts: string[] = [];
    const part = (sql: string, ...values: unknown[]) => {
      parts.push(sql);
      params.push(...values);
    };
    const tsq = tsqueryLiteral(q.groups, { anyGroup: q.anyGroup });
    const tsqTitle = tsqueryLiteral(q.groups, { titleOnly: true, anyGroup: q.anyGroup });
    const tsqOptional = tsqueryLiteral(q.optional ?? [], { anyGroup: true });
    if (tsq) part('ts_rank(d.tsv, ?::tsquery)::float8', tsq);
    if (tsqTitle) part('case when d.tsv @@ ?::tsquery then 0.5::float8 else 0 end', tsqTitle);
    if (q.phrase) {
      // lower() per candidate is costly; a phrase without cased letters is found in the title as typed.
      const title = /[^\p{Script=Han}\d\s]/u.test(q.phrase) ? 'lower(d.title)' : 'd.title';
      part(`case when strpos(${title}, ?) > 0 then 0.5::float8 else 0 end`, q.phrase);
    }
    if (tsqOptional) part('case when d.tsv @@ ?::tsquery then 0.3::float8 else 0 end', tsqOptional);
    part('0.2::float8 / (1 + greatest(?::float8 - d.rank_epoch, 0) / 31536000)', Date.now() / 1000);
    // An expired version ranks below the in-force one on the same subject (a title match is worth up to 1.0),
    // unless the query asks for history; institutions rank below documents unless the query names one.
    if (!q.history) parts.push(`case when d.in_force then 0 else -${EXPIRED_PENALTY}::float8 end`);
    if (q.documentsFirst) parts.push(`case when d.kind = 'institution' then -${INSTITUTION_PENALTY}::float8 else 0 end`);
    parts.push('d.rank_static');
    const boost = q.boost;
    if (boost?.regions.length) part('case when d.regions && ?::text[] then 0.15::float8 else 0 end', pgArray(boost.regions));
    if (boost?.industries.length) part('case when d.industries && ?::text[] then 0.15::float8 else 0 end', pgArray(boost.industries));
    if (boost?.eligible?.length) {
      part(`case when d.kind = 'policy' and d.ref_id = any(?::uuid[]) then ${ELIGIBLE_BOOST}::float8 else 0 end`, pgArray(boost.eligible));
    }
    return `(${parts.join(' + ')})`;
  }

  /**
   * The words of a query the postings can rank exactly (migration 0080): one group of alternatives or any group
   * (the score's ts_rank is then a sum over words), no optional words, the whole-phrase bonus (if any) on one of
   * the words, and only filters the postings carry. Null: the GIN path.
   */
  private postingTerms(q: EngineQuery): string[] | null {
    const f = q.filters;
    if (!q.groups.length || (q.groups.length > 1 && !q.anyGroup)) return null;
    if (q.optional?.some((g) => g.some((w) => lexeme(w)))) return null;
    if (f.columns?.length || f.types?.length || f.departments?.length || f.service !== undefined) return null;
    const terms = [...new Set(q.groups.flat().map(lexeme).filter(Boolean))];
    if (!terms.length) return null;
    if (q.phrase && (!terms.includes(q.phrase) || q.phrase !== q.phrase.toLowerCase())) return null;
    return terms;
  }

  /**
   * The document's part of `score()` read from a posting row `p`: everything but the words' ts_rank, the title
   * bonus and the whole-phrase bonus (the same on every posting of a document).
   */
  private postingDocScore(q: EngineQuery, params: unknown[]): string {
    const parts: string[] = [];
    const part = (sql: string, ...values: unknown[]) => {
      parts.push(sql);
      params.push(...values);
    };
    part('0.2::float8 / (1 + greatest(?::float8 - p.rank_epoch, 0) / 31536000)', Date.now() / 1000);
    if (!q.history) parts.push(`case when p.in_force then 0 else -${EXPIRED_PENALTY}::float8 end`);
    if (q.documentsFirst) parts.push(`case when p.kind = 'institution' then -${INSTITUTION_PENALTY}::float8 else 0 end`);
    parts.push('p.rank_static');
    const boost = q.boost;
    if (boost?.regions.length) part('case when p.regions && ?::text[] then 0.15::float8 else 0 end', pgArray(boost.regions));
    if (boost?.industries.length) part('case when p.industries && ?::text[] then 0.15::float8 else 0 end', pgArray(boost.industries));
    if (boost?.eligible?.length) {
      part(`case when p.kind = 'policy' and p.ref_id = any(?::uuid[]) then ${ELIGIBLE_BOOST}::float8 else 0 end`, pgArray(boost.eligible));
    }
    return parts.join(' + ');
  }

  /**
   * The words' counts per site and facet combination (search_term_facet, migration 0086), when the filters are
   * only sites, kinds, regions or industries (which the combination decides); null otherwise (dates, exclusions
   * and title-only are decided per document). The function writes `search_term_facet s … where …` for the words
   * selected by `term` (one `?`, bound to `value`).
   */
  private termCounts(q: EngineQuery): ((params: unknown[], term: string, value: unknown) => string) | null {
    const f = q.filters;
    if (!f.siteIds?.length || f.excludeRefIds?.length || f.dateFrom || f.dateTo || f.titleOnly) return null;
    const siteIds = f.siteIds;
    return (params, term, value) => {
      const w = [term, 's.site_id = any(?::uuid[])', 's.n > 0'];
      params.push(value, pgArray(siteIds));
      const cond = (sql: string, v: unknown) => {
        w.push(sql);
        params.push(v);
      };
      if (f.kinds?.length) cond('c.kind = any(?::text[])', pgArray(f.kinds));
      if (f.regions?.length) cond('c.regions && ?::text[]', pgArray(f.regions));
      if (f.industries?.length) cond('c.industries && ?::text[]', pgArray(f.industries));
      const join = w.length > 3 ? 'join search_facet_combo c on c.facet_key = s.facet_key' : '';
      return `search_term_facet s ${join} where ${w.join(' and ')}`;
    };
  }

  /**
   * Candidates from the postings: index-only range scans, no row of search_document read; at most about (cap + 1)
   * postings are ranked, as the GIN path ranks at most (cap + 1) documents.
   * - One word: its first (cap + 1) postings, scored as they are read. The scan is written twice (ranked for the
   *   page, grouped for the facets): reading 2,000 postings twice costs less than materialising them.
   * - Several words (an OR): the first ceil(cap / words) + 1 postings of each word, so that a rare word's documents
   *   are never crowded out by a common word's, summed per document. `full`: some word has more postings than
   *   were read; the ranking is then over that slice, and the total is the planner's estimate.
   */
  private postingCandidates(q: EngineQuery, terms: string[], params: unknown[]): Candidates {
    const f = q.filters;
    const where = (params: unknown[], term: string) => {
      const w = [term];
      const cond = (sql: string, value: unknown) => {
        w.push(sql);
        params.push(value);
      };
      if (f.titleOnly && terms.length === 1) w.push('p.in_title');
      if (f.siteIds?.length) cond('p.site_id = any(?::uuid[])', pgArray(f.siteIds));
      if (f.excludeRefIds?.length) cond('p.ref_id <> all(?::uuid[])', pgArray(f.excludeRefIds));
      if (f.kinds?.length) cond('p.kind = any(?::text[])', pgArray(f.kinds));
      if (f.regions?.length) cond('p.regions && ?::text[]', pgArray(f.regions));
      if (f.industries?.length) cond('p.industries && ?::text[]', pgArray(f.industries));
      if (f.dateFrom) cond('p.published_at >= ?::timestamptz', f.dateFrom);
      if (f.dateTo) cond('p.published_at < ?::timestamptz', f.dateTo);
      return w.join(' and ');
    };
    const order = q.sort === 'DATE' ? 'order by p.published_at desc nulls last, p.ref_id' : '';
    if (terms.length === 1) {
      const scan = (params: unknown[], use: 'page' | 'groups') => {
        const bonus = ['p.tscore::float8', 'case when p.in_title then 0.5::float8 else 0 end'];
        if (q.phrase) bonus.push('case when p.title_has then 0.5::float8 else 0 end');
        const score = use === 'page' ? `(${[...bonus, this.postingDocScore(q, params)].join(' + ')})` : 'null::float8';
        params.push(terms[0]);
        return `(select p.kind, p.ref_id, p.published_at, p.facet_key, ${score} as score
                   from search_posting p where ${where(params, 'p.term = ?::text')} ${order} limit ${CANDIDATE_CAP + 1}) c`;
      };
      const counts = this.termCounts(q);
      if (!counts) return { ctes: '', from: scan, full: null };
      return {
        ctes: '',
        from: scan,
        full: null,
        groups: (params) => `select s.facet_key, s.n from ${counts(params, 's.term = ?::text', terms[0])}`,
      };
    }
    const perWord = Math.ceil(CANDIDATE_CAP / terms.length) + 1;
    params.push(pgArray(terms));
    const doc = this.postingDocScore(q, params);
    // Only narrow columns go through the grouping: the document's part of the score is computed per posting
    // (equal on all of a document's postings, so max() is that value), the words' ranks are summed.
    const rows = `rows as not materialized (select r.* from unnest(?::text[]) as t(term) cross join lateral (
                    select p.kind, p.ref_id, p.term, p.tscore, p.in_title, p.title_has, p.published_at, p.facet_key, ${doc} as doc
                      from search_posting p where ${where(params, 'p.term = t.term')} ${order} limit ${perWord}) r),`;
    if (q.phrase) params.push(q.phrase);
    // ts_rank of an OR is the words' ranks summed and divided by their number, in float4 (calc_rank_or).
    const score = [
      `(sum(x.tscore::float8) / ${terms.length})::real::float8`,
      'case when bool_or(x.in_title) then 0.5::float8 else 0 end',
      ...(q.phrase ? ['case when bool_or(x.title_has and x.term = ?::text) then 0.5::float8 else 0 end'] : []),
      'max(x.doc)',
    ].join(' + ');
    const counts = this.termCounts(q);
    if (counts) {
      // The words' counts tell whether some word has more postings than its share. If so the total and facets are
      // the words' counts summed (a document with several of the words counts once per word; the result says it is
      // approximate); otherwise they count the documents of the postings read, which are then every match. The
      // candidates are then read once, by the page: not materialised, and without their facet combination (each
      // saved ~7% of an OR of three words in 2% of 100k documents, measured interleaved).
      const wide = `counts as materialized (select s.term, s.facet_key, s.n from ${counts(params, 's.term = any(?::text[])', pgArray(terms))}),
                    wide as (select coalesce(bool_or(w.n > ${perWord}), false) as f from (select sum(n) as n from counts group by term) w),`;
      return {
        ctes: `${rows} cand as not materialized (select x.kind, x.ref_id, max(x.published_at) as published_at, (${score}) as score
                                                  from rows x group by x.kind, x.ref_id), ${wide}`,
        from: () => 'cand',
        full: () => '(select f from wide)',
        groups: () => `select facet_key, sum(n)::int as n from counts where (select f from wide) group by facet_key
                             union all
                             select facet_key, count(*)::int as n from (select distinct x.kind, x.ref_id, x.facet_key from rows x) d
                              where not (select f from wide) group by facet_key`,
      };
    }
    return {
      ctes: `${rows} cand as materialized (select x.kind, x.ref_id, max(x.published_at) as published_at, max(x.facet_key) as facet_key,
                    (${score}) as score from rows x group by x.kind, x.ref_id ${f.titleOnly ? 'having bool_or(x.in_title)' : ''}),`,
      from: () => 'cand',
      // Some word has postings past those read. Probing the index there costs less than counting what was read.
      full: (params) => {
        const probe = where(params, 'p.term = t.term');
        params.push(pgArray(terms));
        return `(select bool_or(exists (select 1 from search_posting p where ${probe} offset ${perWord})) from unnest(?::text[]) as t(term))`;
      },
    };
  }

  /** Candidates from the GIN index: the first (cap + 1) matching documents (the newest for a date sort), scored. */
  private documentCandidates(q: EngineQuery, params: unknown[]): Candidates {
    const score = this.score(q, params);
    const where = this.where(q, params);
    const order = q.sort === 'DATE' ? 'order by d.published_at desc nulls last, d.ref_id' : '';
    return {
      ctes: `cand as materialized (select d.kind, d.ref_id, d.published_at, d.facet_key, ${score} as score
                                     from search_document d ${where} ${order} limit ${CANDIDATE_CAP + 1}),`,
      from: () => 'cand',
      full: null,
    };
  }

  /** `viaPostings: false` ranks through the GIN index whatever the query (comparison with the postings). */
  async search(q: EngineQuery, viaPostings = true): Promise<EngineResult> {
    const params: unknown[] = [];
    const terms = viaPostings && POSTINGS ? this.postingTerms(q) : null;
    const { ctes, from, full, groups: counts } = terms ? this.postingCandidates(q, terms, params) : this.documentCandidates(q, params);
    const pageOrder = q.sort === 'DATE' ? 'published_at desc nulls last, ref_id' : 'score desc, published_at desc nulls last, ref_id';
    // The candidates carry only what ranking and grouping need; display fields are read for the page and facet
    // values from one row per facet combination (`facet_key`, search_facet_combo), so no arrays are copied or hashed
    // per candidate.
    // The count is the sum of the facet groups (counted from the candidates, or read from the words' counts).
    const page = `page as (
         select c.kind, c.ref_id, c.ref_id::text as "refId", x.site_id::text as "siteId", x.title, x.body as excerpt, x.url,
                c.published_at, c.published_at as date, x.columns, c.score
           from (select * from ${from(params, 'page')} order by ${pageOrder} limit ?::int offset ?::int) c
           join search_document x on x.kind = c.kind and x.ref_id = c.ref_id)`;
    params.push(q.limit, q.offset);
    const groups = `groups as materialized (${
      counts ? counts(params) : `select facet_key, count(*)::int as n from ${from(params, 'groups')} group by facet_key`
    })`;
    const sql = `with ${ctes} ${page}, ${groups}
       select jsonb_build_object('n', (select coalesce(sum(n), 0) from groups),
              'hits', (select json_agg(json_build_object('kind', p.kind, 'refId', p."refId", 'siteId', p."siteId", 'title', p.title,
                 'excerpt', p.excerpt, 'url', p.url, 'date', p.date, 'columns', p.columns, 'score', p.score) order by ${pageOrder})
                 from page p),
              'combos', ${
                q.facets.length
                  ? `(select json_agg(g) from (
                 select x.kind, x.type, x.department, x.site_id::text as site, x.columns, x.regions, x.industries, f.n
                   from groups f join search_facet_combo x on x.facet_key = f.facet_key) g)`
                  : 'null'
              }${full ? `, 'full', ${full(params)}` : ''})`;
    const platform = this.em.getPlatform();
    const countParams: unknown[] = [];
    const estimate = counts ? null : platform.formatQuery(`select 1 from search_document d ${this.where(q, countParams)}`, countParams);
    if (this.explain) {
      const plan = await this.em.transactional(async (tx) => {
        await tx.execute('set local enable_seqscan = off');
        return tx.execute<{ 'QUERY PLAN': string }[]>(`explain (analyze, buffers) ${sql}`, params);
      });
      this.explain(plan.map((r) => r['QUERY PLAN']).join('\n'));
    }
    // One round trip, planned with sequential scans off (search_run, migration 0011). The postings' statements
    // depend only on the query's shape: they run prepared, planned once per connection and shape
    // (search_run_prepared, migration 0083). Counting every match of a broad term costs as much as the search:
    // past the cap the words' counts give the total (search_term_facet) or, where the filters need every document,
    // the planner's estimate from the tsvector statistics stands in for "about N" (never below the candidates seen).
    const [{ r: row }] = terms
      ? await this.em.execute<{ r: Row }[]>('select search_run_prepared(?, ?::jsonb, ?, ?) as r', [
          numbered(sql),
          JSON.stringify(params.map(argText)),
          estimate,
          CANDIDATE_CAP + 1,
        ])
      : await this.em.execute<{ r: Row }[]>('select search_run(?, ?, ?) as r', [platform.formatQuery(sql, params), estimate, CANDIDATE_CAP + 1]);
    // One candidate past the cap tells "more than the cap" from "exactly the cap" (exact, no estimate needed).
    const approximate = row.full ?? row.n > CANDIDATE_CAP;
    const total = approximate ? Math.max(row.n, Math.round(row.estimate ?? 0)) : row.n;
    return this.resultOf(q, row, total, approximate);
  }

  private resultOf(q: EngineQuery, row: Row, total: number, approximate: boolean): EngineResult {
    const facets: FacetCount[] = q.facets.map((field) => {
      const counts = new Map<string, number>();
      for (const c of row.combos ?? []) for (const v of new Set(COMBO_VALUES[field](c))) if (v) counts.set(v, (counts.get(v) ?? 0) + c.n);
      const buckets = [...counts].map(([value, count]) => ({ value, count }));
      buckets.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
      return { field, buckets: buckets.slice(0, 30) };
    });
    return {
      total,
      approximate,
      hits: (row.hits ?? []).map((h) => ({ ...h, date: h.date ? new Date(h.date) : null })),
      facets,
    };
  }

  async suggest(prefix: string, siteIds: string[], limit: number): Promise<string[]> {
    if (!prefix) return [];
    const like = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = await this.em.execute<{ title: string }[]>(
      `select title from (select title, popularity + clicks as p from search_document
                           where title like ? and site_id = any(?::uuid[]) limit 200) t
        order by p desc, title limit ?`,
      [like, pgArray(siteIds), limit],
    );
    return rows.map((r) => r.title);
  }

  async health() {
    const [r] = await this.em.execute<{ n: number }[]>('select count(*)::int as n from search_document');
    return { ok: true, documents: r.n };
  }

  fingerprints(kind: string, afterId: string | null, limit: number): Promise<Fingerprint[]> {
    return this.em.execute<Fingerprint[]>(
      `select ref_id::text as "refId", fingerprint from search_document
        where kind = ? and (?::uuid is null or ref_id > ?::uuid) order by ref_id limit ?`,
      [kind, afterId, afterId, limit],
    );
  }

  async recordClick(key: DocKey): Promise<void> {
    await this.em.execute('update search_document set clicks = clicks + 1 where kind = ? and ref_id = ?', [key.kind, key.refId]);
  }

  async clear(kind?: string): Promise<void> {
    if (kind) await this.em.execute('delete from search_document where kind = ?', [kind]);
    else await this.em.execute('delete from search_document');
  }
}
