import type { EntityManager } from '@mikro-orm/postgresql';
import type { SearchEngine } from '../../server/modules/search/engine.js';
import { learnDocuments } from '../../server/modules/search/indexer.js';
import { ensureDictionary, loadLexicon } from '../../server/modules/search/lexicon.store.js';
import { generateCorpus } from './corpus.js';
import { type EvalMetrics, evaluate } from './evaluate.js';

/**
 * Loads the generated corpus into an engine (through the port, as the eval allows), teaches the lexicon its
 * title words as indexing would, and evaluates every labelled query.
 */
export async function runEval(adapter: string, em: EntityManager, engine: SearchEngine, siteId: string): Promise<EvalMetrics> {
  const corpus = generateCorpus(siteId);
  await ensureDictionary(em);
  await learnDocuments(em, corpus);
  const { lexicon, concepts } = await loadLexicon(em);
  if (engine.beginRebuild) {
    // Engines with an alias (Typesense) are filled the way reindex fills them.
    const rebuild = await engine.beginRebuild();
    for (let i = 0; i < corpus.length; i += 200) await rebuild.add(corpus.slice(i, i + 200), new Map());
    await rebuild.finish(concepts);
  } else {
    await engine.clear();
    for (let i = 0; i < corpus.length; i += 200) await engine.upsert(corpus.slice(i, i + 200));
  }
  return evaluate(adapter, engine, corpus, lexicon, concepts, siteId);
}
