import type { EntityManager } from '@mikro-orm/postgresql';
import { excerptOf, fingerprintOf, segmentedText } from './document.js';
import type { DocKey, EngineHit, EngineQuery, EngineResult, FacetCount, Fingerprint, IndexRebuild, SearchDocument, SearchEngine } from './engine.js';
import { type TypesenseConnection, statusOf } from './typesense/client.js';
import { FACET_TS, safeValue, searchParams, suggestParams } from './typesense/query.js';
import { TypesenseRebuild, importLines } from './typesense/rebuild.js';

export { typesenseConfig, typesenseConfigFromEnv, type TypesenseConfig } from './typesense/config.js';
export { TypesenseConnection, TypesenseConnections } from './typesense/client.js';

/**
 * Typesense adapter over the official client (typesense/client.ts: nodes, timeouts, retries). Per the
 * maintainers' advice for Chinese, text is segmented here (jieba, the PostgreSQL adapter's dictionary), indexed
 * without a locale, and queries are sent pre-segmented; typo tolerance is off (understand.ts corrects).
 *
 * Every request goes through the alias `<collection>`; only `npm run reindex` (`beginRebuild`) creates a
 * collection, fills it, and moves the alias (typesense/rebuild.ts). Searches are `POST /multi_search`
 * (typesense/query.ts), so the query string stays short whatever the filters.
 */
export class TypesenseEngine implements SearchEngine {
  readonly name = 'typesense';
  readonly external = true;
  private exportCache = new Map<string, Fingerprint[]>();

  /** `em` counts clicks (search_click is their record; the index holds a copy). */
  constructor(
    private readonly conn: TypesenseConnection,
    private readonly em?: EntityManager,
  ) {}

  private get alias() {
    return this.conn.config.collection;
  }

  private get docs() {
    return `/collections/${encodeURIComponent(this.alias)}/documents`;
  }

  /** Emplaced: a document already indexed keeps the fields not sent (its clicks). */
  async upsert(docs: readonly SearchDocument[]): Promise<void> {
    if (!docs.length) return;
    await importLines(
      this.conn,
      this.alias,
      docs.map((d) => indexedDocument(d)),
      'emplace',
    );
    this.exportCache.clear();
  }

  async delete(keys: readonly DocKey[]): Promise<void> {
    const ids = keys.map((k) => `${k.kind}:${k.refId}`).filter(safeValue);
    for (let i = 0; i < ids.length; i += 100) {
      const list = ids
        .slice(i, i + 100)
        .map((id) => `\`${id}\``)
        .join(',');
      await this.conn.request({ method: 'delete', path: this.docs, query: { filter_by: `id:=[${list}]` } });
    }
    this.exportCache.clear();
  }

  async search(q: EngineQuery): Promise<EngineResult> {
    const r = await this.multiSearch<SearchResult>(searchParams(q, this.alias));
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
    // search_cutoff: the server stopped early (search_cutoff_ms), so totals and facets are partial.
    return { total: r.found, approximate: !!r.search_cutoff, hits, facets };
  }

  async suggest(prefix: string, siteIds: string[], limit: number): Promise<string[]> {
    const tokens = segmentedText(prefix) || prefix;
    const r = await this.multiSearch<{ hits: { document: { title_raw: string } }[] }>(suggestParams(tokens, siteIds, limit, this.alias));
    return r.hits.map((h) => h.document.title_raw).filter((t) => t.startsWith(prefix));
  }

  /** One search per request, in the body; a failed search comes back inside a 200 answer. */
  private async multiSearch<T>(search: Record<string, unknown>): Promise<T> {
    const res = await this.conn.request<{ results: (T & { error?: string; code?: number })[] }>({
      method: 'post',
      path: '/multi_search',
      body: { searches: [search] },
    });
    const [first] = res.results;
    if (!first || first.error) throw new Error(`typesense search failed: ${first?.code ?? ''} ${first?.error ?? 'no result'}`);
    return first;
  }

  /** Read-only: the node's health (with `resource_error`, e.g. OUT_OF_DISK) and the alias's document count. */
  async health() {
    try {
      const h = await this.conn.request<{ ok: boolean; resource_error?: string }>({ method: 'get', path: '/health' });
      if (!h.ok) return { ok: false, documents: 0, detail: h.resource_error ?? 'not ready' };
      const c = await this.conn.request<{ num_documents: number }>({ method: 'get', path: `/collections/${encodeURIComponent(this.alias)}` }).catch((err) => {
        if (statusOf(err) === 404) return null;
        throw err;
      });
      if (!c) return { ok: false, documents: 0, detail: `no collection behind ${this.alias}: run npm run reindex` };
      return { ok: true, documents: c.num_documents };
    } catch (err) {
      return { ok: false, documents: 0, detail: (err as Error).message };
    }
  }

  async fingerprints(kind: string, afterId: string | null, limit: number): Promise<Fingerprint[]> {
    let all = this.exportCache.get(kind);
    if (!all) {
      if (!safeValue(kind)) return [];
      const text = await this.conn.request<unknown>({
        method: 'get',
        path: `${this.docs}/export`,
        query: { filter_by: `kind:=\`${kind}\``, include_fields: 'ref_id,fingerprint' },
        long: true,
      });
      const lines =
        typeof text === 'string'
          ? text
              .split('\n')
              .filter(Boolean)
              .map((l) => JSON.parse(l) as ExportLine)
          : text
            ? [text as ExportLine]
            : [];
      all = lines.map((d) => ({ refId: d.ref_id, fingerprint: d.fingerprint ?? '' })).sort((a, b) => (a.refId < b.refId ? -1 : 1));
      this.exportCache.set(kind, all);
    }
    const start = afterId ? all.findIndex((f) => f.refId > afterId) : 0;
    return start < 0 ? [] : all.slice(start, start + limit);
  }

  /**
   * The click is already in search_click (same transaction); the index gets the document's total from there,
   * so concurrent clicks converge instead of overwriting each other's increments, and a reindex keeps them.
   */
  async recordClick(key: DocKey): Promise<void> {
    if (!this.em) return;
    const [row] = await this.em.execute<{ n: number }[]>('select count(*)::int as n from search_click where kind = ? and ref_id = ?', [key.kind, key.refId]);
    await this.conn
      .request({ method: 'patch', path: `${this.docs}/${encodeURIComponent(`${key.kind}:${key.refId}`)}`, body: { clicks: row?.n ?? 0 } })
      .catch((err) => {
        if (statusOf(err) !== 404) throw err; // not indexed (yet): the next reindex carries the count
      });
  }

  async clear(kind?: string): Promise<void> {
    if (kind !== undefined && !safeValue(kind)) return;
    // `truncate` empties the collection and keeps its schema (v28+).
    await this.conn.request({ method: 'delete', path: this.docs, query: kind ? { filter_by: `kind:=\`${kind}\`` } : { truncate: true } });
    this.exportCache.clear();
  }

  /** `npm run reindex`: a fresh collection behind the alias (typesense/rebuild.ts). */
  async beginRebuild(): Promise<IndexRebuild> {
    const rebuild = new TypesenseRebuild(this.conn);
    await rebuild.start();
    return {
      add: (docs, clicks) => rebuild.add(docs.map((d) => ({ ...indexedDocument(d), clicks: clicks.get(`${d.kind}:${d.refId}`) ?? 0 }))),
      finish: (concepts, log) => rebuild.finish(concepts, log),
      abort: () => rebuild.abort(),
    };
  }
}

interface TsDoc {
  kind: string;
  ref_id: string;
  site_id: string;
  columns: string[];
  title_raw: string;
  excerpt?: string;
  url?: string;
  published_at: number;
}

interface SearchResult {
  found: number;
  search_cutoff?: boolean;
  hits: { document: TsDoc; text_match?: number }[];
  facet_counts?: { field_name: string; counts: { value: string; count: number }[] }[];
}

interface ExportLine {
  ref_id: string;
  fingerprint?: string;
}

/** The indexed form, without clicks. Optional fields are sent as null when empty: an emplace clears them. */
function indexedDocument(d: SearchDocument): Record<string, unknown> {
  return {
    id: `${d.kind}:${d.refId}`,
    kind: d.kind,
    ref_id: d.refId,
    site_id: d.siteId,
    columns: d.columns,
    type: d.type ?? null,
    department: d.department ?? null,
    regions: d.regions,
    industries: d.industries,
    published_at: Math.floor((d.publishedAt?.getTime() ?? 0) / 1000),
    title: segmentedText(d.title),
    body: segmentedText(d.body),
    title_raw: d.title,
    excerpt: excerptOf(d.body),
    url: d.url ?? null,
    in_force: d.inForce,
    popularity: d.popularity,
    service: d.service,
    fingerprint: fingerprintOf(d),
  };
}
