import type { PlatformDeps } from '../../common/system-context.js';
import { createLogger } from '../../common/logger.js';
import type { JobHandler, JobRow } from '../../common/jobs.js';
import { buildDigest, POLICY_DIGEST_DELIVERY_QUEUE, POLICY_DIGEST_QUEUE, type DigestJob } from './subscription/digest.js';
import { fanOut, NOTIFICATION_BATCH, POLICY_DELIVERY_QUEUE } from './subscription/fanout.js';
import { POLICY_UPLOAD_SWEEP_QUEUE, scheduleUploadSweep, SWEEP_BATCH, sweepUploads } from './related/files.http.js';
import { importJobHandler, POLICY_IMPORT_QUEUE } from './import/import.jobs.js';
import { POLICY_FANOUT_QUEUE } from './policy.service.js';
import { logSender, type MessageSender } from './subscription/senders.js';
import { bridgePolicyDigest, bridgePolicyPush } from './subscription/centre-bridge.js';
import { chinaDate } from '../../common/china-time.js';

const DELIVERY_BATCH = 500;

interface PendingDelivery {
  id: string;
  channel: 'EMAIL' | 'SMS';
  address: string;
  token: string;
  title: string;
}

/** The policy service's durable jobs by queue; `sender` delivers e-mail and SMS (default: the log). */
export function policyJobs(deps: PlatformDeps, sender?: MessageSender): Record<string, JobHandler> {
  const out = sender ?? logSender(createLogger(deps.config.logLevel));
  return {
    [POLICY_IMPORT_QUEUE]: importJobHandler(deps),

    // Fan-out: enqueued in the publish transaction; one set-based pass writes inbox and outbox rows.
    [POLICY_FANOUT_QUEUE]: async (job: JobRow<{ policyId: string; version: number }>, em) => {
      const [row] = await em.execute<{ siteId: string }[]>('select site_id as "siteId" from policy where id = ?', [job.payload.policyId]);
      if (!row) return;
      const today = chinaDate(deps.clock.now());
      const result = await fanOut(em, job.payload.policyId, job.payload.version, deps.sites.scope(row.siteId), today, deps.clock.now());
      if (result.notifications) await deps.events.publish(em, NOTIFICATION_BATCH, { batchId: result.batchId });
      if (result.notifications) await bridgePolicyPush(deps.services, em, result.batchId, job.payload.policyId, result.title);
      if (result.deliveries) await deps.jobs.enqueue(em, POLICY_DELIVERY_QUEUE, { batchId: result.batchId });
    },

    // Outbox: sends pending e-mail / SMS of a batch, a slice at a time; a failed send is retried by the queue.
    [POLICY_DELIVERY_QUEUE]: async (job: JobRow<{ batchId: string }>, em) => {
      const pending = await em.execute<PendingDelivery[]>(
        `select d.id, d.channel, d.address, d.unsubscribe_token as token, n.title from notification_delivery d join notification n on n.id = d.notification_id
          where n.batch_id = ? and d.status = 'PENDING' order by d.created_at, d.id limit ? for update of d skip locked`,
        [job.payload.batchId, DELIVERY_BATCH],
      );
      for (const d of pending) {
        const text = `${d.title}。请登录企业公共服务平台查看详情。退订请访问 /unsubscribe?token=${d.token}`;
        await out.send({ channel: d.channel, to: d.address, subject: d.title, text });
        await em.execute(`update notification_delivery set status = 'SENT', sent_at = ?, message = ? where id = ?`, [deps.clock.now(), text, d.id]);
      }
      if (pending.length === DELIVERY_BATCH) await deps.jobs.enqueue(em, POLICY_DELIVERY_QUEUE, { batchId: job.payload.batchId });
    },

    // Digests: one job per subscription and period writes the period's digest rows and schedules the next period.
    [POLICY_DIGEST_QUEUE]: async (job: JobRow<DigestJob>, em) => {
      if (await buildDigest(em, deps.jobs, job.payload)) await bridgePolicyDigest(deps.services, em, job.payload);
    },
    [POLICY_DIGEST_DELIVERY_QUEUE]: async (job: JobRow<{ subscriptionId: string }>, em) => {
      const pending = await em.execute<{ id: string; channel: 'EMAIL' | 'SMS'; address: string; message: string }[]>(
        `select id, channel, address, message from policy_digest where subscription_id = ? and status = 'PENDING' order by created_at, id for update skip locked`,
        [job.payload.subscriptionId],
      );
      for (const d of pending) {
        await out.send({ channel: d.channel, to: d.address, subject: d.message.split('\n')[0], text: d.message });
        await em.execute(`update policy_digest set status = 'SENT', sent_at = ? where id = ?`, [deps.clock.now(), d.id]);
      }
    },

    // Uploads never attached: an hourly sweep, each run queueing the next hour's. Every start queues the
    // current hour's (a no-op when it exists), so a chain broken by a run that failed for good resumes.
    [POLICY_UPLOAD_SWEEP_QUEUE]: async (_job, em) => {
      const now = deps.clock.now();
      if ((await sweepUploads(em, now)) === SWEEP_BATCH) await deps.jobs.enqueue(em, POLICY_UPLOAD_SWEEP_QUEUE, {});
      await scheduleUploadSweep(em, deps.jobs, new Date(now.getTime() + 3_600_000));
    },
  };
}

/** At start: queue the current hour's upload sweep (a no-op when it exists), so a broken chain resumes. */
export async function startPolicyJobs(deps: PlatformDeps): Promise<void> {
  await scheduleUploadSweep(deps.orm.em.fork(), deps.jobs, deps.clock.now()).catch((err) =>
    createLogger(deps.config.logLevel).warn('upload sweep not scheduled', { error: (err as Error).message }),
  );
}
