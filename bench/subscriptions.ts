/**
 * Live-update capacity of one server process (issue 5): heap and RSS held by 10,000 idle graphql-ws
 * subscriptions, latency of one docking event fanned out to 5,000 subscribers, and deliveries per second
 * with 10,000 subscribers. The server runs in a child process (with --expose-gc, so heap is measured after
 * a full collection); the clients run here, on the same machine, multiplexing 10 subscriptions per socket.
 * Events travel the real path: a mutation over HTTP → pg_notify at commit → LISTEN → filter → resolver → socket.
 *
 * The file is also the child: forked with QIFU_BENCH_SUB_CHILD=1 it starts the platform and answers
 * memory requests over IPC.
 */
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { projectRoot } from '../server/db/paths.js';
import { makeUscc } from '../server/modules/enterprise/uscc.js';

const SUBSCRIPTIONS = Number(process.env.QIFU_BENCH_SUBS ?? 10_000);
const PER_SOCKET = 10;
const RAMP_BATCH = 500; // subscriptions opened at a time
const FANOUT = SUBSCRIPTIONS / 2;
const TARGET_HEAP_KB = 20;
const TARGET_P95_MS = 250;
const TARGET_RATE = 10_000;
const PASSWORD = 'Bench-Sub-2026!';

interface Mem {
  heapUsed: number;
  rss: number;
}
type FromChild = { type: 'ready'; url: string; databaseUrl: string } | { type: 'mem'; mem: Mem } | { type: 'error'; message: string };

// ---------------------------------------------------------------- child: the server under test
async function child(): Promise<void> {
  const { startPlatform } = await import('../server/app/platform.js');
  const { loadConfig } = await import('../server/config/index.js');
  const { freePort } = await import('./lib/qifu.js');
  const dataDir = join(projectRoot(), '.data', `bench-sub-${randomBytes(4).toString('hex')}`);
  const external = process.env.DATABASE_URL || undefined;
  const platform = await startPlatform(
    loadConfig({
      port: 0,
      host: '127.0.0.1',
      seedDemo: false,
      logLevel: 'error',
      countSql: false,
      runJobs: false,
      scryptLogN: 10,
      wsMaxSocketsPerAddress: 1_000_000, // every bench socket comes from 127.0.0.1
      ...(external ? { databaseUrl: external } : { dataDir, embeddedPgPort: await freePort() }),
    }),
  );
  const send = (m: FromChild) => process.send!(m);
  process.on('message', async (m: { type: string }) => {
    if (m.type === 'mem') {
      for (let i = 0; i < 3; i++) (globalThis as { gc?: () => void }).gc?.();
      const u = process.memoryUsage();
      send({ type: 'mem', mem: { heapUsed: u.heapUsed, rss: u.rss } });
    } else if (m.type === 'stop') {
      await platform.stop().catch(() => {});
      if (!external) await rm(dataDir, { recursive: true, force: true });
      process.exit(0);
    }
  });
  send({ type: 'ready', url: platform.url, databaseUrl: platform.databaseUrl });
}

if (process.env.QIFU_BENCH_SUB_CHILD === '1') {
  child().catch((err: Error) => {
    process.send?.({ type: 'error', message: err.stack ?? err.message });
    process.exit(1);
  });
}

// ---------------------------------------------------------------- parent: fixtures, clients, measurements
interface Server {
  pid: number;
  url: string;
  databaseUrl: string;
  mem(): Promise<Mem>;
  stop(): Promise<void>;
}

async function startServer(): Promise<Server> {
  const proc = fork(fileURLToPath(import.meta.url), [], {
    env: { ...process.env, QIFU_BENCH_SUB_CHILD: '1' },
    execArgv: [
      '--expose-gc',
      '--max-old-space-size=2048',
      ...(process.env.QIFU_BENCH_SUB_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.QIFU_BENCH_SUB_PROF}`] : []),
    ],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiters: ((m: FromChild) => void)[] = [];
  proc.on('message', (m: FromChild) => waiters.shift()?.(m));
  const next = () => new Promise<FromChild>((ok) => waiters.push(ok));
  const ready = await next();
  if (ready.type !== 'ready') throw new Error(ready.type === 'error' ? ready.message : 'child failed');
  return {
    pid: proc.pid!,
    url: ready.url,
    databaseUrl: ready.databaseUrl,
    async mem() {
      const reply = next();
      proc.send({ type: 'mem' });
      const m = await reply;
      if (m.type !== 'mem') throw new Error('unexpected reply');
      return m.mem;
    },
    async stop() {
      const exited = new Promise((ok) => proc.once('exit', ok));
      proc.send({ type: 'stop' });
      const timer = setTimeout(() => proc.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function gql(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<any> {
  let res: Response | undefined;
  for (let attempt = 1; !res; attempt++) {
    try {
      res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
    } catch (err) {
      if (attempt >= 3) throw new Error(`request failed: ${(err as Error).message}`, { cause: err });
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const payload = Object.values(body.data ?? {})[0];
  if (payload?.errors?.length) throw new Error(JSON.stringify(payload.errors));
  return payload;
}

let mobileSeq = 0;
async function account(url: string, name: string): Promise<{ mobile: string; token: string }> {
  const mobile = `135${String(process.pid % 10_000).padStart(4, '0')}${String(++mobileSeq).padStart(4, '0')}`;
  await gql(url, 'mutation($i: AccountRegisterInput!) { accountRegister(input: $i) { account { id } errors { message } } }', {
    i: { mobile, displayName: name, password: PASSWORD },
  });
  return { mobile, token: await login(url, mobile) };
}
async function login(url: string, mobile: string): Promise<string> {
  return (await gql(url, 'mutation($i: LoginInput!) { login(input: $i) { token errors { message } } }', { i: { identifier: mobile, password: PASSWORD } }))
    .token;
}

interface Fixtures {
  staffToken: string;
  ownerToken: string;
  /** Docking between the enterprise and the institution: events reach both sides (10,000). */
  shared: string;
  /** Docking of another enterprise with the institution: events reach institution staff only (5,000). */
  staffOnly: string;
}

/** Fixtures through the API: an operator, an approved institution with a listed product, two enterprises and two dockings. */
async function fixtures(url: string, databaseUrl: string): Promise<Fixtures> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const op = await account(url, '运营');
    await db.query(`update account set roles = '{OPERATOR}' where mobile = $1`, [op.mobile]);
    const opToken = await login(url, op.mobile);
    const admin = await account(url, '机构管理员');
    const inst = await gql(
      url,
      'mutation($i: InstitutionApplyInput!) { institutionApply(input: $i) { institution { id } errors { message } } }',
      {
        i: {
          name: '安徽省基准测试服务中心',
          type: 'PUBLIC_INTEREST',
          columns: ['CONSULTING'],
          regionCodes: ['340000'],
          qualifications: '资质',
          responsibleDepartment: '服务部',
          contactName: '刘洋',
          contactPhone: '0551-65123456',
        },
      },
      admin.token,
    );
    await gql(
      url,
      'mutation($i: InstitutionReviewInput!) { institutionReview(input: $i) { institution { id } errors { message } } }',
      { i: { institutionId: inst.institution.id, decision: 'APPROVE' } },
      opToken,
    );
    const staffToken = await login(url, admin.mobile);
    const product = await gql(
      url,
      'mutation($i: ServiceProductCreateInput!) { serviceProductCreate(input: $i) { product { id } errors { message } } }',
      {
        i: {
          name: '安徽省知识产权咨询服务',
          column: 'CONSULTING',
          subcategory: '知识产权',
          description: '咨询',
          process: [{ title: '提交', description: '提交需求' }],
          feeType: 'FREE',
          form: 'ONLINE',
          contactName: '刘洋',
          contactPhone: '0551-65123456',
          targetAudience: '中小企业',
          regionCodes: ['340000'],
          submit: true,
        },
      },
      staffToken,
    );
    await gql(
      url,
      'mutation($i: ServiceProductReviewInput!) { serviceProductReview(input: $i) { product { id } errors { message } } }',
      { i: { productId: product.product.id, decision: 'APPROVE' } },
      opToken,
    );
    let seed = 7;
    const rng = () => ((seed = (seed * 16807) % 2147483647), seed / 2147483647);
    const dockings: string[] = [];
    const owners: string[] = [];
    for (const n of [1, 2]) {
      const owner = await account(url, `企业${n}`);
      await gql(
        url,
        'mutation($i: EnterpriseRegisterInput!) { enterpriseRegister(input: $i) { enterprise { id } errors { message } } }',
        {
          i: {
            uscc: makeUscc(rng, '340104'),
            name: `合肥基准测试科技有限公司${n}`,
            regionCode: '340104',
            industryCode: '65',
            establishedOn: '2018-05-20',
            employees: 40,
            revenue: 1000,
            totalAssets: 800,
            qualifications: [],
            contactName: '张敏',
            contactPhone: '13955123456',
          },
        },
        owner.token,
      );
      const token = await login(url, owner.mobile);
      owners.push(token);
      const d = await gql(
        url,
        'mutation($i: DockingSubmitInput!) { dockingSubmit(input: $i) { docking { id } errors { message } } }',
        { i: { productId: product.product.id, needs: '基准测试' } },
        token,
      );
      dockings.push(d.docking.id);
    }
    return { staffToken, ownerToken: owners[0], shared: dockings[0], staffOnly: dockings[1] };
  } finally {
    await db.end();
  }
}

interface Receipt {
  dockingId: string;
  body: string;
  at: number;
}
/** Deliveries per message body, counted as they arrive (cheap to poll). */
const counts = new Map<string, number>();

const QUERY = 'subscription { dockingUpdated { docking { id } event { type body } } }';

/** Opens `count` subscriptions as `token`, PER_SOCKET per socket, in ramps; resolves when all are set up. */
async function openSubscriptions(url: string, token: string, count: number, sink: Receipt[], clients: Client[]): Promise<number> {
  let failures = 0;
  for (let done = 0; done < count; done += RAMP_BATCH) {
    const batch = Math.min(RAMP_BATCH, count - done);
    const sockets = Math.ceil(batch / PER_SOCKET);
    const opened: Promise<void>[] = [];
    for (let s = 0; s < sockets; s++) {
      const client = createClient({
        url: `${url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        lazy: false,
        retryAttempts: 5,
        keepAlive: 0,
      });
      clients.push(client);
      opened.push(
        new Promise<void>((ok) => {
          const off = client.on('connected', () => (off(), ok()));
          client.on('error', () => ok());
        }),
      );
      const subs = Math.min(PER_SOCKET, batch - s * PER_SOCKET);
      for (let k = 0; k < subs; k++) {
        client.subscribe<{ dockingUpdated: { docking: { id: string }; event: { body: string } } }>(
          { query: QUERY },
          {
            next: (v) => {
              const d = v.data?.dockingUpdated;
              if (d) {
                sink.push({ dockingId: d.docking.id, body: d.event.body, at: performance.now() });
                counts.set(d.event.body, (counts.get(d.event.body) ?? 0) + 1);
              }
            },
            error: () => failures++,
            complete: () => {},
          },
        );
      }
    }
    await Promise.all(opened);
    await new Promise((r) => setTimeout(r, 150)); // let the server resolve sessions and register listeners
  }
  return failures;
}

async function send(url: string, token: string, dockingId: string, body: string): Promise<void> {
  await gql(
    url,
    'mutation($i: DockingMessageInput!) { dockingMessageSend(input: $i) { docking { id } errors { message } } }',
    { i: { dockingId, body } },
    token,
  );
}

async function waitFor(pred: () => boolean, ms: number): Promise<boolean> {
  const until = performance.now() + ms;
  while (!pred()) {
    if (performance.now() > until) return false;
    await new Promise((r) => setTimeout(r, 5));
  }
  return true;
}

/** CPU (user + system) of a process so far in ms, from /proc (10 ms ticks). */
async function procCpuMs(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
const selfCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export async function runSubscriptionBench(): Promise<void> {
  const server = await startServer();
  const clients: Client[] = [];
  try {
    const f = await fixtures(server.url, server.databaseUrl);
    const before = await server.mem();
    const receipts: Receipt[] = [];
    const t0 = performance.now();
    // half institution staff (receive both dockings), half enterprise members (receive the shared docking only)
    let failures = await openSubscriptions(server.url, f.staffToken, SUBSCRIPTIONS / 2, receipts, clients);
    failures += await openSubscriptions(server.url, f.ownerToken, SUBSCRIPTIONS / 2, receipts, clients);
    const rampSeconds = (performance.now() - t0) / 1000;
    await new Promise((r) => setTimeout(r, 1000));
    const idle = await server.mem();
    const heapPerSub = (idle.heapUsed - before.heapUsed) / SUBSCRIPTIONS / 1024;
    const rssPerSub = (idle.rss - before.rss) / SUBSCRIPTIONS / 1024;

    // one event to the 5,000 institution-staff subscribers (warm-up first)
    await send(server.url, f.staffToken, f.staffOnly, 'warm-up');
    await waitFor(() => (counts.get('warm-up') ?? 0) >= FANOUT, 30_000);
    const latencies: number[] = [];
    for (let round = 0; round < 3; round++) {
      const body = `fanout-${round}`;
      const sent = performance.now();
      await send(server.url, f.staffToken, f.staffOnly, body);
      await waitFor(() => (counts.get(body) ?? 0) >= FANOUT, 30_000);
      await new Promise((r) => setTimeout(r, 300)); // anything beyond the parties would show up here
      latencies.push(...receipts.filter((r) => r.body === body).map((r) => r.at - sent));
    }
    latencies.sort((a, b) => a - b);
    const fanoutDelivered = latencies.length / 3;
    const strangers = receipts.filter((r) => r.dockingId === f.staffOnly).length - 4 * FANOUT; // must be 0: owners never see it

    // deliveries per second: 5 events on the shared docking, each to all 10,000 subscribers
    receipts.length = 0;
    const events = 5;
    const [serverCpu0, clientCpu0] = [await procCpuMs(server.pid), selfCpuMs()];
    const start = performance.now();
    for (let i = 0; i < events; i++) await send(server.url, f.staffToken, f.shared, `rate-${i}`);
    await waitFor(() => receipts.length >= events * SUBSCRIPTIONS, 60_000);
    const seconds = (Math.max(...receipts.map((r) => r.at)) - start) / 1000;
    const rate = receipts.length / seconds;
    const serverUs = (((await procCpuMs(server.pid)) - serverCpu0) * 1000) / Math.max(1, receipts.length);
    const clientUs = ((selfCpuMs() - clientCpu0) * 1000) / Math.max(1, receipts.length);

    const rows: [string, string, string, string][] = [
      [
        'idle subscriptions',
        `${SUBSCRIPTIONS} (${SUBSCRIPTIONS / PER_SOCKET} sockets, ramped ${RAMP_BATCH} at a time in ${rampSeconds.toFixed(1)} s; ${failures} failed)`,
        '',
        failures === 0 ? 'PASS' : 'MISS',
      ],
      [
        'heap per subscription',
        `${heapPerSub.toFixed(1)} KB (heap ${(before.heapUsed / 2 ** 20).toFixed(0)} → ${(idle.heapUsed / 2 ** 20).toFixed(0)} MB)`,
        `≤ ${TARGET_HEAP_KB} KB`,
        heapPerSub <= TARGET_HEAP_KB ? 'PASS' : 'MISS',
      ],
      ['RSS per subscription', `${rssPerSub.toFixed(1)} KB (RSS ${(before.rss / 2 ** 20).toFixed(0)} → ${(idle.rss / 2 ** 20).toFixed(0)} MB)`, '', ''],
      [
        'fan-out to 5,000: p50 / p95 / max',
        `${pct(latencies, 50).toFixed(0)} / ${pct(latencies, 95).toFixed(0)} / ${latencies.at(-1)!.toFixed(0)} ms (${fanoutDelivered} delivered per event, ${Math.max(0, strangers)} to non-parties)`,
        `p95 ≤ ${TARGET_P95_MS} ms`,
        pct(latencies, 95) <= TARGET_P95_MS && fanoutDelivered === FANOUT ? 'PASS' : 'MISS',
      ],
      [
        'deliveries per second at 10,000',
        `${rate.toFixed(0)}/s (${receipts.length} in ${seconds.toFixed(2)} s, ${events} events)`,
        `≥ ${TARGET_RATE}/s`,
        rate >= TARGET_RATE && receipts.length === events * SUBSCRIPTIONS ? 'PASS' : 'MISS',
      ],
      [
        'CPU per delivery (server / client)',
        `${serverUs.toFixed(0)} µs / ${clientUs.toFixed(0)} µs (same ${(await import('node:os')).cpus().length} cores)`,
        '',
        '',
      ],
    ];
    const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), ['measure', 'result', 'target'][i].length));
    const line = (r: string[]) => r.map((c, i) => (i < 3 ? c.padEnd(w[i]) : c)).join('  ');
    console.log(line(['measure', 'result', 'target', 'verdict']));
    console.log(w.map((n) => '-'.repeat(n)).join('  ') + '  -------');
    for (const r of rows) console.log(line(r));
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
    await server.stop();
  }
}

// `node dist/bench/subscriptions.js` runs it alone
if (process.env.QIFU_BENCH_SUB_CHILD !== '1' && process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runSubscriptionBench().then(
    () => process.exit(0),
    (err: Error) => (console.error(err.stack ?? err), process.exit(1)),
  );
}
