import type { GraphQLFormattedError } from 'graphql';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { gql, gqlRaw } from '../setup/client.js';
import { graphql } from '../gql/index.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
});
afterAll(async () => {
  await p?.stop();
});

// Hostile documents (too deep, too many aliases, too large, too costly, misspelt, bad arguments): operation text
// sent as it is through `gqlRaw`, never typed documents.
const deep = (n: number): string => {
  let q = 'id';
  for (let i = 0; i < n; i++) q = i % 2 === 0 ? `enterprise { ${q} }` : `members { ${q} }`;
  return `{ me { ${q} } }`;
};
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: currentSite { code }`).join(' ')} }`;
const huge = () => `{ currentSite { code } } # ${'x'.repeat(1024 * 1024)}`;
const costly = '{ institutions(first: 100) { nodes { staff { institution { staff { institution { staff { id } } } } } } } }';

async function overWs(query: string): Promise<{ errors?: readonly GraphQLFormattedError[]; closeCode?: number }> {
  let closeCode: number | undefined;
  const client = createClient({
    url: p.wsUrl,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    on: { closed: (e) => (closeCode = (e as CloseEvent | undefined)?.code) },
  });
  try {
    return await new Promise((resolve) => {
      client.subscribe(
        { query },
        {
          next: (v) => resolve({ errors: v.errors }),
          error: (e) => resolve(Array.isArray(e) ? { errors: e as GraphQLFormattedError[] } : { closeCode: (e as CloseEvent | undefined)?.code ?? closeCode }),
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
    const http = await gqlRaw(p, deep(20));
    expect(http.status).toBe(400);
    expect(http.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
    const ws = await overWs(deep(20));
    expect(ws.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it('rejects a 500-alias document', async () => {
    const http = await gqlRaw(p, aliases(500));
    expect(http.status).toBe(400);
    expect(http.errors?.[0].extensions?.code).toMatch(/TOO_MANY_ALIASES|QUERY_TOO_LARGE/);
    const ws = await overWs(aliases(500));
    expect(ws.errors?.[0].extensions?.code).toMatch(/TOO_MANY_ALIASES|QUERY_TOO_LARGE/);
  });

  it('rejects a 1 MB document', async () => {
    const http = await gqlRaw(p, huge());
    expect(http.status).toBe(413);
    const ws = await overWs(huge());
    expect(ws.closeCode ?? ws.errors?.[0].extensions?.code).toBe(1009); // message too big
  });

  it('rejects nested list multipliers by cost', async () => {
    const http = await gqlRaw(p, costly);
    expect(http.status).toBe(400);
    expect(http.errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
    const ws = await overWs(costly);
    expect(ws.errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('does not leak field names through suggestions, and masks unexpected errors', async () => {
    const res = await gqlRaw(p, '{ currentSit { code } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0].message).not.toMatch(/Did you mean/);
    const badCursor = await gqlRaw(p, '{ institutions(first: 5, after: "!!") { totalCount } }');
    expect(badCursor.errors?.[0]).toMatchObject({ message: '分页游标无效', extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    const tooMany = await gqlRaw(p, '{ institutions(first: 1000) { totalCount } }');
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
    await Promise.all([gqlRaw(p, deep(20)), gqlRaw(p, aliases(500)), gqlRaw(p, huge()), overWs(deep(20))]);
    const ok = await gql(
      p,
      graphql(`
        query LimitsCurrentSite {
          currentSite {
            code
          }
        }
      `),
    );
    expect(ok.data.currentSite.code).toBe('anhui');
  });
});
