import { Arg, Args, Ctx as GqlCtx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { requireRole, requireViewer } from '../../common/auth.js';
import type { Ctx } from '../../common/context.js';
import type { Row } from '../../common/raw-sql.js';
import { UserError } from '../../common/errors.js';
import { toGlobalId } from '../../common/ids.js';
import { ConnectionType, PageArgs } from '../../common/relay.js';
import { Role } from '../../common/roles.js';
import { regionName } from '../../common/codes/regions.js';
import { REVIEW_ORDER_ARG, ReviewOrder } from '../../common/review.js';
import { Institution } from '../institution/index.js';
import { institutionById } from '../institution/index.js';
import { Docking } from '../docking/index.js';
import { dockingById } from '../docking/index.js';
import { Demand, DemandHandlingRules, DemandOffer } from './demand.entity.js';
import {
  DemandChooseInput,
  DemandCreateInput,
  DemandDispatchInput,
  DemandFilter,
  DemandOfferInput,
  DemandRefInput,
  DemandReviewInput,
} from './demand.inputs.js';
import { DEMAND_HANDLING_RULES } from './demand.rules.js';
import * as demands from './demand.service.js';

const DemandConnection = ConnectionType(Demand, 'Demand', 'demand');

@ObjectType({ description: 'Result of a mutation on a demand.' })
export class DemandPayload {
  @Field(() => Demand, { nullable: true, description: 'The demand after the change.' })
  demand?: Demand | null;
  @Field(() => DemandOffer, { nullable: true, description: 'The offer made (demandOffer).' })
  offer?: DemandOffer | null;
  @Field(() => Docking, { nullable: true, description: 'The docking started (demandChooseOffer).' })
  docking?: Docking | null;
  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@Resolver(() => DemandOffer)
export class DemandOfferResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() o: Row<DemandOffer>): string {
    return toGlobalId('DemandOffer', o.id);
  }
  @FieldResolver(() => Institution, { nullable: true, description: 'The offering institution.' })
  institution(@Root() o: Row<DemandOffer>, @GqlCtx() ctx: Ctx) {
    return institutionById(ctx, o.institutionId);
  }
}

@Resolver(() => Demand)
export class DemandResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() d: Row<Demand>): string {
    return toGlobalId('Demand', d.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name of the division.' })
  regionName(@Root() d: Row<Demand>): string | null {
    return regionName(d.regionCode);
  }

  @FieldResolver(() => [DemandOffer], { description: 'Offers: all for the enterprise and operators; an institution sees only its own.' })
  offers(@Root() d: Row<Demand>, @GqlCtx() ctx: Ctx) {
    return demands.demandOffers(ctx, d);
  }

  @FieldResolver(() => Docking, { nullable: true, description: 'The docking started when an offer was chosen (for its parties and operators).' })
  async docking(@Root() d: Row<Demand>, @GqlCtx() ctx: Ctx) {
    const id = await demands.dockingOfDemand(ctx, d.id);
    return id ? dockingById(ctx, id) : null;
  }

  @Query(() => DemandHandlingRules, {
    description: 'The published demand-handling rules (O2): scope, review standards, process, tracking and dispatch. Public.',
  })
  demandHandlingRules(): DemandHandlingRules {
    return DEMAND_HANDLING_RULES;
  }

  @Query(() => Demand, {
    nullable: true,
    description: 'A demand by global id: its enterprise, operators, and institutions it is open, dispatched or offered to; null otherwise.',
  })
  demand(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return demands.demandByGlobalId(ctx, id);
  }

  @Query(() => DemandConnection, {
    description:
      "Demands in the viewer's scope: the enterprise's own; for institution staff the open ones matching their columns and regions (and dispatched or offered ones); for operators and reviewers all of the site. Signed in.",
  })
  demands(
    @GqlCtx() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => DemandFilter, { nullable: true }) filter?: DemandFilter,
    @Arg('order', () => ReviewOrder, { nullable: true, description: REVIEW_ORDER_ARG }) order?: ReviewOrder,
  ) {
    return demands.listDemands(ctx, filter, page, order);
  }

  @Mutation(() => DemandPayload, { description: 'Post a demand (an enterprise member); it waits for operator review. Errors: REQUIRED, INVALID, TOO_LONG.' })
  demandCreate(@GqlCtx() ctx: Ctx, @Arg('input', () => DemandCreateInput) input: DemandCreateInput) {
    return demands.createDemand(ctx, input);
  }

  @Mutation(() => DemandPayload, {
    description: 'Open or reject a demand under review, against the handling rules. Requires OPERATOR; audited. Errors: NOT_FOUND, INVALID_STATE, REQUIRED.',
  })
  demandReview(@GqlCtx() ctx: Ctx, @Arg('input', () => DemandReviewInput) input: DemandReviewInput) {
    requireRole(ctx, Role.OPERATOR);
    return demands.reviewDemand(ctx, input);
  }

  @Mutation(() => DemandPayload, { description: 'Dispatch an open demand to an institution (it then sees it). Requires OPERATOR; audited.' })
  demandDispatch(@GqlCtx() ctx: Ctx, @Arg('input', () => DemandDispatchInput) input: DemandDispatchInput) {
    requireRole(ctx, Role.OPERATOR);
    return demands.dispatchDemand(ctx, input);
  }

  @Mutation(() => DemandPayload, {
    description: 'Withdraw (the enterprise) or close (OPERATOR) a demand under review or open. Errors: NOT_FOUND, INVALID_STATE.',
  })
  demandCancel(@GqlCtx() ctx: Ctx, @Arg('input', () => DemandRefInput) input: DemandRefInput) {
    requireViewer(ctx);
    return demands.cancelDemand(ctx, input);
  }

  @Mutation(() => DemandPayload, {
    description:
      'Offer to take an open demand with a plan and terms, once per institution. Requires INSTITUTION_STAFF of an institution that may see it. Errors: NOT_FOUND, INVALID_STATE, DUPLICATE.',
  })
  demandOffer(@GqlCtx() ctx: Ctx, @Arg('input', () => DemandOfferInput) input: DemandOfferInput) {
    return demands.offerDemand(ctx, input);
  }

  @Mutation(() => DemandPayload, {
    description: 'Pick one offer: the demand becomes MATCHED and a docking starts (ACCEPTED). Members of the enterprise. Errors: NOT_FOUND, INVALID_STATE.',
  })
  demandChooseOffer(@GqlCtx() ctx: Ctx, @Arg('input', () => DemandChooseInput) input: DemandChooseInput) {
    return demands.chooseOffer(ctx, input);
  }
}

@Resolver(() => Docking)
export class DockingDemandResolver {
  @FieldResolver(() => Demand, { nullable: true, description: 'The demand the docking came from (DEMAND dockings).' })
  demand(@Root() d: Row<Docking>, @GqlCtx() ctx: Ctx) {
    return d.demandId ? demands.demandById(ctx, d.demandId) : null;
  }
}
