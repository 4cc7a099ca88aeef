import type { HttpRoute } from '../common/module.js';
import type { Extensions, PlatformServices } from '../common/platform-services.js';
import { randomUUID } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { ApolloServer, HeaderMap, type GraphQLRequestListener, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Config } from '../config/index.js';
import type { CookieSink, Ctx, Viewer } from '../common/context.js';
import type { Clock } from '../common/clock.js';
import type { EventBus } from '../common/events.js';
import type { JobQueue } from '../common/jobs.js';
import { Loaders } from '../common/loaders.js';
import type { Logger } from '../common/logger.js';
import { installSqlCounter } from '../db/sql-counter.js';
import { pendingMigrations } from '../db/migrate.js';
import { projectRoot } from '../db/paths.js';
import { resolveSession } from '../modules/account/index.js';
import type { SiteDirectory } from '../common/context.js';
import { formatErrorFor } from './errors.js';
import { checkOperationCost, DEFAULT_LIMITS, limitParseOptions, limitRules, maskErrorSuggestions, parseWithLimits } from './limits.js';
import { requestStore, type RequestStore } from './request-store.js';

export const SESSION_COOKIE = 'qifu_session';
const MAX_BODY_BYTES = 256 * 1024;
const MAX_WS_MESSAGE_BYTES = 256 * 1024;

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
  events: EventBus;
  jobs: JobQueue;
  clock: Clock;
  log: Logger;
  services: PlatformServices;
  extensions: Extensions;
  /** Plain HTTP routes the features serve (server/app/modules.ts). */
  routes: readonly HttpRoute[];
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return decodeURIComponent(part.slice(i + 1).trim());
  }
  return undefined;
}

function tokenOf(headers: IncomingMessage['headers'], params?: Record<string, unknown>): string | undefined {
  const auth = headers.authorization ?? (typeof params?.authorization === 'string' ? params.authorization : undefined);
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  return readCookie(headers.cookie, SESSION_COOKIE);
}

function clientIp(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? '';
}

function sameOrigin(req: IncomingMessage, allowed: string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // not a browser
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'SAMEORIGIN',
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self' ws: wss:; frame-ancestors 'self'; base-uri 'none'; form-action 'self'",
};

export async function startHttp(deps: Deps): Promise<HttpApp> {
  const { config, orm, schema, sites, events, jobs, clock, log } = deps;
  installSqlCounter();
  const webRoot = resolve(projectRoot(), config.webDist);

  async function makeContext(req: IncomingMessage, store: RequestStore, cookies: CookieSink, token: string | undefined): Promise<Ctx> {
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
      ip: clientIp(req),
      userAgent: String(req.headers['user-agent'] ?? ''),
      loaders: new Loaders(),
      events,
      jobs,
      clock,
      services: deps.services,
      extensions: deps.extensions,
      cookies,
      sql: store.sql,
    };
  }

  const requestListener: GraphQLRequestListener<Ctx> = {
    async didResolveOperation({ document, request, operationName }) {
      const err = checkOperationCost(schema, document, request.variables ?? {}, operationName ?? undefined, DEFAULT_LIMITS);
      if (err) throw new GraphQLError(err.message, { extensions: { ...err.extensions, http: { status: 400 } } });
    },
    // Only when counting: Apollo calls every hook a listener has.
    ...(config.countSql && {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind === 'single') {
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlCount: contextValue.sql.count };
        }
      },
    }),
  };

  const apollo = new ApolloServer<Ctx>({
    schema,
    introspection: !config.production,
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // The platform owns shutdown (main.ts drains HTTP, sockets, jobs, then the database).
    stopOnTerminationSignals: false,
    parseOptions: limitParseOptions(DEFAULT_LIMITS),
    validationRules: limitRules(DEFAULT_LIMITS),
    formatError: formatErrorFor(log),
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      {
        async unexpectedErrorProcessingRequest({ error }) {
          log.error('unexpected error processing request', { error: error.stack });
        },
        // One listener object for every request (the hooks read everything from their arguments).
        requestDidStart: async () => requestListener,
      },
    ],
  });
  await apollo.start();

  async function readBody(req: IncomingMessage): Promise<string | null> {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) return null;
    // A declared length within the limit (the HTTP parser holds the body to it): plain events, without
    // an async iterator and its promise per chunk.
    if (declared > 0 && req.headers['transfer-encoding'] === undefined) return readDeclared(req);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) return null;
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  }

  function readDeclared(req: IncomingMessage): Promise<string> {
    return new Promise((ok, fail) => {
      const chunks: Buffer[] = [];
      const onData = (chunk: Buffer) => void chunks.push(chunk);
      const onEnd = () => {
        done();
        ok((chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString('utf8'));
      };
      const onError = (err: Error) => {
        done();
        fail(err);
      };
      // Closed before the end (client went away): what the async iterator reports.
      const onClose = () => onError(Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' }));
      const done = () => {
        req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      };
      req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
    });
  }

  function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  }

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const store: RequestStore = { requestId: randomUUID(), sql: { count: 0 } };
    await requestStore.run(store, async () => {
      let body: unknown;
      if (req.method === 'POST') {
        const raw = await readBody(req);
        if (raw === null) {
          sendJson(res, 413, { errors: [{ message: `请求体过大（最多 ${MAX_BODY_BYTES / 1024} KB）`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
          req.resume();
          return;
        }
        if (String(req.headers['content-type'] ?? '').includes('json')) {
          try {
            body = JSON.parse(raw);
          } catch {
            sendJson(res, 400, { errors: [{ message: '请求体不是有效的 JSON', extensions: { code: 'BAD_REQUEST' } }] });
            return;
          }
        } else body = raw;
      }
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      const setCookies: string[] = [];
      const secure = config.production ? '; Secure' : '';
      const cookies: CookieSink = {
        setSession: (token) => setCookies.push(`${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax${secure}`),
        clearSession: () => setCookies.push(`${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure}`),
      };
      const token = tokenOf(req.headers);
      const httpGraphQLRequest: HTTPGraphQLRequest = { method: req.method!.toUpperCase(), headers, search: url.search, body };
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest,
        context: () => makeContext(req, store, cookies, token),
      });
      const outHeaders: Record<string, string | string[]> = { 'x-request-id': store.requestId, 'cache-control': 'no-store' };
      for (const [k, v] of result.headers) outHeaders[k] = v;
      if (setCookies.length) outHeaders['set-cookie'] = setCookies;
      res.writeHead(result.status ?? 200, outHeaders);
      if (result.body.kind === 'complete') res.end(result.body.string);
      else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    });
  }

  async function ready(): Promise<{ ok: boolean; pending?: string[]; error?: string }> {
    try {
      const em = orm.em.fork();
      const pending = await pendingMigrations((sql) => em.execute(sql));
      return pending.length ? { ok: false, pending } : { ok: true };
    } catch (err) {
      return { ok: false, error: (err as Error).message };
    }
  }

  function serveStatic(res: ServerResponse, pathname: string): void {
    if (!existsSync(webRoot)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Web client not built: run `npm run build:web`. GraphQL is at /graphql.');
      return;
    }
    const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(webRoot, safe);
    if (!file.startsWith(webRoot) || !existsSync(file) || statSync(file).isDirectory()) file = join(webRoot, 'index.html');
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    const cache = file.includes(`${join(webRoot, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
    res.writeHead(200, { 'content-type': type, 'cache-control': cache, ...SECURITY_HEADERS });
    createReadStream(file).pipe(res);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = async () => {
      if (url.pathname === '/graphql') return handleGraphQL(req, res, url);
      if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
      const featureRoute = deps.routes.find((r) => r.matches(url.pathname));
      if (featureRoute) {
        const store: RequestStore = { requestId: randomUUID(), sql: { count: 0 } };
        const noCookies: CookieSink = { setSession: () => {}, clearSession: () => {} };
        return requestStore.run(store, async () =>
          featureRoute.handle(req, res, url, await makeContext(req, store, noCookies, tokenOf(req.headers)), sameOrigin(req, config.allowedOrigins)),
        );
      }
      if (url.pathname === '/readyz') {
        const r = await ready();
        return sendJson(res, r.ok ? 200 : 503, r.ok ? { status: 'ready' } : { status: 'not ready', ...r });
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method not allowed' });
      return serveStatic(res, url.pathname);
    };
    route().catch((err) => {
      log.error('request failed', { path: url.pathname, error: (err as Error).stack });
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: '服务器内部错误', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;

  // graphql-ws on the same path; the same limits as HTTP, applied in onSubscribe.
  const wss = new WebSocketServer({
    server,
    path: '/graphql',
    maxPayload: MAX_WS_MESSAGE_BYTES,
    // Cross-site WebSocket hijacking: browsers send the page's Origin; only our own (or configured) ones may connect.
    verifyClient: ({ req }: { req: IncomingMessage }) => sameOrigin(req, config.allowedOrigins),
  });
  // One event fanned out to many subscriptions on one socket becomes one TCP write: cork the socket on the
  // first send of a tick and uncork after it (bench/subscriptions.ts).
  wss.on('connection', (socket) => {
    const raw = (socket as unknown as { _socket?: Socket })._socket;
    if (!raw) return;
    const send = socket.send.bind(socket);
    let corked = false;
    socket.send = ((...args: Parameters<typeof send>) => {
      if (!corked) {
        corked = true;
        raw.cork();
        setImmediate(() => {
          corked = false;
          raw.uncork();
        });
      }
      return send(...args);
    }) as typeof socket.send;
  });
  const rules = [...specifiedRules, ...limitRules(DEFAULT_LIMITS)];
  const wsErrors = (errors: readonly GraphQLError[]) =>
    errors.map((e) => {
      const masked = maskErrorSuggestions(e);
      return new GraphQLError(masked.message, { nodes: masked.nodes, extensions: { code: e.extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED' } });
    });
  const wsServer = useServer<Record<string, unknown>, { request: IncomingMessage }>(
    {
      schema,
      onSubscribe: async (ctx, _id, payload) => {
        let document;
        try {
          document = parseWithLimits(payload.query, DEFAULT_LIMITS);
        } catch (err) {
          const e = err instanceof GraphQLError ? err : new GraphQLError('查询语法错误');
          return wsErrors([new GraphQLError(e.message, { extensions: { code: e.extensions?.code ?? 'GRAPHQL_PARSE_FAILED' } })]);
        }
        const errors = validate(schema, document, rules);
        if (errors.length) return wsErrors(errors);
        const costly = checkOperationCost(schema, document, payload.variables ?? {}, payload.operationName ?? undefined, DEFAULT_LIMITS);
        if (costly) return wsErrors([costly]);
        const req = ctx.extra.request;
        const store: RequestStore = { requestId: randomUUID(), sql: { count: 0 } };
        const noCookies: CookieSink = { setSession: () => {}, clearSession: () => {} };
        const contextValue = await requestStore.run(store, () =>
          makeContext(req, store, noCookies, tokenOf(req.headers, ctx.connectionParams)),
        );
        return { schema, document, variableValues: payload.variables, operationName: payload.operationName, contextValue };
      },
      onError: (_ctx, _id, _payload, errors) => {
        for (const e of errors) if (!e.extensions?.code) log.warn('ws operation error', { message: e.message });
      },
    },
    wss,
  );

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(config.port, config.host, () => ok());
  });
  const address = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${host}:${address.port}`;

  return {
    server,
    url,
    async close() {
      // Stop accepting, let in-flight requests finish, then close sockets politely.
      const closed = new Promise<void>((ok) => server.close(() => ok()));
      server.closeIdleConnections();
      log.debug('draining: http closed to new connections');
      await wsServer.dispose();
      log.debug('draining: websockets closed');
      for (const client of wss.clients) client.close(1001, 'server shutting down');
      await apollo.stop();
      log.debug('draining: apollo stopped');
      const timer = setTimeout(() => server.closeAllConnections(), 10_000);
      await closed;
      clearTimeout(timer);
    },
  };
}
