import { Arg, Args, Ctx as GqlCtx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { toGlobalId } from '../../../common/ids.js';
import { ConnectionType, PageArgs } from '../../../common/relay.js';
import { Enterprise } from '../../enterprise/index.js';
import { Institution } from '../../institution/index.js';
import { institutionById } from '../../institution/index.js';
import { SharedEnterpriseProfile } from '../consent/index.js';
import { ColumnNeed, ColumnNeedPayload, isRequester } from '../need/index.js';
import { FinancingMatchResult, FinancingNeedDetails, FinancingNeedSubmitInput } from './need.types.js';
import { financingMatches, submitFinancingNeed } from './need.service.js';
import { hasRole } from '../../../common/context.js';
import { Role } from '../../../common/roles.js';
import { ServiceColumn } from '../../../common/service-column.js';
import { createProduct, delistProduct, listProducts, productByGlobalId } from './product.service.js';
import {
  FinancingProduct,
  FinancingProductCreateInput,
  FinancingProductDelistInput,
  FinancingProductFilter,
  FinancingProductPayload,
} from './product.types.js';
import { rateEnterprise } from './rating.js';
import { FINANCING_ROUTES, FinancingRoute, FinancingRouteKind } from './routes.js';

const FinancingProductConnection = ConnectionType(FinancingProduct, 'FinancingProduct', 'financing product');

@ObjectType({ description: 'One factor of the credit / growth scorecard.' })
export class CreditRatingFactor {
  @Field(() => String, { description: 'YEARS, EMPLOYEES, REVENUE, ASSETS, QUALIFICATIONS or VERIFICATION.' })
  code!: string;
  @Field(() => String, { description: 'Factor name (中文).' })
  label!: string;
  @Field(() => Int, { description: 'Points given.' })
  points!: number;
  @Field(() => Int, { description: 'Most points this factor can give.' })
  maxPoints!: number;
  @Field(() => String, { description: 'How the points were reached, in Chinese.' })
  explanation!: string;
}

@ObjectType({
  description:
    '信用与成长评分: a transparent scorecard over the profile data the platform holds (not a credit-bureau report). Seen wherever the profile is seen.',
})
export class CreditRating {
  @Field(() => Int, { description: 'Total points.' })
  score!: number;
  @Field(() => Int, { description: 'Most points possible (100).' })
  maxScore!: number;
  @Field(() => String, { description: 'Grade: AAA ≥ 85, AA ≥ 75, A ≥ 65, BBB ≥ 50, BB ≥ 35, else B.' })
  grade!: string;
  @Field(() => String, { description: 'Grade in words (中文).' })
  gradeLabel!: string;
  @Field(() => [CreditRatingFactor], { description: 'Each factor with its points and explanation.' })
  factors!: CreditRatingFactor[];
}

@Resolver(() => FinancingProduct)
export class FinancingProductResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() p: FinancingProduct): string {
    return toGlobalId('FinancingProduct', p.id);
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The institution offering the product.' })
  institution(@Root() p: FinancingProduct, @GqlCtx() ctx: Ctx) {
    return institutionById(ctx, p.institutionId);
  }

  @Query(() => FinancingProductConnection, { description: 'Listed financing products of the site and its sub-sites, newest first. Public (B1, F3).' })
  financingProducts(
    @GqlCtx() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => FinancingProductFilter, { nullable: true }) filter?: FinancingProductFilter,
  ) {
    return listProducts(ctx, filter, page);
  }

  @Query(() => FinancingProduct, {
    nullable: true,
    description: 'A financing product: listed ones are public; delisted ones only to their institution and operators.',
  })
  financingProduct(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return productByGlobalId(ctx, id);
  }

  @Query(() => [FinancingRoute], { description: 'Plain-Chinese guide to every financing route, indirect and direct (F1). Public.' })
  financingRoutes(@Arg('kind', () => FinancingRouteKind, { nullable: true }) kind?: FinancingRouteKind | null): readonly FinancingRoute[] {
    return kind ? FINANCING_ROUTES.filter((r) => r.kind === kind) : FINANCING_ROUTES;
  }

  @Mutation(() => FinancingProductPayload, {
    description:
      'Publish a financing product. INSTITUTION_STAFF of an approved institution serving FINANCING; audited. Errors: INVALID, REQUIRED, TOO_LONG, FORBIDDEN.',
  })
  financingProductCreate(@GqlCtx() ctx: Ctx, @Arg('input', () => FinancingProductCreateInput) input: FinancingProductCreateInput) {
    return createProduct(ctx, input);
  }

  @Mutation(() => FinancingProductPayload, {
    description: "Delist a product of the viewer's institution (INSTITUTION_STAFF); another institution's product is NOT_FOUND. Audited.",
  })
  financingProductDelist(@GqlCtx() ctx: Ctx, @Arg('input', () => FinancingProductDelistInput) input: FinancingProductDelistInput) {
    return delistProduct(ctx, input);
  }

  @Mutation(() => ColumnNeedPayload, {
    description:
      "Submit a financing need (F2) for the viewer's enterprise (enterprise members only); it is matched to products and routed to FINANCING institutions of its region. Errors: INVALID, REQUIRED, TOO_LONG; nothing is written on error.",
  })
  financingNeedSubmit(@GqlCtx() ctx: Ctx, @Arg('input', () => FinancingNeedSubmitInput) input: FinancingNeedSubmitInput) {
    return submitFinancingNeed(ctx, input);
  }
}

@Resolver(() => Enterprise)
export class EnterpriseCreditRatingResolver {
  @FieldResolver(() => CreditRating, { description: 'Credit / growth scorecard computed from this profile (F1); visible wherever the enterprise is.' })
  creditRating(@Root() e: Enterprise, @GqlCtx() ctx: Ctx): CreditRating {
    return rateEnterprise(e, ctx.clock.now());
  }
}

@Resolver(() => SharedEnterpriseProfile)
export class SharedProfileResolver {
  @FieldResolver(() => ID, { description: 'Global id of the enterprise.' })
  id(@Root() e: SharedEnterpriseProfile): string {
    return toGlobalId('Enterprise', e.id);
  }

  @FieldResolver(() => CreditRating, { description: 'Credit / growth scorecard computed from this profile (F1).' })
  creditRating(@Root() e: SharedEnterpriseProfile, @GqlCtx() ctx: Ctx): CreditRating {
    return rateEnterprise(e, ctx.clock.now());
  }
}

/** The financing parts of a column need (F1–F3). */
@Resolver(() => ColumnNeed)
export class ColumnNeedFinancingResolver {
  @FieldResolver(() => FinancingNeedDetails, { nullable: true, description: 'Financing details (FINANCING needs only).' })
  financing(@Root() n: ColumnNeed): FinancingNeedDetails | null {
    return n.column === ServiceColumn.FINANCING ? (n.details as FinancingNeedDetails) : null;
  }

  @FieldResolver(() => FinancingMatchResult, {
    nullable: true,
    description:
      'Matching of a FINANCING need to products (per-criterion reasons), institutions and, when nothing fits, a referral (F3). Requester and operators; null for others.',
  })
  financingMatches(@Root() n: ColumnNeed, @GqlCtx() ctx: Ctx) {
    if (n.column !== ServiceColumn.FINANCING) return null;
    if (!isRequester(ctx, n) && !hasRole(ctx, Role.OPERATOR, Role.REVIEWER)) return null;
    return financingMatches(ctx, n);
  }
}
