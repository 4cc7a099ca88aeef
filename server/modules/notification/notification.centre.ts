import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../../db/sql.js';
import type { PlatformDeps } from '../../common/system-context.js';
import type { ChannelAdapter } from './channels/port.js';
import { seal, unseal } from '../../common/sealed.js';
import { DEFAULT_CHANNELS, NotificationKind, SECRET_KINDS, type SendChannel } from './notification.kinds.js';
import type { NotificationConfig } from './notification.config.js';
import { NOTIFICATION_CREATED } from './notification.events.js';

export const DELIVER_QUEUE = 'notification.deliver';
export const CLEANUP_QUEUE = 'notification.cleanup';
/** Deliveries per job: one job per slice keeps a 10,000-recipient notice to 100 enqueues. */
export const DELIVERY_SLICE = 100;
const EVENT_SLICE = 100;
const MAX_TITLE = 200;
const MAX_BODY = 2000;
/** What sealed notification variables are bound to (they open only as notification variables). */
const SECRET_BINDING = 'notification.vars';

/** What a feature says when something happened that people should know. */
export interface NotifyInput {
  /** Recipients (disabled accounts are skipped); duplicates are folded. */
  accountIds: readonly string[];
  kind: NotificationKind;
  /** Chinese, one line (cut at 200 characters). */
  title: string;
  /** Chinese, a few lines (cut at 2,000 characters). */
  body?: string;
  /** Web path of what it is about (`/my/dockings/…`). */
  link?: string | null;
  /** Urgent ones ignore quiet hours. */
  urgent?: boolean;
  /** At most one notification per recipient with this key (a retried caller does not notify twice). */
  dedupeKey?: string;
  /** Extra template variables (SMS templates may name them). */
  vars?: Record<string, string>;
  /** The channels besides in-app to consider (default: e-mail and SMS as the kind and each person's preferences say); `[]` keeps it in-app. */
  channels?: readonly SendChannel[];
  /**
   * Secret template variables (a one-time code) for a kind in SECRET_KINDS: stored sealed under the data key and
   * opened only to send; the title and body may name them (`{{code}}`). Such a notification goes to `channels`
   * whatever the preferences and daily caps say, and is not listed in 我的消息.
   */
  secretVars?: Record<string, string>;
}

export interface NotifyResult {
  batchId: string;
  notifications: number;
  deliveries: number;
}

/**
 * The notification centre, one per platform (`ctx.services.notifications`). Features call `notify` INSIDE the
 * transaction of the change that causes it, so the notification exists exactly when the change does, once
 * (never from an after-commit observer, which runs on every instance). It writes the in-app rows and the e-mail
 * / SMS delivery rows with set-based SQL, queues the delivery jobs (outbox) and publishes the live event.
 */
export class NotificationCentre {
  constructor(
    private readonly deps: Pick<PlatformDeps, 'jobs' | 'events' | 'clock' | 'config'>,
    readonly config: NotificationConfig,
    readonly channels: { EMAIL: ChannelAdapter; SMS: ChannelAdapter },
  ) {}

  async notify(em: EntityManager, input: NotifyInput): Promise<NotifyResult> {
    const batchId = randomUUID();
    const ids = [...new Set(input.accountIds)];
    if (!ids.length) return { batchId, notifications: 0, deliveries: 0 };
    const now = this.deps.clock.now();
    const considered = input.channels ?? (['EMAIL', 'SMS'] as const);
    const defaults = (input.channels ?? DEFAULT_CHANNELS[input.kind]).filter((c) => considered.includes(c));
    const secret = SECRET_KINDS.includes(input.kind);
    const vars = { ...input.vars, ...(secret && input.secretVars ? { sealed: seal(this.deps.config, JSON.stringify(input.secretVars), SECRET_BINDING) } : {}) };
    const rows = await em.execute<{ id: string; accountId: string; isDelivery: boolean; queued: boolean }[]>(
      `with ins as (
         insert into account_notification (account_id, kind, title, body, link, urgent, vars, batch_id, dedupe_key, created_at)
         select a.id, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?::timestamptz from account a where a.id = any(?::uuid[]) and not a.disabled
         on conflict (account_id, dedupe_key) do nothing
         returning id, account_id),
       del as (
         insert into account_notification_delivery (notification_id, account_id, channel, address, status, reason, next_attempt_at, created_at, updated_at)
         select i.id, i.account_id, ch.channel, x.address,
                case when x.address is null then 'FAILED' else 'QUEUED' end,
                case when x.address is null then case ch.channel when 'EMAIL' then '没有电子邮箱，无法发送邮件' else '没有手机号，无法发送短信' end end,
                ?::timestamptz, ?::timestamptz, ?::timestamptz
           from ins i join account a on a.id = i.account_id
           cross join unnest(?::text[]) as ch(channel)
           cross join lateral (select case ch.channel when 'EMAIL' then nullif(a.email, '') else nullif(a.mobile, '') end as address) x
           left join notification_channel_preference p on p.account_id = i.account_id and p.kind = ? and p.channel = ch.channel
          where ? or coalesce(p.enabled, ch.channel = any(?::text[]))
         returning id, status)
       select id::text, null as "accountId", true as "isDelivery", status = 'QUEUED' as queued from del
       union all select null, account_id::text, false, false from ins`,
      [
        input.kind,
        input.title.slice(0, MAX_TITLE),
        (input.body ?? '').slice(0, MAX_BODY),
        input.link ?? null,
        !!input.urgent,
        JSON.stringify(vars),
        batchId,
        input.dedupeKey ?? null,
        now,
        pgArray(ids),
        now,
        now,
        now,
        pgArray([...considered]),
        input.kind,
        secret,
        pgArray(defaults),
      ],
    );
    const recipients = rows.filter((r) => !r.isDelivery).map((r) => r.accountId);
    const queued = rows.filter((r) => r.isDelivery && r.queued).map((r) => r.id);
    for (let i = 0; i < queued.length; i += DELIVERY_SLICE) {
      await this.deps.jobs.enqueue(
        em,
        DELIVER_QUEUE,
        { ids: queued.slice(i, i + DELIVERY_SLICE) },
        { dedupeKey: `${DELIVER_QUEUE}:${batchId}:${i}`, maxAttempts: 3 },
      );
    }
    for (let i = 0; i < recipients.length; i += EVENT_SLICE) {
      await this.deps.events.publish(em, NOTIFICATION_CREATED, { batchId, accountIds: recipients.slice(i, i + EVENT_SLICE) });
    }
    return { batchId, notifications: recipients.length, deliveries: queued.length };
  }

  /** The secret variables of a notification (SECRET_KINDS), opened to send it; {} when it has none. */
  openSecretVars(vars: Record<string, string>): Record<string, string> {
    return vars.sealed ? (JSON.parse(unseal(this.deps.config, vars.sealed, SECRET_BINDING)) as Record<string, string>) : {};
  }

  /** The one-click unsubscribe token of an account and kind (HMAC with the platform key: no login needed to use it). */
  unsubscribeToken(accountId: string, kind: NotificationKind): string {
    return `${accountId}.${kind}.${this.mac(`${accountId}:${kind}`)}`;
  }

  /** The account and kind of a valid token, or null. */
  readUnsubscribeToken(token: string): { accountId: string; kind: NotificationKind } | null {
    const m = /^([0-9a-f-]{36})\.([A-Z_]{1,40})\.([\w-]{22})$/.exec(token);
    if (!m || !(m[2] in NotificationKind)) return null;
    const expected = Buffer.from(this.mac(`${m[1]}:${m[2]}`));
    const given = Buffer.from(m[3]);
    return given.length === expected.length && timingSafeEqual(given, expected) ? { accountId: m[1], kind: m[2] as NotificationKind } : null;
  }

  private mac(text: string): string {
    return createHmac('sha256', Buffer.from(this.deps.config.auditKey ?? 'qifu', 'utf8'))
      .update(`unsubscribe:${text}`)
      .digest('base64url')
      .slice(0, 22);
  }
}

declare module '../../common/platform-services.js' {
  interface PlatformServices {
    /** The notification centre: `notify(em, …)` inside the transaction of the change that causes it. */
    notifications: NotificationCentre;
  }
}
