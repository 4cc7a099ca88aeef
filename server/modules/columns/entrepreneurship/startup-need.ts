/** S3/S4: the online channel for entrepreneurs' needs — an account is enough, or none (contact + rate limit). */
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { ErrorCode, Violations } from '../../../common/errors.js';
import { mutation } from '../../../common/mutation.js';
import { clean } from '../../../common/validate.js';
import { ServiceColumn } from '../../../common/service-column.js';
import { categoryInfo, ServiceCategory } from '../catalogue/index.js';
import { enterpriseProfile } from '../consent/index.js';
import { checkRegion, needContact } from '../financing/index.js';
import { checkRateLimit, insertNeed, newTrackingCode } from '../need/index.js';
import { NeedContactInput } from '../need/index.js';

export enum StartupStage {
  IDEA = 'IDEA',
  PREPARING = 'PREPARING',
  EARLY = 'EARLY',
  GROWING = 'GROWING',
}
registerEnumType(StartupStage, {
  name: 'StartupStage',
  description: '创业阶段 / Stage of the venture.',
  valuesConfig: {
    IDEA: { description: '有创业想法' },
    PREPARING: { description: '筹备中，尚未注册' },
    EARLY: { description: '已注册，成立不满一年' },
    GROWING: { description: '成立一年以上' },
  },
});

/** Submissions per hour: anonymous per IP address, signed-in per account. */
export const ANONYMOUS_PER_HOUR = 3;
export const ACCOUNT_PER_HOUR = 10;

@InputType({ description: "An entrepreneur's need (创业需求). Anyone may submit: signed in or anonymous with contact details (rate-limited)." })
export class EntrepreneurshipNeedSubmitInput {
  @Field(() => ServiceCategory, {
    description: 'An ENTREPRENEURSHIP category (STARTUP_TRAINING, RESOURCE_DOCKING, BUSINESS_PLANNING, STARTUP_AGENCY, VENUE_DOCKING).',
  })
  category!: ServiceCategory;
  @Field(() => StartupStage, { description: 'Stage of the venture.' })
  stage!: StartupStage;
  @Field(() => String, { description: 'What is needed, 10–2,000 characters.' })
  description!: string;
  @Field(() => String, { nullable: true, description: "GB/T 2260 division; defaults to the enterprise's (required without one)." })
  regionCode?: string | null;
  @Field(() => NeedContactInput, { nullable: true, description: 'Contact; required unless the viewer belongs to an enterprise.' })
  contact?: NeedContactInput | null;
}

@ObjectType({ description: 'The entrepreneurship-specific part of a need.' })
export class StartupNeedDetails {
  @Field(() => ServiceCategory, { description: 'Category.' })
  category!: ServiceCategory;
  @Field(() => StartupStage, { description: 'Stage.' })
  stage!: StartupStage;
  @Field(() => Boolean, { description: 'Whether it was submitted without an account.' })
  anonymous!: boolean;
}

export function submitStartupNeed(ctx: Ctx, input: EntrepreneurshipNeedSubmitInput) {
  return mutation(ctx, async (em) => {
    const viewer = ctx.viewer;
    const enterprise = viewer?.enterpriseId ? await enterpriseProfile(ctx, viewer.enterpriseId) : null;
    const v = new Violations();
    if (categoryInfo(input.category)?.column !== ServiceColumn.ENTREPRENEURSHIP) v.add(ErrorCode.INVALID, 'category', '请选择创业服务类别');
    if (!Object.values(StartupStage).includes(input.stage)) v.add(ErrorCode.INVALID, 'stage', '创业阶段无效');
    const description = clean(input.description);
    if (v.required('description', description, '需求描述') && [...description!].length < 10) v.add(ErrorCode.INVALID, 'description', '需求描述至少10个字');
    v.maxLength('description', description, 2000, '需求描述');
    const regionCode = clean(input.regionCode) ?? enterprise?.regionCode ?? null;
    if (v.required('regionCode', regionCode, '所在地区')) checkRegion(v, 'regionCode', regionCode);
    const contact = needContact(v, input.contact, enterprise);
    v.throwIfAny();
    await checkRateLimit(ctx, em, viewer?.accountId ?? null, viewer ? ACCOUNT_PER_HOUR : ANONYMOUS_PER_HOUR);
    const tracking = viewer ? null : newTrackingCode();
    const { need } = await insertNeed(ctx, em, {
      column: ServiceColumn.ENTREPRENEURSHIP,
      title: `创业需求：${categoryInfo(input.category)!.label}`,
      description: description!,
      enterpriseId: enterprise?.id ?? null,
      accountId: viewer?.accountId ?? null,
      trackingHash: tracking?.hash ?? null,
      contactName: contact.name,
      contactPhone: contact.phone,
      regionCode: regionCode!,
      industryCode: enterprise?.industryCode.slice(0, 2) ?? '',
      category: input.category,
      details: { category: input.category, stage: input.stage, anonymous: !viewer },
    });
    return { need, trackingCode: tracking?.code ?? null };
  });
}
