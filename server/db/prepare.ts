import { join } from 'node:path';
import pg from 'pg';
import type { Config } from '../config/index.js';
import type { Logger } from '../common/logger.js';
import { sealUnchainedAuditRows } from './audit-seal.js';
import { runningEmbedded, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded.js';
import { migrate } from './migrate.js';
import { grantApplicationRole, roleOf } from './roles.js';
import { auditKeyFrom, dataKeyFrom } from './secrets.js';

export interface PreparedDatabase {
  /** The application's connection (least-privilege role). */
  appUrl: string;
  /** The owner / migrator connection. */
  ownerUrl: string;
  /** The audit chain key, hex. */
  auditKey: string;
  /** The key sealing secrets stored in the database, hex. */
  dataKey: string;
  embedded: EmbeddedDatabase | undefined;
  /** Migrations applied by this start. */
  applied: string[];
}

type Log = Pick<Logger, 'info' | 'warn'>;

/**
 * The database as the application uses it: the embedded server (both roles, generated passwords) or
 * DATABASE_URL (the application's role) with QIFU_MIGRATE_DATABASE_URL (the owner's); migrations and the
 * application role's grants applied as the owner, audit rows from before the chain sealed.
 */
export async function prepareDatabase(config: Config, log: Log, options: { reuseRunning?: boolean } = {}): Promise<PreparedDatabase> {
  let embedded: EmbeddedDatabase | undefined;
  let appUrl = config.databaseUrl;
  let ownerUrl = config.migrateDatabaseUrl ?? config.databaseUrl;
  // A command-line tool beside a running `npm start` uses the server it holds.
  const running = !appUrl && options.reuseRunning ? await runningEmbedded(config.dataDir, config.embeddedPgPort) : undefined;
  if (running) {
    appUrl = running.url;
    ownerUrl = running.ownerUrl;
  } else if (!appUrl) {
    embedded = await startEmbeddedPostgres(join(config.dataDir, 'pg'), config.embeddedPgPort, { notice: (msg, fields) => log.warn(msg, fields) });
    appUrl = embedded.url;
    ownerUrl = embedded.ownerUrl;
    log.info('embedded PostgreSQL started', { dataDir: config.dataDir, port: config.embeddedPgPort });
  }
  try {
    const auditKey = auditKeyFrom(config.auditKey, config.dataDir).toString('hex');
    const dataKey = dataKeyFrom(config.dataKey, config.dataDir).toString('hex');
    if (!config.auditKey && config.databaseUrl && config.production) {
      log.warn('QIFU_AUDIT_KEY is not set: the audit chain key was generated into the data directory; every instance must share one key', {
        dataDir: config.dataDir,
      });
    }
    const applied = await migrate(ownerUrl!);
    const appRole = roleOf(appUrl);
    if (roleOf(ownerUrl!) !== appRole) await grantApplicationRole(ownerUrl!, appRole);
    else if (config.production) {
      log.warn(
        'the application connects as the database owner: set DATABASE_URL to a least-privilege role and QIFU_MIGRATE_DATABASE_URL to the owner (docs/security.md)',
        { role: appRole },
      );
    }
    if (config.production && (await isSuperuser(appUrl)))
      log.warn('the application connects as a PostgreSQL superuser; the audit log can then be rewritten', { role: appRole });
    const sealed = await sealUnchainedAuditRows(ownerUrl!, Buffer.from(auditKey, 'hex'));
    if (sealed) log.info('audit rows from before the hash chain sealed', { rows: sealed });
    return { appUrl, ownerUrl: ownerUrl!, auditKey, dataKey, embedded, applied };
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
}

async function isSuperuser(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ s: boolean }>('select rolsuper as s from pg_roles where rolname = current_user')).rows[0]?.s ?? false;
  } finally {
    await client.end();
  }
}
