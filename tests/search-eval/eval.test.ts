import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgSearchEngine } from '../../server/modules/search/pg.engine.js';
import { TypesenseConnection, TypesenseEngine, typesenseConfigFromEnv } from '../../server/modules/search/typesense.engine.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { TARGETS, formatMetrics } from '../../bench/search-eval/evaluate.js';
import { evalQueries } from '../../bench/search-eval/queries.js';
import { runEval } from '../../bench/search-eval/harness.js';

let p: TestPlatform;
let siteId: string;
beforeAll(async () => {
  p = await startTestPlatform();
  [{ id: siteId }] = await p.sql<{ id: string }>(`select id::text from site where parent_id is null`);
});
afterAll(async () => {
  await p?.stop();
});

/** Quality is deterministic (generated corpus, fixed queries), so its targets are asserted, unlike timings. */
describe('search quality on the labelled eval set', () => {
  it('has at least 200 labelled queries of every category', () => {
    const qs = evalQueries();
    expect(qs.length).toBeGreaterThanOrEqual(200);
    expect(new Set(qs.map((q) => q.category))).toEqual(
      new Set(['EXACT', 'PINYIN', 'FUZZY_PINYIN', 'INITIALS', 'TYPO', 'COLLOQUIAL', 'QUESTION', 'REGION', 'LONG_QUESTION', 'MIXED']),
    );
  });

  it('meets the targets with the PostgreSQL adapter', async () => {
    const em = p.orm.em.fork();
    const m = await runEval('postgres', em, new PgSearchEngine(em), siteId);
    console.log(formatMetrics(m).join('\n'));
    expect(m.ndcg10).toBeGreaterThanOrEqual(TARGETS.ndcg10);
    expect(m.pinyinFirst).toBeGreaterThanOrEqual(TARGETS.pinyinFirst);
    expect(m.initialsTop5).toBeGreaterThanOrEqual(TARGETS.initialsTop5);
    expect(m.correctionAccuracy).toBeGreaterThanOrEqual(TARGETS.correctionAccuracy);
    expect(m.falseCorrectionRate).toBeLessThanOrEqual(TARGETS.falseCorrectionRate);
    expect(m.zeroResultRate).toBeLessThanOrEqual(TARGETS.zeroResultRate);
  }, 120_000);

  const typesense = typesenseConfigFromEnv();
  it.skipIf(!typesense)(
    `meets the targets with the Typesense adapter${typesense ? '' : ' (skipped: TYPESENSE_URL/TYPESENSE_NODES not set)'}`,
    async () => {
      const engine = new TypesenseEngine(new TypesenseConnection({ ...typesense!, collection: 'qifu_eval' }), p.orm.em.fork());
      const em = p.orm.em.fork();
      const m = await runEval('typesense', em, engine, siteId);
      console.log(formatMetrics(m).join('\n'));
      expect(m.ndcg10).toBeGreaterThanOrEqual(TARGETS.ndcg10);
    },
    300_000,
  );
});
