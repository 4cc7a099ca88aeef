import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../common/context.js';
import type { SearchDocument } from './engine.js';

/**
 * A kind of content the index holds. A feature contributes one from its own `x.search.ts` through its index.ts
 * (`contributes: { searchSources: [...] }`) and adds the outbox trigger to its table in its migration
 * (docs/search.md); the search feature never reads their code.
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
  /**
   * Where the institution offering an object is stored (`SearchHit.institution`): a table whose `id` is the hit's
   * ref id and the column holding the institution uuid. Search reads all hits' institutions in one statement.
   */
  institutionOf?: { table: string; column: string };
}

/**
 * What ranking knows of the signed-in viewer's enterprise (Q4): its region and industry code, and the ids of
 * the policies it is eligible for, best first. Policy matching contributes it; without one there is no boost.
 */
export type SearchProfileProvider = (
  ctx: Ctx,
  enterpriseId: string,
  limit: number,
) => Promise<{ regionCode: string; industryCode: string; eligiblePolicyIds: string[] } | null>;

declare module '../../common/platform-services.js' {
  interface ExtensionPoints {
    /** Kinds of content in the search index. */
    searchSources: SearchSource;
    /** The enterprise profile used to rank a signed-in viewer's results (the first contribution is used). */
    searchProfiles: SearchProfileProvider;
  }
}

/**
 * The outbox entry point for code that changes indexable content without a trigger on its table: call it in
 * the same transaction as the change (the row and its `search.index` job commit or roll back with it).
 */
export async function enqueueIndex(ctxOrEm: Ctx | EntityManager, kind: string, id: string): Promise<void> {
  const em = 'em' in ctxOrEm && 'viewer' in ctxOrEm ? ctxOrEm.em : (ctxOrEm as EntityManager);
  await em.execute('insert into search_outbox (kind, ref_id) values (?, ?)', [kind, id]);
}
