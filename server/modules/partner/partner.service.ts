import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sm2 } from 'sm-crypto-v2';
import { audit } from '../../common/audit.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, fail, Violations } from '../../common/errors.js';
import { fromGlobalId, toGlobalId } from '../../common/ids.js';
import { mutation } from '../../common/mutation.js';
import { connectionOf, pageOf, type PageArgs } from '../../common/relay.js';
import { columns, insertRow, updateRow } from '../../db/columns.js';
import { pgArray } from '../../db/sql.js';
import type { ApiClientRow } from '../../db/tables.generated.js';
import { hmacKeyOf, newSecret, sealHmacKey, secretDigest } from './credentials.js';
import type { ApiClient, ApiClientSecret } from './partner.entity.js';
import { ORIGINS_CHANGED } from './partner.events.js';
import type { ApiClientCreateInput, ApiClientSecretRotateInput, ApiClientUpdateInput, SiteAllowedOriginsInput } from './partner.inputs.js';
import { ClientScope } from './partner.scopes.js';

const CLIENT_COLUMNS = columns('api_client');
const SECRET_COLUMNS = columns('api_client_secret', { only: ['id', 'clientId', 'createdAt', 'expiresAt'] });
const MAX_ORIGINS = 20;
const MAX_SITE_ORIGINS = 50;
const MAX_WEBHOOKS = 10;

/** An origin as browsers send it: scheme://host[:port], nothing after; http only outside production. */
function originError(origin: string, production: boolean): string | null {
  try {
    const u = new URL(origin);
    if (u.origin !== origin) return `“${origin.slice(0, 100)}”不是来源格式（协议://主机[:端口]，无路径和结尾斜杠）`;
    if (u.protocol !== 'https:' && (production || u.protocol !== 'http:')) return `来源“${origin}”必须使用 https`;
    return null;
  } catch {
    return `“${origin.slice(0, 100)}”不是有效的来源`;
  }
}

function webhookError(url: string, production: boolean): string | null {
  try {
    const u = new URL(url);
    if (u.username || u.password) return '回调地址不能包含用户名或密码';
    if (u.protocol !== 'https:' && (production || u.protocol !== 'http:')) return `回调地址“${url.slice(0, 100)}”必须使用 https`;
    return url.length > 500 ? '回调地址不能超过 500 个字符' : null;
  } catch {
    return `“${url.slice(0, 100)}”不是有效的回调地址`;
  }
}

interface ClientFields {
  name?: string | null;
  contact?: string | null;
  scopes?: ClientScope[] | null;
  requestsPerMinute?: number | null;
  allowedOrigins?: string[] | null;
  webhookUrls?: string[] | null;
  sm2PublicKey?: string | null;
}

/** Validates what create and update share; returns the values to write (unset fields left out). */
function checkFields(ctx: Ctx, input: ClientFields, creating: boolean): Partial<ApiClientRow> {
  const v = new Violations();
  const out: Partial<ApiClientRow> = {};
  const name = input.name?.trim();
  const contact = input.contact?.trim();
  if (creating || input.name !== undefined) {
    if (v.required('name', name, '应用名称')) v.maxLength('name', name, 100, '应用名称');
    out.name = name;
  }
  if (creating || input.contact !== undefined) {
    if (v.required('contact', contact, '联系人')) v.maxLength('contact', contact, 200, '联系人');
    out.contact = contact;
  }
  if (input.scopes) out.scopes = [...new Set([ClientScope.PUBLIC_READ, ...input.scopes])];
  if (input.requestsPerMinute !== undefined && input.requestsPerMinute !== null) {
    if (!Number.isInteger(input.requestsPerMinute) || input.requestsPerMinute < 1 || input.requestsPerMinute > 100_000)
      v.add(ErrorCode.INVALID, 'requestsPerMinute', '每分钟请求数应在 1 到 100000 之间');
    out.requestsPerMinute = input.requestsPerMinute;
  }
  if (input.allowedOrigins) {
    if (input.allowedOrigins.length > MAX_ORIGINS) v.add(ErrorCode.INVALID, 'allowedOrigins', `允许的来源最多 ${MAX_ORIGINS} 个`);
    input.allowedOrigins.forEach((o, i) => {
      const e = originError(o, ctx.config.production);
      if (e) v.add(ErrorCode.INVALID, `allowedOrigins.${i}`, e);
    });
    out.allowedOrigins = [...new Set(input.allowedOrigins)];
  }
  if (input.webhookUrls) {
    if (input.webhookUrls.length > MAX_WEBHOOKS) v.add(ErrorCode.INVALID, 'webhookUrls', `回调地址最多 ${MAX_WEBHOOKS} 个`);
    input.webhookUrls.forEach((u, i) => {
      const e = webhookError(u, ctx.config.production);
      if (e) v.add(ErrorCode.INVALID, `webhookUrls.${i}`, e);
    });
    out.webhookUrls = [...new Set(input.webhookUrls)];
  }
  if (input.sm2PublicKey !== undefined && input.sm2PublicKey !== null) {
    const key = input.sm2PublicKey.trim().toLowerCase();
    if (key && (!/^04[0-9a-f]{128}$/.test(key) || !sm2.verifyPublicKey(key)))
      v.add(ErrorCode.INVALID, 'sm2PublicKey', 'SM2 公钥应为 04 开头的 130 位十六进制（非压缩格式），且在曲线上');
    out.sm2PublicKey = key || null;
  }
  v.throwIfAny();
  return out;
}

async function loadClient(em: EntityManager, id: string): Promise<ApiClient | null> {
  const [row] = await em.execute<ApiClientRow[]>(`select ${CLIENT_COLUMNS} from api_client where id = ?`, [id]);
  if (!row) return null;
  const secrets = await em.execute<ApiClientSecret[]>(
    `select ${SECRET_COLUMNS} from api_client_secret where client_id = ? and (expires_at is null or expires_at > now()) order by created_at desc`,
    [id],
  );
  return asClient(row, secrets);
}

// Inside a transaction MikroORM's Kysely path answers timestamps as text; the pool path as Date (patches/).
const date = (v: Date | string) => (v instanceof Date ? v : new Date(v));
const optionalDate = (v: Date | string | null) => (v === null ? null : date(v));

function asClient(row: ApiClientRow, secrets: ApiClientSecret[]): ApiClient {
  return {
    ...row,
    clientId: row.id,
    scopes: row.scopes as ClientScope[],
    createdAt: date(row.createdAt),
    revokedAt: optionalDate(row.revokedAt),
    secrets: secrets.map((s) => ({ ...s, createdAt: date(s.createdAt), expiresAt: optionalDate(s.expiresAt) })),
    site: undefined as never,
  };
}

/** Stores a new secret for a client and returns it in clear (the only time it exists outside the partner). */
async function addSecret(ctx: Ctx, em: EntityManager, clientId: string): Promise<string> {
  const secret = newSecret();
  const id = randomUUID();
  // bytea as hex text: the transaction path and the pool path map Buffers differently (common/audit.ts).
  await em.execute(`insert into api_client_secret (id, client_id, secret_sha256, hmac_key_sealed) values (?, ?, decode(?, 'hex'), ?)`, [
    id,
    clientId,
    secretDigest(secret).toString('hex'),
    sealHmacKey(ctx.config, hmacKeyOf(secret), id),
  ]);
  return secret;
}

export function createClient(ctx: Ctx, input: ApiClientCreateInput) {
  return mutation(ctx, async (em) => {
    const values = checkFields(ctx, input, true);
    const siteId = fromGlobalId(input.siteId, 'Site');
    if (!siteId || !ctx.sites.byId(siteId)) fail(ErrorCode.NOT_FOUND, 'siteId', '站点不存在');
    const id = randomUUID();
    await insertRow(em, 'api_client', {
      scopes: [ClientScope.PUBLIC_READ],
      ...values,
      id,
      siteId,
      createdBy: ctx.viewer!.accountId,
    });
    const secret = await addSecret(ctx, em, id);
    await audit(
      ctx,
      {
        operation: 'partner.client.create',
        objectType: 'ApiClient',
        objectId: id,
        result: 'SUCCESS',
        detail: { name: values.name, siteId, scopes: values.scopes },
      },
      em,
    );
    await ctx.events.publish(em, ORIGINS_CHANGED, { siteId, clientId: id });
    return { client: await loadClient(em, id), secret };
  });
}

export function updateClient(ctx: Ctx, input: ApiClientUpdateInput) {
  return mutation(ctx, async (em) => {
    const id = fromGlobalId(input.id, 'ApiClient');
    const before = id ? await loadClient(em, id) : null;
    if (!id || !before) return fail(ErrorCode.NOT_FOUND, 'id', '应用不存在');
    if (before.revokedAt) fail(ErrorCode.INVALID_STATE, 'id', '应用已吊销，不能修改');
    const values = checkFields(ctx, input, false);
    const sets = Object.keys(values);
    await updateRow(em, 'api_client', id, values);
    await audit(ctx, { operation: 'partner.client.update', objectType: 'ApiClient', objectId: id, result: 'SUCCESS', detail: { changed: sets } }, em);
    if (values.allowedOrigins) await ctx.events.publish(em, ORIGINS_CHANGED, { siteId: before.siteId, clientId: id });
    return { client: await loadClient(em, id) };
  });
}

export function rotateSecret(ctx: Ctx, input: ApiClientSecretRotateInput) {
  return mutation(ctx, async (em) => {
    const id = fromGlobalId(input.id, 'ApiClient');
    const overlap = input.overlapMinutes ?? 1440;
    if (!Number.isInteger(overlap) || overlap < 0 || overlap > 10_080) fail(ErrorCode.INVALID, 'overlapMinutes', '旧密钥保留时间应在 0 到 10080 分钟之间');
    const [client] = id ? await em.execute<{ revokedAt: Date | null }[]>(`select revoked_at as "revokedAt" from api_client where id = ? for update`, [id]) : [];
    if (!id || !client) return fail(ErrorCode.NOT_FOUND, 'id', '应用不存在');
    if (client.revokedAt) fail(ErrorCode.INVALID_STATE, 'id', '应用已吊销，不能更换密钥');
    // Every secret still valid ends at the overlap's end at the latest; the new one has no end.
    await em.execute(
      `update api_client_secret set expires_at = least(coalesce(expires_at, 'infinity'), now() + make_interval(mins => ?))
        where client_id = ? and (expires_at is null or expires_at > now())`,
      [overlap, id],
    );
    const secret = await addSecret(ctx, em, id);
    await audit(
      ctx,
      { operation: 'partner.client.rotateSecret', objectType: 'ApiClient', objectId: id, result: 'SUCCESS', detail: { overlapMinutes: overlap } },
      em,
    );
    return { client: await loadClient(em, id), secret };
  });
}

/** Revokes a client: from the commit on, its tokens and signatures are refused by the statement every request runs. */
export function revokeClient(ctx: Ctx, globalId: string) {
  return mutation(ctx, async (em) => {
    const id = fromGlobalId(globalId, 'ApiClient');
    const [row] = id
      ? await em.execute<{ siteId: string }[]>(`update api_client set revoked_at = now() where id = ? and revoked_at is null returning site_id as "siteId"`, [
          id,
        ])
      : [];
    if (!row) {
      const exists = id ? await loadClient(em, id) : null;
      return fail(exists ? ErrorCode.INVALID_STATE : ErrorCode.NOT_FOUND, 'id', exists ? '应用已吊销' : '应用不存在');
    }
    await audit(ctx, { operation: 'partner.client.revoke', objectType: 'ApiClient', objectId: id, result: 'SUCCESS' }, em);
    await ctx.events.publish(em, ORIGINS_CHANGED, { siteId: row.siteId, clientId: id });
    return { client: await loadClient(em, id!) };
  });
}

export async function clientById(ctx: Ctx, globalId: string): Promise<ApiClient | null> {
  const id = fromGlobalId(globalId, 'ApiClient');
  return id ? loadClient(ctx.em, id) : null;
}

export async function listClients(ctx: Ctx, args: PageArgs, includeRevoked: boolean) {
  const page = pageOf(args);
  const where = includeRevoked ? '' : 'where revoked_at is null';
  const rows = await ctx.em.execute<ApiClientRow[]>(`select ${CLIENT_COLUMNS} from api_client ${where} order by created_at desc, id limit ? offset ?`, [
    page.limit + 1,
    page.offset,
  ]);
  const secrets = rows.length
    ? await ctx.em.execute<(ApiClientSecret & { clientId: string })[]>(
        `select ${SECRET_COLUMNS} from api_client_secret where client_id = any(?::uuid[]) and (expires_at is null or expires_at > now()) order by created_at desc`,
        [pgArray(rows.map((r) => r.id))],
      )
    : [];
  const clients = rows.map((r) =>
    asClient(
      r,
      secrets.filter((s) => s.clientId === r.id),
    ),
  );
  return connectionOf(clients, page, async () => {
    const [r] = await ctx.em.execute<{ n: number }[]>(`select count(*)::int as n from api_client ${where}`);
    return r.n;
  });
}

export async function setSiteOrigins(ctx: Ctx, input: SiteAllowedOriginsInput) {
  const result = await mutation(ctx, async (em) => {
    const siteId = fromGlobalId(input.siteId, 'Site');
    const site = siteId ? ctx.sites.byId(siteId) : undefined;
    if (!siteId || !site) return fail(ErrorCode.NOT_FOUND, 'siteId', '站点不存在');
    const v = new Violations();
    if (input.origins.length > MAX_SITE_ORIGINS) v.add(ErrorCode.INVALID, 'origins', `允许的来源最多 ${MAX_SITE_ORIGINS} 个`);
    input.origins.forEach((o, i) => {
      const e = originError(o, ctx.config.production);
      if (e) v.add(ErrorCode.INVALID, `origins.${i}`, e);
    });
    v.throwIfAny();
    const origins = [...new Set(input.origins)];
    const [before] = await em.execute<{ origins: string[] }[]>(`select allowed_origins as origins from site where id = ? for update`, [siteId]);
    await em.execute(`update site set allowed_origins = ?::text[] where id = ?`, [pgArray(origins), siteId]);
    await audit(
      ctx,
      {
        operation: 'site.allowedOrigins.set',
        objectType: 'Site',
        objectId: siteId,
        result: 'SUCCESS',
        detail: { before: before?.origins ?? [], after: origins },
      },
      em,
    );
    await ctx.events.publish(em, ORIGINS_CHANGED, { siteId, clientId: null });
    return { site, allowedOrigins: origins };
  });
  // This instance answers with the new list at once (the operator tries it next); the others follow the event.
  await ctx.services.requestGate.reloadOrigins();
  return result;
}

export async function siteOrigins(ctx: Ctx, siteId: string): Promise<string[]> {
  const [row] = await ctx.em.execute<{ origins: string[] }[]>(`select allowed_origins as origins from site where id = ?`, [siteId]);
  return row?.origins ?? [];
}

export const clientGlobalId = (id: string) => toGlobalId('ApiClient', id);
