import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../server/db/embedded.js';
import { migrate } from '../../server/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}

/**
 * One PostgreSQL for the run: the embedded server (or DATABASE_URL), with a migrated template database
 * from which every test file clones its own database.
 */
export default async function setup(project: TestProject) {
  let stop: (() => Promise<void>) | undefined;
  let baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) {
    const dir = join('.data', `test-pg-${process.pid}`);
    rmSync(dir, { recursive: true, force: true });
    const port = 55000 + (process.pid % 5000);
    const db = await startEmbeddedPostgres(dir, port, false);
    baseUrl = db.url;
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
  await client.end();
  await migrate(template.toString());
  project.provide('adminDatabaseUrl', admin.toString());
  return async () => {
    await stop?.();
  };
}
