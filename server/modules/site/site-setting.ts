import { Field, InputType, ObjectType } from 'type-graphql';
import { audit } from '../../common/audit.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, fail, UserError, Violations } from '../../common/errors.js';
import { byKeys } from '../../common/loaders.js';
import { mutation } from '../../common/mutation.js';
import { checkEmail, clean, isMobile } from '../../common/validate.js';
import { columns } from '../../db/columns.js';
import { pgArray } from '../../db/sql.js';
import { Site } from './site.entity.js';

/** The portal footer of a site (public). A field left empty is not shown. */
@ObjectType({ description: 'Footer of a site: sponsor, operator, record numbers and contact (public). Null fields are not shown.' })
export class SiteFooter {
  @Field(() => String, { nullable: true, description: '主办单位.' })
  organizer!: string | null;
  @Field(() => String, { nullable: true, description: '承办单位.' })
  operatorUnit!: string | null;
  @Field(() => String, { nullable: true, description: 'ICP 备案号 (e.g. 皖ICP备12345678号-1); the web links it to beian.miit.gov.cn.' })
  icpRecord!: string | null;
  @Field(() => String, { nullable: true, description: '公安机关备案号 (e.g. 皖公网安备34010402000001号).' })
  policeRecord!: string | null;
  @Field(() => String, { nullable: true, description: '联系电话.' })
  phone!: string | null;
  @Field(() => String, { nullable: true, description: '联系邮箱.' })
  email!: string | null;
  @Field(() => String, { nullable: true, description: '地址.' })
  address!: string | null;
}

type FooterRow = SiteFooter & { id: string };
const FOOTER_COLUMNS = columns('site_setting', {
  rename: { siteId: 'id' },
  only: ['siteId', 'organizer', 'operatorUnit', 'icpRecord', 'policeRecord', 'phone', 'email', 'address'],
});
const EMPTY: SiteFooter = { organizer: null, operatorUnit: null, icpRecord: null, policeRecord: null, phone: null, email: null, address: null };

@InputType({ description: 'The footer of a site; every field replaces the stored one (empty or null clears it).' })
export class SiteFooterInput {
  @Field(() => String, { nullable: true, description: 'Code of the site to change; default the current site.' })
  site?: string | null;
  @Field(() => String, { nullable: true, description: '主办单位 (at most 100 characters).' })
  organizer?: string | null;
  @Field(() => String, { nullable: true, description: '承办单位 (at most 100 characters).' })
  operatorUnit?: string | null;
  @Field(() => String, { nullable: true, description: 'ICP 备案号: contains "ICP备" (at most 50 characters).' })
  icpRecord?: string | null;
  @Field(() => String, { nullable: true, description: '公安备案号: contains "公网安备" and its digits (at most 50 characters).' })
  policeRecord?: string | null;
  @Field(() => String, { nullable: true, description: '联系电话: mobile, landline with area code, 400/800 number or a 5-digit hotline such as 12345.' })
  phone?: string | null;
  @Field(() => String, { nullable: true, description: '联系邮箱.' })
  email?: string | null;
  @Field(() => String, { nullable: true, description: '地址 (at most 200 characters).' })
  address?: string | null;
}

@ObjectType({ description: 'Result of siteFooterUpdate.' })
export class SiteFooterPayload {
  @Field(() => Site, { nullable: true, description: 'The site after the change.' })
  site?: Site | null;
  @Field(() => [UserError], { description: 'Why the change was refused (INVALID, TOO_LONG, NOT_FOUND); empty on success.' })
  errors!: UserError[];
}

/** The footer of a site (batched: a list of sites costs one statement). */
export async function siteFooter(ctx: Ctx, siteId: string): Promise<SiteFooter> {
  const row = await ctx.loaders
    .get<string, FooterRow>('siteFooter', async (ids) =>
      byKeys(ids, await ctx.em.execute<FooterRow[]>(`select ${FOOTER_COLUMNS} from site_setting where site_id = any(?::uuid[])`, [pgArray(ids)])),
    )
    .load(siteId);
  return row ?? EMPTY;
}

const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
const SERVICE_NUMBER = /^(?:[48]00-?\d{3}-?\d{4}|\d{5})$/;

export function updateSiteFooter(ctx: Ctx, input: SiteFooterInput) {
  return mutation(ctx, async (em) => {
    const site = input.site ? ctx.sites.all().find((s) => s.code === input.site) : ctx.sites.byId(ctx.site.id);
    if (!site) fail(ErrorCode.NOT_FOUND, 'site', '未找到该站点');
    const values = {
      organizer: clean(input.organizer),
      operatorUnit: clean(input.operatorUnit),
      icpRecord: clean(input.icpRecord),
      policeRecord: clean(input.policeRecord),
      phone: clean(input.phone),
      email: clean(input.email),
      address: clean(input.address),
    };
    const v = new Violations();
    v.maxLength('organizer', values.organizer, 100, '主办单位');
    v.maxLength('operatorUnit', values.operatorUnit, 100, '承办单位');
    v.maxLength('icpRecord', values.icpRecord, 50, 'ICP备案号');
    v.maxLength('policeRecord', values.policeRecord, 50, '公安备案号');
    v.maxLength('address', values.address, 200, '地址');
    if (values.icpRecord && !/ICP备/.test(values.icpRecord)) v.add(ErrorCode.INVALID, 'icpRecord', 'ICP备案号格式不正确（如：皖ICP备12345678号-1）');
    if (values.policeRecord && !/公网安备\s*\d{6,}/.test(values.policeRecord))
      v.add(ErrorCode.INVALID, 'policeRecord', '公安备案号格式不正确（如：皖公网安备34010402000001号）');
    const p = values.phone;
    if (p && !isMobile(p) && !LANDLINE.test(p) && !SERVICE_NUMBER.test(p))
      v.add(ErrorCode.INVALID, 'phone', '联系电话格式不正确（手机号、带区号的固定电话或服务热线）');
    checkEmail(v, 'email', values.email);
    v.throwIfAny();
    const names = Object.keys(values) as (keyof typeof values)[];
    await em.execute(
      `insert into site_setting (site_id, organizer, operator_unit, icp_record, police_record, phone, email, address, updated_by, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (site_id) do update set organizer = excluded.organizer, operator_unit = excluded.operator_unit, icp_record = excluded.icp_record,
         police_record = excluded.police_record, phone = excluded.phone, email = excluded.email, address = excluded.address,
         updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      [site.id, ...names.map((k) => values[k]), ctx.viewer!.accountId, ctx.clock.now()],
    );
    await audit(ctx, { operation: 'site.footer', objectType: 'Site', objectId: site.id, result: 'SUCCESS', detail: values }, em);
    return { site };
  });
}
