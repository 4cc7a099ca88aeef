import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit.js';
import { hasRole, type Ctx } from '../../common/context.js';
import { ErrorCode, fail, forbidden, unauthenticated, Violations } from '../../common/errors.js';
import { fromGlobalId, toGlobalId } from '../../common/ids.js';
import { mutation } from '../../common/mutation.js';
import { connectionOf, pageOf, type PageArgs } from '../../common/relay.js';
import { Role } from '../../common/roles.js';
import { seal } from '../../common/sealed.js';
import { columns } from '../../db/columns.js';
import { pgArray } from '../../db/sql.js';
import { ClientScope } from '../partner/index.js';
import { WEBHOOK_QUEUE } from './webhook.fanout.js';
import type {
  WebhookDeliveryFilter,
  WebhookDeliveryReplayInput,
  WebhookSubscriptionCreateInput,
  WebhookSubscriptionDeleteInput,
  WebhookSubscriptionUpdateInput,
} from './webhook.inputs.js';
import { PRIVATE_EVENT_TYPES, type WebhookDelivery, type WebhookEventType, type WebhookSubscription } from './webhook.types.js';

const MAX_SUBSCRIPTIONS_PER_CLIENT = 20;
const MAX_EVENT_TYPES = 10;
const SUBSCRIPTION_COLUMNS = columns('webhook_subscription', { alias: 's', omit: ['secretSealed', 'deletedAt'] });
const DELIVERY_COLUMNS = `${columns('webhook_delivery', { alias: 'd', omit: ['body'] })}, s.url`;

/**
 * Who manages webhooks: a system administrator (any app's), or a partner app with its own access token or signed
 * request (its own only). Everyone else is refused; another app's subscription is answered as not found.
 */
interface Actor {
  clientId: string | null;
  /** Scopes of the acting token (null for an administrator: the app's own scopes then apply). */
  scopes: string[] | null;
}

export function webhookActor(ctx: Ctx): Actor {
  if (hasRole(ctx, Role.SYSTEM_ADMIN)) return { clientId: null, scopes: null };
  if (ctx.client) return { clientId: ctx.client.clientId, scopes: ctx.client.scopes };
  if (!ctx.viewer) throw unauthenticated();
  throw forbidden('需要系统管理员，或合作应用使用自己的访问令牌');
}

// Inside a transaction MikroORM's Kysely path answers timestamps as text; the pool path as Date (patches/).
const date = (v: Date | string) => (v instanceof Date ? v : new Date(v));
const optionalDate = (v: Date | string | null) => (v === null ? null : date(v));

function asSubscription(row: WebhookSubscription): WebhookSubscription {
  return { ...row, apiClientId: toGlobalId('ApiClient', row.clientId), createdAt: date(row.createdAt), updatedAt: date(row.updatedAt) };
}

function asDelivery(row: WebhookDelivery): WebhookDelivery {
  return {
    ...row,
    webhookSubscriptionId: toGlobalId('WebhookSubscription', row.subscriptionId),
    nextAttemptAt: optionalDate(row.nextAttemptAt),
    deliveredAt: optionalDate(row.deliveredAt),
    createdAt: date(row.createdAt),
  };
}

const newSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

interface ClientRow {
  id: string;
  scopes: string[];
  webhookUrls: string[];
  revokedAt: Date | null;
}

async function lockClient(em: EntityManager, id: string | null): Promise<ClientRow | null> {
  if (!id) return null;
  const [row] = await em.execute<ClientRow[]>(
    `select ${columns('api_client', { only: ['id', 'scopes', 'webhookUrls', 'revokedAt'] })} from api_client where id = ? for share`,
    [id],
  );
  return row ?? null;
}

/** Checks the endpoint and the events against what the app is allowed; collects the errors. */
function checkTarget(v: Violations, client: ClientRow, actor: Actor, url: string | null | undefined, eventTypes: WebhookEventType[] | null | undefined) {
  if (url !== undefined && url !== null) {
    if (v.required('url', url.trim(), '回调地址') && !client.webhookUrls.includes(url.trim()))
      v.add(ErrorCode.WEBHOOK_URL_NOT_ALLOWED, 'url', '回调地址不在该应用登记的回调地址列表中，请先由系统管理员登记');
  }
  if (eventTypes !== undefined && eventTypes !== null) {
    const unique = [...new Set(eventTypes)];
    if (unique.length === 0) v.add(ErrorCode.REQUIRED, 'eventTypes', '请至少选择一种事件');
    if (unique.length > MAX_EVENT_TYPES) v.add(ErrorCode.INVALID, 'eventTypes', `事件类型最多 ${MAX_EVENT_TYPES} 种`);
    eventTypes.forEach((t, i) => {
      if (!PRIVATE_EVENT_TYPES.has(t)) return;
      const held = client.scopes.includes(ClientScope.ENTERPRISE_DATA) && (actor.scopes === null || actor.scopes.includes(ClientScope.ENTERPRISE_DATA));
      if (!held) v.add(ErrorCode.FORBIDDEN, `eventTypes.${i}`, '订阅对接和诉求事件需要“企业授权数据”（ENTERPRISE_DATA）授权范围');
    });
  }
}

export function createSubscription(ctx: Ctx, input: WebhookSubscriptionCreateInput) {
  const actor = webhookActor(ctx);
  return mutation(ctx, async (em) => {
    const clientId = actor.clientId ?? (input.apiClientId ? fromGlobalId(input.apiClientId, 'ApiClient') : null);
    if (!actor.clientId && !input.apiClientId) fail(ErrorCode.REQUIRED, 'apiClientId', '请选择合作应用');
    const client = await lockClient(em, clientId);
    if (!client) fail(ErrorCode.NOT_FOUND, 'apiClientId', '合作应用不存在');
    if (client.revokedAt) fail(ErrorCode.INVALID_STATE, 'apiClientId', '该合作应用已吊销');
    const v = new Violations();
    v.required('url', input.url, '回调地址');
    checkTarget(v, client, actor, input.url, input.eventTypes);
    v.throwIfAny();
    const [{ n }] = await em.execute<{ n: number }[]>(`select count(*)::int as n from webhook_subscription where client_id = ? and deleted_at is null`, [
      client.id,
    ]);
    if (n >= MAX_SUBSCRIPTIONS_PER_CLIENT) fail(ErrorCode.INVALID, null, `每个应用最多 ${MAX_SUBSCRIPTIONS_PER_CLIENT} 个 Webhook 订阅`);
    const id = randomUUID();
    const secret = newSecret();
    const now = ctx.clock.now();
    await em.execute(
      `insert into webhook_subscription (id, client_id, url, event_types, sm3, secret_sealed, created_at, updated_at) values (?, ?, ?, ?::text[], ?, ?, ?, ?)`,
      [id, client.id, input.url.trim(), pgArray([...new Set(input.eventTypes)]), input.sm3 ?? false, seal(ctx.config, secret, id), now, now],
    );
    await audit(
      ctx,
      {
        operation: 'webhook.subscriptionCreate',
        objectType: 'WebhookSubscription',
        objectId: id,
        result: 'SUCCESS',
        detail: { clientId: client.id, byClient: actor.clientId !== null, url: input.url.trim(), eventTypes: input.eventTypes },
      },
      em,
    );
    return { subscription: await reload(em, id), secret };
  });
}

async function reload(em: EntityManager, id: string): Promise<WebhookSubscription> {
  const [row] = await em.execute<WebhookSubscription[]>(`select ${SUBSCRIPTION_COLUMNS} from webhook_subscription s where s.id = ?`, [id]);
  return asSubscription(row);
}

/** A live subscription the actor may manage, locked; NOT_FOUND otherwise (another app's included). */
async function lockSubscription(em: EntityManager, actor: Actor, globalId: string): Promise<{ id: string; clientId: string }> {
  const id = fromGlobalId(globalId, 'WebhookSubscription');
  const [row] = id
    ? await em.execute<{ id: string; clientId: string }[]>(
        `select id, client_id as "clientId" from webhook_subscription where id = ? and deleted_at is null and (?::uuid is null or client_id = ?::uuid) for update`,
        [id, actor.clientId, actor.clientId],
      )
    : [];
  if (!row) fail(ErrorCode.NOT_FOUND, 'id', 'Webhook 订阅不存在');
  return row;
}

export function updateSubscription(ctx: Ctx, input: WebhookSubscriptionUpdateInput) {
  const actor = webhookActor(ctx);
  return mutation(ctx, async (em) => {
    const sub = await lockSubscription(em, actor, input.id);
    const client = (await lockClient(em, sub.clientId))!;
    if (client.revokedAt) fail(ErrorCode.INVALID_STATE, 'id', '该合作应用已吊销');
    const v = new Violations();
    checkTarget(v, client, actor, input.url, input.eventTypes);
    v.throwIfAny();
    const secret = input.rotateSecret ? newSecret() : null;
    await em.execute(
      `update webhook_subscription set url = coalesce(?, url), event_types = coalesce(?::text[], event_types), sm3 = coalesce(?, sm3),
              active = coalesce(?, active), secret_sealed = coalesce(?, secret_sealed), updated_at = ? where id = ?`,
      [
        input.url?.trim() ?? null,
        input.eventTypes ? pgArray([...new Set(input.eventTypes)]) : null,
        input.sm3 ?? null,
        input.active ?? null,
        secret ? seal(ctx.config, secret, sub.id) : null,
        ctx.clock.now(),
        sub.id,
      ],
    );
    await audit(
      ctx,
      {
        operation: secret ? 'webhook.secretRotate' : 'webhook.subscriptionUpdate',
        objectType: 'WebhookSubscription',
        objectId: sub.id,
        result: 'SUCCESS',
        detail: {
          clientId: sub.clientId,
          byClient: actor.clientId !== null,
          url: input.url,
          eventTypes: input.eventTypes,
          active: input.active,
          sm3: input.sm3,
        },
      },
      em,
    );
    return { subscription: await reload(em, sub.id), secret };
  });
}

export function deleteSubscription(ctx: Ctx, input: WebhookSubscriptionDeleteInput) {
  const actor = webhookActor(ctx);
  return mutation(ctx, async (em) => {
    const sub = await lockSubscription(em, actor, input.id);
    await em.execute(`update webhook_subscription set deleted_at = ?, active = false, updated_at = ? where id = ?`, [ctx.clock.now(), ctx.clock.now(), sub.id]);
    await audit(
      ctx,
      {
        operation: 'webhook.subscriptionDelete',
        objectType: 'WebhookSubscription',
        objectId: sub.id,
        result: 'SUCCESS',
        detail: { clientId: sub.clientId, byClient: actor.clientId !== null },
      },
      em,
    );
    return { deletedId: toGlobalId('WebhookSubscription', sub.id) };
  });
}

export async function listSubscriptions(ctx: Ctx, apiClientId: string | null | undefined, args: PageArgs) {
  const actor = webhookActor(ctx);
  const page = pageOf(args);
  const clientId = actor.clientId ?? (apiClientId ? (fromGlobalId(apiClientId, 'ApiClient') ?? '00000000-0000-0000-0000-000000000000') : null);
  const where = `s.deleted_at is null and (?::uuid is null or s.client_id = ?::uuid)`;
  const rows = await ctx.em.execute<WebhookSubscription[]>(
    `select ${SUBSCRIPTION_COLUMNS} from webhook_subscription s where ${where} order by s.created_at desc, s.id desc limit ? offset ?`,
    [clientId, clientId, page.limit + 1, page.offset],
  );
  return connectionOf(rows.map(asSubscription), page, async () => {
    const [r] = await ctx.em.execute<{ n: number }[]>(`select count(*)::int as n from webhook_subscription s where ${where}`, [clientId, clientId]);
    return r.n;
  });
}

export async function listDeliveries(ctx: Ctx, filter: WebhookDeliveryFilter | null | undefined, args: PageArgs) {
  const actor = webhookActor(ctx);
  const page = pageOf(args);
  const subscriptionId = filter?.subscriptionId ? (fromGlobalId(filter.subscriptionId, 'WebhookSubscription') ?? '00000000-0000-0000-0000-000000000000') : null;
  const where = `(?::uuid is null or s.client_id = ?::uuid) and (?::uuid is null or d.subscription_id = ?::uuid)
                 and (?::text is null or d.status = ?) and (?::text is null or d.event_type = ?)`;
  const params = [
    actor.clientId,
    actor.clientId,
    subscriptionId,
    subscriptionId,
    filter?.status ?? null,
    filter?.status ?? null,
    filter?.eventType ?? null,
    filter?.eventType ?? null,
  ];
  const from = `webhook_delivery d join webhook_subscription s on s.id = d.subscription_id`;
  const rows = await ctx.em.execute<WebhookDelivery[]>(
    `select ${DELIVERY_COLUMNS} from ${from} where ${where} order by d.created_at desc, d.id desc limit ? offset ?`,
    [...params, page.limit + 1, page.offset],
  );
  return connectionOf(rows.map(asDelivery), page, async () => {
    const [r] = await ctx.em.execute<{ n: number }[]>(`select count(*)::int as n from ${from} where ${where}`, params);
    return r.n;
  });
}

/** Sends a dead delivery again: the same delivery id and body, a fresh set of attempts. */
export function replayDelivery(ctx: Ctx, input: WebhookDeliveryReplayInput) {
  const actor = webhookActor(ctx);
  return mutation(ctx, async (em) => {
    const id = fromGlobalId(input.id, 'WebhookDelivery');
    const [d] = id
      ? await em.execute<{ id: string; status: string; attempts: number; live: boolean; clientId: string }[]>(
          `select d.id, d.status, d.attempts, s.client_id as "clientId", (s.active and s.deleted_at is null) as live
             from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
            where d.id = ? and (?::uuid is null or s.client_id = ?::uuid) for update of d`,
          [id, actor.clientId, actor.clientId],
        )
      : [];
    if (!d) fail(ErrorCode.NOT_FOUND, 'id', '投递记录不存在');
    if (d.status !== 'DEAD') fail(ErrorCode.INVALID_STATE, 'id', '只能重放重试已用尽的投递');
    if (!d.live) fail(ErrorCode.INVALID_STATE, 'id', '该订阅已删除或暂停，不能重放');
    const now = ctx.clock.now();
    await em.execute(`update webhook_delivery set status = 'PENDING', next_attempt_at = ?, updated_at = ? where id = ?`, [now, now, d.id]);
    await ctx.jobs.enqueue(em, WEBHOOK_QUEUE, { deliveryId: d.id }, { runAt: now, dedupeKey: `${WEBHOOK_QUEUE}:${d.id}:replay:${d.attempts}` });
    await audit(
      ctx,
      {
        operation: 'webhook.deliveryReplay',
        objectType: 'WebhookDelivery',
        objectId: d.id,
        result: 'SUCCESS',
        detail: { clientId: d.clientId, byClient: actor.clientId !== null, attempts: d.attempts },
      },
      em,
    );
    const [row] = await em.execute<WebhookDelivery[]>(
      `select ${DELIVERY_COLUMNS} from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id where d.id = ?`,
      [d.id],
    );
    return { delivery: asDelivery(row) };
  });
}
