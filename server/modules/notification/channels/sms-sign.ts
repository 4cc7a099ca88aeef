import { createHash, createHmac } from 'node:crypto';

/** RFC 3986 percent-encoding as Alibaba Cloud's POP signature wants it (space → %20, `*` → %2A, `~` kept). */
export function popEncode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Alibaba Cloud RPC signature v1 (HMAC-SHA1), as documented for SMS (dysmsapi): sort the parameters by name,
 * encode names and values, join them with & and =, then sign `METHOD&%2F&encode(query)` with `secret&`.
 */
export function aliyunRpcSignature(params: Record<string, string>, accessKeySecret: string, method = 'GET'): string {
  const canonical = Object.keys(params)
    .filter((k) => k !== 'Signature')
    .sort()
    .map((k) => `${popEncode(k)}=${popEncode(params[k])}`)
    .join('&');
  const stringToSign = `${method}&${popEncode('/')}&${popEncode(canonical)}`;
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign, 'utf8').digest('base64');
}

const sha256Hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const hmac = (key: Buffer | string, msg: string) => createHmac('sha256', key).update(msg, 'utf8').digest();

export interface Tc3Request {
  secretId: string;
  secretKey: string;
  service: string;
  host: string;
  /** Unix seconds (X-TC-Timestamp); the credential date is its UTC day. */
  timestamp: number;
  payload: string;
  contentType?: string;
}

/** Tencent Cloud API 3.0 signature TC3-HMAC-SHA256 (POST, JSON body, signed headers content-type;host). */
export function tc3Sign(r: Tc3Request): { authorization: string; signature: string; hashedPayload: string; stringToSign: string } {
  const contentType = r.contentType ?? 'application/json; charset=utf-8';
  const date = new Date(r.timestamp * 1000).toISOString().slice(0, 10);
  const hashedPayload = sha256Hex(r.payload);
  const signedHeaders = 'content-type;host';
  const canonicalRequest = ['POST', '/', '', `content-type:${contentType}\nhost:${r.host}\n`, signedHeaders, hashedPayload].join('\n');
  const scope = `${date}/${r.service}/tc3_request`;
  const stringToSign = ['TC3-HMAC-SHA256', String(r.timestamp), scope, sha256Hex(canonicalRequest)].join('\n');
  const signing = hmac(hmac(hmac(`TC3${r.secretKey}`, date), r.service), 'tc3_request');
  const signature = createHmac('sha256', signing).update(stringToSign, 'utf8').digest('hex');
  return {
    authorization: `TC3-HMAC-SHA256 Credential=${r.secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
    signature,
    hashedPayload,
    stringToSign,
  };
}
