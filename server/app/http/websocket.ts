import type { IncomingMessage, Server } from 'node:http';
import { GraphQLError, specifiedRules, validate, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock.js';
import type { Ctx } from '../../common/context.js';
import type { EventBus } from '../../common/events.js';
import type { Logger } from '../../common/logger.js';
import type { RequestGate } from '../../common/request-gate.js';
import type { Config } from '../../config/index.js';
import { corkSendsPerTick } from '../../patches/ws-socket-send.js';
import { checkOperationCost, DEFAULT_LIMITS, parseWithLimits } from '../limits.js';
import { checkInputText, refusal, type OperationPolicy } from '../operation-policy.js';
import { requestStore } from '../request-store.js';
import { newRequestStore, type ContextFactory } from './context.js';
import { bearerOf, NO_COOKIES, tokenOf } from './cookies.js';
import type { Cors } from './cors.js';
import { GRAPHQL_PATH } from './graphql.js';
import { clientAddressOf } from './client-address.js';
import { SocketSessions } from './ws-sessions.js';

export const MAX_WS_MESSAGE_BYTES = 256 * 1024;

export interface GraphQLWebSocket {
  /** Stops graphql-ws and closes every socket with 1001. */
  close(): Promise<void>;
}

/**
 * graphql-ws on the HTTP server's /graphql. graphql-ws applies none of Apollo's validation plugins, so the
 * operation policy HTTP uses (limits, introspection, error masking: operation-policy.ts) is applied in onSubscribe
 * and onNext; only our own (or configured) origins may connect.
 */
export function attachGraphQLWebSocket(
  server: Server,
  deps: {
    config: Config;
    schema: GraphQLSchema;
    log: Logger;
    context: ContextFactory;
    orm: MikroORM;
    events: EventBus;
    clock: Clock;
    policy: OperationPolicy;
    cors: Cors;
    /** Partner tokens and quotas (the partner feature), checked on every subscribe like every HTTP request. */
    gate?: RequestGate;
    siteOf: (req: IncomingMessage) => string;
  },
): GraphQLWebSocket {
  const { config, schema, log, context, policy } = deps;
  const clientAddress = clientAddressOf(config.trustedProxies);
  const socketsOf = new Map<string, number>();
  const sessions = new SocketSessions(deps.orm, deps.events, deps.clock, log);
  const wss = new WebSocketServer({
    server,
    path: GRAPHQL_PATH,
    maxPayload: MAX_WS_MESSAGE_BYTES,
    // Cross-site WebSocket hijacking: browsers send the page's Origin; only our own and the allowed ones (CORS lists) may connect.
    // One address holds at most wsMaxSocketsPerAddress sockets (the count may overshoot by a burst within a tick).
    verifyClient: ({ req }: { req: IncomingMessage }, done: (ok: boolean, code?: number, message?: string) => void) => {
      const foreign = deps.cors.foreignOrigin(req);
      if (foreign !== null && !deps.cors.allowed(foreign, deps.siteOf(req))) return done(false, 401);
      if ((socketsOf.get(clientAddress(req)) ?? 0) >= config.wsMaxSocketsPerAddress) return done(false, 429, 'Too Many Requests');
      done(true);
    },
  });
  wss.on('connection', (socket: WebSocket, req: IncomingMessage) => {
    const address = clientAddress(req);
    socketsOf.set(address, (socketsOf.get(address) ?? 0) + 1);
    socket.once('close', () => {
      const n = (socketsOf.get(address) ?? 1) - 1;
      if (n > 0) socketsOf.set(address, n);
      else socketsOf.delete(address);
    });
  });
  corkSendsPerTick(wss);
  const rules = [...specifiedRules, ...policy.validationRules];
  const wsServer = useServer<Record<string, unknown>, { request: IncomingMessage; socket: WebSocket }>(
    {
      schema,
      onSubscribe: async (ctx, _id, payload) => {
        const store = newRequestStore();
        // graphql-ws has already registered this operation's id.
        if (Object.keys(ctx.subscriptions).length > config.wsMaxSubscriptionsPerSocket) {
          const message = `每个连接最多同时订阅 ${config.wsMaxSubscriptionsPerSocket} 项`;
          return refusal(policy, [new GraphQLError(message, { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } })], 'TOO_MANY_SUBSCRIPTIONS', store.requestId);
        }
        let document;
        try {
          document = parseWithLimits(payload.query, DEFAULT_LIMITS);
        } catch (err) {
          const e = err instanceof GraphQLError ? err : new GraphQLError('查询语法错误');
          return refusal(policy, [e], 'GRAPHQL_PARSE_FAILED', store.requestId);
        }
        const errors = validate(schema, document, rules);
        if (errors.length) return refusal(policy, errors, 'GRAPHQL_VALIDATION_FAILED', store.requestId);
        const text = checkInputText(document, payload.variables);
        if (text) return refusal(policy, [text], 'INVALID', store.requestId);
        const costly = checkOperationCost(schema, document, payload.variables ?? {}, payload.operationName ?? undefined, DEFAULT_LIMITS);
        if (costly) return refusal(policy, [costly], 'GRAPHQL_VALIDATION_FAILED', store.requestId);
        const req = ctx.extra.request;
        // No credentials across origins: a socket from another origin is never signed in by our session cookie.
        const foreign = deps.cors.foreignOrigin(req);
        const token = foreign === null ? tokenOf(req.headers, ctx.connectionParams) : bearerOf(req.headers, ctx.connectionParams);
        // A partner's token is admitted per operation as over HTTP: revocation, expiry and its quota hold on the next subscribe.
        let client = null;
        if (deps.gate) {
          const admission = await deps.gate.admit({
            req,
            body: '',
            pathWithQuery: req.url ?? GRAPHQL_PATH,
            address: clientAddress(req),
            bearer: bearerOf(req.headers, ctx.connectionParams),
            foreignOrigin: foreign,
            siteId: deps.siteOf(req),
            requestId: store.requestId,
          });
          if ('refused' in admission) {
            const { code, message, retryAfterSeconds } = admission.refused;
            return refusal(policy, [new GraphQLError(message, { extensions: { code, retryAfterSeconds } })], code, store.requestId);
          }
          client = admission.client;
        }
        const contextValue = await requestStore.run(store, () => context(req, store, NO_COOKIES, token, client));
        if (contextValue.viewer) sessions.watch(ctx.extra.socket, contextValue.viewer);
        return { schema, document, variableValues: payload.variables, operationName: payload.operationName, contextValue };
      },
      // Nothing leaves for a socket whose session ended since its operation started (closed with 4403 instead);
      // what does leave has its errors formatted as over HTTP (unexpected ones masked with the request id, logged).
      onNext: async (ctx, _id, _payload, args, result) => {
        await sessions.admit(ctx.extra.socket);
        const ctxValue = args.contextValue as Ctx;
        if (result.errors?.length) await policy.auditDenials(ctxValue, result.errors as GraphQLError[], args.operationName);
        return policy.formatResult(result as ExecutionResult, ctxValue.requestId);
      },
    },
    wss,
  );

  return {
    async close() {
      sessions.close();
      await wsServer.dispose();
      for (const client of wss.clients) client.close(1001, 'server shutting down');
    },
  };
}
