import { randomUUID } from 'node:crypto';
import { audit } from '../../../common/audit.js';
import { requireViewer } from '../../../common/auth.js';
import { isRegionCode } from '../../../common/codes/regions.js';
import type { Ctx } from '../../../common/context.js';
import { ErrorCode, fail, forbidden, Violations } from '../../../common/errors.js';
import { mutation } from '../../../common/mutation.js';
import { connectionOf, pageOf, type PageArgs } from '../../../common/relay.js';
import { Role } from '../../../common/roles.js';
import { checkPhone, clean } from '../../../common/validate.js';
import { pgArray, SqlFilter } from '../../../db/sql.js';
import { ServiceColumn } from '../../../common/service-column.js';
import { isDate, regionRange } from './ranges.js';
import { RESOURCE_COLUMNS, StartupResourceKind, type StartupResource, type StartupResourceCreateInput, type StartupResourceFilter } from './resource.types.js';

export async function listResources(ctx: Ctx, filter: StartupResourceFilter | null | undefined, args: PageArgs) {
  const page = pageOf(args);
  const f = filter ?? {};
  const where = new SqlFilter()
    .and('r.site_id = any(?::uuid[])', pgArray(ctx.sites.scope(ctx.site.id)))
    .andIf(f.kind, 'r.kind = ?', f.kind)
    .andIf(f.minAreaM2, 'r.area_m2 >= ?', f.minAreaM2)
    .andIf(f.maxPrice ?? null, 'r.price_yuan_per_m2_month <= ?', f.maxPrice);
  if (f.hasVacancy) where.and('r.vacancies > 0');
  if (f.regionCode) {
    if (!isRegionCode(f.regionCode)) fail(ErrorCode.INVALID, 'filter.regionCode', '地区代码无效');
    const [lo, hi] = regionRange(f.regionCode);
    where.and('r.region_code >= ? and r.region_code < ?', lo, hi);
  }
  if (f.within) {
    const b = f.within;
    if (![b.south, b.north, b.west, b.east].every(Number.isFinite) || b.south > b.north || b.west > b.east)
      fail(ErrorCode.INVALID, 'filter.within', '地图范围无效');
    where.and('r.latitude between ? and ? and r.longitude between ? and ?', b.south, b.north, b.west, b.east);
  }
  if (f.activeOn) {
    if (!isDate(f.activeOn)) fail(ErrorCode.INVALID, 'filter.activeOn', '日期格式应为YYYY-MM-DD');
    where.and('(r.ends_on is null or r.ends_on >= ?::date)', f.activeOn);
  }
  if (f.nameContains) {
    if ([...f.nameContains].length > 50) fail(ErrorCode.TOO_LONG, 'filter.nameContains', '名称关键词不能超过50个字');
    where.and(`r.name like ? escape '\\'`, `%${f.nameContains.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  const rows = await ctx.em.execute<StartupResource[]>(
    `select ${RESOURCE_COLUMNS} from startup_resource r ${where.sql} order by r.created_at desc, r.id desc limit ? offset ?`,
    [...where.params, page.limit + 1, page.offset],
  );
  return connectionOf(rows, page, async () => {
    const [r] = await ctx.em.execute<{ n: number }[]>(`select count(*)::int as n from startup_resource r ${where.sql}`, where.params);
    return r.n;
  });
}

export function createResource(ctx: Ctx, input: StartupResourceCreateInput) {
  const v0 = requireViewer(ctx);
  const isOperator = v0.roles.includes(Role.OPERATOR);
  if (!isOperator && !(v0.institutionId && v0.roles.includes(Role.INSTITUTION_STAFF))) throw forbidden('只有创业服务机构工作人员或运营人员可以发布创业资源');
  return mutation(ctx, async (em) => {
    const v = new Violations();
    if (!Object.values(StartupResourceKind).includes(input.kind)) v.add(ErrorCode.INVALID, 'kind', '资源类别无效');
    const name = clean(input.name);
    if (v.required('name', name, '名称')) {
      if ([...name!].length < 2) v.add(ErrorCode.INVALID, 'name', '名称至少2个字');
      v.maxLength('name', name, 100, '名称');
    }
    v.maxLength('summary', input.summary, 2000, '简介');
    if (v.required('regionCode', clean(input.regionCode), '所在地区') && !isRegionCode(input.regionCode))
      v.add(ErrorCode.INVALID, 'regionCode', '地区代码无效（GB/T 2260）');
    v.maxLength('address', input.address, 200, '地址');
    v.maxLength('contactName', input.contactName, 50, '联系人');
    checkPhone(v, 'contactPhone', clean(input.contactPhone));
    const range = (field: string, value: number | null | undefined, min: number, max: number, label: string) => {
      if (value !== null && value !== undefined && (!Number.isFinite(value) || value < min || value > max))
        v.add(ErrorCode.INVALID, field, `${label}应在${min}到${max}之间`);
    };
    range('areaM2', input.areaM2, 0, 10_000_000, '面积');
    range('priceYuanPerM2Month', input.priceYuanPerM2Month, 0, 10_000, '租金');
    range('vacancies', input.vacancies, 0, 100_000, '空余数量');
    range('latitude', input.latitude, -90, 90, '纬度');
    range('longitude', input.longitude, -180, 180, '经度');
    if (((input.latitude ?? null) === null) !== ((input.longitude ?? null) === null)) v.add(ErrorCode.INVALID, 'longitude', '经纬度须同时填写');
    if (input.startsOn && !isDate(input.startsOn)) v.add(ErrorCode.INVALID, 'startsOn', '日期格式应为YYYY-MM-DD');
    if (input.endsOn && !isDate(input.endsOn)) v.add(ErrorCode.INVALID, 'endsOn', '日期格式应为YYYY-MM-DD');
    else if (input.endsOn && input.startsOn && input.endsOn < input.startsOn) v.add(ErrorCode.INVALID, 'endsOn', '结束日期不能早于开始日期');
    v.throwIfAny();
    let institutionId: string | null = null;
    if (!isOperator) {
      const [inst] = await em.execute<{ columns: string[]; status: string }[]>(`select columns, status from institution where id = ?`, [v0.institutionId]);
      if (!inst || inst.status !== 'APPROVED' || !inst.columns.includes(ServiceColumn.ENTREPRENEURSHIP))
        fail(ErrorCode.FORBIDDEN, null, '只有提供创业服务的已入驻机构可以发布创业资源');
      institutionId = v0.institutionId;
    }
    const id = randomUUID();
    await em.execute(
      `insert into startup_resource (id, site_id, kind, name, summary, region_code, address, area_m2, price_yuan_per_m2_month, vacancies,
          contact_name, contact_phone, latitude, longitude, starts_on, ends_on, institution_id, created_by, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::date, ?::date, ?, ?, ?)`,
      [
        id,
        ctx.site.id,
        input.kind,
        name,
        clean(input.summary) ?? '',
        input.regionCode,
        clean(input.address),
        input.areaM2 ?? null,
        input.priceYuanPerM2Month ?? null,
        input.vacancies ?? null,
        clean(input.contactName),
        clean(input.contactPhone),
        input.latitude ?? null,
        input.longitude ?? null,
        input.startsOn ?? null,
        input.endsOn ?? null,
        institutionId,
        v0.accountId,
        ctx.clock.now(),
      ],
    );
    await audit(ctx, { operation: 'startupResource.create', objectType: 'StartupResource', objectId: id, result: 'SUCCESS' }, em);
    return { resource: (await em.execute<StartupResource[]>(`select ${RESOURCE_COLUMNS} from startup_resource r where r.id = ?`, [id]))[0] };
  });
}
