import { randomUUID } from 'node:crypto';
import { Arg, Args, Ctx as GqlCtx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireRole } from '../../../common/auth.js';
import type { Ctx } from '../../../common/context.js';
import { ErrorCode, fail } from '../../../common/errors.js';
import { fromGlobalId, toGlobalId } from '../../../common/ids.js';
import { mutation } from '../../../common/mutation.js';
import { connectionOf, ConnectionType, pageOf, PageArgs } from '../../../common/relay.js';
import { Role } from '../../../common/roles.js';
import { audit } from '../../../common/audit.js';
import { POLICY_IMPORT_QUEUE } from './import.jobs.js';
import { ImportFormat, ImportLineResult, PolicyImport, PolicyImportInput, PolicyImportLine, PolicyImportPayload } from './import.types.js';
import { columns } from '../../../db/columns.js';

const PolicyImportLineConnection = ConnectionType(PolicyImportLine, 'PolicyImportLine', 'import line');
const IMPORT_COLUMNS = columns('policy_import', { omit: ['siteId', 'content', 'createdBy'] });
/** The GraphQL body limit is 256 KB; larger files go through the CLI. */
const MAX_CONTENT_CHARS = 250_000;

@Resolver(() => PolicyImport)
export class PolicyImportResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() i: PolicyImport): string {
    return toGlobalId('PolicyImport', i.id);
  }

  @FieldResolver(() => PolicyImportLineConnection, { description: 'Per-line report in line order (at most 100 per page).' })
  async lines(
    @Root() i: PolicyImport,
    @GqlCtx() ctx: Ctx,
    @Args(() => PageArgs) args: PageArgs,
    @Arg('result', () => ImportLineResult, { nullable: true, description: 'Only lines with this result (e.g. ERROR).' }) result?: ImportLineResult,
  ) {
    const page = pageOf(args);
    const where = `where import_id = ?${result ? ' and result = ?' : ''}`;
    const params = result ? [i.id, result] : [i.id];
    const rows = await ctx.em.execute<PolicyImportLine[]>(
      `select line_no as "lineNo", result, policy_id as "policyId", reason from policy_import_line ${where} order by line_no limit ? offset ?`,
      [...params, page.limit + 1, page.offset],
    );
    return connectionOf(
      rows,
      page,
      async () => (await ctx.em.execute<{ n: number }[]>(`select count(*)::int as n from policy_import_line ${where}`, params))[0].n,
    );
  }

  @Query(() => PolicyImport, { nullable: true, description: 'Progress and report of an import. Requires OPERATOR; null for another site’s import.' })
  async policyImportProgress(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    requireRole(ctx, Role.OPERATOR);
    const uuid = fromGlobalId(id, 'PolicyImport');
    if (!uuid) return null;
    const [row] = await ctx.em.execute<PolicyImport[]>(`select ${IMPORT_COLUMNS} from policy_import where id = ? and site_id = ?`, [uuid, ctx.site.id]);
    return row ?? null;
  }

  @Mutation(() => PolicyImportPayload, {
    description:
      'Import policies from JSON Lines or CSV (docs/policy-import.md) as a background job: each line is CREATED, UPDATED, UNCHANGED or ERROR; de-duplicated by docNo + issuing department. Requires OPERATOR; audited.',
  })
  policyImport(@GqlCtx() ctx: Ctx, @Arg('input', () => PolicyImportInput) input: PolicyImportInput) {
    const viewer = requireRole(ctx, Role.OPERATOR);
    return mutation(ctx, async (em) => {
      if (!Object.values(ImportFormat).includes(input.format)) fail(ErrorCode.INVALID, 'format', '导入格式无效');
      if (!input.content?.trim()) fail(ErrorCode.REQUIRED, 'content', '导入内容为空');
      if (input.content.length > MAX_CONTENT_CHARS) fail(ErrorCode.TOO_LONG, 'content', '导入内容过大，请使用命令行导入');
      const id = randomUUID();
      await em.execute(`insert into policy_import (id, site_id, format, content, status, created_by) values (?, ?, ?, ?, 'QUEUED', ?)`, [
        id,
        ctx.site.id,
        input.format,
        input.content,
        viewer.accountId,
      ]);
      await ctx.jobs.enqueue(em, POLICY_IMPORT_QUEUE, { importId: id }, { maxAttempts: 3 });
      await audit(
        ctx,
        {
          operation: 'policy.import.start',
          objectType: 'PolicyImport',
          objectId: id,
          result: 'SUCCESS',
          detail: { format: input.format, chars: input.content.length },
        },
        em,
      );
      const [row] = await em.execute<PolicyImport[]>(`select ${IMPORT_COLUMNS} from policy_import where id = ?`, [id]);
      return { import: row };
    });
  }
}

@Resolver(() => PolicyImportLine)
export class PolicyImportLineResolver {
  @FieldResolver(() => ID, { nullable: true, description: 'Global id of the policy the line created, updated or matched.' })
  policyId(@Root() l: PolicyImportLine): string | null {
    return l.policyId ? toGlobalId('Policy', l.policyId) : null;
  }
}
