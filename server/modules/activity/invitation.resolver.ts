import { Arg, Args, Ctx as GqlCtx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../common/auth.js';
import type { Ctx } from '../../common/context.js';
import { toGlobalId } from '../../common/ids.js';
import type { Row } from '../../common/raw-sql.js';
import { ConnectionType, PageArgs } from '../../common/relay.js';
import { Activity } from './activity.entity.js';
import { activityById } from './activity.service.js';
import {
  ActivityInvitation,
  ActivityInvitationPayload,
  ActivityInvitationRevokeInput,
  ActivityInvitationsAddInput,
  ActivityInvitationsAddPayload,
  MAX_INVITATIONS_PER_ACTIVITY,
  MAX_INVITATIONS_PER_CALL,
  addInvitations,
  listInvitations,
  listMyInvitations,
  revokeInvitation,
  viewerInvited,
} from './invitation.js';

const InvitationConnection = ConnectionType(ActivityInvitation, 'ActivityInvitation', 'activity invitation');

@Resolver(() => ActivityInvitation)
export class ActivityInvitationResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() i: Row<ActivityInvitation>): string {
    return toGlobalId('ActivityInvitation', i.id);
  }

  @FieldResolver(() => Activity, { nullable: true, description: 'The activity (as the viewer may see it).' })
  activity(@Root() i: Row<ActivityInvitation>, @GqlCtx() ctx: Ctx) {
    return activityById(ctx, i.activityId);
  }

  @Query(() => InvitationConnection, {
    nullable: true,
    description: "Invitations of an activity, oldest first. The organiser's staff and operators; null for anyone else or an unknown activity. Signed in.",
  })
  activityInvitations(
    @GqlCtx() ctx: Ctx,
    @Arg('activityId', () => ID, { description: 'Global id of the activity.' }) activityId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('includeRevoked', () => Boolean, { nullable: true, description: 'Revoked ones too.' }) includeRevoked?: boolean,
  ) {
    requireViewer(ctx);
    return listInvitations(ctx, activityId, !!includeRevoked, page);
  }

  @Query(() => InvitationConnection, {
    description: "Live invitations naming the viewer's mobile number or e-mail address, for published activities, newest first. Signed in.",
  })
  myActivityInvitations(@GqlCtx() ctx: Ctx, @Args(() => PageArgs) page: PageArgs) {
    return listMyInvitations(ctx, page);
  }

  @Mutation(() => ActivityInvitationsAddPayload, {
    description: `Invite mobile numbers or e-mail addresses to an activity registered by INVITATION (${MAX_INVITATIONS_PER_CALL} a call, ${MAX_INVITATIONS_PER_ACTIVITY} live per activity); only accounts with an invited mobile or e-mail may register. The organiser's staff and operators; audited. Errors: NOT_FOUND (also for another institution's activity), INVALID_STATE (not by invitation, rejected), REQUIRED, INVALID (contacts.N, limits).`,
  })
  activityInvitationsAdd(@GqlCtx() ctx: Ctx, @Arg('input', () => ActivityInvitationsAddInput) input: ActivityInvitationsAddInput) {
    requireViewer(ctx);
    return addInvitations(ctx, input);
  }

  @Mutation(() => ActivityInvitationPayload, {
    description:
      "Revoke an invitation: the contact can no longer register (a registration already made stays). The organiser's staff and operators; audited. Errors: NOT_FOUND, INVALID_STATE (already revoked).",
  })
  activityInvitationRevoke(@GqlCtx() ctx: Ctx, @Arg('input', () => ActivityInvitationRevokeInput) input: ActivityInvitationRevokeInput) {
    requireViewer(ctx);
    return revokeInvitation(ctx, input);
  }
}

@Resolver(() => Activity)
export class ActivityInvitationFieldsResolver {
  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      "For an activity registered by INVITATION: whether the viewer's mobile or e-mail is invited (false: registration is refused with NOT_INVITED). Null for other activities or when signed out.",
  })
  viewerInvited(@Root() a: Row<Activity>, @GqlCtx() ctx: Ctx) {
    return viewerInvited(ctx, a);
  }
}
