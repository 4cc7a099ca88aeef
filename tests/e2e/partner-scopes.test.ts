import { createHash, randomBytes } from 'node:crypto';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { hmacSm3, canonicalString } from '../../server/modules/partner/index.js';
import { staff, type TestAccount } from '../factories/accounts.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { gql, must } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { graphql } from '../gql/index.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';

let p: TestPlatform;
let admin: TestAccount;
let siteId: string;

beforeAll(async () => {
  p = await startTestPlatform();
  admin = await staff(p, ['SYSTEM_ADMIN'], '系统管理员');
  siteId = (
    await gql(
      p,
      graphql(`
        query PartnerScopesCurrentSite {
          currentSite {
            id
          }
        }
      `),
    )
  ).data.currentSite.id;
});
afterAll(async () => {
  await p?.stop();
});

const CREATE = graphql(`
  mutation PartnerScopesApiClientCreate($i: ApiClientCreateInput!) {
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
const REVOKE = graphql(`
  mutation PartnerScopesApiClientRevoke($id: ID!) {
    apiClientRevoke(id: $id) {
      client {
        revokedAt
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const GRANT = graphql(`
  mutation PartnerScopesApiClientConsentGrant($i: ApiClientConsentInput!) {
    apiClientConsentGrant(input: $i) {
      consent {
        clientId
        clientName
        enterpriseId
        enterpriseName
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const WITHDRAW = graphql(`
  mutation PartnerScopesApiClientConsentRevoke($i: ApiClientConsentInput!) {
    apiClientConsentRevoke(input: $i) {
      errors {
        ...TestUserError
      }
    }
  }
`);
const CONSENTS = graphql(`
  query PartnerScopesApiClientConsents {
    apiClientConsents(first: 10) {
      totalCount
      edges {
        node {
          clientId
          enterpriseId
          enterpriseName
        }
      }
    }
  }
`);
const ENTERPRISE = graphql(`
  query PartnerScopesEnterprise($id: ID!) {
    enterprise(id: $id) {
      id
      name
      contactPhone
      members {
        id
      }
      createdBy {
        id
      }
    }
  }
`);

interface App {
  id: string;
  clientId: string;
  secret: string;
}

async function newApp(over: Record<string, unknown> = {}): Promise<App> {
  const r = await must(p, CREATE, { i: { name: '园区服务应用', contact: '李工 13900000000', siteId, ...over } }, admin.token);
  return { id: r.client!.id, clientId: r.client!.clientId, secret: r.secret! };
}

async function accessToken(app: App, scope?: string): Promise<string> {
  const res = await fetch(`${p.url}/oauth/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${app.clientId}:${app.secret}`).toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', ...(scope ? { scope } : {}) }).toString(),
  });
  const body = (await res.json()) as Record<string, string>;
  expect(res.status, JSON.stringify(body)).toBe(200);
  return body.access_token;
}

const audits = async (operation: string, objectId?: string) =>
  (
    await p.sql<{ n: number }>(`select count(*)::int as n from audit_log where operation = $1 and ($2::text is null or object_id = $2)`, [
      operation,
      objectId ?? null,
    ])
  )[0].n;

const deniedWith = async (code: string, clientId: string) =>
  (
    await p.sql<{ n: number }>(
      `select count(*)::int as n from audit_log where operation = 'authz.denied' and detail->>'code' = $1 and detail->>'clientId' = $2 and actor_role = 'CLIENT'`,
      [code, clientId],
    )
  )[0].n;

describe("A2 partner scopes: ENTERPRISE_DATA only under the enterprise's consent", () => {
  it('a token with ENTERPRISE_DATA reads an enterprise that consented, never one that did not; no people, and withdrawal works at once', async () => {
    const app = await newApp({ scopes: ['ENTERPRISE_DATA'] });
    const owner = await enterpriseOwner(p);
    const other = await enterpriseOwner(p);
    const token = await accessToken(app, 'PUBLIC_READ ENTERPRISE_DATA');

    const before = await gql(p, ENTERPRISE, { id: owner.enterpriseId }, { token });
    expect(before.errors).toBeUndefined();
    expect(before.data.enterprise).toBeNull();
    expect(await audits('partner.consentMissing', fromGlobal(owner.enterpriseId))).toBe(1);

    const granted = await must(p, GRANT, { i: { clientId: app.clientId } }, owner.token);
    expect(granted.consent).toMatchObject({ clientId: app.clientId, clientName: '园区服务应用', enterpriseId: owner.enterpriseId });
    expect(await audits('partner.consent.grant', app.clientId)).toBe(1);

    const read = await gql(p, ENTERPRISE, { id: owner.enterpriseId }, { token });
    expect(read.data.enterprise).toMatchObject({
      id: owner.enterpriseId,
      name: expect.any(String),
      contactPhone: expect.any(String),
      members: [],
      createdBy: null,
    });
    expect((await gql(p, ENTERPRISE, { id: other.enterpriseId }, { token })).data.enterprise).toBeNull();

    // The partner lists who consented to it; the owner lists the apps it consented to.
    const mine = await gql(p, CONSENTS, {}, { token });
    expect(mine.data.apiClientConsents).toMatchObject({ totalCount: 1, edges: [{ node: { enterpriseId: owner.enterpriseId } }] });
    const ownerView = await gql(p, CONSENTS, {}, { token: owner.token });
    expect(ownerView.data.apiClientConsents.edges.map((e) => e.node.clientId)).toEqual([app.clientId]);

    await must(p, WITHDRAW, { i: { clientId: app.clientId } }, owner.token);
    expect(await audits('partner.consent.revoke', app.clientId)).toBe(1);
    expect((await gql(p, ENTERPRISE, { id: owner.enterpriseId }, { token })).data.enterprise).toBeNull();
    expect((await gql(p, CONSENTS, {}, { token })).data.apiClientConsents.totalCount).toBe(0);
    const again = await gql(p, WITHDRAW, { i: { clientId: app.clientId } }, { token: owner.token });
    expect(again.data.apiClientConsentRevoke.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'clientId' });
  });

  it('a token without the scope gets INSUFFICIENT_SCOPE (audited) even where consent stands; consent only to apps that hold the scope', async () => {
    const app = await newApp({ scopes: ['ENTERPRISE_DATA'] });
    const publicOnly = await newApp();
    const owner = await enterpriseOwner(p);
    await must(p, GRANT, { i: { clientId: app.clientId } }, owner.token);
    // The client holds ENTERPRISE_DATA, but this token asked only for PUBLIC_READ (the default): it carries exactly that.
    const token = await accessToken(app);
    const r = await gql(p, ENTERPRISE, { id: owner.enterpriseId }, { token });
    expect(r.errors?.[0].extensions?.code).toBe('INSUFFICIENT_SCOPE');
    expect(r.data.enterprise).toBeNull();
    expect((await gql(p, CONSENTS, {}, { token })).errors?.[0].extensions?.code).toBe('INSUFFICIENT_SCOPE');
    expect(await deniedWith('INSUFFICIENT_SCOPE', app.clientId)).toBe(2);

    const refused = await gql(p, GRANT, { i: { clientId: publicOnly.clientId } }, { token: owner.token });
    expect(refused.data.apiClientConsentGrant.errors[0]).toMatchObject({ code: 'INVALID', field: 'clientId' });
    const unknown = await gql(p, GRANT, { i: { clientId: 'not-a-client' } }, { token: owner.token });
    expect(unknown.data.apiClientConsentGrant.errors[0]).toMatchObject({ code: 'NOT_FOUND' });
    const stranger = await staff(p, ['OPERATOR']);
    expect((await gql(p, GRANT, { i: { clientId: app.clientId } }, { token: stranger.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a revoked app reads nothing any more, consent or not', async () => {
    const app = await newApp({ scopes: ['ENTERPRISE_DATA'] });
    const owner = await enterpriseOwner(p);
    await must(p, GRANT, { i: { clientId: app.clientId } }, owner.token);
    const token = await accessToken(app, 'ENTERPRISE_DATA');
    expect((await gql(p, ENTERPRISE, { id: owner.enterpriseId }, { token })).data.enterprise).not.toBeNull();
    await must(p, REVOKE, { id: app.id }, admin.token);
    const after = await gql(p, ENTERPRISE, { id: owner.enterpriseId }, { token });
    expect(after.status).toBe(401);
    expect(after.errors?.[0].extensions?.code).toBe('CLIENT_REVOKED');
  });
});

describe('A2 partner scopes: WRITE_ON_BEHALF refused with a clear code until user delegation exists', () => {
  it('a token never acts as a person: WRITE_ON_BEHALF_UNAVAILABLE with the scope, INSUFFICIENT_SCOPE without; both audited', async () => {
    const app = await newApp({ scopes: ['WRITE_ON_BEHALF'] });
    const writer = await accessToken(app, 'PUBLIC_READ WRITE_ON_BEHALF');
    const reader = await accessToken(app);
    const markAll = graphql(`
      mutation PartnerScopesMyNotificationsMarkAllRead {
        myNotificationsMarkAllRead {
          errors {
            code
          }
        }
      }
    `);
    const a = await gql(p, markAll, {}, { token: writer });
    expect(a.errors?.[0].extensions?.code).toBe('WRITE_ON_BEHALF_UNAVAILABLE');
    expect(a.errors?.[0].message).toMatch(/委托授权/);
    const b = await gql(
      p,
      graphql(`
        query PartnerScopesMyNotifications {
          myNotifications(first: 1) {
            totalCount
          }
        }
      `),
      {},
      { token: reader },
    );
    expect(b.errors?.[0].extensions?.code).toBe('INSUFFICIENT_SCOPE');
    expect(await deniedWith('WRITE_ON_BEHALF_UNAVAILABLE', app.clientId)).toBe(1);
    expect(await deniedWith('INSUFFICIENT_SCOPE', app.clientId)).toBe(1);
  });
});

function wsClient(token: string): WsClient {
  return createClient({ url: p.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true, connectionParams: { authorization: `Bearer ${token}` } });
}

function overWs<T, V>(client: WsClient, query: TypedDocumentNode<T, V>, variables?: V): Promise<{ data?: T; errors?: readonly GraphQLFormattedError[] }> {
  return new Promise((resolve) => {
    let result: { data?: T; errors?: readonly GraphQLFormattedError[] } = {};
    client.subscribe(
      { query: print(query), variables: variables as Record<string, unknown> | undefined },
      {
        next: (v) => (result = v as typeof result),
        error: (e) => resolve({ errors: (Array.isArray(e) ? e : [e]) as GraphQLFormattedError[] }),
        complete: () => resolve(result),
      },
    );
  });
}

/** Waits, if needed, until the current one-minute window has at least 20 s left (a quota test must not straddle a window). */
async function freshWindow(): Promise<void> {
  for (;;) {
    const [{ s }] = await p.sql<{ s: number }>(`select extract(second from now())::float8 as s`);
    if (s < 40) return;
    await new Promise((r) => setTimeout(r, (60 - s) * 1000 + 100));
  }
}

describe('A2 partner tokens over graphql-ws (connection_init { authorization: "Bearer <token>" })', () => {
  it("operations run with the client's scopes; a revoked app is refused on its next subscribe", async () => {
    const app = await newApp({ scopes: ['ENTERPRISE_DATA'] });
    const owner = await enterpriseOwner(p);
    await must(p, GRANT, { i: { clientId: app.clientId } }, owner.token);
    const ws = wsClient(await accessToken(app, 'ENTERPRISE_DATA'));
    try {
      const site = await overWs(
        ws,
        graphql(`
          query PartnerScopesMe {
            me {
              id
            }
            currentSite {
              code
            }
          }
        `),
      );
      expect(site.data).toMatchObject({ me: null, currentSite: { code: expect.any(String) } });
      const read = await overWs(ws, ENTERPRISE, { id: owner.enterpriseId });
      expect(read.data?.enterprise?.id).toBe(owner.enterpriseId);
      await must(p, REVOKE, { id: app.id }, admin.token);
      const after = await overWs(
        ws,
        graphql(`
          query PartnerScopesCurrentSite2 {
            currentSite {
              code
            }
          }
        `),
      );
      expect(after.errors?.[0].extensions?.code).toBe('CLIENT_REVOKED');
      expect(after.data).toBeUndefined();
    } finally {
      await ws.dispose();
    }
  });

  it('a token without ENTERPRISE_DATA gets INSUFFICIENT_SCOPE over the socket too; a forged token is refused', async () => {
    const app = await newApp({ scopes: ['ENTERPRISE_DATA'] });
    const owner = await enterpriseOwner(p);
    await must(p, GRANT, { i: { clientId: app.clientId } }, owner.token);
    const ws = wsClient(await accessToken(app));
    const forged = wsClient(`qfc_${randomBytes(20).toString('base64url')}.${randomBytes(32).toString('base64url')}`);
    try {
      const read = await overWs(ws, ENTERPRISE, { id: owner.enterpriseId });
      expect(read.errors?.[0].extensions?.code).toBe('INSUFFICIENT_SCOPE');
      expect(
        (
          await overWs(
            forged,
            graphql(`
              query PartnerScopesCurrentSite3 {
                currentSite {
                  code
                }
              }
            `),
          )
        ).errors?.[0].extensions?.code,
      ).toBe('INVALID_TOKEN');
    } finally {
      await ws.dispose();
      await forged.dispose();
    }
  });

  it("each subscribe counts against the client's quota (RATE_LIMITED past it, with retryAfterSeconds)", async () => {
    const app = await newApp({ requestsPerMinute: 3 });
    const ws = wsClient(await accessToken(app));
    try {
      await freshWindow();
      for (let i = 0; i < 3; i++)
        expect(
          (
            await overWs(
              ws,
              graphql(`
                query PartnerScopesCurrentSite4 {
                  currentSite {
                    code
                  }
                }
              `),
            )
          ).data?.currentSite,
        ).toBeTruthy();
      const limited = await overWs(
        ws,
        graphql(`
          query PartnerScopesCurrentSite5 {
            currentSite {
              code
            }
          }
        `),
      );
      expect(limited.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    } finally {
      await ws.dispose();
    }
  });
});

describe('D1 HMAC-SM3 keys sealed at rest', () => {
  it('stores the key sealed under the data key (no clear key in the table), and signed requests still verify', async () => {
    const app = await newApp();
    const [row] = await p.sql<{ clear: string | null; sealed: string }>(
      `select encode(hmac_key, 'hex') as clear, hmac_key_sealed as sealed from api_client_secret where client_id = $1`,
      [app.clientId],
    );
    const key = createHash('sm3').update(app.secret).digest();
    expect(row.clear).toBeNull();
    expect(row.sealed).toMatch(/^v1\./);
    expect(row.sealed).not.toContain(key.toString('hex'));
    const body = JSON.stringify({ query: '{ currentSite { code } }' });
    const ts = Math.floor(Date.now() / 1000);
    const nonce = randomBytes(16).toString('hex');
    const sig = hmacSm3(key, canonicalString('POST', '/graphql', ts, nonce, body));
    const res = await fetch(`${p.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-qifu-client': app.clientId,
        'x-qifu-timestamp': String(ts),
        'x-qifu-nonce': nonce,
        'x-qifu-signature': `HMAC-SM3 ${sig}`,
      },
      body,
    });
    expect(res.status).toBe(200);
  });
});

function fromGlobal(id: string): string {
  return Buffer.from(id, 'base64url').toString('utf8').split(':')[1];
}
