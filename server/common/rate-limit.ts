import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { createMethodMiddlewareDecorator } from 'type-graphql';
import type { Ctx } from './context.js';

/** What one counted request learns: its number in the current one-minute window, and when that window ends. */
export interface RateCount {
  count: number;
  retryAfterSeconds: number;
}

/**
 * Fixed one-minute windows counted in PostgreSQL (`rate_counter`, migration 0055): one upsert per counted request,
 * so every instance sees the same count. A fixed window lets a client send up to twice its rate across a window
 * boundary; that is the price of one statement, and the per-minute budgets below are set with it in mind.
 * `gate` (SQL returning one row; its parameters come before the key) makes the count conditional: no row from
 * it, no count (a revoked client);
 * `returning` adds expressions to the row returned.
 */
export const RATE_UPSERT = (gate?: string, returning?: string) =>
  `
  ${gate ? `with gate as (${gate})` : ''}
  insert into rate_counter (key, window_start, count)
  select ?, date_trunc('minute', now()), 1 ${gate ? 'from gate' : ''}
  on conflict (key, window_start) do update set count = rate_counter.count + 1
  returning count, ${returning ? `${returning}, ` : ''}ceil(extract(epoch from (window_start + interval '1 minute' - now())))::int as "retryAfterSeconds"`
    .replace(/\s+/g, ' ')
    .trim();

/** Counts one request against `key`; old windows are swept now and then by the same caller (no job needed). */
export async function countRequest(em: EntityManager, key: string): Promise<RateCount> {
  const [row] = await em.execute<RateCount[]>(RATE_UPSERT(), [key]);
  if (Math.random() < 0.001) await em.execute(`delete from rate_counter where window_start < now() - interval '5 minutes'`);
  return row;
}

/** The Chinese refusal of a rate limit, as a GraphQL error with HTTP 429 and Retry-After. */
export function rateLimited(retryAfterSeconds: number, what = '请求'): GraphQLError {
  const seconds = Math.max(1, retryAfterSeconds);
  return new GraphQLError(`${what}过于频繁，请 ${seconds} 秒后再试`, {
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds, http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) } },
  });
}

/** Per-minute budgets of expensive fields, per account (signed in), partner client or client address (anonymous). */
export const FIELD_BUDGETS = {
  search: 120,
  matching: 60,
  policyReach: 30,
  export: 10,
} as const;
export type FieldBudget = keyof typeof FIELD_BUDGETS;

/** Who a field budget is counted for: the account, else the partner client, else the client address. */
function budgetKey(ctx: Ctx, budget: FieldBudget): string {
  const who = ctx.viewer ? `account:${ctx.viewer.accountId}` : ctx.client ? `client:${ctx.client.clientId}` : `address:${ctx.ip}`;
  return `field:${budget}:${who}`;
}

/** Throws RATE_LIMITED when `budget` is spent for this caller in the current minute (off with `fieldRateLimits: false`). */
export async function checkFieldBudget(ctx: Ctx, budget: FieldBudget): Promise<void> {
  if (!ctx.config.fieldRateLimits) return;
  const { count, retryAfterSeconds } = await countRequest(ctx.em, budgetKey(ctx, budget));
  if (count > FIELD_BUDGETS[budget]) throw rateLimited(retryAfterSeconds);
}

/**
 * `@RateLimited('search')` on an expensive field: one counted statement before the resolver runs (issue 13's
 * leftover: login and password attempts have their own budget in account/attempts.ts).
 */
export function RateLimited(budget: FieldBudget): MethodDecorator {
  return createMethodMiddlewareDecorator<Ctx>(async ({ context }, next) => {
    await checkFieldBudget(context, budget);
    return next();
  });
}
