import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
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

@Entity({ tableName: 'institution' })
@ObjectType({ description: 'A service institution. Approved institutions are public; pending or rejected ones are visible to their staff and operators.' })
export class Institution {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  siteId!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Full name (never abbreviated).' })
  name!: string;

  @Property({ type: 'text' })
  @Field(() => InstitutionType, { description: 'Public-interest, government-run or market.' })
  type!: InstitutionType;

  @Property({ type: 'text[]' })
  @Field(() => [ServiceColumn], { description: 'Service columns the institution serves.' })
  columns!: ServiceColumn[];

  @Property({ type: 'text[]' })
  @Field(() => [String], { description: 'GB/T 2260 divisions served.' })
  regionCodes!: string[];

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Qualifications and licences (free text).' })
  qualifications!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Description of the institution and its capability.' })
  description!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Department responsible for docking requests (M1).' })
  responsibleDepartment!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Named contact person.' })
  contactName!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Contact telephone.' })
  contactPhone!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Contact e-mail.' })
  contactEmail!: string | null;

  @Property({ type: 'text' })
  @Field(() => InstitutionStatus, { description: 'Onboarding status.' })
  status!: InstitutionStatus;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Reason of the onboarding decision.' })
  reviewReason!: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the onboarding decision was made.' })
  reviewedAt!: Date | null;

  @Property({ type: 'uuid', nullable: true })
  reviewedBy!: string | null;

  @Property({ type: 'uuid' })
  createdBy!: string;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the application was made.' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
