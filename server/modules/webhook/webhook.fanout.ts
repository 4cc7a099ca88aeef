import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventMap, EventTap, Topic } from '../../common/events.js';
import { toGlobalId } from '../../common/ids.js';
import type { PlatformDeps } from '../../common/system-context.js';
import { pgArray } from '../../db/sql.js';
import { ACTIVITY_CHANGED } from '../activity/index.js';
import { DEMAND_OFFER_CHANGED } from '../demand/index.js';
import { DOCKING_UPDATED, DockingStatus } from '../docking/index.js';
import { POLICY_PUBLISHED } from '../policy/index.js';
import { PRIVATE_EVENT_TYPES, WebhookEventType } from './webhook.types.js';

export const WEBHOOK_QUEUE = 'webhook.deliver';

/** An event as partners see it: public data only, ids as global ids. */
interface WebhookEvent {
  id: string;
  type: WebhookEventType;
  siteId: string;
  provinceOnly: boolean;
  at: string;
  data: Record<string, unknown>;
}

const STATUS_TYPES = new Set<string>(Object.values(DockingStatus));

/** The partner-facing event of a platform event; null when partners are not told of it. */
async function webhookEventOf(em: EntityManager, topic: Topic, payload: EventMap[Topic]): Promise<WebhookEvent | null> {
  if (topic === POLICY_PUBLISHED) {
    const p = payload as EventMap[typeof POLICY_PUBLISHED];
    return {
      id: p.eventId,
      type: p.version === 1 ? WebhookEventType.POLICY_PUBLISHED : WebhookEventType.POLICY_REVISED,
      siteId: p.siteId,
      provinceOnly: p.provinceOnly,
      at: p.publishedAt,
      data: { policyId: toGlobalId('Policy', p.policyId), title: p.title, version: p.version, publishedAt: p.publishedAt },
    };
  }
  if (topic === ACTIVITY_CHANGED) {
    const a = payload as EventMap[typeof ACTIVITY_CHANGED];
    return {
      id: a.eventId,
      type: WebhookEventType.ACTIVITY_CHANGED,
      siteId: a.siteId,
      provinceOnly: a.provinceOnly,
      at: a.at,
      data: { activityId: toGlobalId('Activity', a.activityId), change: a.change, name: a.name, status: a.status, startsAt: a.startsAt },
    };
  }
  if (topic === DEMAND_OFFER_CHANGED) {
    const d = payload as EventMap[typeof DEMAND_OFFER_CHANGED];
    return {
      id: d.eventId,
      type: WebhookEventType.DEMAND_OFFER,
      siteId: d.siteId,
      provinceOnly: true,
      at: d.at,
      data: {
        demandId: toGlobalId('Demand', d.demandId),
        offerId: toGlobalId('DemandOffer', d.offerId),
        offerStatus: d.offerStatus,
        demandStatus: d.demandStatus,
      },
    };
  }
  if (topic === DOCKING_UPDATED) {
    const d = payload as EventMap[typeof DOCKING_UPDATED];
    if (!STATUS_TYPES.has(d.type)) return null; // messages, reminders, urges: not a status change
    const [row] = await em.execute<{ siteId: string; at: Date | string }[]>(
      `select k.site_id as "siteId", e.at from docking k join docking_event e on e.docking_id = k.id where k.id = ? and e.id = ?`,
      [d.dockingId, d.eventId],
    );
    if (!row) return null;
    const at = new Date(row.at).toISOString();
    return {
      id: d.eventId,
      type: WebhookEventType.DOCKING_STATUS_CHANGED,
      siteId: row.siteId,
      provinceOnly: true,
      at,
      data: { dockingId: toGlobalId('Docking', d.dockingId), status: d.type, changedAt: at },
    };
  }
  return null;
}

/**
 * The sites whose partner apps may hear of an event on `siteId`: that site and the sites above it (their scope
 * includes their sub-sites), and for public content not marked province-only the sites below it too (they
 * inherit it). Private events (dockings, demands) never go down.
 */
function audienceSites(deps: Pick<PlatformDeps, 'sites'>, e: WebhookEvent): string[] {
  const out = new Set<string>();
  for (let s = deps.sites.byId(e.siteId); s; s = s.parentId ? deps.sites.byId(s.parentId) : undefined) out.add(s.id);
  if (!e.provinceOnly && !PRIVATE_EVENT_TYPES.has(e.type)) for (const id of deps.sites.scope(e.siteId)) out.add(id);
  if (!out.size) out.add(e.siteId);
  return [...out];
}

// One statement per event, in the causing transaction: a delivery per live subscription to the event type of a
// live app of an audience site (private events only to apps holding ENTERPRISE_DATA); a second insert of the same
// event is a no-op (event id, subscription id).
const RECORD = `
  insert into webhook_delivery (id, subscription_id, event_id, event_type, body, status, next_attempt_at, created_at, updated_at)
  select gen_random_uuid(), s.id, ?::uuid, ?, ?::jsonb, 'PENDING', ?, ?, ?
    from webhook_subscription s join api_client c on c.id = s.client_id
   where s.active and s.deleted_at is null and c.revoked_at is null
     and s.event_types @> ?::text[] and c.site_id = any(?::uuid[])
     and (not ?::boolean or 'ENTERPRISE_DATA' = any(c.scopes))
  on conflict (event_id, subscription_id) do nothing
  returning id`;

/** The event tap: records the deliveries of an event and queues their sends, in the event's transaction. */
export function webhookTap(deps: Pick<PlatformDeps, 'sites' | 'jobs' | 'clock'>): EventTap {
  return async (em, topic, payload) => {
    const e = await webhookEventOf(em, topic, payload);
    if (!e) return;
    const now = deps.clock.now();
    const body = JSON.stringify({ id: e.id, type: e.type, createdAt: e.at, data: e.data });
    const rows = await em.execute<{ id: string }[]>(RECORD, [
      e.id,
      e.type,
      body,
      now,
      now,
      now,
      pgArray([e.type]),
      pgArray(audienceSites(deps, e)),
      PRIVATE_EVENT_TYPES.has(e.type),
    ]);
    for (const r of rows) await deps.jobs.enqueue(em, WEBHOOK_QUEUE, { deliveryId: r.id }, { runAt: now, dedupeKey: `${WEBHOOK_QUEUE}:${r.id}:0` });
  };
}
