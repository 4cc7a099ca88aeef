import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ServiceColumn } from '../../common/service-column.js';

export enum InstitutionType {
  PUBLIC_INTEREST = 'PUBLIC_INTEREST',
  GOVERNMENT = 'GOVERNMENT',
  MARKET = 'MARKET',
}
registerEnumType(InstitutionType, {
  name: 'InstitutionType',
  description: '服务机构类型 / Kind of service institution.',
  valuesConfig: { PUBLIC_INTEREST: { description: '公益性' }, GOVERNMENT: { description: '政府主办' }, MARKET: { description: '市场化' } },
});

export enum InstitutionStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(InstitutionStatus, {
  name: 'InstitutionStatus',
  description: '入驻审核状态 / Onboarding status.',
  valuesConfig: { PENDING: { description: '待审核' }, APPROVED: { description: '已入驻' }, REJECTED: { description: '已驳回' } },
});

@ObjectType({ description: 'A service institution. Approved institutions are public; pending or rejected ones are visible to their staff and operators.' })
export class Institution {
  id!: string;

  siteId!: string;

  @Field(() => String, { description: 'Full name (never abbreviated).' })
  name!: string;

  @Field(() => InstitutionType, { description: 'Public-interest, government-run or market.' })
  type!: InstitutionType;

  @Field(() => [ServiceColumn], { description: 'Service columns the institution serves.' })
  columns!: ServiceColumn[];

  @Field(() => [String], { description: 'GB/T 2260 divisions served.' })
  regionCodes!: string[];

  @Field(() => String, { description: 'Qualifications and licences (free text).' })
  qualifications!: string;

  @Field(() => String, { description: 'Description of the institution and its capability.' })
  description!: string;

  @Field(() => String, { description: 'Department responsible for docking requests (M1).' })
  responsibleDepartment!: string;

  @Field(() => String, { description: 'Named contact person.' })
  contactName!: string;

  @Field(() => String, { description: 'Contact telephone.' })
  contactPhone!: string;

  @Field(() => String, { nullable: true, description: 'Contact e-mail.' })
  contactEmail!: string | null;

  @Field(() => InstitutionStatus, { description: 'Onboarding status.' })
  status!: InstitutionStatus;

  @Field(() => String, { nullable: true, description: 'Reason of the onboarding decision.' })
  reviewReason!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the onboarding decision was made.' })
  reviewedAt!: Date | null;

  reviewedBy!: string | null;

  createdBy!: string;

  @Field(() => Date, { description: 'When the application was made.' })
  createdAt!: Date;

  updatedAt!: Date;
}
