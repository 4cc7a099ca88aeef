/**
 * `npm run restore:drill [-- --backup DIR]`: restores the latest backup (checksums first) into a scratch
 * cluster on a free port beside the live one, and prints the recovery time and every table's row count and
 * checksum; the scratch copy is removed afterwards. The live database is not touched.
 */
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { loadConfig } from '../config/index.js';
import { latestBackup, layOutBackup, tableChecksums } from '../db/backup.js';
import { startEmbeddedPostgres } from '../db/embedded.js';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const config = loadConfig({ logLevel: 'warn' });
  const backup = resolve(option(args, 'backup') ?? latestBackup(config.dataDir));
  const scratch = resolve(config.dataDir, `drill-${process.pid}`);
  const started = Date.now();
  try {
    const manifest = await layOutBackup(backup, join(scratch, 'pg'), undefined, { kind: 'backup' });
    const verified = Date.now();
    const db = await startEmbeddedPostgres(join(scratch, 'pg'), await freePort(), { persistent: false, archive: false, secretsDir: config.dataDir });
    const recovered = Date.now();
    try {
      const tables = await tableChecksums(db.ownerUrl);
      process.stdout.write(`restore drill of ${manifest.name} (taken ${manifest.createdAt})\n`);
      process.stdout.write(
        `  checksums verified and files laid out: ${((verified - started) / 1000).toFixed(1)} s; recovery until ready: ${((recovered - verified) / 1000).toFixed(1)} s\n`,
      );
      process.stdout.write(`  recovery time (backup to a queryable database): ${((recovered - started) / 1000).toFixed(1)} s\n`);
      const width = Math.max(...tables.map((t) => t.table.length));
      for (const t of tables) process.stdout.write(`  ${t.table.padEnd(width)}  ${String(t.rows).padStart(9)} rows  ${t.checksum}\n`);
      process.stdout.write(`  total ${tables.reduce((n, t) => n + t.rows, 0)} rows in ${tables.length} tables\n`);
    } finally {
      await db.stop();
    }
    return 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`restore drill failed: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
