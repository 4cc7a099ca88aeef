/** K1/C1: a technology-service or management-consulting (diagnosis) request, routed by the category's column and the region. */
import { Field, InputType, ObjectType } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { ErrorCode, Violations } from '../../../common/errors.js';
import { mutation } from '../../../common/mutation.js';
import { clean } from '../../../common/validate.js';
import { ServiceColumn } from '../../../common/service-column.js';
import { categoryInfo, ServiceCategory } from '../catalogue/index.js';
import { checkRegion, needContact, ownEnterprise } from '../financing/index.js';
import { checkRateLimit, insertNeed } from '../need/index.js';
import { NeedContactInput } from '../need/index.js';

const ADVISORY = [ServiceColumn.TECHNOLOGY, ServiceColumn.CONSULTING];

@InputType({ description: "A technology-service or consulting/diagnosis request of the viewer's enterprise (enterprise members only)." })
export class DiagnosisRequestSubmitInput {
  @Field(() => ServiceCategory, { description: 'A TECHNOLOGY (K1) or CONSULTING (C1) category; it decides the column and so the institutions.' })
  category!: ServiceCategory;
  @Field(() => String, { description: 'The problem to look at, 10–2,000 characters.' })
  description!: string;
  @Field(() => String, { nullable: true, description: "GB/T 2260 division; defaults to the enterprise's." })
  regionCode?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether an on-site visit is wanted (default false).' })
  onSite?: boolean | null;
  @Field(() => NeedContactInput, { nullable: true, description: 'Contact; defaults to the enterprise contact.' })
  contact?: NeedContactInput | null;
}

@ObjectType({ description: 'The technology / consulting-specific part of a need.' })
export class DiagnosisDetails {
  @Field(() => ServiceCategory, { description: 'Category.' })
  category!: ServiceCategory;
  @Field(() => String, { description: 'Category name (中文).' })
  categoryLabel!: string;
  @Field(() => String, { description: 'Group (技术服务, 公益性咨询诊断, 专业咨询, 代理服务).' })
  group!: string;
  @Field(() => Boolean, { description: 'On-site visit wanted.' })
  onSite!: boolean;
}

export function submitDiagnosisRequest(ctx: Ctx, input: DiagnosisRequestSubmitInput) {
  return mutation(ctx, async (em) => {
    const enterprise = await ownEnterprise(ctx, '技术或咨询需求');
    const v = new Violations();
    const info = categoryInfo(input.category);
    if (!info || !ADVISORY.includes(info.column)) v.add(ErrorCode.INVALID, 'category', '请选择技术服务或管理咨询类别');
    const description = clean(input.description);
    if (v.required('description', description, '问题描述') && [...description!].length < 10) v.add(ErrorCode.INVALID, 'description', '问题描述至少10个字');
    v.maxLength('description', description, 2000, '问题描述');
    checkRegion(v, 'regionCode', input.regionCode);
    const contact = needContact(v, input.contact, enterprise);
    v.throwIfAny();
    await checkRateLimit(ctx, em, ctx.viewer!.accountId, 20);
    const { need } = await insertNeed(ctx, em, {
      column: info!.column,
      title: `${info!.column === ServiceColumn.TECHNOLOGY ? '技术服务' : '管理咨询'}需求：${info!.label}`,
      description: description!,
      enterpriseId: enterprise.id,
      accountId: ctx.viewer!.accountId,
      contactName: contact.name,
      contactPhone: contact.phone,
      regionCode: input.regionCode ?? enterprise.regionCode,
      industryCode: enterprise.industryCode.slice(0, 2),
      category: info!.code,
      details: { category: info!.code, categoryLabel: info!.label, group: info!.group, onSite: !!input.onSite },
    });
    return { need };
  });
}
