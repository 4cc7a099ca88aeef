import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config/index.js';
import type { Clock } from '../common/clock.js';
import type { EventBus } from '../common/events.js';
import type { JobQueue } from '../common/jobs.js';
import type { Logger } from '../common/logger.js';
import { projectRoot } from '../db/paths.js';
import type { SiteDirectory } from '../common/context.js';
import { installPgQueryCounter } from '../patches/pg-client-query-count.js';
import type { RequestGate } from '../common/request-gate.js';
import { clientAddressOf } from './http/client-address.js';
import { contextFactory } from './http/context.js';
import { cors } from './http/cors.js';
import { GRAPHQL_PATH, startGraphQLHttp } from './http/graphql.js';
import { LIVE_PATH, READY_PATH, readiness, sendLive } from './http/health.js';
import { sendJson } from './http/respond.js';
import type { HttpRoute } from '../common/module.js';
import type { Extensions, PlatformServices } from '../common/platform-services.js';
import { findRoute, serveRoute } from './http/routes.js';
import { staticFiles } from './http/static.js';
import { attachGraphQLWebSocket } from './http/websocket.js';
import { operationPolicy } from './operation-policy.js';

export { SESSION_COOKIE } from './http/cookies.js';

export interface HttpApp {
  server: Server;
  url: string;
  close(): Promise<void>;
}

interface Deps {
  config: Config;
  orm: MikroORM;
  schema: GraphQLSchema;
  sites: SiteDirectory;
  services: PlatformServices;
  extensions: Extensions;
  events: EventBus;
  jobs: JobQueue;
  clock: Clock;
  log: Logger;
  /** Plain-HTTP routes the features contribute (file upload and download), tried after /graphql and /healthz. */
  routes: readonly HttpRoute[];
}

/** One node:http server: GraphQL over HTTP and WebSocket on /graphql, health checks, feature routes, the web client. */
export async function startHttp(deps: Deps): Promise<HttpApp> {
  const { config, orm, schema, log, routes } = deps;
  installPgQueryCounter();
  const context = contextFactory(deps);
  const policy = operationPolicy(config, log);
  // The partner feature's gate, when it is among the platform's features (server/app/modules.ts).
  const gate = (deps.services as Partial<PlatformServices>).requestGate as RequestGate | undefined;
  const corsPolicy = cors(config, gate);
  const siteOf = (req: IncomingMessage) => deps.sites.resolve(req.headers['x-qifu-site'] as string | undefined, req.headers.host)?.id ?? '';
  const clientAddress = clientAddressOf(config.trustedProxies);
  const graphql = await startGraphQLHttp({ config, schema, log, context, policy, cors: corsPolicy, gate, siteOf, clientAddress });
  const readyz = readiness(orm, log);
  const serveStatic = staticFiles(resolve(projectRoot(), config.webDist));

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = async () => {
      if (url.pathname === GRAPHQL_PATH) {
        if (req.method === 'OPTIONS' && req.headers.origin) return corsPolicy.preflight(req, res);
        return graphql.handle(req, res, url);
      }
      if (url.pathname === LIVE_PATH) return sendLive(res);
      const contributed = findRoute(routes, req.method, url.pathname);
      if (contributed) return serveRoute(contributed, req, res, url, context, config);
      if (url.pathname === READY_PATH) return readyz(res);
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method not allowed' });
      return serveStatic(req, res, url.pathname);
    };
    route().catch((err) => {
      log.error('request failed', { path: url.pathname, error: (err as Error).stack });
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: '服务器内部错误', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  const ws = attachGraphQLWebSocket(server, {
    config,
    schema,
    log,
    context,
    orm,
    events: deps.events,
    clock: deps.clock,
    policy,
    cors: corsPolicy,
    gate,
    siteOf,
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(config.port, config.host, () => ok());
  });
  const address = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;

  return {
    server,
    url: `http://${host}:${address.port}`,
    async close() {
      // Stop accepting, let in-flight requests finish, then close sockets politely.
      const closed = new Promise<void>((ok) => server.close(() => ok()));
      server.closeIdleConnections();
      log.debug('draining: http closed to new connections');
      await ws.close();
      log.debug('draining: websockets closed');
      await graphql.stop();
      log.debug('draining: apollo stopped');
      const timer = setTimeout(() => server.closeAllConnections(), 10_000);
      await closed;
      clearTimeout(timer);
    },
  };
}
