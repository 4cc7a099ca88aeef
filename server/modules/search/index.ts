import type { QifuModule } from '../../common/module.js';
import { LexiconCache } from './lexicon.store.js';
import { searchJobs } from './search.jobs.js';
import { QueryLog } from './search.log.js';
import { SearchResolver } from './search.resolver.js';

/** The search engine (PostgreSQL or Typesense), query understanding, suggestions and search operations. */
export const searchModule: QifuModule = {
  name: 'search',
  resolvers: [SearchResolver],
  services: () => ({ lexicon: new LexiconCache(), queryLog: new QueryLog() }),
  jobs: searchJobs,
};

// Public API: what other features may use.
export { scratchDatabase } from './cli-support.js';
export { engineFor } from './engines.js';
export { reconcile, reindexAll } from './indexer.js';
export { ensureDictionary } from './lexicon.store.js';
export { PgSearchEngine } from './pg.engine.js';
export { TypesenseEngine, typesenseConfigFromEnv } from './typesense.engine.js';
export { type SearchProfileProvider, type SearchSource, enqueueIndex } from './sources.js';
export { type SearchDocument } from './engine.js';

declare module '../../common/platform-services.js' {
  interface PlatformServices {
    /** The lexicon and concept table for query understanding. */
    lexicon: LexiconCache;
    /** Query statistics, written behind the searches. */
    queryLog: QueryLog;
  }
}
