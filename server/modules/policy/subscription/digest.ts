import type { EntityManager } from '@mikro-orm/postgresql';
import { chinaWallMs, fromChinaWallMs } from '../../../common/china-time.js';
import type { JobQueue } from '../../../common/jobs.js';
import { pgArray } from '../../../db/sql.js';

/**
 * Daily and weekly digests (P5, B4): a subscription that chose DAILY or WEEKLY gets no e-mail / SMS per
 * policy; at the end of each period (China time) one job gathers the period's notifications of that
 * subscription into one message per channel.
 *
 * A notification reaches its subscription at most once per channel, whatever the frequency changes: a
 * digest leaves out what already went out on that channel, at once (`notification_delivery`, written by the
 * fan-out while the subscription was IMMEDIATE) or in an earlier digest (`policy_digest_item`, keyed by
 * notification and channel). A period's job whose subscription has since changed frequency still sends
 * what is left of its period (nothing is lost when switching to IMMEDIATE or to another period), then ends
 * its chain. The subscription row is locked while a digest is written, so a duplicated job never sends twice.
 *
 * Stragglers: the fan-out stamps `notification.created_at` when its transaction starts, so a notification
 * can be stamped before a period's end yet commit after that period's digest ran. So the next period's job
 * of the same chain (queued by that digest, `followsDigest`) also takes the pending notifications created up
 * to `STRAGGLER_LOOKBACK` before its period's start: what the earlier digest could not see goes out in the
 * next one, once (the two records above say what already went out). A chain's first job (a new subscription
 * or frequency) does not reach back: the time before it belongs to the chain then running, whose own job
 * takes it. When a chain ends (frequency changed), a straggler of its last period goes out in the new
 * frequency's digest if that period covers it (DAILY / WEEKLY); after a switch to IMMEDIATE or unsubscribing
 * it is not mailed (it stays in the inbox). The look-back (a day, far beyond any fan-out transaction: a job's
 * lock lasts a minute) keeps an old backlog, e.g. of a channel added later, from being mailed.
 */
export const POLICY_DIGEST_QUEUE = 'policy.digest';
export const POLICY_DIGEST_DELIVERY_QUEUE = 'policy.digest.deliver';
export type DigestFrequency = 'DAILY' | 'WEEKLY';

const DAY = 86_400_000;
const MAX_TITLES = 10;
/** How far before its period's start a digest still takes notifications no earlier message carried (see above). */
export const STRAGGLER_LOOKBACK = DAY;

/** The period containing `at`: days start at 00:00 China time, weeks on Monday 00:00. */
export function periodOf(at: Date, frequency: DigestFrequency): { start: Date; end: Date } {
  const local = chinaWallMs(at);
  let start = Math.floor(local / DAY) * DAY;
  if (frequency === 'WEEKLY') start -= ((new Date(start).getUTCDay() + 6) % 7) * DAY; // back to Monday
  const length = frequency === 'WEEKLY' ? 7 * DAY : DAY;
  return { start: fromChinaWallMs(start), end: fromChinaWallMs(start + length) };
}

export interface DigestJob {
  subscriptionId: string;
  frequency: DigestFrequency;
  periodStart: string;
  /** Queued by the previous period's digest of this chain: also takes that period's stragglers (see above). */
  followsDigest?: boolean;
}

/**
 * Queues the digest of the period containing `now` (idempotent: one job per subscription and period);
 * `followsDigest` when the previous period's digest of the same frequency queues it.
 */
export async function scheduleDigest(
  em: EntityManager,
  jobs: JobQueue,
  subscriptionId: string,
  frequency: DigestFrequency,
  now: Date,
  followsDigest = false,
): Promise<void> {
  const { start, end } = periodOf(now, frequency);
  const payload: DigestJob = { subscriptionId, frequency, periodStart: start.toISOString(), ...(followsDigest ? { followsDigest } : {}) };
  await jobs.enqueue(
    em,
    POLICY_DIGEST_QUEUE,
    { ...payload },
    { runAt: end, dedupeKey: `${POLICY_DIGEST_QUEUE}:${subscriptionId}:${frequency}:${payload.periodStart}` },
  );
}

export function digestMessage(frequency: DigestFrequency, titles: string[], count: number, token: string): { subject: string; text: string } {
  const subject = `${frequency === 'DAILY' ? '每日' : '每周'}政策摘要：${count}条新政策`;
  const lines = titles.slice(0, MAX_TITLES).map((t, i) => `${i + 1}. ${t}`);
  if (count > MAX_TITLES) lines.push(`……另有${count - MAX_TITLES}条`);
  return { subject, text: `${subject}\n${lines.join('\n')}\n请登录企业公共服务平台查看详情。退订请访问 /unsubscribe?token=${token}` };
}

interface DigestNote {
  id: string;
  policyId: string;
  title: string;
}

/**
 * The notifications created in [from, end) not yet sent to the subscription on `channel` (at once or in a
 * digest), oldest first; `from` reaches back before the period's start for stragglers of earlier periods.
 */
async function pendingNotes(em: EntityManager, subscriptionId: string, channel: string, from: Date, end: Date): Promise<DigestNote[]> {
  return em.execute<DigestNote[]>(
    `select n.id, n.policy_id as "policyId", v.title from notification n join policy_version v on v.policy_id = n.policy_id and v.version = n.policy_version
      where n.subscription_id = ? and n.created_at >= ? and n.created_at < ?
        and not exists (select 1 from notification_delivery d where d.notification_id = n.id and d.channel = ?)
        and not exists (select 1 from policy_digest_item i where i.notification_id = n.id and i.channel = ?)
      order by n.created_at, n.id`,
    [subscriptionId, from, end, channel, channel],
  );
}

/** Titles to list: one per policy (its latest version in the period), in order of first notification. */
function policyTitles(notes: DigestNote[]): string[] {
  const byPolicy = new Map<string, string>();
  for (const n of notes) byPolicy.set(n.policyId, n.title); // a Map keeps the position of the first set
  return [...byPolicy.values()];
}

/**
 * Writes the digest rows of one period (one per channel, each with the notifications not yet sent on that
 * channel, the previous period's stragglers included) and queues their delivery; then schedules the next
 * period while the subscription stays active with the same frequency.
 */
export async function buildDigest(em: EntityManager, jobs: JobQueue, job: DigestJob): Promise<number> {
  const [s] = await em.execute<{ active: boolean; frequency: string; channels: string[]; email: string | null; mobile: string | null; token: string }[]>(
    `select active, frequency, channels, email, mobile, unsubscribe_token as token from policy_subscription where id = ? for update`,
    [job.subscriptionId],
  );
  if (!s || !s.active) return 0; // unsubscribed: this chain ends
  const start = new Date(job.periodStart);
  const { end } = periodOf(start, job.frequency);
  const from = job.followsDigest ? new Date(start.getTime() - STRAGGLER_LOOKBACK) : start;
  let written = 0;
  for (const channel of s.channels) {
    const address = channel === 'EMAIL' ? s.email : s.mobile;
    if (!address) continue;
    const notes = await pendingNotes(em, job.subscriptionId, channel, from, end);
    if (!notes.length) continue;
    const titles = policyTitles(notes);
    const { text } = digestMessage(job.frequency, titles, titles.length, s.token);
    const [digest] = await em.execute<{ id: string }[]>(
      `insert into policy_digest (subscription_id, period_start, period_end, channel, address, notification_count, message)
       values (?, ?, ?, ?, ?, ?, ?) on conflict (subscription_id, period_start, period_end, channel) do nothing returning id`,
      [job.subscriptionId, start, end, channel, address, notes.length, text],
    );
    if (!digest) continue;
    await em.execute(`insert into policy_digest_item (notification_id, channel, digest_id) select unnest(?::uuid[]), ?, ?`, [
      pgArray(notes.map((n) => n.id)),
      channel,
      digest.id,
    ]);
    written++;
  }
  if (written) await jobs.enqueue(em, POLICY_DIGEST_DELIVERY_QUEUE, { subscriptionId: job.subscriptionId });
  // Switched to another frequency: what was left of this period went out above; the new frequency has its own chain.
  if (s.frequency !== job.frequency) return written;
  // The next period; when this job ran late it is already due and runs next, so no period is skipped.
  await scheduleDigest(em, jobs, job.subscriptionId, job.frequency, end, true);
  return written;
}
