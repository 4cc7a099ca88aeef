import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staff, type TestAccount } from '../factories/accounts.js';
import { approvedInstitution, listedProduct, ok, operator } from '../factories/docking.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { editors, publishedPolicy, REVIEW, transition, type Editors } from '../factories/policies.js';
import { gql, must } from '../setup/client.js';
import { startSecondInstance, startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { graphql } from '../gql/index.js';
import type { ClientScope, PolicyTransitionInput, WebhookDeliveryFilter, WebhookEventType } from '../gql/graphql.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

// An endpoint that does not answer within this fails the attempt (read by the webhook module at platform start).
process.env.QIFU_WEBHOOK_TIMEOUT_MS = '700';

/** What the local receiver answers on a path: a status per POST in order (the last one repeats), a hang, or a slow 200. */
type Answer = number | 'hang' | 'slow';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let p: TestPlatform;
let admin: TestAccount;
let e: Editors;
let siteId: string;
let receiver: Server;
let base: string;
const received: Received[] = [];
const script = new Map<string, Answer[]>();

beforeAll(async () => {
  p = await startTestPlatform();
  admin = await staff(p, ['SYSTEM_ADMIN'], '系统管理员');
  e = await editors(p);
  siteId = (
    await gql(
      p,
      graphql(`
        query WebhooksCurrentSite {
          currentSite {
            id
          }
        }
      `),
    )
  ).data.currentSite.id;
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const answers = script.get(path) ?? [200];
      const answer = answers.length > 1 ? answers.shift()! : answers[0];
      if (answer === 'hang') return void setTimeout(() => res.writeHead(200).end('late'), 3000);
      if (answer === 'slow') return void setTimeout(() => res.writeHead(200).end('ok'), 300);
      if (answer >= 300 && answer < 400) return void res.writeHead(answer, { location: `${base}/elsewhere` }).end();
      res.writeHead(answer, { 'content-type': 'text/plain' }).end(answer >= 400 ? `error ${answer} ${'x'.repeat(2000)}` : 'ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});

afterAll(async () => {
  receiver?.closeAllConnections();
  await new Promise((resolve) => receiver?.close(resolve));
  await p?.stop();
});

const CREATE_CLIENT = graphql(`
  mutation WebhooksApiClientCreate($i: ApiClientCreateInput!) {
    apiClientCreate(input: $i) {
      client {
        id
        clientId
      }
      secret
      errors {
        ...TestUserError
      }
    }
  }
`);
const SUBSCRIBE = graphql(`
  mutation WebhooksWebhookSubscriptionCreate($i: WebhookSubscriptionCreateInput!) {
    webhookSubscriptionCreate(input: $i) {
      subscription {
        id
        url
        eventTypes
        sm3
        active
      }
      secret
      errors {
        ...TestUserError
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation WebhooksWebhookSubscriptionUpdate($i: WebhookSubscriptionUpdateInput!) {
    webhookSubscriptionUpdate(input: $i) {
      subscription {
        id
      }
      secret
      errors {
        ...TestUserError
      }
    }
  }
`);
const DELETE = graphql(`
  mutation WebhooksWebhookSubscriptionDelete($i: WebhookSubscriptionDeleteInput!) {
    webhookSubscriptionDelete(input: $i) {
      deletedId
      errors {
        ...TestUserError
      }
    }
  }
`);
const REPLAY = graphql(`
  mutation WebhooksWebhookDeliveryReplay($i: WebhookDeliveryReplayInput!) {
    webhookDeliveryReplay(input: $i) {
      delivery {
        id
        status
        attempts
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const DELIVERIES = graphql(`
  query WebhooksWebhookDeliveries($f: WebhookDeliveryFilter) {
    webhookDeliveries(first: 100, filter: $f) {
      totalCount
      nodes {
        id
        webhookId
        eventId
        eventType
        url
        status
        attempts
        lastStatusCode
        lastError
        lastResponse
        nextAttemptAt
        deliveredAt
        createdAt
      }
    }
  }
`);

interface Client {
  id: string;
  token: string;
}

let n = 0;
/** A partner app (of the root site unless `site` names another) allowed to call back on `paths` of the receiver, acting with its own access token. */
async function partner(paths: string[], scopes: ClientScope[] = ['PUBLIC_READ'], site?: string): Promise<Client> {
  const clientSite = site
    ? (
        await gql(
          p,
          graphql(`
            query WebhooksCurrentSite2 {
              currentSite {
                id
              }
            }
          `),
          {},
          { site },
        )
      ).data.currentSite.id
    : siteId;
  const c = await must(
    p,
    CREATE_CLIENT,
    { i: { name: `回调应用${++n}`, contact: '李工 13900000000', siteId: clientSite, scopes, webhookUrls: paths.map((x) => base + x) } },
    admin.token,
  );
  const res = await fetch(`${p.url}/oauth/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${c.client!.clientId}:${c.secret}`).toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope: scopes.join(' ') }).toString(),
  });
  const body = (await res.json()) as { access_token: string };
  expect(res.status).toBe(200);
  return { id: c.client!.id, token: body.access_token };
}

async function subscribe(c: Client, path: string, eventTypes: WebhookEventType[] = ['POLICY_PUBLISHED'], sm3 = false) {
  const r = await must(p, SUBSCRIBE, { i: { url: base + path, eventTypes, sm3 } }, c.token);
  expect(r.secret).toMatch(/^whsec_/);
  return { id: r.subscription!.id as string, secret: r.secret as string };
}

/** POSTs the receiver got on `path` about the policy (by its global id in the body). */
const postsAbout = (path: string, policyId: string) => received.filter((r) => r.path === path && JSON.parse(r.body).data?.policyId === policyId);

async function deliveries(token: string, filter: WebhookDeliveryFilter = {}) {
  const res = await gql(p, DELIVERIES, { f: filter }, { token });
  expect(res.errors).toBeUndefined();
  return res.data.webhookDeliveries;
}

function verify(r: Received, secret: string): void {
  const header = String(r.headers['x-qifu-signature']);
  const parts = Object.fromEntries(header.split(',').map((kv) => kv.split('=') as [string, string]));
  expect(parts.t).toBe(r.headers['x-qifu-webhook-timestamp']);
  const expected = createHmac('sha256', secret).update(`${parts.t}.${r.body}`).digest('hex');
  expect(parts.v1).toBe(expected);
  if (parts.sm3) expect(parts.sm3).toBe(createHmac('sm3', secret).update(`${parts.t}.${r.body}`).digest('hex'));
}

/** Runs the jobs due now, then moves the clock past the next backoff (jobs run exactly when due). */
async function attempt(platform: TestPlatform = p, advanceMs = 3_600_000) {
  await platform.jobs.runDue();
  platform.clock.advance(advanceMs);
}

describe('A2/D1 webhooks: retries, signature, exactly once', () => {
  it('an endpoint that fails twice then succeeds gets the event once as delivered, after 3 attempts, signed', async () => {
    const c = await partner(['/retry']);
    const sub = await subscribe(c, '/retry');
    script.set('/retry', [500, 500, 200]);
    const policyId = await publishedPolicy(p, e);
    for (let i = 0; i < 5; i++) await attempt();
    const posts = postsAbout('/retry', policyId);
    expect(posts).toHaveLength(3);
    expect(new Set(posts.map((r) => r.headers['x-qifu-webhook-id'])).size).toBe(1);
    for (const r of posts) {
      verify(r, sub.secret);
      expect(r.headers['x-qifu-event']).toBe('POLICY_PUBLISHED');
      expect(r.headers['content-type']).toMatch(/^application\/json/);
      const body = JSON.parse(r.body);
      expect(body).toMatchObject({ type: 'POLICY_PUBLISHED', data: { policyId, version: 1 } });
      expect(body.data.title).toContain('关于支持中小企业');
    }
    const log = await deliveries(c.token, { subscriptionId: sub.id });
    expect(log.totalCount).toBe(1);
    expect(log.nodes[0]).toMatchObject({
      status: 'DELIVERED',
      attempts: 3,
      lastStatusCode: 200,
      lastError: null,
      nextAttemptAt: null,
      eventType: 'POLICY_PUBLISHED',
    });
    expect(log.nodes[0].webhookId).toBe(posts[0].headers['x-qifu-webhook-id']);
    expect(log.nodes[0].deliveredAt).not.toBeNull();
    // A signature over another body does not verify.
    const forged = { ...posts[2], body: posts[2].body.replace('POLICY_PUBLISHED', 'POLICY_REVISED') };
    expect(() => verify(forged, sub.secret)).toThrow();
  });

  it('two instances running the same jobs never deliver an event twice (HMAC-SM3 signature too)', async () => {
    const q = await startSecondInstance(p);
    try {
      q.clock.setNow(p.clock.now());
      const c = await partner(['/pair']);
      const sub = await subscribe(c, '/pair', ['POLICY_PUBLISHED'], true);
      script.set('/pair', ['slow']);
      const ids: string[] = [];
      for (let i = 0; i < 4; i++) ids.push(await publishedPolicy(p, e));
      // A second job for each delivery, as after a lapsed lease: the delivery row's claim still lets one POST through.
      await p.sql(
        `insert into job (queue, payload, run_at, max_attempts)
         select 'webhook.deliver', jsonb_build_object('deliveryId', d.id), now() - interval '1 minute', 7
           from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id where s.url = $1`,
        [`${base}/pair`],
      );
      q.clock.setNow(p.clock.now());
      await Promise.all([p.jobs.runDue(), q.jobs.runDue(), p.jobs.runDue(), q.jobs.runDue()]);
      await Promise.all([p.jobs.runDue(), q.jobs.runDue()]);
      const posts = ids.flatMap((id) => postsAbout('/pair', id));
      expect(received.filter((r) => r.path === '/pair')).toHaveLength(4);
      expect(posts).toHaveLength(4);
      expect(new Set(posts.map((r) => r.headers['x-qifu-webhook-id'])).size).toBe(4);
      for (const r of posts) {
        expect(String(r.headers['x-qifu-signature'])).toMatch(/,sm3=[0-9a-f]{64}$/);
        verify(r, sub.secret);
      }
      const log = await deliveries(c.token, { subscriptionId: sub.id });
      expect(log.nodes.map((d) => d.status)).toEqual(['DELIVERED', 'DELIVERED', 'DELIVERED', 'DELIVERED']);
      expect(log.nodes.every((d) => d.attempts === 1)).toBe(true);
    } finally {
      await q.stop();
    }
  });

  it('a timeout and a redirect are failed attempts with a clear reason in the log', async () => {
    const c = await partner(['/slow', '/moved']);
    const slow = await subscribe(c, '/slow');
    const moved = await subscribe(c, '/moved');
    script.set('/slow', ['hang']);
    script.set('/moved', [302]);
    const policyId = await publishedPolicy(p, e);
    await p.jobs.runDue();
    expect(received.filter((r) => r.path === '/elsewhere')).toHaveLength(0);
    const [timedOut] = (await deliveries(c.token, { subscriptionId: slow.id })).nodes;
    expect(timedOut).toMatchObject({ status: 'PENDING', attempts: 1, lastStatusCode: null });
    expect(timedOut.lastError).toContain('超时');
    expect(timedOut.nextAttemptAt).not.toBeNull();
    const [redirected] = (await deliveries(c.token, { subscriptionId: moved.id })).nodes;
    expect(redirected).toMatchObject({ status: 'PENDING', attempts: 1, lastStatusCode: 302 });
    expect(redirected.lastError).toContain('重定向');
    expect(postsAbout('/moved', policyId)).toHaveLength(1);
    // Stop them retrying into the other tests.
    for (const id of [slow.id, moved.id]) await must(p, DELETE, { i: { id } }, c.token);
    p.clock.advance(3_600_000);
    await p.jobs.runDue();
    const after = await deliveries(c.token, { subscriptionId: slow.id });
    expect(after.nodes[0]).toMatchObject({ status: 'DEAD', attempts: 1 });
  });

  it('a delivery out of attempts is dead, visible in the log, and a replay sends it again under the same id', async () => {
    const c = await partner(['/dead']);
    const sub = await subscribe(c, '/dead');
    script.set('/dead', [503]);
    const policyId = await publishedPolicy(p, e);
    for (let i = 0; i < 8; i++) await attempt();
    expect(postsAbout('/dead', policyId)).toHaveLength(7);
    const [dead] = (await deliveries(c.token, { subscriptionId: sub.id, status: 'DEAD' })).nodes;
    expect(dead).toMatchObject({ status: 'DEAD', attempts: 7, lastStatusCode: 503, nextAttemptAt: null });
    expect(dead.lastError).toContain('HTTP 503');
    expect(dead.lastResponse!.length).toBeLessThanOrEqual(500);

    // Only dead deliveries are replayed; the administrator may replay any app's.
    script.set('/dead', [200]);
    const replay = await must(p, REPLAY, { i: { id: dead.id } }, admin.token);
    expect(replay.delivery).toMatchObject({ status: 'PENDING', attempts: 7 });
    const again = await gql(p, REPLAY, { i: { id: dead.id } }, { token: c.token });
    expect(again.data.webhookDeliveryReplay.errors[0]).toMatchObject({ code: 'INVALID_STATE', field: 'id' });
    await attempt();
    const posts = postsAbout('/dead', policyId);
    expect(posts).toHaveLength(8);
    expect(posts[7].headers['x-qifu-webhook-id']).toBe(posts[0].headers['x-qifu-webhook-id']);
    expect(posts[7].body).toBe(posts[0].body);
    verify(posts[7], sub.secret);
    const [delivered] = (await deliveries(c.token, { subscriptionId: sub.id })).nodes;
    expect(delivered).toMatchObject({ status: 'DELIVERED', attempts: 8, lastStatusCode: 200 });
    const audits = await p.sql<{ n: number }>(`select count(*)::int as n from audit_log where operation = 'webhook.deliveryReplay'`);
    expect(audits[0].n).toBeGreaterThanOrEqual(1);
  });
});

/** Publishes a policy on `site` through the API (the site comes from X-Qifu-Site). */
async function publishOn(site: string): Promise<string> {
  return publishedPolicy(p, e, {}, site);
}

describe('A2 webhook delivery log retention', () => {
  it('finished deliveries leave the log after 30 days; the subscription stays', async () => {
    const c = await partner(['/kept']);
    const sub = await subscribe(c, '/kept');
    await publishedPolicy(p, e);
    await p.jobs.runDue();
    expect((await deliveries(c.token, { subscriptionId: sub.id, status: 'DELIVERED' })).totalCount).toBe(1);
    p.clock.advance(31 * 86_400_000);
    await p.jobs.runDue();
    expect((await deliveries(c.token, { subscriptionId: sub.id })).totalCount).toBe(0);
    const subs = await gql(
      p,
      graphql(`
        query WebhooksWebhookSubscriptions {
          webhookSubscriptions(first: 10) {
            nodes {
              id
            }
          }
        }
      `),
      {},
      { token: c.token },
    );
    expect(subs.data.webhookSubscriptions.nodes).toEqual([{ id: sub.id }]);
  });
});

describe('A2/B1 webhooks follow the site an app serves', () => {
  it('a Hefei app hears of Anhui and Hefei policies, not of Wuhu’s; an Anhui app hears of its cities’; a revision is POLICY_REVISED', async () => {
    const hefei = await partner(['/site-hefei'], ['PUBLIC_READ'], 'hefei');
    const anhui = await partner(['/site-anhui'], ['PUBLIC_READ'], 'anhui');
    await subscribe(hefei, '/site-hefei', ['POLICY_PUBLISHED', 'POLICY_REVISED']);
    await subscribe(anhui, '/site-anhui', ['POLICY_PUBLISHED']);
    const province = await publishOn('anhui');
    const city = await publishOn('hefei');
    const other = await publishOn('wuhu');
    await p.jobs.runDue();
    expect(postsAbout('/site-hefei', province)).toHaveLength(1);
    expect(postsAbout('/site-hefei', city)).toHaveLength(1);
    expect(postsAbout('/site-hefei', other)).toHaveLength(0);
    expect(postsAbout('/site-anhui', other)).toHaveLength(1);
    // A new version of a published policy reaches subscribers of POLICY_REVISED only.
    const send = (query: TypedDocumentNode<unknown, { i: PolicyTransitionInput }>, token: string) =>
      gql(p, query, { i: { policyId: city } }, { token, site: 'hefei' });
    await send(transition('policyRevise'), e.operator.token);
    await send(transition('policySubmit'), e.operator.token);
    await gql(p, REVIEW, { i: { policyId: city, decision: 'APPROVE' } }, { token: e.reviewer.token, site: 'hefei' });
    await send(transition('policyPublish'), e.operator.token);
    await p.jobs.runDue();
    const revised = postsAbout('/site-hefei', city).map((r) => JSON.parse(r.body));
    expect(revised.map((b) => [b.type, b.data.version])).toEqual([
      ['POLICY_PUBLISHED', 1],
      ['POLICY_REVISED', 2],
    ]);
    expect(postsAbout('/site-anhui', city)).toHaveLength(1);
  });

  it('docking status changes reach apps holding ENTERPRISE_DATA as ids and states only; messages are not sent', async () => {
    const c = await partner(['/private'], ['PUBLIC_READ', 'ENTERPRISE_DATA']);
    const sub = await subscribe(c, '/private', ['DOCKING_STATUS_CHANGED', 'DEMAND_OFFER']);
    const op = await operator(p);
    const inst = await approvedInstitution(p, op);
    const productId = await listedProduct(p, inst, op);
    const ent = await enterpriseOwner(p);
    const docking = (
      await ok(
        p,
        graphql(`
          mutation WebhooksDockingSubmit($i: DockingSubmitInput!) {
            dockingSubmit(input: $i) {
              docking {
                id
                status
              }
              errors {
                ...TestUserError
              }
            }
          }
        `),
        { i: { productId, needs: '需要专利布局咨询' } },
        ent.token,
      )
    ).docking!.id;
    await ok(
      p,
      graphql(`
        mutation WebhooksDockingMessageSend($i: DockingMessageInput!) {
          dockingMessageSend(input: $i) {
            docking {
              id
              status
            }
            errors {
              ...TestUserError
            }
          }
        }
      `),
      { i: { dockingId: docking, body: '请提供专利清单' } },
      inst.token,
    );
    await ok(
      p,
      graphql(`
        mutation WebhooksDockingAccept($i: DockingActionInput!) {
          dockingAccept(input: $i) {
            docking {
              id
              status
            }
            errors {
              ...TestUserError
            }
          }
        }
      `),
      { i: { dockingId: docking } },
      inst.token,
    );
    await p.jobs.runDue();
    const bodies = received.filter((r) => r.path === '/private').map((r) => JSON.parse(r.body));
    const mine = bodies.filter((b) => b.data.dockingId === docking);
    expect(mine.map((b) => [b.type, b.data.status])).toEqual([
      ['DOCKING_STATUS_CHANGED', 'SUBMITTED'],
      ['DOCKING_STATUS_CHANGED', 'ACCEPTED'],
    ]);
    expect(Object.keys(mine[1].data).sort()).toEqual(['changedAt', 'dockingId', 'status']);
    const log = await deliveries(c.token, { subscriptionId: sub.id, eventType: 'DOCKING_STATUS_CHANGED' });
    expect(log.nodes.filter((d) => d.status === 'DELIVERED').length).toBeGreaterThanOrEqual(2);
  });
});

describe('A2/D1 webhooks: who manages what', () => {
  it("another app's subscription and deliveries are NOT_FOUND to an app", async () => {
    const a = await partner(['/a-own']);
    const b = await partner(['/b-own']);
    const sub = await subscribe(a, '/a-own');
    script.set('/a-own', [500]);
    await publishedPolicy(p, e);
    await p.jobs.runDue();
    const upd = await gql(p, UPDATE, { i: { id: sub.id, active: false } }, { token: b.token });
    expect(upd.data.webhookSubscriptionUpdate.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const del = await gql(p, DELETE, { i: { id: sub.id } }, { token: b.token });
    expect(del.data.webhookSubscriptionDelete.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect((await deliveries(b.token, { subscriptionId: sub.id })).totalCount).toBe(0);
    const [theirs] = (await deliveries(a.token, { subscriptionId: sub.id })).nodes;
    const replay = await gql(p, REPLAY, { i: { id: theirs.id } }, { token: b.token });
    expect(replay.data.webhookDeliveryReplay.errors[0]).toMatchObject({ code: 'NOT_FOUND' });
    const list = await gql(
      p,
      graphql(`
        query WebhooksWebhookSubscriptions2 {
          webhookSubscriptions(first: 100) {
            nodes {
              id
            }
          }
        }
      `),
      {},
      { token: b.token },
    );
    expect(list.data.webhookSubscriptions.nodes).toEqual([]);
    // The owner pauses it; a rotation answers a new secret once.
    const rotated = await must(p, UPDATE, { i: { id: sub.id, active: false, rotateSecret: true } }, a.token);
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(sub.secret);
  });

  it('an endpoint not on the app’s allowed webhook URLs is refused with a code; private events need ENTERPRISE_DATA', async () => {
    const c = await partner(['/allowed']);
    const res = await gql(p, SUBSCRIBE, { i: { url: `${base}/not-allowed`, eventTypes: ['POLICY_PUBLISHED'] } }, { token: c.token });
    expect(res.data.webhookSubscriptionCreate.errors).toEqual([{ code: 'WEBHOOK_URL_NOT_ALLOWED', field: 'url', message: expect.stringMatching(/回调地址/) }]);
    const priv = await gql(p, SUBSCRIBE, { i: { url: `${base}/allowed`, eventTypes: ['POLICY_REVISED', 'DOCKING_STATUS_CHANGED'] } }, { token: c.token });
    expect(priv.data.webhookSubscriptionCreate.errors[0]).toMatchObject({ code: 'FORBIDDEN', field: 'eventTypes.1' });
    const none = await gql(p, SUBSCRIBE, { i: { url: `${base}/allowed`, eventTypes: [] } }, { token: c.token });
    expect(none.data.webhookSubscriptionCreate.errors[0]).toMatchObject({ code: 'REQUIRED', field: 'eventTypes' });
    const count = await p.sql<{ n: number }>(`select count(*)::int as n from webhook_subscription where client_id = $1`, [
      Buffer.from(c.id, 'base64url').toString().split(':')[1],
    ]);
    expect(count[0].n).toBe(0);
    // A person without SYSTEM_ADMIN is refused outright.
    const operator = await gql(
      p,
      graphql(`
        query WebhooksWebhookSubscriptions3 {
          webhookSubscriptions(first: 1) {
            totalCount
          }
        }
      `),
      {},
      { token: e.operator.token },
    );
    expect(operator.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // The administrator names the app.
    const byAdmin = await must(p, SUBSCRIBE, { i: { apiClientId: c.id, url: `${base}/allowed`, eventTypes: ['ACTIVITY_CHANGED'] } }, admin.token);
    expect(byAdmin.subscription).toMatchObject({ url: `${base}/allowed`, eventTypes: ['ACTIVITY_CHANGED'], active: true, sm3: false });
    const audits = await p.sql<{ n: number }>(`select count(*)::int as n from audit_log where operation = 'webhook.subscriptionCreate'`);
    expect(audits[0].n).toBeGreaterThanOrEqual(1);
  });
});
