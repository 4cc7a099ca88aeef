import type { JobHandler, JobRow, QueueOptions } from '../../common/jobs.js';
import type { Logger } from '../../common/logger.js';
import { unseal } from '../../common/sealed.js';
import type { PlatformDeps } from '../../common/system-context.js';
import type { WebhookConfig } from './webhook.config.js';
import { WEBHOOK_QUEUE } from './webhook.fanout.js';
import { postWebhook } from './webhook.post.js';
import { webhookSignature } from './webhook.sign.js';

/**
 * Attempts per delivery (and per replay), waits doubling from 30 s (30 s, 1 min, 2 min, 4 min, 8 min, 16 min, then
 * dead after about half an hour of trying): the job engine's retry policy of the queue.
 */
/** Finished deliveries (delivered or dead) are kept this long in the log, then deleted by a daily job. */
export const WEBHOOK_LOG_DAYS = 30;
export const WEBHOOK_RETENTION_QUEUE = 'webhook.retention';
const RETENTION_BATCH = 5000;

export const WEBHOOK_QUEUE_OPTIONS: Record<string, QueueOptions> = {
  [WEBHOOK_QUEUE]: { maxAttempts: 7, backoff: { baseSeconds: 15, maxSeconds: 3600 }, lockSeconds: 60 },
};

interface DueDelivery {
  id: string;
  eventType: string;
  body: string;
  attempts: number;
  subscriptionId: string;
  url: string;
  sm3: boolean;
  secretSealed: string;
  live: boolean;
}

/**
 * Sends one delivery, once across instances: the row is claimed with `for update skip locked` (another instance
 * holding it skips it) in a transaction of its own, and its outcome (DELIVERED, or the attempt's failure) is
 * written in that transaction, so a delivered row is never taken again. A failure that has attempts left throws
 * after that commit, and the job engine runs the job again after the queue's backoff.
 */
export function webhookJobs(deps: PlatformDeps, config: WebhookConfig, log: Logger): Record<string, JobHandler> {
  return {
    [WEBHOOK_QUEUE]: async (job: JobRow<{ deliveryId: string }>) => {
      const retry = await deps.orm.em.fork().transactional(async (tx) => {
        const [d] = await tx.execute<DueDelivery[]>(
          `select d.id, d.event_type as "eventType", d.body::text as body, d.attempts, s.id as "subscriptionId", s.url, s.sm3,
                  s.secret_sealed as "secretSealed", (s.active and s.deleted_at is null and c.revoked_at is null) as live
             from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id join api_client c on c.id = s.client_id
            where d.id = ? and d.status = 'PENDING' for update of d skip locked`,
          [job.payload.deliveryId],
        );
        if (!d) return null; // delivered or dead already, or being sent by another instance right now
        const now = deps.clock.now();
        if (!d.live) {
          await tx.execute(`update webhook_delivery set status = 'DEAD', last_error = ?, next_attempt_at = null, updated_at = ? where id = ?`, [
            '订阅已删除或暂停，或应用已吊销：不再投递',
            now,
            d.id,
          ]);
          return null;
        }
        const timestamp = Math.floor(now.getTime() / 1000);
        const secret = unseal(deps.config, d.secretSealed, d.subscriptionId);
        const outcome = await postWebhook(config, d.url, d.body, {
          'x-qifu-webhook-id': d.id,
          'x-qifu-webhook-timestamp': String(timestamp),
          'x-qifu-event': d.eventType,
          'x-qifu-signature': webhookSignature(secret, timestamp, d.body, d.sm3),
        });
        const at = deps.clock.now();
        if (outcome.ok) {
          await tx.execute(
            `update webhook_delivery set status = 'DELIVERED', attempts = attempts + 1, last_status_code = ?, last_error = null, last_response = ?,
                    next_attempt_at = null, delivered_at = ?, updated_at = ? where id = ?`,
            [outcome.statusCode, outcome.response, at, at, d.id],
          );
          return null;
        }
        const final = job.attempts >= job.maxAttempts;
        const next = final ? null : new Date(at.getTime() + deps.jobs.backoffSeconds(WEBHOOK_QUEUE, job.attempts) * 1000);
        await tx.execute(
          `update webhook_delivery set status = ?, attempts = attempts + 1, last_status_code = ?, last_error = ?, last_response = ?,
                  next_attempt_at = ?, updated_at = ? where id = ?`,
          [final ? 'DEAD' : 'PENDING', outcome.statusCode, outcome.error, outcome.response, next, at, d.id],
        );
        log.warn('webhook delivery failed', { id: d.id, attempts: d.attempts + 1, final, error: outcome.error });
        return final ? null : outcome.error;
      });
      // Thrown after the attempt is committed: the job engine schedules the next one with the queue's backoff.
      if (retry) throw new Error(retry);
    },
    // Daily (cron): finished deliveries older than the log keeps, in batches; a full batch queues the next one.
    [WEBHOOK_RETENTION_QUEUE]: async (_job, em) => {
      const rows = await em.execute<{ id: string }[]>(
        `delete from webhook_delivery where id in (
           select id from webhook_delivery where status <> 'PENDING' and updated_at < ?::timestamptz - make_interval(days => ?) limit ?)
         returning id`,
        [deps.clock.now(), WEBHOOK_LOG_DAYS, RETENTION_BATCH],
      );
      if (rows.length === RETENTION_BATCH) await deps.jobs.enqueue(em, WEBHOOK_RETENTION_QUEUE, {});
    },
  };
}
