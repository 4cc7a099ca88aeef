import { Arg, Args, Ctx as GqlCtx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { requireRole } from '../../common/auth.js';
import type { Ctx } from '../../common/context.js';
import { forbidden, UserError } from '../../common/errors.js';
import { hasRole } from '../../common/context.js';
import { toGlobalId } from '../../common/ids.js';
import { ConnectionType, PageArgs } from '../../common/relay.js';
import { Role } from '../../common/roles.js';
import { Site } from '../site/index.js';
import { Notice } from './notice.entity.js';
import { NoticeCreateInput, NoticeIdInput, NoticeUpdateInput } from './notice.inputs.js';
import * as notices from './notice.service.js';

const NoticeConnection = ConnectionType(Notice, 'Notice', 'notice');

@ObjectType({ description: 'Result of a mutation that returns a notice.' })
export class NoticePayload {
  @Field(() => Notice, { nullable: true, description: 'The notice after the change; null when refused.' })
  notice?: Notice | null;
  @Field(() => [UserError], { description: 'Why the change was refused (REQUIRED, TOO_LONG, NOT_FOUND, INVALID_STATE); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of noticeDelete.' })
export class NoticeDeletePayload {
  @Field(() => ID, { nullable: true, description: 'Global id of the deleted notice; null when refused.' })
  deletedId?: string | null;
  @Field(() => [UserError], { description: 'Why the deletion was refused (NOT_FOUND); empty on success.' })
  errors!: UserError[];
}

@Resolver(() => Notice)
export class NoticeResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() n: Notice): string {
    return toGlobalId('Notice', n.id);
  }

  @FieldResolver(() => Site, { description: 'The site that published it (the province for a notice a city site inherits).' })
  site(@Root() n: Notice, @GqlCtx() ctx: Ctx): Site {
    return ctx.sites.byId(n.siteId)!;
  }

  @Query(() => NoticeConnection, {
    description:
      '通知公告 of the current site, its sub-sites and its province (unless province-only): published ones, pinned first then newest (public). With `drafts: true` (OPERATOR only) the notices of this site and its sub-sites in every state, for managing them.',
  })
  notices(
    @GqlCtx() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('drafts', () => Boolean, { nullable: true, description: 'Include unpublished notices (OPERATOR only).' }) drafts?: boolean | null,
  ) {
    if (drafts && !hasRole(ctx, Role.OPERATOR)) throw forbidden('需要以下角色之一：平台运营人员');
    return notices.listNotices(ctx, page, !!drafts);
  }

  @Query(() => Notice, { nullable: true, description: 'A notice by global id: published ones are public; drafts only to OPERATOR and REVIEWER of its site.' })
  notice(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return notices.noticeById(ctx, id);
  }

  @Mutation(() => NoticePayload, { description: 'Create an unpublished notice on the current site. Requires OPERATOR; audited. Errors: REQUIRED, TOO_LONG.' })
  noticeCreate(@GqlCtx() ctx: Ctx, @Arg('input', () => NoticeCreateInput) input: NoticeCreateInput) {
    requireRole(ctx, Role.OPERATOR);
    return notices.createNotice(ctx, input);
  }

  @Mutation(() => NoticePayload, {
    description: 'Change a notice of the current site or its sub-sites. Requires OPERATOR; audited. Errors: REQUIRED, TOO_LONG, NOT_FOUND.',
  })
  noticeUpdate(@GqlCtx() ctx: Ctx, @Arg('input', () => NoticeUpdateInput) input: NoticeUpdateInput) {
    requireRole(ctx, Role.OPERATOR);
    return notices.updateNotice(ctx, input);
  }

  @Mutation(() => NoticePayload, { description: 'Publish a notice (published at now). Requires OPERATOR; audited. Errors: NOT_FOUND, INVALID_STATE.' })
  noticePublish(@GqlCtx() ctx: Ctx, @Arg('input', () => NoticeIdInput) input: NoticeIdInput) {
    requireRole(ctx, Role.OPERATOR);
    return notices.setNoticePublished(ctx, input, true);
  }

  @Mutation(() => NoticePayload, { description: 'Withdraw a published notice to draft. Requires OPERATOR; audited. Errors: NOT_FOUND, INVALID_STATE.' })
  noticeUnpublish(@GqlCtx() ctx: Ctx, @Arg('input', () => NoticeIdInput) input: NoticeIdInput) {
    requireRole(ctx, Role.OPERATOR);
    return notices.setNoticePublished(ctx, input, false);
  }

  @Mutation(() => NoticeDeletePayload, { description: 'Delete a notice. Requires OPERATOR; audited. Errors: NOT_FOUND.' })
  noticeDelete(@GqlCtx() ctx: Ctx, @Arg('input', () => NoticeIdInput) input: NoticeIdInput) {
    requireRole(ctx, Role.OPERATOR);
    return notices.deleteNotice(ctx, input);
  }
}
