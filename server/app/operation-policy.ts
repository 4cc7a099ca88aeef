import {
  BREAK,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  visit,
  type DocumentNode,
  type ExecutionResult,
  type FormattedExecutionResult,
  type ValidationRule,
} from 'graphql';
import { audit } from '../common/audit.js';
import type { Ctx } from '../common/context.js';
import type { Logger } from '../common/logger.js';
import type { Config } from '../config/index.js';
import { formatErrorFor } from './errors.js';
import { DEFAULT_LIMITS, limitParseOptions, limitRules, maskSuggestions } from './limits.js';

/**
 * What every GraphQL operation goes through, whichever transport brought it: the parse and validation limits,
 * introspection off in production, and one error formatting that keeps expected errors (suggestions removed)
 * and masks everything else behind the request id, logged. HTTP (Apollo) and WebSocket (graphql-ws) both take
 * their rules and their error formatting from here, so hardening one cannot leave the other behind.
 */
export interface OperationPolicy {
  introspection: boolean;
  parseOptions: ReturnType<typeof limitParseOptions>;
  /** Added to graphql-js' specified rules. */
  validationRules: ValidationRule[];
  formatError: ReturnType<typeof formatErrorFor>;
  /** Writes an audit row for each authorisation failure (FORBIDDEN) of an operation; never throws. */
  auditDenials(ctx: Ctx, errors: readonly GraphQLError[], operationName?: string | null): Promise<void>;
  /** The result of one operation as sent over WebSocket, its errors formatted like Apollo's. */
  formatResult(result: ExecutionResult, requestId: string): FormattedExecutionResult;
}

/** Authorisation failures written to the audit log: a person's missing role, a partner app's missing scope. */
const AUDITED_DENIALS = new Set(['FORBIDDEN', 'INSUFFICIENT_SCOPE', 'WRITE_ON_BEHALF_UNAVAILABLE']);

export function operationPolicy(config: Config, log: Logger): OperationPolicy {
  const formatError = formatErrorFor(log);
  return {
    introspection: !config.production,
    parseOptions: limitParseOptions(DEFAULT_LIMITS),
    validationRules: [...limitRules(DEFAULT_LIMITS), ...(config.production ? [NoSchemaIntrospectionCustomRule] : [])],
    formatError,
    async auditDenials(ctx, errors, operationName) {
      for (const e of errors) {
        const code = e.extensions?.code as string | undefined;
        if (!code || !AUDITED_DENIALS.has(code)) continue;
        const detail = {
          path: e.path?.join('.') ?? null,
          operationName: operationName ?? null,
          message: e.message,
          ...(code !== 'FORBIDDEN' || ctx.client ? { code, clientId: ctx.client?.clientId ?? null } : {}),
        };
        await audit(ctx, { operation: 'authz.denied', result: 'FAILURE', detail }).catch((err: Error) =>
          log.error('audit of a denial failed', { requestId: ctx.requestId, error: err.message }),
        );
      }
    },
    formatResult(result, requestId) {
      if (!result.errors?.length) return result as FormattedExecutionResult;
      // No `data` at all: the request itself was refused (variables that do not coerce), as Apollo's BAD_USER_INPUT.
      const requestErrors = !('data' in result);
      const errors = result.errors.map((e) =>
        requestErrors && !e.extensions?.code
          ? { message: maskSuggestions(e.message), locations: e.locations, extensions: { code: 'BAD_USER_INPUT', requestId } }
          : formatError(e.toJSON(), e, requestId),
      );
      return { ...result, errors } as FormattedExecutionResult;
    },
  };
}

// NUL, or a high surrogate not followed by a low one, or a low one not preceded by a high one.
// eslint-disable-next-line no-control-regex -- NUL is exactly what this refuses
const BAD_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const badText = (v: string) => BAD_TEXT.test(v);

function badValue(v: unknown, depth = 0): boolean {
  if (typeof v === 'string') return badText(v);
  if (depth > 20 || v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) return v.some((x) => badValue(x, depth + 1));
  return Object.entries(v).some(([k, x]) => badText(k) || badValue(x, depth + 1));
}

/**
 * A NUL byte or an unpaired UTF-16 surrogate in any string input (variables or literals) refuses the whole
 * operation as INVALID. PostgreSQL cannot store either, so letting them through made a driver error (INTERNAL,
 * and its raw text over WebSocket) out of bad input.
 */
export function checkInputText(document: DocumentNode, variables: Record<string, unknown> | null | undefined): GraphQLError | null {
  let bad = badValue(variables ?? {});
  if (!bad) {
    visit(document, {
      StringValue(node) {
        if (badText(node.value)) {
          bad = true;
          return BREAK;
        }
        return undefined;
      },
    });
  }
  return bad ? new GraphQLError('输入包含不允许的字符（空字符或不成对的代理项）', { extensions: { code: 'INVALID', http: { status: 400 } } }) : null;
}

/** A refusal before execution (parse, validation, limits), formatted for graphql-ws' error message as Apollo would. */
export function refusal(policy: OperationPolicy, errors: readonly GraphQLError[], defaultCode: string, requestId: string): GraphQLError[] {
  return errors.map((e) => {
    const coded = e.extensions?.code
      ? e
      : new GraphQLError(e.message, { nodes: e.nodes, originalError: e.originalError, extensions: { ...e.extensions, code: defaultCode } });
    const f = policy.formatError(coded.toJSON(), coded, requestId);
    return new GraphQLError(f.message, { nodes: e.nodes, extensions: f.extensions });
  });
}
