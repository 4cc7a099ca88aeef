import { audit } from '../../common/audit.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, fail, Violations } from '../../common/errors.js';
import { fromGlobalId } from '../../common/ids.js';
import { mutation } from '../../common/mutation.js';
import { connectionOf, pageOf, type PageArgs } from '../../common/relay.js';
import { requireViewer } from '../../common/auth.js';
import { pgArray } from '../../db/sql.js';
import { DEFAULT_CAPS, DEFAULT_QUIET } from './notification.delivery.js';
import { DELIVER_QUEUE } from './notification.centre.js';
import {
  type AccountNotification,
  DELIVERY_COLUMNS,
  DeliveryStatus,
  type NotificationDelivery,
  NOTIFICATION_COLUMNS,
  type NotificationPreferences,
  type NotificationPreferencesInput,
} from './notification.entity.js';
import { NOTIFICATION_READ } from './notification.events.js';
import { DEFAULT_CHANNELS, NotificationChannel, NotificationKind, SECRET_KINDS } from './notification.kinds.js';

export async function listMine(ctx: Ctx, args: PageArgs, unreadOnly: boolean, kind: NotificationKind | null) {
  const v = requireViewer(ctx);
  const page = pageOf(args);
  const where = `where account_id = ? and kind <> 'SECURITY_CODE' ${unreadOnly ? 'and read_at is null' : ''} ${kind ? 'and kind = ?' : ''}`;
  const params = kind ? [v.accountId, kind] : [v.accountId];
  const rows = await ctx.em.execute<AccountNotification[]>(
    `select ${NOTIFICATION_COLUMNS} from account_notification ${where} order by created_at desc, id desc limit ? offset ?`,
    [...params, page.limit + 1, page.offset],
  );
  return connectionOf(
    rows,
    page,
    async () => (await ctx.em.execute<{ n: number }[]>(`select count(*)::int as n from account_notification ${where}`, params))[0].n,
  );
}

export async function unreadCount(ctx: Ctx, accountId = requireViewer(ctx).accountId, em = ctx.em): Promise<number> {
  const [r] = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from account_notification where account_id = ? and read_at is null and kind <> 'SECURITY_CODE'`,
    [accountId],
  );
  return r.n;
}

export function markRead(ctx: Ctx, globalIds: string[] | null) {
  const v = requireViewer(ctx);
  return mutation(ctx, async (em) => {
    const now = ctx.clock.now();
    if (globalIds) {
      if (!globalIds.length) fail(ErrorCode.REQUIRED, 'ids', '请选择要标记的消息');
      if (globalIds.length > 100) fail(ErrorCode.TOO_LONG, 'ids', '一次最多标记100条');
      const ids = globalIds.map((g) => fromGlobalId(g, 'AccountNotification'));
      if (ids.some((x) => !x)) fail(ErrorCode.NOT_FOUND, 'ids', '消息不存在');
      const rows = await em.execute<{ id: string }[]>(
        `update account_notification set read_at = coalesce(read_at, ?) where account_id = ? and id = any(?::uuid[]) returning id`,
        [now, v.accountId, pgArray(ids as string[])],
      );
      if (rows.length !== new Set(ids).size) fail(ErrorCode.NOT_FOUND, 'ids', '消息不存在');
    } else {
      await em.execute(`update account_notification set read_at = ? where account_id = ? and read_at is null`, [now, v.accountId]);
    }
    await ctx.events.publish(em, NOTIFICATION_READ, { accountId: v.accountId });
    return { unreadCount: await unreadCount(ctx, v.accountId, em) };
  });
}

/** Deliveries of notifications by id (the recipient's own only), for the `deliveries` field. */
export function deliveriesOf(ctx: Ctx, n: AccountNotification): Promise<NotificationDelivery[]> {
  return ctx.loaders
    .get<string, NotificationDelivery[]>('notification.deliveries', async (ids) => {
      const rows = await ctx.em.execute<NotificationDelivery[]>(
        `select ${DELIVERY_COLUMNS} from account_notification_delivery where notification_id = any(?::uuid[]) order by channel`,
        [pgArray([...ids])],
      );
      return ids.map((id) => rows.filter((r) => r.notificationId === id));
    })
    .load(n.id)
    .then((r) => r ?? []);
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const minutesOf = (s: string): number | null => {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(s.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
};

export async function preferences(ctx: Ctx, accountId = requireViewer(ctx).accountId, em = ctx.em): Promise<NotificationPreferences> {
  const [s] = await em.execute<{ quietStart: number; quietEnd: number; emailCap: number; smsCap: number; hasEmail: boolean; hasMobile: boolean }[]>(
    `select coalesce(st.quiet_start, ?) as "quietStart", coalesce(st.quiet_end, ?) as "quietEnd", coalesce(st.email_daily_cap, ?) as "emailCap",
            coalesce(st.sms_daily_cap, ?) as "smsCap", coalesce(a.email, '') <> '' as "hasEmail", coalesce(a.mobile, '') <> '' as "hasMobile"
       from account a left join notification_setting st on st.account_id = a.id where a.id = ?`,
    [DEFAULT_QUIET.start, DEFAULT_QUIET.end, DEFAULT_CAPS.EMAIL, DEFAULT_CAPS.SMS, accountId],
  );
  const overrides = await em.execute<{ kind: NotificationKind; channel: 'EMAIL' | 'SMS'; enabled: boolean }[]>(
    `select kind, channel, enabled from notification_channel_preference where account_id = ?`,
    [accountId],
  );
  const on = (kind: NotificationKind, channel: 'EMAIL' | 'SMS') =>
    overrides.find((o) => o.kind === kind && o.channel === channel)?.enabled ?? DEFAULT_CHANNELS[kind].includes(channel);
  return {
    quietStart: hhmm(s.quietStart),
    quietEnd: hhmm(s.quietEnd),
    emailDailyCap: s.emailCap,
    smsDailyCap: s.smsCap,
    hasEmail: s.hasEmail,
    hasMobile: s.hasMobile,
    kinds: Object.values(NotificationKind)
      .filter((kind) => !SECRET_KINDS.includes(kind))
      .map((kind) => ({ kind, email: on(kind, 'EMAIL'), sms: on(kind, 'SMS') })),
  };
}

export function updatePreferences(ctx: Ctx, input: NotificationPreferencesInput) {
  const viewer = requireViewer(ctx);
  return mutation(ctx, async (em) => {
    const v = new Violations();
    const current = await preferences(ctx, viewer.accountId, em);
    const start = input.quietStart != null ? minutesOf(input.quietStart) : minutesOf(current.quietStart);
    const end = input.quietEnd != null ? minutesOf(input.quietEnd) : minutesOf(current.quietEnd);
    if (start === null) v.add(ErrorCode.INVALID, 'quietStart', '时间格式应为 HH:mm');
    if (end === null) v.add(ErrorCode.INVALID, 'quietEnd', '时间格式应为 HH:mm');
    const emailCap = input.emailDailyCap ?? current.emailDailyCap;
    const smsCap = input.smsDailyCap ?? current.smsDailyCap;
    if (!Number.isInteger(emailCap) || emailCap < 0 || emailCap > 200) v.add(ErrorCode.INVALID, 'emailDailyCap', '每日邮件上限应在0到200之间');
    if (!Number.isInteger(smsCap) || smsCap < 0 || smsCap > 50) v.add(ErrorCode.INVALID, 'smsDailyCap', '每日短信上限应在0到50之间');
    const channels = input.channels ?? [];
    if (channels.length > 100) v.add(ErrorCode.TOO_LONG, 'channels', '一次最多修改100项');
    channels.forEach((c, i) => {
      if (c.channel === NotificationChannel.IN_APP && !c.enabled) v.add(ErrorCode.INVALID, `channels.${i}.channel`, '站内消息不能关闭');
    });
    v.throwIfAny();
    await em.execute(
      `insert into notification_setting (account_id, quiet_start, quiet_end, email_daily_cap, sms_daily_cap, updated_at) values (?, ?, ?, ?, ?, ?)
       on conflict (account_id) do update set quiet_start = excluded.quiet_start, quiet_end = excluded.quiet_end,
         email_daily_cap = excluded.email_daily_cap, sms_daily_cap = excluded.sms_daily_cap, updated_at = excluded.updated_at`,
      [viewer.accountId, start, end, emailCap, smsCap, ctx.clock.now()],
    );
    for (const c of channels) {
      if (c.channel === NotificationChannel.IN_APP) continue;
      await em.execute(
        `insert into notification_channel_preference (account_id, kind, channel, enabled) values (?, ?, ?, ?)
         on conflict (account_id, kind, channel) do update set enabled = excluded.enabled`,
        [viewer.accountId, c.kind, c.channel, c.enabled],
      );
    }
    return { preferences: await preferences(ctx, viewer.accountId, em) };
  });
}

/** One-click unsubscribe from an e-mail: that kind no longer goes out by e-mail or SMS (in-app stays). No login; audited. */
export function unsubscribe(ctx: Ctx, token: string) {
  return mutation(ctx, async (em) => {
    const t = ctx.services.notifications.readUnsubscribeToken(token ?? '');
    if (!t) fail(ErrorCode.INVALID, 'token', '退订链接无效');
    for (const channel of ['EMAIL', 'SMS']) {
      await em.execute(
        `insert into notification_channel_preference (account_id, kind, channel, enabled) values (?, ?, ?, false)
         on conflict (account_id, kind, channel) do update set enabled = false`,
        [t.accountId, t.kind, channel],
      );
    }
    await audit(ctx, { operation: 'notification.unsubscribe', objectType: 'Account', objectId: t.accountId, result: 'SUCCESS', detail: { kind: t.kind } }, em);
    return { kind: t.kind };
  });
}

/** The operators' delivery log, newest change first: status per notification and channel, with the reason. */
export async function deliveryLog(ctx: Ctx, args: PageArgs, status: DeliveryStatus | null, channel: NotificationChannel | null) {
  const page = pageOf(args);
  const conds: string[] = [];
  const params: unknown[] = [];
  if (status) {
    conds.push('status = ?');
    params.push(status);
  }
  if (channel) {
    conds.push('channel = ?');
    params.push(channel);
  }
  const where = conds.length ? `where ${conds.join(' and ')}` : '';
  const rows = await ctx.em.execute<NotificationDelivery[]>(
    `select ${DELIVERY_COLUMNS} from account_notification_delivery ${where} order by updated_at desc, id limit ? offset ?`,
    [...params, page.limit + 1, page.offset],
  );
  return connectionOf(
    rows,
    page,
    async () => (await ctx.em.execute<{ n: number }[]>(`select count(*)::int as n from account_notification_delivery ${where}`, params))[0].n,
  );
}

/** An operator sends a FAILED or DEAD delivery again (after the address or the gateway was fixed); audited. */
export function retryDelivery(ctx: Ctx, globalId: string) {
  return mutation(ctx, async (em) => {
    const id = fromGlobalId(globalId, 'NotificationDelivery');
    if (!id) fail(ErrorCode.NOT_FOUND, 'id', '发送记录不存在');
    const now = ctx.clock.now();
    const [row] = await em.execute<{ status: DeliveryStatus; address: string | null }[]>(
      `select status, address from account_notification_delivery where id = ? for update`,
      [id],
    );
    if (!row) fail(ErrorCode.NOT_FOUND, 'id', '发送记录不存在');
    if (row.status !== DeliveryStatus.FAILED && row.status !== DeliveryStatus.DEAD) fail(ErrorCode.INVALID_STATE, 'id', '只有失败的发送可以重发');
    if (!row.address) fail(ErrorCode.INVALID_STATE, 'id', '收件人没有可用的地址');
    await em.execute(`update account_notification_delivery set status = 'QUEUED', attempts = 0, next_attempt_at = ?, updated_at = ? where id = ?`, [
      now,
      now,
      id,
    ]);
    await ctx.jobs.enqueue(em, DELIVER_QUEUE, { ids: [id] }, { dedupeKey: `${DELIVER_QUEUE}:${id}:manual:${now.toISOString()}` });
    await audit(ctx, { operation: 'notification.delivery.retry', objectType: 'NotificationDelivery', objectId: id, result: 'SUCCESS' }, em);
    const [delivery] = await em.execute<NotificationDelivery[]>(`select ${DELIVERY_COLUMNS} from account_notification_delivery where id = ?`, [id]);
    return { delivery };
  });
}
