/** The Qifu platform under benchmark: started in a child process, with fixtures written by direct SQL. */
import { randomBytes, randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import type { Config } from '../../server/config/index.js';
import { projectRoot } from '../../server/db/paths.js';
import { hashPassword } from '../../server/modules/account/password.js';
import type { QifuChildArgs, QifuChildInfo } from '../servers/qifu.js';
import { startChild, type ChildServer } from './child.js';
import { KeepAliveClient, gql } from './http.js';

export interface Staff {
  accountId: string;
  email: string;
  password: string;
  token: string;
}

export interface QifuServer extends ChildServer<QifuChildInfo> {
  graphqlUrl: string;
  databaseUrl: string;
  /** Direct SQL for fixtures (benchmarks measure through the API). */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  siteId(code: string): Promise<string>;
  /** A fresh account holding `roles`, signed in through the `login` mutation. */
  staff(roles: string[]): Promise<Staff>;
  /** One OPERATOR for the whole run (created on first use). */
  operator(): Promise<Staff>;
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

const BENCH_PASSWORD = 'Bench-Pass-2024!';

/**
 * Starts Qifu in a child process: DATABASE_URL when set, else embedded PostgreSQL in a fresh
 * `.data/bench-*` folder (removed on stop). Production-like config: no SQL counting, quiet logs.
 */
export async function startQifu(opts: { config?: Partial<Config>; execArgv?: string[] } = {}): Promise<QifuServer> {
  const external = process.env.DATABASE_URL || undefined;
  const dataDir = join(projectRoot(), '.data', `bench-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`);
  const config: Partial<Config> = {
    port: 0,
    host: '127.0.0.1',
    seedDemo: false,
    logLevel: 'error',
    countSql: false,
    ...(external ? { databaseUrl: external } : { dataDir, embeddedPgPort: await freePort() }),
    ...opts.config,
  };
  let child: ChildServer<QifuChildInfo>;
  try {
    child = await startChild<QifuChildInfo>('qifu', new URL('../servers/qifu.js', import.meta.url), { config } satisfies QifuChildArgs, {
      execArgv: opts.execArgv,
    });
  } catch (err) {
    if (!external) await rm(dataDir, { recursive: true, force: true });
    throw err;
  }
  const databaseUrl = child.info.databaseUrl;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const sql = async <T>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as T[];
  if (!external) {
    // Throwaway cluster: commits need not wait for the WAL flush. Both servers under test write one
    // session row per request; waiting for fsync only stretches wall time (and the run), not CPU.
    // The child answers the application role's URL, which may not change server settings (least privilege).
    try {
      await sql('alter system set synchronous_commit = off');
      await sql('select pg_reload_conf()');
    } catch {
      /* keep the default: wall times stretch, CPU is what the benchmarks compare */
    }
  }
  const graphqlUrl = `${child.url}/graphql`;
  let operator: Promise<Staff> | undefined;

  const staff = async (roles: string[]): Promise<Staff> => {
    const accountId = randomUUID();
    const email = `bench-${randomBytes(5).toString('hex')}@bench.example.com`;
    await sql('insert into account (id, email, display_name, password_hash, roles) values ($1, $2, $3, $4, $5)', [
      accountId,
      email,
      '基准测试账号',
      await hashPassword(BENCH_PASSWORD, 12),
      roles,
    ]);
    const client = new KeepAliveClient(graphqlUrl);
    try {
      const data = await gql<{ login: { token: string | null; errors: { code: string; message: string }[] } }>(
        client,
        'mutation Login($input: LoginInput!) { login(input: $input) { token errors { code message } } }',
        { input: { identifier: email, password: BENCH_PASSWORD } },
      );
      if (!data.login.token) throw new Error(`bench login failed: ${JSON.stringify(data.login.errors)}`);
      return { accountId, email, password: BENCH_PASSWORD, token: data.login.token };
    } finally {
      client.close();
    }
  };

  return {
    ...child,
    graphqlUrl,
    databaseUrl,
    sql,
    async siteId(code) {
      const [row] = await sql<{ id: string }>('select id from site where code = $1', [code]);
      if (!row) throw new Error(`no site "${code}"`);
      return row.id;
    },
    staff,
    operator: () => (operator ??= staff(['OPERATOR'])),
    async stop() {
      await pool.end();
      await child.stop();
      if (!external) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Inserts `count` enterprises on a site in one statement, newest first by `created_at` (one second
 * apart, ending now), so they head the default `enterprises` list. Returns their ids, newest first.
 */
export async function seedEnterprises(q: QifuServer, count: number, createdBy: string, siteCode = 'anhui'): Promise<string[]> {
  const prefix = randomBytes(6).toString('hex').toUpperCase(); // 12 + 6 digits = 18 characters, unique per call
  const rows = await q.sql<{ id: string }>(
    `insert into enterprise (id, site_id, uscc, name, region_code, industry_code, established_on, employees, revenue,
       total_assets, size_class, qualifications, contact_name, contact_phone, status, created_by, created_at, updated_at)
     select gen_random_uuid(), $1, $2 || lpad(i::text, 6, '0'), '基准测试企业' || i || '号有限公司', '340104', '39',
            date '2010-01-01' + i, 10 + i % 300, round((500 + i * 37.25)::numeric, 2), round((800 + i * 11.5)::numeric, 2),
            (array['MEDIUM', 'SMALL', 'MICRO'])[1 + i % 3], '{}', '张经理', '13800000000',
            (array['PENDING', 'VERIFIED', 'REJECTED'])[1 + i % 3], $3, now() - make_interval(secs => i), now()
       from generate_series(1, $4::int) as i
     returning id`,
    [await q.siteId(siteCode), prefix, createdBy, count],
  );
  return rows.map((r) => r.id);
}
