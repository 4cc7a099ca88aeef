import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../../config/index.js';
import type { Clock } from '../../common/clock.js';
import type { CookieSink, Ctx, Viewer } from '../../common/context.js';
import type { EventBus } from '../../common/events.js';
import type { JobQueue } from '../../common/jobs.js';
import { Loaders } from '../../common/loaders.js';
import { resolveSession } from '../../modules/account/session.service.js';
import type { SiteRegistry } from '../../modules/site/site.registry.js';
import type { RequestStore } from '../request-store.js';

export interface ContextDeps {
  config: Config;
  orm: MikroORM;
  sites: SiteRegistry;
  events: EventBus;
  jobs: JobQueue;
  clock: Clock;
}

/** Builds the `Ctx` of one request: a forked EntityManager, the site, the viewer from the session token. */
export type ContextFactory = (req: IncomingMessage, store: RequestStore, cookies: CookieSink, token: string | undefined) => Promise<Ctx>;

export function newRequestStore(): RequestStore {
  return { requestId: randomUUID(), sql: { count: 0 } };
}

export function contextFactory({ config, orm, sites, events, jobs, clock }: ContextDeps): ContextFactory {
  return async (req, store, cookies, token) => {
    const em = orm.em.fork();
    const site = sites.resolve(req.headers['x-qifu-site'] as string | undefined, req.headers.host);
    if (!site) throw new Error('no site configured');
    const viewer: Viewer | null = token ? await resolveSession(em, token) : null;
    return {
      requestId: store.requestId,
      config,
      em,
      viewer,
      site,
      sites,
      ip: req.socket.remoteAddress ?? '',
      userAgent: String(req.headers['user-agent'] ?? ''),
      loaders: new Loaders(),
      events,
      jobs,
      clock,
      cookies,
      sql: store.sql,
    };
  };
}
