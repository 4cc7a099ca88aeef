import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit.js';
import { requireRole } from '../../common/auth.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, fail } from '../../common/errors.js';
import { fromGlobalId } from '../../common/ids.js';
import { mutation } from '../../common/mutation.js';
import { connectionOf, pageOf, type PageArgs } from '../../common/relay.js';
import { ADMIN_ROLES, type Role } from '../../common/roles.js';
import { pgArray } from '../../db/sql.js';
import { Account } from './account.entity.js';
import { loadAccount } from './account.service.js';
import { updateRow } from '../../db/columns.js';
import { AdminChangeKind, AdminChangeStatus, type AdminChangeDecideInput, type AdminChangeRequest } from './admin-change.types.js';
import { revokeAccountSessions } from './session.service.js';

const COLUMNS = `id, kind, roles, status, reason, created_at as "createdAt", decided_at as "decidedAt",
  account_id as "accountId", requested_by as "requestedBy", decided_by as "decidedBy"`;

export const isAdministrator = (roles: readonly Role[]) => roles.some((r) => (ADMIN_ROLES as readonly Role[]).includes(r));

/** Membership roles kept, platform roles replaced. */
export function applyPlatformRoles(account: Account, platformRoles: readonly Role[], requested: readonly Role[]): void {
  account.roles = [...account.roles.filter((r) => !platformRoles.includes(r)), ...requested];
}

/** Records a change to an administrator as a request for a second administrator (in the caller's transaction). */
export async function requestAdminChange(
  ctx: Ctx,
  em: EntityManager,
  account: Account,
  kind: AdminChangeKind,
  roles: Role[] | null,
): Promise<AdminChangeRequest> {
  const [open] = await em.execute<{ id: string }[]>(`select id from admin_change_request where account_id = ? and status = 'PENDING'`, [account.id]);
  if (open) fail(ErrorCode.INVALID_STATE, 'accountId', '该账号已有待批准的管理员变更，请先由另一位管理员处理');
  const [request] = await em.execute<AdminChangeRequest[]>(
    `insert into admin_change_request (id, account_id, kind, roles, requested_by) values (?, ?, ?, ?::text[], ?) returning ${COLUMNS}`,
    [randomUUID(), account.id, kind, roles && pgArray(roles), ctx.viewer!.accountId],
  );
  await audit(
    ctx,
    {
      operation: 'account.adminChange.request',
      objectType: 'Account',
      objectId: account.id,
      result: 'SUCCESS',
      detail: { requestId: request.id, kind, roles, before: account.roles },
    },
    em,
  );
  return request;
}

/** Reads a request for a decision, locked; the decider is an administrator who is neither the requester nor the account. */
async function openRequest(ctx: Ctx, em: EntityManager, input: AdminChangeDecideInput): Promise<AdminChangeRequest> {
  const id = fromGlobalId(input.requestId, 'AdminChangeRequest');
  const [request] = id ? await em.execute<AdminChangeRequest[]>(`select ${COLUMNS} from admin_change_request where id = ? for update`, [id]) : [];
  if (!request) fail(ErrorCode.NOT_FOUND, 'requestId', '变更申请不存在');
  if (request.status !== AdminChangeStatus.PENDING) fail(ErrorCode.INVALID_STATE, 'requestId', '该申请已处理');
  if (request.requestedBy === ctx.viewer!.accountId) fail(ErrorCode.FORBIDDEN, 'requestId', '不能批准或驳回自己提出的申请，须由另一位管理员处理');
  if (request.accountId === ctx.viewer!.accountId) fail(ErrorCode.FORBIDDEN, 'requestId', '不能处理涉及自己账号的申请');
  return request;
}

async function decide(em: EntityManager, ctx: Ctx, request: AdminChangeRequest, status: AdminChangeStatus, reason: string | null): Promise<AdminChangeRequest> {
  const [decided] = await em.execute<AdminChangeRequest[]>(
    `update admin_change_request set status = ?, decided_by = ?, decided_at = now(), reason = ? where id = ? returning ${COLUMNS}`,
    [status, ctx.viewer!.accountId, reason, request.id],
  );
  return decided;
}

/** Another administrator approves: the change takes effect now, in the same transaction as the decision. */
export function approveAdminChange(ctx: Ctx, input: AdminChangeDecideInput, platformRoles: readonly Role[]) {
  requireRole(ctx, ...ADMIN_ROLES);
  return mutation(ctx, async (em) => {
    const request = await openRequest(ctx, em, input);
    const account = (await loadAccount(em, request.accountId, true))!;
    const before = account.roles;
    if (request.kind === AdminChangeKind.ROLES) applyPlatformRoles(account, platformRoles, request.roles ?? []);
    else {
      account.disabled = request.kind === AdminChangeKind.DISABLE;
      if (!account.disabled) {
        account.failedLogins = 0;
        account.lockedUntil = null;
      }
    }
    const { roles, disabled, failedLogins, lockedUntil } = account;
    await updateRow(em, 'account', account.id, { roles, disabled, failedLogins, lockedUntil });
    await revokeAccountSessions(em, account.id);
    const decided = await decide(em, ctx, request, AdminChangeStatus.APPROVED, null);
    const applied = { ROLES: 'account.rolesSet', DISABLE: 'account.disable', ENABLE: 'account.enable' }[request.kind];
    const detail = { requestId: request.id, requestedBy: request.requestedBy, approvedBy: ctx.viewer!.accountId, before, after: account.roles };
    await audit(ctx, { operation: 'account.adminChange.approve', objectType: 'Account', objectId: account.id, result: 'SUCCESS', detail }, em);
    await audit(ctx, { operation: applied, objectType: 'Account', objectId: account.id, result: 'SUCCESS', detail }, em);
    return { request: decided };
  });
}

export function rejectAdminChange(ctx: Ctx, input: AdminChangeDecideInput) {
  requireRole(ctx, ...ADMIN_ROLES);
  return mutation(ctx, async (em) => {
    const reason = input.reason?.trim() || null;
    if (reason && [...reason].length > 200) fail(ErrorCode.TOO_LONG, 'reason', '驳回理由不能超过200个字');
    const request = await openRequest(ctx, em, input);
    const decided = await decide(em, ctx, request, AdminChangeStatus.REJECTED, reason);
    await audit(
      ctx,
      {
        operation: 'account.adminChange.reject',
        objectType: 'Account',
        objectId: request.accountId,
        result: 'SUCCESS',
        detail: { requestId: request.id, reason },
      },
      em,
    );
    return { request: decided };
  });
}

export async function listAdminChanges(ctx: Ctx, status: AdminChangeStatus | null | undefined, args: PageArgs) {
  requireRole(ctx, ...ADMIN_ROLES);
  const page = pageOf(args);
  const where = status ? 'where status = ?' : '';
  const params = status ? [status] : [];
  const rows = await ctx.em.execute<AdminChangeRequest[]>(
    `select ${COLUMNS} from admin_change_request ${where} order by created_at desc, id desc limit ? offset ?`,
    [...params, page.limit + 1, page.offset],
  );
  return connectionOf(rows, page, async () => {
    const [r] = await ctx.em.execute<{ n: number }[]>(`select count(*)::int as n from admin_change_request ${where}`, params);
    return r.n;
  });
}
