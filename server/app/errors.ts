import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { UserErrors } from '../common/errors.js';
import type { Logger } from '../common/logger.js';
import { limitErrorCode, maskSuggestions } from './limits.js';
import { requestStore } from './request-store.js';

/** Codes whose messages are safe to show as they are (after removing schema suggestions). */
const PUBLIC_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'INVALID',
  'TOO_MANY_SUBSCRIPTIONS',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  // A partner app's scope or credentials (server/modules/partner); over WebSocket the gate's refusals come as errors.
  'INSUFFICIENT_SCOPE',
  'WRITE_ON_BEHALF_UNAVAILABLE',
  'INVALID_TOKEN',
  'TOKEN_EXPIRED',
  'CLIENT_REVOKED',
  'SIGNATURE_INVALID',
  'TIMESTAMP_SKEWED',
  'NONCE_REUSED',
  'ORIGIN_NOT_ALLOWED',
]);

function originalOf(error: unknown): unknown {
  let e = error;
  for (let i = 0; i < 5 && e instanceof GraphQLError && e.originalError; i++) e = e.originalError;
  return e;
}

/** Keeps expected errors (with their codes), masks everything else behind a request id and logs it. */
export function formatErrorFor(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown, requestId = requestStore.getStore()?.requestId): GraphQLFormattedError => {
    const limit = limitErrorCode(error);
    if (limit) return { message: formatted.message, locations: formatted.locations, extensions: { code: limit, requestId } };
    const original = originalOf(error);
    if (original instanceof UserErrors) {
      const first = original.errors[0];
      return { message: first.message, path: formatted.path, extensions: { code: 'BAD_USER_INPUT', field: first.field, requestId } };
    }
    const code = formatted.extensions?.code as string | undefined;
    if (code === 'RATE_LIMITED') {
      const retryAfterSeconds = formatted.extensions?.retryAfterSeconds;
      return { message: formatted.message, path: formatted.path, extensions: { code, retryAfterSeconds, requestId } };
    }
    if (code && PUBLIC_CODES.has(code)) {
      return { ...formatted, message: maskSuggestions(formatted.message), extensions: { code, requestId } };
    }
    log.error('unexpected error', { requestId, path: formatted.path, error: original instanceof Error ? original.stack : String(original) });
    return {
      message: `服务器内部错误，请稍后重试（请求编号 ${requestId ?? '-'}）`,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}
