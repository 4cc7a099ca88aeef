import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SizeClassEnum } from '../enterprise/index.js';
import { ServiceColumn } from '../../common/service-column.js';
import { columns } from '../../db/columns.js';

export enum PolicyType {
  LAW = 'LAW',
  REGULATION = 'REGULATION',
  RULE = 'RULE',
  NORMATIVE_DOCUMENT = 'NORMATIVE_DOCUMENT',
  APPLICATION_NOTICE = 'APPLICATION_NOTICE',
  INTERPRETATION = 'INTERPRETATION',
  GUIDE = 'GUIDE',
  MANAGEMENT_MEASURES = 'MANAGEMENT_MEASURES',
  OTHER = 'OTHER',
}
export const POLICY_TYPE_LABELS: Record<PolicyType, string> = {
  LAW: '法律',
  REGULATION: '行政法规',
  RULE: '部门规章',
  NORMATIVE_DOCUMENT: '规范性文件',
  APPLICATION_NOTICE: '申报通知',
  INTERPRETATION: '政策解读',
  GUIDE: '政策指引',
  MANAGEMENT_MEASURES: '管理办法',
  OTHER: '其他',
};
registerEnumType(PolicyType, {
  name: 'PolicyType',
  description: '政策类型 / Kind of policy document.',
  valuesConfig: Object.fromEntries(Object.entries(POLICY_TYPE_LABELS).map(([k, v]) => [k, { description: v }])),
});

export enum PolicyValidity {
  IN_FORCE = 'IN_FORCE',
  EXPIRED = 'EXPIRED',
  SUPERSEDED = 'SUPERSEDED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(PolicyValidity, {
  name: 'PolicyValidity',
  description: '政策效力状态 / Legal status of the document (I1).',
  valuesConfig: {
    IN_FORCE: { description: '现行有效' },
    EXPIRED: { description: '已失效' },
    SUPERSEDED: { description: '已被替代' },
    WITHDRAWN: { description: '已废止' },
  },
});

export enum PolicyStatus {
  COLLECTED = 'COLLECTED',
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
  PUBLISHED = 'PUBLISHED',
  EXPIRED = 'EXPIRED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(PolicyStatus, {
  name: 'PolicyStatus',
  description:
    "编辑流程状态 / Editorial workflow status (P3 入库审核). COLLECTED: imported or crawled, to be edited; DRAFT: includes the revision draft of a published policy; APPROVED: waiting to be published; RETURNED: with the reviewer's comments; EXPIRED: still readable; WITHDRAWN: hidden from the public.",
  valuesConfig: {
    COLLECTED: { description: '已采集' },
    DRAFT: { description: '草稿' },
    SUBMITTED: { description: '待审核' },
    APPROVED: { description: '审核通过' },
    RETURNED: { description: '已退回' },
    PUBLISHED: { description: '已发布' },
    EXPIRED: { description: '已过期' },
    WITHDRAWN: { description: '已撤回' },
  },
});

@ObjectType({
  description: 'A law, regulation, rule or normative document (I1). The public sees the last published version; OPERATOR and REVIEWER see the working copy.',
})
export class Policy {
  id!: string;

  siteId!: string;

  @Field(() => String, { description: '标题 (at most 200 characters).' })
  title!: string;

  @Field(() => String, { nullable: true, description: '文号, e.g. 皖政办〔2023〕12号 (at most 100 characters).' })
  docNo!: string | null;

  @Field(() => [String], { description: '发文部门 (one or more, in the order printed on the document).' })
  departments!: string[];

  @Field(() => String, { nullable: true, description: '发布日期, YYYY-MM-DD.' })
  publishedOn!: string | null;

  @Field(() => String, { nullable: true, description: '生效日期, YYYY-MM-DD.' })
  effectiveFrom!: string | null;

  @Field(() => String, { nullable: true, description: '失效日期, YYYY-MM-DD; null when open-ended.' })
  effectiveTo!: string | null;

  @Field(() => PolicyValidity, { description: '效力状态: in force, expired, superseded or withdrawn.' })
  validity!: PolicyValidity;

  @Field(() => String, { nullable: true, description: '作者 / 署名.' })
  author!: string | null;

  @Field(() => String, { nullable: true, description: '来源名称 (e.g. 安徽省人民政府网).' })
  sourceName!: string | null;

  @Field(() => String, { nullable: true, description: '来源网址 (http or https).' })
  sourceUrl!: string | null;

  @Field(() => String, { description: '正文: sanitised HTML in one typography (p, h2–h4, lists, tables, strong, em, links); no styles or scripts.' })
  body!: string;

  @Field(() => [String], { description: '标签.' })
  tags!: string[];

  @Field(() => PolicyType, { description: '政策类型.' })
  policyType!: PolicyType;

  @Field(() => [String], { description: 'GB/T 4754-2017 industry codes the policy concerns (section letters or divisions); empty means all.' })
  industries!: string[];

  @Field(() => [SizeClassEnum], { description: 'Enterprise sizes the policy concerns; empty means all.' })
  sizeClasses!: SizeClassEnum[];

  @Field(() => [String], { description: 'GB/T 2260 division codes the policy applies to; empty means nationwide.' })
  regions!: string[];

  @Field(() => [String], { description: '热词.' })
  hotWords!: string[];

  @Field(() => [ServiceColumn], { description: 'Columns (栏目) the policy is shown in.' })
  columns!: ServiceColumn[];

  @Field(() => Boolean, { description: '政策精选: a selected policy, linked to its management measures and application notices.' })
  featured!: boolean;

  @Field(() => Boolean, { description: '仅省级: city sites do not inherit this policy of their province (set by operators with provinceOnlySet).' })
  provinceOnly!: boolean;

  @Field(() => PolicyStatus, { description: 'Editorial status (the public only ever sees PUBLISHED or EXPIRED).' })
  status!: PolicyStatus;

  @Field(() => String, { nullable: true, description: 'Reviewer comments of the last decision. OPERATOR and REVIEWER only; null for others.' })
  reviewComment!: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of the current published version; null when never published.' })
  publishedVersion!: number | null;

  dedupeKey!: string;

  contentHash!: string;

  @Field(() => Int, { description: 'Times the published policy was viewed.' })
  viewCount!: number;

  createdBy!: string | null;

  updatedBy!: string | null;

  submittedBy!: string | null;

  reviewedBy!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the first version was published.' })
  publishedAt!: Date | null;

  @Field(() => Date, { description: 'When the record was created.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'Last change (for the public: when the current version was published).' })
  updatedAt!: Date;
}

/** Columns shared by `policy` and the `policy_published` view, selected as property names (`alias`: a table alias). */
export function policyColumns(alias?: string): string {
  // condition_sentences (the decomposition tool's marks) is read by the conditions resolver and the rulebook
  return columns('policy', { alias, omit: ['conditionSentences'], as: { viewCount: '%s::int' } });
}
export const POLICY_COLUMNS = policyColumns();
