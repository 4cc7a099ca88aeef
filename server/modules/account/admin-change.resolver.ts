import { Arg, Args, Ctx as GqlCtx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../common/context.js';
import { toGlobalId } from '../../common/ids.js';
import { ConnectionType, PageArgs } from '../../common/relay.js';
import { Account } from './account.entity.js';
import { accountById, approveAdminRequest } from './account.service.js';
import { listAdminChanges, rejectAdminChange } from './admin-change.js';
import { AdminChangeDecideInput, AdminChangePayload, AdminChangeRequest, AdminChangeStatus } from './admin-change.types.js';

const AdminChangeConnection = ConnectionType(AdminChangeRequest, 'AdminChangeRequest', 'administrator change request');

@Resolver(() => AdminChangeRequest)
export class AdminChangeResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() r: AdminChangeRequest): string {
    return toGlobalId('AdminChangeRequest', r.id);
  }

  @FieldResolver(() => Account, { nullable: true, description: 'The account concerned.' })
  account(@Root() r: AdminChangeRequest, @GqlCtx() ctx: Ctx) {
    return accountById(ctx, r.accountId);
  }

  @FieldResolver(() => Account, { nullable: true, description: 'Who asked (a security administrator).' })
  requestedBy(@Root() r: AdminChangeRequest, @GqlCtx() ctx: Ctx) {
    return accountById(ctx, r.requestedBy);
  }

  @FieldResolver(() => Account, { nullable: true, description: 'Who approved or rejected it (another administrator).' })
  decidedBy(@Root() r: AdminChangeRequest, @GqlCtx() ctx: Ctx) {
    return r.decidedBy ? accountById(ctx, r.decidedBy) : null;
  }

  @Query(() => AdminChangeConnection, { description: 'Administrator change requests, newest first. Requires SYSTEM_ADMIN, SECURITY_ADMIN or AUDIT_ADMIN.' })
  adminChangeRequests(
    @GqlCtx() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => AdminChangeStatus, { nullable: true, description: 'Only requests in this state.' }) status?: AdminChangeStatus,
  ) {
    return listAdminChanges(ctx, status, page);
  }

  @Mutation(() => AdminChangePayload, {
    description:
      'Approve an administrator change; it takes effect at once (sessions of the account revoked) and both people are audited. Requires an administrator role; never the requester nor the account concerned (FORBIDDEN).',
  })
  adminChangeApprove(@GqlCtx() ctx: Ctx, @Arg('input', () => AdminChangeDecideInput) input: AdminChangeDecideInput) {
    return approveAdminRequest(ctx, input);
  }

  @Mutation(() => AdminChangePayload, { description: 'Reject an administrator change, with an optional reason; audited. Same people as adminChangeApprove.' })
  adminChangeReject(@GqlCtx() ctx: Ctx, @Arg('input', () => AdminChangeDecideInput) input: AdminChangeDecideInput) {
    return rejectAdminChange(ctx, input);
  }
}
