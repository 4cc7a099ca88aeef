import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../common/context.js';
import { toGlobalId } from '../../common/ids.js';
import { chinaDateTime } from '../../common/china-time.js';
import type { JobHandler } from '../../common/jobs.js';
import type { PlatformDeps } from '../../common/system-context.js';
import { NotificationKind } from '../notification/index.js';

/** A waitlisted registration got a seat: its attendee is told, in the transaction that promotes it (once per registration). */
export async function notifyPromoted(ctx: Ctx, em: EntityManager, registrationId: string): Promise<void> {
  const centre = (ctx.services as Partial<Ctx['services']>).notifications;
  if (!centre) return;
  const [r] = await em.execute<{ accountId: string; activityId: string; name: string }[]>(
    `select r.account_id as "accountId", a.id as "activityId", a.name from activity_registration r join activity a on a.id = r.activity_id where r.id = ?`,
    [registrationId],
  );
  if (!r) return;
  await centre.notify(em, {
    accountIds: [r.accountId],
    kind: NotificationKind.WAITLIST_PROMOTED,
    title: `候补成功：您已获得活动“${r.name}”的参加名额`,
    body: '有报名者取消，您的候补报名已转为正式报名。请按时参加，入场时出示电子票。',
    link: `/activities/${encodeURIComponent(toGlobalId('Activity', r.activityId))}`,
    dedupeKey: `waitlist-promoted:${registrationId}`,
  });
}

/** The day-before reminder of a published activity (one job per activity, at 24 hours before it starts). */
export const ACTIVITY_REMINDER_QUEUE = 'activity.reminder';
const REMIND_BEFORE_MS = 24 * 3600_000;

/** Queues the reminder when an activity is published (at once when it starts within a day; never after it started). */
export async function scheduleActivityReminder(ctx: Ctx, em: EntityManager, activityId: string, startsAt: Date): Promise<void> {
  const now = ctx.clock.now().getTime();
  if (startsAt.getTime() <= now) return;
  const runAt = new Date(Math.max(now, startsAt.getTime() - REMIND_BEFORE_MS));
  await ctx.jobs.enqueue(em, ACTIVITY_REMINDER_QUEUE, { activityId }, { runAt, dedupeKey: `${ACTIVITY_REMINDER_QUEUE}:${activityId}` });
}

/** Tells everyone registered (not waitlisted, not cancelled) when and where the activity is, once per attendee. */
export function activityReminderJob(deps: PlatformDeps): JobHandler<{ activityId: string }> {
  return async (job, em) => {
    const centre = (deps.services as Partial<PlatformDeps['services']>).notifications;
    if (!centre) return;
    const [a] = await em.execute<{ name: string; startsAt: Date; placeAddress: string | null; onlineUrl: string | null }[]>(
      `select name, starts_at as "startsAt", place_address as "placeAddress", online_url as "onlineUrl" from activity
        where id = ? and status = 'PUBLISHED' and starts_at > ?`,
      [job.payload.activityId, deps.clock.now()],
    );
    if (!a) return;
    const attendees = await em.execute<{ accountId: string }[]>(
      `select account_id as "accountId" from activity_registration where activity_id = ? and status = 'REGISTERED'`,
      [job.payload.activityId],
    );
    const where = a.placeAddress ? `地点：${a.placeAddress}` : a.onlineUrl ? `线上参加：${a.onlineUrl}` : '';
    await centre.notify(em, {
      accountIds: attendees.map((r) => r.accountId),
      kind: NotificationKind.ACTIVITY_REMINDER,
      title: `活动提醒：“${a.name}”将于 ${chinaDateTime(a.startsAt)} 开始`,
      body: [
        `您报名的活动“${a.name}”将于 ${chinaDateTime(a.startsAt)}（北京时间）开始。`,
        where,
        '入场时请出示电子票；如不能参加，请在活动页面取消报名，把名额让给候补的人。',
      ]
        .filter(Boolean)
        .join('\n'),
      link: `/activities/${encodeURIComponent(toGlobalId('Activity', job.payload.activityId))}`,
      dedupeKey: `${ACTIVITY_REMINDER_QUEUE}:${job.payload.activityId}`,
    });
  };
}
