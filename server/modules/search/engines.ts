import type { EntityManager } from '@mikro-orm/postgresql';
import type { SearchEngine } from './engine.js';
import { PgSearchEngine } from './pg.engine.js';
import { TypesenseEngine, typesenseConfigFromEnv } from './typesense.engine.js';

/**
 * The engine for a unit of work. QIFU_SEARCH_ENGINE=typesense with TYPESENSE_URL and TYPESENSE_API_KEY
 * selects Typesense; the default is PostgreSQL (nothing to install). Query understanding, the lexicon, the
 * outbox and the statistics stay in PostgreSQL whichever engine holds the documents.
 */
export function engineFor(em: EntityManager): SearchEngine {
  if (process.env.QIFU_SEARCH_ENGINE === 'typesense') {
    const config = typesenseConfigFromEnv();
    if (!config) throw new Error('QIFU_SEARCH_ENGINE=typesense needs TYPESENSE_URL and TYPESENSE_API_KEY');
    return new TypesenseEngine(config);
  }
  return new PgSearchEngine(em);
}
