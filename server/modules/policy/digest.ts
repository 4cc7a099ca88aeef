import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobQueue } from '../../common/jobs.js';

/**
 * Daily and weekly digests (P5, B4): a subscription that chose DAILY or WEEKLY gets no e-mail / SMS per
 * policy; at the end of each period (China time) one job gathers the period's notifications of that
 * subscription into one message per channel. `policy_digest` is unique per subscription, period and
 * channel, so a re-run or a duplicated job never sends twice.
 */
export const POLICY_DIGEST_QUEUE = 'policy.digest';
export const POLICY_DIGEST_DELIVERY_QUEUE = 'policy.digest.deliver';
export type DigestFrequency = 'DAILY' | 'WEEKLY';

const DAY = 86_400_000;
const CHINA = 8 * 3_600_000;
const MAX_TITLES = 10;

/** The period containing `at`: days start at 00:00 China time, weeks on Monday 00:00. */
export function periodOf(at: Date, frequency: DigestFrequency): { start: Date; end: Date } {
  const local = at.getTime() + CHINA;
  let start = Math.floor(local / DAY) * DAY;
  if (frequency === 'WEEKLY') start -= ((new Date(start).getUTCDay() + 6) % 7) * DAY; // back to Monday
  const length = frequency === 'WEEKLY' ? 7 * DAY : DAY;
  return { start: new Date(start - CHINA), end: new Date(start - CHINA + length) };
}

export interface DigestJob {
  subscriptionId: string;
  frequency: DigestFrequency;
  periodStart: string;
}

/** Queues the digest of the period containing `now` (idempotent: one job per subscription and period). */
export async function scheduleDigest(em: EntityManager, jobs: JobQueue, subscriptionId: string, frequency: DigestFrequency, now: Date): Promise<void> {
  const { start, end } = periodOf(now, frequency);
  const payload: DigestJob = { subscriptionId, frequency, periodStart: start.toISOString() };
  await jobs.enqueue(em, POLICY_DIGEST_QUEUE, { ...payload }, { runAt: end, dedupeKey: `${POLICY_DIGEST_QUEUE}:${subscriptionId}:${frequency}:${payload.periodStart}` });
}

export function digestMessage(frequency: DigestFrequency, titles: string[], count: number, token: string): { subject: string; text: string } {
  const subject = `${frequency === 'DAILY' ? '每日' : '每周'}政策摘要：${count}条新政策`;
  const lines = titles.slice(0, MAX_TITLES).map((t, i) => `${i + 1}. ${t}`);
  if (count > MAX_TITLES) lines.push(`……另有${count - MAX_TITLES}条`);
  return { subject, text: `${subject}\n${lines.join('\n')}\n请登录企业公共服务平台查看详情。退订请访问 /unsubscribe?token=${token}` };
}

/**
 * Writes the digest rows of one period (one per channel) and queues their delivery; then schedules the
 * next period while the subscription stays active with the same frequency.
 */
export async function buildDigest(em: EntityManager, jobs: JobQueue, job: DigestJob): Promise<number> {
  const [s] = await em.execute<{ active: boolean; frequency: string; channels: string[]; email: string | null; mobile: string | null; token: string }[]>(
    `select active, frequency, channels, email, mobile, unsubscribe_token as token from policy_subscription where id = ?`,
    [job.subscriptionId],
  );
  if (!s || !s.active || s.frequency !== job.frequency) return 0; // unsubscribed or switched: this chain ends
  const start = new Date(job.periodStart);
  const { end } = periodOf(start, job.frequency);
  const notes = await em.execute<{ title: string }[]>(
    `select v.title from notification n join policy_version v on v.policy_id = n.policy_id and v.version = n.policy_version
      where n.subscription_id = ? and n.created_at >= ? and n.created_at < ? order by n.created_at, n.id`,
    [job.subscriptionId, start, end],
  );
  let written = 0;
  if (notes.length) {
    const { text } = digestMessage(job.frequency, notes.map((n) => n.title), notes.length, s.token);
    for (const channel of s.channels) {
      const address = channel === 'EMAIL' ? s.email : s.mobile;
      if (!address) continue;
      const rows = await em.execute<{ id: string }[]>(
        `insert into policy_digest (subscription_id, period_start, period_end, channel, address, notification_count, message)
         values (?, ?, ?, ?, ?, ?, ?) on conflict (subscription_id, period_start, channel) do nothing returning id`,
        [job.subscriptionId, start, end, channel, address, notes.length, text],
      );
      written += rows.length;
    }
    if (written) await jobs.enqueue(em, POLICY_DIGEST_DELIVERY_QUEUE, { subscriptionId: job.subscriptionId });
  }
  // The next period; when this job ran late it is already due and runs next, so no period is skipped.
  await scheduleDigest(em, jobs, job.subscriptionId, job.frequency, end);
  return written;
}
