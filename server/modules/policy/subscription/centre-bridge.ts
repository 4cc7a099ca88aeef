import type { EntityManager } from '@mikro-orm/postgresql';
import { toGlobalId } from '../../../common/ids.js';
import type { PlatformServices } from '../../../common/platform-services.js';
import { NotificationKind } from '../../notification/index.js';
import type { DigestJob } from './digest.js';

type Services = Partial<PlatformServices>;

/**
 * Bridges the policy inbox (one row per enterprise, with its own e-mail/SMS per subscription) into the
 * notification centre, in the fan-out's transaction: every member of a notified enterprise finds the push in
 * 我的消息 and in the header badge. In-app only: e-mail and SMS go through the subscriptions, as before.
 */
export async function bridgePolicyPush(services: Services, em: EntityManager, batchId: string, policyId: string, title: string): Promise<void> {
  const centre = services.notifications;
  if (!centre) return;
  const accounts = await em.execute<{ id: string }[]>(
    `select a.id from notification n join account a on a.enterprise_id = n.enterprise_id where n.batch_id = ? and not a.disabled`,
    [batchId],
  );
  await centre.notify(em, {
    accountIds: accounts.map((a) => a.id),
    kind: NotificationKind.POLICY_PUSH,
    title,
    link: `/policy/${encodeURIComponent(toGlobalId('Policy', policyId))}`,
    channels: [],
    dedupeKey: `policy-push:${batchId}`,
  });
}

/** A digest written for a subscription: its subscriber finds it in 我的消息 too (in-app; the digest itself went out by its channel). */
export async function bridgePolicyDigest(services: Services, em: EntityManager, job: DigestJob): Promise<void> {
  const centre = services.notifications;
  if (!centre) return;
  const [d] = await em.execute<{ accountId: string; message: string }[]>(
    `select s.account_id as "accountId", d.message from policy_digest d join policy_subscription s on s.id = d.subscription_id
      where d.subscription_id = ? and d.period_start = ? order by d.created_at limit 1`,
    [job.subscriptionId, new Date(job.periodStart)],
  );
  if (!d?.accountId) return;
  const [subject, ...rest] = d.message.split('\n');
  await centre.notify(em, {
    accountIds: [d.accountId],
    kind: NotificationKind.POLICY_DIGEST,
    title: subject,
    body: rest.filter((l) => !l.startsWith('退订') && !l.includes('/unsubscribe')).join('\n'),
    link: '/my/inbox',
    channels: [],
    dedupeKey: `policy-digest:${job.subscriptionId}:${job.periodStart}`,
  });
}
