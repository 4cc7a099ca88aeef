import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../common/context.js';
import type { SearchDocument } from './engine.js';

/**
 * A kind of content the index holds. Modules register one (in their own `x.search.ts`) and add the outbox
 * trigger to their table in their migration (docs/search.md); the search module never reads their code.
 */
export interface SearchSource {
  kind: string;
  /** GraphQL type of the underlying object (hit ids are its global ids). */
  graphqlType: string;
  /** Chinese label of the kind (facet label). */
  label: string;
  /** Documents for these ids that may be public now; ids left out are removed from the index. */
  load(em: EntityManager, ids: readonly string[]): Promise<SearchDocument[]>;
  /** The next batch of public documents with id > afterId, in id order (full reindex, reconcile). */
  all(em: EntityManager, afterId: string | null, limit: number): Promise<SearchDocument[]>;
  /** Labels of `type` facet values. */
  typeLabels?: Record<string, string>;
}

const SOURCES = new Map<string, SearchSource>();

export function registerSearchSource(source: SearchSource): void {
  SOURCES.set(source.kind, source);
}

export function searchSources(): SearchSource[] {
  return [...SOURCES.values()];
}

export function searchSource(kind: string): SearchSource | undefined {
  return SOURCES.get(kind);
}

/**
 * The outbox entry point for code that changes indexable content without a trigger on its table: call it in
 * the same transaction as the change (the row and its `search.index` job commit or roll back with it).
 */
export async function enqueueIndex(ctxOrEm: Ctx | EntityManager, kind: string, id: string): Promise<void> {
  const em = 'em' in ctxOrEm && 'viewer' in ctxOrEm ? ctxOrEm.em : (ctxOrEm as EntityManager);
  await em.execute('insert into search_outbox (kind, ref_id) values (?, ?)', [kind, id]);
}
