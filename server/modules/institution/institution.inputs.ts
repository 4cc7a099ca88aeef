import { Field, InputType } from 'type-graphql';
import { ReviewDecision } from '../../common/review.js';
import { InstitutionStatus, InstitutionType } from './institution.entity.js';
import { ServiceColumn } from '../../common/service-column.js';

@InputType({ description: 'Application of an institution to join the platform; the applicant becomes its administrator once approved.' })
export class InstitutionApplyInput {
  @Field(() => String, { description: 'Full name, never abbreviated (4–100 characters).' })
  name!: string;
  @Field(() => InstitutionType, { description: 'Kind of institution.' })
  type!: InstitutionType;
  @Field(() => [ServiceColumn], { description: 'Service columns (1–6).' })
  columns!: ServiceColumn[];
  @Field(() => [String], { description: 'GB/T 2260 divisions served (1–50).' })
  regionCodes!: string[];
  @Field(() => String, { description: 'Qualifications and licences (at most 2,000 characters).' })
  qualifications!: string;
  @Field(() => String, { nullable: true, description: 'Description (at most 5,000 characters).' })
  description?: string | null;
  @Field(() => String, { description: 'Department responsible for docking requests.' })
  responsibleDepartment!: string;
  @Field(() => String, { description: 'Named contact person.' })
  contactName!: string;
  @Field(() => String, { description: 'Contact telephone: mobile or landline with area code.' })
  contactPhone!: string;
  @Field(() => String, { nullable: true, description: 'Contact e-mail.' })
  contactEmail?: string | null;
}

@InputType({ description: 'An operator approves or rejects an institution application.' })
export class InstitutionReviewInput {
  @Field(() => String, { description: 'Global id of the institution.' })
  institutionId!: string;
  @Field(() => ReviewDecision, { description: 'APPROVE or REJECT (with reason).' })
  decision!: ReviewDecision;
  @Field(() => String, { nullable: true, description: 'Reason, required when rejecting.' })
  reason?: string | null;
}

@InputType({ description: 'The institution administrator adds an existing account (not in any enterprise or institution) as staff.' })
export class InstitutionStaffAddInput {
  @Field(() => String, { description: 'Mobile number or e-mail of the account to add.' })
  identifier!: string;
}

@InputType({ description: 'Filters of the institution list.' })
export class InstitutionFilter {
  @Field(() => ServiceColumn, { nullable: true, description: 'Serves this column.' })
  column?: ServiceColumn | null;
  @Field(() => InstitutionType, { nullable: true, description: 'Of this kind.' })
  type?: InstitutionType | null;
  @Field(() => String, { nullable: true, description: 'Serves this division (or a division containing it).' })
  regionCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Part of the name (at most 50 characters).' })
  keyword?: string | null;
  @Field(() => InstitutionStatus, { nullable: true, description: 'Status; anything but APPROVED requires OPERATOR or REVIEWER.' })
  status?: InstitutionStatus | null;
}
