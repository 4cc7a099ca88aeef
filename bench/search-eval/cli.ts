/**
 * `npm run search:eval`: loads the generated evaluation corpus into a scratch database (and into Typesense
 * when TYPESENSE_URL is set), runs the ≥200 labelled queries and prints nDCG@10, MRR, recall@10, zero-result
 * rate, pinyin, correction and false-correction rates per adapter against their targets.
 */
import 'reflect-metadata';
import { initOrm } from '../../server/db/orm.js';
import { bootstrapSites } from '../../server/modules/site/index.js';
import { scratchDatabase } from '../../server/db/scratch.js';
import { PgSearchEngine, TypesenseConnection, TypesenseEngine, typesenseConfigFromEnv } from '../../server/modules/search/index.js';
import { TARGETS, formatMetrics, type EvalMetrics } from './evaluate.js';
import { runEval } from './harness.js';
import { HELDOUT_SET, evaluateScenario, formatScenario, loadScenario } from './scenario-eval.js';
import { SCENARIO_DEV } from './scenario-dev.js';

const passes = (m: EvalMetrics) =>
  m.ndcg10 >= TARGETS.ndcg10 &&
  m.pinyinFirst >= TARGETS.pinyinFirst &&
  m.initialsTop5 >= TARGETS.initialsTop5 &&
  m.correctionAccuracy >= TARGETS.correctionAccuracy &&
  m.falseCorrectionRate <= TARGETS.falseCorrectionRate &&
  m.zeroResultRate <= TARGETS.zeroResultRate;

async function main(): Promise<number> {
  const db = await scratchDatabase('qifu_search_eval');
  const orm = await initOrm(db.url, 4);
  let ok = true;
  try {
    await bootstrapSites(orm.em.fork());
    const [{ id: siteId }] = await orm.em.fork().execute<{ id: string }[]>('select id::text from site where parent_id is null');
    const em = orm.em.fork();
    const pgMetrics = await runEval('postgres', em, new PgSearchEngine(em), siteId);
    console.log(formatMetrics(pgMetrics).join('\n'));
    ok &&= passes(pgMetrics);
    // The scenario corpus: the development queries (tuned on) beside the frozen held-out set (never tuned on).
    const pgEngine = new PgSearchEngine(em);
    const loaded = await loadScenario(em, pgEngine, siteId);
    const dev = await evaluateScenario('development', SCENARIO_DEV, pgEngine, loaded, siteId);
    const held = await evaluateScenario('held-out', HELDOUT_SET, pgEngine, loaded, siteId);
    console.log(`\n${formatScenario([dev, held], 'postgres', process.argv.includes('--failures')).join('\n')}`);
    const ts = typesenseConfigFromEnv();
    if (ts) {
      const m = await runEval(
        'typesense',
        orm.em.fork(),
        new TypesenseEngine(new TypesenseConnection({ ...ts, collection: 'qifu_eval' }), orm.em.fork()),
        siteId,
      );
      console.log(`\n${formatMetrics(m).join('\n')}`);
      ok &&= passes(m);
    } else {
      console.log('\ntypesense: skipped: TYPESENSE_URL/TYPESENSE_NODES not set');
    }
  } finally {
    await orm.close(true);
    await db.close();
  }
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
