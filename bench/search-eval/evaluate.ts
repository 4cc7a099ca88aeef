import type { SearchEngine } from '../../server/modules/search/engine.js';
import { FACET_FIELDS } from '../../server/modules/search/engine.js';
import type { Lexicon } from '../../server/modules/search/lexicon.js';
import { executeSearch } from '../../server/modules/search/search.service.js';
import { segmentQuery } from '../../server/modules/search/segment.js';
import { understand } from '../../server/modules/search/understand.js';
import type { EvalDocument } from './corpus.js';
import { type EvalQuery, type QueryCategory, evalQueries } from './queries.js';
export type { EvalQuery };

export interface EvalMetrics {
  adapter: string;
  queries: number;
  ndcg10: number;
  mrr: number;
  recall10: number;
  zeroResultRate: number;
  /** Full pinyin: the right term is the first reading. */
  pinyinFirst: number;
  /** Pinyin with a zh/z, -ng/-n confusion: the right term is the first reading (no target). */
  fuzzyPinyinFirst: number;
  /** Initials (3+ letters): the right term among the first 5 readings. */
  initialsTop5: number;
  /** Typos: the corrected query contains the right term. */
  correctionAccuracy: number;
  /** Pinyin and characters mixed in one word: the converted query contains the right term (no target). */
  mixedConverted: number;
  /** Clean queries (exact, questions, long questions, region-qualified) that were corrected anyway. */
  falseCorrectionRate: number;
  byCategory: Record<QueryCategory, { n: number; ndcg10: number }>;
  failures: string[];
}

function relevance(doc: EvalDocument, q: EvalQuery): number {
  const inTitle = q.targets.some((t) => doc.title.includes(t));
  const inBody = q.targets.some((t) => doc.body.includes(t));
  if (q.region) return inTitle && doc.title.includes(q.region) ? 3 : inTitle || inBody ? 1 : 0;
  return inTitle ? 3 : inBody ? 1 : 0;
}

const dcg = (rels: number[]) => rels.reduce((s, r, i) => s + (2 ** r - 1) / Math.log2(i + 2), 0);

/** Runs every labelled query through understanding and the engine, as the GraphQL search does. */
export async function evaluate(
  adapter: string,
  engine: SearchEngine,
  corpus: readonly EvalDocument[],
  lexicon: Lexicon,
  concepts: ReadonlyMap<string, readonly string[]>,
  siteId: string,
): Promise<EvalMetrics> {
  const byId = new Map(corpus.map((d) => [d.refId, d]));
  const queries = evalQueries();
  const sums = { ndcg: 0, mrr: 0, recall: 0, zero: 0 };
  const cat = {} as Record<QueryCategory, { n: number; ndcg10: number }>;
  const counters = { pinyin: [0, 0], fuzzy: [0, 0], initials: [0, 0], typo: [0, 0], mixed: [0, 0], clean: [0, 0] };
  const failures: string[] = [];
  for (const q of queries) {
    const u = understand(q.query, { lexicon, concepts, segment: segmentQuery });
    const { result } = await executeSearch(
      engine,
      u,
      [],
      {
        filters: { siteIds: [siteId] },
        facets: FACET_FIELDS,
        sort: 'RELEVANCE',
        limit: 10,
        offset: 0,
      },
      lexicon,
    );
    const rels = result.hits.map((h) => relevance(byId.get(h.refId)!, q));
    const ideal = corpus
      .map((d) => relevance(d, q))
      .filter((r) => r > 0)
      .sort((a, b) => b - a);
    const ndcg = ideal.length ? dcg(rels) / dcg(ideal.slice(0, 10)) : result.total === 0 ? 1 : 0;
    const firstRelevant = rels.findIndex((r) => r > 0);
    sums.ndcg += ndcg;
    sums.mrr += firstRelevant >= 0 ? 1 / (firstRelevant + 1) : 0;
    sums.recall += ideal.length ? rels.filter((r) => r > 0).length / Math.min(10, ideal.length) : 1;
    if (result.total === 0) sums.zero++;
    (cat[q.category] ??= { n: 0, ndcg10: 0 }).n++;
    cat[q.category].ndcg10 += ndcg;
    if (ndcg < 0.5) failures.push(`${q.category} ${q.query}: nDCG ${ndcg.toFixed(2)} (${u.converted ?? u.corrected ?? u.normalized})`);
    const tally = (c: number[], ok: boolean) => ((c[1] += 1), ok && (c[0] += 1));
    if (q.category === 'PINYIN') tally(counters.pinyin, u.pinyinCandidates[0] === q.expect);
    if (q.category === 'FUZZY_PINYIN') tally(counters.fuzzy, u.pinyinCandidates[0] === q.expect);
    if (q.category === 'INITIALS') tally(counters.initials, u.pinyinCandidates.slice(0, 5).includes(q.expect!));
    if (q.category === 'TYPO') tally(counters.typo, !!u.corrected?.includes(q.expect!));
    if (q.category === 'MIXED') tally(counters.mixed, !!u.converted?.includes(q.expect!));
    if (['EXACT', 'QUESTION', 'REGION', 'LONG_QUESTION'].includes(q.category)) tally(counters.clean, !u.corrected && !u.converted);
  }
  for (const c of Object.values(cat)) c.ndcg10 /= c.n;
  const n = queries.length;
  const rate = (c: number[]) => (c[1] ? c[0] / c[1] : 1);
  return {
    adapter,
    queries: n,
    ndcg10: sums.ndcg / n,
    mrr: sums.mrr / n,
    recall10: sums.recall / n,
    zeroResultRate: sums.zero / n,
    pinyinFirst: rate(counters.pinyin),
    fuzzyPinyinFirst: rate(counters.fuzzy),
    initialsTop5: rate(counters.initials),
    correctionAccuracy: rate(counters.typo),
    mixedConverted: rate(counters.mixed),
    falseCorrectionRate: 1 - rate(counters.clean),
    byCategory: cat,
    failures,
  };
}

export const TARGETS = {
  ndcg10: 0.8,
  pinyinFirst: 0.95,
  initialsTop5: 0.9,
  correctionAccuracy: 0.85,
  falseCorrectionRate: 0.02,
  zeroResultRate: 0.02,
};

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatMetrics(m: EvalMetrics): string[] {
  const row = (name: string, value: string, target: string, ok: boolean) =>
    `${name.padEnd(30)} ${value.padStart(8)}   target ${target.padEnd(8)} ${ok ? 'PASS' : 'MISS'}`;
  const lines = [
    `search eval — adapter ${m.adapter}, ${m.queries} labelled queries`,
    row('nDCG@10', m.ndcg10.toFixed(3), '≥ 0.80', m.ndcg10 >= TARGETS.ndcg10),
    row('MRR', m.mrr.toFixed(3), '', true),
    row('recall@10', m.recall10.toFixed(3), '', true),
    row('zero-result rate', pct(m.zeroResultRate), '≤ 2%', m.zeroResultRate <= TARGETS.zeroResultRate),
    row('full pinyin: right term first', pct(m.pinyinFirst), '≥ 95%', m.pinyinFirst >= TARGETS.pinyinFirst),
    row('fuzzy pinyin: right term first', pct(m.fuzzyPinyinFirst), '', true),
    row('initials: right term in top 5', pct(m.initialsTop5), '≥ 90%', m.initialsTop5 >= TARGETS.initialsTop5),
    row('typos corrected', pct(m.correctionAccuracy), '≥ 85%', m.correctionAccuracy >= TARGETS.correctionAccuracy),
    row('mixed pinyin+hanzi converted', pct(m.mixedConverted), '', true),
    row('clean queries rewritten', pct(m.falseCorrectionRate), '≤ 2%', m.falseCorrectionRate <= TARGETS.falseCorrectionRate),
    `nDCG@10 by category: ${Object.entries(m.byCategory)
      .map(([k, v]) => `${k} ${v.ndcg10.toFixed(3)} (${v.n})`)
      .join(', ')}`,
  ];
  if (m.failures.length) lines.push(`queries with nDCG@10 < 0.5 (${m.failures.length}):`, ...m.failures.slice(0, 30).map((f) => `  ${f}`));
  return lines;
}
