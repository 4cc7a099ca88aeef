import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { ClientViewer, CookieSink, Ctx, Viewer } from '../../common/context.js';
import { Loaders } from '../../common/loaders.js';
import type { PlatformDeps } from '../../common/system-context.js';
import { resolveSession } from '../../modules/account/index.js';
import type { RequestStore } from '../request-store.js';
import { clientAddressOf } from './client-address.js';

export type ContextDeps = PlatformDeps;

/**
 * Builds the `Ctx` of one request: a forked EntityManager, the site, the viewer from the session token, or the
 * partner app the RequestGate admitted (then no session is looked up: a partner is never a person).
 */
export type ContextFactory = (
  req: IncomingMessage,
  store: RequestStore,
  cookies: CookieSink,
  token: string | undefined,
  client?: ClientViewer | null,
) => Promise<Ctx>;

export function newRequestStore(): RequestStore {
  return { requestId: randomUUID(), sql: { count: 0 } };
}

export function contextFactory({ config, orm, sites, events, jobs, clock, services, extensions }: ContextDeps): ContextFactory {
  const clientAddress = clientAddressOf(config.trustedProxies);
  return async (req, store, cookies, token, client = null) => {
    const em = orm.em.fork();
    const site = sites.resolve(req.headers['x-qifu-site'] as string | undefined, req.headers.host);
    if (!site) throw new Error('no site configured');
    const viewer: Viewer | null = token && !client ? await resolveSession(em, token, config.requireTotp) : null;
    return {
      requestId: store.requestId,
      config,
      em,
      viewer,
      client,
      site,
      sites,
      ip: clientAddress(req),
      browser: typeof req.headers.origin === 'string',
      userAgent: String(req.headers['user-agent'] ?? ''),
      loaders: new Loaders(),
      events,
      jobs,
      clock,
      services,
      extensions,
      cookies,
      sql: store.sql,
    };
  };
}
