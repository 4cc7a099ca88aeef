import type { Ctx } from './context.js';

/** Rows counted for a connection, in one statement. */
export async function countOf(ctx: Ctx, sql: string, params: unknown[]): Promise<number> {
  const [r] = await ctx.em.execute<{ n: number }[]>(sql, params);
  return r?.n ?? 0;
}

/**
 * Type of a resolver's `@Root()` for rows read with raw SQL. A class type there makes type-graphql build a
 * class instance per field and row (for MikroORM entities, through their property accessors); a mapped
 * type is reflected as Object, so the row is passed through as is.
 */
export type Row<T> = { [K in keyof T]: T[K] };
