import { Field, ObjectType } from 'type-graphql';
import type { Ctx, Viewer } from '../../common/context.js';
import { forbidden, unauthenticated } from '../../common/errors.js';
import { Role } from '../../common/roles.js';

/** Staff of an approved institution (the role is granted on approval). */
export function requireInstitutionStaff(ctx: Ctx): Viewer & { institutionId: string } {
  const v = ctx.viewer;
  if (!v) throw unauthenticated();
  if (!v.institutionId || !v.roles.includes(Role.INSTITUTION_STAFF)) throw forbidden('需要已入驻服务机构的工作人员账号');
  return v as Viewer & { institutionId: string };
}

/** A member of an enterprise (verified or not: see docs/docking.md). */
export function requireEnterpriseMember(ctx: Ctx): Viewer & { enterpriseId: string } {
  const v = ctx.viewer;
  if (!v) throw unauthenticated();
  if (!v.enterpriseId) throw forbidden('需要企业账号（请先注册企业）');
  return v as Viewer & { enterpriseId: string };
}

export const isOperator = (ctx: Ctx) => !!ctx.viewer?.roles.includes(Role.OPERATOR);
export { isPlatformStaff } from '../../common/auth.js';

/** A non-blocking advice on input (e.g. a name that does not follow the naming pattern). */
@ObjectType({ description: 'Advice about the input that did not block the change (e.g. naming pattern), in Chinese.' })
export class InputWarning {
  @Field(() => String, { description: 'Input field concerned.' })
  field!: string;
  @Field(() => String, { description: 'What is advised, in Chinese.' })
  message!: string;
  @Field(() => String, { nullable: true, description: 'A suggested value, when one can be derived.' })
  suggestion!: string | null;
}

/** Caps a list input: returns the error message or null. */
export function tooMany(list: unknown[] | null | undefined, max: number): boolean {
  return !!list && list.length > max;
}

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
