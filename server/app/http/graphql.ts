import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap, type GraphQLRequestListener, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Ctx } from '../../common/context.js';
import type { Logger } from '../../common/logger.js';
import type { Config } from '../../config/index.js';
import { checkOperationCost, DEFAULT_LIMITS } from '../limits.js';
import { checkInputText, type OperationPolicy } from '../operation-policy.js';
import { requestStore } from '../request-store.js';
import { MAX_BODY_BYTES, readBody } from './body.js';
import { newRequestStore, type ContextFactory } from './context.js';
import type { Refusal, RequestGate } from '../../common/request-gate.js';
import type { ClientAddress } from './client-address.js';
import { bearerOf, NO_COOKIES, sessionCookies, tokenOf } from './cookies.js';
import type { Cors } from './cors.js';
import { sendJson } from './respond.js';
import { loadTrustedDocuments, resolveTrustedDocument } from './trusted-documents.js';

export const GRAPHQL_PATH = '/graphql';

export interface GraphQLHttp {
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>;
  stop(): Promise<void>;
}

/** Apollo Server over node:http (POST and GET on /graphql), with the operation policy (limits, masked errors) shared with WebSocket. */
export async function startGraphQLHttp(deps: {
  config: Config;
  schema: GraphQLSchema;
  log: Logger;
  context: ContextFactory;
  policy: OperationPolicy;
  cors: Cors;
  /** Partner credentials, quotas and rate limits (the partner feature); absent, nothing is counted. */
  gate: RequestGate | undefined;
  siteOf: (req: IncomingMessage) => string;
  clientAddress: ClientAddress;
}): Promise<GraphQLHttp> {
  const { config, schema, log, context, policy, cors, gate } = deps;

  const requestListener: GraphQLRequestListener<Ctx> = {
    async didEncounterErrors({ contextValue, errors, operationName }) {
      await policy.auditDenials(contextValue, errors, operationName);
    },
    async didResolveOperation({ document, request, operationName }) {
      const text = checkInputText(document, request.variables);
      if (text) throw text;
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
    introspection: policy.introspection,
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Ids come only from the build-time manifest (trusted-documents.ts), never registered by a client (APQ).
    persistedQueries: false,
    // The platform owns shutdown (main.ts drains HTTP, sockets, jobs, then the database).
    stopOnTerminationSignals: false,
    parseOptions: policy.parseOptions,
    validationRules: policy.validationRules,
    formatError: (formatted, error) => policy.formatError(formatted, error),
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
  const trusted = loadTrustedDocuments();

  /** A refusal before GraphQL runs, as a GraphQL-over-HTTP error body. */
  function refuse(res: ServerResponse, refusal: Refusal, headers: Record<string, string>): void {
    const extra: Record<string, string> = { ...headers };
    if (refusal.retryAfterSeconds) extra['retry-after'] = String(refusal.retryAfterSeconds);
    if (refusal.wwwAuthenticate) extra['www-authenticate'] = refusal.wwwAuthenticate;
    sendJson(res, refusal.status, { errors: [{ message: refusal.message, extensions: { code: refusal.code, requestId: headers['x-request-id'] } }] }, extra);
  }

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const store = newRequestStore();
    await requestStore.run(store, async () => {
      let raw = '';
      let body: unknown;
      if (req.method === 'POST') {
        const read = await readBody(req);
        if (read === null) {
          sendJson(res, 413, { errors: [{ message: `请求体过大（最多 ${MAX_BODY_BYTES / 1024} KB）`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
          req.resume();
          return;
        }
        raw = read;
        if (String(req.headers['content-type'] ?? '').includes('json')) {
          try {
            body = JSON.parse(raw);
          } catch {
            sendJson(res, 400, { errors: [{ message: '请求体不是有效的 JSON', extensions: { code: 'BAD_REQUEST' } }] });
            return;
          }
        } else body = raw;
        const refused = resolveTrustedDocument(body, trusted);
        if (refused) {
          sendJson(res, refused.status, refused.body);
          return;
        }
      }
      const foreign = cors.foreignOrigin(req);
      const siteId = deps.siteOf(req);
      const outHeaders: Record<string, string | string[]> = { 'x-request-id': store.requestId, 'cache-control': 'no-store', vary: 'Origin' };
      if (foreign !== null && cors.allowed(foreign, siteId)) Object.assign(outHeaders, cors.responseHeaders(foreign));
      const baseHeaders = outHeaders as Record<string, string>;
      // No credentials across origins: a page elsewhere is the public or a partner's bearer token, never our session cookie.
      const bearer = bearerOf(req.headers);
      const token = foreign === null ? tokenOf(req.headers) : bearer;
      const address = deps.clientAddress(req);
      let client = null;
      if (gate) {
        const admission = await gate.admit({
          req,
          body: raw,
          pathWithQuery: url.pathname + url.search,
          address,
          bearer,
          foreignOrigin: foreign,
          siteId,
          requestId: store.requestId,
        });
        if ('refused' in admission) return refuse(res, admission.refused, baseHeaders);
        client = admission.client;
      } else if (foreign !== null && !cors.allowed(foreign, siteId)) {
        return refuse(res, { status: 403, code: 'ORIGIN_NOT_ALLOWED', message: '该来源不允许跨域访问此站点' }, baseHeaders);
      }
      const cookies = foreign === null ? sessionCookies(config.production) : { sink: NO_COOKIES, setCookies: [] };
      const contextValue = await context(req, store, cookies.sink, token, client);
      if (gate && !contextValue.viewer && !client) {
        const limited = await gate.countAnonymous(address, store.requestId);
        if (limited) return refuse(res, limited, baseHeaders);
      }
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      const httpGraphQLRequest: HTTPGraphQLRequest = { method: req.method!.toUpperCase(), headers, search: url.search, body };
      const result = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: async () => contextValue });
      for (const [k, v] of result.headers) outHeaders[k] = k === 'vary' ? `Origin, ${v}` : v;
      if (cookies.setCookies.length) outHeaders['set-cookie'] = cookies.setCookies;
      res.writeHead(result.status ?? 200, outHeaders);
      if (result.body.kind === 'complete') res.end(result.body.string);
      else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    });
  }

  return { handle, stop: () => apollo.stop() };
}
