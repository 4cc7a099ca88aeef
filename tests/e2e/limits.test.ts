import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
});
afterAll(async () => {
  await p?.stop();
});

const deep = (n: number): string => {
  let q = 'id';
  for (let i = 0; i < n; i++) q = i % 2 === 0 ? `enterprise { ${q} }` : `members { ${q} }`;
  return `{ me { ${q} } }`;
};
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: currentSite { code }`).join(' ')} }`;
const huge = () => `{ currentSite { code } } # ${'x'.repeat(1024 * 1024)}`;
const costly = '{ institutions(first: 100) { nodes { staff { institution { staff { institution { staff { id } } } } } } } }';

async function overWs(query: string): Promise<{ errors?: readonly { message: string; extensions?: any }[]; closeCode?: number }> {
  let closeCode: number | undefined;
  const client = createClient({
    url: p.wsUrl,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    on: { closed: (e: any) => (closeCode = e?.code) },
  });
  try {
    return await new Promise((resolve) => {
      client.subscribe(
        { query },
        {
          next: (v) => resolve({ errors: v.errors }),
          error: (e: any) => resolve(Array.isArray(e) ? { errors: e } : { closeCode: e?.code ?? closeCode }),
          complete: () => {},
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

describe('D2 request limits hold on HTTP and on WebSocket alike', () => {
  it('rejects a depth-20 query', async () => {
    const http = await gql(p, deep(20));
    expect(http.status).toBe(400);
    expect(http.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
    const ws = await overWs(deep(20));
    expect(ws.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it('rejects a 500-alias document', async () => {
    const http = await gql(p, aliases(500));
    expect(http.status).toBe(400);
    expect(http.errors?.[0].extensions?.code).toMatch(/TOO_MANY_ALIASES|QUERY_TOO_LARGE/);
    const ws = await overWs(aliases(500));
    expect(ws.errors?.[0].extensions?.code).toMatch(/TOO_MANY_ALIASES|QUERY_TOO_LARGE/);
  });

  it('rejects a 1 MB document', async () => {
    const http = await gql(p, huge());
    expect(http.status).toBe(413);
    const ws = await overWs(huge());
    expect(ws.closeCode ?? ws.errors?.[0].extensions?.code).toBe(1009); // message too big
  });

  it('rejects nested list multipliers by cost', async () => {
    const http = await gql(p, costly);
    expect(http.status).toBe(400);
    expect(http.errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
    const ws = await overWs(costly);
    expect(ws.errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('does not leak field names through suggestions, and masks unexpected errors', async () => {
    const res = await gql(p, '{ currentSit { code } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0].message).not.toMatch(/Did you mean/);
    const badCursor = await gql(p, '{ institutions(first: 5, after: "!!") { totalCount } }');
    expect(badCursor.errors?.[0]).toMatchObject({ message: '分页游标无效', extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    const tooMany = await gql(p, '{ institutions(first: 1000) { totalCount } }');
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('blocks CSRF-style simple requests and GET mutations', async () => {
    const simple = await fetch(p.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ currentSite { code } }' }),
    });
    expect(simple.status).toBe(400);
    const get = await fetch(`${p.graphqlUrl}?query=${encodeURIComponent('mutation { logout { revoked } }')}`, { headers: { 'apollo-require-preflight': '1' } });
    expect(get.status).toBe(405);
  });

  it('refuses WebSocket upgrades from a foreign browser origin', async () => {
    const ws = new WebSocket(p.wsUrl, 'graphql-transport-ws', { headers: { origin: 'https://evil.example' } });
    const status = await new Promise<number>((resolve) => ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)));
    expect(status).toBe(401);
  });

  it('stays responsive after hostile requests', async () => {
    await Promise.all([gql(p, deep(20)), gql(p, aliases(500)), gql(p, huge()), overWs(deep(20))]);
    const ok = await gql(p, '{ currentSite { code } }');
    expect(ok.data.currentSite.code).toBe('anhui');
  });
});
