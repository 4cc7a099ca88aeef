import type { EntityManager } from '@mikro-orm/postgresql';
import type { SearchEngine } from '../../server/modules/search/engine.js';
import { addTerms, invalidateLexicon, lexiconState } from '../../server/modules/search/lexicon.store.js';
import { lexiconWords } from '../../server/modules/search/segment.js';
import { generateCorpus } from './corpus.js';
import { type EvalMetrics, evaluate } from './evaluate.js';

/**
 * Loads the generated corpus into an engine (through the port, as the eval allows), teaches the lexicon its
 * title words as indexing would, and evaluates every labelled query.
 */
export async function runEval(adapter: string, em: EntityManager, engine: SearchEngine, siteId: string): Promise<EvalMetrics> {
  const corpus = generateCorpus(siteId);
  await engine.clear();
  for (let i = 0; i < corpus.length; i += 200) await engine.upsert(corpus.slice(i, i + 200));
  await addTerms(em, corpus.flatMap((d) => lexiconWords(d.title)), 'TITLE', 1);
  invalidateLexicon(em);
  const { lexicon, concepts } = await lexiconState(em);
  return evaluate(adapter, engine, corpus, lexicon, concepts, siteId);
}
