import type { QifuModule } from '../../common/module.js';
import { searchJobs } from './search.jobs.js';
import { SearchResolver } from './search.resolver.js';

/** The search engine (PostgreSQL or Typesense), query understanding, suggestions and search operations. */
export const searchModule: QifuModule = {
  name: 'search',
  resolvers: [SearchResolver],
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
