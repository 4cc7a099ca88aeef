import { afterCommit } from '../../common/after-commit.js';
import { audit } from '../../common/audit.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, Violations, fail } from '../../common/errors.js';
import { fromGlobalId, toGlobalId } from '../../common/ids.js';
import { mutation } from '../../common/mutation.js';
import { connectionOf, pageOf, type PageArgs } from '../../common/relay.js';
import { pgArray } from '../../db/sql.js';
import { engineFor } from './engines.js';
import { reconcile } from './indexer.js';
import type { SearchConceptInput } from './search.inputs.js';
import type { SearchConcept, SearchQueryStat } from './search.types.js';
import { DICT_VERSION } from './segment.js';
import { normalize } from './understand.js';
import { columns } from '../../db/columns.js';

const CONCEPT_COLUMNS = columns('search_concept', { omit: ['createdAt'] });
const asConcept = (r: SearchConcept): SearchConcept => ({ ...r, id: toGlobalId('SearchConcept', r.id) });

/** Query statistics of the current site and its sub-sites, most searched first (or only those that found nothing). */
export async function queryStats(ctx: Ctx, zeroOnly: boolean, first: number): Promise<SearchQueryStat[]> {
  const limit = Math.min(Math.max(first, 1), 100);
  await ctx.services.queryLog.flush(ctx.em);
  const rows = await ctx.em.execute<(SearchQueryStat & { siteId: string })[]>(
    `select ${columns('search_query_stat')}
       from search_query_stat where site_id = any(?::uuid[]) ${zeroOnly ? 'and zero_results > 0' : ''}
      order by ${zeroOnly ? 'zero_results desc' : 'searches desc'}, last_at desc limit ?`,
    [pgArray(ctx.sites.scope(ctx.site.id)), limit],
  );
  return rows.map((r) => ({ ...r, site: ctx.sites.byId(r.siteId) ?? null }));
}

export async function listConcepts(ctx: Ctx, args: PageArgs) {
  const page = pageOf(args);
  const rows = await ctx.em.execute<SearchConcept[]>(`select ${CONCEPT_COLUMNS} from search_concept order by updated_at desc, phrase limit ? offset ?`, [
    page.limit + 1,
    page.offset,
  ]);
  return connectionOf(rows.map(asConcept), page, async () => {
    const [r] = await ctx.em.execute<{ n: number }[]>('select count(*)::int as n from search_concept');
    return r.n;
  });
}

/** Creates a concept or replaces the expansions of an existing phrase (audited). */
export function saveConcept(ctx: Ctx, input: SearchConceptInput) {
  return mutation(ctx, async (em) => {
    const v = new Violations();
    const phrase = normalize(input.phrase ?? '').replace(/ /g, '');
    if (v.required('phrase', phrase, '口语词')) v.maxLength('phrase', phrase, 20, '口语词');
    const expansions = [...new Set((input.expansions ?? []).map((e) => normalize(e).replace(/ /g, '')).filter(Boolean))];
    if (!expansions.length) v.add(ErrorCode.REQUIRED, 'expansions', '请至少填写一个对应的规范词');
    if (expansions.length > 10) v.add(ErrorCode.INVALID, 'expansions', '规范词最多10个');
    if (expansions.some((e) => [...e].length > 20)) v.add(ErrorCode.TOO_LONG, 'expansions', '每个规范词不能超过20个字');
    v.throwIfAny();
    const [row] = await em.execute<SearchConcept[]>(
      `insert into search_concept (phrase, expansions) values (?, ?::text[])
       on conflict (phrase) do update set expansions = excluded.expansions, updated_at = now()
       returning ${CONCEPT_COLUMNS}`,
      [phrase, pgArray(expansions)],
    );
    await audit(ctx, { operation: 'search.conceptSave', objectType: 'SearchConcept', objectId: row.id, result: 'SUCCESS', detail: { phrase, expansions } }, em);
    afterCommit(em, () => ctx.services.lexicon.invalidate());
    return { concept: asConcept(row) };
  });
}

export function deleteConcept(ctx: Ctx, globalId: string) {
  return mutation(ctx, async (em) => {
    const id = fromGlobalId(globalId, 'SearchConcept');
    const [row] = id ? await em.execute<{ id: string; phrase: string }[]>('delete from search_concept where id = ? returning id, phrase', [id]) : [];
    if (!row) fail(ErrorCode.NOT_FOUND, 'id', '口语词不存在');
    await audit(
      ctx,
      { operation: 'search.conceptDelete', objectType: 'SearchConcept', objectId: row.id, result: 'SUCCESS', detail: { phrase: row.phrase } },
      em,
    );
    afterCommit(em, () => ctx.services.lexicon.invalidate());
    return { deletedId: globalId };
  });
}

export async function indexStatus(ctx: Ctx) {
  const engine = engineFor(ctx.em, ctx.services);
  const health = await engine.health();
  const [p] = await ctx.em.execute<{ n: number }[]>('select count(*)::int as n from search_outbox');
  return { engine: engine.name, healthy: health.ok, documents: health.documents, pending: p.n, dictionaryVersion: DICT_VERSION };
}

/** Compares the index with every source; with `repair`, queues drifted objects (audited). */
export function reconcileIndex(ctx: Ctx, repair: boolean) {
  return mutation(ctx, async (em) => {
    const drift = await reconcile(em, engineFor(em, ctx.services), ctx.extensions.searchSources, repair);
    await audit(
      ctx,
      { operation: 'search.reconcile', objectType: 'SearchIndex', result: 'SUCCESS', detail: { repair, drift: drift.map(({ sample: _s, ...d }) => d) } },
      em,
    );
    return { drift, repaired: repair };
  });
}
