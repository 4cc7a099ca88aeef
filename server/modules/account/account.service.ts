import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, Violations, fail, forbidden, unauthenticated, userError } from '../../common/errors.js';
import { fromGlobalId } from '../../common/ids.js';
import { byKeys } from '../../common/loaders.js';
import { mutation } from '../../common/mutation.js';
import { ADMIN_ROLES, Role } from '../../common/roles.js';
import { checkEmail, checkMobile, clean, isEmail, isMobile } from '../../common/validate.js';
import { columns, insertRow, updateRow } from '../../db/columns.js';
import { pgArray } from '../../db/sql.js';
import { Account } from './account.entity.js';
import type { AccountRegisterInput, AccountRolesSetInput, LoginInput, PasswordChangeInput, StaffAccountCreateInput } from './account.inputs.js';
import { claimAccountAttempt, claimLoginAttempt, claimUnknownAttempt, decoyHash, LOCK_MINUTES, MAX_FAILED_LOGINS, settleAttempt } from './attempts.js';
import { applyPlatformRoles, approveAdminChange, isAdministrator, requestAdminChange } from './admin-change.js';
import { AdminChangeKind, type AdminChangeDecideInput } from './admin-change.types.js';
import { hashPassword, verifyPassword } from './password.js';
import { secondFactorError } from './totp.js';
import { openSession, revokeAccountSessions, revokeSession } from './session.service.js';

/** Roles granted by the security administrator; membership roles come from enterprises and institutions. */
const PLATFORM_ROLES: readonly Role[] = [Role.OPERATOR, Role.REVIEWER, ...ADMIN_ROLES];

/** Every column of `account` but the password hash, as `Account` properties. */
export const ACCOUNT_COLUMNS = columns('account', { omit: ['passwordHash'] });

/** The account with this id (no password hash), or undefined. */
export async function loadAccount(em: EntityManager, id: string, forUpdate = false): Promise<Account | undefined> {
  return (await em.execute<Account[]>(`select ${ACCOUNT_COLUMNS} from account where id = ?${forUpdate ? ' for update' : ''}`, [id]))[0];
}

export function accountById(ctx: Ctx, id: string): Promise<Account | null> {
  return ctx.loaders
    .get<string, Account>('accountById', async (ids) =>
      byKeys(ids, await ctx.em.execute<Account[]>(`select ${ACCOUNT_COLUMNS} from account where id = any(?::uuid[])`, [pgArray(ids)])),
    )
    .load(id);
}

interface Credentials {
  mobile?: string | null;
  email?: string | null;
  displayName: string;
  password: string;
}

async function createAccount(ctx: Ctx, em: EntityManager, input: Credentials, roles: Role[]): Promise<Account> {
  const v = new Violations();
  const mobile = clean(input.mobile);
  const email = clean(input.email)?.toLowerCase() ?? null;
  const displayName = clean(input.displayName);
  if (!mobile && !email) v.add(ErrorCode.REQUIRED, 'mobile', '请填写手机号码或电子邮箱');
  checkMobile(v, 'mobile', mobile);
  checkEmail(v, 'email', email);
  v.required('displayName', displayName, '姓名');
  v.maxLength('displayName', displayName, 50, '姓名');
  const weak = ctx.services.passwordStrength.weakness(input.password ?? '', [mobile, email, displayName]);
  if (weak) v.add(ErrorCode.WEAK_PASSWORD, 'password', weak);
  v.throwIfAny();
  if (mobile && (await em.execute('select 1 from account where mobile = ?', [mobile])).length) fail(ErrorCode.DUPLICATE, 'mobile', '该手机号码已注册');
  if (email && (await em.execute('select 1 from account where email = ?', [email])).length) fail(ErrorCode.DUPLICATE, 'email', '该电子邮箱已注册');
  const now = new Date();
  const passwordHash = await hashPassword(input.password, ctx.config.scryptLogN);
  const account: Account = {
    id: randomUUID(),
    mobile,
    email,
    displayName: displayName!,
    roles,
    enterpriseId: null,
    enterpriseRole: null,
    institutionId: null,
    institutionAdmin: false,
    failedLogins: 0,
    lockedUntil: null,
    disabled: false,
    passwordChangedAt: now,
    createdAt: now,
  };
  await insertRow(em, 'account', { ...account, passwordHash });
  return account;
}

export function register(ctx: Ctx, input: AccountRegisterInput) {
  return mutation(ctx, async (em) => {
    const account = await createAccount(ctx, em, input, []);
    await audit(ctx, { operation: 'account.register', objectType: 'Account', objectId: account.id, actorId: account.id, result: 'SUCCESS' }, em);
    return { account };
  });
}

export function createStaffAccount(ctx: Ctx, input: StaffAccountCreateInput) {
  return mutation(ctx, async (em) => {
    const account = await createAccount(ctx, em, input, []);
    await audit(ctx, { operation: 'account.create', objectType: 'Account', objectId: account.id, result: 'SUCCESS' }, em);
    return { account };
  });
}

const lockedMessage = `密码连续错误${MAX_FAILED_LOGINS}次，账号已锁定${LOCK_MINUTES}分钟，请稍后再试`;

/**
 * Signs in. Every executed login field takes one attempt from the account's budget before its password is
 * verified (attempts.ts): five consecutive failures lock the account for 15 minutes, whether the attempts came
 * one by one, all at once, as aliases of one document or over WebSocket.
 */
export async function login(ctx: Ctx, input: LoginInput) {
  const identifier = (input.identifier ?? '').trim().toLowerCase();
  // The same answers whether or not the identifier is registered: attempts left, then the lock.
  const invalid = (failed: number) => ({
    errors: [
      {
        code: ErrorCode.INVALID_CREDENTIALS,
        field: 'password',
        message:
          failed < MAX_FAILED_LOGINS
            ? `账号或密码错误，再错${MAX_FAILED_LOGINS - failed}次账号将锁定${LOCK_MINUTES}分钟`
            : `账号或密码错误；已连续错误${MAX_FAILED_LOGINS}次，账号锁定${LOCK_MINUTES}分钟`,
      },
    ],
  });
  const lockedNow = { errors: [{ code: ErrorCode.ACCOUNT_LOCKED, field: null, message: lockedMessage }] };
  if (!isMobile(identifier) && !isEmail(identifier)) {
    return { errors: [{ code: ErrorCode.INVALID, field: 'identifier', message: '请输入正确的手机号码或电子邮箱' }] };
  }
  const claim = await claimLoginAttempt(ctx.em, identifier);
  if (claim.kind === 'unknown') {
    const unknown = await claimUnknownAttempt(ctx.em, identifier);
    if (!unknown.locked) await verifyPassword(input.password ?? '', decoyHash(ctx.config.scryptLogN));
    await audit(ctx, { operation: 'auth.login', result: 'FAILURE', actorId: null, detail: { reason: 'unknown identifier' } });
    return unknown.locked ? lockedNow : invalid(unknown.failed);
  }
  if (claim.kind === 'locked') {
    await audit(ctx, {
      operation: 'auth.login',
      objectType: 'Account',
      objectId: claim.id,
      actorId: claim.id,
      result: 'FAILURE',
      detail: { reason: 'locked' },
    });
    return lockedNow;
  }
  const row = claim.attempt;
  // A disabled account costs the same hash, so timing does not tell it apart.
  const ok = (await verifyPassword(input.password ?? '', row.password_hash)) && !row.disabled;
  if (!ok) {
    await audit(ctx, {
      operation: 'auth.login',
      objectType: 'Account',
      objectId: row.id,
      actorId: row.id,
      result: 'FAILURE',
      detail: { failedLogins: row.failed_logins },
    });
    if (row.locked) await audit(ctx, { operation: 'auth.lockout', objectType: 'Account', objectId: row.id, actorId: row.id, result: 'SUCCESS' });
    return invalid(row.failed_logins);
  }
  // The password was right; the attempt stays counted until the second factor (when enrolled) is right too.
  const second = await secondFactorError(ctx, row.id, row.roles, input.totpCode);
  if (second) {
    await audit(ctx, {
      operation: 'auth.login',
      objectType: 'Account',
      objectId: row.id,
      actorId: row.id,
      result: 'FAILURE',
      detail: { reason: second.code, failedLogins: row.failed_logins },
    });
    if (row.locked) await audit(ctx, { operation: 'auth.lockout', objectType: 'Account', objectId: row.id, actorId: row.id, result: 'SUCCESS' });
    return { errors: [second] };
  }
  const session = await ctx.em.transactional(async (em) => {
    await settleAttempt(em, row.id);
    const opened = await openSession(em, row.id, row.roles, ctx);
    await audit(ctx, { operation: 'auth.login', objectType: 'Account', objectId: row.id, actorId: row.id, result: 'SUCCESS' }, em);
    return opened;
  });
  ctx.cookies.setSession(session.token, session.idleTimeoutSeconds);
  const account = (await loadAccount(ctx.em, row.id))!;
  // A browser (it sends Origin with every POST) gets the session only as the HttpOnly cookie: script on the
  // page, injected or not, never sees the token. Apps and partner servers send no Origin and use the token.
  const token = ctx.browser ? null : session.token;
  return { account, token, idleTimeoutSeconds: session.idleTimeoutSeconds, errors: [] };
}

export async function logout(ctx: Ctx) {
  ctx.cookies.clearSession();
  if (!ctx.viewer) return { revoked: false, errors: [] };
  await revokeSession(ctx.em, ctx.viewer.sessionId);
  await audit(ctx, { operation: 'auth.logout', objectType: 'Account', objectId: ctx.viewer.accountId, result: 'SUCCESS' });
  return { revoked: true, errors: [] };
}

/**
 * Changes the signed-in account's password. Proving the current password takes an attempt from the same
 * budget as login (claimed before the hash is verified), so a stolen session cannot try passwords: the fifth
 * wrong one locks the account and ends that session. Failures are audited.
 */
export async function changePassword(ctx: Ctx, input: PasswordChangeInput) {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  const refuse = async (code: ErrorCode, field: string | null, message: string, detail: Record<string, unknown>) => {
    await audit(ctx, { operation: 'account.passwordChange', objectType: 'Account', objectId: viewer.accountId, result: 'FAILURE', detail });
    return { errors: [userError(code, field, message)] };
  };
  const claim = await claimAccountAttempt(ctx.em, viewer.accountId);
  if (claim.kind !== 'claimed') return refuse(ErrorCode.ACCOUNT_LOCKED, 'currentPassword', lockedMessage, { reason: 'locked' });
  const attempt = claim.attempt;
  if (!(await verifyPassword(input.currentPassword ?? '', attempt.password_hash))) {
    if (attempt.locked) {
      await revokeSession(ctx.em, viewer.sessionId);
      await audit(ctx, { operation: 'auth.lockout', objectType: 'Account', objectId: attempt.id, result: 'SUCCESS', detail: { via: 'passwordChange' } });
    }
    return refuse(ErrorCode.INVALID_CREDENTIALS, 'currentPassword', '当前密码不正确', { failedLogins: attempt.failed_logins });
  }
  await settleAttempt(ctx.em, attempt.id);
  return mutation(ctx, async (em) => {
    const weak = ctx.services.passwordStrength.weakness(input.newPassword ?? '', [ctx.viewer?.displayName]);
    if (weak) fail(ErrorCode.WEAK_PASSWORD, 'newPassword', weak);
    if (input.newPassword === input.currentPassword) fail(ErrorCode.INVALID, 'newPassword', '新密码不能与当前密码相同');
    const passwordHash = await hashPassword(input.newPassword, ctx.config.scryptLogN);
    await updateRow(em, 'account', viewer.accountId, { passwordHash, passwordChangedAt: new Date() });
    const account = (await loadAccount(em, viewer.accountId))!;
    await revokeAccountSessions(em, account.id, viewer.sessionId);
    await audit(ctx, { operation: 'account.passwordChange', objectType: 'Account', objectId: account.id, result: 'SUCCESS' }, em);
    return { account };
  });
}

/**
 * Security administrator sets platform roles; membership roles are kept; admins' roles never combine. A change
 * that makes or unmakes an administrator (三权分立) is only a request until another administrator approves it.
 */
export function setRoles(ctx: Ctx, input: AccountRolesSetInput) {
  const viewer = ctx.viewer;
  if (!viewer?.roles.includes(Role.SECURITY_ADMIN)) throw forbidden('只有安全管理员可以分配角色');
  return mutation(ctx, async (em) => {
    const id = fromGlobalId(input.accountId, 'Account');
    const account = id ? await loadAccount(em, id, true) : undefined;
    if (!account) fail(ErrorCode.NOT_FOUND, 'accountId', '账号不存在');
    if (account.id === viewer.accountId) fail(ErrorCode.FORBIDDEN, 'accountId', '不能修改自己的角色');
    const requested = [...new Set(input.roles ?? [])];
    const outside = requested.find((r) => !PLATFORM_ROLES.includes(r));
    if (outside) fail(ErrorCode.INVALID, 'roles', '企业用户和服务机构人员角色由所属企业或机构决定，不能直接分配');
    if (requested.filter((r) => (ADMIN_ROLES as readonly Role[]).includes(r)).length > 1) {
      fail(ErrorCode.ROLE_CONFLICT, 'roles', '系统管理员、安全管理员、审计管理员三个角色不能由同一账号兼任');
    }
    if (isAdministrator(account.roles) || isAdministrator(requested)) {
      return { account, request: await requestAdminChange(ctx, em, account, AdminChangeKind.ROLES, requested) };
    }
    const before = account.roles;
    applyPlatformRoles(account, PLATFORM_ROLES, requested);
    await updateRow(em, 'account', account.id, { roles: account.roles });
    await revokeAccountSessions(em, account.id);
    await audit(
      ctx,
      { operation: 'account.rolesSet', objectType: 'Account', objectId: account.id, result: 'SUCCESS', detail: { before, after: account.roles } },
      em,
    );
    return { account, request: null };
  });
}

/** Approves an administrator change asked by someone else (any administrator but the requester and the account). */
export function approveAdminRequest(ctx: Ctx, input: AdminChangeDecideInput) {
  return approveAdminChange(ctx, input, PLATFORM_ROLES);
}
