/**
 * Command-line import: `npm run import -- policies FILE [--format jsonl|csv] [--site CODE]`.
 * Connects with the server's configuration (DATABASE_URL, or the embedded PostgreSQL under QIFU_DATA_DIR —
 * reusing it when the server is running) and runs the same import service as the `policyImport` mutation.
 */
import { platformDeps } from '../app/platform.js';
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { systemContext } from '../common/system-context.js';
import { audit } from '../common/audit.js';
import { Clock } from '../common/clock.js';
import { EventBus } from '../common/events.js';
import { JobQueue } from '../common/jobs.js';
import { createLogger } from '../common/logger.js';
import { loadConfig } from '../config/index.js';
import { prepareDatabase } from '../db/prepare.js';
import { initOrm } from '../db/orm.js';
import { bootstrapSites } from '../modules/site/index.js';
import { SiteRegistry } from '../modules/site/index.js';
import { runImport } from '../modules/policy/index.js';
import type { ImportFormatName } from '../modules/policy/index.js';

const USAGE = '用法：npm run import -- policies 文件路径 [--format jsonl|csv] [--site 站点代码]';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const [kind, file] = args;
  if (kind !== 'policies' || !file) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const format = (option(args, 'format') ?? (file.toLowerCase().endsWith('.csv') ? 'csv' : 'jsonl')).toUpperCase() as ImportFormatName;
  if (format !== 'JSONL' && format !== 'CSV') {
    process.stderr.write(`不支持的格式：${format}\n${USAGE}\n`);
    return 2;
  }
  const content = readFileSync(file, 'utf8');
  const config = loadConfig({ logLevel: 'warn' });
  const log = createLogger(config.logLevel);
  const db = await prepareDatabase(config, log, { reuseRunning: true });
  const embedded = db.embedded;
  const databaseUrl = db.appUrl;
  try {
    const orm = await initOrm(databaseUrl, 4);
    try {
      await bootstrapSites(orm.em.fork());
      const sites = new SiteRegistry(orm.em);
      await sites.reload();
      const clock = new Clock();
      const deps = platformDeps({
        config: { ...config, auditKey: db.auditKey, dataKey: db.dataKey },
        orm,
        sites,
        events: new EventBus(databaseUrl, log),
        jobs: new JobQueue(orm, clock, log),
        clock,
      });
      const ctx = systemContext(deps, null, option(args, 'site'));
      const started = Date.now();
      const reports = await runImport(ctx, { siteId: ctx.site.id, actorId: null, now: clock.now() }, format, content, {
        onChunk: async (done, total) => {
          process.stderr.write(`\r已处理 ${done.length}/${total} 行`);
        },
      });
      process.stderr.write('\n');
      const count = (r: string) => reports.filter((x) => x.result === r).length;
      for (const r of reports.filter((x) => x.result === 'ERROR')) process.stdout.write(`第${r.lineNo}行 错误：${r.reason}\n`);
      process.stdout.write(
        `导入完成（站点 ${ctx.site.code}，${Date.now() - started} ms）：新建 ${count('CREATED')}，更新 ${count('UPDATED')}，未变化 ${count('UNCHANGED')}，错误 ${count('ERROR')}\n`,
      );
      await audit(ctx, {
        operation: 'policy.import.cli',
        objectType: 'PolicyImport',
        result: 'SUCCESS',
        detail: { file, format, lines: reports.length, errors: count('ERROR') },
      });
      return count('ERROR') ? 1 : 0;
    } finally {
      await orm.close(true);
    }
  } finally {
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`导入失败：${(err as Error).message}\n`);
    process.exit(3);
  },
);
