import { Field, Float, InputType, Int } from 'type-graphql';
import { ReviewDecision } from '../../common/review.js';
import { EnterpriseStatus, SizeClassEnum, TaxCreditGrade } from './enterprise.entity.js';
import { EnterpriseQualificationInput } from './qualification.catalogue.js';

@InputType({ description: 'The enterprise profile shared by registration and update.' })
/** The enterprise profile shared by registration and update; the size class is computed from it. */
export class EnterpriseProfileInput {
  @Field(() => String, { description: 'Full registered name (2–100 characters).' })
  name!: string;
  @Field(() => String, { description: 'GB/T 2260 division code, e.g. 340104.' })
  regionCode!: string;
  @Field(() => String, {
    description:
      'GB/T 4754-2017 industry code at any level: section letter (C), division (34), group (342) or class (3421); C3421 is accepted and stored as 3421. Finer codes let more conditions be decided.',
  })
  industryCode!: string;
  @Field(() => String, { nullable: true, description: 'Date of establishment, YYYY-MM-DD, not in the future; null: not declared.' })
  establishedOn?: string | null;
  @Field(() => Int, { nullable: true, description: 'Number of employees, 0–10,000,000; null: not declared (matching says UNKNOWN, never 0).' })
  employees?: number | null;
  @Field(() => Float, { nullable: true, description: 'Annual operating revenue in 万元, ≥ 0; null: not declared.' })
  revenue?: number | null;
  @Field(() => Float, { nullable: true, description: 'Total assets in 万元, ≥ 0; null: not declared.' })
  totalAssets?: number | null;
  @Field(() => [String], {
    nullable: true,
    description:
      'Qualification catalogue codes held (at most 50; see qualificationCatalogue); null or omitted: not declared (matching says UNKNOWN), empty: holds none. Codes in qualificationDetails are added.',
  })
  qualifications?: string[] | null;
  @Field(() => [EnterpriseQualificationInput], {
    nullable: true,
    description: 'Qualifications held with validity dates and counts (catalogue codes, at most 50); omitted: unchanged.',
  })
  qualificationDetails?: EnterpriseQualificationInput[] | null;
  @Field(() => Float, {
    nullable: true,
    description: 'R&D spending as a percentage of operating revenue (0–100, two decimals), declared for policy matching; null or omitted: not declared.',
  })
  rdRatio?: number | null;
  @Field(() => TaxCreditGrade, { nullable: true, description: 'Tax credit grade (纳税信用等级), declared for policy matching; null or omitted: not declared.' })
  taxCreditGrade?: TaxCreditGrade | null;
  @Field(() => String, { description: 'Contact person (at most 50 characters).' })
  contactName!: string;
  @Field(() => String, { description: 'Contact telephone: mobile or landline with area code.' })
  contactPhone!: string;
  @Field(() => String, { nullable: true, description: 'Contact e-mail.' })
  contactEmail?: string | null;
}

@InputType({ description: 'Registration of an enterprise by a signed-in account that belongs to none; it becomes the owner.' })
export class EnterpriseRegisterInput extends EnterpriseProfileInput {
  @Field(() => String, { description: '统一社会信用代码, 18 characters; the check character is verified.' })
  uscc!: string;
}

@InputType({
  description:
    'The owner replaces the profile (all fields). Changing the name, region, industry or establishment date sends a verified enterprise back to review.',
})
export class EnterpriseUpdateInput extends EnterpriseProfileInput {
  @Field(() => String, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;
}

@InputType({ description: 'The owner adds an existing account (in no enterprise or institution, without platform roles) as a member.' })
export class EnterpriseMemberAddInput {
  @Field(() => String, { description: 'Mobile number or e-mail of the account.' })
  identifier!: string;
}

@InputType({ description: 'The owner removes a member.' })
export class EnterpriseMemberRemoveInput {
  @Field(() => String, { description: 'Global id of the member account.' })
  accountId!: string;
}

@InputType({ description: 'An operator verifies or rejects an enterprise registration.' })
export class EnterpriseReviewInput {
  @Field(() => String, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;
  @Field(() => ReviewDecision, { description: 'APPROVE verifies; REJECT needs a reason.' })
  decision!: ReviewDecision;
  @Field(() => String, { nullable: true, description: 'Reason, required when rejecting (at most 500 characters); shown to the enterprise.' })
  reason?: string | null;
}

@InputType({ description: 'Filters of the enterprise list.' })
export class EnterpriseFilter {
  @Field(() => EnterpriseStatus, { nullable: true, description: 'Only this verification status.' })
  status?: EnterpriseStatus | null;
  @Field(() => String, { nullable: true, description: 'Within this division (a province or city code includes its subdivisions).' })
  regionCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Industry code (GB/T 4754-2017, any level; includes finer codes).' })
  industryCode?: string | null;
  @Field(() => SizeClassEnum, { nullable: true, description: 'Size class.' })
  sizeClass?: SizeClassEnum | null;
  @Field(() => String, { nullable: true, description: 'Part of the name (at most 50 characters).' })
  nameContains?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Holds this qualification (catalogue code), declared and not lapsed (validity ended or a count of 0) as of today.',
  })
  qualification?: string | null;
}
