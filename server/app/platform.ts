import 'reflect-metadata';
import type { Config } from '../config/index.js';
import { Clock } from '../common/clock.js';
import { EventBus } from '../common/events.js';
import { JobQueue } from '../common/jobs.js';
import { createLogger, type Logger } from '../common/logger.js';
import { prepareDatabase } from '../db/prepare.js';
import { initOrm } from '../db/orm.js';
import type { QifuModule } from '../common/module.js';
import type { PlatformServices } from '../common/platform-services.js';
import type { PlatformDeps } from '../common/system-context.js';
import { bootstrapSites, SiteRegistry } from '../modules/site/index.js';
import { extensionsOf, MODULES } from './modules.js';
import { qifuSchema } from './schema.js';
import { startHttp, type HttpApp } from './server.js';

export interface Platform extends PlatformDeps {
  url: string;
  databaseUrl: string;
  log: Logger;
  http: HttpApp;
  stop(): Promise<void>;
}

/** The features' services and extension contributions over the base dependencies (for CLIs: no job, no observer, no start). */
export function platformDeps(base: Omit<PlatformDeps, 'services' | 'extensions'>, modules: readonly QifuModule[] = MODULES): PlatformDeps {
  const services = {} as PlatformServices;
  const deps: PlatformDeps = { ...base, services, extensions: extensionsOf(modules) };
  for (const m of modules) Object.assign(services, m.services?.(deps));
  return deps;
}

/** Wires what each feature declares: its services, job handlers and event observers, then its start hook. */
async function assemble(modules: readonly QifuModule[], base: Omit<PlatformDeps, 'services' | 'extensions'>, log: Logger): Promise<PlatformDeps> {
  const deps = platformDeps(base, modules);
  for (const m of modules) {
    for (const [queue, handler] of Object.entries(m.jobs?.(deps) ?? {})) deps.jobs.register(queue, handler, m.queueOptions?.[queue]);
    for (const c of m.cron ?? []) deps.jobs.schedule(c.name, c.cron, c.queue, c.payload);
    for (const [topic, observer] of Object.entries(m.observers?.(deps) ?? {})) {
      const observe = observer as (payload: unknown) => unknown;
      deps.events.on(
        topic as never,
        (payload) =>
          void Promise.resolve()
            .then(() => observe(payload))
            .catch((err) => log.error('event observer failed', { module: m.name, topic, error: (err as Error).message })),
      );
    }
  }
  for (const m of modules) await m.start?.(deps);
  return deps;
}

/**
 * config → database (embedded unless DATABASE_URL) → migrations and grants as the owner → ORM as the application role → sites → the features of `modules`
 * (server/app/modules.ts) → HTTP + WebSocket.
 */
export async function startPlatform(
  baseConfig: Config,
  log: Logger = createLogger(baseConfig.logLevel),
  modules: readonly QifuModule[] = MODULES,
): Promise<Platform> {
  const db = await prepareDatabase(baseConfig, log);
  const { embedded, appUrl: databaseUrl } = db;
  const config: Config = { ...baseConfig, auditKey: db.auditKey, dataKey: db.dataKey };
  try {
    if (db.applied.length) log.info('migrations applied', { applied: db.applied });
    const orm = await initOrm(databaseUrl);
    await bootstrapSites(orm.em.fork());
    const sites = new SiteRegistry(orm.em);
    await sites.reload();
    const events = new EventBus(databaseUrl, log);
    await events.start();
    const clock = new Clock();
    const jobs = new JobQueue(orm, clock, log, { doneDays: config.jobKeepDoneDays, failedDays: config.jobKeepFailedDays });
    const deps = await assemble(modules, { config, orm, sites, events, jobs, clock }, log);
    if (config.runJobs) jobs.start();
    const schema = await qifuSchema(modules);
    const http = await startHttp({ ...deps, schema, log, routes: modules.flatMap((m) => m.routes ?? []) });
    return {
      ...deps,
      url: http.url,
      databaseUrl,
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
