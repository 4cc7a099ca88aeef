/**
 * `npm run admin:create -- --mobile 13900000000 [--name 安全管理员] [--role SECURITY_ADMIN|SYSTEM_ADMIN|AUDIT_ADMIN]`
 * creates the first holder of an administrator role on a database where nobody holds it (production starts
 * without demo data). The password comes from QIFU_ADMIN_PASSWORD or standard input (prompted on a
 * terminal, not echoed); weak passwords are refused; the creation is audited.
 */
import 'reflect-metadata';
import { createInterface } from 'node:readline';
import { platformDeps } from '../app/platform.js';
import { Clock } from '../common/clock.js';
import { EventBus } from '../common/events.js';
import { JobQueue } from '../common/jobs.js';
import { createLogger } from '../common/logger.js';
import { Role, ROLE_LABELS } from '../common/roles.js';
import { systemContext } from '../common/system-context.js';
import { loadConfig } from '../config/index.js';
import { initOrm } from '../db/orm.js';
import { prepareDatabase } from '../db/prepare.js';
import { createFirstAdministrator } from '../modules/account/index.js';
import { bootstrapSites, SiteRegistry } from '../modules/site/index.js';

const USAGE =
  '用法：npm run admin:create -- --mobile 手机号码 [--name 姓名] [--role SECURITY_ADMIN|SYSTEM_ADMIN|AUDIT_ADMIN]（密码取自 QIFU_ADMIN_PASSWORD 或标准输入）';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function readPassword(prompt: string): Promise<string> {
  const fromEnv = process.env.QIFU_ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  const tty = process.stdin.isTTY;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: tty });
  if (tty) {
    // Keep the typed password off the screen: print the prompt once, then nothing.
    const out = rl as unknown as { _writeToOutput: (s: string) => void };
    process.stdout.write(prompt);
    out._writeToOutput = () => {};
  }
  const line = await new Promise<string>((resolve) => rl.once('line', resolve).once('close', () => resolve('')));
  rl.close();
  if (tty) process.stdout.write('\n');
  return line;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const mobile = option(args, 'mobile');
  const role = (option(args, 'role') ?? Role.SECURITY_ADMIN) as Role;
  if (!mobile) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const password = await readPassword('管理员密码：');
  const config = loadConfig({ logLevel: 'warn' });
  const log = createLogger(config.logLevel);
  const db = await prepareDatabase(config, log, { reuseRunning: true });
  try {
    const orm = await initOrm(db.appUrl, 2);
    try {
      await bootstrapSites(orm.em.fork());
      const sites = new SiteRegistry(orm.em);
      await sites.reload();
      const clock = new Clock();
      const deps = platformDeps({
        config: { ...config, auditKey: db.auditKey, dataKey: db.dataKey },
        orm,
        sites,
        events: new EventBus(db.appUrl, log),
        jobs: new JobQueue(orm, clock, log),
        clock,
      });
      const ctx = systemContext(deps, null);
      const r = await createFirstAdministrator(ctx, { mobile, displayName: option(args, 'name') ?? ROLE_LABELS[role] ?? '管理员', password, role });
      if (!r.ok) {
        process.stderr.write(`未创建：${r.message}\n`);
        return 1;
      }
      process.stdout.write(`已创建${ROLE_LABELS[role]}账号 ${mobile}（${r.accountId}），可以登录。\n`);
      return 0;
    } finally {
      await orm.close(true);
    }
  } finally {
    await db.embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`admin:create failed: ${(err as Error).message}\n`);
    process.exit(3);
  },
);
