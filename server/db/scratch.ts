import { join } from 'node:path';
import { createServer } from 'node:net';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded.js';
import { migrate } from './migrate.js';

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

/**
 * A throw-away migrated database for evaluation and benchmarks: a fresh database on DATABASE_URL's server,
 * or a temporary embedded PostgreSQL when none is configured.
 */
export async function scratchDatabase(name: string): Promise<{ url: string; close(): Promise<void> }> {
  let stop: (() => Promise<void>) | undefined;
  let base = process.env.DATABASE_URL;
  if (!base) {
    const db = await startEmbeddedPostgres(join('.data', `${name}-${process.pid}`), await freePort(), { persistent: false });
    base = db.ownerUrl;
    stop = db.stop;
  }
  const admin = new URL(base);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`drop database if exists ${name} with (force)`);
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  return {
    url: url.toString(),
    async close() {
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`).catch(() => {});
      await c.end();
      await stop?.();
    },
  };
}
