import { GraphQLError, NoSchemaIntrospectionCustomRule, type FormattedExecutionResult, type ExecutionResult, type ValidationRule } from 'graphql';
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

export function operationPolicy(config: Config, log: Logger): OperationPolicy {
  const formatError = formatErrorFor(log);
  return {
    introspection: !config.production,
    parseOptions: limitParseOptions(DEFAULT_LIMITS),
    validationRules: [...limitRules(DEFAULT_LIMITS), ...(config.production ? [NoSchemaIntrospectionCustomRule] : [])],
    formatError,
    async auditDenials(ctx, errors, operationName) {
      for (const e of errors) {
        if (e.extensions?.code !== 'FORBIDDEN') continue;
        const detail = { path: e.path?.join('.') ?? null, operationName: operationName ?? null, message: e.message };
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

/** A refusal before execution (parse, validation, limits), formatted for graphql-ws' error message as Apollo would. */
export function refusal(policy: OperationPolicy, errors: readonly GraphQLError[], defaultCode: string, requestId: string): GraphQLError[] {
  return errors.map((e) => {
    const coded = e.extensions?.code ? e : new GraphQLError(e.message, { nodes: e.nodes, originalError: e.originalError, extensions: { ...e.extensions, code: defaultCode } });
    const f = policy.formatError(coded.toJSON(), coded, requestId);
    return new GraphQLError(f.message, { nodes: e.nodes, extensions: f.extensions });
  });
}
