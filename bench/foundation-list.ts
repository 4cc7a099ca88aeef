/**
 * Issue "Must show": CPU cost of a 100-row enterprise list.
 *
 * 1. Full server — `{ enterprises(first: 100) { nodes { … } } }` over HTTP with an OPERATOR bearer token,
 *    sequential keep-alive requests. Measured: CPU of the *server process* per request. Both servers
 *    run in child processes and report their own `process.cpuUsage()` over IPC before and after each
 *    round, so the load generator (this process) is not counted and PostgreSQL (own processes) is not
 *    either. Baseline: plain graphql-js on node:http with a parse/validate cache, raw `pg`, the same
 *    session statement and page query (bench/servers/plain-graphql.ts). Target ≤ 1.5×.
 * 2. Execution alone — graphql-js `execute` of the parsed document on Qifu's built schema, resolvers
 *    running for real with `ctx.em.execute` stubbed to return prefetched rows, versus `execute` on the
 *    hand-written schema over the same row objects. In this process, `process.cpuUsage()`. Target ≤ 1.3×.
 */
import { extensionsOf } from '../server/app/modules.js';
import { execute, parse, validate, type ExecutionResult } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { qifuSchema } from '../server/app/schema.js';
import type { Ctx } from '../server/common/context.js';
import { Clock } from '../server/common/clock.js';
import type { EventBus } from '../server/common/events.js';
import type { JobQueue } from '../server/common/jobs.js';
import { Loaders } from '../server/common/loaders.js';
import { Role } from '../server/common/roles.js';
import { loadConfig } from '../server/config/index.js';
import { initOrm } from '../server/db/orm.js';
import type { SiteRegistry } from '../server/modules/site/site.registry.js';
import { ENTERPRISE_COLUMNS, plainEnterpriseSchema, type EnterpriseRow, type PlainContext } from './baselines/enterprise-schema.js';
import type { Benchmark, BenchContext } from './lib/bench.js';
import { startChild } from './lib/child.js';
import { measureCpu } from './lib/cpu.js';
import { KeepAliveClient } from './lib/http.js';
import { interleave, summarize, type Contender } from './lib/interleave.js';
import { thisProcess } from './lib/profile.js';
import { seedEnterprises } from './lib/qifu.js';
import { rowOf, type Row } from './lib/report.js';
import type { PlainChildArgs } from './servers/plain-graphql.js';

const NAME = 'foundation-list';
const ROWS = 100;
const LIST_QUERY = `{ enterprises(first: ${ROWS}) { nodes { id uscc name regionCode industryCode employees revenue sizeClass status createdAt } } }`;
const TARGET_HTTP = 1.5;
const TARGET_EXECUTE = 1.3;

/** Where the two bodies first differ, for a readable warning. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at byte ${i}: …${a.slice(Math.max(0, i - 40), i + 40)}… vs …${b.slice(Math.max(0, i - 40), i + 40)}…`;
}

function checkList(label: string, body: string): void {
  const json = JSON.parse(body) as { data?: { enterprises?: { nodes?: unknown[] } }; errors?: unknown[] };
  if (json.errors?.length || json.data?.enterprises?.nodes?.length !== ROWS) {
    throw new Error(`${label}: expected ${ROWS} nodes, got ${body.slice(0, 300)}`);
  }
}

async function fullServer(ctx: BenchContext): Promise<{ rows: Row[]; databaseUrl: string; siteId: string; scope: string[] }> {
  const q = await ctx.qifu();
  const op = await q.operator();
  await seedEnterprises(q, ROWS + 50, op.accountId);
  const plain = await startChild('graphql-js', new URL('./servers/plain-graphql.js', import.meta.url), { databaseUrl: q.databaseUrl } satisfies PlainChildArgs);
  ctx.defer(() => plain.stop());

  const body = Buffer.from(JSON.stringify({ query: LIST_QUERY }));
  const headers = { authorization: `Bearer ${op.token}` };
  const servers = [
    { name: 'graphql-js server', child: plain, client: new KeepAliveClient(`${plain.url}/graphql`) },
    { name: 'Qifu server', child: q, client: new KeepAliveClient(q.graphqlUrl) },
  ];
  for (const s of servers) ctx.defer(() => s.client.close());

  const [a, b] = await Promise.all(servers.map((s) => s.client.post(body, headers)));
  checkList('graphql-js server', a.body);
  checkList('Qifu server', b.body);
  // Apollo ends its body with a newline; otherwise the bytes must match.
  if (a.body !== b.body.replace(/\n$/, '')) ctx.log(`WARNING: response bodies differ ${firstDifference(a.body, b.body)}`);
  else ctx.log(`both servers return the same ${a.body.length} bytes`);

  // Background work (job polling, timers) is counted in the server's CPU; show how much it is.
  const idle = await Promise.all(servers.map((s) => s.child.cpuMicros()));
  await new Promise((ok) => setTimeout(ok, 1000));
  const idleAfter = await Promise.all(servers.map((s) => s.child.cpuMicros()));
  ctx.log(`idle CPU over 1 s: ${servers.map((s, i) => `${s.name} ${((idleAfter[i] - idle[i]) / 1000).toFixed(1)} ms`).join(', ')}`);

  const contenders: Contender[] = servers.map((s) => ({
    name: s.name,
    async round(ops) {
      const cpu0 = await s.child.cpuMicros();
      const t0 = performance.now();
      for (let i = 0; i < ops; i++) {
        const res = await s.client.post(body, headers);
        if (res.status !== 200) throw new Error(`${s.name}: HTTP ${res.status} ${res.body.slice(0, 200)}`);
      }
      const wallMicros = (performance.now() - t0) * 1000;
      return { cpuMicros: (await s.child.cpuMicros()) - cpu0, wallMicros };
    },
  }));
  const plan = { ops: 60, warmupRounds: 2, rounds: 8 };
  ctx.log(`full server: ${plan.warmupRounds} warm-up + ${plan.rounds} measured rounds of ${plan.ops} requests each, A/B interleaved`);
  const samples = await ctx.profiled(
    NAME,
    servers.map((s) => s.child),
    () => interleave(contenders, plan),
  );
  const [base, qifu] = samples;
  const siteId = await q.siteId('anhui');
  const scope = (
    await q.sql<{ id: string }>(
      'with recursive s(id) as (select $1::uuid union all select site.id from site join s on site.parent_id = s.id) select id from s',
      [siteId],
    )
  ).map((r) => r.id);
  return {
    databaseUrl: q.databaseUrl,
    siteId,
    scope,
    rows: [rowOf(NAME, 'req', summarize(base)), rowOf(NAME, 'req', summarize(qifu, base), { baseline: 'graphql-js server', target: TARGET_HTTP })],
  };
}

async function executionAlone(ctx: BenchContext, databaseUrl: string, siteId: string, scope: string[]): Promise<Row[]> {
  // Rows exactly as the server's resolver gets them: through MikroORM's `em.execute`, limit + 1.
  const orm = await initOrm(databaseUrl, 1);
  let rows: EnterpriseRow[];
  try {
    rows = await orm.em
      .fork()
      .execute<EnterpriseRow[]>(
        `select ${ENTERPRISE_COLUMNS} from enterprise where site_id = any(?::uuid[]) order by created_at desc, id desc limit ? offset ?`,
        [`{${scope.join(',')}}`, ROWS + 1, 0],
      );
  } finally {
    await orm.close(true);
  }
  if (rows.length !== ROWS + 1) throw new Error(`expected ${ROWS + 1} prefetched rows, got ${rows.length}`);

  const document = parse(LIST_QUERY);
  const schema = await qifuSchema();
  const plain = plainEnterpriseSchema();
  for (const [label, s] of [
    ['Qifu', schema],
    ['plain', plain],
  ] as const) {
    const errors = validate(s, document);
    if (errors.length) throw new Error(`${label} schema rejects the query: ${errors[0].message}`);
  }

  const config = loadConfig({ logLevel: 'error' });
  const em = { execute: async () => rows } as unknown as EntityManager;
  const sites = { scope: () => scope } as unknown as SiteRegistry;
  // A list query touches neither events nor jobs; stubs that would fail loudly if it ever did.
  const noEvents = new Proxy(
    {},
    {
      get: (_t, p) => {
        throw new Error(`list touched ctx.events.${String(p)}`);
      },
    },
  ) as EventBus;
  const noJobs = new Proxy(
    {},
    {
      get: (_t, p) => {
        throw new Error(`list touched ctx.jobs.${String(p)}`);
      },
    },
  ) as JobQueue;
  const clock = new Clock();
  const qifuCtx = (): Ctx => ({
    requestId: 'bench',
    config,
    em,
    viewer: {
      accountId: '00000000-0000-4000-8000-000000000000',
      sessionId: 'bench',
      displayName: 'bench',
      roles: [Role.OPERATOR],
      enterpriseId: null,
      enterpriseRole: null,
      institutionId: null,
      institutionAdmin: false,
    },
    site: { id: siteId, code: 'anhui', name: 'bench' },
    sites,
    ip: '127.0.0.1',
    userAgent: 'bench',
    loaders: new Loaders(),
    events: noEvents,
    jobs: noJobs,
    clock,
    services: {} as Ctx['services'],
    extensions: extensionsOf([]),
    cookies: { setSession() {}, clearSession() {} },
    sql: { count: 0 },
  });
  const plainCtx = (): PlainContext => ({ viewer: { roles: ['OPERATOR'] }, fetchEnterprises: async () => rows });

  const run = {
    qifu: () => execute({ schema, document, contextValue: qifuCtx() }) as Promise<ExecutionResult>,
    plain: () => execute({ schema: plain, document, contextValue: plainCtx() }) as Promise<ExecutionResult>,
  };
  const [rq, rp] = [await run.qifu(), await run.plain()];
  if (rq.errors?.length || rp.errors?.length) throw new Error(`execute failed: ${JSON.stringify(rq.errors ?? rp.errors)}`);
  if (JSON.stringify(rq) !== JSON.stringify(rp)) ctx.log(`WARNING: execute results differ ${firstDifference(JSON.stringify(rp), JSON.stringify(rq))}`);
  else ctx.log('both schemas produce the same result');

  const contender = (name: string, fn: () => Promise<ExecutionResult>): Contender => ({
    name,
    round: (ops) =>
      measureCpu(async () => {
        for (let i = 0; i < ops; i++) await fn();
      }),
  });
  const plan = { ops: 100, warmupRounds: 3, rounds: 12 };
  ctx.log(`execution alone: ${plan.warmupRounds} warm-up + ${plan.rounds} measured rounds of ${plan.ops} executes each, A/B interleaved`);
  const [base, qifu] = await ctx.profiled(`${NAME}-execute`, [thisProcess], () =>
    interleave([contender('graphql-js execute', run.plain), contender('Qifu schema execute', run.qifu)], plan),
  );
  return [rowOf(NAME, 'exec', summarize(base)), rowOf(NAME, 'exec', summarize(qifu, base), { baseline: 'graphql-js execute', target: TARGET_EXECUTE })];
}

export const foundationList: Benchmark = {
  name: NAME,
  description: `CPU per request of a ${ROWS}-row enterprise list: full server vs plain graphql-js server, and execute alone vs graphql-js execute`,
  async run(ctx) {
    const http = await fullServer(ctx);
    const exec = await executionAlone(ctx, http.databaseUrl, http.siteId, http.scope);
    return [...http.rows, ...exec];
  },
};
