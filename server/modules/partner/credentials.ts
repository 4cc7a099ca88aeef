import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { seal, unseal } from '../../common/sealed.js';
import type { Config } from '../../config/index.js';

/** Access tokens live ten minutes (RFC 6749 §4.4: no refresh token; the client asks again with its secret). */
export const ACCESS_TOKEN_SECONDS = 600;
export const TOKEN_PREFIX = 'qfc_';
export const SECRET_PREFIX = 'qcs_';

/**
 * A new client secret: 256 random bits. Only its SHA-256 is stored: with full entropy nothing can be guessed
 * from the hash, so a slow hash (scrypt) would cost every token request ~50 ms of CPU and protect nothing more.
 */
export function newSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64url');
}

export const secretDigest = (secret: string): Buffer => createHash('sha256').update(secret).digest();
/** The HMAC-SM3 key of signed requests: SM3 of the secret's UTF-8 bytes (docs/partners.md). */
export const hmacKeyOf = (secret: string): Buffer => createHash('sm3').update(secret).digest();

/**
 * The HMAC key is kept sealed under the data key (server/common/sealed.ts), bound to its secret's row: a reader
 * of the database or of a backup cannot sign requests as the partner.
 */
export const sealHmacKey = (config: Pick<Config, 'dataKey'>, key: Buffer, secretId: string): string => seal(config, key.toString('hex'), secretId);
export const openHmacKey = (config: Pick<Config, 'dataKey'>, sealed: string, secretId: string): Buffer => Buffer.from(unseal(config, sealed, secretId), 'hex');

/** HMAC keys stored in clear before migration 0065 are sealed once, at start (idempotent; none on a new installation). */
export async function sealStoredHmacKeys(em: EntityManager, config: Pick<Config, 'dataKey'>): Promise<number> {
  const rows = await em.execute<{ id: string; key: string }[]>(
    `select id, encode(hmac_key, 'hex') as key from api_client_secret where hmac_key is not null and hmac_key_sealed is null`,
  );
  for (const r of rows) {
    await em.execute(`update api_client_secret set hmac_key_sealed = ?, hmac_key = null where id = ? and hmac_key_sealed is null`, [
      sealHmacKey(config, Buffer.from(r.key, 'hex'), r.id),
      r.id,
    ]);
  }
  return rows.length;
}

/** What an access token says: the client, the secret it was issued under, its scopes and expiry. */
export interface AccessClaims {
  clientId: string;
  secretId: string;
  name: string;
  siteId: string;
  scopes: string[];
  /** Expiry, seconds since the epoch. */
  exp: number;
}

/** The key that signs access tokens, derived from the audit key every instance shares (no new secret to deploy). */
export function tokenKey(auditKey: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(auditKey, 'hex'), Buffer.alloc(0), 'qifu partner access token v1', 32));
}

/**
 * A signed (not encrypted) access token: `qfc_<claims, base64url JSON>.<HMAC-SHA256, base64url>`. Verifying it
 * needs no statement; revocation and secret expiry are checked by the statement every request runs anyway
 * (the rate counter), so the token is never the last word.
 */
export function signAccessToken(key: Buffer, claims: AccessClaims): string {
  const body = Buffer.from(JSON.stringify([claims.clientId, claims.secretId, claims.name, claims.siteId, claims.scopes, claims.exp])).toString('base64url');
  const mac = createHmac('sha256', key)
    .update(TOKEN_PREFIX + body)
    .digest('base64url');
  return `${TOKEN_PREFIX}${body}.${mac}`;
}

/** The claims of a well-formed token with a valid MAC, expired or not; null for anything else. */
export function readAccessToken(key: Buffer, token: string): AccessClaims | null {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 2000) return null;
  const dot = token.lastIndexOf('.');
  if (dot < 0) return null;
  const body = token.slice(TOKEN_PREFIX.length, dot);
  const mac = Buffer.from(token.slice(dot + 1), 'base64url');
  const expected = createHmac('sha256', key)
    .update(TOKEN_PREFIX + body)
    .digest();
  if (mac.length !== expected.length || !timingSafeEqual(mac, expected)) return null;
  try {
    const [clientId, secretId, name, siteId, scopes, exp] = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as [
      string,
      string,
      string,
      string,
      string[],
      number,
    ];
    return { clientId, secretId, name, siteId, scopes, exp };
  } catch {
    return null;
  }
}
