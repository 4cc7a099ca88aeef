import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../common/context.js';
import { NotificationKind } from '../notification/index.js';
import { EnterpriseStatus } from './enterprise.entity.js';

/** The review outcome, told to whoever registered the enterprise and its members, in the review's transaction. */
export async function notifyReviewed(
  ctx: Ctx,
  em: EntityManager,
  e: { id: string; name: string; createdBy: string; status: EnterpriseStatus },
  reason: string | null,
): Promise<void> {
  const centre = (ctx.services as Partial<Ctx['services']>).notifications;
  if (!centre) return;
  const members = await em.execute<{ id: string }[]>(`select id from account where enterprise_id = ? or id = ? limit 200`, [e.id, e.createdBy]);
  const approved = e.status === EnterpriseStatus.VERIFIED;
  await centre.notify(em, {
    accountIds: members.map((m) => m.id),
    kind: NotificationKind.REVIEW_OUTCOME,
    title: approved ? `企业“${e.name}”已通过审核` : `企业“${e.name}”未通过审核`,
    body: approved ? '现在可以使用政策匹配、服务对接等全部企业功能。' : `原因：${reason ?? '未说明'}。请修改后重新提交。`,
    link: '/enterprise',
  });
}
