/**
 * Issue 12 "Must show": the open endpoint with a partner's access token costs ≤ 1.1× the same query anonymous.
 *
 * One Qifu server in a child process (production-like: the anonymous address limit on, set high enough never to
 * refuse, so both sides run their one counting statement). The same public query over keep-alive HTTP, anonymous
 * and with `Authorization: Bearer` of a client-credentials token; CPU of the server process per request,
 * interleaved rounds. What the token adds: verifying its HMAC and the client-live check folded into the counter's
 * upsert (the anonymous side's upsert has no join).
 */
import { toGlobalId } from '../server/common/ids.js';
import type { Benchmark } from './lib/bench.js';
import { gql, KeepAliveClient } from './lib/http.js';
import { interleave, summarize, type Contender } from './lib/interleave.js';
import { startQifu } from './lib/qifu.js';
import { rowOf } from './lib/report.js';

const NAME = 'partner';
const QUERY = `{ sites { code name regionCode hosts } currentSite { code name } }`;
const TARGET = 1.1;

export const partnerBench: Benchmark = {
  name: NAME,
  description: 'the same public query with a partner access token vs anonymous (server CPU per request)',
  async run(ctx) {
    const q = await startQifu({ config: { anonymousRatePerMinute: 1_000_000_000 } });
    ctx.defer(() => q.stop());
    const admin = await q.staff(['SYSTEM_ADMIN']);
    const setup = new KeepAliveClient(q.graphqlUrl);
    ctx.defer(() => setup.close());
    const siteId = toGlobalId('Site', await q.siteId('anhui'));
    const created = await gql<{ apiClientCreate: { client: { clientId: string }; secret: string } }>(
      setup,
      `mutation($i: ApiClientCreateInput!) { apiClientCreate(input: $i) { client { clientId } secret errors { message } } }`,
      { i: { name: '基准测试应用', contact: 'bench', siteId, requestsPerMinute: 100000 } },
      admin.token,
    );
    const { clientId } = created.apiClientCreate.client;
    const res = await fetch(`${q.url}/oauth/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${clientId}:${created.apiClientCreate.secret}`).toString('base64')}`,
      },
      body: 'grant_type=client_credentials',
    });
    const token = ((await res.json()) as { access_token: string }).access_token;
    if (!token) throw new Error(`no access token (HTTP ${res.status})`);

    const body = Buffer.from(JSON.stringify({ query: QUERY }));
    const sides = [
      { name: 'anonymous', headers: {} as Record<string, string>, client: new KeepAliveClient(q.graphqlUrl) },
      { name: 'client token', headers: { authorization: `Bearer ${token}` }, client: new KeepAliveClient(q.graphqlUrl) },
    ];
    for (const s of sides) ctx.defer(() => s.client.close());
    const [a, b] = await Promise.all(sides.map((s) => s.client.post(body, s.headers)));
    if (a.status !== 200 || b.status !== 200 || a.body !== b.body)
      throw new Error(`answers differ: ${a.status} ${a.body.slice(0, 200)} / ${b.status} ${b.body.slice(0, 200)}`);
    const contenders: Contender[] = sides.map((s) => ({
      name: s.name,
      async round(ops) {
        const cpu0 = await q.cpuMicros();
        const t0 = performance.now();
        for (let i = 0; i < ops; i++) {
          const r = await s.client.post(body, s.headers);
          if (r.status !== 200) throw new Error(`${s.name}: HTTP ${r.status} ${r.body.slice(0, 200)}`);
        }
        return { cpuMicros: (await q.cpuMicros()) - cpu0, wallMicros: (performance.now() - t0) * 1000 };
      },
    }));
    const plan = { ops: 80, warmupRounds: 2, rounds: 12 };
    ctx.log(`${plan.warmupRounds} warm-up + ${plan.rounds} measured rounds of ${plan.ops} requests each, A/B interleaved`);
    const [anonymous, client] = await ctx.profiled(NAME, [q], () => interleave(contenders, plan));
    return [rowOf(NAME, 'req', summarize(anonymous)), rowOf(NAME, 'req', summarize(client, anonymous), { baseline: 'anonymous', target: TARGET })];
  },
};
