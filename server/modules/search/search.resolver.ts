import { Arg, Args, Ctx as GqlCtx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireRole } from '../../common/auth.js';
import type { Ctx } from '../../common/context.js';
import { PageArgs } from '../../common/relay.js';
import { Role } from '../../common/roles.js';
import * as admin from './search.admin.js';
import { SearchClickInput, SearchConceptDeleteInput, SearchConceptInput, SearchInput, SearchReconcileInput } from './search.inputs.js';
import * as searching from './search.service.js';
import {
  SearchClickPayload,
  SearchConceptConnection,
  SearchConceptDeletePayload,
  SearchConceptPayload,
  SearchIndexStatus,
  SearchQueryStat,
  SearchReconcilePayload,
  SearchResult,
  SearchSuggestion,
} from './search.types.js';
import { RateLimited } from '../../common/rate-limit.js';

@Resolver(() => SearchResult)
export class SearchResolver {
  @Query(() => SearchResult, {
    description:
      'Search public content of every indexed kind (Q1–Q4, public): site or site-group scope, column, kind, type, department, region, industry and date filters, title-only, search within previous queries (二次检索), pinyin, typo correction and colloquial expansion (undo with `exact`), facets and service cards. At most 50 hits a page.',
  })
  @RateLimited('search')
  search(@GqlCtx() ctx: Ctx, @Arg('input', () => SearchInput) input: SearchInput): Promise<SearchResult> {
    return searching.search(ctx, input);
  }

  @Query(() => [SearchSuggestion], {
    description: 'Keyword recommendations for a prefix typed so far: Chinese, full pinyin or initials (public; at most 20).',
  })
  searchSuggest(
    @GqlCtx() ctx: Ctx,
    @Arg('prefix', () => String, { description: 'What has been typed (at most 30 characters).' }) prefix: string,
    @Arg('first', () => Int, { nullable: true, description: 'How many, 1–20 (default 10).' }) first?: number,
  ): Promise<SearchSuggestion[]> {
    return searching.suggest(ctx, prefix, first ?? 10);
  }

  @Mutation(() => SearchClickPayload, { description: 'Logs a click on a hit for popularity and query statistics (public; nothing personal is stored).' })
  searchClick(@GqlCtx() ctx: Ctx, @Arg('input', () => SearchClickInput) input: SearchClickInput) {
    return searching.recordClick(ctx, input.hitId, input.query);
  }

  @Query(() => [SearchQueryStat], { description: 'Most searched queries of the current site and its sub-sites. Requires OPERATOR.' })
  searchTopQueries(@GqlCtx() ctx: Ctx, @Arg('first', () => Int, { nullable: true, description: 'How many, 1–100 (default 20).' }) first?: number) {
    requireRole(ctx, Role.OPERATOR);
    return admin.queryStats(ctx, false, first ?? 20);
  }

  @Query(() => [SearchQueryStat], { description: 'Queries that found nothing, most frequent first (content gaps, missing concepts). Requires OPERATOR.' })
  searchZeroResultQueries(@GqlCtx() ctx: Ctx, @Arg('first', () => Int, { nullable: true, description: 'How many, 1–100 (default 20).' }) first?: number) {
    requireRole(ctx, Role.OPERATOR);
    return admin.queryStats(ctx, true, first ?? 20);
  }

  @Query(() => SearchConceptConnection, {
    description:
      'Colloquial concepts (口语词 → 规范词), the most recently changed first, then by phrase (the seeded table has a few hundred). Requires OPERATOR.',
  })
  searchConcepts(@GqlCtx() ctx: Ctx, @Args(() => PageArgs) page: PageArgs) {
    requireRole(ctx, Role.OPERATOR);
    return admin.listConcepts(ctx, page);
  }

  @Mutation(() => SearchConceptPayload, { description: 'Adds a colloquial concept or replaces its expansions. Requires OPERATOR; audited.' })
  searchConceptSave(@GqlCtx() ctx: Ctx, @Arg('input', () => SearchConceptInput) input: SearchConceptInput) {
    requireRole(ctx, Role.OPERATOR);
    return admin.saveConcept(ctx, input);
  }

  @Mutation(() => SearchConceptDeletePayload, { description: 'Removes a colloquial concept. Requires OPERATOR; audited.' })
  searchConceptDelete(@GqlCtx() ctx: Ctx, @Arg('input', () => SearchConceptDeleteInput) input: SearchConceptDeleteInput) {
    requireRole(ctx, Role.OPERATOR);
    return admin.deleteConcept(ctx, input.id);
  }

  @Query(() => SearchIndexStatus, { description: 'Engine, health, document count and pending outbox of the search index. Requires OPERATOR or SYSTEM_ADMIN.' })
  searchIndexStatus(@GqlCtx() ctx: Ctx) {
    requireRole(ctx, Role.OPERATOR, Role.SYSTEM_ADMIN);
    return admin.indexStatus(ctx);
  }

  @Mutation(() => SearchReconcilePayload, {
    description: 'Compares the index with its sources and optionally queues drifted objects for indexing. Requires OPERATOR or SYSTEM_ADMIN; audited.',
  })
  searchReconcile(@GqlCtx() ctx: Ctx, @Arg('input', () => SearchReconcileInput, { nullable: true }) input?: SearchReconcileInput) {
    requireRole(ctx, Role.OPERATOR, Role.SYSTEM_ADMIN);
    return admin.reconcileIndex(ctx, !!input?.repair);
  }

  @FieldResolver(() => Int, { description: 'Matching documents; an estimate when approximate.' })
  totalCount(@Root() r: SearchResult): number {
    return r.totalCount;
  }
}
