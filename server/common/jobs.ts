import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { parseCronItem } from 'graphile-worker';
import { chinaParts } from './china-time.js';
import type { Clock } from './clock.js';
import type { Logger } from './logger.js';

export interface JobRow<P = Record<string, unknown>> {
  id: string;
  queue: string;
  payload: P;
  attempts: number;
  maxAttempts: number;
}

/** A handler gets the job and the EntityManager of its transaction; throwing schedules a retry with backoff. */
export type JobHandler<P = any> = (job: JobRow<P>, em: EntityManager) => Promise<void>;

export interface EnqueueOptions {
  runAt?: Date;
  /** At most one job with this key exists while it is kept (idempotent enqueue; see retention). */
  dedupeKey?: string;
  /** Attempts before the job becomes a dead letter (default: the queue's, else 5). */
  maxAttempts?: number;
}

/** Per-queue policy, given at `register`. */
export interface QueueOptions {
  /** Default attempts of the queue's jobs (an enqueue may say otherwise). */
  maxAttempts?: number;
  /** Retry n waits min(maxSeconds, baseSeconds · 2^n) (defaults 5 and 3600: 10 s, 20 s, 40 s, …). */
  backoff?: { baseSeconds?: number; maxSeconds?: number };
  /** How long a claim holds before another instance may take the job again (kill -9 recovery; default 60). */
  lockSeconds?: number;
}

/** How long finished jobs are kept (configuration: QIFU_JOB_KEEP_DONE_DAYS / QIFU_JOB_KEEP_FAILED_DAYS). */
export interface JobRetention {
  doneDays: number;
  failedDays: number;
}

/** A job that used up its attempts, for operators. */
export interface DeadLetter {
  id: string;
  queue: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  createdAt: Date;
  failedAt: Date;
}

export interface JobStats {
  queue: string;
  due: number;
  scheduled: number;
  running: number;
  dead: number;
}

interface Schedule {
  name: string;
  queue: string;
  payload: Record<string, unknown>;
  match: ReturnType<typeof parseCronItem>['match'];
  lastTick?: number;
}

const BATCH = 20;
const DEFAULT_LOCK_SECONDS = 60;
const DEFAULT_ATTEMPTS = 5;
const MINUTE = 60_000;
/** A cron tick missed by more than this (every instance down) is skipped, not run late. */
const CRON_LOOKBACK_MINUTES = 24 * 60;
const RETENTION_EVERY_MS = 3_600_000;
const RETENTION_BATCH = 1000;
export const DEFAULT_JOB_RETENTION: JobRetention = { doneDays: 14, failedDays: 90 };

const DEAD_LETTER_COLUMNS = `id::text as id, queue, payload, attempts, max_attempts as "maxAttempts", last_error as "lastError",
  created_at as "createdAt", failed_at as "failedAt"`;

/**
 * Durable jobs in PostgreSQL's `job` table, timed by the platform's Clock (so tests drive them with
 * `clock.advance` and `runDue`). Enqueue inside the transaction that causes the work (the transactional
 * outbox: no job without its change, no change without its job). Jobs carry ids, never entities. Each instance
 * polls; a claimed job is locked (SKIP LOCKED, then a lease that a killed worker's jobs outlive), so it runs
 * once across instances, and it is marked done in the handler's own transaction. Failures retry with the
 * queue's exponential backoff and end as dead letters (`failed_at`) that operators list and retry. Cron
 * schedules enqueue one job per tick whatever the number of instances (the tick is the idempotency key).
 * Why not pg-boss or graphile-worker underneath: docs/architecture.md, "Jobs".
 */
export class JobQueue {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly options = new Map<string, QueueOptions>();
  private readonly schedules = new Map<string, Schedule>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private stopped = false;
  private lastRetention = 0;
  readonly workerId = randomUUID();

  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly retention: JobRetention = DEFAULT_JOB_RETENTION,
  ) {}

  register<P>(queue: string, handler: JobHandler<P>, options: QueueOptions = {}): void {
    this.handlers.set(queue, handler as JobHandler);
    this.options.set(queue, options);
  }

  /**
   * Enqueues `queue` with `payload` at every tick of `cron` (five fields, China time, e.g. `0 * * * *` hourly),
   * once per tick across every instance; a tick missed while no instance ran is run once when one comes back
   * (within a day). `name` identifies the schedule (and its jobs' keys): keep it stable.
   */
  schedule(name: string, cron: string, queue: string, payload: Record<string, unknown> = {}): void {
    const { match } = parseCronItem({ task: queue, match: cron }, `schedule ${name}`);
    this.schedules.set(name, { name, queue, payload, match });
  }

  async enqueue(em: EntityManager, queue: string, payload: Record<string, unknown>, opts: EnqueueOptions = {}): Promise<void> {
    await em.execute(
      `insert into job (queue, payload, run_at, dedupe_key, max_attempts) values (?, ?, ?, ?, ?)
       on conflict (dedupe_key) do nothing`,
      [
        queue,
        JSON.stringify(payload),
        opts.runAt ?? this.clock.now(),
        opts.dedupeKey ?? null,
        opts.maxAttempts ?? this.options.get(queue)?.maxAttempts ?? DEFAULT_ATTEMPTS,
      ],
    );
  }

  /** Polls every `intervalMs` until stopped. */
  start(intervalMs = 1000): void {
    const tick = async () => {
      if (this.stopped) return;
      await this.runDue().catch((err) => this.log.error('job poll failed', { error: (err as Error).message }));
      if (!this.stopped) this.timer = setTimeout(tick, intervalMs);
    };
    this.timer = setTimeout(tick, intervalMs);
  }

  /**
   * Enqueues the cron ticks due by the clock's now, then claims and runs every job due by it; returns how many
   * ran. Tests call it directly after moving the clock.
   */
  async runDue(): Promise<number> {
    if (this.running) await this.running.catch(() => {});
    this.running = this.cycle();
    try {
      return await this.running;
    } finally {
      this.running = undefined;
    }
  }

  private async cycle(): Promise<number> {
    await this.enqueueCronTicks();
    await this.applyRetention();
    return this.drain();
  }

  /** The latest tick of each schedule at or before now, enqueued under the key `cron:<name>:<tick>`. */
  private async enqueueCronTicks(): Promise<void> {
    if (!this.schedules.size) return;
    const now = Math.floor(this.clock.now().getTime() / MINUTE) * MINUTE;
    const em = this.orm.em.fork();
    for (const s of this.schedules.values()) {
      const tick = latestTick(s, now);
      if (tick === undefined || tick === s.lastTick) continue;
      const at = new Date(tick);
      await this.enqueue(em, s.queue, s.payload, { runAt: at, dedupeKey: `cron:${s.name}:${at.toISOString()}` });
      s.lastTick = tick;
    }
  }

  /** Deletes jobs done more than `doneDays` and dead more than `failedDays` ago (at most hourly, in batches). */
  private async applyRetention(): Promise<void> {
    const now = this.clock.now();
    if (now.getTime() - this.lastRetention < RETENTION_EVERY_MS) return;
    this.lastRetention = now.getTime();
    const em = this.orm.em.fork();
    for (const [column, days] of [
      ['done_at', this.retention.doneDays],
      ['failed_at', this.retention.failedDays],
    ] as const) {
      for (;;) {
        const rows = await em.execute<{ id: string }[]>(
          `delete from job where id in (select id from job where ${column} < ?::timestamptz - make_interval(days => ?) limit ?) returning id`,
          [now, days, RETENTION_BATCH],
        );
        if (rows.length < RETENTION_BATCH) break;
      }
    }
  }

  private async drain(): Promise<number> {
    let total = 0;
    const queues = [...this.handlers.keys()];
    if (!queues.length) return 0;
    for (;;) {
      const now = this.clock.now();
      const em = this.orm.em.fork();
      const jobs = await em.execute<(JobRow & { runAt: Date })[]>(
        `update job set locked_until = ?::timestamptz + make_interval(secs => l.secs), locked_by = ?, attempts = attempts + 1
           from (select unnest(?::text[]) as queue, unnest(?::int[]) as secs) l
          where l.queue = job.queue
            and job.id in (select id from job
                        where done_at is null and failed_at is null and run_at <= ?
                          and (locked_until is null or locked_until < ?) and queue = any(?::text[])
                        order by run_at, id limit ? for update skip locked)
          returning job.id::text as id, job.queue, job.payload, job.attempts, job.max_attempts as "maxAttempts", job.run_at as "runAt"`,
        [
          now,
          this.workerId,
          pgTextArray(queues),
          `{${queues.map((q) => this.options.get(q)?.lockSeconds ?? DEFAULT_LOCK_SECONDS).join(',')}}`,
          now,
          now,
          pgTextArray(queues),
          BATCH,
        ],
      );
      if (!jobs.length || this.stopped) return total;
      // UPDATE … RETURNING keeps no order: run them as they fell due (a reminder before the breach it announces).
      jobs.sort((a, b) => new Date(a.runAt).getTime() - new Date(b.runAt).getTime() || Number(BigInt(a.id) - BigInt(b.id)));
      for (const job of jobs) {
        const handler = this.handlers.get(job.queue)!;
        try {
          await this.orm.em.fork().transactional(async (tx) => {
            await handler(job, tx);
            // Done in the handler's transaction: its effects and the mark commit together.
            await tx.execute('update job set done_at = ?, locked_until = null where id = ?', [this.clock.now(), job.id]);
          });
        } catch (err) {
          const message = (err as Error).message?.slice(0, 1000) ?? String(err);
          const final = job.attempts >= job.maxAttempts;
          this.log.warn('job failed', { queue: job.queue, id: job.id, attempts: job.attempts, final, error: message });
          await em.execute(
            `update job set last_error = ?, locked_until = null,
                    run_at = ?::timestamptz + make_interval(secs => ?), failed_at = case when ? then ?::timestamptz end
              where id = ?`,
            [message, this.clock.now(), this.backoffSeconds(job.queue, job.attempts), final, this.clock.now(), job.id],
          );
        }
        total++;
      }
    }
  }

  /** Seconds before retry after the `attempts`-th failure. */
  backoffSeconds(queue: string, attempts: number): number {
    const { baseSeconds = 5, maxSeconds = 3600 } = this.options.get(queue)?.backoff ?? {};
    return Math.min(maxSeconds, baseSeconds * 2 ** attempts);
  }

  /** Dead letters (jobs that used up their attempts), newest first. */
  async deadLetters(em: EntityManager, opts: { queue?: string | null; limit: number; offset: number }): Promise<DeadLetter[]> {
    return em.execute<DeadLetter[]>(
      `select ${DEAD_LETTER_COLUMNS} from job where failed_at is not null and (?::text is null or queue = ?)
        order by failed_at desc, id desc limit ? offset ?`,
      [opts.queue ?? null, opts.queue ?? null, opts.limit, opts.offset],
    );
  }

  async deadLetterCount(em: EntityManager, queue?: string | null): Promise<number> {
    const [r] = await em.execute<{ n: number }[]>(`select count(*)::int as n from job where failed_at is not null and (?::text is null or queue = ?)`, [
      queue ?? null,
      queue ?? null,
    ]);
    return r.n;
  }

  /** Puts a dead letter back in its queue, due now with its attempts reset; null when no such dead letter. */
  async retry(em: EntityManager, id: string): Promise<DeadLetter | null> {
    const [row] = await em.execute<DeadLetter[]>(
      `update job set failed_at = null, attempts = 0, run_at = ?, locked_until = null, locked_by = null
        where id = ? and failed_at is not null
        returning ${DEAD_LETTER_COLUMNS}`,
      [this.clock.now(), id],
    );
    return row ?? null;
  }

  /** Per queue: due now, scheduled later, running (claimed), dead. */
  async stats(em: EntityManager): Promise<JobStats[]> {
    return em.execute<JobStats[]>(
      `select queue,
              count(*) filter (where failed_at is null and run_at <= ? and (locked_until is null or locked_until < ?))::int as due,
              count(*) filter (where failed_at is null and run_at > ?)::int as scheduled,
              count(*) filter (where failed_at is null and locked_until >= ?)::int as running,
              count(*) filter (where failed_at is not null)::int as dead
         from job where done_at is null group by queue order by queue`,
      Array(4).fill(this.clock.now()),
    );
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => {});
  }
}

function pgTextArray(values: string[]): string {
  return `{${values.map((q) => `"${q.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/** The latest minute at or before `now` (ms, whole minute) that the schedule matches, read in China time. */
function latestTick(s: Schedule, now: number): number | undefined {
  for (let i = 0; i <= CRON_LOOKBACK_MINUTES; i++) {
    const t = now - i * MINUTE;
    if (s.lastTick !== undefined && t <= s.lastTick) return s.lastTick;
    const c = chinaParts(t);
    if (s.match({ min: c.minute, hour: c.hour, date: c.day, month: c.month, dow: c.weekday })) return t;
  }
  return undefined;
}
