import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';

/** Signed requests (国密): ±300 s between the partner's clock and ours; a nonce is kept longer than that. */
export const SIGNATURE_SKEW_SECONDS = 300;
/** The SM2 user id every mainstream implementation uses by default (GM/T 0009). */
export const SM2_USER_ID = '1234567812345678';
const NONCE = /^[A-Za-z0-9_-]{16,64}$/;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type SignatureAlgorithm = 'HMAC-SM3' | 'SM2';

export interface SignedHeaders {
  clientId: string;
  timestamp: number;
  nonce: string;
  algorithm: SignatureAlgorithm;
  signature: string;
}

/**
 * The string a partner signs, five lines joined by "\n" (no trailing newline): the method in upper case, the
 * path with its query string exactly as sent, the Unix timestamp in seconds, the nonce, and the lower-case hex
 * SM3 of the raw body bytes (SM3 of nothing for a GET). docs/partners.md has test vectors.
 */
export function canonicalString(method: string, pathWithQuery: string, timestamp: number, nonce: string, body: string | Buffer): string {
  const bodyHash = createHash('sm3').update(body).digest('hex');
  return [method.toUpperCase(), pathWithQuery, String(timestamp), nonce, bodyHash].join('\n');
}

/** HMAC-SM3 of the canonical string with the client's key (SM3 of its secret), lower-case hex. */
export function hmacSm3(key: Buffer, canonical: string): string {
  return createHmac('sm3', key).update(canonical).digest('hex');
}

/**
 * Parses the four X-Qifu-* headers of a signed request; null when none is present (not a signed request),
 * 'malformed' when some are missing or bad.
 */
export function signedHeaders(headers: Record<string, string | string[] | undefined>): SignedHeaders | null | 'malformed' {
  const one = (name: string) => {
    const v = headers[name];
    return typeof v === 'string' ? v : undefined;
  };
  const clientId = one('x-qifu-client');
  const sig = one('x-qifu-signature');
  if (!clientId && !sig) return null;
  const timestamp = Number(one('x-qifu-timestamp'));
  const nonce = one('x-qifu-nonce') ?? '';
  const [algorithm, signature] = (sig ?? '').trim().split(/\s+/);
  if (!clientId || !UUID.test(clientId) || !Number.isSafeInteger(timestamp) || !NONCE.test(nonce)) return 'malformed';
  if ((algorithm !== 'HMAC-SM3' && algorithm !== 'SM2') || !signature || !/^[0-9a-f]+$/i.test(signature) || signature.length > 256) return 'malformed';
  return { clientId, timestamp, nonce, algorithm, signature: signature.toLowerCase() };
}

/** Checks a signature against the client's keys (any live secret's HMAC key, or its SM2 public key). */
export function signatureValid(signed: SignedHeaders, canonical: string, keys: { hmacKeys: Buffer[]; sm2PublicKey: string | null }): boolean {
  if (signed.algorithm === 'HMAC-SM3') {
    const given = Buffer.from(signed.signature, 'hex');
    return keys.hmacKeys.some((k) => {
      const expected = createHmac('sm3', k).update(canonical).digest();
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
  }
  if (!keys.sm2PublicKey || signed.signature.length !== 128) return false;
  try {
    return sm2.doVerifySignature(canonical, signed.signature, keys.sm2PublicKey, { hash: true, userId: SM2_USER_ID });
  } catch {
    return false;
  }
}
