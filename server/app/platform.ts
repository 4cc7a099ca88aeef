import 'reflect-metadata';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config/index.js';
import { createLogger, type Logger } from '../common/logger.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded.js';
import { migrate } from '../db/migrate.js';
import { initOrm } from '../db/orm.js';
import { bootstrapSites } from '../modules/site/site.bootstrap.js';
import { SiteRegistry } from '../modules/site/site.registry.js';
import { qifuSchema } from './schema.js';
import { startHttp, type HttpApp } from './server.js';

export interface Platform {
  url: string;
  databaseUrl: string;
  config: Config;
  orm: MikroORM;
  sites: SiteRegistry;
  log: Logger;
  http: HttpApp;
  stop(): Promise<void>;
}

/** config → database (embedded unless DATABASE_URL) → migrations → ORM → sites → HTTP + WebSocket. */
export async function startPlatform(config: Config, log: Logger = createLogger(config.logLevel)): Promise<Platform> {
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres(join(config.dataDir, 'pg'), config.embeddedPgPort);
    databaseUrl = embedded.url;
    log.info('embedded PostgreSQL started', { dataDir: config.dataDir, port: config.embeddedPgPort });
  }
  try {
    const applied = await migrate(databaseUrl);
    if (applied.length) log.info('migrations applied', { applied });
    const orm = await initOrm(databaseUrl);
    await bootstrapSites(orm.em.fork());
    const sites = new SiteRegistry(orm.em);
    await sites.reload();
    const schema = await qifuSchema();
    const http = await startHttp({ config, orm, schema, sites, log });
    return {
      url: http.url,
      databaseUrl,
      config,
      orm,
      sites,
      log,
      http,
      async stop() {
        await http.close();
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
}
