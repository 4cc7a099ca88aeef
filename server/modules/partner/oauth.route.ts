import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { audit } from '../../common/audit.js';
import type { Ctx } from '../../common/context.js';
import type { HttpRoute } from '../../common/module.js';
import { countRequest } from '../../common/rate-limit.js';
import { ACCESS_TOKEN_SECONDS, secretDigest, SECRET_PREFIX, signAccessToken } from './credentials.js';
import { ClientScope } from './partner.scopes.js';
import { UUID } from './signature.js';

export const TOKEN_PATH = '/oauth/token';
const MAX_FORM_BYTES = 8 * 1024;
/** Token requests one client address may make per minute (secrets have 256 bits: this bounds load, not guessing). */
const TOKEN_REQUESTS_PER_MINUTE = 60;

type OAuthError = 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'invalid_scope' | 'unsupported_grant_type';

/** RFC 6749 §5.2: `error` and `error_description` (Chinese here); never cached. */
function sendError(res: ServerResponse, status: number, error: OAuthError, description: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', pragma: 'no-cache', ...headers });
  res.end(JSON.stringify({ error, error_description: description }));
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_FORM_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** HTTP Basic per RFC 6749 §2.3.1: both parts form-urlencoded before base64. */
function basicCredentials(header: string | undefined): { id: string; secret: string } | null | 'malformed' {
  if (!header?.toLowerCase().startsWith('basic ')) return null;
  const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return 'malformed';
  try {
    const dec = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));
    return { id: dec(decoded.slice(0, colon)), secret: dec(decoded.slice(colon + 1)) };
  } catch {
    return 'malformed';
  }
}

interface SecretRow {
  secretId: string;
  digest: string;
  name: string;
  siteId: string;
  scopes: string[];
  revoked: boolean;
}

/**
 * `POST /oauth/token`, OAuth 2.0 client credentials (RFC 6749 §4.4): the client authenticates with HTTP Basic or
 * `client_id`/`client_secret` in the form (not both), `grant_type=client_credentials`, optional `scope` (space-
 * separated; PUBLIC_READ when omitted: least privilege). Answers a ten-minute bearer token. Every issue and every
 * refusal is audited.
 */
async function tokenEndpoint(req: IncomingMessage, res: ServerResponse, ctx: Ctx): Promise<void> {
  const denied = async (status: number, error: OAuthError, description: string, clientId: string | null, headers?: Record<string, string>) => {
    await audit(ctx, {
      operation: 'partner.token.denied',
      objectType: 'ApiClient',
      objectId: clientId && UUID.test(clientId) ? clientId : null,
      result: 'FAILURE',
      actorId: null,
      detail: { error },
    });
    sendError(res, status, error, description, headers);
  };
  if (req.method !== 'POST') return sendError(res, 405, 'invalid_request', '令牌端点只接受 POST', { allow: 'POST' });
  if (ctx.config.anonymousRatePerMinute) {
    const { count, retryAfterSeconds } = await countRequest(ctx.em, `token:${ctx.ip}`);
    if (count > TOKEN_REQUESTS_PER_MINUTE) {
      res.writeHead(429, {
        'content-type': 'application/json; charset=utf-8',
        'retry-after': String(Math.max(1, retryAfterSeconds)),
        'cache-control': 'no-store',
      });
      res.end(JSON.stringify({ error: 'invalid_request', error_description: `请求过于频繁，请 ${Math.max(1, retryAfterSeconds)} 秒后再试` }));
      return;
    }
  }
  if (!String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
    return denied(400, 'invalid_request', '请求体应为 application/x-www-form-urlencoded', null);
  }
  const form = await readForm(req);
  if (!form) return denied(400, 'invalid_request', '请求体过大', null);
  const basic = basicCredentials(req.headers.authorization);
  const inForm = form.has('client_id') || form.has('client_secret');
  if (basic === 'malformed') return denied(401, 'invalid_client', 'HTTP Basic 认证格式错误', null, { 'www-authenticate': 'Basic realm="qifu"' });
  if (basic && inForm) return denied(400, 'invalid_request', '只能使用一种客户端认证方式（HTTP Basic 或表单参数）', null);
  const id = basic?.id ?? form.get('client_id') ?? '';
  const secret = basic?.secret ?? form.get('client_secret') ?? '';
  const challenge = basic ? { 'www-authenticate': 'Basic realm="qifu"' } : undefined;
  if (form.get('grant_type') !== 'client_credentials') {
    return denied(400, 'unsupported_grant_type', '只支持 grant_type=client_credentials', UUID.test(id) ? id : null);
  }
  if (!UUID.test(id) || !secret.startsWith(SECRET_PREFIX) || secret.length > 100) {
    return denied(401, 'invalid_client', '客户端认证失败：client_id 或 client_secret 错误', null, challenge);
  }
  const rows = await ctx.em.execute<SecretRow[]>(
    `select s.id as "secretId", encode(s.secret_sha256, 'hex') as digest, c.name, c.site_id as "siteId", c.scopes, c.revoked_at is not null as revoked
       from api_client_secret s join api_client c on c.id = s.client_id
      where s.client_id = ? and (s.expires_at is null or s.expires_at > now())`,
    [id],
  );
  const given = secretDigest(secret);
  const match = rows.find((r) => timingSafeEqual(Buffer.from(r.digest, 'hex'), given));
  if (!match) return denied(401, 'invalid_client', '客户端认证失败：client_id 或 client_secret 错误（或密钥已过期）', id, challenge);
  if (match.revoked) return denied(400, 'invalid_grant', '该应用已被吊销，不能再获取令牌', id);
  const requested = (form.get('scope') ?? ClientScope.PUBLIC_READ).split(' ').filter(Boolean);
  const unknown = requested.filter((s) => !match.scopes.includes(s));
  if (!requested.length || unknown.length) return denied(400, 'invalid_scope', `该应用未被授予以下范围：${unknown.join(' ') || '（空）'}`, id);
  const scopes = [...new Set(requested)];
  const exp = Math.floor(Date.now() / 1000) + ACCESS_TOKEN_SECONDS;
  const token = signAccessToken(ctx.services.requestGate.tokenKey, {
    clientId: id,
    secretId: match.secretId,
    name: match.name,
    siteId: match.siteId,
    scopes,
    exp,
  });
  await audit(ctx, {
    operation: 'partner.token.issue',
    objectType: 'ApiClient',
    objectId: id,
    result: 'SUCCESS',
    actorId: null,
    detail: { scopes, secretId: match.secretId },
  });
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', pragma: 'no-cache' });
  res.end(JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: ACCESS_TOKEN_SECONDS, scope: scopes.join(' ') }));
}

export const OAUTH_ROUTES: readonly HttpRoute[] = [{ method: '*', pathPrefix: TOKEN_PATH, handler: (req, res, { ctx }) => tokenEndpoint(req, res, ctx) }];
