import { Arg, Args, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireRole } from '../../common/auth.js';
import type { Ctx } from '../../common/context.js';
import { toGlobalId } from '../../common/ids.js';
import { ConnectionType, PageArgs } from '../../common/relay.js';
import { Role } from '../../common/roles.js';
import { Account } from '../account/index.js';
import { accountById } from '../account/index.js';
import { Site } from '../site/index.js';
import { Policy } from './policy.entity.js';
import { PolicyCreateInput, PolicyFilter, PolicyOrder, PolicyReviewInput, PolicyTransitionInput, PolicyUpdateInput } from './policy.inputs.js';
import * as query from './policy.queries.js';
import * as policies from './policy.service.js';
import { PolicyDepartmentCount, PolicyDiff, PolicyPayload, PolicyVersion } from './policy.types.js';

export const PolicyConnection = ConnectionType(Policy, 'Policy', 'policy');

@Resolver(() => Policy)
export class PolicyResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() p: Policy): string {
    return toGlobalId('Policy', p.id);
  }

  @FieldResolver(() => Site, { description: 'The site the policy belongs to.' })
  site(@Root() p: Policy, @GqlCtx() ctx: Ctx): Site {
    return ctx.sites.byId(p.siteId)!;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Reviewer comments of the last decision. OPERATOR and REVIEWER only; null for others.' })
  reviewComment(@Root() p: Policy, @GqlCtx() ctx: Ctx): string | null {
    return query.isEditor(ctx) ? p.reviewComment : null;
  }

  @FieldResolver(() => Account, { nullable: true, description: 'Operator who created the record. OPERATOR and REVIEWER only; null for others.' })
  createdBy(@Root() p: Policy, @GqlCtx() ctx: Ctx) {
    return query.isEditor(ctx) && p.createdBy ? accountById(ctx, p.createdBy) : null;
  }

  @FieldResolver(() => Account, { nullable: true, description: 'Reviewer of the last decision. OPERATOR and REVIEWER only; null for others.' })
  reviewedBy(@Root() p: Policy, @GqlCtx() ctx: Ctx) {
    return query.isEditor(ctx) && p.reviewedBy ? accountById(ctx, p.reviewedBy) : null;
  }

  @FieldResolver(() => PolicyDiff, {
    nullable: true,
    description:
      'A revision in progress against the current published version (toVersion = the version it would become). OPERATOR and REVIEWER only; null for others, for never-published policies and when nothing is pending.',
  })
  pendingChanges(@Root() p: Policy, @GqlCtx() ctx: Ctx) {
    return query.pendingDiff(ctx, p);
  }

  @FieldResolver(() => [PolicyVersion], { description: 'Every published version, newest first (immutable). Public.' })
  versions(@Root() p: Policy, @GqlCtx() ctx: Ctx) {
    return query.policyVersions(ctx, p.id);
  }

  @Query(() => Policy, {
    nullable: true,
    description: 'A policy by global id. Public: the published version (and counts a view); OPERATOR/REVIEWER: the working copy. Null when not visible.',
  })
  policy(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return query.policyDetail(ctx, id);
  }

  @Query(() => PolicyConnection, {
    description: 'Published policies of the current site and its sub-sites (public, no login). `filter.statuses` lists working copies (OPERATOR or REVIEWER).',
  })
  policies(
    @GqlCtx() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => PolicyFilter, { nullable: true }) filter?: PolicyFilter,
    @Arg('orderBy', () => PolicyOrder, { nullable: true, description: 'Sort order (default newest publication first).' }) orderBy?: PolicyOrder,
  ) {
    return query.listPolicies(ctx, filter, orderBy, page);
  }

  @Query(() => [PolicyDepartmentCount], {
    description: '发文部门 of the published policies visible on the current site, most policies first (public; at most `first`, 1–100, default 50).',
  })
  policyDepartments(@GqlCtx() ctx: Ctx, @Arg('first', () => Int, { nullable: true, description: 'How many departments (1–100, default 50).' }) first?: number) {
    return query.policyDepartments(ctx, first);
  }

  @Query(() => PolicyDiff, { nullable: true, description: 'Difference between two published versions of a policy. Public; null when either is missing.' })
  policyVersionDiff(
    @GqlCtx() ctx: Ctx,
    @Arg('policyId', () => ID, { description: 'Global id of the policy.' }) policyId: string,
    @Arg('fromVersion', () => Int, { description: 'Older version number.' }) fromVersion: number,
    @Arg('toVersion', () => Int, { description: 'Newer version number.' }) toVersion: number,
  ) {
    return query.versionDiff(ctx, policyId, fromVersion, toVersion);
  }

  @Mutation(() => PolicyPayload, {
    description: 'Create a policy (DRAFT, or COLLECTED). Requires OPERATOR; audited. Errors: REQUIRED, INVALID, TOO_LONG, DUPLICATE.',
  })
  policyCreate(@GqlCtx() ctx: Ctx, @Arg('input', () => PolicyCreateInput) input: PolicyCreateInput) {
    requireRole(ctx, Role.OPERATOR);
    return policies.createPolicy(ctx, input);
  }

  @Mutation(() => PolicyPayload, {
    description:
      'Edit a policy in COLLECTED (becomes DRAFT), DRAFT or RETURNED. Requires OPERATOR; audited. Errors: NOT_FOUND, INVALID_STATE, validation codes.',
  })
  policyUpdate(@GqlCtx() ctx: Ctx, @Arg('input', () => PolicyUpdateInput) input: PolicyUpdateInput) {
    requireRole(ctx, Role.OPERATOR);
    return policies.updatePolicy(ctx, input);
  }

  @Mutation(() => PolicyPayload, { description: 'Submit for review (COLLECTED, DRAFT or RETURNED → SUBMITTED). Requires OPERATOR; audited.' })
  policySubmit(@GqlCtx() ctx: Ctx, @Arg('input', () => PolicyTransitionInput) input: PolicyTransitionInput) {
    requireRole(ctx, Role.OPERATOR);
    return policies.submitPolicy(ctx, input);
  }

  @Mutation(() => PolicyPayload, {
    description:
      'Approve or return a submitted policy (→ APPROVED or RETURNED with comments). Requires REVIEWER, never the author or submitter (FORBIDDEN); audited.',
  })
  policyReview(@GqlCtx() ctx: Ctx, @Arg('input', () => PolicyReviewInput) input: PolicyReviewInput) {
    requireRole(ctx, Role.REVIEWER);
    return policies.reviewPolicy(ctx, input);
  }

  @Mutation(() => PolicyPayload, {
    description: 'Publish an approved policy as a new immutable version and notify subscribers and eligible enterprises. Requires OPERATOR; audited.',
  })
  policyPublish(@GqlCtx() ctx: Ctx, @Arg('input', () => PolicyTransitionInput) input: PolicyTransitionInput) {
    requireRole(ctx, Role.OPERATOR);
    return policies.publishPolicy(ctx, input);
  }

  @Mutation(() => PolicyPayload, {
    description: 'Start a revision of a published policy (→ DRAFT; the published version stays public until the next one). Requires OPERATOR; audited.',
  })
  policyRevise(@GqlCtx() ctx: Ctx, @Arg('input', () => PolicyTransitionInput) input: PolicyTransitionInput) {
    requireRole(ctx, Role.OPERATOR);
    return policies.revisePolicy(ctx, input);
  }

  @Mutation(() => PolicyPayload, { description: 'Mark a published policy expired (stays readable, no longer matched). Requires OPERATOR; audited.' })
  policyExpire(@GqlCtx() ctx: Ctx, @Arg('input', () => PolicyTransitionInput) input: PolicyTransitionInput) {
    requireRole(ctx, Role.OPERATOR);
    return policies.expirePolicy(ctx, input);
  }

  @Mutation(() => PolicyPayload, { description: 'Withdraw a policy: hidden from the public. Requires OPERATOR; audited.' })
  policyWithdraw(@GqlCtx() ctx: Ctx, @Arg('input', () => PolicyTransitionInput) input: PolicyTransitionInput) {
    requireRole(ctx, Role.OPERATOR);
    return policies.withdrawPolicy(ctx, input);
  }
}

@Resolver(() => PolicyVersion)
export class PolicyVersionResolver {
  @FieldResolver(() => ID, { description: 'Global id of the policy this is a version of.' })
  policyId(@Root() v: PolicyVersion): string {
    return toGlobalId('Policy', v.policyId);
  }
}
