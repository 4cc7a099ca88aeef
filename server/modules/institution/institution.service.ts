import { randomUUID } from 'node:crypto';
import { audit } from '../../common/audit.js';
import { isPlatformStaff, requireViewer } from '../../common/auth.js';
import { isRegionCode, regionAncestors } from '../../common/codes/regions.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, Violations, fail, forbidden } from '../../common/errors.js';
import { fromGlobalId } from '../../common/ids.js';
import { byKeys } from '../../common/loaders.js';
import { pgArray, SqlFilter } from '../../db/sql.js';
import { mutation } from '../../common/mutation.js';
import { connectionOf, pageOf, type PageArgs } from '../../common/relay.js';
import { Role } from '../../common/roles.js';
import { checkEmail, checkPhone, clean } from '../../common/validate.js';
import { Account } from '../account/index.js';
import { revokeAccountSessions } from '../account/index.js';
import { ReviewDecision, ReviewOrder, reviewOrderBy, reviewReason } from '../../common/review.js';
import { Institution, InstitutionStatus } from './institution.entity.js';
import { ServiceColumn } from '../../common/service-column.js';
import { ACCOUNT_COLUMNS, loadAccount } from '../account/index.js';
import type { InstitutionApplyInput, InstitutionFilter, InstitutionReviewInput, InstitutionStaffAddInput } from './institution.inputs.js';
import { columns, insertRow, updateRow } from '../../db/columns.js';

const COLUMNS = columns('institution');

/** Approved institutions are public; others only to their own staff, operators and reviewers. */
function visible(ctx: Ctx, i: Institution): boolean {
  return i.status === InstitutionStatus.APPROVED || isPlatformStaff(ctx) || ctx.viewer?.institutionId === i.id;
}

export async function institutionById(ctx: Ctx, id: string): Promise<Institution | null> {
  const row = await ctx.loaders
    .get<string, Institution>('institutionById', async (ids) =>
      byKeys(ids, await ctx.em.execute<Institution[]>(`select ${COLUMNS} from institution where id = any(?::uuid[])`, [pgArray(ids)])),
    )
    .load(id);
  return row && visible(ctx, row) ? row : null;
}

export function institutionByGlobalId(ctx: Ctx, globalId: string): Promise<Institution | null> {
  const id = fromGlobalId(globalId, 'Institution');
  return id ? institutionById(ctx, id) : Promise.resolve(null);
}

export function institutionStaff(ctx: Ctx, institutionId: string): Promise<Account[]> {
  return ctx.loaders
    .get<string, Account[]>('institutionStaff', async (ids) => {
      const rows = await ctx.em.execute<Account[]>(`select ${ACCOUNT_COLUMNS} from account where institution_id = any(?::uuid[]) order by created_at`, [
        pgArray(ids),
      ]);
      return ids.map((id) => rows.filter((a) => a.institutionId === id));
    })
    .load(institutionId) as Promise<Account[]>;
}

export async function listInstitutions(ctx: Ctx, filter: InstitutionFilter | null | undefined, args: PageArgs, order?: ReviewOrder | null) {
  const page = pageOf(args);
  const f = filter ?? {};
  const status = f.status ?? InstitutionStatus.APPROVED;
  if (status !== InstitutionStatus.APPROVED && !isPlatformStaff(ctx)) throw forbidden('只有运营人员可以查看未入驻的机构');
  const where = new SqlFilter()
    .and('status = ?', status)
    .and('site_id = any(?::uuid[])', pgArray(ctx.sites.scope(ctx.site.id)))
    .andIf(f.column, '? = any(columns)', f.column)
    .andIf(f.type, 'type = ?', f.type);
  if (f.keyword?.trim()) {
    if ([...f.keyword].length > 50) fail(ErrorCode.TOO_LONG, 'filter.keyword', '关键词不能超过50个字');
    where.and(`name ilike ? escape '\\'`, `%${f.keyword.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  if (f.regionCode) {
    if (!isRegionCode(f.regionCode)) fail(ErrorCode.INVALID, 'filter.regionCode', '地区代码无效');
    where.and('region_codes && ?::text[]', pgArray(regionAncestors(f.regionCode)));
  }
  const rows = await ctx.em.execute<Institution[]>(
    `select ${COLUMNS} from institution ${where.sql} order by ${reviewOrderBy(order, 'created_at', 'created_at desc, id desc')} limit ? offset ?`,
    [...where.params, page.limit + 1, page.offset],
  );
  return connectionOf(rows, page, async () => {
    const [r] = await ctx.em.execute<{ n: number }[]>(`select count(*)::int as n from institution ${where.sql}`, where.params);
    return r.n;
  });
}

export function applyInstitution(ctx: Ctx, input: InstitutionApplyInput) {
  const viewer = requireViewer(ctx);
  return mutation(ctx, async (em) => {
    const v = new Violations();
    const name = clean(input.name);
    if (v.required('name', name, '机构全称')) {
      if ([...name!].length < 4) v.add(ErrorCode.INVALID, 'name', '请填写机构全称，不要使用简称');
      v.maxLength('name', name, 100, '机构全称');
    }
    const columns = [...new Set(input.columns ?? [])];
    if (columns.length === 0) v.add(ErrorCode.REQUIRED, 'columns', '请至少选择一个服务栏目');
    const regions = [...new Set(input.regionCodes ?? [])];
    if (regions.length === 0) v.add(ErrorCode.REQUIRED, 'regionCodes', '请至少选择一个服务地区');
    else if (regions.length > 50 || regions.some((r) => !isRegionCode(r))) v.add(ErrorCode.INVALID, 'regionCodes', '服务地区代码无效');
    v.required('qualifications', clean(input.qualifications), '资质说明');
    v.maxLength('qualifications', input.qualifications, 2000, '资质说明');
    v.maxLength('description', input.description, 5000, '机构简介');
    v.required('responsibleDepartment', clean(input.responsibleDepartment), '负责部门');
    v.maxLength('responsibleDepartment', input.responsibleDepartment, 100, '负责部门');
    v.required('contactName', clean(input.contactName), '联系人');
    v.maxLength('contactName', input.contactName, 50, '联系人');
    if (v.required('contactPhone', clean(input.contactPhone), '联系电话')) checkPhone(v, 'contactPhone', clean(input.contactPhone));
    checkEmail(v, 'contactEmail', clean(input.contactEmail));
    v.throwIfAny();
    const account = await loadAccount(em, viewer.accountId, true);
    if (!account) throw new Error(`account ${viewer.accountId} not found`);
    if (account.institutionId || account.enterpriseId) fail(ErrorCode.ALREADY_MEMBER, null, '该账号已属于企业或服务机构，请使用新账号申请入驻');
    if ((await em.execute('select 1 from institution where name = ?', [name])).length) fail(ErrorCode.DUPLICATE, 'name', '同名机构已申请或已入驻');
    const now = new Date();
    const institution: Institution = {
      id: randomUUID(),
      siteId: ctx.site.id,
      name: name!,
      type: input.type,
      columns: columns as ServiceColumn[],
      regionCodes: regions,
      qualifications: clean(input.qualifications)!,
      description: clean(input.description) ?? '',
      responsibleDepartment: clean(input.responsibleDepartment)!,
      contactName: clean(input.contactName)!,
      contactPhone: clean(input.contactPhone)!,
      contactEmail: clean(input.contactEmail),
      status: InstitutionStatus.PENDING,
      reviewReason: null,
      reviewedAt: null,
      reviewedBy: null,
      createdBy: viewer.accountId,
      createdAt: now,
      updatedAt: now,
    };
    await insertRow(em, 'institution', institution);
    await updateRow(em, 'account', account.id, { institutionId: institution.id, institutionAdmin: true });
    await audit(ctx, { operation: 'institution.apply', objectType: 'Institution', objectId: institution.id, result: 'SUCCESS' }, em);
    ctx.viewer = { ...viewer, institutionId: institution.id, institutionAdmin: true };
    return { institution };
  });
}

export function reviewInstitution(ctx: Ctx, input: InstitutionReviewInput) {
  return mutation(ctx, async (em) => {
    const id = fromGlobalId(input.institutionId, 'Institution');
    const [institution] = id ? await em.execute<Institution[]>(`select ${COLUMNS} from institution where id = ? for update`, [id]) : [];
    if (!institution) fail(ErrorCode.NOT_FOUND, 'institutionId', '机构不存在');
    if (institution.status !== InstitutionStatus.PENDING) fail(ErrorCode.INVALID_STATE, 'institutionId', '该申请已审核');
    const reason = reviewReason(input.decision, input.reason);
    const approved = input.decision === ReviewDecision.APPROVE;
    institution.status = approved ? InstitutionStatus.APPROVED : InstitutionStatus.REJECTED;
    institution.reviewReason = reason;
    institution.reviewedAt = new Date();
    institution.reviewedBy = ctx.viewer!.accountId;
    institution.updatedAt = new Date();
    const { status, reviewedAt, reviewedBy, updatedAt } = institution;
    await updateRow(em, 'institution', institution.id, { status, reviewReason: institution.reviewReason, reviewedAt, reviewedBy, updatedAt });
    if (approved) {
      await em.execute(`update account set roles = array_append(roles, ?) where institution_id = ? and not (? = any(roles))`, [
        Role.INSTITUTION_STAFF,
        institution.id,
        Role.INSTITUTION_STAFF,
      ]);
    }
    await audit(
      ctx,
      { operation: 'institution.review', objectType: 'Institution', objectId: institution.id, result: 'SUCCESS', detail: { decision: input.decision, reason } },
      em,
    );
    return { institution };
  });
}

export function addStaff(ctx: Ctx, input: InstitutionStaffAddInput) {
  const viewer = requireViewer(ctx);
  if (!viewer.institutionId || !viewer.institutionAdmin || !viewer.roles.includes(Role.INSTITUTION_STAFF)) {
    throw forbidden('只有已入驻机构的管理员可以添加工作人员');
  }
  return mutation(ctx, async (em) => {
    const identifier = (input.identifier ?? '').trim().toLowerCase();
    const [account] = await em.execute<Account[]>(`select ${ACCOUNT_COLUMNS} from account where mobile = ? or email = ? for update`, [identifier, identifier]);
    if (!account) fail(ErrorCode.NOT_FOUND, 'identifier', '未找到该手机号或邮箱对应的账号，请对方先注册');
    if (account.institutionId || account.enterpriseId || account.roles.length > 0) {
      fail(ErrorCode.ALREADY_MEMBER, 'identifier', '该账号已属于企业或机构，或已有平台角色');
    }
    account.institutionId = viewer.institutionId;
    account.roles = [Role.INSTITUTION_STAFF];
    await updateRow(em, 'account', account.id, { institutionId: account.institutionId, roles: account.roles });
    await revokeAccountSessions(em, account.id);
    await audit(
      ctx,
      { operation: 'institution.staffAdd', objectType: 'Account', objectId: account.id, result: 'SUCCESS', detail: { institutionId: viewer.institutionId } },
      em,
    );
    const institution = (await em.execute<Institution[]>(`select ${COLUMNS} from institution where id = ?`, [viewer.institutionId]))[0];
    return { institution };
  });
}
