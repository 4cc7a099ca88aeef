import type { EntityManager } from '@mikro-orm/postgresql';
import { appendAuditRow } from '../../common/audit.js';
import type { ClientViewer } from '../../common/context.js';
import type { Logger } from '../../common/logger.js';
import { RATE_UPSERT } from '../../common/rate-limit.js';
import type { Admission, AdmissionRequest, Refusal, RequestGate } from '../../common/request-gate.js';
import type { PlatformDeps } from '../../common/system-context.js';
import { openHmacKey, readAccessToken, TOKEN_PREFIX, tokenKey, type AccessClaims } from './credentials.js';
import { canonicalString, SIGNATURE_SKEW_SECONDS, signatureValid, signedHeaders, UUID } from './signature.js';

/** Share of admitted partner requests written to the audit log (token issues and every refusal are always audited). */
const READ_AUDIT_SAMPLE = 0.01;

// One statement per client request: counts it only while the client is live and the token's secret unexpired,
// so revocation takes effect on the next request on every instance, with no cache to invalidate.
const CLIENT_COUNT = RATE_UPSERT(
  `select 1 from api_client c join api_client_secret s on s.client_id = c.id
    where c.id = ?::uuid and s.id = ?::uuid and c.revoked_at is null and (s.expires_at is null or s.expires_at > now())`,
  `(select requests_per_minute from api_client where id = ?::uuid) as "limit"`,
);

const SIGNING_KEYS = `
  select c.name, c.site_id as "siteId", c.scopes, c.requests_per_minute as "perMinute", c.sm2_public_key as "sm2PublicKey",
         coalesce(json_agg(json_build_object('id', s.id, 'sealed', s.hmac_key_sealed, 'clear', encode(s.hmac_key, 'hex'))) filter (where s.id is not null), '[]') as "hmacKeys"
    from api_client c
    left join api_client_secret s on s.client_id = c.id and (s.expires_at is null or s.expires_at > now())
   where c.id = ?::uuid and c.revoked_at is null
   group by c.id`;

// The nonce is claimed and the request counted in one statement; a nonce seen before claims nothing, counts nothing.
const NONCE_AND_COUNT = RATE_UPSERT(`
  insert into request_nonce (client_id, nonce, expires_at)
  values (?::uuid, ?, greatest(now(), to_timestamp(?)) + interval '${2 * SIGNATURE_SKEW_SECONDS} seconds')
  on conflict do nothing returning 1`);

const refuse = (status: number, code: string, message: string, extra: Partial<Refusal> = {}): { refused: Refusal } => ({
  refused: { status, code, message, ...extra },
});
const bearerError = (code: string, message: string) =>
  refuse(401, code, message, { wwwAuthenticate: `Bearer error="invalid_token", error_description="${code}"` });

/**
 * The partner feature's RequestGate: CORS origins per site and per client (kept in memory, reloaded on every
 * instance by the `partner.originsChanged` event and each minute), and admission of each GraphQL request.
 */
export class PartnerGate implements RequestGate {
  private readonly em: EntityManager;
  private readonly key: Buffer;
  private origins = new Map<string, Set<string>>();
  private anyOrigin = new Set<string>();
  private loadedAt = 0;

  constructor(
    private readonly deps: Omit<PlatformDeps, 'services'>,
    private readonly log: Pick<Logger, 'error'>,
  ) {
    this.em = deps.orm.em.fork();
    this.key = tokenKey(deps.config.auditKey ?? '');
  }

  /** The key access tokens are signed with (the token endpoint uses it too). */
  get tokenKey(): Buffer {
    return this.key;
  }

  async reloadOrigins(): Promise<void> {
    const rows = await this.deps.orm.em.fork().execute<{ siteId: string; origins: string[] }[]>(
      `select id as "siteId", allowed_origins as origins from site
         union all select site_id, allowed_origins from api_client where revoked_at is null`,
    );
    const bySite = new Map<string, Set<string>>();
    const any = new Set<string>();
    for (const r of rows) {
      let set = bySite.get(r.siteId);
      if (!set) bySite.set(r.siteId, (set = new Set()));
      for (const o of r.origins) {
        set.add(o);
        any.add(o);
      }
    }
    this.origins = bySite;
    this.anyOrigin = any;
    this.loadedAt = Date.now();
  }

  originAllowed(origin: string, siteId?: string): boolean {
    if (Date.now() - this.loadedAt > 60_000) {
      this.loadedAt = Date.now();
      void this.reloadOrigins().catch((err: Error) => this.log.error('reloading allowed origins failed', { error: err.message }));
    }
    if (this.deps.config.allowedOrigins.includes(origin)) return true;
    return siteId === undefined ? this.anyOrigin.has(origin) : !!this.origins.get(siteId)?.has(origin);
  }

  async admit(r: AdmissionRequest): Promise<Admission> {
    if (r.foreignOrigin !== null && !this.originAllowed(r.foreignOrigin, r.siteId)) {
      return this.denied(r, null, 'ORIGIN_NOT_ALLOWED', '该来源不允许跨域访问此站点', false, 403, { origin: r.foreignOrigin.slice(0, 200) });
    }
    if (r.bearer?.startsWith(TOKEN_PREFIX)) return this.admitToken(r, r.bearer);
    const signed = signedHeaders(r.req.headers);
    if (signed === 'malformed')
      return this.denied(r, null, 'SIGNATURE_INVALID', '签名请求头不完整或格式错误（X-Qifu-Client、X-Qifu-Timestamp、X-Qifu-Nonce、X-Qifu-Signature）');
    if (signed) return this.admitSigned(r, signed);
    return { client: null };
  }

  async countAnonymous(address: string, requestId: string): Promise<Refusal | null> {
    const limit = this.deps.config.anonymousRatePerMinute;
    if (!limit) return null;
    const { count, retryAfterSeconds } = await this.count(RATE_UPSERT(), [`address:${address}`]);
    if (count <= limit) return null;
    const r = { address, requestId, pathWithQuery: '/graphql' } as AdmissionRequest;
    return (await this.limited(r, null, count - limit, retryAfterSeconds)).refused;
  }

  /** Claims of tokens already verified (a token is sent many times in its ten minutes); bounded, cleared when full. */
  private readonly verified = new Map<string, AccessClaims>();

  private claimsOf(token: string): AccessClaims | null {
    const known = this.verified.get(token);
    if (known) return known;
    const claims = readAccessToken(this.key, token);
    if (claims) {
      if (this.verified.size >= 10_000) this.verified.clear();
      this.verified.set(token, claims);
    }
    return claims;
  }

  private async admitToken(r: AdmissionRequest, token: string): Promise<Admission> {
    const claims = this.claimsOf(token);
    if (!claims) return this.denied(r, null, 'INVALID_TOKEN', '访问令牌无效', true);
    if (claims.exp * 1000 <= Date.now()) return this.denied(r, claims.clientId, 'TOKEN_EXPIRED', '访问令牌已过期，请重新获取', true);
    const rows = await this.em.execute<{ count: number; retryAfterSeconds: number; limit: number }[]>(CLIENT_COUNT, [
      claims.clientId,
      claims.secretId,
      `client:${claims.clientId}`,
      claims.clientId,
    ]);
    if (!rows[0]) return this.denied(r, claims.clientId, 'CLIENT_REVOKED', '该应用或其密钥已被吊销或过期', true);
    const client: ClientViewer = { clientId: claims.clientId, name: claims.name, siteId: claims.siteId, scopes: claims.scopes };
    return this.admitted(r, client, rows[0].count, rows[0].limit, rows[0].retryAfterSeconds);
  }

  private async admitSigned(r: AdmissionRequest, signed: Exclude<ReturnType<typeof signedHeaders>, null | 'malformed'>): Promise<Admission> {
    if (Math.abs(Date.now() / 1000 - signed.timestamp) > SIGNATURE_SKEW_SECONDS) {
      return this.denied(r, signed.clientId, 'TIMESTAMP_SKEWED', `请求时间戳与服务器时间相差超过 ${SIGNATURE_SKEW_SECONDS} 秒`);
    }
    const [keys] = await this.em.execute<
      {
        name: string;
        siteId: string;
        scopes: string[];
        perMinute: number;
        sm2PublicKey: string | null;
        hmacKeys: { id: string; sealed: string | null; clear: string | null }[];
      }[]
    >(SIGNING_KEYS, [signed.clientId]);
    const canonical = canonicalString(r.req.method ?? 'GET', r.pathWithQuery, signed.timestamp, signed.nonce, r.body);
    const valid =
      !!keys &&
      signatureValid(signed, canonical, {
        hmacKeys:
          signed.algorithm === 'HMAC-SM3'
            ? keys.hmacKeys.map((k) => (k.sealed ? openHmacKey(this.deps.config, k.sealed, k.id) : Buffer.from(k.clear ?? '', 'hex')))
            : [],
        sm2PublicKey: keys.sm2PublicKey,
      });
    if (!valid) return this.denied(r, signed.clientId, 'SIGNATURE_INVALID', '请求签名无效（应用不存在、已吊销，或签名与请求内容不符）');
    const [row] = await this.em.execute<{ count: number; retryAfterSeconds: number }[]>(NONCE_AND_COUNT, [
      signed.clientId,
      signed.nonce,
      signed.timestamp,
      `client:${signed.clientId}`,
    ]);
    if (!row) return this.denied(r, signed.clientId, 'NONCE_REUSED', '该随机数（nonce）已使用过，请求被视为重放');
    if (Math.random() < 0.01) void this.em.execute(`delete from request_nonce where expires_at < now()`).catch(() => {});
    const client: ClientViewer = { clientId: signed.clientId, name: keys.name, siteId: keys.siteId, scopes: keys.scopes };
    return this.admitted(r, client, row.count, keys.perMinute, row.retryAfterSeconds);
  }

  private async count(sql: string, params: unknown[]): Promise<{ count: number; retryAfterSeconds: number }> {
    const [row] = await this.em.execute<{ count: number; retryAfterSeconds: number }[]>(sql, params);
    if (Math.random() < 0.001) void this.em.execute(`delete from rate_counter where window_start < now() - interval '5 minutes'`).catch(() => {});
    return row;
  }

  private async admitted(r: AdmissionRequest, client: ClientViewer, count: number, limit: number, retryAfterSeconds: number): Promise<Admission> {
    if (count > limit) return this.limited(r, client.clientId, count - limit, retryAfterSeconds);
    if (Math.random() < READ_AUDIT_SAMPLE) void this.audit(r, client.clientId, 'partner.request', 'SUCCESS', { sampled: READ_AUDIT_SAMPLE });
    return { client };
  }

  /** 429; only the first refusal of a window is audited (a flood must not flood the hash-chained log). */
  private async limited(r: AdmissionRequest, clientId: string | null, over: number, retryAfterSeconds: number): Promise<{ refused: Refusal }> {
    if (over === 1) await this.audit(r, clientId, 'partner.rateLimited', 'FAILURE', { address: r.address });
    const seconds = Math.max(1, retryAfterSeconds);
    return refuse(429, 'RATE_LIMITED', `请求过于频繁，请 ${seconds} 秒后再试`, { retryAfterSeconds: seconds });
  }

  private async denied(
    r: AdmissionRequest,
    clientId: string | null,
    code: string,
    message: string,
    bearer = false,
    status = 401,
    detail: Record<string, unknown> = {},
  ): Promise<Admission> {
    await this.audit(r, clientId, 'partner.denied', 'FAILURE', { code, ...detail });
    return bearer ? bearerError(code, message) : refuse(status, code, message);
  }

  private async audit(r: AdmissionRequest, clientId: string | null, operation: string, result: 'SUCCESS' | 'FAILURE', detail: Record<string, unknown>) {
    await appendAuditRow(this.deps.orm.em.fork(), this.deps.config, {
      actorId: null,
      actorRole: 'CLIENT',
      ip: r.address,
      operation,
      objectType: 'ApiClient',
      objectId: clientId && UUID.test(clientId) ? clientId : null,
      result,
      detail: { ...detail, path: r.pathWithQuery.slice(0, 200) },
      requestId: r.requestId,
    }).catch((err: Error) => this.log.error('audit of a partner request failed', { error: err.message }));
  }
}
