import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { ServiceColumn } from '../../common/service-column.js';
import { columns } from '../../db/columns.js';

export enum DemandStatus {
  UNDER_REVIEW = 'UNDER_REVIEW',
  OPEN = 'OPEN',
  REJECTED = 'REJECTED',
  MATCHED = 'MATCHED',
  CANCELLED = 'CANCELLED',
  CLOSED = 'CLOSED',
}
registerEnumType(DemandStatus, {
  name: 'DemandStatus',
  description:
    '诉求状态 / Demand status: UNDER_REVIEW (by an operator) → OPEN (published, collecting offers; or REJECTED) → MATCHED (an offer chosen, docking starts) / CANCELLED (by the enterprise) / CLOSED (by an operator).',
  valuesConfig: {
    UNDER_REVIEW: { description: '待审核' },
    OPEN: { description: '征集方案中' },
    REJECTED: { description: '审核未通过' },
    MATCHED: { description: '已选定机构' },
    CANCELLED: { description: '已撤销' },
    CLOSED: { description: '已关闭' },
  },
});

export enum DemandVisibility {
  ALL_INSTITUTIONS = 'ALL_INSTITUTIONS',
  OPERATORS_ONLY = 'OPERATORS_ONLY',
}
registerEnumType(DemandVisibility, {
  name: 'DemandVisibility',
  description: '诉求公开范围 / Who may see the demand once open.',
  valuesConfig: {
    ALL_INSTITUTIONS: { description: '向栏目和地区匹配的入驻机构公开' },
    OPERATORS_ONLY: { description: '仅运营人员可见，由运营人员派发' },
  },
});

export enum OfferStatus {
  OFFERED = 'OFFERED',
  CHOSEN = 'CHOSEN',
  NOT_CHOSEN = 'NOT_CHOSEN',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(OfferStatus, {
  name: 'DemandOfferStatus',
  description: "承接方案状态 / Status of an institution's offer on a demand.",
  valuesConfig: {
    OFFERED: { description: '待企业选择' },
    CHOSEN: { description: '已被选定' },
    NOT_CHOSEN: { description: '未被选定' },
    WITHDRAWN: { description: '已撤回' },
  },
});

@ObjectType({
  simpleResolvers: true,
  description:
    'A service demand (诉求) posted by an enterprise (M3). Visible to its members and operators; once open, to matching (or dispatched) institutions unless OPERATORS_ONLY.',
})
export class Demand {
  id!: string;
  siteId!: string;
  enterpriseId!: string;
  @Field(() => String, { description: 'Name (4–60 characters).' })
  name!: string;
  @Field(() => String, { description: 'Description.' })
  description!: string;
  @Field(() => ServiceColumn, { description: 'Service column.' })
  column!: ServiceColumn;
  @Field(() => String, { description: 'Category within the column.' })
  category!: string;
  @Field(() => String, { description: 'Contact person.' })
  contactName!: string;
  @Field(() => String, { description: 'Contact telephone.' })
  contactPhone!: string;
  @Field(() => String, { description: 'Service period start, YYYY-MM-DD.' })
  periodStart!: string;
  @Field(() => String, { description: 'Service period end, YYYY-MM-DD.' })
  periodEnd!: string;
  @Field(() => Float, { nullable: true, description: 'Budget in 万元, optional.' })
  budget!: number | null;
  @Field(() => DemandVisibility, { description: 'Who may see it once open.' })
  visibility!: DemandVisibility;
  @Field(() => String, { description: 'GB/T 2260 division of the enterprise (used for matching institutions).' })
  regionCode!: string;
  @Field(() => DemandStatus, { description: 'Status.' })
  status!: DemandStatus;
  @Field(() => String, { nullable: true, description: 'Reason of the review decision.' })
  reviewReason!: string | null;
  @Field(() => Date, { nullable: true, description: 'When reviewed.' })
  reviewedAt!: Date | null;
  chosenOfferId!: string | null;
  dispatchedInstitutionIds!: string[];
  createdBy!: string;
  @Field(() => Date, { description: 'When posted.' })
  createdAt!: Date;
  @Field(() => Date, { description: 'When last changed.' })
  updatedAt!: Date;
}

export const DEMAND_COLUMNS = columns('demand', {
  omit: ['reviewedBy'],
  as: { budget: '%s::float8', dispatchedInstitutionIds: '%s::text[]' },
});

@ObjectType({
  simpleResolvers: true,
  description: "An institution's offer to take a demand: a plan and terms. Visible to the demand's enterprise, operators and the offering institution.",
})
export class DemandOffer {
  id!: string;
  demandId!: string;
  institutionId!: string;
  @Field(() => String, { description: 'Service plan.' })
  plan!: string;
  @Field(() => String, { description: 'Terms (price, duration, conditions).' })
  terms!: string;
  @Field(() => OfferStatus, { description: 'Status.' })
  status!: OfferStatus;
  @Field(() => Date, { description: 'When offered.' })
  createdAt!: Date;
}
export const OFFER_COLUMNS = columns('demand_offer', { omit: ['createdBy'] });

@ObjectType({ description: 'Published demand-handling rules (O2): scope, review standards, process, tracking and dispatch.' })
export class DemandHandlingRules {
  @Field(() => String, { description: 'Version of the rules.' })
  version!: string;
  @Field(() => [String], { description: 'Scope of demands handled.' })
  scope!: string[];
  @Field(() => [String], { description: 'Review standards applied by operators.' })
  reviewStandards!: string[];
  @Field(() => [String], { description: 'Handling process.' })
  process!: string[];
  @Field(() => [String], { description: 'Tracking and dispatch.' })
  tracking!: string[];
}
