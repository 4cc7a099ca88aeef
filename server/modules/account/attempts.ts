import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '../../common/roles.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

/** What a claimed attempt may verify against. */
export interface ClaimedAttempt {
  id: string;
  password_hash: string;
  roles: Role[];
  disabled: boolean;
  /** Attempts claimed and not yet proven right, this one included. */
  failed_logins: number;
  /** Whether this claim used up the budget (the account is now locked until an attempt proves right). */
  locked: boolean;
}

export type Claim = { kind: 'claimed'; attempt: ClaimedAttempt } | { kind: 'locked'; id: string } | { kind: 'unknown' };

// One statement takes an attempt from the budget before the hash is verified: the row lock serialises
// concurrent claims, so a burst of N wrong passwords evaluates at most MAX_FAILED_LOGINS of them, whatever
// the interleaving (reading the lock, hashing and then counting let 60 concurrent attempts all through).
// An expired lock starts a fresh budget; the claim that reaches the budget sets the lock itself.
const CLAIM = `
  update account set
    failed_logins = case when locked_until <= now() then 1 else failed_logins + 1 end,
    locked_until = case
      when (case when locked_until <= now() then 1 else failed_logins + 1 end) >= ${MAX_FAILED_LOGINS}
        then now() + make_interval(mins => ${LOCK_MINUTES})
      when locked_until <= now() then null
      else locked_until end
  where %WHERE% and (locked_until is null or locked_until <= now())
  returning id, password_hash, roles, disabled, failed_logins, failed_logins >= ${MAX_FAILED_LOGINS} as locked`;

async function claim(em: EntityManager, where: string, params: string[]): Promise<Claim> {
  const [attempt] = await em.execute<ClaimedAttempt[]>(CLAIM.replace('%WHERE%', where), params);
  if (attempt) return { kind: 'claimed', attempt };
  const [row] = await em.execute<{ id: string }[]>(`select id from account where ${where}`, params);
  return row ? { kind: 'locked', id: row.id } : { kind: 'unknown' };
}

/** Claims one password attempt for the account with this mobile number or e-mail address (a login). */
export function claimLoginAttempt(em: EntityManager, identifier: string): Promise<Claim> {
  return claim(em, '(mobile = ? or email = ?)', [identifier, identifier]);
}

/**
 * Claims one attempt for an identifier that belongs to no account, with the same budget and lock as an
 * account's: the answer to a guess never shows whether the number is registered. Returns the attempts now
 * used, and whether the identifier was already locked (attempts past the budget keep counting).
 */
export async function claimUnknownAttempt(em: EntityManager, identifier: string): Promise<{ failed: number; locked: boolean }> {
  const key = createHash('sha256').update(identifier).digest('hex');
  const [row] = await em.execute<{ failed_logins: number; was_locked: boolean }[]>(
    `insert into login_attempt as l (identifier_hash, failed_logins, locked_until) values (?, 1, null)
     on conflict (identifier_hash) do update set
       failed_logins = case when l.locked_until <= now() or l.updated_at < now() - interval '1 day' then 1 else l.failed_logins + 1 end,
       locked_until = case
         when l.locked_until > now() then l.locked_until
         when l.failed_logins + 1 >= ${MAX_FAILED_LOGINS} and l.updated_at >= now() - interval '1 day' then now() + make_interval(mins => ${LOCK_MINUTES})
         else null end,
       updated_at = now()
     returning failed_logins, failed_logins > ${MAX_FAILED_LOGINS} as was_locked`,
    [key],
  );
  return { failed: row.failed_logins, locked: row.was_locked };
}

/** Job queue of the hourly sweep of guesses older than a day (the budget restarts after a day anyway). */
export const LOGIN_ATTEMPT_SWEEP_QUEUE = 'account.loginAttempts.sweep';

export async function sweepLoginAttempts(em: EntityManager): Promise<void> {
  await em.execute(`delete from login_attempt where updated_at < now() - interval '1 day'`);
}

/** Claims one password attempt for a signed-in account (a password change re-proves the current password). */
export function claimAccountAttempt(em: EntityManager, accountId: string): Promise<Claim> {
  return claim(em, 'id = ?', [accountId]);
}

/** The attempt proved right: the budget is whole again. */
export async function settleAttempt(em: EntityManager, accountId: string): Promise<void> {
  await em.execute('update account set failed_logins = 0, locked_until = null where id = ?', [accountId]);
}

/** A hash of the stored format that costs what a real one costs to verify, for unknown identifiers. */
export function decoyHash(logN: number): string {
  return ['scrypt', logN, 8, 1, 'cWlmdS1kZWNveS1zYWx0AA==', Buffer.alloc(32).toString('base64')].join('$');
}
