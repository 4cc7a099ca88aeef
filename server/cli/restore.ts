/**
 * `npm run restore [-- --backup DIR] [--to "2026-12-07 10:15:30+08" | --latest]` with the server stopped:
 * checks the backup's checksums, moves the current database aside (`<QIFU_DATA_DIR>/pg.before-restore-<time>`),
 * lays the backup out and recovers it: to the end of the backup (default), to a chosen time, or through the
 * whole WAL archive (--latest). With DATABASE_URL it runs `pg_restore --clean` of a `pg_dump -Fc` backup.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../config/index.js';
import { clearRecoverySettings, latestBackup, layOutBackup, restoreExternal, type RecoveryTarget } from '../db/backup.js';
import { runningEmbedded, startEmbeddedPostgres } from '../db/embedded.js';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const config = loadConfig({ logLevel: 'warn' });
  const backup = resolve(option(args, 'backup') ?? latestBackup(config.dataDir));
  const started = Date.now();
  if (config.databaseUrl) {
    await restoreExternal(backup, config.migrateDatabaseUrl ?? config.databaseUrl);
    process.stdout.write(`restored ${backup} into DATABASE_URL in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    return 0;
  }
  if (await runningEmbedded(config.dataDir, config.embeddedPgPort)) {
    process.stderr.write('the database is running: stop `npm start` first (Ctrl-C or SIGTERM), then restore\n');
    return 2;
  }
  const to = option(args, 'to');
  const target: RecoveryTarget = to ? { kind: 'time', time: to } : args.includes('--latest') ? { kind: 'latest' } : { kind: 'backup' };
  const pgDir = resolve(config.dataDir, 'pg');
  const aside = `${pgDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  if (existsSync(pgDir)) renameSync(pgDir, aside);
  const manifest = await layOutBackup(backup, pgDir, join(config.dataDir, 'wal-archive'), target);
  // Starting the server performs the recovery; it accepts connections once recovery ends and it is promoted.
  const db = await startEmbeddedPostgres(pgDir, config.embeddedPgPort);
  try {
    await clearRecoverySettings(db.ownerUrl);
  } finally {
    await db.stop();
  }
  rmSync(resolve(config.dataDir, `${manifest.name}-wal`), { recursive: true, force: true });
  const what = target.kind === 'time' ? `to ${target.time}` : target.kind === 'latest' ? 'through the whole WAL archive' : 'to the end of the backup';
  process.stdout.write(
    `restored ${manifest.name} ${what} in ${((Date.now() - started) / 1000).toFixed(1)} s; the previous database is kept in ${aside}; npm start to serve it\n`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`restore failed: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
