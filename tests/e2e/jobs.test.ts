import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobQueue, type JobRow } from '../../server/common/jobs.js';
import { createLogger } from '../../server/common/logger.js';
import { initOrm } from '../../server/db/orm.js';
import { graphql } from '../gql/index.js';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { staff, type TestAccount } from '../factories/accounts.js';

/**
 * Durable jobs (server/common/jobs.ts): transactional enqueue, idempotent keys, retries with the queue's
 * backoff ending as dead letters, the operators' dead-letter list and retry, cron once per tick across
 * instances, recovery of a killed worker's claim, retention, all timed by the test clock.
 */
const MIN = 60_000;
const DAY = 86_400_000;
let p: TestPlatform;
let admin: TestAccount;
let operator: TestAccount;

beforeAll(async () => {
  p = await startTestPlatform();
  admin = await staff(p, ['SYSTEM_ADMIN']);
  operator = await staff(p, ['OPERATOR']);
});
afterAll(async () => {
  await p?.stop();
});

/** A queue of its own for each test, recording the payloads it ran. */
function recordingQueue(jobs: JobQueue = p.jobs, opts?: Parameters<JobQueue['register']>[2]) {
  const queue = `test.${randomUUID()}`;
  const ran: JobRow[] = [];
  jobs.register(queue, async (job: JobRow) => void ran.push(job), opts);
  return { queue, ran };
}
const rows = (queue: string) =>
  p.sql<{ attempts: number; done: boolean; failed: boolean; last_error: string | null }>(
    `select attempts, done_at is not null as done, failed_at is not null as failed, last_error from job where queue = $1 order by id`,
    [queue],
  );

const DEAD = graphql(`
  query JobsDeadLetters($q: String, $first: Int) {
    jobDeadLetters(queue: $q, first: $first) {
      totalCount
      nodes {
        id
        queue
        payload
        attempts
        maxAttempts
        lastError
        failedAt
      }
    }
  }
`);
const RETRY = graphql(`
  mutation JobsRetry($i: JobRetryInput!) {
    jobRetry(input: $i) {
      job {
        id
        queue
        attempts
        failedAt
      }
      errors {
        ...TestUserError
      }
    }
  }
`);

describe('durable jobs', () => {
  it('enqueues in the caller’s transaction: a rolled-back change leaves no job, a committed one runs', async () => {
    const { queue, ran } = recordingQueue();
    await expect(
      p.orm.em.fork().transactional(async (em) => {
        await p.jobs.enqueue(em, queue, { n: 1 });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await rows(queue)).toEqual([]);
    await p.orm.em.fork().transactional((em) => p.jobs.enqueue(em, queue, { n: 2 }));
    await p.jobs.runDue();
    expect(ran.map((j) => j.payload)).toEqual([{ n: 2 }]);
    expect(await rows(queue)).toMatchObject([{ attempts: 1, done: true }]);
  });

  it('runs one job per idempotency key, however often it is enqueued (also after it ran)', async () => {
    const { queue, ran } = recordingQueue();
    const em = p.orm.em.fork();
    await p.jobs.enqueue(em, queue, { n: 1 }, { dedupeKey: `${queue}:k` });
    await p.jobs.enqueue(em, queue, { n: 2 }, { dedupeKey: `${queue}:k` });
    await p.jobs.runDue();
    await p.jobs.enqueue(em, queue, { n: 3 }, { dedupeKey: `${queue}:k` });
    await p.jobs.runDue();
    expect(ran.map((j) => j.payload)).toEqual([{ n: 1 }]);
  });

  it('runs exactly the jobs due by the test clock', async () => {
    const { queue, ran } = recordingQueue();
    const em = p.orm.em.fork();
    await p.jobs.enqueue(em, queue, { at: 'now' });
    await p.jobs.enqueue(em, queue, { at: '1h' }, { runAt: new Date(p.clock.now().getTime() + 60 * MIN) });
    await p.jobs.runDue();
    expect(ran.map((j) => j.payload)).toEqual([{ at: 'now' }]);
    p.clock.advance(59 * MIN);
    await p.jobs.runDue();
    expect(ran).toHaveLength(1);
    p.clock.advance(2 * MIN);
    await p.jobs.runDue();
    expect(ran.map((j) => j.payload)).toEqual([{ at: 'now' }, { at: '1h' }]);
  });

  it('retries with the queue’s exponential backoff, then keeps a dead letter that a system administrator lists and retries', async () => {
    const queue = `test.${randomUUID()}`;
    let healthy = false;
    let runs = 0;
    p.jobs.register(
      queue,
      async () => {
        runs++;
        if (!healthy) throw new Error('下游不可用');
      },
      { maxAttempts: 3, backoff: { baseSeconds: 10 } },
    );
    await p.jobs.enqueue(p.orm.em.fork(), queue, { orderId: 'o-1' });
    await p.jobs.runDue();
    expect(runs).toBe(1);
    // attempt 1 failed: the next waits 10·2¹ = 20 s of the clock
    p.clock.advance(19_000);
    await p.jobs.runDue();
    expect(runs).toBe(1);
    p.clock.advance(2_000);
    await p.jobs.runDue();
    expect(runs).toBe(2);
    // attempt 2 failed: 40 s
    p.clock.advance(39_000);
    await p.jobs.runDue();
    expect(runs).toBe(2);
    p.clock.advance(2_000);
    await p.jobs.runDue();
    expect(runs).toBe(3);
    expect(await rows(queue)).toEqual([{ attempts: 3, done: false, failed: true, last_error: '下游不可用' }]);
    p.clock.advance(DAY);
    await p.jobs.runDue();
    expect(runs).toBe(3);

    // operators see it; others are refused
    const listed = await gql(p, DEAD, { q: queue }, { token: admin.token });
    expect(listed.errors).toBeUndefined();
    expect(listed.data.jobDeadLetters.totalCount).toBe(1);
    const [dead] = listed.data.jobDeadLetters.nodes;
    expect(dead).toMatchObject({ queue, payload: { orderId: 'o-1' }, attempts: 3, maxAttempts: 3, lastError: '下游不可用' });
    const refused = await gql(p, DEAD, { q: queue }, { token: operator.token });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const retryRefused = await gql(p, RETRY, { i: { id: dead.id } }, { token: operator.token });
    expect(retryRefused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // retried: back in the queue with its attempts reset, audited, and it runs
    healthy = true;
    const retried = await gql(p, RETRY, { i: { id: dead.id } }, { token: admin.token });
    expect(retried.data.jobRetry).toEqual({ job: { id: dead.id, queue, attempts: 0, failedAt: null }, errors: [] });
    const again = await gql(p, RETRY, { i: { id: dead.id } }, { token: admin.token });
    expect(again.data.jobRetry.errors).toEqual([{ code: 'NOT_FOUND', field: 'id', message: '死信任务不存在或已重试' }]);
    const audited = await p.sql<{ actor_id: string; detail: { queue: string } }>(`select actor_id, detail from audit_log where operation = 'job.retry'`);
    expect(audited).toEqual([{ actor_id: expect.any(String), detail: { queue, lastError: '下游不可用' } }]);
    expect(Buffer.from(admin.id, 'base64url').toString()).toBe(`Account:${audited[0].actor_id}`);
    await p.jobs.runDue();
    expect(runs).toBe(4);
    expect(await rows(queue)).toMatchObject([{ attempts: 1, done: true, failed: false }]);
    expect((await gql(p, DEAD, { q: queue }, { token: admin.token })).data.jobDeadLetters.totalCount).toBe(0);
  });

  it('enqueues a cron tick once across two instances, each tick once', async () => {
    const log = createLogger('error');
    const a = new JobQueue(p.orm, p.clock, log);
    const b = new JobQueue(p.orm, p.clock, log);
    const queue = `test.${randomUUID()}`;
    let runs = 0;
    for (const q of [a, b]) {
      q.register(queue, async () => void runs++);
      q.schedule(queue, '*/5 * * * *', queue, { kind: 'cron' });
    }
    await Promise.all([a.runDue(), b.runDue()]);
    await Promise.all([a.runDue(), b.runDue()]);
    expect(runs).toBe(1);
    p.clock.advance(5 * MIN);
    await Promise.all([b.runDue(), a.runDue()]);
    expect(runs).toBe(2);
    const keys = await p.sql<{ dedupe_key: string }>(`select dedupe_key from job where queue = $1 order by id`, [queue]);
    expect(keys).toHaveLength(2);
    expect(keys.every((k) => k.dedupe_key.startsWith(`cron:${queue}:`))).toBe(true);
    await Promise.all([a.stop(), b.stop()]);
  });

  it('gives a job claimed by a killed worker to another once the claim lapses', async () => {
    const { queue, ran } = recordingQueue(p.jobs, { lockSeconds: 30 });
    await p.jobs.enqueue(p.orm.em.fork(), queue, { n: 1 });
    // Another worker (its own pool) claims it and dies mid-job as with kill -9: its handler never returns and
    // PostgreSQL drops its connection, rolling the handler's transaction back; only its lease stays behind.
    const orm = await initOrm(p.databaseUrl, 2);
    const killed = new JobQueue(orm, p.clock, createLogger('error'));
    let started!: (pid: number) => void;
    const backend = new Promise<number>((resolve) => (started = resolve));
    killed.register(
      queue,
      async (_job, em) => {
        const [{ pid }] = await em.execute<{ pid: number }[]>('select pg_backend_pid() as pid');
        started(pid);
        await new Promise(() => {}); // the process is gone: nothing after this runs
      },
      { lockSeconds: 30 },
    );
    void killed.runDue().catch(() => 0);
    await p.sql(`select pg_terminate_backend($1)`, [await backend]);
    void orm.close(true).catch(() => {}); // not awaited: the dead worker’s transaction still holds its client
    expect(await rows(queue)).toMatchObject([{ attempts: 1, done: false }]);

    await p.jobs.runDue();
    expect(ran).toHaveLength(0);
    p.clock.advance(31_000);
    await p.jobs.runDue();
    expect(ran).toHaveLength(1);
    expect(await rows(queue)).toMatchObject([{ attempts: 2, done: true }]);
  });

  it('deletes completed jobs and dead letters after their retention', async () => {
    const q = new JobQueue(p.orm, p.clock, createLogger('error'), { doneDays: 2, failedDays: 5 });
    const { queue: ok } = recordingQueue(q);
    const failing = `test.${randomUUID()}`;
    q.register(failing, () => Promise.reject(new Error('失败')), { maxAttempts: 1 });
    await q.enqueue(p.orm.em.fork(), ok, {});
    await q.enqueue(p.orm.em.fork(), failing, {});
    await q.runDue();
    p.clock.advance(3 * DAY);
    await q.runDue();
    expect(await rows(ok)).toEqual([]);
    expect(await rows(failing)).toHaveLength(1);
    p.clock.advance(3 * DAY);
    await q.runDue();
    expect(await rows(failing)).toEqual([]);
  });
});
