import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/context.js';
import { PRIVILEGED_ROLES, type Role } from '../../common/roles.js';

export const IDLE_TIMEOUT_S = 30 * 60;
export const PRIVILEGED_IDLE_TIMEOUT_S = 15 * 60;
/** However active, a session ends this long after sign-in (GB/T 22239 level 3: sessions do not live for ever). */
export const ABSOLUTE_LIFETIME_S = 12 * 3600;
// Both checks in SQL, so every reader of a session applies the same two limits.
const LIVE = `s.revoked_at is null and not a.disabled
        and s.last_seen_at > now() - make_interval(secs => s.idle_timeout_s)
        and s.created_at > now() - make_interval(secs => ${ABSOLUTE_LIFETIME_S})`;

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export function idleTimeoutFor(roles: Role[]): number {
  return roles.some((r) => PRIVILEGED_ROLES.includes(r)) ? PRIVILEGED_IDLE_TIMEOUT_S : IDLE_TIMEOUT_S;
}

/** Opens a server-side session and returns its opaque token (only its digest is stored). */
export async function openSession(
  em: EntityManager,
  accountId: string,
  roles: Role[],
  meta: { ip: string; userAgent: string },
): Promise<{ token: string; idleTimeoutSeconds: number }> {
  const token = `qf_${randomBytes(32).toString('base64url')}`;
  const idle = idleTimeoutFor(roles);
  await em.execute('insert into session (id, account_id, idle_timeout_s, ip, user_agent) values (?, ?, ?, ?, ?)', [
    digest(token),
    accountId,
    idle,
    meta.ip,
    meta.userAgent.slice(0, 300),
  ]);
  return { token, idleTimeoutSeconds: idle };
}

interface ViewerRow {
  session_id: string;
  id: string;
  display_name: string;
  roles: Role[];
  enterprise_id: string | null;
  enterprise_role: 'OWNER' | 'MEMBER' | null;
  institution_id: string | null;
  institution_admin: boolean;
  totp_bound: boolean;
}

/**
 * Resolves a token to its viewer in one statement, sliding the idle timeout; null when expired or revoked.
 * With `requireTotp`, staff roles are withheld until the account has bound a second factor.
 */
export async function resolveSession(em: EntityManager, token: string, requireTotp = false): Promise<Viewer | null> {
  if (!token.startsWith('qf_') || token.length > 100) return null;
  const rows = await em.execute<ViewerRow[]>(
    `update session s set last_seen_at = now()
       from account a
      where s.id = ? and a.id = s.account_id and ${LIVE}
      returning s.id as session_id, a.id, a.display_name, a.roles, a.enterprise_id, a.enterprise_role,
                a.institution_id, a.institution_admin,
                exists (select 1 from account_totp t where t.account_id = a.id and t.confirmed_at is not null) as totp_bound`,
    [digest(token)],
  );
  const r = rows[0];
  if (!r) return null;
  const withheld = requireTotp && !r.totp_bound ? r.roles.filter((role) => PRIVILEGED_ROLES.includes(role)) : [];
  return {
    sessionId: r.session_id,
    accountId: r.id,
    displayName: r.display_name,
    roles: withheld.length ? r.roles.filter((role) => !withheld.includes(role)) : r.roles,
    ...(withheld.length ? { withheldRoles: withheld } : {}),
    enterpriseId: r.enterprise_id,
    enterpriseRole: r.enterprise_role,
    institutionId: r.institution_id,
    institutionAdmin: r.institution_admin,
  };
}

export async function revokeSession(em: EntityManager, sessionId: string): Promise<void> {
  await em.execute('update session set revoked_at = now() where id = ? and revoked_at is null', [sessionId]);
}

/** Revokes every open session of an account except, optionally, one (after a password or role change). */
export async function revokeAccountSessions(em: EntityManager, accountId: string, except?: string): Promise<void> {
  await em.execute('update session set revoked_at = now() where account_id = ? and revoked_at is null and id <> ?', [accountId, except ?? '']);
}

/** What a live session currently grants, without sliding its idle timeout (for re-checking open sockets). */
export interface SessionGrant {
  /** Roles and memberships as one comparable string: a change means the socket's authorisation is stale. */
  access: string;
  /** When the session expires unless it is used (over HTTP) before then. */
  expiresAt: Date;
}

export function accessOf(v: Pick<Viewer, 'roles' | 'enterpriseId' | 'enterpriseRole' | 'institutionId' | 'institutionAdmin'>): string {
  return JSON.stringify([[...v.roles].sort(), v.enterpriseId, v.enterpriseRole, v.institutionId, v.institutionAdmin]);
}

export async function checkSession(em: EntityManager, sessionId: string): Promise<SessionGrant | null> {
  const [r] = await em.execute<(Omit<ViewerRow, 'session_id' | 'id' | 'display_name'> & { expires_at: Date })[]>(
    `select a.roles, a.enterprise_id, a.enterprise_role, a.institution_id, a.institution_admin,
            least(s.last_seen_at + make_interval(secs => s.idle_timeout_s), s.created_at + make_interval(secs => ${ABSOLUTE_LIFETIME_S})) as expires_at
       from session s join account a on a.id = s.account_id
      where s.id = ? and ${LIVE}`,
    [sessionId],
  );
  if (!r) return null;
  const access = accessOf({
    roles: r.roles,
    enterpriseId: r.enterprise_id,
    enterpriseRole: r.enterprise_role,
    institutionId: r.institution_id,
    institutionAdmin: r.institution_admin,
  });
  return { access, expiresAt: new Date(r.expires_at) };
}
