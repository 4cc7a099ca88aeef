import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineQuery, EngineResult, SearchDocument } from '../../server/modules/search/engine.js';
import { FACET_FIELDS } from '../../server/modules/search/engine.js';
import { PgSearchEngine } from '../../server/modules/search/pg.engine.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';

/**
 * The postings (migration 0080) rank one-word and OR queries without reading search_document: they must give what
 * the GIN index gives (same hits in the same order, scores, totals and facets) and follow every write.
 */

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

const id = (n: number) => `0d0d0000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function corpus(): SearchDocument[] {
  const titles = ['专精特新企业奖励', '融资担保降费', '专精特新小巨人申报', '稳岗补贴发放', '融资担保机构名录', '技术改造专项'];
  const bodies = [
    '专精特新 专精特新 融资担保',
    '融资担保 贷款',
    '小巨人 专精特新 奖励 奖励',
    '稳岗补贴 专精特新',
    '融资担保 担保',
    '技术改造 融资担保 专精特新',
  ];
  return Array.from({ length: 36 }, (_, i) => ({
    kind: i % 5 === 4 ? 'institution' : 'policy',
    refId: id(i + 1),
    siteId: i % 3 === 2 ? other : site,
    columns: ['POLICY'],
    type: i % 2 ? 'NOTICE' : 'MEASURES',
    department: '省经信厅',
    regions: [i % 2 ? '340100' : '340200'],
    industries: i % 4 ? ['C'] : [],
    publishedAt: new Date(Date.UTC(2024, i % 12, 1 + i)),
    validTo: null,
    title: `${titles[i % titles.length]}${i}`,
    body: bodies[(i * 7) % bodies.length].repeat(1 + (i % 3)),
    url: null,
    inForce: i % 7 !== 0,
    popularity: i % 9,
    service: false,
  }));
}

// Scores are compared within 1e-9: each search computes freshness from its own Date.now().
const withoutScores = (r: EngineResult) => ({ ...r, hits: r.hits.map((h) => ({ ...h, score: 0 })) });

async function same(engine: PgSearchEngine, q: EngineQuery) {
  const [viaPostings, viaGin] = [await engine.search(q), await engine.search(q, false)];
  expect(withoutScores(viaPostings)).toEqual(withoutScores(viaGin));
  viaPostings.hits.forEach((h, i) => expect(Math.abs(h.score - viaGin.hits[i].score)).toBeLessThan(1e-9));
  return viaPostings;
}

describe('search postings rank as the GIN index does (Q4, B4)', () => {
  it('one word, alternatives, any group, title only, date order, filters and profile boosts', async () => {
    const engine = new PgSearchEngine(p.orm.em.fork());
    await engine.upsert(corpus());
    const base = { filters: { siteIds: [site, other] }, facets: FACET_FIELDS, sort: 'RELEVANCE' as const, limit: 11, offset: 0, documentsFirst: true };
    const one = await same(engine, { ...base, groups: [['专精特新']], phrase: '专精特新' });
    expect(one.total).toBeGreaterThan(10);
    await same(engine, { ...base, groups: [['融资担保', '专精特新', '小巨人']], phrase: '融资担保' });
    await same(engine, { ...base, groups: [['融资担保'], ['稳岗补贴']], anyGroup: true, phrase: '稳岗补贴' });
    await same(engine, { ...base, groups: [['专精特新']], phrase: '专精特新', filters: { ...base.filters, titleOnly: true } });
    await same(engine, { ...base, groups: [['专精特新', '融资担保']], filters: { ...base.filters, titleOnly: true } });
    await same(engine, { ...base, groups: [['融资担保']], phrase: '融资担保', sort: 'DATE', offset: 3 });
    await same(engine, {
      ...base,
      groups: [['融资担保']],
      phrase: '融资担保',
      filters: { siteIds: [site], kinds: ['policy'], regions: ['340100'], dateFrom: new Date('2024-03-01'), excludeRefIds: [id(2)] },
    });
    await same(engine, {
      ...base,
      groups: [['专精特新']],
      phrase: '专精特新',
      history: true,
      documentsFirst: false,
      boost: { regions: ['340200'], industries: ['C'], eligible: [id(3), id(9)] },
    });
  });

  it('follows re-indexing, clicks, moves between sites and deletion', async () => {
    const engine = new PgSearchEngine(p.orm.em.fork());
    await engine.upsert(corpus());
    const changed = corpus()
      .slice(0, 6)
      .map((d) => ({ ...d, title: `稳岗补贴${d.title}`, siteId: other, inForce: !d.inForce, popularity: 50 }));
    await engine.upsert(changed);
    // A click changes a document's rank, not its words or facets: the words' counts are not written.
    const versions = () => p.sql<{ v: string }>("select string_agg(xmin::text, ',' order by term, site_id, facet_key) as v from search_term_facet");
    const [before] = await versions();
    await engine.recordClick({ kind: 'policy', refId: id(2) });
    expect(await versions()).toEqual([before]);
    await engine.delete([{ kind: 'policy', refId: id(8) }]);
    const base = { filters: { siteIds: [site, other] }, facets: FACET_FIELDS, sort: 'RELEVANCE' as const, limit: 20, offset: 0, documentsFirst: true };
    for (const word of ['稳岗补贴', '专精特新', '融资担保', '奖励']) await same(engine, { ...base, groups: [[word]], phrase: word });
    const [check] = await p.sql<{ postings: number; lexemes: number }>(
      `select (select count(*)::int from search_posting) as postings, (select coalesce(sum(length(tsv)), 0)::int from search_document) as lexemes`,
    );
    expect(check.postings).toBe(check.lexemes);
    // The words' counts (migration 0086) are the postings counted per word, site and facet combination.
    const recount = `select term, site_id::text, facet_key::text, count(*)::int as n from search_posting group by 1, 2, 3`;
    const kept = `select term, site_id::text, facet_key::text, n from search_term_facet where n <> 0`;
    const sorted = (rows: Record<string, unknown>[]) => rows.map((r) => JSON.stringify(r)).sort();
    const counts = sorted(await p.sql(kept));
    expect(counts.length).toBeGreaterThan(20);
    expect(counts).toEqual(sorted(await p.sql(recount)));
    await engine.clear();
    const [{ n }] = await p.sql<{ n: number }>('select count(*)::int as n from search_posting');
    expect(n).toBe(0);
    expect(await p.sql(kept)).toEqual([]);
  });

  it('ranks a slice of each word of an OR past the cap, so a rare word is never crowded out, and says it is approximate', async () => {
    const engine = new PgSearchEngine(p.orm.em.fork());
    const doc = (n: number, title: string, body: string): SearchDocument => ({
      ...corpus()[0],
      kind: 'policy',
      refId: `0e0e0000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      siteId: site,
      title,
      body,
      inForce: true,
    });
    // 1,100 documents with a common word: more than its share (half of the 2,000 candidates) of an OR of two words.
    const common = Array.from({ length: 1100 }, (_, i) => doc(i, `通知${i}`, '研发费用加计扣除 研发费用加计扣除'));
    const rare = Array.from({ length: 12 }, (_, i) => doc(5000 + i, `以工代训补贴${i}`, i < 3 ? '以工代训 研发费用加计扣除' : '以工代训'));
    await engine.upsert([...common, ...rare]);
    const q = {
      filters: { siteIds: [site] },
      facets: FACET_FIELDS,
      sort: 'RELEVANCE' as const,
      limit: 12,
      offset: 0,
      documentsFirst: true,
      groups: [['研发费用加计扣除', '以工代训']],
      phrase: '以工代训',
    };
    const sliced = await engine.search(q);
    expect(sliced.approximate).toBe(true);
    // The words' counts summed (a document with both words counts twice): 1,100 + 3 of the common word, 12 of the rare one.
    expect(sliced.total).toBe(1115);
    expect(sliced.facets.find((f) => f.field === 'kind')?.buckets).toEqual([{ value: 'policy', count: 1115 }]);
    expect(new Set(sliced.hits.map((h) => h.refId))).toEqual(new Set(rare.map((d) => d.refId)));
    // Under the cap the GIN index ranks every match: the same page.
    const full = await engine.search(q, false);
    expect(full.approximate).toBe(false);
    expect(sliced.hits.map((h) => h.refId)).toEqual(full.hits.map((h) => h.refId));
    await engine.clear();
  });

  it('counts every match of one word past the cap, with and without facet filters', async () => {
    const engine = new PgSearchEngine(p.orm.em.fork());
    const docs = Array.from({ length: 2100 }, (_, i): SearchDocument => ({
      ...corpus()[0],
      kind: i % 10 ? 'policy' : 'institution',
      refId: `0f0f0000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      siteId: site,
      regions: [i % 3 ? '340100' : '340200'],
      title: `首台套${i}`,
      body: '首台套 保险补偿',
    }));
    await engine.upsert(docs);
    const q = { filters: { siteIds: [site] }, facets: FACET_FIELDS, sort: 'RELEVANCE' as const, limit: 10, offset: 0, groups: [['首台套']], phrase: '首台套' };
    const all = await engine.search(q);
    // Ranked among the first 2,001 postings (approximate), counted in full.
    expect(all.approximate).toBe(true);
    expect(all.total).toBe(2100);
    expect(all.facets.find((f) => f.field === 'kind')?.buckets).toEqual([
      { value: 'policy', count: 1890 },
      { value: 'institution', count: 210 },
    ]);
    const hefei = await engine.search({ ...q, filters: { ...q.filters, regions: ['340100'], kinds: ['policy'] } });
    expect(hefei.total).toBe(docs.filter((d) => d.regions[0] === '340100' && d.kind === 'policy').length);
    expect(hefei.approximate).toBe(false);
    // A date filter is decided per document: the candidates are counted, past the cap the planner estimates.
    const dated = await engine.search({ ...q, filters: { ...q.filters, dateFrom: new Date('2000-01-01') } });
    expect(dated.approximate).toBe(true);
    expect(dated.total).toBeGreaterThanOrEqual(2001);
    await engine.clear();
  });

  it('runs search statements prepared, at most 64 shapes per connection', async () => {
    await p.orm.em.fork().transactional(async (tx) => {
      for (let i = 0; i < 70; i++) {
        const [{ r }] = await tx.execute<{ r: { n: number } }[]>('select search_run_prepared(?, ?::jsonb, null, 1) as r', [
          `select jsonb_build_object('n', $1::int + ${i})`,
          JSON.stringify([String(i)]),
        ]);
        expect(r.n).toBe(2 * i);
      }
      const [{ n }] = await tx.execute<{ n: number }[]>(`select count(*)::int as n from pg_prepared_statements where name like 'qifu\\_search\\_%'`);
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThanOrEqual(64);
    });
  });
});
