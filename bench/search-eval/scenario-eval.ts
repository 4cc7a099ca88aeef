import type { EntityManager } from '@mikro-orm/postgresql';
import type { SearchEngine } from '../../server/modules/search/engine.js';
import { FACET_FIELDS } from '../../server/modules/search/engine.js';
import { learnDocuments } from '../../server/modules/search/indexer.js';
import { ensureDictionary, loadLexicon } from '../../server/modules/search/lexicon.store.js';
import { executeSearch } from '../../server/modules/search/search.service.js';
import { segmentQuery } from '../../server/modules/search/segment.js';
import { understand } from '../../server/modules/search/understand.js';
import { HELDOUT, type ScenarioClass, type ScenarioQuery } from './heldout.js';
import { scenarioCorpus } from './scenario-corpus.js';

/** Per-class and overall figures of one query set on the scenario corpus. */
export interface ScenarioMetrics {
  set: string;
  queries: number;
  ndcg10: number;
  zeroResultRate: number;
  /** Clean controls rewritten (corrected or read as pinyin). */
  cleanRewritten: number;
  /** Typos (sound and shape): the corrected text contains the intended term. */
  soundCorrected: number;
  shapeCorrected: number;
  /** Pinyin, initials and mixed: the converted text contains the intended term. */
  pinyinConverted: number;
  byClass: Partial<Record<ScenarioClass, { n: number; ndcg10: number; zero: number }>>;
  failures: string[];
}

const dcg = (rels: number[]) => rels.reduce((s, r, i) => s + (2 ** r - 1) / Math.log2(i + 2), 0);

/** Loads the scenario corpus into a cleared engine and a lexicon of the dictionary plus what indexing learns. */
export async function loadScenario(em: EntityManager, engine: SearchEngine, siteId: string) {
  const corpus = scenarioCorpus(siteId);
  await em.execute(`delete from search_term where source <> 'DICT'`);
  await em.execute(`update search_term set df = 0`);
  await ensureDictionary(em);
  await learnDocuments(em, corpus);
  const state = await loadLexicon(em);
  if (engine.beginRebuild) {
    const rebuild = await engine.beginRebuild();
    await rebuild.add(corpus, new Map());
    await rebuild.finish(state.concepts);
  } else {
    await engine.clear();
    await engine.upsert(corpus);
  }
  return { corpus, ...state };
}

export async function evaluateScenario(
  set: string,
  queries: readonly ScenarioQuery[],
  engine: SearchEngine,
  loaded: Awaited<ReturnType<typeof loadScenario>>,
  siteId: string,
): Promise<ScenarioMetrics> {
  const keyOf = new Map(loaded.corpus.map((d) => [d.refId, d.key]));
  const deps = { lexicon: loaded.lexicon, concepts: loaded.concepts, segment: segmentQuery };
  const byClass: ScenarioMetrics['byClass'] = {};
  const c = { sound: [0, 0], shape: [0, 0], pinyin: [0, 0], clean: [0, 0] };
  const tally = (x: number[], ok: boolean) => ((x[1] += 1), ok && (x[0] += 1));
  let ndcgSum = 0;
  let zero = 0;
  const failures: string[] = [];
  for (const q of queries) {
    const u = understand(q.query, deps);
    const { result } = await executeSearch(
      engine,
      u,
      [],
      { filters: { siteIds: [siteId] }, facets: FACET_FIELDS, sort: 'RELEVANCE', limit: 10, offset: 0 },
      loaded.lexicon,
    );
    const rels = result.hits.map((h) => q.rel[keyOf.get(h.refId) ?? ''] ?? 0);
    const ideal = Object.values(q.rel).sort((a, b) => b - a);
    const ndcg = dcg(rels) / dcg(ideal.slice(0, 10));
    ndcgSum += ndcg;
    if (result.total === 0) zero++;
    const k = (byClass[q.cls] ??= { n: 0, ndcg10: 0, zero: 0 });
    k.n++;
    k.ndcg10 += ndcg;
    if (result.total === 0) k.zero++;
    const text = u.corrected ?? u.converted ?? '';
    if (q.cls === 'SOUND_TYPO') tally(c.sound, text.includes(q.expect!));
    if (q.cls === 'SHAPE_TYPO') tally(c.shape, text.includes(q.expect!));
    if (q.cls === 'PINYIN' || q.cls === 'INITIALS' || q.cls === 'MIXED') tally(c.pinyin, text.includes(q.expect!));
    if (q.cls === 'CLEAN' || q.cls === 'EXACT') tally(c.clean, !!(u.corrected || u.converted));
    if ((q.cls.endsWith('_TYPO') || q.cls === 'PINYIN' || q.cls === 'INITIALS' || q.cls === 'MIXED') && !text.includes(q.expect!)) {
      failures.push(`${q.cls} ${q.query}: read as ${text || '(unchanged)'}, expected ${q.expect}`);
    }
    if (ndcg < 0.6) {
      const top = result.hits.slice(0, 3).map((h) => keyOf.get(h.refId) ?? h.title);
      failures.push(`${q.cls} ${q.query} → ${u.corrected ?? u.converted ?? u.normalized}: nDCG ${ndcg.toFixed(2)} top ${top.join(', ')}`);
    }
  }
  for (const v of Object.values(byClass)) v.ndcg10 /= v.n;
  const rate = (x: number[]) => (x[1] ? x[0] / x[1] : 1);
  return {
    set,
    queries: queries.length,
    ndcg10: ndcgSum / queries.length,
    zeroResultRate: zero / queries.length,
    cleanRewritten: rate(c.clean),
    soundCorrected: rate(c.sound),
    shapeCorrected: rate(c.shape),
    pinyinConverted: rate(c.pinyin),
    byClass,
    failures,
  };
}

export const HELDOUT_SET = HELDOUT;

const CLASSES: ScenarioClass[] = ['EXACT', 'PARTIAL', 'PINYIN', 'INITIALS', 'MIXED', 'SOUND_TYPO', 'SHAPE_TYPO', 'COLLOQUIAL', 'QUESTION', 'CLEAN'];
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The sets side by side: one column per set. */
export function formatScenario(ms: readonly ScenarioMetrics[], adapter: string, showFailures = false): string[] {
  const col = (s: string) => s.padStart(14);
  const row = (name: string, f: (m: ScenarioMetrics) => string) => `${name.padEnd(28)}${ms.map((m) => col(f(m))).join('')}`;
  const lines = [
    `scenario corpus — adapter ${adapter}`,
    row('', (m) => `${m.set} (${m.queries})`),
    row('nDCG@10 all', (m) => m.ndcg10.toFixed(3)),
    ...CLASSES.map((k) => row(`  ${k.toLowerCase()}`, (m) => (m.byClass[k] ? `${m.byClass[k]!.ndcg10.toFixed(3)} (${m.byClass[k]!.n})` : '-'))),
    row('zero-result rate', (m) => pct(m.zeroResultRate)),
    row('clean+exact rewritten', (m) => pct(m.cleanRewritten)),
    row('sound typos corrected', (m) => pct(m.soundCorrected)),
    row('shape typos corrected', (m) => pct(m.shapeCorrected)),
    row('pinyin/initials/mixed right', (m) => pct(m.pinyinConverted)),
  ];
  // failures are listed for development sets only: nobody tunes on the held-out set
  if (showFailures)
    for (const m of ms)
      if (m.failures.length && m.set !== 'held-out') lines.push(`${m.set}: nDCG@10 < 0.6 (${m.failures.length})`, ...m.failures.map((f) => `  ${f}`));
  return lines;
}
