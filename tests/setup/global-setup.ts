import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { randomBytes } from 'node:crypto';
import { APP_ROLE, ensureAppRole, startEmbeddedPostgres } from '../../server/db/embedded.js';
import { migrate } from '../../server/db/migrate.js';
import { grantApplicationRole } from '../../server/db/roles.js';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    /** The application role's login (the platform under test connects as it, like production). */
    appRole: { user: string; password: string };
  }
}

/**
 * One PostgreSQL for the run: the embedded server (or DATABASE_URL, a superuser), with a migrated template
 * database from which every test file clones its own database (as the superuser, who owns the tables), and
 * the application's least-privilege login role with its grants in the template.
 */
export default async function setup(project: TestProject) {
  let stop: (() => Promise<void>) | undefined;
  let baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) {
    const dir = join('.data', `test-pg-${process.pid}`);
    rmSync(dir, { recursive: true, force: true });
    const port = 55000 + (process.pid % 5000);
    const db = await startEmbeddedPostgres(dir, port, { persistent: false });
    baseUrl = db.ownerUrl;
    stop = async () => {
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const admin = new URL(baseUrl);
  admin.pathname = '/postgres';
  const template = new URL(baseUrl);
  template.pathname = '/qifu_test_template';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query('drop database if exists qifu_test_template with (force)');
  await client.query('create database qifu_test_template');
  const appPassword = randomBytes(18).toString('base64url');
  await ensureAppRole(client, APP_ROLE, appPassword);
  await client.end();
  await migrate(template.toString());
  await grantApplicationRole(template.toString(), APP_ROLE);
  project.provide('adminDatabaseUrl', admin.toString());
  project.provide('appRole', { user: APP_ROLE, password: appPassword });
  return async () => {
    await stop?.();
  };
}
