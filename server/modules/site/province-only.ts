import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { audit } from '../../common/audit.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, fail, UserError } from '../../common/errors.js';
import { mutation } from '../../common/mutation.js';
import { pgArray } from '../../db/sql.js';
import type { InheritedTable } from './site.scope.js';

const TABLES: Record<string, InheritedTable> = { Policy: 'policy', Activity: 'activity', ServiceProduct: 'service_product' };

@InputType({ description: 'Mark an item of a provincial site as province-only (not inherited by its city sites).' })
export class ProvinceOnlySetInput {
  @Field(() => ID, { description: 'Global id of a Policy, Activity or ServiceProduct of the current site or its sub-sites.' })
  id!: string;
  @Field(() => Boolean, { description: 'true: shown only on its own site (and its sub-sites never inherit it); false: inherited (default).' })
  provinceOnly!: boolean;
}

@ObjectType({ description: 'Result of provinceOnlySet.' })
export class ProvinceOnlySetPayload {
  @Field(() => ID, { nullable: true, description: 'The item’s global id.' })
  id?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'The flag after the change.' })
  provinceOnly?: boolean | null;
  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

function parse(globalId: string): { type: string; table: InheritedTable; id: string } | null {
  if (typeof globalId !== 'string' || globalId.length > 200) return null;
  const [type, id] = Buffer.from(globalId, 'base64url').toString('utf8').split(':');
  const table = TABLES[type];
  return table && /^[0-9a-f-]{36}$/.test(id ?? '') ? { type, table, id } : null;
}

/** Sets the flag on an item of this site (or a sub-site); audited with the old and new value. */
export function setProvinceOnly(ctx: Ctx, input: ProvinceOnlySetInput) {
  return mutation(ctx, async (em) => {
    const ref = parse(input.id);
    if (!ref) fail(ErrorCode.INVALID, 'id', '只能设置政策、活动或服务产品');
    const [row] = await em.execute<{ provinceOnly: boolean }[]>(
      `select province_only as "provinceOnly" from ${ref.table} where id = ? and site_id = any(?::uuid[]) for update`,
      [ref.id, pgArray(ctx.sites.scope(ctx.site.id))],
    );
    if (!row) fail(ErrorCode.NOT_FOUND, 'id', '未找到该内容');
    await em.execute(`update ${ref.table} set province_only = ? where id = ?`, [input.provinceOnly, ref.id]);
    await audit(
      ctx,
      { operation: 'site.provinceOnly', objectType: ref.type, objectId: ref.id, result: 'SUCCESS', detail: { from: row.provinceOnly, to: input.provinceOnly } },
      em,
    );
    return { id: input.id, provinceOnly: input.provinceOnly };
  });
}
