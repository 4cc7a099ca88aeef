import type { EntityManager } from '@mikro-orm/postgresql';
import { chinaStartOfDay } from '../../common/china-time.js';
import type { JobHandler } from '../../common/jobs.js';
import type { Logger } from '../../common/logger.js';
import type { PlatformDeps } from '../../common/system-context.js';
import { ChannelError } from './channels/port.js';
import type { NotificationCentre } from './notification.centre.js';
import { CLEANUP_QUEUE, DELIVER_QUEUE } from './notification.centre.js';
import { SECRET_KINDS, type NotificationKind, type SendChannel } from './notification.kinds.js';
import { nextDayAfterQuiet, quietUntil, renderEmail, renderTemplate, TemplateVariableMissing } from './templates.js';

/** Sends before a delivery is dead-lettered; the waits between them double from one minute. */
export const MAX_SEND_ATTEMPTS = 5;
const BACKOFF_MS = 60_000;
export const DEFAULT_QUIET = { start: 22 * 60, end: 8 * 60 };
export const DEFAULT_CAPS = { EMAIL: 20, SMS: 5 };
export const RETENTION_DAYS = 180;
const CLEANUP_BATCH = 5000;

interface DueDelivery {
  id: string;
  accountId: string;
  channel: SendChannel;
  address: string;
  attempts: number;
  nextAttemptAt: Date;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  urgent: boolean;
  vars: Record<string, string>;
  name: string;
  quietStart: number | null;
  quietEnd: number | null;
  emailCap: number | null;
  smsCap: number | null;
}

type Outcome =
  | { status: 'SENT'; providerMessageId: string | null }
  | { status: 'RETRY' | 'FAILED' | 'DEAD'; reason: string }
  | { status: 'WAIT'; until: Date; reason: string };

/**
 * Sends one delivery, exactly once across instances: the row is locked (`for update skip locked`: another
 * instance holding it skips it) and its outcome is written in the same transaction as the send, so a delivery
 * once SENT is never taken again. A process killed between the provider's acceptance and the commit sends again
 * on retry with the same idempotency key (the delivery id), which is the most any SMTP server allows.
 */
async function deliverOne(deps: PlatformDeps, centre: NotificationCentre, log: Logger, id: string): Promise<void> {
  // Its own transaction (not the job's): each send commits as soon as it is done, whatever the job engine does.
  await deps.orm.em.fork().transactional(async (tx) => {
    const [d] = await tx.execute<DueDelivery[]>(
      `select s.id, s.account_id as "accountId", s.channel, s.address, s.attempts, s.next_attempt_at as "nextAttemptAt",
              n.kind, n.title, n.body, n.link, n.urgent, n.vars, a.display_name as name,
              st.quiet_start as "quietStart", st.quiet_end as "quietEnd", st.email_daily_cap as "emailCap", st.sms_daily_cap as "smsCap"
         from account_notification_delivery s join account_notification n on n.id = s.notification_id join account a on a.id = s.account_id
         left join notification_setting st on st.account_id = s.account_id
        where s.id = ? and s.status = 'QUEUED' for update of s skip locked`,
      [id],
    );
    if (!d) return; // sent, failed or dead already, or being sent by another instance right now
    const now = deps.clock.now();
    if (new Date(d.nextAttemptAt).getTime() > now.getTime()) return; // its own later job takes it
    const outcome = await attempt(deps, centre, tx, d, now);
    if (outcome.status === 'SENT') {
      await tx.execute(
        `update account_notification_delivery set status = 'SENT', attempts = attempts + 1, sent_at = ?, updated_at = ?, reason = null, provider_message_id = ? where id = ?`,
        [now, now, outcome.providerMessageId, id],
      );
      return;
    }
    if (outcome.status === 'WAIT') {
      await tx.execute(`update account_notification_delivery set next_attempt_at = ?, reason = ?, updated_at = ? where id = ?`, [
        outcome.until,
        outcome.reason,
        now,
        id,
      ]);
      await deps.jobs.enqueue(
        tx,
        DELIVER_QUEUE,
        { ids: [id] },
        { runAt: outcome.until, dedupeKey: `${DELIVER_QUEUE}:${id}:wait:${outcome.until.toISOString()}` },
      );
      return;
    }
    const attempts = d.attempts + 1;
    const final = outcome.status !== 'RETRY' || attempts >= MAX_SEND_ATTEMPTS;
    const status = outcome.status === 'FAILED' ? 'FAILED' : final ? 'DEAD' : 'QUEUED';
    const next = new Date(now.getTime() + BACKOFF_MS * 2 ** (attempts - 1));
    log.warn('notification delivery failed', { id, channel: d.channel, attempts, status, reason: outcome.reason });
    await tx.execute(`update account_notification_delivery set status = ?, attempts = ?, reason = ?, next_attempt_at = ?, updated_at = ? where id = ?`, [
      status,
      attempts,
      outcome.reason.slice(0, 500),
      next,
      now,
      id,
    ]);
    if (status === 'QUEUED') await deps.jobs.enqueue(tx, DELIVER_QUEUE, { ids: [id] }, { runAt: next, dedupeKey: `${DELIVER_QUEUE}:${id}:retry:${attempts}` });
  });
}

async function attempt(deps: PlatformDeps, centre: NotificationCentre, em: EntityManager, d: DueDelivery, now: Date): Promise<Outcome> {
  const quietStart = d.quietStart ?? DEFAULT_QUIET.start;
  const quietEnd = d.quietEnd ?? DEFAULT_QUIET.end;
  if (!d.urgent) {
    const until = quietUntil(now, quietStart, quietEnd);
    if (until) return { status: 'WAIT', until, reason: '免打扰时段，将于结束后发送' };
  }
  // A one-time code is wanted now or never: no daily cap (its feature limits the requests).
  const secret = SECRET_KINDS.includes(d.kind);
  const cap = d.channel === 'EMAIL' ? (d.emailCap ?? DEFAULT_CAPS.EMAIL) : (d.smsCap ?? DEFAULT_CAPS.SMS);
  const [{ n }] = secret
    ? [{ n: 0 }]
    : await em.execute<{ n: number }[]>(
        `select count(*)::int as n from account_notification_delivery where account_id = ? and channel = ? and status = 'SENT' and sent_at >= ?`,
        [d.accountId, d.channel, chinaStartOfDay(now)],
      );
  if (n >= cap) return { status: 'WAIT', until: nextDayAfterQuiet(now, quietEnd), reason: `已达每日上限（${cap}条），次日发送` };
  const base = centre.config.publicUrl;
  let opened: Record<string, string>;
  try {
    opened = secret ? centre.openSecretVars(d.vars) : {};
  } catch {
    return { status: 'FAILED', reason: '密文变量无法解密（数据密钥已更换？）' };
  }
  const { sealed: _sealed, ...plainVars } = d.vars;
  const vars: Record<string, string> = {
    ...plainVars,
    name: d.name,
    title: secret ? renderTemplate(d.title, opened) : d.title,
    body: secret ? renderTemplate(d.body, opened) : d.body,
    link: d.link ?? '/my/notifications',
    url: `${base}${d.link ?? '/my/notifications'}`,
    unsubscribeUrl: `${base}/notifications/unsubscribe?token=${centre.unsubscribeToken(d.accountId, d.kind)}`,
  };
  try {
    if (d.channel === 'EMAIL') {
      const mail = renderEmail(vars);
      const r = await centre.channels.EMAIL.send({ to: d.address, ...mail, idempotencyKey: d.id, unsubscribeUrl: vars.unsubscribeUrl });
      return { status: 'SENT', providerMessageId: r.providerMessageId };
    }
    // SMS templates are approved by the provider with named parameters: `SMS_123:title,url` names the template and
    // the variables it takes, in order (default: title and url); a variable the notification lacks fails it clearly.
    const templates = centre.config.sms.templates;
    const [templateId, names] = (templates[d.kind] ?? templates.default ?? '').split(':');
    const params: Record<string, string> = {};
    const secretVars = { ...vars, ...opened };
    for (const name of (names || (secret ? Object.keys(opened).join(',') : 'title,url')).split(',').map((x) => x.trim()))
      params[name] = renderTemplate(`{{${name}}}`, secretVars).slice(0, 35);
    const text = secret ? `【企服平台】${vars.body}` : renderTemplate('【企服平台】{{title}}，详情：{{url}}', vars);
    const r = await centre.channels.SMS.send({
      to: d.address,
      subject: vars.title,
      text,
      template: templateId ? { id: templateId, params } : undefined,
      idempotencyKey: d.id,
    });
    return { status: 'SENT', providerMessageId: r.providerMessageId };
  } catch (err) {
    if (err instanceof TemplateVariableMissing) return { status: 'FAILED', reason: err.message };
    if (err instanceof ChannelError) return { status: err.permanent ? 'FAILED' : 'RETRY', reason: err.message };
    return { status: 'RETRY', reason: (err as Error).message ?? String(err) };
  }
}

export function notificationJobs(deps: PlatformDeps, log: Logger): Record<string, JobHandler> {
  return {
    [DELIVER_QUEUE]: async (job) => {
      const ids = ((job.payload as { ids?: string[] }).ids ?? []).slice(0, 1000);
      for (const id of ids) await deliverOne(deps, deps.services.notifications, log, id);
    },
    // 180 days, then gone: a daily sweep, each run queueing the next day's (every start queues today's).
    [CLEANUP_QUEUE]: async (_job, em) => {
      const now = deps.clock.now();
      const rows = await em.execute<{ id: string }[]>(
        `delete from account_notification where id in (
           select id from account_notification where created_at < ?::timestamptz - make_interval(days => ?) order by created_at limit ?)
         returning id`,
        [now, RETENTION_DAYS, CLEANUP_BATCH],
      );
      if (rows.length === CLEANUP_BATCH) await deps.jobs.enqueue(em, CLEANUP_QUEUE, {});
      await scheduleCleanup(em, deps, new Date(now.getTime() + 86_400_000));
    },
  };
}

export async function scheduleCleanup(em: EntityManager, deps: Pick<PlatformDeps, 'jobs'>, at: Date): Promise<void> {
  const day = chinaStartOfDay(at);
  await deps.jobs.enqueue(em, CLEANUP_QUEUE, {}, { runAt: day, dedupeKey: `${CLEANUP_QUEUE}:${day.toISOString()}` });
}
