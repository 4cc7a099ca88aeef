import { createHash } from 'node:crypto';
import { excerptOf, fingerprintOf, segmentedText } from './document.js';
import type { DocKey, EngineHit, EngineQuery, EngineResult, FacetCount, FacetField, Fingerprint, SearchDocument, SearchEngine } from './engine.js';

/**
 * Typesense adapter, written against its HTTP API (collections, documents/import, search, export). Per the
 * maintainers' advice for Chinese, text is segmented here (jieba search mode, the same dictionary as the
 * PostgreSQL adapter), indexed without a locale, and queries are sent with `pre_segmented_query: true`.
 * Typesense's own typo tolerance counts bytes and is switched off: correction happens in understand.ts.
 * Limits: OR groups (colloquial expansions) are sent as extra words with token dropping, not as a strict
 * boolean; only the contract suite (TYPESENSE_URL) exercises it — Typesense cannot be installed here.
 *
 * Schemas are versioned: documents live in `<collection>_v<SCHEMA_VERSION>` and every request goes through the
 * alias `<collection>`, so a new schema version is a new collection that `npm run reindex` fills and the alias
 * then points to. The concept table is mirrored as one-way synonyms on reindex (a synonym set on Typesense 30+,
 * collection synonyms before); understanding already expands concepts, so queries do not depend on them.
 */
export interface TypesenseConfig {
  url: string;
  apiKey: string;
  collection: string;
}

export function typesenseConfigFromEnv(): TypesenseConfig | null {
  const url = process.env.TYPESENSE_URL;
  if (!url) return null;
  return { url: url.replace(/\/$/, ''), apiKey: process.env.TYPESENSE_API_KEY ?? '', collection: process.env.TYPESENSE_COLLECTION ?? 'qifu_documents' };
}

/** Bump when SCHEMA_FIELDS change: a new collection is created behind the alias (then `npm run reindex`). */
export const SCHEMA_VERSION = 2;

const SCHEMA_FIELDS = [
  { name: 'kind', type: 'string', facet: true },
  { name: 'ref_id', type: 'string' },
  { name: 'site_id', type: 'string', facet: true },
  { name: 'columns', type: 'string[]', facet: true },
  { name: 'type', type: 'string', facet: true, optional: true },
  { name: 'department', type: 'string', facet: true, optional: true },
  { name: 'regions', type: 'string[]', facet: true },
  { name: 'industries', type: 'string[]', facet: true },
  { name: 'published_at', type: 'int64' },
  { name: 'title', type: 'string' },
  { name: 'body', type: 'string' },
  { name: 'title_raw', type: 'string', index: false, optional: true },
  { name: 'excerpt', type: 'string', index: false, optional: true },
  { name: 'url', type: 'string', index: false, optional: true },
  { name: 'in_force', type: 'bool' },
  { name: 'popularity', type: 'int32' },
  { name: 'clicks', type: 'int32' },
  { name: 'service', type: 'bool', facet: true },
  { name: 'fingerprint', type: 'string', index: false, optional: true },
];

const FACET_TS: Record<FacetField, string> = {
  kind: 'kind',
  column: 'columns',
  type: 'type',
  department: 'department',
  region: 'regions',
  industry: 'industries',
  site: 'site_id',
};

/** Typesense filter values: backtick-quoted, backticks removed. */
const v = (s: string) => `\`${s.replace(/`/g, '')}\``;
const list = (values: readonly string[]) => `[${values.map(v).join(',')}]`;

interface TsDoc {
  id: string;
  kind: string;
  ref_id: string;
  site_id: string;
  columns: string[];
  title_raw: string;
  excerpt: string;
  url?: string;
  published_at: number;
  fingerprint?: string;
  clicks: number;
}

/** Collections known to exist in this process (engines are built per unit of work; one check per process). */
const ENSURED = new Set<string>();

export class TypesenseEngine implements SearchEngine {
  readonly name = 'typesense';
  private exportCache = new Map<string, Fingerprint[]>();

  constructor(private readonly config: TypesenseConfig) {}

  private async call(method: string, path: string, body?: string, contentType = 'application/json'): Promise<Response> {
    const res = await fetch(`${this.config.url}${path}`, {
      method,
      headers: { 'X-TYPESENSE-API-KEY': this.config.apiKey, ...(body ? { 'content-type': contentType } : {}) },
      body,
    });
    return res;
  }

  private async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.call(method, path, body === undefined ? undefined : JSON.stringify(body));
    if (!res.ok) throw new Error(`typesense ${method} ${path}: ${res.status} ${(await res.text()).slice(0, 300)}`);
    return (await res.json()) as T;
  }

  /** The alias every request goes through. */
  private get docs() {
    return `/collections/${encodeURIComponent(this.config.collection)}/documents`;
  }

  private get versioned() {
    return `${this.config.collection}_v${SCHEMA_VERSION}`;
  }

  private get synonymSet() {
    return `${this.config.collection}_concepts`;
  }

  /**
   * Creates this schema version's collection on first use and points the alias at it. A collection of an
   * older version stays until deleted by hand (the alias no longer reaches it).
   */
  async ensureCollection(): Promise<void> {
    const key = `${this.config.url} ${this.versioned}`;
    if (ENSURED.has(key)) return;
    const res = await this.call('GET', `/collections/${encodeURIComponent(this.versioned)}`);
    if (res.status === 404) {
      await this.json('POST', '/collections', { name: this.versioned, fields: SCHEMA_FIELDS, token_separators: [] });
    } else if (!res.ok) throw new Error(`typesense collection check failed: ${res.status}`);
    const alias = await this.call('GET', `/aliases/${encodeURIComponent(this.config.collection)}`);
    const current = alias.ok ? ((await alias.json()) as { collection_name?: string }).collection_name : null;
    if (current !== this.versioned) {
      await this.json('PUT', `/aliases/${encodeURIComponent(this.config.collection)}`, { collection_name: this.versioned });
    }
    ENSURED.add(key);
  }

  /**
   * Mirrors the concept table (phrase → expansions) as one-way synonyms, segmented like the documents:
   * a synonym set on Typesense 30+ (`/synonym_sets`), collection synonyms on earlier versions.
   */
  async syncSynonyms(concepts: ReadonlyMap<string, readonly string[]>): Promise<void> {
    await this.ensureCollection();
    const items = [...concepts].map(([phrase, expansions]) => ({
      id: `c${createHash('sha1').update(phrase).digest('hex').slice(0, 16)}`,
      root: segmentedText(phrase),
      synonyms: expansions.map((x) => segmentedText(x)).filter(Boolean),
    }));
    const sets = await this.call('PUT', `/synonym_sets/${encodeURIComponent(this.synonymSet)}`, JSON.stringify({ items }));
    if (sets.ok) return;
    if (sets.status !== 404) throw new Error(`typesense synonym set failed: ${sets.status} ${(await sets.text()).slice(0, 300)}`);
    // Before v30 synonyms belong to a collection; replace them all.
    const base = `/collections/${encodeURIComponent(this.versioned)}/synonyms`;
    const existing = await this.json<{ synonyms: { id: string }[] }>('GET', base);
    const keep = new Set(items.map((i) => i.id));
    for (const old of existing.synonyms) if (!keep.has(old.id)) await this.json('DELETE', `${base}/${encodeURIComponent(old.id)}`);
    for (const { id, ...body } of items) await this.json('PUT', `${base}/${encodeURIComponent(id)}`, body);
  }

  async upsert(docs: readonly SearchDocument[]): Promise<void> {
    if (!docs.length) return;
    await this.ensureCollection();
    const lines = docs.map((d) =>
      JSON.stringify({
        id: `${d.kind}:${d.refId}`,
        kind: d.kind,
        ref_id: d.refId,
        site_id: d.siteId,
        columns: d.columns,
        ...(d.type ? { type: d.type } : {}),
        ...(d.department ? { department: d.department } : {}),
        regions: d.regions,
        industries: d.industries,
        published_at: Math.floor((d.publishedAt?.getTime() ?? 0) / 1000),
        title: segmentedText(d.title),
        body: segmentedText(d.body),
        title_raw: d.title,
        excerpt: excerptOf(d.body),
        ...(d.url ? { url: d.url } : {}),
        in_force: d.inForce,
        popularity: d.popularity,
        clicks: 0,
        service: d.service,
        fingerprint: fingerprintOf(d),
      }),
    );
    const res = await this.call('POST', `${this.docs}/import?action=upsert`, lines.join('\n'), 'text/plain');
    if (!res.ok) throw new Error(`typesense import failed: ${res.status}`);
    // Typesense answers 200 for the batch and reports each document on its own line.
    const failed = (await res.text()).split('\n').filter((l) => l && !JSON.parse(l).success);
    if (failed.length) throw new Error(`typesense rejected ${failed.length} documents: ${failed[0].slice(0, 300)}`);
  }

  async delete(keys: readonly DocKey[]): Promise<void> {
    if (!keys.length) return;
    await this.ensureCollection();
    for (let i = 0; i < keys.length; i += 100) {
      const ids = keys.slice(i, i + 100).map((k) => `${k.kind}:${k.refId}`);
      await this.json('DELETE', `${this.docs}?filter_by=${encodeURIComponent(`id:${list(ids)}`)}`);
    }
  }

  private filterBy(q: EngineQuery): string {
    const f = q.filters;
    const parts: string[] = [];
    if (f.siteIds?.length) parts.push(`site_id:=${list(f.siteIds)}`);
    if (f.kinds?.length) parts.push(`kind:=${list(f.kinds)}`);
    if (f.columns?.length) parts.push(`columns:=${list(f.columns)}`);
    if (f.types?.length) parts.push(`type:=${list(f.types)}`);
    if (f.departments?.length) parts.push(`department:=${list(f.departments)}`);
    if (f.regions?.length) parts.push(`regions:=${list(f.regions)}`);
    if (f.industries?.length) parts.push(`industries:=${list(f.industries)}`);
    if (f.dateFrom) parts.push(`published_at:>=${Math.floor(f.dateFrom.getTime() / 1000)}`);
    if (f.dateTo) parts.push(`published_at:<${Math.floor(f.dateTo.getTime() / 1000)}`);
    if (f.service !== undefined) parts.push(`service:=${f.service}`);
    return parts.join(' && ');
  }

  async search(q: EngineQuery): Promise<EngineResult> {
    await this.ensureCollection();
    const words = q.groups.flat();
    const anyWords = q.anyGroup || q.groups.some((g) => g.length > 1);
    // _text_match in buckets lets the boosts reorder documents of similar relevance (a plain _text_match sort
    // leaves _eval only exact ties); weights follow the PostgreSQL score (eligible > region = industry > in force).
    const boosts = [
      q.boost?.eligible?.length ? `(id:${list(q.boost.eligible.map((id) => `policy:${id}`))}):4` : '',
      q.boost?.regions.length ? `(regions:=${list(q.boost.regions)}):1` : '',
      q.boost?.industries.length ? `(industries:=${list(q.boost.industries)}):1` : '',
      '(in_force:=true):1',
    ].filter(Boolean);
    const sortBy = q.sort === 'DATE'
      ? 'published_at:desc'
      : [words.length ? '_text_match(buckets: 10):desc' : null, `_eval([ ${boosts.join(', ')} ]):desc`, 'popularity:desc'].filter(Boolean).join(',');
    const params = new URLSearchParams({
      q: words.length ? words.join(' ') : '*',
      query_by: q.filters.titleOnly ? 'title' : 'title,body',
      ...(q.filters.titleOnly ? {} : { query_by_weights: '4,1' }),
      pre_segmented_query: 'true',
      num_typos: '0',
      prefix: 'false',
      drop_tokens_threshold: anyWords ? '1000' : '0',
      sort_by: sortBy,
      offset: String(q.offset),
      limit: String(q.limit),
      include_fields: 'kind,ref_id,site_id,columns,title_raw,excerpt,url,published_at',
    });
    const filter = this.filterBy(q);
    if (filter) params.set('filter_by', filter);
    if (q.facets.length) {
      params.set('facet_by', q.facets.map((f) => FACET_TS[f]).join(','));
      params.set('max_facet_values', '30');
    }
    const r = await this.json<{
      found: number;
      hits: { document: TsDoc; text_match?: number }[];
      facet_counts?: { field_name: string; counts: { value: string; count: number }[] }[];
    }>('GET', `${this.docs}/search?${params}`);
    const facets: FacetCount[] = q.facets.map((f) => ({
      field: f,
      buckets: (r.facet_counts?.find((c) => c.field_name === FACET_TS[f])?.counts ?? []).map((c) => ({ value: c.value, count: c.count })),
    }));
    const maxMatch = Math.max(1, ...r.hits.map((h) => h.text_match ?? 0));
    const hits: EngineHit[] = r.hits.map((h) => ({
      kind: h.document.kind,
      refId: h.document.ref_id,
      siteId: h.document.site_id,
      title: h.document.title_raw,
      excerpt: h.document.excerpt ?? '',
      url: h.document.url ?? null,
      date: h.document.published_at ? new Date(h.document.published_at * 1000) : null,
      columns: h.document.columns,
      score: (h.text_match ?? 0) / maxMatch,
    }));
    return { total: r.found, approximate: false, hits, facets };
  }

  async suggest(prefix: string, siteIds: string[], limit: number): Promise<string[]> {
    await this.ensureCollection();
    const params = new URLSearchParams({
      q: segmentedText(prefix) || prefix,
      query_by: 'title',
      prefix: 'true',
      pre_segmented_query: 'true',
      num_typos: '0',
      sort_by: '_text_match:desc,popularity:desc',
      limit: String(limit),
      include_fields: 'title_raw',
      filter_by: `site_id:=${list(siteIds)}`,
    });
    const r = await this.json<{ hits: { document: { title_raw: string } }[] }>('GET', `${this.docs}/search?${params}`);
    return r.hits.map((h) => h.document.title_raw).filter((t) => t.startsWith(prefix));
  }

  async health() {
    try {
      const h = await this.json<{ ok: boolean }>('GET', '/health');
      await this.ensureCollection();
      const c = await this.json<{ num_documents: number }>('GET', `/collections/${encodeURIComponent(this.config.collection)}`);
      return { ok: h.ok, documents: c.num_documents };
    } catch (err) {
      return { ok: false, documents: 0, detail: (err as Error).message };
    }
  }

  async fingerprints(kind: string, afterId: string | null, limit: number): Promise<Fingerprint[]> {
    let all = this.exportCache.get(kind);
    if (!all) {
      await this.ensureCollection();
      const params = new URLSearchParams({ filter_by: `kind:=${v(kind)}`, include_fields: 'ref_id,fingerprint' });
      const res = await this.call('GET', `${this.docs}/export?${params}`);
      if (!res.ok) throw new Error(`typesense export failed: ${res.status}`);
      all = (await res.text())
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { ref_id: string; fingerprint?: string })
        .map((d) => ({ refId: d.ref_id, fingerprint: d.fingerprint ?? '' }))
        .sort((a, b) => (a.refId < b.refId ? -1 : 1));
      this.exportCache.set(kind, all);
    }
    const start = afterId ? all.findIndex((f) => f.refId > afterId) : 0;
    return start < 0 ? [] : all.slice(start, start + limit);
  }

  async recordClick(key: DocKey): Promise<void> {
    await this.ensureCollection();
    const id = encodeURIComponent(`${key.kind}:${key.refId}`);
    const res = await this.call('GET', `${this.docs}/${id}`);
    if (!res.ok) return;
    const doc = (await res.json()) as TsDoc;
    await this.json('PATCH', `${this.docs}/${id}`, { clicks: (doc.clicks ?? 0) + 1 });
  }

  async clear(kind?: string): Promise<void> {
    await this.ensureCollection();
    // `truncate` empties the collection and keeps its schema (v28+).
    const query = kind ? `filter_by=${encodeURIComponent(`kind:=${v(kind)}`)}` : 'truncate=true';
    await this.json('DELETE', `${this.docs}?${query}`);
    this.exportCache.clear();
  }
}
