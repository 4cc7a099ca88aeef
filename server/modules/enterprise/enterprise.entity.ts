import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { labelValues } from '../../common/labels.js';
import { SIZE_CLASS_NAMES } from './size-class.js';

export enum SizeClassEnum {
  LARGE = 'LARGE',
  MEDIUM = 'MEDIUM',
  SMALL = 'SMALL',
  MICRO = 'MICRO',
}
registerEnumType(SizeClassEnum, {
  name: 'SizeClass',
  description: '企业划型（大中小微），按《中小企业划型标准规定》由行业、从业人员、营业收入、资产总额计算得出。',
  valuesConfig: labelValues(SIZE_CLASS_NAMES),
});

export enum EnterpriseStatus {
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}
registerEnumType(EnterpriseStatus, {
  name: 'EnterpriseStatus',
  description: '企业认证状态 / Verification status.',
  valuesConfig: { PENDING: { description: '待审核' }, VERIFIED: { description: '已认证' }, REJECTED: { description: '已驳回' } },
});

export enum TaxCreditGrade {
  A = 'A',
  B = 'B',
  M = 'M',
  C = 'C',
  D = 'D',
}
registerEnumType(TaxCreditGrade, {
  name: 'TaxCreditGrade',
  description: '纳税信用等级 (published yearly by the tax authority), as the enterprise declares it.',
  valuesConfig: {
    A: { description: 'A级' },
    B: { description: 'B级' },
    M: { description: 'M级（新设立或评价年度内无营业收入）' },
    C: { description: 'C级' },
    D: { description: 'D级' },
  },
});

@ObjectType({ description: 'The source of one profile field.' })
export class ProfileFieldSource {
  @Field(() => String, { description: 'Profile field (employees, revenue, totalAssets, establishedOn, qualifications, rdRatio, taxCreditGrade, …).' })
  field!: string;
  @Field(() => String, { description: 'SELF_DECLARED (企业自报), OPERATOR_VERIFIED (运营方核实) or IMPORTED (批量导入).' })
  source!: string;
}

@ObjectType({ description: 'An SME registered on the platform. Visible to its own members, operators and reviewers only.' })
export class Enterprise {
  id!: string;

  siteId!: string;

  @Field(() => String, { description: '统一社会信用代码 (18 characters, GB 32100-2015).' })
  uscc!: string;

  @Field(() => String, { description: 'Full registered name.' })
  name!: string;

  @Field(() => String, { description: 'GB/T 2260 division code of the registered address.' })
  regionCode!: string;

  @Field(() => String, { description: 'GB/T 4754-2017 industry code as stored: section letter (C) or 2–4 digits (34, 342, 3421).' })
  industryCode!: string;

  @Field(() => String, { nullable: true, description: 'Date of establishment, YYYY-MM-DD; null: not declared.' })
  establishedOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of employees (从业人员); null: not declared.' })
  employees!: number | null;

  @Field(() => Float, { nullable: true, description: 'Annual operating revenue in 万元; null: not declared.' })
  revenue!: number | null;

  @Field(() => Float, { nullable: true, description: 'Total assets in 万元; null: not declared.' })
  totalAssets!: number | null;

  @Field(() => SizeClassEnum, {
    nullable: true,
    description:
      'Size class computed from industry, employees, revenue and assets; never typed by hand. Null while the declared indicators leave several classes possible (see sizeClasses).',
  })
  sizeClass!: SizeClassEnum | null;

  @Field(() => [SizeClassEnum], { description: 'The size classes still possible from the declared indicators (one: decided).' })
  sizeClasses!: SizeClassEnum[];

  @Field(() => [String], {
    nullable: true,
    description: 'Qualification catalogue codes declared (HIGH_TECH, INVENTION_PATENT, …; see qualificationCatalogue); null: not declared.',
  })
  qualifications!: string[] | null;

  /** Per profile field: SELF_DECLARED, OPERATOR_VERIFIED or IMPORTED (GraphQL `fieldSources`). */
  fieldSources!: Record<string, string>;

  @Field(() => Float, {
    nullable: true,
    description:
      'R&D spending as a percentage of operating revenue (研发投入占营业收入比例, 0–100), declared by the enterprise; null when not declared (matching then says UNKNOWN).',
  })
  rdRatio!: number | null;

  @Field(() => TaxCreditGrade, {
    nullable: true,
    description: 'Tax credit grade (纳税信用等级) declared by the enterprise; null when not declared. Policy conditions on CREDIT_RATING test it.',
  })
  taxCreditGrade!: TaxCreditGrade | null;

  @Field(() => String, { description: 'Contact person.' })
  contactName!: string;

  @Field(() => String, { description: 'Contact telephone.' })
  contactPhone!: string;

  @Field(() => String, { nullable: true, description: 'Contact e-mail.' })
  contactEmail!: string | null;

  @Field(() => EnterpriseStatus, { description: 'Verification status.' })
  status!: EnterpriseStatus;

  @Field(() => String, { nullable: true, description: 'Reason given by the operator when rejecting (or a note when verifying).' })
  reviewReason!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the verification decision was made.' })
  reviewedAt!: Date | null;

  reviewedBy!: string | null;

  createdBy!: string;

  @Field(() => Date, { description: 'When the enterprise was registered.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'Last change.' })
  updatedAt!: Date;
}
