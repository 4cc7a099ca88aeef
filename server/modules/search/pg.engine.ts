import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../../db/sql.js';
import { excerptOf, fingerprintOf, tsqueryLiteral, tsvectorLiteral } from './document.js';
import type { DocKey, EngineHit, EngineQuery, EngineResult, FacetCount, FacetField, Fingerprint, SearchDocument, SearchEngine } from './engine.js';

/**
 * At most this many matches are ranked. FACTS: a term in 145k of 1M documents took 337 ms to rank fully
 * and 12 ms capped at 2,000. Beyond the cap, totals and facets are approximate (and say so).
 * QIFU_SEARCH_CANDIDATES changes it (bench/search.ts: 1,000 halves the cost of broad terms).
 */
export const CANDIDATE_CAP = Math.max(100, Number(process.env.QIFU_SEARCH_CANDIDATES) || 2000);


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
  hits: (Omit<EngineHit, 'date'> & { date: string | null; pos: number })[] | null;
  combos: Combo[] | null;
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

  async search(q: EngineQuery): Promise<EngineResult> {
    const params: unknown[] = [];
    // Score parts (Q4): text relevance, title match, whole phrase in title, freshness, in force,
    // popularity, and the enterprise profile (region, industry).
    const tsq = tsqueryLiteral(q.groups, { anyGroup: q.anyGroup }) ?? '';
    const tsqTitle = tsqueryLiteral(q.groups, { titleOnly: true, anyGroup: q.anyGroup }) ?? '';
    const boost = q.boost ?? { regions: [], industries: [] };
    const tsqOptional = tsqueryLiteral(q.optional ?? [], { anyGroup: true }) ?? '';
    const scoreParams = [tsq, tsq, tsqTitle, tsqTitle, q.phrase ?? '', q.phrase ?? '', tsqOptional, tsqOptional, pgArray(boost.regions), pgArray(boost.industries)];
    const score = `(case when ?::text = '' then 0 else ts_rank(d.tsv, ?::tsquery) end
      + case when ?::text <> '' and d.tsv @@ ?::tsquery then 0.5 else 0 end
      + case when ?::text <> '' and strpos(lower(d.title), ?) > 0 then 0.5 else 0 end
      + case when ?::text <> '' and d.tsv @@ ?::tsquery then 0.3 else 0 end
      + 0.2 / (1 + greatest(extract(epoch from (now() - coalesce(d.published_at, d.indexed_at))), 0) / 31536000.0)
      + case when d.in_force then 0.1 else 0 end
      + 0.05 * ln(1 + d.popularity + d.clicks)
      + case when d.regions && ?::text[] then 0.15 else 0 end
      + case when d.industries && ?::text[] then 0.15 else 0 end)`;
    const where = this.where(q, params);
    const candOrder = q.sort === 'DATE' ? 'order by d.published_at desc nulls last, d.ref_id' : '';
    const pageOrder = q.sort === 'DATE' ? 'published_at desc nulls last, ref_id' : 'score desc, published_at desc nulls last, ref_id';
    // One pass over the candidates groups them by every facet dimension at once; the buckets are summed
    // here (arrays unnested in JS). Display fields are read for the page only.
    const sql = `with cand as materialized (
         select d.kind, d.ref_id, d.site_id, d.columns, d.type, d.department, d.regions, d.industries, d.published_at,
                ${score} as score
           from search_document d ${where} ${candOrder} limit ${CANDIDATE_CAP}),
       page as (
         select c.pos, c.kind, c.ref_id::text as "refId", c.site_id::text as "siteId", x.title, x.body as excerpt, x.url,
                c.published_at as date, c.columns, c.score::float8 as score
           from (select cand.*, row_number() over (order by ${pageOrder}) as pos from cand order by ${pageOrder} limit ? offset ?) c
           join search_document x on x.kind = c.kind and x.ref_id = c.ref_id)
       select (select count(*)::int from cand) as n,
              (select json_agg(p order by p.pos) from page p) as hits,
              ${q.facets.length ? `(select json_agg(g) from (select kind, type, department, site_id::text as site, columns, regions,
                 industries, count(*)::int as n from cand group by 1, 2, 3, 4, 5, 6, 7) g)` : 'null'} as combos`;
    const allParams = [...scoreParams, ...params, q.limit, q.offset];
    // The planner prices `tsv @@ query` per row as cheap and, with a LIMIT, picks a sequential scan that
    // stops early; it evaluates the match on every row instead of reading the GIN bitmap (149 ms against
    // 3 ms for a term in 4% of 100k documents). Index scans are forced for this read-only transaction.
    return this.em.transactional(async (tx) => {
      await tx.execute('set local enable_seqscan = off');
      if (this.explain) {
        const plan = await tx.execute<{ 'QUERY PLAN': string }[]>(`explain (analyze, buffers) ${sql}`, allParams);
        this.explain(plan.map((r) => r['QUERY PLAN']).join('\n'));
      }
      const [row] = await tx.execute<Row[]>(sql, allParams);
      let total = row.n;
      const approximate = total >= CANDIDATE_CAP;
      if (approximate) {
        // Counting every match of a broad term costs as much as the search; the planner's estimate from the
        // tsvector statistics is free and good enough for "about N" (never below the candidates seen).
        const countParams: unknown[] = [];
        const w = this.where(q, countParams);
        const [plan] = await tx.execute<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[]>(
          `explain (format json) select 1 from search_document d ${w}`,
          countParams,
        );
        total = Math.max(total, Math.round(plan['QUERY PLAN'][0].Plan['Plan Rows']));
      }
      return this.resultOf(q, row, total, approximate);
    });
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
      hits: (row.hits ?? []).map(({ pos: _pos, ...h }) => ({ ...h, date: h.date ? new Date(h.date) : null })),
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
