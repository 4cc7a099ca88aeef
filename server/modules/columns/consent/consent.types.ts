import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../../common/errors.js';
import { EnterpriseStatus, SizeClassEnum } from '../../enterprise/index.js';

@ObjectType({ description: "An enterprise's consent to let one institution see its profile (授权共享企业信息). Visible to the enterprise's members." })
export class ProfileConsent {
  enterpriseId!: string;
  institutionId!: string;
  @Field(() => Date, { description: 'When consent was (last) granted.' })
  grantedAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while active.' })
  revokedAt!: Date | null;
}

@InputType({ description: 'The institution a consent is about.' })
export class ProfileConsentInput {
  @Field(() => String, { description: 'Global id of an approved institution.' })
  institutionId!: string;
}

@ObjectType({ description: 'Result of granting or revoking a consent.' })
export class ProfileConsentPayload {
  @Field(() => ProfileConsent, { nullable: true, description: 'The consent after the change.' })
  consent?: ProfileConsent | null;
  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@ObjectType({
  description:
    'The enterprise profile as shared with an institution under consent (or seen by the requester and operators): registration, size and contact data, no accounts.',
})
export class SharedEnterpriseProfile {
  id!: string;
  @Field(() => String, { description: '统一社会信用代码.' })
  uscc!: string;
  @Field(() => String, { description: 'Registered name.' })
  name!: string;
  @Field(() => String, { description: 'GB/T 2260 division code.' })
  regionCode!: string;
  @Field(() => String, { description: 'GB/T 4754 industry code.' })
  industryCode!: string;
  @Field(() => String, { description: 'Date of establishment, YYYY-MM-DD.' })
  establishedOn!: string;
  @Field(() => Int, { description: 'Employees.' })
  employees!: number;
  @Field(() => Float, { description: 'Annual revenue, 万元.' })
  revenue!: number;
  @Field(() => Float, { description: 'Total assets, 万元.' })
  totalAssets!: number;
  @Field(() => SizeClassEnum, { description: 'Size class.' })
  sizeClass!: SizeClassEnum;
  @Field(() => [String], { description: 'Qualification catalogue codes held.' })
  qualifications!: string[];
  @Field(() => String, { description: 'Contact person.' })
  contactName!: string;
  @Field(() => String, { description: 'Contact telephone.' })
  contactPhone!: string;
  @Field(() => String, { nullable: true, description: 'Contact e-mail.' })
  contactEmail!: string | null;
  @Field(() => EnterpriseStatus, { description: 'Verification status.' })
  status!: EnterpriseStatus;
}
