import { Arg, Args, Ctx as GqlCtx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { requireRole } from '../../../common/auth.js';
import type { Ctx } from '../../../common/context.js';
import { UserError, UserErrors } from '../../../common/errors.js';
import { ExportFile } from '../../../common/export.js';
import { toGlobalId } from '../../../common/ids.js';
import { labelValues } from '../../../common/labels.js';
import { ConnectionType, PageArgs } from '../../../common/relay.js';
import { Role } from '../../../common/roles.js';
import { ConditionResult } from '../conditions/conditions.types.js';
import { REACH_EXPORT_LIMIT, REACH_VERDICT_LABELS, policyReach, policyReachEnterprises, policyReachXlsx, type ReachVerdict } from './reach.service.js';
import { RateLimited } from '../../../common/rate-limit.js';

export enum PolicyReachVerdict {
  ELIGIBLE = 'ELIGIBLE',
  LIKELY = 'LIKELY',
  NEAR_MISS = 'NEAR_MISS',
}
registerEnumType(PolicyReachVerdict, {
  name: 'PolicyReachVerdict',
  description:
    'How a policy reaches a verified enterprise (政策直达). ELIGIBLE: every condition met (reach it directly, 免申即享); LIKELY: none unmet but some of the data missing; NEAR_MISS: every unmet condition is one the enterprise can change.',
  valuesConfig: labelValues(REACH_VERDICT_LABELS),
});

@ObjectType({ description: 'How many verified enterprises of the policy’s site scope a decomposed policy reaches (政策直达). OPERATOR or REVIEWER.' })
export class PolicyReach {
  policyId!: string;
  @Field(() => Int, { description: 'Enterprises meeting every condition.' })
  eligible!: number;
  @Field(() => Int, { description: 'Enterprises with no unmet condition but some unknown (declared data missing).' })
  likely!: number;
  @Field(() => Int, { description: 'Enterprises whose unmet conditions are all changeable.' })
  nearMiss!: number;
  @Field(() => Int, { description: 'Enterprises notified about this policy so far (any version, any reason).' })
  notified!: number;
}

@ObjectType({ description: 'Result of asking for a policy’s reach: the counts, or errors (e.g. the policy has no conditions yet).' })
export class PolicyReachPayload {
  @Field(() => PolicyReach, { nullable: true, description: 'The counts; null when there are errors.' })
  reach!: PolicyReach | null;
  @Field(() => [UserError], { description: 'Expected failures with Chinese messages: NOT_FOUND, INVALID_STATE (no conditions).' })
  errors!: UserError[];
}

@ObjectType({
  description:
    'A verified enterprise a policy reaches, with every condition’s outcome and reason. OPERATOR or REVIEWER; no contact data (only in the audited export).',
})
export class PolicyReachEnterprise {
  id!: string;
  @Field(() => String, { description: 'Enterprise name.' })
  name!: string;
  @Field(() => String, { description: 'Unified social credit code (统一社会信用代码).' })
  uscc!: string;
  @Field(() => String, { description: 'Region code of registration (GB/T 2260).' })
  regionCode!: string;
  @Field(() => String, { description: 'Region name.' })
  regionName!: string;
  @Field(() => String, { description: 'Industry code (GB/T 4754).' })
  industryCode!: string;
  @Field(() => String, { description: 'Industry name (of the enterprise’s code, at its level).' })
  industryName!: string;
  @Field(() => String, {
    description:
      'Size class: LARGE, MEDIUM, SMALL or MICRO; the possible classes comma-separated when the declared indicators leave several; empty when none are declared.',
  })
  sizeClass!: string;
  @Field(() => PolicyReachVerdict, { description: 'Verdict for this enterprise.' })
  verdict!: PolicyReachVerdict;
  @Field(() => [ConditionResult], { description: 'Every condition of the policy with its outcome and plain Chinese reason, in order.' })
  conditions!: ConditionResult[];
}

const PolicyReachEnterpriseConnection = ConnectionType(PolicyReachEnterprise, 'PolicyReachEnterprise', 'enterprise a policy reaches');

@Resolver(() => PolicyReachEnterprise)
export class PolicyReachResolver {
  @FieldResolver(() => ID, { description: 'Global id of the enterprise.' })
  id(@Root() e: PolicyReachEnterprise): string {
    return toGlobalId('Enterprise', e.id);
  }

  @Query(() => PolicyReachPayload, {
    description:
      'How many verified enterprises of its site scope a decomposed policy reaches: eligible, likely, near miss, and how many were notified (惠企政策直达). OPERATOR or REVIEWER.',
  })
  @RateLimited('policyReach')
  async policyReach(@GqlCtx() ctx: Ctx, @Arg('policyId', () => ID, { description: 'Global id of the policy.' }) policyId: string): Promise<PolicyReachPayload> {
    requireRole(ctx, Role.OPERATOR, Role.REVIEWER);
    try {
      return { reach: await policyReach(ctx, policyId), errors: [] };
    } catch (err) {
      if (err instanceof UserErrors) return { reach: null, errors: err.errors };
      throw err;
    }
  }

  @Query(() => PolicyReachEnterpriseConnection, {
    description:
      'The verified enterprises a policy reaches with one verdict, ordered by name, each with its conditions’ reasons. OPERATOR or REVIEWER. A policy not found or without conditions is a BAD_USER_INPUT error.',
  })
  @RateLimited('policyReach')
  policyReachEnterprises(
    @GqlCtx() ctx: Ctx,
    @Arg('policyId', () => ID, { description: 'Global id of the policy.' }) policyId: string,
    @Arg('verdict', () => PolicyReachVerdict, { description: 'Which enterprises to list.' }) verdict: PolicyReachVerdict,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    requireRole(ctx, Role.OPERATOR, Role.REVIEWER);
    return policyReachEnterprises(ctx, policyId, verdict as ReachVerdict, page);
  }

  @Query(() => ExportFile, {
    description: `The same list as an XLSX workbook for outreach, with contact name and phone (at most ${REACH_EXPORT_LIMIT} rows, by name). OPERATOR only (least privilege: it exports contact data in bulk); audited.`,
  })
  @RateLimited('export')
  policyReachXlsx(
    @GqlCtx() ctx: Ctx,
    @Arg('policyId', () => ID, { description: 'Global id of the policy.' }) policyId: string,
    @Arg('verdict', () => PolicyReachVerdict, { description: 'Which enterprises to export.' }) verdict: PolicyReachVerdict,
  ) {
    requireRole(ctx, Role.OPERATOR);
    return policyReachXlsx(ctx, policyId, verdict as ReachVerdict);
  }
}
