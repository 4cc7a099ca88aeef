import { createHash } from 'node:crypto';
import { segmentQuery } from '../segment.js';
import { type TypesenseConnection, statusOf } from './client.js';
import { SCHEMA_FIELDS, SYMBOLS_TO_INDEX, collectionName, synonymSetOf } from './schema.js';

interface CollectionInfo {
  name: string;
  num_documents: number;
  created_at: number;
}

/** Typesense's major version (`GET /debug`): 30 moved synonyms from collections to linked synonym sets. */
export async function serverMajor(conn: TypesenseConnection): Promise<number> {
  const debug = await conn.request<{ version?: string }>({ method: 'get', path: '/debug' });
  const m = /^v?(\d+)/.exec(debug.version ?? '');
  return m ? Number(m[1]) : 30;
}

/** Concepts as one-way synonyms, segmented the way queries are (precise mode), so a root matches a query's tokens. */
export function synonymItems(concepts: ReadonlyMap<string, readonly string[]>) {
  const seg = (s: string) => segmentQuery(s).join(' ');
  return [...concepts]
    .map(([phrase, expansions]) => ({
      id: `c${createHash('sha1').update(phrase).digest('hex').slice(0, 16)}`,
      root: seg(phrase),
      synonyms: [...new Set(expansions.map(seg).filter(Boolean))],
    }))
    .filter((i) => i.root && i.synonyms.length);
}

/**
 * A reindex into a fresh collection. Nothing a search reads changes until `finish`, which checks the count,
 * syncs the concept synonyms and only then points the alias at the new collection (one atomic switch on the
 * server); until then the alias keeps serving the previous collection, complete. Requests never create or move
 * anything: this is the only writer of collections, aliases and synonym sets.
 */
export class TypesenseRebuild {
  readonly name: string;
  private imported = 0;
  private major = 30;

  constructor(
    private readonly conn: TypesenseConnection,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.name = collectionName(conn.config.collection, now());
  }

  private get alias() {
    return this.conn.config.collection;
  }

  async start(): Promise<void> {
    this.major = await serverMajor(this.conn);
    const existing = await this.conn
      .request<{ collection_name: string }>({ method: 'get', path: `/aliases/${encodeURIComponent(this.alias)}` })
      .catch((err) => {
        if (statusOf(err) === 404) return null;
        throw err;
      });
    if (!existing) {
      // An older deployment may hold a real collection under the alias's name: an alias cannot replace it.
      const clash = await this.conn.request<CollectionInfo>({ method: 'get', path: `/collections/${encodeURIComponent(this.alias)}` }).catch(() => null);
      if (clash) throw new Error(`typesense: a collection is named ${this.alias}, the alias this version needs; export it if needed, delete it, then reindex`);
    }
    // v30+: the collection is linked at creation to its own synonym set, filled in `finish`.
    const set = synonymSetOf(this.name);
    if (this.major >= 30) await this.conn.request({ method: 'put', path: `/synonym_sets/${encodeURIComponent(set)}`, body: { items: [] } });
    try {
      await this.conn.request({
        method: 'post',
        path: '/collections',
        body: {
          name: this.name,
          fields: SCHEMA_FIELDS,
          token_separators: [],
          symbols_to_index: SYMBOLS_TO_INDEX,
          ...(this.major >= 30 ? { synonym_sets: [set] } : {}),
        },
      });
    } catch (err) {
      if (statusOf(err) !== 409) throw err; // a retried create whose first attempt went through
    }
  }

  /** Documents of the new collection (created: a document met twice is an error, not a silent overwrite). */
  async add(lines: readonly Record<string, unknown>[]): Promise<void> {
    if (!lines.length) return;
    await importLines(this.conn, this.name, lines, 'create');
    this.imported += lines.length;
  }

  /** Count check, synonyms, alias switch; then drops collections replaced longer than the grace period ago. */
  async finish(concepts: ReadonlyMap<string, readonly string[]>, log: (line: string) => void = () => {}): Promise<void> {
    const info = await this.conn.request<CollectionInfo>({ method: 'get', path: `/collections/${encodeURIComponent(this.name)}` });
    if (info.num_documents !== this.imported) {
      throw new Error(`typesense: ${this.name} holds ${info.num_documents} documents, ${this.imported} were imported; the alias was left as it was`);
    }
    const items = synonymItems(concepts);
    if (this.major >= 30) {
      await this.conn.request({ method: 'put', path: `/synonym_sets/${encodeURIComponent(synonymSetOf(this.name))}`, body: { items } });
    } else {
      for (const { id, ...body } of items) {
        await this.conn.request({ method: 'put', path: `/collections/${encodeURIComponent(this.name)}/synonyms/${encodeURIComponent(id)}`, body });
      }
    }
    log(`typesense: ${items.length} concepts as synonyms of ${this.name}`);
    await this.conn.request({ method: 'put', path: `/aliases/${encodeURIComponent(this.alias)}`, body: { collection_name: this.name } });
    log(`typesense: alias ${this.alias} → ${this.name} (${this.imported} documents)`);
    await this.retireOld(log);
  }

  /** Drops the unfinished collection (the alias never pointed at it). */
  async abort(): Promise<void> {
    await this.conn.request({ method: 'delete', path: `/collections/${encodeURIComponent(this.name)}` }).catch(() => {});
    if (this.major >= 30) await this.conn.request({ method: 'delete', path: `/synonym_sets/${encodeURIComponent(synonymSetOf(this.name))}` }).catch(() => {});
  }

  /**
   * Our collections other than the alias's target are dropped once the collection that replaced them is older
   * than the grace period (the one just replaced stays for a rollback by alias until the next reindex). On
   * Typesense 30+ their synonym sets go with them, and so do sets the v29 → v30 upgrade migrated from our
   * old collections' synonyms (they would keep expanding deleted concepts if still linked).
   */
  private async retireOld(log: (line: string) => void): Promise<void> {
    const prefix = `${this.alias}_v`;
    const all = (await this.conn.request<CollectionInfo[]>({ method: 'get', path: '/collections' }))
      .filter((c) => c.name.startsWith(prefix))
      .sort((a, b) => a.created_at - b.created_at || (a.name < b.name ? -1 : 1));
    const cutoff = this.now().getTime() / 1000 - this.conn.config.retireAfterMs / 1000;
    const live = new Set<string>();
    for (let i = 0; i < all.length; i++) {
      const successor = all[i + 1];
      if (all[i].name !== this.name && successor && successor.created_at <= cutoff) {
        await this.conn.request({ method: 'delete', path: `/collections/${encodeURIComponent(all[i].name)}` }).catch((err) => {
          if (statusOf(err) !== 404) throw err;
        });
        log(`typesense: dropped ${all[i].name}`);
      } else live.add(all[i].name);
    }
    if (this.major < 30) return;
    const sets = await this.conn.request<{ name: string }[]>({ method: 'get', path: '/synonym_sets' });
    for (const s of sets) {
      if (!s.name.startsWith(prefix) || [...live].some((c) => s.name.startsWith(c))) continue;
      await this.conn.request({ method: 'delete', path: `/synonym_sets/${encodeURIComponent(s.name)}` }).catch(() => {});
      log(`typesense: dropped synonym set ${s.name}`);
    }
  }
}

/** `POST …/documents/import`: JSON lines; the server answers 200 and reports each document on its own line. */
export async function importLines(
  conn: TypesenseConnection,
  collection: string,
  docs: readonly Record<string, unknown>[],
  action: 'create' | 'emplace',
): Promise<void> {
  const res = await conn.request<unknown>({
    method: 'post',
    path: `/collections/${encodeURIComponent(collection)}/documents/import`,
    query: { action },
    body: docs.map((d) => JSON.stringify(d)).join('\n'),
    contentType: 'text/plain',
    long: true,
  });
  const lines =
    typeof res === 'string'
      ? res
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as { success: boolean; error?: string })
      : [res as { success: boolean; error?: string }];
  const failed = lines.filter((l) => !l.success);
  if (failed.length) throw new Error(`typesense rejected ${failed.length} of ${docs.length} documents: ${String(failed[0].error).slice(0, 300)}`);
}
