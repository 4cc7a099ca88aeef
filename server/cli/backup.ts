/**
 * `npm run backup [-- --out DIR]`: a base backup of the embedded database (with the WAL it needs) and the
 * local files under the data directory, with a manifest of SHA-256 checksums, into
 * `<QIFU_DATA_DIR>/backups/<time>/`. Works beside a running `npm start` (online) or on its own. With
 * DATABASE_URL it runs `pg_dump -Fc` (a pg_dump at least as new as the server must be on PATH).
 */
import { join } from 'node:path';
import { loadConfig } from '../config/index.js';
import { createLogger } from '../common/logger.js';
import { backupEmbedded, backupExternal } from '../db/backup.js';
import { prepareDatabase } from '../db/prepare.js';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const config = loadConfig({ logLevel: 'warn' });
  const started = Date.now();
  const db = await prepareDatabase(config, createLogger('warn'), { reuseRunning: true });
  try {
    const { dir, manifest } = config.databaseUrl
      ? await backupExternal({ dataDir: config.dataDir, ownerUrl: db.ownerUrl, out: option(args, 'out') })
      : await backupEmbedded({ dataDir: config.dataDir, ownerUrl: db.ownerUrl, archiveDir: join(config.dataDir, 'wal-archive'), out: option(args, 'out') });
    const files = Object.keys(manifest.files).length;
    process.stdout.write(
      `backup written: ${dir} (${files} files with SHA-256 in ${join(dir, 'manifest.json')}) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    return 0;
  } finally {
    await db.embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`backup failed: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
