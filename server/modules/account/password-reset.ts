import { createHash, createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { Field, InputType, ObjectType } from 'type-graphql';
import { audit } from '../../common/audit.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, UserError, fail, userError } from '../../common/errors.js';
import { mutation } from '../../common/mutation.js';
import { isEmail, isMobile } from '../../common/validate.js';
import { updateRow } from '../../db/columns.js';
import { NotificationKind } from '../notification/index.js';
import { hashPassword } from './password.js';
import { revokeAccountSessions } from './session.service.js';
import { settleAttempt } from './attempts.js';

export const RESET_CODE_MINUTES = 10;
export const RESET_CODE_TRIES = 5;
/** Requests per identifier per hour (and at most one a minute), and per client address per hour. */
export const RESET_PER_IDENTIFIER_HOUR = 5;
export const RESET_PER_ADDRESS_HOUR = 20;

@InputType({ description: '忘记密码: ask for a six-digit code by SMS (a mobile number) or e-mail (an e-mail address).' })
export class PasswordResetRequestInput {
  @Field(() => String, { description: 'The mobile number or e-mail address the account signs in with; the code goes there.' })
  identifier!: string;
}

@InputType({ description: 'Set a new password with the code that passwordResetRequest sent.' })
export class PasswordResetConfirmInput {
  @Field(() => String, { description: 'The same mobile number or e-mail address as in the request.' })
  identifier!: string;
  @Field(() => String, { description: 'The six-digit code (valid 10 minutes, 5 tries).' })
  code!: string;
  @Field(() => String, { description: 'New password, same rules as at registration.' })
  newPassword!: string;
}

@ObjectType({ description: 'Result of passwordResetRequest: the same whether or not the identifier belongs to an account.' })
export class PasswordResetRequestPayload {
  @Field(() => Boolean, { description: 'True when the request was accepted (a code goes out if the identifier belongs to an account).' })
  accepted!: boolean;
  @Field(() => [UserError], { description: 'INVALID (not a mobile number or e-mail address) or RATE_LIMITED; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of passwordResetConfirm.' })
export class PasswordResetConfirmPayload {
  @Field(() => Boolean, { description: 'True when the password was changed (every session of the account is then revoked).' })
  reset!: boolean;
  @Field(() => [UserError], { description: 'CODE_INVALID (wrong, expired, used up or unknown), WEAK_PASSWORD or INVALID; empty on success.' })
  errors!: UserError[];
}

const normalise = (identifier: string | null | undefined) => (identifier ?? '').trim().toLowerCase();
const identifierKey = (identifier: string) => `id:${createHash('sha256').update(identifier).digest('hex')}`;

/** HMAC of a code under the data key, bound to its reset row (a copy of the table alone cannot test the million codes). */
function codeHash(ctx: Ctx, resetId: string, code: string): string {
  return createHmac('sha256', Buffer.from(ctx.config.dataKey ?? ctx.config.auditKey ?? 'qifu', 'utf8'))
    .update(`password-reset:${resetId}:${code}`)
    .digest('hex');
}

interface AccountRow {
  id: string;
  mobile: string | null;
  email: string | null;
  displayName: string;
}

async function accountOf(ctx: Ctx, identifier: string): Promise<AccountRow | undefined> {
  const [row] = await ctx.em.execute<AccountRow[]>(
    `select id, mobile, email, display_name as "displayName" from account where (mobile = ? or email = ?) and not disabled`,
    [identifier, identifier],
  );
  return row;
}

/**
 * Sends a reset code to the account's own mobile (SMS) or e-mail, whichever the identifier is. The answer and the
 * rate limits are the same for unregistered identifiers, so the form does not tell who has an account.
 */
export async function requestPasswordReset(ctx: Ctx, input: PasswordResetRequestInput) {
  const identifier = normalise(input.identifier);
  if (!isMobile(identifier) && !isEmail(identifier)) {
    return { accepted: false, errors: [userError(ErrorCode.INVALID, 'identifier', '请输入正确的手机号码或电子邮箱')] };
  }
  const now = ctx.clock.now();
  const idKey = identifierKey(identifier);
  const ipKey = `ip:${ctx.ip}`;
  // Counted before anything else, committed on its own: a refused request still counts.
  const [counts] = await ctx.em.execute<{ id: number; recent: number; ip: number }[]>(
    `with ins as (insert into password_reset_request (key, created_at) values (?, ?::timestamptz), (?, ?::timestamptz))
     select count(*) filter (where key = ?)::int as id,
            count(*) filter (where key = ? and created_at > ?::timestamptz - interval '1 minute')::int as recent,
            count(*) filter (where key = ?)::int as ip
       from password_reset_request where key in (?, ?) and created_at > ?::timestamptz - interval '1 hour'`,
    [idKey, now, ipKey, now, idKey, idKey, now, ipKey, idKey, ipKey, now],
  );
  // The statement's snapshot does not see its own inserts: the counts are of earlier requests.
  if (counts.recent >= 1 || counts.id >= RESET_PER_IDENTIFIER_HOUR || counts.ip >= RESET_PER_ADDRESS_HOUR) {
    await audit(ctx, { operation: 'account.passwordResetRequest', result: 'FAILURE', actorId: null, detail: { reason: 'rate limited' } });
    return {
      accepted: false,
      errors: [userError(ErrorCode.RATE_LIMITED, 'identifier', counts.recent >= 1 ? '验证码发送过于频繁，请1分钟后再试' : '验证码请求次数过多，请1小时后再试')],
    };
  }
  const account = await accountOf(ctx, identifier);
  const result = await mutation(ctx, async (em) => {
    if (account) {
      const channel = isMobile(identifier) ? ('SMS' as const) : ('EMAIL' as const);
      // A newer code replaces the older ones.
      await em.execute('update password_reset set closed_at = ? where account_id = ? and closed_at is null', [now, account.id]);
      const [{ id }] = await em.execute<{ id: string }[]>(
        `insert into password_reset (account_id, channel, code_hash, expires_at, created_at) values (?, ?, '', ?::timestamptz + make_interval(mins => ?), ?) returning id`,
        [account.id, channel, now, RESET_CODE_MINUTES, now],
      );
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      await em.execute('update password_reset set code_hash = ? where id = ?', [codeHash(ctx, id, code), id]);
      await ctx.services.notifications.notify(em, {
        accountIds: [account.id],
        kind: NotificationKind.SECURITY_CODE,
        title: '重置密码验证码',
        body: `您正在重置企服平台账号的密码，验证码为{{code}}，${RESET_CODE_MINUTES}分钟内有效。如非本人操作，请忽略并注意账号安全。`,
        link: '/password/reset',
        urgent: true,
        channels: [channel],
        secretVars: { code },
        dedupeKey: `password-reset:${id}`,
      });
    }
    await audit(
      ctx,
      {
        operation: 'account.passwordResetRequest',
        objectType: account ? 'Account' : undefined,
        objectId: account?.id,
        actorId: account?.id ?? null,
        result: account ? 'SUCCESS' : 'FAILURE',
        detail: account ? undefined : { reason: 'unknown identifier' },
      },
      em,
    );
    return { accepted: true };
  });
  return { accepted: false, ...result };
}

const codeInvalid = (left?: number) =>
  userError(ErrorCode.CODE_INVALID, 'code', left ? `验证码错误，还可尝试${left}次` : '验证码错误或已失效，请重新获取验证码');

/**
 * Sets a new password with a code. Each try is counted (committed) before the code is compared, so five wrong
 * codes close it whatever the concurrency; success revokes every session, clears a sign-in lock and is audited.
 */
export async function confirmPasswordReset(ctx: Ctx, input: PasswordResetConfirmInput) {
  const identifier = normalise(input.identifier);
  const code = (input.code ?? '').trim();
  const account = isMobile(identifier) || isEmail(identifier) ? await accountOf(ctx, identifier) : undefined;
  const now = ctx.clock.now();
  const [attempt] = account
    ? await ctx.em.execute<{ id: string; codeHash: string; attempts: number }[]>(
        `update password_reset set attempts = attempts + 1
          where id = (select id from password_reset where account_id = ? and closed_at is null and expires_at > ?::timestamptz and attempts < ?
                       order by created_at desc limit 1 for update)
          returning id, code_hash as "codeHash", attempts`,
        [account.id, now, RESET_CODE_TRIES],
      )
    : [];
  const given = Buffer.from(attempt && /^\d{6}$/.test(code) ? codeHash(ctx, attempt.id, code) : '');
  const right = attempt && given.length === attempt.codeHash.length && timingSafeEqual(given, Buffer.from(attempt.codeHash));
  if (!account || !attempt || !right) {
    await audit(ctx, {
      operation: 'account.passwordReset',
      objectType: account ? 'Account' : undefined,
      objectId: account?.id,
      actorId: account?.id ?? null,
      result: 'FAILURE',
      detail: { reason: !account ? 'unknown identifier' : !attempt ? 'no open code' : 'wrong code', attempts: attempt?.attempts },
    });
    return { reset: false, errors: [codeInvalid(attempt ? RESET_CODE_TRIES - attempt.attempts : undefined)] };
  }
  const result = await mutation(ctx, async (em) => {
    const weak = ctx.services.passwordStrength.weakness(input.newPassword ?? '', [account.mobile, account.email, account.displayName]);
    if (weak) fail(ErrorCode.WEAK_PASSWORD, 'newPassword', weak);
    // Closed only with the change: a refused (weak) password leaves the code usable for the remaining tries.
    const [open] = await em.execute('update password_reset set closed_at = ? where id = ? and closed_at is null returning id', [now, attempt.id]);
    if (!open) fail(ErrorCode.CODE_INVALID, 'code', '验证码错误或已失效，请重新获取验证码');
    const passwordHash = await hashPassword(input.newPassword, ctx.config.scryptLogN);
    await updateRow(em, 'account', account.id, { passwordHash, passwordChangedAt: now });
    await settleAttempt(em, account.id);
    await revokeAccountSessions(em, account.id);
    await audit(ctx, { operation: 'account.passwordReset', objectType: 'Account', objectId: account.id, actorId: account.id, result: 'SUCCESS' }, em);
    return { reset: true };
  });
  return { reset: false, ...result };
}

/** Request counts older than a day are of no use (swept hourly with the login guesses). */
export async function sweepPasswordResetRequests(em: Ctx['em']): Promise<void> {
  await em.execute(`delete from password_reset_request where created_at < now() - interval '1 day'`);
}
