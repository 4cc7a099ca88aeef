import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit.js';
import { isRegionCode, regionAncestors, regionName } from '../../common/codes/regions.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, Violations, fail, forbidden } from '../../common/errors.js';
import { fromGlobalId } from '../../common/ids.js';
import { byKeys } from '../../common/loaders.js';
import { mutation } from '../../common/mutation.js';
import { connectionOf, pageOf, type PageArgs } from '../../common/relay.js';
import { checkPhone, clean } from '../../common/validate.js';
import { pgArray } from '../../db/sql.js';
import { ReviewDecision, ReviewOrder, reviewOrderBy, reviewReason } from '../../common/review.js';
import { isPlatformStaff, requireInstitutionStaff } from '../../common/parties.js';
import { InputWarning } from '../../common/input-warning.js';
import { countOf } from '../../common/raw-sql.js';
import { FeeType, PRODUCT_COLUMNS, ProductStatus, type ProductPicture, type ServiceProduct } from './product.entity.js';
import type {
  ServiceProductCreateInput,
  ServiceProductFields,
  ServiceProductFilter,
  ServiceProductRefInput,
  ServiceProductReviewInput,
  ServiceProductUpdateInput,
} from './product.inputs.js';
import { MAX_PICTURES, checkPicture, type CheckedPicture } from './picture.js';
import { checkProductName, suggestProductName } from './product-name.js';
import { siteScope } from '../site/index.js';

/** Listed products are public; others only to their institution and platform staff. */
export function canSeeProduct(ctx: Ctx, p: ServiceProduct): boolean {
  return p.status === ProductStatus.LISTED || isPlatformStaff(ctx) || ctx.viewer?.institutionId === p.institutionId;
}

export function loadProduct(ctx: Ctx, id: string): Promise<ServiceProduct | null> {
  return ctx.loaders
    .get<string, ServiceProduct>('productById', async (ids) =>
      byKeys(ids, await ctx.em.execute<ServiceProduct[]>(`select ${PRODUCT_COLUMNS} from service_product where id = any(?::uuid[])`, [pgArray(ids)])),
    )
    .load(id);
}

export async function productById(ctx: Ctx, id: string): Promise<ServiceProduct | null> {
  const p = await loadProduct(ctx, id);
  return p && canSeeProduct(ctx, p) ? p : null;
}

export function productByGlobalId(ctx: Ctx, globalId: string) {
  const id = fromGlobalId(globalId, 'ServiceProduct');
  return id ? productById(ctx, id) : Promise.resolve(null);
}

export function productPictures(ctx: Ctx, productId: string): Promise<ProductPicture[]> {
  return ctx.loaders
    .get<string, ProductPicture[]>('productPictures', async (ids) => {
      const rows = await ctx.em.execute<ProductPicture[]>(
        `select id, product_id as "productId", content_type as "contentType", byte_size as "byteSize", width, height, data
           from service_product_picture where product_id = any(?::uuid[]) order by position`,
        [pgArray(ids)],
      );
      return ids.map((id) => rows.filter((r) => r.productId === id));
    })
    .load(productId) as Promise<ProductPicture[]>;
}

async function list(ctx: Ctx, where: string[], params: unknown[], args: PageArgs, order?: ReviewOrder | null) {
  const page = pageOf(args);
  const clause = where.length ? `where ${where.join(' and ')}` : '';
  const rows = await ctx.em.execute<ServiceProduct[]>(
    `select ${PRODUCT_COLUMNS} from service_product ${clause} order by ${reviewOrderBy(order, 'updated_at', 'coalesce(listed_at, updated_at) desc, id desc')} limit ? offset ?`,
    [...params, page.limit + 1, page.offset],
  );
  return connectionOf(rows, page, () => countOf(ctx, `select count(*)::int as n from service_product ${clause}`, params));
}

/** Public catalogue (B1): listed products of the site and its sub-sites; other statuses for platform staff. */
export function listProducts(ctx: Ctx, filter: ServiceProductFilter | null | undefined, args: PageArgs, order?: ReviewOrder | null) {
  const f = filter ?? {};
  const status = f.status ?? ProductStatus.LISTED;
  if (status !== ProductStatus.LISTED && !isPlatformStaff(ctx)) throw forbidden('只有运营人员可以查看未上架的服务产品');
  const site = siteScope(ctx, { ownOnly: f.ownSiteOnly, inherit: status === ProductStatus.LISTED });
  const where = ['status = ?', site.sql];
  const params: unknown[] = [status, ...site.params];
  if (f.column) {
    where.push('"column" = ?');
    params.push(f.column);
  }
  if (f.subcategory) {
    where.push('subcategory = ?');
    params.push(f.subcategory.slice(0, 30));
  }
  if (f.form) {
    where.push(`form = any(?::text[])`);
    params.push(pgArray(f.form === 'BOTH' ? ['BOTH'] : [f.form, 'BOTH']));
  }
  if (f.feeType) {
    where.push('fee_type = ?');
    params.push(f.feeType);
  }
  if (f.regionCode) {
    if (!isRegionCode(f.regionCode)) fail(ErrorCode.INVALID, 'filter.regionCode', '地区代码无效');
    where.push('region_codes && ?::text[]');
    params.push(pgArray(regionAncestors(f.regionCode)));
  }
  if (f.institutionId) {
    const id = fromGlobalId(f.institutionId, 'Institution');
    if (!id) fail(ErrorCode.INVALID, 'filter.institutionId', '机构编号无效');
    where.push('institution_id = ?');
    params.push(id);
  }
  if (f.keyword) {
    if ([...f.keyword].length > 50) fail(ErrorCode.TOO_LONG, 'filter.keyword', '关键词不能超过50个字');
    where.push(`(name like ? escape '\\' or description like ? escape '\\')`);
    const like = `%${f.keyword.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    params.push(like, like);
  }
  return list(ctx, where, params, args, order);
}

/** The viewer institution's products in every status. */
export function listMyInstitutionProducts(ctx: Ctx, status: ProductStatus | null | undefined, args: PageArgs) {
  const v = requireInstitutionStaff(ctx);
  const where = ['institution_id = ?'];
  const params: unknown[] = [v.institutionId];
  if (status) {
    where.push('status = ?');
    params.push(status);
  }
  return list(ctx, where, params, args);
}

interface Validated {
  name: string;
  fields: ServiceProductFields;
  pictures: CheckedPicture[] | null;
  warnings: InputWarning[];
}

async function validate(ctx: Ctx, em: EntityManager, institutionId: string, input: ServiceProductFields): Promise<Validated> {
  const v = new Violations();
  const name = clean(input.name);
  if (v.required('name', name, '产品名称')) {
    if ([...name!].length < 4) v.add(ErrorCode.INVALID, 'name', '产品名称至少4个字');
    v.maxLength('name', name, 60, '产品名称');
  }
  if (v.required('subcategory', clean(input.subcategory), '服务子类')) v.maxLength('subcategory', input.subcategory, 30, '服务子类');
  if (v.required('description', clean(input.description), '产品介绍')) v.maxLength('description', input.description, 5000, '产品介绍');
  const steps = input.process ?? [];
  if (steps.length === 0) v.add(ErrorCode.REQUIRED, 'process', '请至少填写一个服务流程步骤');
  if (steps.length > 20) v.add(ErrorCode.INVALID, 'process', '服务流程最多20个步骤');
  steps.slice(0, 20).forEach((s, i) => {
    v.required(`process.${i}.title`, clean(s.title), '步骤名称');
    v.maxLength(`process.${i}.title`, s.title, 50, '步骤名称');
    v.maxLength(`process.${i}.description`, s.description, 500, '步骤说明');
  });
  if (input.feeType === FeeType.PAID) v.required('priceTerms', clean(input.priceTerms), '收费标准');
  v.maxLength('priceTerms', input.priceTerms, 1000, '收费标准');
  if (v.required('contactName', clean(input.contactName), '联系人')) v.maxLength('contactName', input.contactName, 50, '联系人');
  if (v.required('contactPhone', clean(input.contactPhone), '联系电话')) checkPhone(v, 'contactPhone', clean(input.contactPhone));
  if (v.required('targetAudience', clean(input.targetAudience), '服务对象')) v.maxLength('targetAudience', input.targetAudience, 500, '服务对象');
  const regions = [...new Set(input.regionCodes ?? [])];
  if (regions.length === 0) v.add(ErrorCode.REQUIRED, 'regionCodes', '请至少选择一个服务地区');
  else if (regions.length > 50 || regions.some((r) => !isRegionCode(r))) v.add(ErrorCode.INVALID, 'regionCodes', '服务地区代码无效');
  let pictures: CheckedPicture[] | null = null;
  if (input.pictures) {
    if (input.pictures.length > MAX_PICTURES) v.add(ErrorCode.INVALID, 'pictures', `图片最多${MAX_PICTURES}张`);
    else {
      pictures = [];
      input.pictures.forEach((p, i) => {
        const r = checkPicture(p.base64);
        if (typeof r === 'string') v.add(ErrorCode.INVALID, `pictures.${i}`, r);
        else pictures!.push(r);
      });
    }
  }
  v.throwIfAny();
  const [inst] = await em.execute<{ columns: string[] }[]>('select columns from institution where id = ?', [institutionId]);
  if (!inst?.columns.includes(input.column)) fail(ErrorCode.INVALID, 'column', '只能在本机构入驻的服务栏目下发布产品');
  const warnings: InputWarning[] = [];
  if (!checkProductName(name!).fits) {
    const suggestion = suggestProductName(name!, regionName(regions[0]), clean(input.subcategory)!);
    warnings.push({ field: 'name', message: `产品名称建议采用“服务范围+服务领域+服务形式”的格式，例如“${suggestion}”`, suggestion });
  }
  void ctx;
  return { name: name!, fields: { ...input, regionCodes: regions }, pictures, warnings };
}

async function savePictures(em: EntityManager, productId: string, pictures: CheckedPicture[] | null): Promise<void> {
  if (!pictures) return;
  await em.execute('delete from service_product_picture where product_id = ?', [productId]);
  for (const [i, p] of pictures.entries()) {
    await em.execute(
      `insert into service_product_picture (id, product_id, position, content_type, byte_size, width, height, data) values (?, ?, ?, ?, ?, ?, ?, decode(?, 'base64'))`,
      [randomUUID(), productId, i, p.contentType, p.data.length, p.width, p.height, p.data.toString('base64')],
    );
  }
}

async function reload(em: EntityManager, id: string): Promise<ServiceProduct> {
  return (await em.execute<ServiceProduct[]>(`select ${PRODUCT_COLUMNS} from service_product where id = ?`, [id]))[0];
}

/** Locks and returns a product of the viewer's institution (NOT_FOUND for any other). */
async function ownProduct(em: EntityManager, institutionId: string, globalId: string): Promise<ServiceProduct> {
  const id = fromGlobalId(globalId, 'ServiceProduct');
  const [row] = id ? await em.execute<ServiceProduct[]>(`select ${PRODUCT_COLUMNS} from service_product where id = ? for update`, [id]) : [];
  if (!row || row.institutionId !== institutionId) fail(ErrorCode.NOT_FOUND, 'productId', '服务产品不存在');
  return row;
}

const stepsJson = (f: ServiceProductFields) => JSON.stringify(f.process.map((s) => ({ title: clean(s.title), description: clean(s.description) ?? '' })));

export function createProduct(ctx: Ctx, input: ServiceProductCreateInput) {
  const viewer = requireInstitutionStaff(ctx);
  return mutation(ctx, async (em) => {
    const { name, fields: f, pictures, warnings } = await validate(ctx, em, viewer.institutionId, input);
    const id = randomUUID();
    const now = ctx.clock.now();
    await em.execute(
      `insert into service_product (id, site_id, institution_id, name, "column", subcategory, description, process, fee_type, price_terms, form,
         contact_name, contact_phone, target_audience, region_codes, status, created_by, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?)`,
      [
        id,
        ctx.site.id,
        viewer.institutionId,
        name,
        f.column,
        clean(f.subcategory),
        clean(f.description),
        stepsJson(f),
        f.feeType,
        f.feeType === FeeType.PAID ? clean(f.priceTerms) : null,
        f.form,
        clean(f.contactName),
        clean(f.contactPhone),
        clean(f.targetAudience),
        pgArray(f.regionCodes),
        input.submit ? ProductStatus.UNDER_REVIEW : ProductStatus.DRAFT,
        viewer.accountId,
        now,
        now,
      ],
    );
    await savePictures(em, id, pictures);
    return { product: await reload(em, id), warnings };
  });
}

export function updateProduct(ctx: Ctx, input: ServiceProductUpdateInput) {
  const viewer = requireInstitutionStaff(ctx);
  return mutation(ctx, async (em) => {
    const product = await ownProduct(em, viewer.institutionId, input.productId);
    if (product.status === ProductStatus.LISTED || product.status === ProductStatus.UNDER_REVIEW) {
      fail(ErrorCode.INVALID_STATE, 'productId', '已上架或审核中的产品不能修改，请先下架');
    }
    const { name, fields: f, pictures, warnings } = await validate(ctx, em, viewer.institutionId, input);
    await em.execute(
      `update service_product set name = ?, "column" = ?, subcategory = ?, description = ?, process = ?::jsonb, fee_type = ?, price_terms = ?,
         form = ?, contact_name = ?, contact_phone = ?, target_audience = ?, region_codes = ?::text[], updated_at = ? where id = ?`,
      [
        name,
        f.column,
        clean(f.subcategory),
        clean(f.description),
        stepsJson(f),
        f.feeType,
        f.feeType === FeeType.PAID ? clean(f.priceTerms) : null,
        f.form,
        clean(f.contactName),
        clean(f.contactPhone),
        clean(f.targetAudience),
        pgArray(f.regionCodes),
        ctx.clock.now(),
        product.id,
      ],
    );
    await savePictures(em, product.id, pictures);
    return { product: await reload(em, product.id), warnings };
  });
}

export function submitProduct(ctx: Ctx, input: ServiceProductRefInput) {
  const viewer = requireInstitutionStaff(ctx);
  return mutation(ctx, async (em) => {
    const product = await ownProduct(em, viewer.institutionId, input.productId);
    if (![ProductStatus.DRAFT, ProductStatus.REJECTED, ProductStatus.DELISTED].includes(product.status)) {
      fail(ErrorCode.INVALID_STATE, 'productId', '只有草稿、未通过或已下架的产品可以提交审核');
    }
    await em.execute('update service_product set status = ?, updated_at = ? where id = ?', [ProductStatus.UNDER_REVIEW, ctx.clock.now(), product.id]);
    return { product: await reload(em, product.id), warnings: [] };
  });
}

export function reviewProduct(ctx: Ctx, input: ServiceProductReviewInput) {
  return mutation(ctx, async (em) => {
    const id = fromGlobalId(input.productId, 'ServiceProduct');
    const [product] = id ? await em.execute<ServiceProduct[]>(`select ${PRODUCT_COLUMNS} from service_product where id = ? for update`, [id]) : [];
    if (!product) fail(ErrorCode.NOT_FOUND, 'productId', '服务产品不存在');
    if (product.status !== ProductStatus.UNDER_REVIEW) fail(ErrorCode.INVALID_STATE, 'productId', '该产品不在待审核状态');
    const reason = reviewReason(input.decision, input.reason);
    const approve = input.decision === ReviewDecision.APPROVE;
    const now = ctx.clock.now();
    await em.execute(
      `update service_product set status = ?, review_reason = ?, reviewed_by = ?, reviewed_at = ?, listed_at = case when ? then ?::timestamptz else listed_at end, updated_at = ? where id = ?`,
      [approve ? ProductStatus.LISTED : ProductStatus.REJECTED, reason, ctx.viewer!.accountId, now, approve, now, now, product.id],
    );
    await audit(
      ctx,
      {
        operation: 'serviceProduct.review',
        objectType: 'ServiceProduct',
        objectId: product.id,
        result: 'SUCCESS',
        detail: { decision: input.decision, reason },
      },
      em,
    );
    return { product: await reload(em, product.id), warnings: [] };
  });
}

/** Delisting: the product's institution or an operator. */
export function delistProduct(ctx: Ctx, input: ServiceProductRefInput) {
  return mutation(ctx, async (em) => {
    const id = fromGlobalId(input.productId, 'ServiceProduct');
    const [product] = id ? await em.execute<ServiceProduct[]>(`select ${PRODUCT_COLUMNS} from service_product where id = ? for update`, [id]) : [];
    const mine = product && ctx.viewer?.institutionId === product.institutionId;
    if (!product || (!mine && !isPlatformStaff(ctx))) fail(ErrorCode.NOT_FOUND, 'productId', '服务产品不存在');
    if (product.status !== ProductStatus.LISTED) fail(ErrorCode.INVALID_STATE, 'productId', '只有已上架的产品可以下架');
    const reason = clean(input.reason);
    if (reason && [...reason].length > 500) fail(ErrorCode.TOO_LONG, 'reason', '理由不能超过500个字');
    await em.execute('update service_product set status = ?, review_reason = coalesce(?, review_reason), updated_at = ? where id = ?', [
      ProductStatus.DELISTED,
      reason,
      ctx.clock.now(),
      product.id,
    ]);
    await audit(ctx, { operation: 'serviceProduct.delist', objectType: 'ServiceProduct', objectId: product.id, result: 'SUCCESS', detail: { reason } }, em);
    return { product: await reload(em, product.id), warnings: [] };
  });
}

/** Listed products per institution on this site's scope, one statement for every institution of a page. */
export async function listedProductCount(ctx: Ctx, institutionId: string): Promise<number> {
  const n = await ctx.loaders
    .get<string, number>('listedProductCount', async (ids) => {
      const scope = siteScope(ctx, { inherit: true });
      const rows = await ctx.em.execute<{ id: string; n: number }[]>(
        `select institution_id as id, count(*)::int as n from service_product where institution_id = any(?::uuid[]) and status = 'LISTED' and ${scope.sql} group by institution_id`,
        [pgArray(ids), ...scope.params],
      );
      return ids.map((id) => rows.find((r) => r.id === id)?.n ?? 0);
    })
    .load(institutionId);
  return n ?? 0;
}
