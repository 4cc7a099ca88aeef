import { randomBytes } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signAccessToken, tokenKey } from '../../server/modules/partner/credentials.js';
import { canonicalString, hmacSm3, SM2_USER_ID } from '../../server/modules/partner/signature.js';
import { staff, type TestAccount } from '../factories/accounts.js';
import { gql, must } from '../setup/client.js';
import { startSecondInstance, startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { createHash } from 'node:crypto';
import { graphql } from '../gql/index.js';

let p: TestPlatform;
let b: TestPlatform;
let admin: TestAccount;
let siteId: string;

const ENV_ORIGIN = 'https://env.partner.example';

beforeAll(async () => {
  p = await startTestPlatform(undefined, {
    anonymousRatePerMinute: 20,
    fieldRateLimits: true,
    // Tests name their client address through X-Forwarded-For, so each test counts on its own.
    trustedProxies: ['127.0.0.1'],
    allowedOrigins: [ENV_ORIGIN],
  });
  b = await startSecondInstance(p);
  admin = await staff(p, ['SYSTEM_ADMIN'], '系统管理员');
  siteId = (
    await gql(
      p,
      graphql(`
        query PartnerCurrentSite {
          currentSite {
            id
          }
        }
      `),
    )
  ).data.currentSite.id;
});
afterAll(async () => {
  await b?.stop();
  await p?.stop();
});

const CREATE = graphql(`
  mutation PartnerApiClientCreate($i: ApiClientCreateInput!) {
    apiClientCreate(input: $i) {
      client {
        id
        clientId
        scopes
        requestsPerMinute
        allowedOrigins
        secrets {
          createdAt
          expiresAt
        }
      }
      secret
      errors {
        ...TestUserError
      }
    }
  }
`);
const ROTATE = graphql(`
  mutation PartnerApiClientSecretRotate($i: ApiClientSecretRotateInput!) {
    apiClientSecretRotate(input: $i) {
      secret
      client {
        secrets {
          expiresAt
        }
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const REVOKE = graphql(`
  mutation PartnerApiClientRevoke($id: ID!) {
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
const SET_ORIGINS = graphql(`
  mutation PartnerSiteAllowedOriginsSet($i: SiteAllowedOriginsInput!) {
    siteAllowedOriginsSet(input: $i) {
      allowedOrigins
      errors {
        ...TestUserError
      }
    }
  }
`);

interface Client {
  id: string;
  clientId: string;
  secret: string;
}

async function newClient(over: Record<string, unknown> = {}): Promise<Client> {
  const r = await must(p, CREATE, { i: { name: '合作应用', contact: '张工 13900000000', siteId, ...over } }, admin.token);
  return { id: r.client!.id, clientId: r.client!.clientId, secret: r.secret! };
}

async function tokenRequest(form: Record<string, string>, headers: Record<string, string> = {}, url = p.url) {
  const res = await fetch(`${url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, string> };
}

const basic = (c: Client) => ({ authorization: `Basic ${Buffer.from(`${c.clientId}:${c.secret}`).toString('base64')}` });

async function accessToken(c: Client, scope?: string): Promise<string> {
  const r = await tokenRequest({ grant_type: 'client_credentials', ...(scope ? { scope } : {}) }, basic(c));
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.access_token;
}

async function post(url: string, body: string, headers: Record<string, string>) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    body: JSON.parse(text) as {
      data?: { currentSite?: { code: string }; me?: { id: string } | null };
      errors?: { message: string; extensions: { code: string } }[];
    },
  };
}

const auditCount = async (operation: string, objectId?: string) =>
  (
    await p.sql<{ n: number }>(`select count(*)::int as n from audit_log where operation = $1 and ($2::text is null or object_id = $2)`, [
      operation,
      objectId ?? null,
    ])
  )[0].n;

const uuidOf = (c: Client) => c.clientId;

/** Waits, if needed, until the current one-minute window has at least 20 s left (quota tests must not straddle a window). */
async function freshWindow(): Promise<void> {
  for (;;) {
    const [{ s }] = await p.sql<{ s: number }>(`select extract(second from now())::float8 as s`);
    if (s < 40) return;
    await new Promise((r) => setTimeout(r, (60 - s) * 1000 + 100));
  }
}

describe('A2 partner apps: registration and OAuth 2.0 client credentials (RFC 6749 §4.4)', () => {
  it('a system administrator registers an app; the secret is shown once and stored only as a hash; operators may not', async () => {
    const c = await newClient({ scopes: ['ENTERPRISE_DATA'], requestsPerMinute: 30, allowedOrigins: ['https://app.example.cn'] });
    expect(c.secret).toMatch(/^qcs_[A-Za-z0-9_-]{43}$/);
    const rows = await p.sql<{ hit: boolean }>(`select position($1 in t::text) > 0 as hit from api_client_secret t where client_id = $2`, [
      c.secret,
      uuidOf(c),
    ]);
    expect(rows).toEqual([{ hit: false }]);
    expect(await auditCount('partner.client.create', uuidOf(c))).toBe(1);
    const operator = await staff(p, ['OPERATOR']);
    const denied = await gql(p, CREATE, { i: { name: 'x', contact: 'y', siteId } }, { token: operator.token });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await gql(
      p,
      CREATE,
      { i: { name: '', contact: 'y', siteId, allowedOrigins: ['https://a.example/path'], requestsPerMinute: 0 } },
      { token: admin.token },
    );
    expect(bad.data.apiClientCreate.errors.map((e) => e.field).sort()).toEqual(['allowedOrigins.0', 'name', 'requestsPerMinute']);
  });

  it('issues a ten-minute bearer token by HTTP Basic or form credentials; the token reads as the public, never as a person', async () => {
    const c = await newClient();
    const viaBasic = await tokenRequest({ grant_type: 'client_credentials' }, basic(c));
    expect(viaBasic.status).toBe(200);
    expect(viaBasic.headers.get('cache-control')).toBe('no-store');
    expect(viaBasic.body).toMatchObject({ token_type: 'Bearer', expires_in: 600, scope: 'PUBLIC_READ' });
    const viaForm = await tokenRequest({ grant_type: 'client_credentials', client_id: c.clientId, client_secret: c.secret });
    expect(viaForm.status).toBe(200);
    const r = await gql(
      p,
      graphql(`
        query PartnerMe {
          me {
            id
          }
          currentSite {
            code
          }
        }
      `),
      {},
      { token: viaForm.body.access_token },
    );
    expect(r.status).toBe(200);
    expect(r.data).toMatchObject({ me: null, currentSite: { code: expect.any(String) } });
    const staffOnly = await gql(
      p,
      graphql(`
        query PartnerApiClients {
          apiClients {
            totalCount
          }
        }
      `),
      {},
      { token: viaForm.body.access_token },
    );
    expect(staffOnly.errors?.[0].extensions?.code).toBe('INSUFFICIENT_SCOPE');
    expect(await auditCount('partner.token.issue', uuidOf(c))).toBe(2);
  });

  it('answers RFC 6749 §5.2 errors with a Chinese description, audits each and issues nothing', async () => {
    const c = await newClient();
    const before = await auditCount('partner.token.denied');
    const wrong = await tokenRequest({ grant_type: 'client_credentials' }, basic({ ...c, secret: `${c.secret.slice(0, -2)}xx` }));
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Basic/);
    expect(wrong.body.error).toBe('invalid_client');
    expect(wrong.body.error_description).toMatch(/[\u4e00-\u9fff]/);
    expect((await tokenRequest({ grant_type: 'password' }, basic(c))).body.error).toBe('unsupported_grant_type');
    expect((await tokenRequest({ grant_type: 'client_credentials', scope: 'PUBLIC_READ ENTERPRISE_DATA' }, basic(c))).body.error).toBe('invalid_scope');
    expect((await tokenRequest({ grant_type: 'client_credentials', client_id: c.clientId, client_secret: c.secret }, basic(c))).body.error).toBe(
      'invalid_request',
    );
    expect(await auditCount('partner.token.denied')).toBe(before + 4);
    await must(p, REVOKE, { id: c.id }, admin.token);
    expect((await tokenRequest({ grant_type: 'client_credentials' }, basic(c))).body.error).toBe('invalid_grant');
  });

  it('refuses forged, expired and foreign tokens with a clear code and WWW-Authenticate', async () => {
    const c = await newClient();
    const token = await accessToken(c);
    const forged = await gql(
      p,
      graphql(`
        query PartnerCurrentSite2 {
          currentSite {
            code
          }
        }
      `),
      {},
      { token: `${token.slice(0, -3)}abc` },
    );
    expect(forged.status).toBe(401);
    expect(forged.errors?.[0].extensions?.code).toBe('INVALID_TOKEN');
    const claims = JSON.parse(Buffer.from(token.slice(4, token.lastIndexOf('.')), 'base64url').toString()) as unknown[];
    const expired = signAccessToken(tokenKey(p.config.auditKey!), {
      clientId: claims[0] as string,
      secretId: claims[1] as string,
      name: 'x',
      siteId: claims[3] as string,
      scopes: ['PUBLIC_READ'],
      exp: Math.floor(Date.now() / 1000) - 1,
    });
    const late = await gql(
      p,
      graphql(`
        query PartnerCurrentSite3 {
          currentSite {
            code
          }
        }
      `),
      {},
      { token: expired },
    );
    expect(late.status).toBe(401);
    expect(late.headers.get('www-authenticate')).toContain('invalid_token');
    expect(late.errors?.[0].extensions?.code).toBe('TOKEN_EXPIRED');
    expect(late.errors?.[0].message).toMatch(/过期/);
  });

  it('rotates with overlap: both secrets work until the old one ends, then tokens under the old one are refused too', async () => {
    const c = await newClient();
    const oldToken = await accessToken(c);
    const rotated = await must(p, ROTATE, { i: { id: c.id, overlapMinutes: 60 } }, admin.token);
    const next = { ...c, secret: rotated.secret! };
    expect(rotated.client!.secrets).toHaveLength(2);
    expect((await tokenRequest({ grant_type: 'client_credentials' }, basic(c))).status).toBe(200);
    expect((await tokenRequest({ grant_type: 'client_credentials' }, basic(next))).status).toBe(200);
    await must(p, ROTATE, { i: { id: c.id, overlapMinutes: 0 } }, admin.token);
    expect((await tokenRequest({ grant_type: 'client_credentials' }, basic(c))).body.error).toBe('invalid_client');
    expect((await tokenRequest({ grant_type: 'client_credentials' }, basic(next))).body.error).toBe('invalid_client');
    const r = await gql(
      p,
      graphql(`
        query PartnerCurrentSite4 {
          currentSite {
            code
          }
        }
      `),
      {},
      { token: oldToken },
    );
    expect(r.errors?.[0].extensions?.code).toBe('CLIENT_REVOKED');
  });

  it('revocation on one instance refuses the next request on another (checked on every request against PostgreSQL)', async () => {
    const c = await newClient();
    const token = await accessToken(c);
    expect(
      (
        await gql(
          b,
          graphql(`
            query PartnerCurrentSite5 {
              currentSite {
                code
              }
            }
          `),
          {},
          { token },
        )
      ).status,
    ).toBe(200);
    await must(p, REVOKE, { id: c.id }, admin.token);
    const after = await gql(
      b,
      graphql(`
        query PartnerCurrentSite6 {
          currentSite {
            code
          }
        }
      `),
      {},
      { token },
    );
    expect(after.status).toBe(401);
    expect(after.errors?.[0].extensions?.code).toBe('CLIENT_REVOKED');
    expect(await auditCount('partner.denied', uuidOf(c))).toBe(1);
    expect(await auditCount('partner.client.revoke', uuidOf(c))).toBe(1);
  });
});

describe('D1 国密 signed requests (HMAC-SM3, SM2 with user id 1234567812345678)', () => {
  const QUERY = JSON.stringify({ query: '{ currentSite { code } }' });
  const nonce = () => randomBytes(16).toString('base64url');
  const now = () => Math.floor(Date.now() / 1000);
  const hmacKey = (secret: string) => createHash('sm3').update(secret).digest();

  function hmacHeaders(c: Client, body: string, ts = now(), n = nonce()) {
    const sig = hmacSm3(hmacKey(c.secret), canonicalString('POST', '/graphql', ts, n, body));
    return { 'x-qifu-client': c.clientId, 'x-qifu-timestamp': String(ts), 'x-qifu-nonce': n, 'x-qifu-signature': `HMAC-SM3 ${sig}` };
  }

  it('accepts a request signed with HMAC-SM3 or SM2, once', async () => {
    const keys = sm2.generateKeyPairHex();
    const c = await newClient({ sm2PublicKey: keys.publicKey });
    const signed = hmacHeaders(c, QUERY);
    const ok = await post(p.graphqlUrl, QUERY, signed);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.data!.currentSite!.code).toBeTruthy();
    const again = await post(b.graphqlUrl, QUERY, signed);
    expect(again.status).toBe(401);
    expect(again.body.errors?.[0].extensions.code).toBe('NONCE_REUSED');

    const ts = now();
    const n = nonce();
    const sig = sm2.doSignature(canonicalString('POST', '/graphql', ts, n, QUERY), keys.privateKey, { hash: true, userId: SM2_USER_ID });
    const sm2Ok = await post(p.graphqlUrl, QUERY, {
      'x-qifu-client': c.clientId,
      'x-qifu-timestamp': String(ts),
      'x-qifu-nonce': n,
      'x-qifu-signature': `SM2 ${sig}`,
    });
    expect(sm2Ok.status, JSON.stringify(sm2Ok.body)).toBe(200);
  });

  it('1,000 tampered or replayed signed requests: 0 accepted, each refused with a code and audited, nothing counted', async () => {
    const c = await newClient({ requestsPerMinute: 100000 });
    const valid = hmacHeaders(c, QUERY);
    expect((await post(p.graphqlUrl, QUERY, valid)).status).toBe(200);
    const deniedBefore = await auditCount('partner.denied', uuidOf(c));
    const [{ n: noncesBefore }] = await p.sql<{ n: number }>(`select count(*)::int as n from request_nonce where client_id = $1`, [c.clientId]);
    const attacks: (() => Promise<{ status: number; body: { errors?: { extensions: { code: string } }[] } }>)[] = [];
    const other = JSON.stringify({ query: '{ sites { code } }' });
    for (let i = 0; i < 1000; i++) {
      const kind = i % 5;
      const target = i % 2 ? p.graphqlUrl : b.graphqlUrl;
      if (kind === 0) attacks.push(() => post(target, QUERY, valid)); // replay
      if (kind === 1) attacks.push(() => post(target, other, valid)); // a signature over a different body
      if (kind === 2) attacks.push(() => post(target, QUERY, hmacHeaders(c, QUERY, now() - 301 - (i % 1000)))); // skewed
      if (kind === 3) {
        const h = hmacHeaders(c, QUERY);
        const sig = h['x-qifu-signature'];
        const pos = 9 + (i % 64);
        h['x-qifu-signature'] = sig.slice(0, pos) + (sig[pos] === '0' ? '1' : '0') + sig.slice(pos + 1); // a flipped digit
        attacks.push(() => post(target, QUERY, h));
      }
      if (kind === 4) attacks.push(() => post(target, QUERY, hmacHeaders({ ...c, secret: `${c.secret}x` }, QUERY))); // wrong key
    }
    const results: { status: number; code?: string }[] = [];
    for (let i = 0; i < attacks.length; i += 25) {
      const batch = await Promise.all(attacks.slice(i, i + 25).map((a) => a()));
      results.push(...batch.map((r) => ({ status: r.status, code: r.body.errors?.[0]?.extensions.code })));
    }
    expect(results.filter((r) => r.status === 200)).toHaveLength(0);
    const codes = new Set(results.map((r) => r.code));
    expect([...codes].sort()).toEqual(['NONCE_REUSED', 'SIGNATURE_INVALID', 'TIMESTAMP_SKEWED']);
    expect(await auditCount('partner.denied', uuidOf(c))).toBe(deniedBefore + 1000);
    const [{ n: noncesAfter }] = await p.sql<{ n: number }>(`select count(*)::int as n from request_nonce where client_id = $1`, [c.clientId]);
    expect(noncesAfter).toBe(noncesBefore);
  }, 180_000);
});

describe('A4 quotas and rate limits counted in PostgreSQL (several instances agree)', () => {
  it("a client's quota gives 429 with Retry-After at the configured rate across two instances", async () => {
    const c = await newClient({ requestsPerMinute: 10 });
    const token = await accessToken(c);
    await freshWindow();
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++)
      statuses.push(
        (
          await gql(
            i % 2 ? b : p,
            graphql(`
              query PartnerCurrentSite7 {
                currentSite {
                  code
                }
              }
            `),
            {},
            { token },
          )
        ).status,
      );
    expect(statuses).toEqual(Array(10).fill(200));
    const over = await gql(
      b,
      graphql(`
        query PartnerCurrentSite8 {
          currentSite {
            code
          }
        }
      `),
      {},
      { token },
    );
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(over.errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    expect(over.errors?.[0].message).toMatch(/请求过于频繁/);
    expect(
      (
        await gql(
          p,
          graphql(`
            query PartnerCurrentSite9 {
              currentSite {
                code
              }
            }
          `),
          {},
          { token },
        )
      ).status,
    ).toBe(429);
    expect(await auditCount('partner.rateLimited', uuidOf(c))).toBe(1);
  }, 90_000);

  it('an anonymous address gets 429 past its rate on any instance; another address and signed-in people are not affected', async () => {
    const address = { 'x-forwarded-for': `198.51.100.${1 + Math.floor(Math.random() * 250)}` };
    await freshWindow();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++)
      statuses.push(
        (
          await gql(
            i % 2 ? b : p,
            graphql(`
              query PartnerCurrentSite10 {
                currentSite {
                  code
                }
              }
            `),
            {},
            { headers: address },
          )
        ).status,
      );
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(200));
    expect(statuses[20]).toBe(429);
    expect(
      (
        await gql(
          p,
          graphql(`
            query PartnerCurrentSite11 {
              currentSite {
                code
              }
            }
          `),
          {},
          { headers: { 'x-forwarded-for': '203.0.113.9' } },
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await gql(
          p,
          graphql(`
            query PartnerCurrentSite12 {
              currentSite {
                code
              }
            }
          `),
          {},
          { headers: address, token: admin.token },
        )
      ).status,
    ).toBe(200);
  }, 90_000);

  it('expensive fields have their own budget per account (search: 120 a minute)', async () => {
    const person = await staff(p, ['ENTERPRISE_USER'], '企业用户');
    await freshWindow();
    const SEARCH = graphql(`
      query PartnerSearch($i: SearchInput!) {
        search(input: $i) {
          totalCount
        }
      }
    `);
    for (let i = 0; i < 120; i++) {
      const r = await gql(i % 2 ? b : p, SEARCH, { i: { query: '补贴' } }, { token: person.token });
      expect(r.errors, `search ${i}`).toBeUndefined();
    }
    const over = await gql(p, SEARCH, { i: { query: '补贴' } }, { token: person.token });
    expect(over.status).toBe(429);
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(over.errors?.[0].message).toMatch(/过于频繁/);
  }, 180_000);
});

describe('A2 CORS per site (Fetch standard), no credentials across origins', () => {
  const preflight = (url: string, origin: string) =>
    fetch(`${url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });

  it('answers a preflight from an allowed origin with its ACAO and no credentials; a disallowed one gets none', async () => {
    const origin = `https://www.${randomBytes(4).toString('hex')}.gov.cn`;
    expect((await preflight(p.url, origin)).headers.get('access-control-allow-origin')).toBeNull();
    const set = await must(p, SET_ORIGINS, { i: { siteId, origins: [origin] } }, admin.token);
    expect(set.allowedOrigins).toEqual([origin]);
    expect(await auditCount('site.allowedOrigins.set')).toBeGreaterThan(0);
    const ok = await preflight(p.url, origin);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(origin);
    expect(ok.headers.get('vary')).toMatch(/Origin/);
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(ok.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
    // The other instance follows through the typed event.
    let onB: string | null = null;
    for (let i = 0; i < 50 && onB === null; i++) {
      onB = (await preflight(b.url, origin)).headers.get('access-control-allow-origin');
      if (onB === null) await new Promise((r) => setTimeout(r, 100));
    }
    expect(onB).toBe(origin);
    const refused = await preflight(p.url, 'https://evil.example');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight(p.url, ENV_ORIGIN)).headers.get('access-control-allow-origin')).toBe(ENV_ORIGIN);
  });

  it('ignores the session cookie on a request from another origin; refuses a disallowed origin with a code and an audit record', async () => {
    const origin = 'https://cookie.partner.example';
    await must(p, SET_ORIGINS, { i: { siteId, origins: [origin] } }, admin.token);
    const cookie = `qifu_session=${admin.token}`;
    const body = JSON.stringify({ query: '{ me { id } }' });
    const same = await post(p.graphqlUrl, body, { cookie });
    expect(same.body.data!.me).not.toBeNull();
    const cross = await post(p.graphqlUrl, body, { cookie, origin });
    expect(cross.status).toBe(200);
    expect(cross.headers.get('access-control-allow-origin')).toBe(origin);
    expect(cross.headers.get('access-control-allow-credentials')).toBeNull();
    expect(cross.body.data!.me).toBeNull();
    const before = await auditCount('partner.denied');
    const evil = await post(p.graphqlUrl, body, { cookie, origin: 'https://evil.example' });
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect(evil.body.errors?.[0].extensions.code).toBe('ORIGIN_NOT_ALLOWED');
    expect(await auditCount('partner.denied')).toBe(before + 1);
  });
});
