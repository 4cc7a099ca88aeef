import { chinaDate } from '../../../common/china-time.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer } from '../../../common/auth.js';
import { isRegionCode } from '../../../common/codes/regions.js';
import type { Ctx } from '../../../common/context.js';
import { ErrorCode, forbidden, Violations } from '../../../common/errors.js';
import { mutation } from '../../../common/mutation.js';
import { checkPhone, clean } from '../../../common/validate.js';
import { ServiceColumn } from '../../../common/service-column.js';
import { institutionById } from '../../institution/index.js';
import { enterpriseProfile, type EnterpriseProfileRow } from '../consent/index.js';
import { checkRateLimit, insertNeed, needRoutes, routableInstitutions } from '../need/index.js';
import type { ColumnNeed, NeedContactInput } from '../need/index.js';
import { allPassed, matchProduct } from './matching.js';
import { CollateralKind, FinancingPurpose, FinancingUrgency, PURPOSE_LABELS, type FinancingMatchResult, type FinancingNeedSubmitInput } from './need.types.js';
import { productWhere } from './product.service.js';
import { PRODUCT_COLUMNS, type FinancingProduct } from './product.types.js';

const MAX_CANDIDATES = 500;

/** The viewer's own enterprise (a form that reuses the profile); forbidden without one. */
export async function ownEnterprise(ctx: Ctx, what: string): Promise<EnterpriseProfileRow> {
  const v = requireViewer(ctx);
  if (!v.enterpriseId) throw forbidden(`只有企业用户可以提交${what}，请先登记企业信息`);
  return (await enterpriseProfile(ctx, v.enterpriseId))!;
}

/** Contact of a need: the one given, else the enterprise's. */
export function needContact(v: Violations, contact: NeedContactInput | null | undefined, fallback: { contactName: string; contactPhone: string } | null) {
  if (!contact) {
    if (!fallback) v.add(ErrorCode.REQUIRED, 'contact', '请填写联系人和联系电话');
    return { name: fallback?.contactName ?? '', phone: fallback?.contactPhone ?? '' };
  }
  const name = clean(contact.name);
  const phone = clean(contact.phone);
  v.required('contact.name', name, '联系人');
  v.maxLength('contact.name', name, 50, '联系人');
  if (v.required('contact.phone', phone, '联系电话')) checkPhone(v, 'contact.phone', phone);
  return { name: name ?? '', phone: phone ?? '' };
}

export function checkRegion(v: Violations, field: string, code: string | null | undefined): void {
  if (code && !isRegionCode(code)) v.add(ErrorCode.INVALID, field, '地区代码无效（GB/T 2260）');
}

export function submitFinancingNeed(ctx: Ctx, input: FinancingNeedSubmitInput) {
  return mutation(ctx, async (em) => {
    const enterprise = await ownEnterprise(ctx, '融资需求');
    const v = new Violations();
    if (typeof input.amount !== 'number' || !Number.isFinite(input.amount) || input.amount <= 0 || input.amount > 1_000_000) {
      v.add(ErrorCode.INVALID, 'amount', '融资金额应大于0且不超过1000000万元');
    }
    if (!Number.isInteger(input.termMonths) || input.termMonths < 1 || input.termMonths > 360) v.add(ErrorCode.INVALID, 'termMonths', '融资期限应为1到360个月');
    if (!Object.values(FinancingPurpose).includes(input.purpose)) v.add(ErrorCode.INVALID, 'purpose', '融资用途无效');
    if (!Object.values(FinancingUrgency).includes(input.urgency)) v.add(ErrorCode.INVALID, 'urgency', '紧迫程度无效');
    const collateral = [...new Set(input.collateral ?? [])];
    if (collateral.length === 0) v.add(ErrorCode.REQUIRED, 'collateral', '请选择可提供的抵质押物（没有请选“无”）');
    else if (collateral.length > 8 || (collateral.includes(CollateralKind.NONE) && collateral.length > 1))
      v.add(ErrorCode.INVALID, 'collateral', '抵质押物选择无效：“无”不能与其他选项同时选择');
    const description = clean(input.description);
    v.maxLength('description', description, 1000, '需求说明');
    checkRegion(v, 'regionCode', input.regionCode);
    const contact = needContact(v, input.contact, enterprise);
    v.throwIfAny();
    await checkRateLimit(ctx, em, ctx.viewer!.accountId, 20);

    const regionCode = input.regionCode ?? enterprise.regionCode;
    const matches = await evaluateProducts(
      ctx,
      em,
      { amount: input.amount, termMonths: input.termMonths, collateral, guaranteeAvailable: input.guaranteeAvailable, regionCode },
      enterprise,
    );
    const { need } = await insertNeed(ctx, em, {
      column: ServiceColumn.FINANCING,
      title: `融资需求：${input.amount}万元，${input.termMonths}个月，${PURPOSE_LABELS[input.purpose]}`,
      description: description ?? '',
      enterpriseId: enterprise.id,
      accountId: ctx.viewer!.accountId,
      contactName: contact.name,
      contactPhone: contact.phone,
      regionCode,
      industryCode: enterprise.industryCode.slice(0, 2),
      amount: input.amount,
      category: input.purpose,
      details: { termMonths: input.termMonths, purpose: input.purpose, collateral, guaranteeAvailable: !!input.guaranteeAvailable, urgency: input.urgency },
      matchedByProducts: matches.some((m) => m.eligible),
    });
    return { need };
  });
}

interface NeedTerms {
  amount: number;
  termMonths: number;
  collateral: string[];
  guaranteeAvailable: boolean;
  regionCode: string;
}

/** Every listed product of the site scope that could fit the amount, evaluated criterion by criterion. */
async function evaluateProducts(ctx: Ctx, em: EntityManager, n: NeedTerms, e: EnterpriseProfileRow) {
  const where = productWhere(ctx, {});
  const products = await em.execute<FinancingProduct[]>(
    `select ${PRODUCT_COLUMNS} from financing_product p ${where.sql} order by p.rate_min, p.created_at desc limit ?`,
    [...where.params, MAX_CANDIDATES],
  );
  const now = ctx.clock.now();
  return products.map((product) => {
    // undeclared size or founding date (issue 15): no size class to match, and 0 years
    const criteria = matchProduct(
      product,
      { ...n, industryCode: e.industryCode, sizeClass: e.sizeClass ?? '', establishedOn: e.establishedOn ?? chinaDate(now) },
      now,
    );
    return { product, criteria, eligible: allPassed(criteria) };
  });
}

/** Matching of a financing need: eligible products, near misses, routed institutions and, if nothing fits, a referral. */
export async function financingMatches(ctx: Ctx, need: ColumnNeed): Promise<FinancingMatchResult> {
  const e = need.enterpriseId ? await enterpriseProfile(ctx, need.enterpriseId) : null;
  const d = need.details;
  const evaluated = e
    ? await evaluateProducts(
        ctx,
        ctx.em,
        {
          amount: need.amount ?? 0,
          termMonths: d.termMonths,
          collateral: d.collateral ?? [],
          guaranteeAvailable: !!d.guaranteeAvailable,
          regionCode: need.regionCode,
        },
        e,
      )
    : [];
  const products = evaluated.filter((m) => m.eligible).slice(0, 20);
  const nearMisses = evaluated.filter((m) => m.criteria.filter((c) => !c.passed).length === 1).slice(0, 10);
  const institutions = (await Promise.all((await needRoutes(ctx, need.id)).map((id) => institutionById(ctx, id)))).filter((i) => i !== null);
  let referral: FinancingMatchResult['referral'] = null;
  if (!products.length) {
    const ids = await routableInstitutions(ctx, ctx.em, [ServiceColumn.CONSULTING, ServiceColumn.FINANCING], need.regionCode, 10);
    const consultants = (await Promise.all(ids.map((id) => institutionById(ctx, id)))).filter((i) => i !== null);
    referral = {
      message: consultants.length
        ? '暂未找到完全符合条件的融资产品。建议预约融资咨询：以下机构可为您诊断融资方案、推荐担保或其他融资渠道。'
        : '暂未找到完全符合条件的融资产品，本地区也暂无融资咨询机构。平台运营人员将跟进您的需求，您也可以查看“融资渠道指引”了解其他融资方式。',
      institutions: consultants,
    };
  }
  return { products, nearMisses, institutions, referral };
}
