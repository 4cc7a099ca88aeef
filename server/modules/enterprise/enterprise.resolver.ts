import { Arg, Args, Ctx as GqlCtx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { requireViewer } from '../../common/auth.js';
import { Loaders } from '../../common/loaders.js';
import { requireRole } from '../../common/auth.js';
import { industryName } from '../../common/codes/industries.js';
import { regionName } from '../../common/codes/regions.js';
import type { Ctx } from '../../common/context.js';
import { UserError } from '../../common/errors.js';
import { toGlobalId } from '../../common/ids.js';
import { ConnectionType, PageArgs } from '../../common/relay.js';
import { Role } from '../../common/roles.js';
import { REVIEW_ORDER_ARG, ReviewOrder } from '../../common/review.js';
import { Account } from '../account/index.js';
import { accountById } from '../account/index.js';
import { Site } from '../site/index.js';
import { Enterprise, EnterpriseStatus } from './enterprise.entity.js';
import {
  EnterpriseFilter,
  EnterpriseMemberAddInput,
  EnterpriseMemberRemoveInput,
  EnterpriseRegisterInput,
  EnterpriseReviewInput,
  EnterpriseUpdateInput,
} from './enterprise.inputs.js';
import * as owners from './enterprise.owner.service.js';
import * as enterprises from './enterprise.service.js';

const EnterpriseConnection = ConnectionType(Enterprise, 'Enterprise', 'enterprise');

@ObjectType({ description: 'Result of a mutation that returns an enterprise.' })
export class EnterprisePayload {
  @Field(() => Enterprise, { nullable: true, description: 'The enterprise after the change.' })
  enterprise?: Enterprise | null;
  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'A verification decision on an enterprise, as it was made.' })
export class EnterpriseReviewEvent {
  @Field(() => EnterpriseStatus, { description: 'Status decided.' })
  status!: EnterpriseStatus;
  @Field(() => String, { nullable: true, description: 'Reason given.' })
  reason!: string | null;
  @Field(() => Date, { description: 'When the decision was made.' })
  at!: Date;
  @Field(() => Enterprise, { nullable: true, description: 'The enterprise as it is now.' })
  enterprise!: Enterprise | null;
}

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() e: Enterprise): string {
    return toGlobalId('Enterprise', e.id);
  }

  // Contact data (declared on the entity): each read is noted, and a bulk read is audited.
  @FieldResolver()
  async contactName(@Root() e: Enterprise, @GqlCtx() ctx: Ctx): Promise<string> {
    await enterprises.noteContactRead(ctx, e.id);
    return e.contactName;
  }

  @FieldResolver()
  async contactPhone(@Root() e: Enterprise, @GqlCtx() ctx: Ctx): Promise<string> {
    await enterprises.noteContactRead(ctx, e.id);
    return e.contactPhone;
  }

  @FieldResolver()
  async contactEmail(@Root() e: Enterprise, @GqlCtx() ctx: Ctx): Promise<string | null> {
    await enterprises.noteContactRead(ctx, e.id);
    return e.contactEmail;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name of the division (e.g. 合肥市蜀山区).' })
  regionName(@Root() e: Enterprise): string | null {
    return regionName(e.regionCode);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name of the industry code at its own level (section, division, group or class).' })
  industryName(@Root() e: Enterprise): string | null {
    return industryName(e.industryCode);
  }

  @FieldResolver(() => Site, { description: 'The site the enterprise registered on.' })
  site(@Root() e: Enterprise, @GqlCtx() ctx: Ctx): Site {
    return ctx.sites.byId(e.siteId)!;
  }

  // A partner app reads the enterprise's own data under its consent, never the accounts of people (null / empty).
  @FieldResolver(() => Account, { nullable: true, description: 'Account that registered the enterprise; null for partner apps.' })
  createdBy(@Root() e: Enterprise, @GqlCtx() ctx: Ctx): Promise<Account | null> | null {
    return ctx.client ? null : accountById(ctx, e.createdBy);
  }

  @FieldResolver(() => Account, { nullable: true, description: 'Operator who made the verification decision; null for partner apps.' })
  reviewedBy(@Root() e: Enterprise, @GqlCtx() ctx: Ctx): Promise<Account | null> | null {
    return e.reviewedBy && !ctx.client ? accountById(ctx, e.reviewedBy) : null;
  }

  @FieldResolver(() => [Account], { description: 'Accounts belonging to the enterprise (owner first); empty for partner apps.' })
  members(@Root() e: Enterprise, @GqlCtx() ctx: Ctx): Promise<Account[]> | Account[] {
    return ctx.client ? [] : enterprises.enterpriseMembers(ctx, e.id);
  }

  @Query(() => Enterprise, {
    nullable: true,
    description:
      'An enterprise by global id. Its members, operators and reviewers, and partner apps whose token carries ENTERPRISE_DATA and whom the enterprise consented to (apiClientConsentGrant); null otherwise. A partner token without the scope: INSUFFICIENT_SCOPE.',
  })
  enterprise(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return enterprises.enterpriseByGlobalId(ctx, id);
  }

  @Query(() => EnterpriseConnection, { description: 'Enterprises of the current site and its sub-sites, newest first. Requires OPERATOR or REVIEWER.' })
  enterprises(
    @GqlCtx() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => EnterpriseFilter, { nullable: true }) filter?: EnterpriseFilter,
    @Arg('order', () => ReviewOrder, { nullable: true, description: REVIEW_ORDER_ARG }) order?: ReviewOrder,
  ) {
    requireRole(ctx, Role.OPERATOR, Role.REVIEWER);
    return enterprises.listEnterprises(ctx, filter, page, order);
  }

  @Mutation(() => EnterprisePayload, {
    description:
      'Register an enterprise (signed in, not yet in an enterprise); the account becomes its owner. Errors: INVALID, REQUIRED, DUPLICATE, ALREADY_MEMBER.',
  })
  enterpriseRegister(@GqlCtx() ctx: Ctx, @Arg('input', () => EnterpriseRegisterInput) input: EnterpriseRegisterInput) {
    return enterprises.registerEnterprise(ctx, input);
  }

  @Subscription(() => EnterpriseReviewEvent, {
    description: 'Live verification decisions on the viewer enterprise (members only), over graphql-ws.',
    subscribe: ({ context }) => {
      const ctx = context as Ctx;
      const enterpriseId = requireViewer(ctx).enterpriseId;
      return ctx.events.subscribe(enterprises.ENTERPRISE_REVIEWED, (e) => e.enterpriseId === enterpriseId);
    },
  })
  async myEnterpriseReviewed(@Root() event: enterprises.EnterpriseReviewedEvent, @GqlCtx() ctx: Ctx): Promise<EnterpriseReviewEvent> {
    ctx.loaders = new Loaders(); // each event reads fresh data
    const enterprise = await enterprises.enterpriseById(ctx, event.enterpriseId);
    return { status: event.status, reason: event.reason, at: new Date(event.at), enterprise };
  }

  @Mutation(() => EnterprisePayload, {
    description: 'Update the profile (owner only); the size class is recomputed; identifying changes need re-verification.',
  })
  enterpriseUpdate(@GqlCtx() ctx: Ctx, @Arg('input', () => EnterpriseUpdateInput) input: EnterpriseUpdateInput) {
    return owners.updateEnterprise(ctx, input);
  }

  @Mutation(() => EnterprisePayload, {
    description:
      'Invite an account to become a member (owner only); it joins when it accepts (enterpriseInvitationAccept). The answer is the same whether or not the mobile number or e-mail is registered; audited.',
  })
  enterpriseMemberAdd(@GqlCtx() ctx: Ctx, @Arg('input', () => EnterpriseMemberAddInput) input: EnterpriseMemberAddInput) {
    return owners.addMember(ctx, input);
  }

  @Mutation(() => EnterprisePayload, { description: 'Remove a member account (owner only); audited.' })
  enterpriseMemberRemove(@GqlCtx() ctx: Ctx, @Arg('input', () => EnterpriseMemberRemoveInput) input: EnterpriseMemberRemoveInput) {
    return owners.removeMember(ctx, input);
  }

  @Mutation(() => EnterprisePayload, { description: 'Verify or reject an enterprise. Requires OPERATOR; audited.' })
  enterpriseReview(@GqlCtx() ctx: Ctx, @Arg('input', () => EnterpriseReviewInput) input: EnterpriseReviewInput) {
    requireRole(ctx, Role.OPERATOR);
    return enterprises.reviewEnterprise(ctx, input);
  }
}

@Resolver(() => Account)
export class AccountEnterpriseResolver {
  @FieldResolver(() => Enterprise, { nullable: true, description: 'The enterprise this account belongs to.' })
  enterprise(@Root() a: Account, @GqlCtx() ctx: Ctx) {
    return a.enterpriseId ? enterprises.enterpriseById(ctx, a.enterpriseId) : null;
  }
}
