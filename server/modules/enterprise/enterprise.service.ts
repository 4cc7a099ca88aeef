import { randomUUID } from 'node:crypto';
import { audit, auditCrossTenant } from '../../common/audit.js';
import { isPlatformStaff, requireViewer } from '../../common/auth.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, Violations, fail } from '../../common/errors.js';
import { fromGlobalId } from '../../common/ids.js';
import { byKeys } from '../../common/loaders.js';
import { pgArray, SqlFilter } from '../../db/sql.js';
import { mutation } from '../../common/mutation.js';
import { connectionOf, pageOf, type PageArgs } from '../../common/relay.js';
import { ReviewDecision, ReviewOrder, reviewOrderBy, reviewReason } from '../../common/review.js';
import { Role } from '../../common/roles.js';
import { Account } from '../account/index.js';
import { clientMayReadEnterprise } from '../partner/index.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ACCOUNT_COLUMNS, loadAccount } from '../account/index.js';
import { Enterprise, EnterpriseStatus } from './enterprise.entity.js';
import { validateProfile } from './enterprise.profile.js';
import { qualificationCodes, saveDeclarations } from './qualification.catalogue.js';
import { chinaDate } from '../../common/china-time.js';
import { type EnterpriseFilter, type EnterpriseRegisterInput, type EnterpriseReviewInput } from './enterprise.inputs.js';
import { normalizeUscc, validateUscc } from './uscc.js';
import { columns, insertRow, updateRow } from '../../db/columns.js';
import { ENTERPRISE_REVIEWED } from './enterprise.events.js';
import { notifyReviewed } from './enterprise.notify.js';

export { ENTERPRISE_REVIEWED, type EnterpriseReviewedEvent } from './enterprise.events.js';

/** Columns selected as entity property names, so rows serve as GraphQL objects without hydration. */
const COLUMNS = columns('enterprise', { as: { revenue: '%s::float8', totalAssets: '%s::float8', rdRatio: '%s::float8' } });

/** The enterprise with this id, or undefined. */
export async function loadEnterprise(em: EntityManager, id: string, forUpdate = false): Promise<Enterprise | undefined> {
  return (await em.execute<Enterprise[]>(`select ${COLUMNS} from enterprise where id = ?${forUpdate ? ' for update' : ''}`, [id]))[0];
}

export function canSeeEnterprise(ctx: Ctx, enterpriseId: string): boolean {
  const v = ctx.viewer;
  return !!v && (v.enterpriseId === enterpriseId || isPlatformStaff(ctx));
}

/** Enterprises whose contact data one resolution wave of one request may read before the read is audited as bulk. */
export const BULK_CONTACT_READ = 10;

/**
 * Notes that a contact field (person, telephone, e-mail) of an enterprise is being returned. The fields of one
 * list resolve in the same tick, so the loader batches them: a batch of BULK_CONTACT_READ or more distinct
 * enterprises is one audited bulk read of personal contact data (an operator's list, a partner's export).
 */
export function noteContactRead(ctx: Ctx, enterpriseId: string): Promise<true | null> {
  return ctx.loaders
    .get<string, true>('enterpriseContactRead', async (ids) => {
      if (ids.length >= BULK_CONTACT_READ) {
        await audit(ctx, {
          operation: 'enterprise.contactBulkRead',
          objectType: 'Enterprise',
          result: 'SUCCESS',
          detail: { count: ids.length, ids: ids.slice(0, 100) },
        });
      }
      return ids.map(() => true as const);
    })
    .load(enterpriseId);
}

function loadById(ctx: Ctx, id: string): Promise<Enterprise | null> {
  return ctx.loaders
    .get<string, Enterprise>('enterpriseById', async (ids) =>
      byKeys(ids, await ctx.em.execute<Enterprise[]>(`select ${COLUMNS} from enterprise where id = any(?::uuid[])`, [pgArray(ids)])),
    )
    .load(id);
}

/** An enterprise the viewer may see, or null (another enterprise's data is indistinguishable from none). */
export async function enterpriseById(ctx: Ctx, id: string): Promise<Enterprise | null> {
  return canSeeEnterprise(ctx, id) ? loadById(ctx, id) : null;
}

export async function enterpriseByGlobalId(ctx: Ctx, globalId: string): Promise<Enterprise | null> {
  const id = fromGlobalId(globalId, 'Enterprise');
  if (!id) return null;
  if (ctx.client) return (await clientMayReadEnterprise(ctx, id)) ? loadById(ctx, id) : null;
  if (!canSeeEnterprise(ctx, id)) {
    await auditCrossTenant(ctx, 'Enterprise', id);
    return null;
  }
  return loadById(ctx, id);
}

/** Members of an enterprise, batched across all enterprises of a page. */
export function enterpriseMembers(ctx: Ctx, enterpriseId: string): Promise<Account[]> {
  return ctx.loaders
    .get<string, Account[]>('enterpriseMembers', async (ids) => {
      const rows = await ctx.em.execute<Account[]>(`select ${ACCOUNT_COLUMNS} from account where enterprise_id = any(?::uuid[]) order by created_at`, [
        pgArray(ids),
      ]);
      return ids.map((id) => rows.filter((a) => a.enterpriseId === id));
    })
    .load(enterpriseId) as Promise<Account[]>;
}

export async function listEnterprises(ctx: Ctx, filter: EnterpriseFilter | null | undefined, args: PageArgs, order?: ReviewOrder | null) {
  const page = pageOf(args);
  const f = filter ?? {};
  const where = new SqlFilter()
    .andIf(f.status, 'status = ?', f.status)
    .andIf(f.sizeClass, 'size_class = ?', f.sizeClass)
    .andIf(f.industryCode, 'industry_code = ?', f.industryCode);
  if (f.regionCode) {
    // 340000 covers 34xxxx, 340100 covers 3401xx
    where.and('region_code like ?', `${f.regionCode.replace(/(00)+$/, '').replace(/[%_]/g, '')}%`);
  }
  if (f.nameContains) {
    if ([...f.nameContains].length > 50) fail(ErrorCode.TOO_LONG, 'filter.nameContains', '名称关键词不能超过50个字');
    where.and(`name like ? escape '\\'`, `%${f.nameContains.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  if (f.qualification) {
    if (!(await qualificationCodes(ctx.em)).has(f.qualification)) fail(ErrorCode.INVALID, 'filter.qualification', '资质不在资质目录中');
    // held as the matching reads it: declared, and not lapsed (validity ended before today, or a count of 0)
    where.and(
      `? = any(qualifications) and not exists (select 1 from enterprise_qualification q where q.enterprise_id = enterprise.id and q.code = ?
         and (q.valid_to < ?::date or q.count = 0))`,
      f.qualification,
      f.qualification,
      chinaDate(ctx.clock.now()),
    );
  }
  where.and('site_id = any(?::uuid[])', pgArray(ctx.sites.scope(ctx.site.id)));
  const rows = await ctx.em.execute<Enterprise[]>(
    `select ${COLUMNS} from enterprise ${where.sql} order by ${reviewOrderBy(order, 'created_at', 'created_at desc, id desc')} limit ? offset ?`,
    [...where.params, page.limit + 1, page.offset],
  );
  const count = async () => {
    const [r] = await ctx.em.execute<{ n: number }[]>(`select count(*)::int as n from enterprise ${where.sql}`, where.params);
    return r.n;
  };
  return connectionOf(rows, page, count);
}

export function registerEnterprise(ctx: Ctx, input: EnterpriseRegisterInput) {
  const viewer = requireViewer(ctx);
  return mutation(ctx, async (em) => {
    const v = new Violations();
    const uscc = normalizeUscc(input.uscc ?? '');
    if (v.required('uscc', uscc, '统一社会信用代码')) {
      const check = validateUscc(uscc);
      if (!check.ok) v.add(ErrorCode.INVALID, 'uscc', check.reason);
    }
    const { qualificationDetails, ...profile } = validateProfile(input, v, await qualificationCodes(em));
    const account = await loadAccount(em, viewer.accountId, true);
    if (!account) throw new Error(`account ${viewer.accountId} not found`);
    if (account.enterpriseId) fail(ErrorCode.ALREADY_MEMBER, null, '您的账号已属于一家企业，不能再注册新企业');
    if (account.institutionId) fail(ErrorCode.FORBIDDEN, null, '服务机构人员账号不能注册企业');
    if ((await em.execute('select 1 from enterprise where uscc = ?', [uscc])).length) fail(ErrorCode.DUPLICATE, 'uscc', '该统一社会信用代码已注册');

    const now = new Date();
    const enterprise: Enterprise = {
      id: randomUUID(),
      siteId: ctx.site.id,
      uscc,
      ...profile,
      fieldSources: {},
      status: EnterpriseStatus.PENDING,
      reviewReason: null,
      reviewedAt: null,
      reviewedBy: null,
      createdBy: viewer.accountId,
      createdAt: now,
      updatedAt: now,
    };
    await insertRow(em, 'enterprise', enterprise);
    if (qualificationDetails) await saveDeclarations(em, enterprise.id, qualificationDetails);
    account.enterpriseId = enterprise.id;
    account.enterpriseRole = 'OWNER';
    if (!account.roles.includes(Role.ENTERPRISE_USER)) account.roles = [...account.roles, Role.ENTERPRISE_USER];
    await updateRow(em, 'account', account.id, { enterpriseId: account.enterpriseId, enterpriseRole: account.enterpriseRole, roles: account.roles });
    await audit(ctx, { operation: 'enterprise.register', objectType: 'Enterprise', objectId: enterprise.id, result: 'SUCCESS' }, em);
    // The viewer's session now carries the new membership on its next request.
    ctx.viewer = { ...viewer, enterpriseId: enterprise.id, enterpriseRole: 'OWNER', roles: account.roles };
    return { enterprise };
  });
}

export function reviewEnterprise(ctx: Ctx, input: EnterpriseReviewInput) {
  return mutation(ctx, async (em) => {
    const id = fromGlobalId(input.enterpriseId, 'Enterprise');
    const enterprise = id ? await loadEnterprise(em, id, true) : undefined;
    if (!enterprise) fail(ErrorCode.NOT_FOUND, 'enterpriseId', '企业不存在');
    const reason = reviewReason(input.decision, input.reason);
    if (enterprise.createdBy === ctx.viewer!.accountId) fail(ErrorCode.FORBIDDEN, 'enterpriseId', '不能审核自己提交的企业');
    enterprise.status = input.decision === ReviewDecision.APPROVE ? EnterpriseStatus.VERIFIED : EnterpriseStatus.REJECTED;
    enterprise.reviewReason = reason;
    enterprise.reviewedAt = new Date();
    enterprise.reviewedBy = ctx.viewer!.accountId;
    enterprise.updatedAt = new Date();
    const { status, reviewedAt, reviewedBy, updatedAt } = enterprise;
    await updateRow(em, 'enterprise', enterprise.id, { status, reviewReason: enterprise.reviewReason, reviewedAt, reviewedBy, updatedAt });
    await ctx.events.publish(em, ENTERPRISE_REVIEWED, {
      enterpriseId: enterprise.id,
      status: enterprise.status,
      reason,
      at: enterprise.reviewedAt.toISOString(),
    });
    await notifyReviewed(ctx, em, enterprise, reason);
    await audit(
      ctx,
      { operation: 'enterprise.review', objectType: 'Enterprise', objectId: enterprise.id, result: 'SUCCESS', detail: { decision: input.decision, reason } },
      em,
    );
    return { enterprise: (await em.execute<Enterprise[]>(`select ${COLUMNS} from enterprise where id = ?`, [enterprise.id]))[0] };
  });
}
