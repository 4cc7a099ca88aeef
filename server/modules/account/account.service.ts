import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, Violations, fail, forbidden, unauthenticated } from '../../common/errors.js';
import { fromGlobalId } from '../../common/ids.js';
import { byKeys } from '../../common/loaders.js';
import { mutation } from '../../common/mutation.js';
import { ADMIN_ROLES, Role } from '../../common/roles.js';
import { checkEmail, checkMobile, clean, isEmail, isMobile } from '../../common/validate.js';
import { columns, insertRow, updateRow } from '../../db/columns.js';
import { pgArray } from '../../db/sql.js';
import { Account } from './account.entity.js';
import type { AccountRegisterInput, AccountRolesSetInput, LoginInput, PasswordChangeInput, StaffAccountCreateInput } from './account.inputs.js';
import { hashPassword, passwordWeakness, verifyPassword } from './password.js';
import { openSession, revokeAccountSessions, revokeSession } from './session.service.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
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
  const weak = passwordWeakness(input.password ?? '');
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

interface LoginRow {
  id: string;
  password_hash: string;
  roles: Role[];
  locked: boolean;
  disabled: boolean;
}

// A hash to verify against when the identifier is unknown, so both paths cost the same.
let dummyHash: Promise<string> | null = null;

/**
 * Signs in. Every executed login field counts: five consecutive failures lock the account for 15 minutes,
 * whether the attempts came in separate requests, as aliases of one document, or in a batch.
 */
export async function login(ctx: Ctx, input: LoginInput) {
  const identifier = (input.identifier ?? '').trim().toLowerCase();
  const invalid = { errors: [{ code: ErrorCode.INVALID_CREDENTIALS, field: 'password', message: '账号或密码错误' }] };
  if (!isMobile(identifier) && !isEmail(identifier)) {
    return { errors: [{ code: ErrorCode.INVALID, field: 'identifier', message: '请输入正确的手机号码或电子邮箱' }] };
  }
  const [row] = await ctx.em.execute<LoginRow[]>(
    `select id, password_hash, roles, coalesce(locked_until > now(), false) as locked, disabled
       from account where mobile = ? or email = ?`,
    [identifier, identifier],
  );
  if (!row) {
    dummyHash ??= hashPassword('dummy-password-Aa1', ctx.config.scryptLogN);
    await verifyPassword(input.password ?? '', await dummyHash);
    await audit(ctx, { operation: 'auth.login', result: 'FAILURE', actorId: null, detail: { reason: 'unknown identifier' } });
    return invalid;
  }
  if (row.locked) {
    await audit(ctx, { operation: 'auth.login', objectType: 'Account', objectId: row.id, actorId: row.id, result: 'FAILURE', detail: { reason: 'locked' } });
    return { errors: [{ code: ErrorCode.ACCOUNT_LOCKED, field: null, message: `密码连续错误${MAX_FAILED_LOGINS}次，账号已锁定${LOCK_MINUTES}分钟，请稍后再试` }] };
  }
  const ok = !row.disabled && (await verifyPassword(input.password ?? '', row.password_hash));
  if (!ok) {
    const [after] = await ctx.em.execute<{ failed_logins: number; locked: boolean }[]>(
      `update account set failed_logins = failed_logins + 1,
              locked_until = case when failed_logins + 1 >= ? then now() + make_interval(mins => ?) else locked_until end
        where id = ? returning failed_logins, locked_until is not null and locked_until > now() as locked`,
      [MAX_FAILED_LOGINS, LOCK_MINUTES, row.id],
    );
    await audit(ctx, { operation: 'auth.login', objectType: 'Account', objectId: row.id, actorId: row.id, result: 'FAILURE', detail: { failedLogins: after.failed_logins } });
    if (after.locked) {
      await audit(ctx, { operation: 'auth.lockout', objectType: 'Account', objectId: row.id, actorId: row.id, result: 'SUCCESS' });
    }
    return invalid;
  }
  const session = await ctx.em.transactional(async (em) => {
    await em.execute('update account set failed_logins = 0, locked_until = null where id = ?', [row.id]);
    const opened = await openSession(em, row.id, row.roles, ctx);
    await audit(ctx, { operation: 'auth.login', objectType: 'Account', objectId: row.id, actorId: row.id, result: 'SUCCESS' }, em);
    return opened;
  });
  ctx.cookies.setSession(session.token, session.idleTimeoutSeconds);
  const account = (await loadAccount(ctx.em, row.id))!;
  return { account, token: session.token, idleTimeoutSeconds: session.idleTimeoutSeconds, errors: [] };
}

export async function logout(ctx: Ctx) {
  ctx.cookies.clearSession();
  if (!ctx.viewer) return { revoked: false, errors: [] };
  await revokeSession(ctx.em, ctx.viewer.sessionId);
  await audit(ctx, { operation: 'auth.logout', objectType: 'Account', objectId: ctx.viewer.accountId, result: 'SUCCESS' });
  return { revoked: true, errors: [] };
}

export function changePassword(ctx: Ctx, input: PasswordChangeInput) {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  return mutation(ctx, async (em) => {
    const [account] = await em.execute<(Account & { passwordHash: string })[]>(
      `select ${ACCOUNT_COLUMNS}, password_hash as "passwordHash" from account where id = ? for update`,
      [viewer.accountId],
    );
    if (!account) throw new Error(`account ${viewer.accountId} not found`);
    if (!(await verifyPassword(input.currentPassword ?? '', account.passwordHash))) {
      fail(ErrorCode.INVALID_CREDENTIALS, 'currentPassword', '当前密码不正确');
    }
    const weak = passwordWeakness(input.newPassword ?? '');
    if (weak) fail(ErrorCode.WEAK_PASSWORD, 'newPassword', weak);
    if (input.newPassword === input.currentPassword) fail(ErrorCode.INVALID, 'newPassword', '新密码不能与当前密码相同');
    account.passwordHash = await hashPassword(input.newPassword, ctx.config.scryptLogN);
    account.passwordChangedAt = new Date();
    await updateRow(em, 'account', account.id, { passwordHash: account.passwordHash, passwordChangedAt: account.passwordChangedAt });
    await revokeAccountSessions(em, account.id, viewer.sessionId);
    await audit(ctx, { operation: 'account.passwordChange', objectType: 'Account', objectId: account.id, result: 'SUCCESS' }, em);
    return { account };
  });
}

/** Security administrator sets platform roles; membership roles are kept; admins' roles never combine. */
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
    const membership = account.roles.filter((r) => !PLATFORM_ROLES.includes(r));
    const before = account.roles;
    account.roles = [...membership, ...requested];
    await updateRow(em, 'account', account.id, { roles: account.roles });
    await revokeAccountSessions(em, account.id);
    await audit(ctx, { operation: 'account.rolesSet', objectType: 'Account', objectId: account.id, result: 'SUCCESS', detail: { before, after: account.roles } }, em);
    return { account };
  });
}
