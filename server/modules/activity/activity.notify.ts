import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../common/context.js';
import { toGlobalId } from '../../common/ids.js';
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
