import type { EntityManager } from '@mikro-orm/postgresql';
import type { PlatformServices } from '../../common/platform-services.js';
import type { SearchEngine } from './engine.js';
import { PgSearchEngine } from './pg.engine.js';
import { TypesenseConnection, TypesenseConnections } from './typesense/client.js';
import { typesenseConfigFromEnv } from './typesense/config.js';
import { TypesenseEngine } from './typesense.engine.js';

/** The platform's Typesense connection, made on first use (none is made with the PostgreSQL engine). */
export function typesenseConnections(): TypesenseConnections {
  return new TypesenseConnections(() => {
    const config = typesenseConfigFromEnv();
    return config ? new TypesenseConnection(config) : null;
  });
}

/**
 * The engine for a unit of work. QIFU_SEARCH_ENGINE=typesense with TYPESENSE_NODES (or TYPESENSE_URL) and
 * TYPESENSE_API_KEY selects Typesense; the default is PostgreSQL (nothing to install). Query understanding, the
 * lexicon, the outbox and the statistics stay in PostgreSQL whichever engine holds the documents.
 */
export function engineFor(em: EntityManager, services: Pick<PlatformServices, 'typesense'>): SearchEngine {
  if (process.env.QIFU_SEARCH_ENGINE === 'typesense') return new TypesenseEngine(services.typesense.get(), em);
  return new PgSearchEngine(em);
}
