import { Field, Float, ID, InputType } from 'type-graphql';
import { ReviewDecision } from '../../common/review.js';
import { ServiceColumn } from '../../common/service-column.js';
import { DemandStatus, DemandVisibility } from './demand.entity.js';

@InputType({ description: 'An enterprise posts a demand; it goes to operator review.' })
export class DemandCreateInput {
  @Field(() => String, { description: 'Name (4–60 characters).' })
  name!: string;
  @Field(() => String, { description: 'Description (1–5,000 characters).' })
  description!: string;
  @Field(() => ServiceColumn, { description: 'Service column.' })
  column!: ServiceColumn;
  @Field(() => String, { description: 'Category (1–30 characters).' })
  category!: string;
  @Field(() => String, { description: 'Contact person (at most 50 characters).' })
  contactName!: string;
  @Field(() => String, { description: 'Contact telephone.' })
  contactPhone!: string;
  @Field(() => String, { description: 'Service period start, YYYY-MM-DD.' })
  periodStart!: string;
  @Field(() => String, { description: 'Service period end, YYYY-MM-DD (at most 2 years after the start).' })
  periodEnd!: string;
  @Field(() => Float, { nullable: true, description: 'Budget in 万元 (0–100,000), optional.' })
  budget?: number | null;
  @Field(() => DemandVisibility, { description: 'Who may see it once open.' })
  visibility!: DemandVisibility;
}

@InputType({ description: 'An operator reviews a demand against the published handling rules.' })
export class DemandReviewInput {
  @Field(() => ID, { description: 'Global id of the demand.' })
  demandId!: string;
  @Field(() => ReviewDecision, { description: 'APPROVE opens it; REJECT needs a reason.' })
  decision!: ReviewDecision;
  @Field(() => String, { nullable: true, description: 'Reason (required when rejecting; at most 500 characters).' })
  reason?: string | null;
}

@InputType({ description: 'An operator dispatches an open demand to an institution.' })
export class DemandDispatchInput {
  @Field(() => ID, { description: 'Global id of the demand.' })
  demandId!: string;
  @Field(() => ID, { description: 'Global id of an approved institution.' })
  institutionId!: string;
}

@InputType({ description: 'An institution offers to take an open demand.' })
export class DemandOfferInput {
  @Field(() => ID, { description: 'Global id of the demand.' })
  demandId!: string;
  @Field(() => String, { description: 'Service plan (1–3,000 characters).' })
  plan!: string;
  @Field(() => String, { description: 'Terms: price, duration, conditions (1–1,000 characters).' })
  terms!: string;
}

@InputType({ description: 'The enterprise picks one offer; the docking starts (ACCEPTED).' })
export class DemandChooseInput {
  @Field(() => ID, { description: 'Global id of the offer.' })
  offerId!: string;
}

@InputType({ description: 'A demand id with an optional reason.' })
export class DemandRefInput {
  @Field(() => ID, { description: 'Global id of the demand.' })
  demandId!: string;
  @Field(() => String, { nullable: true, description: 'Reason (at most 500 characters).' })
  reason?: string | null;
}

@InputType({ description: 'Filters of demand lists.' })
export class DemandFilter {
  @Field(() => DemandStatus, { nullable: true, description: 'In this status.' })
  status?: DemandStatus | null;
  @Field(() => ServiceColumn, { nullable: true, description: 'In this column.' })
  column?: ServiceColumn | null;
}
