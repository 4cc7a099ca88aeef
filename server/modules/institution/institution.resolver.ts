import { Arg, Args, Ctx as GqlCtx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { requireRole } from '../../common/auth.js';
import type { Ctx } from '../../common/context.js';
import { UserError } from '../../common/errors.js';
import { toGlobalId } from '../../common/ids.js';
import { ConnectionType, PageArgs } from '../../common/relay.js';
import { Role } from '../../common/roles.js';
import { regionName } from '../../common/codes/regions.js';
import { REVIEW_ORDER_ARG, ReviewOrder } from '../../common/review.js';
import { Account } from '../account/index.js';
import { hitInstitutionId, SearchHit } from '../search/index.js';
import { Site } from '../site/index.js';
import { Institution } from './institution.entity.js';
import { InstitutionApplyInput, InstitutionFilter, InstitutionReviewInput, InstitutionStaffAddInput } from './institution.inputs.js';
import * as institutions from './institution.service.js';

const InstitutionConnection = ConnectionType(Institution, 'Institution', 'institution');

@ObjectType({ description: 'Result of a mutation that returns an institution.' })
export class InstitutionPayload {
  @Field(() => Institution, { nullable: true, description: 'The institution after the change.' })
  institution?: Institution | null;
  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@Resolver(() => Institution)
export class InstitutionResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() i: Institution): string {
    return toGlobalId('Institution', i.id);
  }

  @FieldResolver(() => Site, { description: 'The site the institution joined.' })
  site(@Root() i: Institution, @GqlCtx() ctx: Ctx): Site {
    return ctx.sites.byId(i.siteId)!;
  }

  @FieldResolver(() => [String], { description: 'Names of the divisions served, in the order of regionCodes.' })
  regionNames(@Root() i: Institution): string[] {
    return i.regionCodes.map((c) => regionName(c) ?? c);
  }

  @FieldResolver(() => [Account], { nullable: true, description: 'Staff accounts. Only the institution itself and operators; null for others.' })
  staff(@Root() i: Institution, @GqlCtx() ctx: Ctx): Promise<Account[]> | null {
    const v = ctx.viewer;
    if (!v || (v.institutionId !== i.id && !v.roles.includes(Role.OPERATOR))) return null;
    return institutions.institutionStaff(ctx, i.id);
  }

  @Query(() => Institution, { nullable: true, description: 'An institution by global id: approved ones are public.' })
  institution(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return institutions.institutionByGlobalId(ctx, id);
  }

  @Query(() => InstitutionConnection, {
    description: 'Approved institutions of the current site and its sub-sites (public); other statuses for OPERATOR or REVIEWER.',
  })
  institutions(
    @GqlCtx() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => InstitutionFilter, { nullable: true }) filter?: InstitutionFilter,
    @Arg('order', () => ReviewOrder, { nullable: true, description: REVIEW_ORDER_ARG }) order?: ReviewOrder,
  ) {
    return institutions.listInstitutions(ctx, filter, page, order);
  }

  @Mutation(() => InstitutionPayload, { description: 'Apply to join as an institution (signed in, in no enterprise or institution).' })
  institutionApply(@GqlCtx() ctx: Ctx, @Arg('input', () => InstitutionApplyInput) input: InstitutionApplyInput) {
    return institutions.applyInstitution(ctx, input);
  }

  @Mutation(() => InstitutionPayload, { description: 'Approve or reject an application. Requires OPERATOR; audited.' })
  institutionReview(@GqlCtx() ctx: Ctx, @Arg('input', () => InstitutionReviewInput) input: InstitutionReviewInput) {
    requireRole(ctx, Role.OPERATOR);
    return institutions.reviewInstitution(ctx, input);
  }

  @Mutation(() => InstitutionPayload, { description: 'Add a staff member to the viewer institution. Institution administrator only; audited.' })
  institutionStaffAdd(@GqlCtx() ctx: Ctx, @Arg('input', () => InstitutionStaffAddInput) input: InstitutionStaffAddInput) {
    return institutions.addStaff(ctx, input);
  }
}

@Resolver(() => Account)
export class AccountInstitutionResolver {
  @FieldResolver(() => Institution, { nullable: true, description: 'The institution this account works for.' })
  institution(@Root() a: Account, @GqlCtx() ctx: Ctx) {
    return a.institutionId ? institutions.institutionById(ctx, a.institutionId) : null;
  }
}

@Resolver(() => SearchHit)
export class SearchHitInstitutionResolver {
  @FieldResolver(() => Institution, {
    nullable: true,
    description:
      'The institution offering the object (service products, activities, financing products, startup resources), so that services with the same name can be told apart; null for other kinds. Batched per request.',
  })
  async institution(@Root() hit: SearchHit, @GqlCtx() ctx: Ctx): Promise<Institution | null> {
    const id = await hitInstitutionId(ctx, hit);
    return id ? institutions.institutionById(ctx, id) : null;
  }
}
