import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from './clock.js';
import type { Logger } from './logger.js';

export interface JobRow<P = Record<string, unknown>> {
  id: string;
  queue: string;
  payload: P;
  attempts: number;
  maxAttempts: number;
}

/** A handler gets the job and a fresh EntityManager; throwing schedules a retry with backoff. */
export type JobHandler<P = any> = (job: JobRow<P>, em: EntityManager) => Promise<void>;

export interface EnqueueOptions {
  runAt?: Date;
  /** At most one job with this key ever exists (idempotent enqueue). */
  dedupeKey?: string;
  maxAttempts?: number;
}

const BATCH = 20;
const LOCK_SECONDS = 60;

/**
 * Durable jobs stored in PostgreSQL. Enqueue inside the transaction that causes the work (the
 * transactional outbox: no job without its change, no change without its job). Jobs carry ids, never
 * entities. Each instance polls; a claimed job is locked, so it runs once across instances.
 */
export class JobQueue {
  private readonly handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private stopped = false;
  readonly workerId = randomUUID();

  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  register<P>(queue: string, handler: JobHandler<P>): void {
    this.handlers.set(queue, handler as JobHandler);
  }

  async enqueue(em: EntityManager, queue: string, payload: Record<string, unknown>, opts: EnqueueOptions = {}): Promise<void> {
    await em.execute(
      `insert into job (queue, payload, run_at, dedupe_key, max_attempts) values (?, ?, ?, ?, ?)
       on conflict (dedupe_key) do nothing`,
      [queue, JSON.stringify(payload), opts.runAt ?? this.clock.now(), opts.dedupeKey ?? null, opts.maxAttempts ?? 5],
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

  /** Claims and runs every job due by the clock's now; returns how many ran. Tests call it directly. */
  async runDue(): Promise<number> {
    if (this.running) await this.running.catch(() => {});
    this.running = this.drain();
    try {
      return await this.running;
    } finally {
      this.running = undefined;
    }
  }

  private async drain(): Promise<number> {
    let total = 0;
    const queues = [...this.handlers.keys()];
    if (!queues.length) return 0;
    for (;;) {
      const now = this.clock.now();
      const em = this.orm.em.fork();
      const jobs = await em.execute<JobRow[]>(
        `update job set locked_until = ?::timestamptz + make_interval(secs => ?), locked_by = ?, attempts = attempts + 1
          where id in (select id from job
                        where done_at is null and failed_at is null and run_at <= ?
                          and (locked_until is null or locked_until < ?) and queue = any(?::text[])
                        order by run_at, id limit ? for update skip locked)
          returning id::text as id, queue, payload, attempts, max_attempts as "maxAttempts"`,
        [now, LOCK_SECONDS, this.workerId, now, now, `{${queues.map((q) => `"${q}"`).join(',')}}`, BATCH],
      );
      if (!jobs.length || this.stopped) return total;
      for (const job of jobs) {
        const handler = this.handlers.get(job.queue)!;
        try {
          await this.orm.em.fork().transactional((tx) => handler(job, tx));
          await em.execute('update job set done_at = ?, locked_until = null where id = ?', [this.clock.now(), job.id]);
        } catch (err) {
          const message = (err as Error).message?.slice(0, 1000) ?? String(err);
          const final = job.attempts >= job.maxAttempts;
          this.log.warn('job failed', { queue: job.queue, id: job.id, attempts: job.attempts, final, error: message });
          await em.execute(
            `update job set last_error = ?, locked_until = null,
                    run_at = ?::timestamptz + make_interval(secs => ?), failed_at = case when ? then ?::timestamptz end
              where id = ?`,
            [message, this.clock.now(), 2 ** job.attempts * 5, final, this.clock.now(), job.id],
          );
        }
        total++;
      }
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => {});
  }
}
