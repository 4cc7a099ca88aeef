/**
 * `npm run bench -- notifications`: the notification centre (issue 17). 10,000 recipients fanned out by one
 * `notify()` in one transaction — the in-app rows, the 10,000 e-mail delivery rows and their 100 delivery
 * jobs, plus the live events — against a target of ≤ 5 s, and as a ratio to a bare `unnest` INSERT of the same
 * 10,000 in-app rows measured in the same run. Also 200 separate one-recipient notifications (the shape of
 * 200 docking messages in one job) for the per-call cost.
 */
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Clock } from '../server/common/clock.js';
import { EventBus } from '../server/common/events.js';
import { JobQueue } from '../server/common/jobs.js';
import { createLogger } from '../server/common/logger.js';
import { loadConfig } from '../server/config/index.js';
import { startEmbeddedPostgres } from '../server/db/embedded.js';
import { migrate } from '../server/db/migrate.js';
import { initOrm } from '../server/db/orm.js';
import { grantApplicationRole } from '../server/db/roles.js';
import { pgArray } from '../server/db/sql.js';
import { logChannel } from '../server/modules/notification/channels/log.js';
import { NotificationCentre } from '../server/modules/notification/notification.centre.js';
import { notificationConfig } from '../server/modules/notification/notification.config.js';
import { NotificationKind } from '../server/modules/notification/notification.kinds.js';

const RECIPIENTS = Number(process.env.QIFU_BENCH_NOTIFY_RECIPIENTS ?? 10_000);
const ROUNDS = 3;
const SINGLES = 200;
const TARGET_MS = 5000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function runNotificationBench(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'qifu-bench-notify-'));
  chmodSync(dataDir, 0o755);
  const db = await startEmbeddedPostgres(join(dataDir, 'pg'), 53000 + (process.pid % 3000));
  const log = createLogger('error');
  try {
    await migrate(db.ownerUrl);
    await grantApplicationRole(db.ownerUrl, 'qifu_app');
    const owner = new pg.Client({ connectionString: db.ownerUrl });
    await owner.connect();
    const ids = Array.from({ length: RECIPIENTS }, () => randomUUID());
    await owner.query(
      `insert into account (id, mobile, email, display_name, password_hash, roles)
       select i, '139' || lpad(n::text, 8, '0'), 'user' || n || '@example.com', '用户' || n, 'x', '{}' from unnest($1::uuid[]) with ordinality as t(i, n)`,
      [ids],
    );
    const orm = await initOrm(db.url);
    const events = new EventBus(db.url, log);
    await events.start();
    const clock = new Clock();
    const jobs = new JobQueue(orm, clock, log);
    const config = notificationConfig({});
    const centre = new NotificationCentre({ jobs, events, clock, config: loadConfig({ auditKey: 'bench' }) }, config, {
      EMAIL: logChannel('EMAIL', log),
      SMS: logChannel('SMS', log),
    });
    const fanout: number[] = [];
    const bare: number[] = [];
    const single: number[] = [];
    let queued = 0;
    for (let round = 0; round < ROUNDS; round++) {
      let t = performance.now();
      await orm.em.fork().transactional(async (em) => {
        const r = await centre.notify(em, { accountIds: ids, kind: NotificationKind.SYSTEM, title: `平台通知 ${round}`, body: '系统维护', link: '/help' });
        queued = r.deliveries;
      });
      fanout.push(performance.now() - t);

      t = performance.now();
      await orm.em.fork().transactional(async (em) => {
        await em.execute(
          `insert into account_notification (account_id, kind, title, body, link, batch_id) select unnest(?::uuid[]), 'SYSTEM', ?, '系统维护', '/help', ?`,
          [pgArray(ids), `基线 ${round}`, randomUUID()],
        );
      });
      bare.push(performance.now() - t);

      t = performance.now();
      await orm.em.fork().transactional(async (em) => {
        for (const id of ids.slice(0, SINGLES)) {
          await centre.notify(em, { accountIds: [id], kind: NotificationKind.DOCKING_MESSAGE, title: '服务机构回复了您的服务对接', link: '/my/dockings' });
        }
      });
      single.push(performance.now() - t);
    }
    const [{ n: jobRows }] = (await owner.query(`select count(*)::int as n from job where queue = 'notification.deliver'`)).rows as { n: number }[];
    await owner.end();
    const f = median(fanout);
    console.log(
      `notifications bench: ${RECIPIENTS.toLocaleString()} notifications fanned out to the centre with ${queued.toLocaleString()} e-mails queued ` +
        `(${jobRows} delivery jobs over ${ROUNDS} rounds): median ${(f / 1000).toFixed(2)} s (target ≤ ${TARGET_MS / 1000} s: ${f <= TARGET_MS ? 'PASS' : 'MISS'})`,
    );
    console.log(`  ratio to a bare unnest INSERT of the in-app rows (${(median(bare) / 1000).toFixed(2)} s): ${(f / median(bare)).toFixed(1)}×`);
    console.log(
      `  ${SINGLES} one-recipient notifications in one transaction: ${(median(single) / 1000).toFixed(2)} s (${(median(single) / SINGLES).toFixed(1)} ms per notification)`,
    );
    await events.close();
    await orm.close(true);
  } finally {
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
