import { Field, InputType } from 'type-graphql';
import { ReviewDecision } from '../../common/review.js';
import { ServiceColumn } from '../../common/service-column.js';
import { FeeType, ProductStatus, ServiceForm } from './product.entity.js';

@InputType({ description: 'One process step.' })
export class ProcessStepInput {
  @Field(() => String, { description: 'Step title (1–50 characters).' })
  title!: string;
  @Field(() => String, { description: 'What happens (at most 500 characters).' })
  description!: string;
}

@InputType({ description: 'A picture upload: base64 (or a data: URL) of a PNG or JPEG of at most 2 MB; the type is detected from the bytes.' })
export class PictureInput {
  @Field(() => String, { description: 'Base64 content.' })
  base64!: string;
}

@InputType({ description: 'Fields of a service product (all required when creating).' })
export class ServiceProductFields {
  @Field(() => String, {
    description: 'Name (4–60 characters), pattern 服务范围+服务领域+服务形式; a warning with a suggestion is returned when it does not fit.',
  })
  name!: string;
  @Field(() => ServiceColumn, { description: 'Service column; one the institution serves.' })
  column!: ServiceColumn;
  @Field(() => String, { description: 'Subcategory (1–30 characters).' })
  subcategory!: string;
  @Field(() => String, { description: 'Description (1–5,000 characters).' })
  description!: string;
  @Field(() => [ProcessStepInput], { description: 'Ordered steps (1–20).' })
  process!: ProcessStepInput[];
  @Field(() => FeeType, { description: 'Free or paid.' })
  feeType!: FeeType;
  @Field(() => String, { nullable: true, description: 'Price and terms, required when PAID (at most 1,000 characters).' })
  priceTerms?: string | null;
  @Field(() => ServiceForm, { description: 'Online, offline or both.' })
  form!: ServiceForm;
  @Field(() => String, { description: 'Contact person (at most 50 characters).' })
  contactName!: string;
  @Field(() => String, { description: 'Contact telephone: mobile or landline with area code.' })
  contactPhone!: string;
  @Field(() => String, { description: 'Target audience (at most 500 characters).' })
  targetAudience!: string;
  @Field(() => [String], { description: 'GB/T 2260 divisions served (1–50).' })
  regionCodes!: string[];
  @Field(() => [PictureInput], { nullable: true, description: 'Pictures (at most 8); on update, replaces all pictures when given.' })
  pictures?: PictureInput[] | null;
}

@InputType({ description: 'Institution staff create a draft service product.' })
export class ServiceProductCreateInput extends ServiceProductFields {
  @Field(() => Boolean, { nullable: true, description: 'Submit for review right away (default false).' })
  submit?: boolean | null;
}

@InputType({ description: 'Institution staff change a product that is not listed or under review.' })
export class ServiceProductUpdateInput extends ServiceProductFields {
  @Field(() => String, { description: 'Global id of the product.' })
  productId!: string;
}

@InputType({ description: 'A product id, for submit and similar actions.' })
export class ServiceProductRefInput {
  @Field(() => String, { description: 'Global id of the product.' })
  productId!: string;
  @Field(() => String, { nullable: true, description: 'Reason (delisting; at most 500 characters).' })
  reason?: string | null;
}

@InputType({ description: 'An operator lists or rejects a product under review.' })
export class ServiceProductReviewInput {
  @Field(() => String, { description: 'Global id of the product.' })
  productId!: string;
  @Field(() => ReviewDecision, { description: 'APPROVE lists the product; REJECT needs a reason.' })
  decision!: ReviewDecision;
  @Field(() => String, { nullable: true, description: 'Reason (required when rejecting; at most 500 characters).' })
  reason?: string | null;
}

@InputType({ description: 'Filters of the product catalogue.' })
export class ServiceProductFilter {
  @Field(() => ServiceColumn, { nullable: true, description: 'In this column.' })
  column?: ServiceColumn | null;
  @Field(() => String, { nullable: true, description: 'In this subcategory.' })
  subcategory?: string | null;
  @Field(() => ServiceForm, { nullable: true, description: 'Of this form (BOTH matches ONLINE and OFFLINE filters too).' })
  form?: ServiceForm | null;
  @Field(() => FeeType, { nullable: true, description: 'Free or paid.' })
  feeType?: FeeType | null;
  @Field(() => String, { nullable: true, description: 'Serving this division (or one containing it).' })
  regionCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Of this institution (global id).' })
  institutionId?: string | null;
  @Field(() => String, { nullable: true, description: 'Name or description contains (at most 50 characters).' })
  keyword?: string | null;
  @Field(() => ProductStatus, {
    nullable: true,
    description: 'Status; anything but LISTED requires OPERATOR or REVIEWER (institutions use myInstitutionServiceProducts).',
  })
  status?: ProductStatus | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Only the current site’s own (and its sub-sites’): a city site otherwise also lists its province’s published ones (B1).',
  })
  ownSiteOnly?: boolean | null;
}
