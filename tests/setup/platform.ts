import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { MODULES } from '../../server/app/modules.js';
import { startPlatform, type Platform } from '../../server/app/platform.js';
import type { QifuModule } from '../../server/common/module.js';
import { loadConfig, type Config } from '../../server/config/index.js';
import { createLogger } from '../../server/common/logger.js';

export interface TestPlatform extends Platform {
  /** The owner's (superuser's) connection to this test database; `databaseUrl` is the application role's. */
  ownerUrl: string;
  graphqlUrl: string;
  wsUrl: string;
  /** Runs SQL directly as the owner (fixtures and assertions only; tests act through the API). */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

/**
 * The features a test platform runs: all of server/app/modules.ts, less those named in QIFU_TEST_WITHOUT
 * (comma-separated), to show that the remaining features stand without them.
 */
export function testModules(without = (process.env.QIFU_TEST_WITHOUT ?? '').split(',').filter(Boolean)): QifuModule[] {
  return MODULES.filter((m) => !without.includes(m.name));
}

/** Starts the real server on a free port against a fresh database cloned from the migrated template. */
export async function startTestPlatform(modules: readonly QifuModule[] = testModules(), overrides: Partial<Config> = {}): Promise<TestPlatform> {
  const adminUrl = inject('adminDatabaseUrl');
  const name = `qifu_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template qifu_test_template`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const role = inject('appRole');
  const appUrl = new URL(url);
  appUrl.username = role.user;
  appUrl.password = role.password;
  const config = loadConfig({
    databaseUrl: appUrl.toString(),
    migrateDatabaseUrl: url.toString(),
    auditKey: randomBytes(32).toString('hex'),
    dataKey: randomBytes(32).toString('hex'),
    port: 0,
    host: '127.0.0.1',
    seedDemo: false,
    countSql: true,
    runJobs: false,
    scryptLogN: 12,
    // Test files make hundreds of requests a minute from 127.0.0.1; partner.test.ts turns the limits on.
    anonymousRatePerMinute: 0,
    fieldRateLimits: false,
    logLevel: 'error',
    ...overrides,
  });
  const platform = await startPlatform(config, createLogger('error'), modules);
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
  return {
    ...platform,
    ownerUrl: url.toString(),
    graphqlUrl: `${platform.url}/graphql`,
    wsUrl: `${platform.url.replace('http', 'ws')}/graphql`,
    sql: async (text, params) => (await pool.query(text, params)).rows,
    async stop() {
      await pool.end();
      await platform.stop();
    },
  };
}

/** Starts another server instance on the same database (multi-instance tests: events and jobs across instances). */
export async function startSecondInstance(p: TestPlatform, overrides: Partial<Config> = {}): Promise<TestPlatform> {
  const platform = await startPlatform({ ...p.config, databaseUrl: p.databaseUrl, port: 0, ...overrides }, createLogger('error'), testModules());
  return {
    ...platform,
    ownerUrl: p.ownerUrl,
    graphqlUrl: `${platform.url}/graphql`,
    wsUrl: `${platform.url.replace('http', 'ws')}/graphql`,
    sql: p.sql,
  };
}

/**
 * Simulates a process restart: stops this instance (HTTP, jobs, events, ORM; the database stays) without
 * running anything pending, then starts a new instance on the same database.
 */
export async function restartPlatform(p: TestPlatform): Promise<TestPlatform> {
  await p.http.close();
  await p.jobs.stop();
  await p.events.close();
  await p.orm.close(true);
  const next = await startPlatform({ ...p.config, databaseUrl: p.databaseUrl, port: 0 }, createLogger('error'), testModules());
  return {
    ...next,
    ownerUrl: p.ownerUrl,
    graphqlUrl: `${next.url}/graphql`,
    wsUrl: `${next.url.replace('http', 'ws')}/graphql`,
    sql: p.sql,
    async stop() {
      await next.stop();
      await p.stop().catch(() => {});
    },
  };
}
