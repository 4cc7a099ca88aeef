import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

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
