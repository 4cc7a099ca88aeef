import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpRoute } from '../../common/module.js';
import type { Config } from '../../config/index.js';
import { requestStore } from '../request-store.js';
import { newRequestStore, type ContextFactory } from './context.js';
import { NO_COOKIES, tokenOf } from './cookies.js';
import { sameOrigin } from './origin.js';

export function findRoute(routes: readonly HttpRoute[], method: string | undefined, pathname: string): HttpRoute | undefined {
  return routes.find(
    (r) =>
      (pathname === r.pathPrefix || pathname.startsWith(`${r.pathPrefix}/`)) &&
      (r.method === '*' || r.method === method || (r.method === 'GET' && method === 'HEAD')),
  );
}

/** Runs a route's handler in its own request store (request id, SQL count) with a request context. */
export function serveRoute(route: HttpRoute, req: IncomingMessage, res: ServerResponse, url: URL, context: ContextFactory, config: Config): Promise<void> {
  const store = newRequestStore();
  return requestStore.run(store, async () =>
    route.handler(req, res, { url, ctx: await context(req, store, NO_COOKIES, tokenOf(req.headers)), sameOrigin: sameOrigin(req, config.allowedOrigins) }),
  );
}
