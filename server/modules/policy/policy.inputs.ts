import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { SizeClassEnum } from '../enterprise/index.js';
import { ServiceColumn } from '../../common/service-column.js';
import { PolicyStatus, PolicyType, PolicyValidity } from './policy.entity.js';

@InputType({ description: 'Content of a policy (I1). Strings are trimmed; limits are stated per field.' })
export class PolicyFieldsInput {
  @Field(() => String, { description: '标题, 1–200 characters.' })
  title!: string;
  @Field(() => String, { nullable: true, description: '文号, at most 100 characters, e.g. 皖政办〔2023〕12号.' })
  docNo?: string | null;
  @Field(() => [String], { description: '发文部门, 1–10 departments of at most 50 characters each.' })
  departments!: string[];
  @Field(() => String, { nullable: true, description: '发布日期 YYYY-MM-DD.' })
  publishedOn?: string | null;
  @Field(() => String, { nullable: true, description: '生效日期 YYYY-MM-DD.' })
  effectiveFrom?: string | null;
  @Field(() => String, { nullable: true, description: '失效日期 YYYY-MM-DD, not before the effective date.' })
  effectiveTo?: string | null;
  @Field(() => PolicyValidity, { nullable: true, description: '效力状态 (default IN_FORCE).' })
  validity?: PolicyValidity | null;
  @Field(() => String, { nullable: true, description: '作者, at most 100 characters.' })
  author?: string | null;
  @Field(() => String, { nullable: true, description: '来源名称, at most 100 characters.' })
  sourceName?: string | null;
  @Field(() => String, { nullable: true, description: '来源网址, http(s), at most 500 characters.' })
  sourceUrl?: string | null;
  @Field(() => String, { description: '正文: HTML or plain text, at most 200,000 characters; sanitised to the site typography.' })
  body!: string;
  @Field(() => [String], { nullable: true, description: '标签, at most 20 of at most 20 characters.' })
  tags?: string[] | null;
  @Field(() => PolicyType, { description: '政策类型.' })
  policyType!: PolicyType;
  @Field(() => [String], { nullable: true, description: 'GB/T 4754 industry codes (section letters or divisions), at most 50.' })
  industries?: string[] | null;
  @Field(() => [SizeClassEnum], { nullable: true, description: 'Enterprise sizes concerned, at most 4.' })
  sizeClasses?: SizeClassEnum[] | null;
  @Field(() => [String], { nullable: true, description: 'GB/T 2260 division codes, at most 50.' })
  regions?: string[] | null;
  @Field(() => [String], { nullable: true, description: '热词, at most 20 of at most 20 characters.' })
  hotWords?: string[] | null;
  @Field(() => [ServiceColumn], { nullable: true, description: 'Columns the policy shows in (default POLICY).' })
  columns?: ServiceColumn[] | null;
  @Field(() => Boolean, { nullable: true, description: '政策精选 (default false).' })
  featured?: boolean | null;
}

@InputType({ description: 'Create a policy as a draft (or as collected, awaiting editing).' })
export class PolicyCreateInput {
  @Field(() => PolicyFieldsInput, { description: 'Content.' })
  fields!: PolicyFieldsInput;
  @Field(() => Boolean, { nullable: true, description: 'Create as COLLECTED (gathered from a source, not yet edited) instead of DRAFT.' })
  collected?: boolean | null;
}

@InputType({ description: 'Replace the content of a policy in COLLECTED, DRAFT or RETURNED status.' })
export class PolicyUpdateInput {
  @Field(() => ID, { description: 'Global id of the policy.' })
  policyId!: string;
  @Field(() => PolicyFieldsInput, { description: 'New content (all fields).' })
  fields!: PolicyFieldsInput;
}

@InputType({ description: 'A workflow step on one policy, with an optional note.' })
export class PolicyTransitionInput {
  @Field(() => ID, { description: 'Global id of the policy.' })
  policyId!: string;
  @Field(() => String, { nullable: true, description: 'Note kept in the audit log (and as the change note when publishing), at most 500 characters.' })
  note?: string | null;
}

export enum PolicyReviewDecision {
  APPROVE = 'APPROVE',
  RETURN = 'RETURN',
}
registerEnumType(PolicyReviewDecision, {
  name: 'PolicyReviewDecision',
  description: '政策审核结论.',
  valuesConfig: { APPROVE: { description: '通过' }, RETURN: { description: '退回修改（须填写意见）' } },
});

@InputType({ description: 'A reviewer decides on a submitted policy.' })
export class PolicyReviewInput {
  @Field(() => ID, { description: 'Global id of the policy.' })
  policyId!: string;
  @Field(() => PolicyReviewDecision, { description: 'APPROVE or RETURN.' })
  decision!: PolicyReviewDecision;
  @Field(() => String, { nullable: true, description: 'Comments, required when returning, at most 1,000 characters.' })
  comment?: string | null;
}

export enum PolicyOrder {
  PUBLISHED_ON_DESC = 'PUBLISHED_ON_DESC',
  UPDATED_AT_DESC = 'UPDATED_AT_DESC',
  UPDATED_AT_ASC = 'UPDATED_AT_ASC',
  VIEW_COUNT_DESC = 'VIEW_COUNT_DESC',
}
registerEnumType(PolicyOrder, {
  name: 'PolicyOrder',
  description: '政策列表排序.',
  valuesConfig: {
    PUBLISHED_ON_DESC: { description: '按发布日期，新的在前（默认）' },
    UPDATED_AT_DESC: { description: '最近更新' },
    UPDATED_AT_ASC: { description: '最早更新在前（审核队列：最早提交优先）' },
    VIEW_COUNT_DESC: { description: '浏览最多' },
  },
});

/** 申报状态, from the application windows of a policy's 申报指南 (China dates). */
export enum PolicyApplicationStatus {
  OPEN = 'OPEN',
  UPCOMING = 'UPCOMING',
  CLOSED = 'CLOSED',
}
registerEnumType(PolicyApplicationStatus, {
  name: 'PolicyApplicationStatus',
  description: '申报状态: from the application windows of the policy’s 申报指南.',
  valuesConfig: {
    OPEN: { description: '申报中' },
    UPCOMING: { description: '即将开始' },
    CLOSED: { description: '已截止' },
  },
});

@InputType({ description: 'Filters of the policy list; all given filters must hold.' })
export class PolicyFilter {
  @Field(() => String, { nullable: true, description: 'Part of the title (at most 50 characters).' })
  keyword?: string | null;
  @Field(() => String, { nullable: true, description: 'Published on or after, YYYY-MM-DD.' })
  publishedFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'Published on or before, YYYY-MM-DD.' })
  publishedTo?: string | null;
  @Field(() => String, { nullable: true, description: 'Issued by this department (exact name, at most 50 characters).' })
  department?: string | null;
  @Field(() => [PolicyType], { nullable: true, description: 'Any of these types (at most 9).' })
  policyTypes?: PolicyType[] | null;
  @Field(() => String, { nullable: true, description: 'Concerns this industry (division code or section letter); policies for all industries included.' })
  industry?: string | null;
  @Field(() => SizeClassEnum, { nullable: true, description: 'Concerns this enterprise size; policies for all sizes included.' })
  sizeClass?: SizeClassEnum | null;
  @Field(() => String, { nullable: true, description: 'Applies in this division (its ancestors and nationwide policies included).' })
  region?: string | null;
  @Field(() => PolicyValidity, { nullable: true, description: 'Only this legal status.' })
  validity?: PolicyValidity | null;
  @Field(() => String, { nullable: true, description: 'Has this tag.' })
  tag?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only selected policies (政策精选).' })
  featured?: boolean | null;
  @Field(() => PolicyApplicationStatus, {
    nullable: true,
    description:
      '申报状态 today (China time): OPEN has a guide whose window contains today, UPCOMING one that opens later, CLOSED only guides whose window has ended.',
  })
  applicationStatus?: PolicyApplicationStatus | null;
  @Field(() => [PolicyStatus], {
    nullable: true,
    description: 'OPERATOR or REVIEWER: list working copies in these editorial statuses instead of published versions.',
  })
  statuses?: PolicyStatus[] | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Only the current site’s own policies (and its sub-sites’): a city site otherwise also lists its province’s (B1).',
  })
  ownSiteOnly?: boolean | null;
}
