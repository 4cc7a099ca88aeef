import { Arg, Args, Ctx as GqlCtx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireRole, requireViewer } from '../../../common/auth.js';
import { industryName } from '../../../common/codes/industries.js';
import { regionName } from '../../../common/codes/regions.js';
import { hasRole, type Ctx } from '../../../common/context.js';
import { toGlobalId } from '../../../common/ids.js';
import { ConnectionType, PageArgs } from '../../../common/relay.js';
import { Role } from '../../../common/roles.js';
import { Institution } from '../../institution/index.js';
import { institutionById } from '../../institution/index.js';
import { enterpriseProfile, grantConsent, hasActiveConsent, listMyConsents, revokeConsent } from '../consent/index.js';
import { ProfileConsent, ProfileConsentInput, ProfileConsentPayload, SharedEnterpriseProfile } from '../consent/index.js';
import * as needs from './need.service.js';
import {
  ColumnNeed,
  ColumnNeedAmountFinancedInput,
  ColumnNeedCloseInput,
  ColumnNeedFilter,
  ColumnNeedPayload,
  ColumnNeedReplyInput,
  NeedEvent,
  NeedReply,
} from './need.types.js';

const ColumnNeedConnection = ConnectionType(ColumnNeed, 'ColumnNeed', 'column need');

@Resolver(() => ColumnNeed)
export class ColumnNeedResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() n: ColumnNeed): string {
    return toGlobalId('ColumnNeed', n.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name of the division.' })
  regionName(@Root() n: ColumnNeed): string | null {
    return regionName(n.regionCode);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name of the industry division; null when none.' })
  industryName(@Root() n: ColumnNeed): string | null {
    return n.industryCode ? industryName(n.industryCode) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the first reply is overdue now (no reply and past `firstReplyDue`).' })
  firstReplyOverdue(@Root() n: ColumnNeed, @GqlCtx() ctx: Ctx): boolean {
    return !n.firstRepliedAt && new Date(n.firstReplyDue).getTime() < ctx.clock.now().getTime();
  }

  @FieldResolver(() => [Institution], { description: 'Institutions the need was routed to (column + region).' })
  async institutions(@Root() n: ColumnNeed, @GqlCtx() ctx: Ctx): Promise<Institution[]> {
    const ids = await needs.needRoutes(ctx, n.id);
    return (await Promise.all(ids.map((id) => institutionById(ctx, id)))).filter((i): i is Institution => i !== null);
  }

  @FieldResolver(() => [NeedReply], { description: 'Replies and follow-ups, oldest first.' })
  replies(@Root() n: ColumnNeed, @GqlCtx() ctx: Ctx): Promise<NeedReply[]> {
    return needs.needReplies(ctx, n.id);
  }

  @FieldResolver(() => [NeedEvent], {
    description:
      'Timeline of what happened to the need besides replies (docking started, completed or ended, rating carried over, amount financed, closed), oldest first, in Chinese. The requester and operators see all; a routed institution sees the general entries and those of its own docking.',
  })
  timeline(@Root() n: ColumnNeed, @GqlCtx() ctx: Ctx): Promise<NeedEvent[]> {
    return needs.needTimeline(ctx, n);
  }

  @FieldResolver(() => SharedEnterpriseProfile, {
    nullable: true,
    description:
      "The requesting enterprise's profile. The requester and operators always; a routed institution only while the enterprise's consent for it is active (revocation applies at once); null otherwise.",
  })
  async enterpriseProfile(@Root() n: ColumnNeed, @GqlCtx() ctx: Ctx) {
    if (!n.enterpriseId) return null;
    if (needs.isRequester(ctx, n) || hasRole(ctx, Role.OPERATOR, Role.REVIEWER)) return enterpriseProfile(ctx, n.enterpriseId);
    const inst = ctx.viewer?.institutionId;
    if (inst && (await needs.isRoutedStaff(ctx, n)) && (await hasActiveConsent(ctx, n.enterpriseId, inst))) return enterpriseProfile(ctx, n.enterpriseId);
    return null;
  }

  @Query(() => ColumnNeed, {
    nullable: true,
    description: 'A need by global id: its requester, the institutions it is routed to, and operators; null otherwise.',
  })
  columnNeed(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return needs.needByGlobalId(ctx, id);
  }

  @Query(() => ColumnNeed, {
    nullable: true,
    description: 'An anonymous submission by the tracking code returned when it was made (no login). Null when unknown.',
  })
  columnNeedByTrackingCode(@GqlCtx() ctx: Ctx, @Arg('code', () => String) code: string) {
    return needs.needByTrackingCode(ctx, code);
  }

  @Query(() => ColumnNeedConnection, { description: "Needs of the viewer (its enterprise's and its own), newest first. Signed in." })
  myColumnNeeds(
    @GqlCtx() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ColumnNeedFilter, { nullable: true }) filter?: ColumnNeedFilter,
  ) {
    return needs.listMyNeeds(ctx, filter, page);
  }

  @Query(() => ColumnNeedConnection, { description: "Needs routed to the viewer's institution (its inbox), newest first. INSTITUTION_STAFF." })
  institutionColumnNeeds(
    @GqlCtx() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ColumnNeedFilter, { nullable: true }) filter?: ColumnNeedFilter,
  ) {
    return needs.listInstitutionNeeds(ctx, filter, page);
  }

  @Query(() => ColumnNeedConnection, { description: 'Every need of the site and its sub-sites, newest first. OPERATOR or REVIEWER.' })
  columnNeeds(@GqlCtx() ctx: Ctx, @Args(() => PageArgs) page: PageArgs, @Arg('filter', () => ColumnNeedFilter, { nullable: true }) filter?: ColumnNeedFilter) {
    requireRole(ctx, Role.OPERATOR, Role.REVIEWER);
    return needs.listAllNeeds(ctx, filter, page);
  }

  @Mutation(() => ColumnNeedPayload, {
    description:
      'Reply to a need: staff of an institution it is routed to (the first reply stops the SLA clock), or the requester (a follow-up). Others get NOT_FOUND. Audited.',
  })
  columnNeedReply(@GqlCtx() ctx: Ctx, @Arg('input', () => ColumnNeedReplyInput) input: ColumnNeedReplyInput) {
    return needs.replyToNeed(ctx, input);
  }

  @Mutation(() => ColumnNeedPayload, {
    description:
      'The requester completes or cancels its need, optionally reporting the amount financed (financing) and rating the service 1–5. Not while the docking it continued as is open: the need follows that docking (completed with it). Others get NOT_FOUND. Errors: INVALID, INVALID_STATE. Audited.',
  })
  columnNeedClose(@GqlCtx() ctx: Ctx, @Arg('input', () => ColumnNeedCloseInput) input: ColumnNeedCloseInput) {
    return needs.closeNeed(ctx, input);
  }

  @Mutation(() => ColumnNeedPayload, {
    description:
      'The requester records the amount financed on a FINANCING need completed through its docking (once; a need closed by hand records it when closing). Others get NOT_FOUND. Errors: INVALID, INVALID_STATE, DUPLICATE. Audited.',
  })
  columnNeedRecordAmountFinanced(@GqlCtx() ctx: Ctx, @Arg('input', () => ColumnNeedAmountFinancedInput) input: ColumnNeedAmountFinancedInput) {
    return needs.recordAmountFinanced(ctx, input);
  }
}

@Resolver(() => NeedReply)
export class NeedReplyResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() r: NeedReply): string {
    return toGlobalId('NeedReply', r.id);
  }

  @FieldResolver(() => Institution, { nullable: true, description: "Institution that replied; null for the requester's follow-ups." })
  institution(@Root() r: NeedReply, @GqlCtx() ctx: Ctx) {
    return r.institutionId ? institutionById(ctx, r.institutionId) : null;
  }
}

@Resolver(() => ProfileConsent)
export class ProfileConsentResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the institution may see the profile now.' })
  active(@Root() c: ProfileConsent): boolean {
    return c.revokedAt === null;
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The institution the consent is for.' })
  institution(@Root() c: ProfileConsent, @GqlCtx() ctx: Ctx) {
    return institutionById(ctx, c.institutionId);
  }

  @Query(() => [ProfileConsent], {
    description: "Consents given by the viewer's enterprise (at most 100, newest first). Signed in; empty outside an enterprise.",
  })
  myProfileConsents(@GqlCtx() ctx: Ctx) {
    requireViewer(ctx);
    return listMyConsents(ctx);
  }

  @Mutation(() => ProfileConsentPayload, { description: 'Let one institution see the enterprise profile on needs routed to it. Enterprise members; audited.' })
  profileConsentGrant(@GqlCtx() ctx: Ctx, @Arg('input', () => ProfileConsentInput) input: ProfileConsentInput) {
    return grantConsent(ctx, input);
  }

  @Mutation(() => ProfileConsentPayload, { description: 'Revoke a consent; the institution loses sight of the profile at once. Enterprise members; audited.' })
  profileConsentRevoke(@GqlCtx() ctx: Ctx, @Arg('input', () => ProfileConsentInput) input: ProfileConsentInput) {
    return revokeConsent(ctx, input);
  }
}
