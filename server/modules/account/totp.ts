import { Secret, TOTP } from 'otpauth';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, InputType, ObjectType } from 'type-graphql';
import { audit } from '../../common/audit.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, UserError, fail, unauthenticated } from '../../common/errors.js';
import { fromGlobalId } from '../../common/ids.js';
import { mutation } from '../../common/mutation.js';
import { PRIVILEGED_ROLES, type Role } from '../../common/roles.js';
import { isSealed, seal, unseal } from '../../common/sealed.js';
import type { Config } from '../../config/index.js';

const PERIOD_S = 30;
/** Codes of the previous and next 30-second step are accepted too (clock drift of the phone). */
const WINDOW = 1;

/** Roles whose sign-in takes a second factor once the account has enrolled one. */
export const needsSecondFactor = (roles: readonly Role[]) => roles.some((r) => PRIVILEGED_ROLES.includes(r));

const totpOf = (secret: string, label: string) =>
  new TOTP({ issuer: '企服 Qifu', label, algorithm: 'SHA1', digits: 6, period: PERIOD_S, secret: Secret.fromBase32(secret) });

@ObjectType({ description: 'A TOTP enrolment waiting for its first code: put the secret into an authenticator app (or scan the URI as a QR code).' })
export class TotpEnrolment {
  @Field(() => String, { description: 'The shared secret, Base32 (shown once).' })
  secret!: string;
  @Field(() => String, { description: 'otpauth:// URI for a QR code.' })
  uri!: string;
}

@ObjectType({ description: 'Result of totpEnrol.' })
export class TotpEnrolPayload {
  @Field(() => TotpEnrolment, { nullable: true, description: 'The new secret; confirm it with totpConfirm.' })
  enrolment?: TotpEnrolment | null;
  @Field(() => [UserError], { description: 'FORBIDDEN (not staff) or INVALID_STATE (already enrolled); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of totpConfirm and accountTotpReset.' })
export class TotpPayload {
  @Field(() => Boolean, { nullable: true, description: 'Whether sign-in of the account now needs a code; null when refused.' })
  enabled?: boolean | null;
  @Field(() => [UserError], { description: 'TOTP_INVALID, INVALID_STATE or NOT_FOUND; empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'The six-digit code an authenticator app shows.' })
export class TotpConfirmInput {
  @Field(() => String, { description: 'Six digits.' })
  code!: string;
}

/** The stored seed is sealed under the data key and bound to its account (server/common/sealed.ts). */
const openSecret = (config: Config, accountId: string, stored: string) => (isSealed(stored) ? unseal(config, stored, accountId) : stored);

/** Seeds stored before they were sealed (plain Base32) are sealed once, at start. */
export async function sealStoredTotpSecrets(em: EntityManager, config: Config): Promise<number> {
  const rows = await em.execute<{ account_id: string; secret: string }[]>(`select account_id, secret from account_totp where secret not like 'v1.%'`);
  for (const r of rows) {
    await em.execute('update account_totp set secret = ? where account_id = ? and secret = ?', [seal(config, r.secret, r.account_id), r.account_id, r.secret]);
  }
  return rows.length;
}

/** Accepts `code` for `secret` at most once (the step must be later than the last accepted); returns the step or null. */
async function acceptCode(ctx: Ctx, em: EntityManager, accountId: string, secret: string, code: string): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false;
  const now = ctx.clock.now().getTime();
  const delta = totpOf(secret, accountId).validate({ token: code, timestamp: now, window: WINDOW });
  if (delta === null) return false;
  const step = Math.floor(now / 1000 / PERIOD_S) + delta;
  const rows = await em.execute(`update account_totp set last_step = ? where account_id = ? and last_step < ? returning 1`, [step, accountId, step]);
  return rows.length === 1;
}

/** Starts (or restarts, while unconfirmed) the viewer's enrolment. Staff only. */
export function enrolTotp(ctx: Ctx) {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  return mutation(ctx, async (em) => {
    if (!needsSecondFactor([...viewer.roles, ...(viewer.withheldRoles ?? [])]))
      fail(ErrorCode.FORBIDDEN, null, '仅平台运营人员、审核人和管理员需要绑定动态口令');
    const [existing] = await em.execute<{ confirmed_at: Date | null }[]>('select confirmed_at from account_totp where account_id = ?', [viewer.accountId]);
    if (existing?.confirmed_at) fail(ErrorCode.INVALID_STATE, null, '已绑定动态口令；如需更换，请联系安全管理员重置');
    const secret = new Secret({ size: 20 }).base32;
    await em.execute(
      `insert into account_totp (account_id, secret) values (?, ?) on conflict (account_id) do update set secret = excluded.secret, created_at = now(), last_step = 0`,
      [viewer.accountId, seal(ctx.config, secret, viewer.accountId)],
    );
    await audit(ctx, { operation: 'account.totpEnrol', objectType: 'Account', objectId: viewer.accountId, result: 'SUCCESS' }, em);
    return { enrolment: { secret, uri: totpOf(secret, viewer.displayName).toString() } };
  });
}

/** Confirms the enrolment with a first code: from now on sign-in needs one. */
export function confirmTotp(ctx: Ctx, input: TotpConfirmInput) {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  return mutation(ctx, async (em) => {
    const [row] = await em.execute<{ secret: string; confirmed_at: Date | null }[]>(
      'select secret, confirmed_at from account_totp where account_id = ? for update',
      [viewer.accountId],
    );
    if (!row || row.confirmed_at) fail(ErrorCode.INVALID_STATE, null, '没有待确认的动态口令绑定');
    if (!(await acceptCode(ctx, em, viewer.accountId, openSecret(ctx.config, viewer.accountId, row.secret), input.code ?? '')))
      fail(ErrorCode.TOTP_INVALID, 'code', '动态口令不正确或已使用');
    await em.execute('update account_totp set confirmed_at = now() where account_id = ?', [viewer.accountId]);
    await audit(ctx, { operation: 'account.totpConfirm', objectType: 'Account', objectId: viewer.accountId, result: 'SUCCESS' }, em);
    return { enabled: true };
  });
}

/** The security administrator removes an account's second factor (a lost phone); the person enrols again. */
export function resetTotp(ctx: Ctx, accountGlobalId: string) {
  return mutation(ctx, async (em) => {
    const id = fromGlobalId(accountGlobalId, 'Account');
    if (!id) fail(ErrorCode.NOT_FOUND, 'accountId', '账号不存在');
    if (id === ctx.viewer!.accountId) fail(ErrorCode.FORBIDDEN, 'accountId', '不能重置自己的动态口令');
    const rows = await em.execute('delete from account_totp where account_id = ? returning 1', [id]);
    if (!rows.length) fail(ErrorCode.NOT_FOUND, 'accountId', '该账号未绑定动态口令');
    await em.execute('update session set revoked_at = now() where account_id = ? and revoked_at is null', [id]);
    await audit(ctx, { operation: 'account.totpReset', objectType: 'Account', objectId: id, result: 'SUCCESS' }, em);
    return { enabled: false };
  });
}

/**
 * The second step of a sign-in whose password was right: null when no code is needed or the code is right,
 * else the error to answer. The attempt stays counted against the lockout budget until this passes.
 */
export async function secondFactorError(ctx: Ctx, accountId: string, roles: readonly Role[], code: string | null | undefined): Promise<UserError | null> {
  if (!needsSecondFactor(roles)) return null;
  const [row] = await ctx.em.execute<{ secret: string }[]>('select secret from account_totp where account_id = ? and confirmed_at is not null', [accountId]);
  if (!row) return null;
  const err = (c: ErrorCode, m: string) => Object.assign(new UserError(), { code: c, field: 'totpCode', message: m });
  if (!code) return err(ErrorCode.TOTP_REQUIRED, '请输入动态口令（身份验证器中的6位数字）');
  return (await acceptCode(ctx, ctx.em, accountId, openSecret(ctx.config, accountId, row.secret), code))
    ? null
    : err(ErrorCode.TOTP_INVALID, '动态口令不正确或已使用');
}
