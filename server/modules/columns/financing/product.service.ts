import { randomUUID } from 'node:crypto';
import { audit } from '../../../common/audit.js';
import { requireViewer } from '../../../common/auth.js';
import { industrySection, isIndustryCode } from '../../../common/codes/industries.js';
import { isRegionCode, regionAncestors } from '../../../common/codes/regions.js';
import { hasRole, type Ctx } from '../../../common/context.js';
import { ErrorCode, fail, forbidden, Violations } from '../../../common/errors.js';
import { fromGlobalId } from '../../../common/ids.js';
import { byKeys } from '../../../common/loaders.js';
import { mutation } from '../../../common/mutation.js';
import { connectionOf, pageOf, type PageArgs } from '../../../common/relay.js';
import { Role } from '../../../common/roles.js';
import { clean } from '../../../common/validate.js';
import { pgArray, SqlFilter } from '../../../db/sql.js';
import { ServiceColumn } from '../../../common/service-column.js';
import {
  FinancingProductType,
  ListingStatus,
  PRODUCT_COLUMNS,
  type FinancingProduct,
  type FinancingProductCreateInput,
  type FinancingProductDelistInput,
  type FinancingProductFilter,
} from './product.types.js';

const SIZES = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'];

function canSeeDelisted(ctx: Ctx, p: FinancingProduct): boolean {
  return hasRole(ctx, Role.OPERATOR, Role.REVIEWER) || ctx.viewer?.institutionId === p.institutionId;
}

export async function productById(ctx: Ctx, id: string): Promise<FinancingProduct | null> {
  const p = await ctx.loaders
    .get<string, FinancingProduct>('financingProductById', async (ids) =>
      byKeys(ids, await ctx.em.execute<FinancingProduct[]>(`select ${PRODUCT_COLUMNS} from financing_product p where p.id = any(?::uuid[])`, [pgArray(ids)])),
    )
    .load(id);
  return p && (p.status === ListingStatus.LISTED || canSeeDelisted(ctx, p)) ? p : null;
}

export function productByGlobalId(ctx: Ctx, globalId: string) {
  const id = fromGlobalId(globalId, 'FinancingProduct');
  return id ? productById(ctx, id) : Promise.resolve(null);
}

/** WHERE clause of the public list; also used by matching to pre-filter candidates. */
export function productWhere(ctx: Ctx, f: FinancingProductFilter): SqlFilter {
  const where = new SqlFilter()
    .and(`p.status = 'LISTED'`)
    .and('p.site_id = any(?::uuid[])', pgArray(ctx.sites.scope(ctx.site.id)))
    .andIf(f.productType, 'p.product_type = ?', f.productType)
    .andIf(f.sizeClass, `(p.size_classes = '{}' or ? = any(p.size_classes))`, f.sizeClass)
    .andIf(f.amount, 'p.amount_min <= ? and p.amount_max >= ?', f.amount, f.amount)
    .andIf(f.termMonths, 'p.term_min_months <= ? and p.term_max_months >= ?', f.termMonths, f.termMonths)
    .andIf(f.maxRate, 'p.rate_min <= ?', f.maxRate);
  if (f.unsecured) where.and('not p.collateral_required and not p.guarantee_required');
  if (f.regionCode) {
    if (!isRegionCode(f.regionCode)) fail(ErrorCode.INVALID, 'filter.regionCode', '地区代码无效');
    where.and(`(p.region_codes = '{}' or p.region_codes && ?::text[])`, pgArray(regionAncestors(f.regionCode)));
  }
  if (f.industryCode) {
    if (!isIndustryCode(f.industryCode)) fail(ErrorCode.INVALID, 'filter.industryCode', '行业代码无效');
    const keys = [f.industryCode, industrySection(f.industryCode)].filter((x): x is string => !!x);
    where.and(`(p.industry_codes = '{}' or p.industry_codes && ?::text[])`, pgArray(keys));
  }
  if (f.institutionId) where.and('p.institution_id = ?', fromGlobalId(f.institutionId, 'Institution') ?? '00000000-0000-0000-0000-000000000000');
  return where;
}

export async function listProducts(ctx: Ctx, filter: FinancingProductFilter | null | undefined, args: PageArgs) {
  const page = pageOf(args);
  const where = productWhere(ctx, filter ?? {});
  const rows = await ctx.em.execute<FinancingProduct[]>(
    `select ${PRODUCT_COLUMNS} from financing_product p ${where.sql} order by p.created_at desc, p.id desc limit ? offset ?`,
    [...where.params, page.limit + 1, page.offset],
  );
  return connectionOf(rows, page, async () => {
    const [r] = await ctx.em.execute<{ n: number }[]>(`select count(*)::int as n from financing_product p ${where.sql}`, where.params);
    return r.n;
  });
}

function requireFinancingStaff(ctx: Ctx): string {
  const v = requireViewer(ctx);
  if (!v.institutionId || !v.roles.includes(Role.INSTITUTION_STAFF)) throw forbidden('只有已入驻服务机构的工作人员可以发布融资产品');
  return v.institutionId;
}

function validateProduct(input: FinancingProductCreateInput, v: Violations) {
  const name = clean(input.name);
  if (v.required('name', name, '产品名称')) {
    if ([...name!].length < 2) v.add(ErrorCode.INVALID, 'name', '产品名称至少2个字');
    v.maxLength('name', name, 60, '产品名称');
  }
  const lender = clean(input.lender);
  v.required('lender', lender, '放款或服务机构');
  v.maxLength('lender', lender, 60, '放款或服务机构');
  if (!Object.values(FinancingProductType).includes(input.productType)) v.add(ErrorCode.INVALID, 'productType', '产品类型无效');
  v.maxLength('summary', input.summary, 1000, '产品简介');
  const num = (field: string, value: number, min: number, max: number, label: string) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) v.add(ErrorCode.INVALID, field, `${label}应在${min}到${max}之间`);
  };
  num('amountMin', input.amountMin, 0, 10_000_000, '最低额度（万元）');
  num('amountMax', input.amountMax, 0, 10_000_000, '最高额度（万元）');
  if (input.amountMax < input.amountMin) v.add(ErrorCode.INVALID, 'amountMax', '最高额度不能低于最低额度');
  num('termMinMonths', input.termMinMonths, 1, 360, '最短期限（月）');
  num('termMaxMonths', input.termMaxMonths, 1, 360, '最长期限（月）');
  if (input.termMaxMonths < input.termMinMonths) v.add(ErrorCode.INVALID, 'termMaxMonths', '最长期限不能短于最短期限');
  num('rateMin', input.rateMin, 0, 36, '最低年化利率（%）');
  num('rateMax', input.rateMax, 0, 36, '最高年化利率（%）');
  if (input.rateMax < input.rateMin) v.add(ErrorCode.INVALID, 'rateMax', '最高利率不能低于最低利率');
  const industries = [...new Set(input.industryCodes ?? [])];
  if (industries.length > 30 || industries.some((c) => !isIndustryCode(c))) v.add(ErrorCode.INVALID, 'industryCodes', '行业代码无效（最多30个）');
  const sizes = [...new Set(input.sizeClasses ?? [])];
  if (sizes.some((s) => !SIZES.includes(s))) v.add(ErrorCode.INVALID, 'sizeClasses', '企业规模无效');
  const regions = [...new Set(input.regionCodes ?? [])];
  if (regions.length > 50 || regions.some((r) => !isRegionCode(r))) v.add(ErrorCode.INVALID, 'regionCodes', '服务地区代码无效（最多50个）');
  const minYears = input.minYearsEstablished ?? 0;
  if (!Number.isInteger(minYears) || minYears < 0 || minYears > 50) v.add(ErrorCode.INVALID, 'minYearsEstablished', '成立年限要求应在0到50年之间');
  const materials = (input.requiredMaterials ?? []).map((m) => clean(m)).filter((m): m is string => !!m);
  if (materials.length > 20 || materials.some((m) => [...m].length > 50)) v.add(ErrorCode.INVALID, 'requiredMaterials', '申请材料最多20项，每项不超过50个字');
  return { name: name!, lender: lender!, summary: clean(input.summary) ?? '', industries, sizes, regions, minYears, materials };
}

export function createProduct(ctx: Ctx, input: FinancingProductCreateInput) {
  const institutionId = requireFinancingStaff(ctx);
  return mutation(ctx, async (em) => {
    const v = new Violations();
    const p = validateProduct(input, v);
    v.throwIfAny();
    const [inst] = await em.execute<{ columns: string[]; status: string; siteId: string }[]>(
      `select columns, status, site_id as "siteId" from institution where id = ?`,
      [institutionId],
    );
    if (!inst || inst.status !== 'APPROVED' || !inst.columns.includes(ServiceColumn.FINANCING)) {
      fail(ErrorCode.FORBIDDEN, null, '只有提供融资服务（FINANCING 栏目）的已入驻机构可以发布融资产品');
    }
    const id = randomUUID();
    const now = ctx.clock.now();
    await em.execute(
      `insert into financing_product (id, site_id, institution_id, name, lender, product_type, summary, amount_min, amount_max,
          term_min_months, term_max_months, rate_min, rate_max, collateral_required, guarantee_required, industry_codes, size_classes,
          region_codes, min_years_established, required_materials, created_by, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?::text[], ?, ?::text[], ?, ?, ?)`,
      [
        id,
        inst.siteId,
        institutionId,
        p.name,
        p.lender,
        input.productType,
        p.summary,
        input.amountMin,
        input.amountMax,
        input.termMinMonths,
        input.termMaxMonths,
        input.rateMin,
        input.rateMax,
        !!input.collateralRequired,
        !!input.guaranteeRequired,
        pgArray(p.industries),
        pgArray(p.sizes),
        pgArray(p.regions),
        p.minYears,
        pgArray(p.materials),
        ctx.viewer!.accountId,
        now,
        now,
      ],
    );
    await audit(ctx, { operation: 'financingProduct.create', objectType: 'FinancingProduct', objectId: id, result: 'SUCCESS' }, em);
    return { product: (await em.execute<FinancingProduct[]>(`select ${PRODUCT_COLUMNS} from financing_product p where p.id = ?`, [id]))[0] };
  });
}

export function delistProduct(ctx: Ctx, input: FinancingProductDelistInput) {
  const institutionId = requireFinancingStaff(ctx);
  return mutation(ctx, async (em) => {
    const id = fromGlobalId(input.productId, 'FinancingProduct');
    const [row] = id
      ? await em.execute<FinancingProduct[]>(
          `update financing_product p set status = 'DELISTED', updated_at = ? where id = ? and institution_id = ? returning ${PRODUCT_COLUMNS}`,
          [ctx.clock.now(), id, institutionId],
        )
      : [];
    if (!row) fail(ErrorCode.NOT_FOUND, 'productId', '融资产品不存在');
    await audit(ctx, { operation: 'financingProduct.delist', objectType: 'FinancingProduct', objectId: row.id, result: 'SUCCESS' }, em);
    return { product: row };
  });
}
