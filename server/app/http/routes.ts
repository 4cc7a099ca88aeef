import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Ctx } from '../../common/context.js';
import type { Config } from '../../config/index.js';
import { requestStore } from '../request-store.js';
import { newRequestStore, type ContextFactory } from './context.js';
import { NO_COOKIES, tokenOf } from './cookies.js';
import { sameOrigin } from './origin.js';

/** What a route handler gets besides `req` and `res`. */
export interface HttpRouteRequest {
  url: URL;
  /** The request context (viewer from the session token or cookie; the session cannot be changed here). */
  ctx: Ctx;
  /** False for a browser request from another origin (see origin.ts): refuse state changes then. */
  sameOrigin: boolean;
}

/** A plain-HTTP endpoint a feature contributes (file upload and download, exports), beside /graphql. */
export interface HttpRoute {
  /** `GET` (also answers HEAD), `POST`, … or `*` for any method (the handler then answers 405 itself). */
  method: string;
  /** Matches this path and the paths below it: `/files/x` matches `/files/x` and `/files/x/1`, not `/files/xy`. */
  pathPrefix: string;
  handler(req: IncomingMessage, res: ServerResponse, request: HttpRouteRequest): Promise<void>;
}

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
