import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../../common/context.js';
import { toGlobalId } from '../../../common/ids.js';
import { NotificationKind } from '../../notification/index.js';

/** An institution answered a column need: its requester (when signed in to submit it) is told, in the reply's transaction. */
export async function notifyNeedReply(ctx: Ctx, em: EntityManager, need: { id: string; accountId: string | null; title: string }, body: string): Promise<void> {
  const centre = (ctx.services as Partial<Ctx['services']>).notifications;
  if (!centre || !need.accountId) return;
  await centre.notify(em, {
    accountIds: [need.accountId],
    kind: NotificationKind.NEED_REPLY,
    title: `服务机构答复了您的需求“${need.title}”`,
    body,
    link: `/my/needs/${encodeURIComponent(toGlobalId('ColumnNeed', need.id))}`,
  });
}
