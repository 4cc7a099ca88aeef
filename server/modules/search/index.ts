import type { QifuModule } from '../../common/module.js';
import { typesenseConnections } from './engines.js';
import { LexiconCache } from './lexicon.store.js';
import { searchJobs } from './search.jobs.js';
import { QueryLog } from './search.log.js';
import { SearchResolver } from './search.resolver.js';
import type { TypesenseConnections } from './typesense/client.js';

/** The search engine (PostgreSQL or Typesense), query understanding, suggestions and search operations. */
export const searchModule: QifuModule = {
  name: 'search',
  resolvers: [SearchResolver],
  services: () => ({ lexicon: new LexiconCache(), queryLog: new QueryLog(), typesense: typesenseConnections() }),
  jobs: searchJobs,
};

// Public API: what other features may use.
export { type SearchDocument } from './engine.js';
export { engineFor, typesenseConnections } from './engines.js';
export { reconcile, reindexAll } from './indexer.js';
export { ensureDictionary } from './lexicon.store.js';
export { hitInstitutionId } from './search.service.js';
export { SearchHit } from './search.types.js';
export { PgSearchEngine } from './pg.engine.js';
export { enqueueIndex, type SearchProfileProvider, type SearchSource } from './sources.js';
export { typesenseConfig, typesenseConfigFromEnv, TypesenseConnection, TypesenseConnections, TypesenseEngine } from './typesense.engine.js';
declare module '../../common/platform-services.js' {
  interface PlatformServices {
    /** The lexicon and concept table for query understanding. */
    lexicon: LexiconCache;
    /** Query statistics, written behind the searches. */
    queryLog: QueryLog;
    /** The Typesense cluster's client (nodes, timeouts, retries), made on first use when that engine is chosen. */
    typesense: TypesenseConnections;
  }
}
