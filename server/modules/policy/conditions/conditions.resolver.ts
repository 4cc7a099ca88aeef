import { Arg, Args, Ctx as GqlCtx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireRole } from '../../../common/auth.js';
import type { Ctx } from '../../../common/context.js';
import { toGlobalId } from '../../../common/ids.js';
import { ConnectionType, PageArgs } from '../../../common/relay.js';
import { Role } from '../../../common/roles.js';
import { Policy } from '../policy.entity.js';
import { PolicyPayload } from '../policy.types.js';
import { bodySentences } from '../content/sanitize.js';
import { conditionSentencesOf, conditionsOf, setConditions } from './conditions.service.js';
import { MatchVerdict, PolicyCondition, PolicyConditionsSetInput, PolicyMatch } from './conditions.types.js';
import { listMatches, matchOne } from '../matching/matching.service.js';
import type { Verdict } from '../matching/matching.js';
import { RateLimited } from '../../../common/rate-limit.js';

const PolicyMatchConnection = ConnectionType(PolicyMatch, 'PolicyMatch', 'policy match');

@Resolver(() => Policy)
export class PolicyConditionsResolver {
  @FieldResolver(() => [PolicyCondition], { description: 'Eligibility conditions (decomposition), in order. Visible with the policy.' })
  conditions(@Root() p: Policy, @GqlCtx() ctx: Ctx) {
    return conditionsOf(ctx, p.id);
  }

  @FieldResolver(() => [String], { description: 'Sentences of the body in order, the candidates a condition can be pinned to (O1). Visible with the policy.' })
  sentences(@Root() p: Policy): string[] {
    return bodySentences(p.body);
  }

  @FieldResolver(() => [String], {
    nullable: true,
    description:
      'The sentences of the conditions section as marked in the decomposition tool (null: not marked). Those no condition is pinned to are not checked by matching. Visible with the policy.',
  })
  conditionSentences(@Root() p: Policy, @GqlCtx() ctx: Ctx) {
    return conditionSentencesOf(ctx, p.id);
  }

  @Mutation(() => PolicyPayload, {
    description: 'Replace the eligibility conditions of a policy, each pinned to a sentence of its body (O1). Requires OPERATOR; audited.',
  })
  policyConditionsSet(@GqlCtx() ctx: Ctx, @Arg('input', () => PolicyConditionsSetInput) input: PolicyConditionsSetInput) {
    requireRole(ctx, Role.OPERATOR);
    return setConditions(ctx, input);
  }

  @Query(() => PolicyMatchConnection, {
    description:
      'Published in-force policies matched against the viewer’s enterprise (B2, P5), ranked by verdict then nearest deadline. Enterprise members only. Default verdicts ELIGIBLE and LIKELY; NOT_ELIGIBLE lists only near misses (every unmet condition changeable) unless `all` is true, which lists every policy (default verdicts then ELIGIBLE, LIKELY and NOT_ELIGIBLE), each with its reasons.',
  })
  @RateLimited('matching')
  policyMatches(
    @GqlCtx() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('verdicts', () => [MatchVerdict], { nullable: true, description: 'Verdicts to list (default ELIGIBLE, LIKELY; with all, every verdict).' })
    verdicts?: MatchVerdict[],
    @Arg('all', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Every policy, including those ruled out by a condition the enterprise cannot change (NOT_ELIGIBLE with reasons). Default false.',
    })
    all?: boolean,
  ) {
    return listMatches(ctx, verdicts as Verdict[] | undefined, page, !!all);
  }

  @Query(() => PolicyMatch, {
    nullable: true,
    description: 'One policy matched against the viewer’s enterprise, with every condition’s outcome. Enterprise members only.',
  })
  policyMatch(@GqlCtx() ctx: Ctx, @Arg('policyId', () => ID) policyId: string) {
    return matchOne(ctx, policyId);
  }
}

@Resolver(() => PolicyCondition)
export class PolicyConditionResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() c: PolicyCondition): string {
    return toGlobalId('PolicyCondition', c.id);
  }
}
