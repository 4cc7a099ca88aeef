import { Arg, Args, Ctx as GqlCtx, Field, FieldResolver, ID, InputType, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { requireRole } from '../../common/auth.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, fail } from '../../common/errors.js';
import { connectionOf, ConnectionType, pageOf, PageArgs } from '../../common/relay.js';
import { Role } from '../../common/roles.js';
import { SqlFilter } from '../../db/sql.js';

@ObjectType({ description: 'One security event in the append-only audit log. AUDIT_ADMIN only.' })
export class AuditEntry {
  rawId!: string;
  @Field(() => Date, { description: 'When it happened.' })
  at!: Date;
  @Field(() => String, { nullable: true, description: 'Account id (uuid) of the actor, if known.' })
  actorId!: string | null;
  @Field(() => String, { nullable: true, description: 'Roles the actor held, comma-separated.' })
  actorRole!: string | null;
  @Field(() => String, { nullable: true, description: 'Source address of the request.' })
  ip!: string | null;
  @Field(() => String, { description: 'Operation, e.g. auth.login, enterprise.review.' })
  operation!: string;
  @Field(() => String, { nullable: true, description: 'Type of the object acted on.' })
  objectType!: string | null;
  @Field(() => String, { nullable: true, description: 'Id of the object acted on.' })
  objectId!: string | null;
  @Field(() => String, { description: 'SUCCESS or FAILURE.' })
  result!: string;
  @Field(() => GraphQLJSONObject, { description: 'Details (decision, reason, before/after roles, …).' })
  detail!: Record<string, unknown>;
  @Field(() => String, { nullable: true, description: 'Request id, to match server logs.' })
  requestId!: string | null;
}

@InputType({ description: 'Filters of the audit log.' })
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'Operation name, exact.' })
  operation?: string | null;
  @Field(() => String, { nullable: true, description: 'Actor account id (uuid).' })
  actorId?: string | null;
  @Field(() => String, { nullable: true, description: 'Object id.' })
  objectId?: string | null;
  @Field(() => Date, { nullable: true, description: 'From this time (inclusive).' })
  from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Until this time (exclusive).' })
  to?: Date | null;
}

const AuditConnection = ConnectionType(AuditEntry, 'AuditEntry', 'audit entry');
const UUID = /^[0-9a-f-]{36}$/;

@Resolver(() => AuditEntry)
export class AuditResolver {
  @FieldResolver(() => ID, { description: 'Sequence number of the entry.' })
  id(@Root() e: AuditEntry): string {
    return e.rawId;
  }

  @Query(() => AuditConnection, { description: 'The audit log, newest first. Requires AUDIT_ADMIN.' })
  async auditLog(@GqlCtx() ctx: Ctx, @Args(() => PageArgs) args: PageArgs, @Arg('filter', () => AuditFilter, { nullable: true }) filter?: AuditFilter) {
    requireRole(ctx, Role.AUDIT_ADMIN);
    const page = pageOf(args);
    const where = new SqlFilter().andIf(filter?.operation, 'operation = ?', filter?.operation);
    if (filter?.actorId && !UUID.test(filter.actorId)) fail(ErrorCode.INVALID, 'filter.actorId', '账号编号格式不正确');
    where
      .andIf(filter?.actorId, 'actor_id = ?', filter?.actorId)
      .andIf(filter?.objectId, 'object_id = ?', filter?.objectId)
      .andIf(filter?.from, 'at >= ?', filter?.from)
      .andIf(filter?.to, 'at < ?', filter?.to);
    const rows = await ctx.em.execute<AuditEntry[]>(
      `select id::text as "rawId", at, actor_id as "actorId", actor_role as "actorRole", ip, operation,
              object_type as "objectType", object_id as "objectId", result, detail, request_id as "requestId"
         from audit_log ${where.sql} order by at desc, id desc limit ? offset ?`,
      [...where.params, page.limit + 1, page.offset],
    );
    return connectionOf(rows, page, async () => {
      const [r] = await ctx.em.execute<{ n: number }[]>(`select count(*)::int as n from audit_log ${where.sql}`, where.params);
      return r.n;
    });
  }
}
