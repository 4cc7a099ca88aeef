import type { EntityManager } from '@mikro-orm/postgresql';
import { appendDeferredAudit } from './audit.js';
import type { Ctx } from './context.js';
import { type UserError, UserErrors } from './errors.js';

export type Payload<T> = Partial<T> & { errors: UserError[] };

/**
 * Runs one mutation in one transaction. Expected failures (UserErrors) roll everything back and come
 * back as payload errors; anything else is thrown (masked and logged by the server).
 */
export async function mutation<T extends object>(ctx: Ctx, work: (em: EntityManager) => Promise<T>): Promise<Payload<T>> {
  const outer = ctx.deferredAudit;
  try {
    const result = await ctx.em.transactional(async (em) => {
      // A mutation run inside another's transaction leaves its rows to the outer one.
      if (!outer) ctx.deferredAudit = { em, rows: [] };
      const done = await work(em);
      if (!outer) await appendDeferredAudit(em, ctx.config, ctx.deferredAudit!.rows);
      return done;
    });
    return { ...result, errors: [] };
  } catch (err) {
    if (err instanceof UserErrors) return { errors: err.errors } as Payload<T>;
    throw err;
  } finally {
    ctx.deferredAudit = outer;
  }
}
