import 'reflect-metadata';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config/index.js';
import { Clock } from '../common/clock.js';
import { EventBus } from '../common/events.js';
import { JobQueue } from '../common/jobs.js';
import { createLogger, type Logger } from '../common/logger.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded.js';
import { migrate } from '../db/migrate.js';
import { initOrm } from '../db/orm.js';
import { POLICY_FILE_ROUTES } from '../modules/policy/related/files.http.js';
import { bootstrapSites } from '../modules/site/site.bootstrap.js';
import { SiteRegistry } from '../modules/site/site.registry.js';
import { JOB_REGISTRARS, qifuSchema } from './schema.js';
import type { PlatformDeps } from './system-context.js';
import { startHttp, type HttpApp } from './server.js';

export interface Platform {
  url: string;
  databaseUrl: string;
  config: Config;
  orm: MikroORM;
  sites: SiteRegistry;
  events: EventBus;
  jobs: JobQueue;
  clock: Clock;
  log: Logger;
  http: HttpApp;
  stop(): Promise<void>;
}

/** config → database (embedded unless DATABASE_URL) → migrations → ORM → sites → HTTP + WebSocket. */
/** Each module that runs jobs registers its handlers here (search indexing, notifications, reminders). */
function registerJobHandlers(deps: PlatformDeps): void {
  for (const register of JOB_REGISTRARS) register(deps);
}

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
    const events = new EventBus(databaseUrl, log);
    await events.start();
    const clock = new Clock();
    const jobs = new JobQueue(orm, clock, log);
    registerJobHandlers({ config, orm, sites, events, jobs, clock });
    if (config.runJobs) jobs.start();
    const schema = await qifuSchema();
    const http = await startHttp({ config, orm, schema, sites, events, jobs, clock, log, routes: POLICY_FILE_ROUTES });
    return {
      url: http.url,
      databaseUrl,
      config,
      orm,
      sites,
      events,
      jobs,
      clock,
      log,
      http,
      async stop() {
        // Each step is logged, so a slow drain shows where it waits.
        const step = async (name: string, fn: () => Promise<unknown>) => {
          const t = Date.now();
          await fn();
          log.debug('stopped', { part: name, ms: Date.now() - t });
        };
        await step('http', () => http.close());
        await step('jobs', () => jobs.stop());
        await step('events', () => events.close());
        await step('orm', () => orm.close(true));
        if (embedded) await step('database', () => embedded.stop());
      },
    };
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
}
