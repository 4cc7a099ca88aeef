/**
 * `npm run bench -- restarts`: the issue #13 bar for crash recovery: `kill -9` of the Node process (the
 * embedded PostgreSQL survives as an orphan), then a fresh start on the same data, twenty times in a row;
 * each round writes an account and checks that every earlier one is still there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROUNDS = Number(process.env.QIFU_BENCH_RESTARTS ?? 20);
const MAIN = join(dirname(fileURLToPath(import.meta.url)), '../server/main.js');

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

async function gql(url: string, query: string, variables: Record<string, unknown>): Promise<any> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return res.json();
}

async function start(dataDir: string, pgPort: number): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      QIFU_DATA_DIR: dataDir,
      QIFU_PG_PORT: String(pgPort),
      QIFU_SEED_DEMO: '0',
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${err}`);
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { child, url };
    if (Date.now() > deadline) throw new Error(`not ready in 90 s: ${err}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function runRestartBench(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'qifu-bench-restarts-'));
  chmodSync(dataDir, 0o755);
  const pgPort = await freePort();
  const times: number[] = [];
  let ok = 0;
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const t = Date.now();
      const { child, url } = await start(dataDir, pgPort);
      times.push(Date.now() - t);
      const mobile = `1393${String(round).padStart(7, '0')}`;
      const r = await gql(url, 'mutation($i: AccountRegisterInput!) { accountRegister(input: $i) { errors { code } } }', {
        i: { mobile, displayName: `第${round}轮`, password: 'Restart#2026x' },
      });
      let intact = !r.data?.accountRegister?.errors?.length;
      for (let i = 0; i <= round && intact; i++) {
        const login = await gql(url, 'mutation($i: LoginInput!) { login(input: $i) { errors { code } } }', {
          i: { identifier: `1393${String(i).padStart(7, '0')}`, password: 'Restart#2026x' },
        });
        intact = login.data?.login?.errors?.length === 0;
      }
      if (intact) ok++;
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    }
    const last = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(last, 'SIGINT');
  } finally {
    await new Promise((r) => setTimeout(r, 2000));
    rmSync(dataDir, { recursive: true, force: true });
  }
  times.sort((a, b) => a - b);
  console.log(
    `restarts after kill -9: ${ok}/${ROUNDS} rounds ready with every earlier account (target ${ROUNDS}/${ROUNDS}: ${ok === ROUNDS ? 'PASS' : 'MISS'}); ` +
      `time to ready p50 ${(times[Math.floor(times.length / 2)] / 1000).toFixed(1)} s, max ${(times[times.length - 1] / 1000).toFixed(1)} s`,
  );
}
