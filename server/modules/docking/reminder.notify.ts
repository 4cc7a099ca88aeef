import type { EntityManager } from '@mikro-orm/postgresql';
import { toGlobalId } from '../../common/ids.js';
import type { PlatformServices } from '../../common/platform-services.js';
import { NotificationKind } from '../notification/index.js';
import { DockingParty, type Docking } from './docking.entity.js';
import { ReminderKind } from './reminder.entity.js';

/** What reaches the notification centre: any Bus with the platform's services (a request Ctx or PlatformDeps). */
interface WithServices {
  services?: Partial<PlatformServices>;
}

const KIND: Record<ReminderKind, NotificationKind> = {
  NEW_DOCKING: NotificationKind.DOCKING_STATUS,
  NEW_MESSAGE: NotificationKind.DOCKING_MESSAGE,
  DEADLINE_APPROACHING: NotificationKind.DOCKING_REMINDER,
  URGED: NotificationKind.DOCKING_REMINDER,
  SLA_BREACHED: NotificationKind.DOCKING_ESCALATION,
  ESCALATED: NotificationKind.DOCKING_ESCALATION,
  DEMAND_NO_OFFER: NotificationKind.DEMAND_DECISION,
  DEMAND_OFFER: NotificationKind.DEMAND_OFFER,
  DEMAND_DISPATCHED: NotificationKind.DEMAND_DECISION,
  STATUS_CHANGED: NotificationKind.DOCKING_STATUS,
};

/**
 * A reminder also becomes a notification in the centre (one badge, 我的消息, e-mail/SMS by preference), in the
 * same transaction. Reminders to all operators go to every active operator. Skipped when the notification
 * feature is left out of the platform.
 */
export async function notifyReminder(
  bus: WithServices,
  em: EntityManager,
  r: { accountId: string | null; kind: ReminderKind; message: string; dockingId?: string | null; demandId?: string | null },
): Promise<void> {
  const centre = bus.services?.notifications;
  if (!centre) return;
  const recipients = await em.execute<{ id: string; institutionId: string | null }[]>(
    r.accountId
      ? `select id, institution_id as "institutionId" from account where id = ?`
      : `select id, institution_id as "institutionId" from account where 'OPERATOR' = any(roles) and not disabled limit 500`,
    r.accountId ? [r.accountId] : [],
  );
  if (!recipients.length) return;
  const kind = r.kind === ReminderKind.STATUS_CHANGED && !r.dockingId ? NotificationKind.DEMAND_DECISION : KIND[r.kind];
  const staff = !!recipients[0].institutionId;
  let link: string;
  if (!r.accountId) link = '/admin/reminders';
  else if (r.dockingId) link = `${staff ? '/institution/dockings' : '/my/dockings'}/${encodeURIComponent(toGlobalId('Docking', r.dockingId))}`;
  else if (r.demandId) link = staff ? '/institution/demands' : `/my/demands/${encodeURIComponent(toGlobalId('Demand', r.demandId))}`;
  else link = '/my/notifications';
  await centre.notify(em, { accountIds: recipients.map((a) => a.id), kind, title: r.message, link });
}

/** Titles of the notifications of a docking's transitions (by action of docking.service's TRANSITIONS). */
export const DOCKING_CHANGE_TITLES: Record<string, string> = {
  accept: '服务机构受理了您的服务对接',
  decline: '服务机构婉拒了您的服务对接',
  start: '服务机构开始为您提供服务',
  complete: '企业确认服务对接办结',
  cancel: '企业撤回了服务对接申请',
  close: '运营人员关闭了服务对接',
};

/**
 * A docking's status change or message, told to the other side: the enterprise's requester hears from the
 * institution (and operators); the institution's responsible person hears from the enterprise.
 */
export async function notifyDockingChange(
  bus: WithServices,
  em: EntityManager,
  d: Pick<Docking, 'id' | 'createdBy' | 'institutionId'>,
  from: DockingParty,
  kind: 'STATUS' | 'MESSAGE',
  title: string,
  body: string | null,
): Promise<void> {
  const centre = bus.services?.notifications;
  if (!centre) return;
  const gid = encodeURIComponent(toGlobalId('Docking', d.id));
  const notifyKind = kind === 'MESSAGE' ? NotificationKind.DOCKING_MESSAGE : NotificationKind.DOCKING_STATUS;
  if (from !== DockingParty.ENTERPRISE) {
    await centre.notify(em, { accountIds: [d.createdBy], kind: notifyKind, title, body: body ?? '', link: `/my/dockings/${gid}` });
  }
  if (from !== DockingParty.INSTITUTION) {
    const [row] = await em.execute<{ responsible: string | null }[]>(
      `select coalesce(s.responsible_account_id, i.created_by) as responsible from institution i left join institution_docking_setting s on s.institution_id = i.id where i.id = ?`,
      [d.institutionId],
    );
    if (row?.responsible)
      await centre.notify(em, { accountIds: [row.responsible], kind: notifyKind, title, body: body ?? '', link: `/institution/dockings/${gid}` });
  }
}
