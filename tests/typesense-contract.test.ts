import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import type { EngineQuery, SearchDocument } from '../server/modules/search/engine.js';
import { FACET_FIELDS } from '../server/modules/search/engine.js';
import { TypesenseConnection, TypesenseEngine, typesenseConfig } from '../server/modules/search/typesense.engine.js';
import { boostEval, safeValue, searchParams } from '../server/modules/search/typesense/query.js';
import { FakeTypesense, type Fault, SpecValidator, sortFields } from './setup/typesense-fake.js';

/**
 * Q1–Q4, A4: the Typesense adapter's requests, recorded without a server and checked against the pinned
 * official OpenAPI spec (v28.0 and v30.0) and the server's own limits; retries and timeouts with injected faults.
 */

const NODES = ['http://ts-1:8108', 'http://ts-2:8108', 'http://ts-3:8108'];
const uuid = (n: number) => `0c0c0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const clickEm = { execute: async () => [{ n: 3 }] } as unknown as EntityManager;

function setup(major: 28 | 30, over: Partial<Parameters<typeof typesenseConfig>[0]> = {}) {
  const fake = new FakeTypesense(major);
  const conn = new TypesenseConnection(
    typesenseConfig({ nodes: NODES, apiKey: 'admin-key', connectionTimeoutMs: 300, retryIntervalMs: 1, ...over }),
    fake.fetch,
  );
  return { fake, conn, engine: new TypesenseEngine(conn, clickEm) };
}

function doc(n: number, over: Partial<SearchDocument> = {}): SearchDocument {
  return {
    kind: 'policy',
    refId: uuid(n),
    siteId: uuid(900),
    columns: ['POLICY'],
    type: n % 2 ? 'NOTICE' : null,
    department: '省经信厅',
    regions: ['340000'],
    industries: ['C'],
    publishedAt: new Date('2026-01-10T00:00:00Z'),
    validTo: null,
    title: `c++ 2.0 专精特新中小企业认定通知 ${n}`,
    body: '对专精特新企业给予奖励。covid-19',
    url: null,
    inForce: true,
    popularity: n,
    service: false,
    ...over,
  };
}

/** The largest search the service can send: every filter, 100 eligible policies, a wide site scope, OR groups. */
function worstCase(): EngineQuery {
  const many = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  return {
    groups: [['融资', '贷款', '借钱'], ['担保'], ['小微企业', '中小企业']],
    optional: [['申请'], ['条件']],
    phrase: '借钱 担保 小微企业 申请 条件',
    filters: {
      siteIds: Array.from({ length: 20 }, (_, i) => uuid(i)),
      kinds: ['policy', 'institution'],
      columns: many('COL', 10),
      types: many('T', 10),
      departments: many('部门', 10),
      regions: many('34', 20),
      industries: many('I', 20),
      dateFrom: new Date('2024-01-01'),
      dateTo: new Date('2026-01-01'),
      service: false,
    },
    facets: FACET_FIELDS,
    sort: 'RELEVANCE',
    limit: 101,
    offset: 100,
    boost: { regions: ['340100', '340000'], industries: ['C', 'C39'], eligible: Array.from({ length: 100 }, (_, i) => uuid(i)) },
  };
}

/** Everything the adapter does in a life: reindex, outbox writes, searches, suggestions, reconcile, clicks, health. */
async function session(engine: TypesenseEngine) {
  const rebuild = await engine.beginRebuild();
  await rebuild.add([doc(1), doc(2), doc(3)], new Map([[`policy:${uuid(1)}`, 5]]));
  await rebuild.finish(
    new Map([
      ['借钱', ['融资', '贷款']],
      ['c++ 开发', ['软件']],
    ]),
  );
  await engine.upsert([doc(4), doc(1, { title: '改了标题' })]);
  await engine.delete([{ kind: 'policy', refId: uuid(2) }]);
  await engine.search(worstCase());
  await engine.search({ ...worstCase(), sort: 'DATE', anyGroup: true, boost: undefined, filters: { siteIds: [uuid(900)], titleOnly: true } });
  await engine.search({ groups: [], filters: {}, facets: [], sort: 'RELEVANCE', limit: 3, offset: 0 });
  await engine.suggest('融资担', [uuid(900)], 10);
  await engine.fingerprints('policy', null, 1000);
  await engine.recordClick({ kind: 'policy', refId: uuid(1) });
  await engine.health();
  await engine.clear('institution');
  await engine.clear();
}

describe('Typesense requests against the official spec (Q1–Q4, A4)', () => {
  for (const major of [28, 30] as const) {
    it(`every request of a session conforms to the v${major}.0 spec and the server's limits`, async () => {
      const { fake, engine } = setup(major);
      await session(engine);
      const spec = new SpecValidator(`${major}.0`);
      expect(fake.requests.length).toBeGreaterThan(15);
      expect(fake.requests.flatMap((r) => spec.validate(r))).toEqual([]);
      // Synonyms the way each version keeps them: linked set on 30, collection synonyms before.
      const synonymPaths = fake.requests.filter((r) => r.path.includes('synonym')).map((r) => r.path);
      if (major === 30) expect(synonymPaths.every((p) => p.startsWith('/synonym_sets'))).toBe(true);
      else expect(synonymPaths.every((p) => /^\/collections\/[^/]+\/synonyms\//.test(p))).toBe(true);
    });
  }

  it('sends searches by POST with a short query string, even in the worst case', async () => {
    const { fake, conn, engine } = setup(30);
    await (await engine.beginRebuild()).finish(new Map());
    fake.requests.length = 0;
    await engine.search(worstCase());
    const [r] = fake.requests;
    expect(r.method).toBe('POST');
    expect(r.path).toBe('/multi_search');
    expect(r.queryString.length).toBeLessThan(4_000);
    // The same search as a GET would be far over the limit: that is why it goes in the body.
    expect(
      new URLSearchParams(Object.entries(searchParams(worstCase(), conn.config.collection)).map(([k, v]) => [k, String(v)])).toString().length,
    ).toBeGreaterThan(4_000);
    const sent = JSON.parse(r.body!).searches[0];
    expect(sent).toMatchObject({ split_join_tokens: 'off', highlight_fields: 'none', num_typos: '0', pre_segmented_query: true });
    expect(sortFields(sent.sort_by).length).toBeLessThanOrEqual(3);
    // The request never creates or moves anything.
    expect(fake.requests.map((x) => x.path)).toEqual(['/multi_search']);
  });

  it('boosts add up: the _eval list holds every combination, highest sum first', () => {
    // A query that asks for history: being in force is worth 0.1, as before issue #14.
    const q = { ...worstCase(), history: true, boost: { regions: ['340100'], industries: ['C'], eligible: [uuid(1)] } };
    const weights = [...boostEval(q).matchAll(/\):(\d+)/g)].map((m) => Number(m[1]));
    expect(weights).toEqual([20, 18, 17, 17, 15, 15, 14, 12, 8, 6, 5, 5, 3, 3, 2]);
    // Region + industry (0.30) outranks in force alone, and eligible (0.6) outranks both together.
    expect(boostEval(q)).toContain('(regions:=[`340100`] && industries:=[`C`] && in_force:=true):8');
  });

  it('ranks expired versions below in-force ones and institutions below documents (issue #14)', () => {
    const q = { ...worstCase(), documentsFirst: true, boost: { regions: [], industries: [], eligible: [uuid(1)] } };
    const ev = boostEval(q);
    expect(ev).toContain('(in_force:=true):16');
    expect(ev).toContain('(kind:!=[`institution`]):8');
    expect(ev).toContain('(id:=[`policy:' + uuid(1) + '`]):12');
  });

  it('OR groups are a word-level filter: any alternative alone matches, groups are ANDed', () => {
    const p = searchParams({ groups: [['借钱', '融资', '贷款'], ['担保']], filters: {}, facets: [], sort: 'RELEVANCE', limit: 10, offset: 0 }, 'c');
    expect(p.filter_by).toBe('(title:[`借钱`,`融资`,`贷款`] || body:[`借钱`,`融资`,`贷款`]) && (title:[`担保`] || body:[`担保`])');
    expect(p.q).toBe('担保'); // the word every match has: token dropping cannot lose a match
    const only = searchParams({ groups: [['借钱', '融资', '贷款']], filters: {}, facets: [], sort: 'RELEVANCE', limit: 10, offset: 0 }, 'c');
    expect(only.q).toBe('*');
    const any = searchParams({ groups: [['专精特新'], ['贴息']], anyGroup: true, filters: {}, facets: [], sort: 'RELEVANCE', limit: 10, offset: 0 }, 'c');
    expect(any.filter_by).toBe('((title:[`专精特新`] || body:[`专精特新`]) || (title:[`贴息`] || body:[`贴息`]))');
  });

  it('refuses filter values that would change the filter: backticks, a trailing * or \\, quotes, empty', () => {
    for (const bad of ['', 'a`b', 'abc*', 'abc\\', '"abc"', "'abc"]) expect(safeValue(bad)).toBe(false);
    expect(safeValue('市发改委（物价局）')).toBe(true);
    const p = searchParams({ groups: [], filters: { regions: ['34*'] }, facets: [], sort: 'RELEVANCE', limit: 10, offset: 0 }, 'c');
    expect(p.filter_by).toBe('id:=`-`'); // every value refused: matches nothing, not everything
  });
});

describe('Typesense cluster: retries and timeouts with injected faults (A4)', () => {
  const search = (engine: TypesenseEngine) => engine.search({ groups: [['担保']], filters: {}, facets: [], sort: 'RELEVANCE', limit: 10, offset: 0 });

  for (const fault of [503, 429, 408, 'network'] as Fault[]) {
    it(`a node answering ${fault} is retried on the next node`, async () => {
      const { fake, engine } = setup(30);
      await (await engine.beginRebuild()).finish(new Map());
      fake.requests.length = 0;
      let first = true;
      fake.fault = () => (first ? ((first = false), fault) : undefined);
      const r = await search(engine);
      expect(r.total).toBe(0);
      expect(fake.requests).toHaveLength(2);
      expect(fake.requests[0].node).not.toBe(fake.requests[1].node);
    });
  }

  it('a node that hangs is abandoned within the connection timeout and the next node answers', async () => {
    const { fake, engine } = setup(30, { connectionTimeoutMs: 250 });
    await (await engine.beginRebuild()).finish(new Map());
    fake.requests.length = 0;
    fake.fault = (r) => (r.node === fake.requests[0].node ? 'hang' : undefined);
    const started = Date.now();
    await search(engine);
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(240);
    expect(took).toBeLessThan(1_500);
    expect(new Set(fake.requests.map((r) => r.node)).size).toBe(2);
  });

  it('gives up after the configured retries with the last error', async () => {
    const { fake, engine } = setup(30, { numRetries: 2 });
    fake.fault = () => 503;
    await expect(search(engine)).rejects.toThrow(/injected 503/);
    expect(fake.requests).toHaveLength(3);
  });

  it('requires an API key when the engine is chosen', async () => {
    const { typesenseConfigFromEnv } = await import('../server/modules/search/typesense/config.js');
    const saved = { ...process.env };
    try {
      process.env.TYPESENSE_NODES = NODES.join(',');
      delete process.env.TYPESENSE_API_KEY;
      expect(() => typesenseConfigFromEnv()).toThrow(/TYPESENSE_API_KEY is required/);
      process.env.TYPESENSE_API_KEY = 'k';
      expect(typesenseConfigFromEnv()!.nodes).toEqual(NODES);
    } finally {
      process.env = saved;
    }
  });
});

describe('Typesense reindex: a fresh collection, then the alias (Q1, A4)', () => {
  it('no search returns an empty page while a reindex runs; the alias moves only at the end', async () => {
    const { fake, engine } = setup(30);
    const first = await engine.beginRebuild();
    await first.add([doc(1), doc(2)], new Map());
    await first.finish(new Map());
    const alias = fake.aliases.get('qifu_documents')!;
    fake.importDelayMs = 30;
    const searches: number[] = [];
    let done = false;
    const reindex = (async () => {
      const next = await engine.beginRebuild();
      for (let i = 0; i < 5; i++) {
        await next.add([doc(10 + 2 * i), doc(11 + 2 * i)], new Map());
        expect(fake.aliases.get('qifu_documents')).toBe(alias);
      }
      await next.finish(new Map());
      done = true;
    })();
    while (!done) {
      searches.push((await engine.search({ groups: [], filters: {}, facets: [], sort: 'RELEVANCE', limit: 10, offset: 0 })).hits.length);
      await new Promise((ok) => setTimeout(ok, 5));
    }
    await reindex;
    expect(searches.length).toBeGreaterThan(5);
    expect(searches.every((n) => n > 0)).toBe(true);
    expect(fake.aliases.get('qifu_documents')).not.toBe(alias);
    expect(fake.collections.has(alias)).toBe(true); // kept for the grace period
  });

  it('keeps clicks across a reindex and out of outbox writes', async () => {
    const { fake, engine } = setup(30);
    const rebuild = await engine.beginRebuild();
    await rebuild.add([doc(1)], new Map([[`policy:${uuid(1)}`, 7]]));
    await rebuild.finish(new Map());
    await engine.upsert([doc(1, { title: '新标题' })]);
    const stored = fake.collections.get(fake.aliases.get('qifu_documents')!)!.docs.get(`policy:${uuid(1)}`)!;
    expect(stored.clicks).toBe(7);
    expect(stored.title_raw).toBe('新标题');
  });

  it('drops replaced collections after the grace period, never the served one', async () => {
    const { fake, engine } = setup(30, { retireAfterMs: 0 });
    for (let i = 0; i < 3; i++) await (await engine.beginRebuild()).finish(new Map());
    const ours = [...fake.collections.keys()];
    expect(ours).toContain(fake.aliases.get('qifu_documents'));
    expect(ours.length).toBeLessThanOrEqual(2);
  });

  it('refuses to shadow a real collection named like the alias (an older deployment)', async () => {
    const { fake, engine } = setup(30);
    fake.collections.set('qifu_documents', { docs: new Map(), created_at: 1 });
    await expect(engine.beginRebuild()).rejects.toThrow(/a collection is named qifu_documents/);
  });
});
