import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EngineQuery, SearchDocument, SearchEngine } from '../../server/modules/search/engine.js';
import { FACET_FIELDS } from '../../server/modules/search/engine.js';
import { PgSearchEngine } from '../../server/modules/search/pg.engine.js';
import { TypesenseConnection, TypesenseEngine, typesenseConfigFromEnv } from '../../server/modules/search/typesense.engine.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';

/** The search port's contract: every adapter passes the same cases (Typesense only when TYPESENSE_URL is set). */

let p: TestPlatform;
let site: string;
let other: string;

beforeAll(async () => {
  p = await startTestPlatform();
  const rows = await p.sql<{ code: string; id: string }>('select code, id::text from site');
  site = rows.find((r) => r.code === 'anhui')!.id;
  other = rows.find((r) => r.code === 'wuhu')!.id;
});
afterAll(async () => {
  await p?.stop();
});

const id = (n: number) => `0c0c0000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function docs(): SearchDocument[] {
  const base = {
    kind: 'policy',
    siteId: site,
    type: 'NOTICE',
    department: '省经信厅',
    regions: ['340000'],
    industries: [],
    validTo: null,
    url: null,
    inForce: true,
    popularity: 0,
    service: false,
  };
  return [
    {
      ...base,
      refId: id(1),
      columns: ['POLICY'],
      title: '专精特新中小企业认定通知',
      body: '对专精特新企业给予奖励。',
      publishedAt: new Date('2026-01-10T00:00:00Z'),
    },
    {
      ...base,
      refId: id(2),
      columns: ['FINANCING'],
      title: '融资担保降费政策',
      body: '小微企业融资担保费率降低。',
      publishedAt: new Date('2025-06-10T00:00:00Z'),
      type: 'MEASURES',
    },
    {
      ...base,
      refId: id(3),
      columns: ['FINANCING'],
      title: '创业担保贷款实施细则',
      body: '创业担保贷款财政贴息，支持小微企业。',
      publishedAt: new Date('2024-03-01T00:00:00Z'),
      siteId: other,
    },
    {
      ...base,
      kind: 'institution',
      refId: id(4),
      columns: ['FINANCING'],
      title: '合肥市融资担保有限公司',
      body: '提供融资担保服务。',
      publishedAt: new Date('2023-01-01T00:00:00Z'),
      service: true,
      type: 'MARKET',
    },
  ];
}

/** A fresh index the way each engine gets one: Typesense only through a reindex (requests never create one). */
async function fill(engine: SearchEngine, all: SearchDocument[], concepts = new Map<string, string[]>()) {
  if (engine.beginRebuild) {
    const rebuild = await engine.beginRebuild();
    await rebuild.add(all, new Map());
    await rebuild.finish(concepts);
  } else {
    await engine.clear();
    await engine.upsert(all);
  }
}

function contract(name: string, make: () => SearchEngine) {
  describe(`search engine contract: ${name}`, () => {
    let engine: SearchEngine;
    const q = (over: Partial<EngineQuery>): EngineQuery => ({
      groups: [],
      filters: { siteIds: [site, other] },
      facets: FACET_FIELDS,
      sort: 'RELEVANCE',
      limit: 10,
      offset: 0,
      ...over,
    });
    const ids = async (over: Partial<EngineQuery>) => (await engine.search(q(over))).hits.map((h) => h.refId).sort();

    // every case starts from the four documents: the last one deletes and clears
    beforeEach(async () => {
      engine = make();
      await fill(engine, docs());
    });

    it('matches all groups, or any group when relaxed, with facets', async () => {
      expect(await ids({ groups: [['融资担保']] })).toEqual([id(2), id(4)]);
      expect(await ids({ groups: [['小微企业'], ['贴息']] })).toEqual([id(3)]);
      expect(await ids({ groups: [['专精特新', '贴息']] })).toEqual([id(1), id(3)]);
      expect(await ids({ groups: [['专精特新'], ['贴息']], anyGroup: true })).toEqual([id(1), id(3)]);
      const r = await engine.search(q({ groups: [['担保']] }));
      expect(r.total).toBe(3);
      expect(r.facets.find((f) => f.field === 'kind')!.buckets).toEqual([
        { value: 'policy', count: 2 },
        { value: 'institution', count: 1 },
      ]);
      expect(r.facets.find((f) => f.field === 'site')!.buckets).toContainEqual({ value: other, count: 1 });
    });

    it('filters by site, kind, column, type, date, title and service', async () => {
      expect(await ids({ groups: [['担保']], filters: { siteIds: [site] } })).toEqual([id(2), id(4)]);
      expect(await ids({ groups: [['担保']], filters: { siteIds: [site, other], kinds: ['institution'] } })).toEqual([id(4)]);
      expect(await ids({ groups: [], filters: { siteIds: [site, other], columns: ['POLICY'] } })).toEqual([id(1)]);
      expect(await ids({ groups: [['担保']], filters: { siteIds: [site, other], types: ['MEASURES'] } })).toEqual([id(2)]);
      expect(await ids({ groups: [['担保']], filters: { siteIds: [site, other], dateFrom: new Date('2024-01-01'), dateTo: new Date('2025-12-31') } })).toEqual([
        id(2),
        id(3),
      ]);
      expect(await ids({ groups: [['小微企业']], filters: { siteIds: [site, other], titleOnly: true } })).toEqual([]);
      expect(await ids({ groups: [['融资担保']], filters: { siteIds: [site, other], service: true } })).toEqual([id(4)]);
    });

    it('ranks title matches first and sorts by date on request', async () => {
      const r = await engine.search(q({ groups: [['专精特新']] }));
      expect(r.hits[0].refId).toBe(id(1));
      const byDate = await engine.search(q({ groups: [['担保']], sort: 'DATE' }));
      expect(byDate.hits.map((h) => h.refId)).toEqual([id(2), id(3), id(4)]);
      const page2 = await engine.search(q({ groups: [['担保']], sort: 'DATE', limit: 1, offset: 1 }));
      expect(page2.hits.map((h) => h.refId)).toEqual([id(3)]);
    });

    it('lists fingerprints in id order, deletes and clears', async () => {
      const fps = await engine.fingerprints('policy', null, 2);
      expect(fps.map((f) => f.refId)).toEqual([id(1), id(2)]);
      expect((await engine.fingerprints('policy', id(2), 10)).map((f) => f.refId)).toEqual([id(3)]);
      await engine.delete([{ kind: 'policy', refId: id(1) }]);
      expect(await ids({ groups: [['专精特新']] })).toEqual([]);
      expect(await engine.suggest('融资担', [site], 5)).toEqual(['融资担保降费政策']);
      await engine.clear('institution');
      expect(await ids({ groups: [['融资担保']] })).toEqual([id(2)]);
      expect((await engine.health()).ok).toBe(true);
    });
  });
}

contract('postgres', () => new PgSearchEngine(p.orm.em.fork()));

const typesense = typesenseConfigFromEnv();
const tsEngine = () => new TypesenseEngine(new TypesenseConnection({ ...typesense!, collection: 'qifu_contract' }), p.orm.em.fork());
if (typesense) {
  contract('typesense', tsEngine);
  describe('search engine contract: typesense only (Q1–Q4, A4)', () => {
    const q = (over: Partial<EngineQuery>): EngineQuery => ({
      groups: [],
      filters: { siteIds: [site, other] },
      facets: [],
      sort: 'RELEVANCE',
      limit: 10,
      offset: 0,
      ...over,
    });
    const ids = async (engine: SearchEngine, over: Partial<EngineQuery>) => (await engine.search(q(over))).hits.map((h) => h.refId).sort();
    const more = (): SearchDocument[] => [
      ...docs(),
      {
        ...docs()[0],
        refId: id(5),
        title: 'c++ 开发者 2.0 版本补贴',
        body: 'covid-19 期间',
        columns: ['POLICY'],
        regions: ['340100'],
        industries: ['I65'],
        inForce: false,
      },
      { ...docs()[0], refId: id(6), title: '贷款贴息说明', body: '仅有贷款。', regions: ['350000'], industries: [] },
    ];

    it('an OR group where only the middle word matches; groups ANDed', async () => {
      const engine = tsEngine();
      await fill(engine, more());
      expect(await ids(engine, { groups: [['借钱', '贷款', '缺钱']] })).toEqual([id(3), id(6)]);
      expect(await ids(engine, { groups: [['借钱', '贷款', '缺钱'], ['贴息']] })).toEqual([id(3), id(6)]);
      expect(await ids(engine, { groups: [['借钱', '贷款', '缺钱'], ['小微企业']] })).toEqual([id(3)]);
    });

    it('finds c++ and 2.0 (symbols indexed as queried)', async () => {
      const engine = tsEngine();
      await fill(engine, more());
      expect(await ids(engine, { groups: [['c++']] })).toEqual([id(5)]);
      expect(await ids(engine, { groups: [['2.0']] })).toEqual([id(5)]);
      expect(await ids(engine, { groups: [['covid-19']] })).toEqual([id(5)]);
    });

    it('ranks by the summed boosts (region + industry above in force alone) with 100 eligible ids', async () => {
      const engine = tsEngine();
      await fill(engine, more());
      const eligible = [...Array.from({ length: 99 }, (_, i) => id(1000 + i)), id(2)];
      const r = await engine.search(q({ boost: { regions: ['340100'], industries: ['I65'], eligible } }));
      expect(r.hits[0].refId).toBe(id(2)); // eligible
      expect(r.hits[1].refId).toBe(id(5)); // region + industry, not in force
    });

    it('keeps clicks across a reindex and the alias in place until the reindex finishes', async () => {
      const engine = tsEngine();
      await fill(engine, more());
      await p.sql(`insert into search_click (site_id, query, kind, ref_id) values ('${site}', 'x', 'policy', '${id(2)}')`);
      await engine.recordClick({ kind: 'policy', refId: id(2) });
      const before = (await engine.health()).documents;
      const rebuild = await engine.beginRebuild!();
      await rebuild.add(more().slice(0, 2), new Map([[`policy:${id(2)}`, 1]]));
      expect((await engine.health()).documents).toBe(before); // still the old collection
      expect((await engine.search(q({}))).hits.length).toBeGreaterThan(0);
      await rebuild.finish(new Map());
      expect((await engine.health()).documents).toBe(2);
    });
  });
} else {
  describe.skip('search engine contract: typesense (skipped: TYPESENSE_URL/TYPESENSE_NODES not set)', () => it('skipped: TYPESENSE_URL not set', () => {}));
}
