import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ServiceColumn } from '../../common/service-column.js';
import { columns } from '../../db/columns.js';

export enum ProductStatus {
  DRAFT = 'DRAFT',
  UNDER_REVIEW = 'UNDER_REVIEW',
  LISTED = 'LISTED',
  REJECTED = 'REJECTED',
  DELISTED = 'DELISTED',
}
registerEnumType(ProductStatus, {
  name: 'ServiceProductStatus',
  description: '服务产品状态 / Status of a service product: DRAFT → UNDER_REVIEW → LISTED (or REJECTED) → DELISTED.',
  valuesConfig: {
    DRAFT: { description: '草稿' },
    UNDER_REVIEW: { description: '待审核' },
    LISTED: { description: '已上架' },
    REJECTED: { description: '审核未通过' },
    DELISTED: { description: '已下架' },
  },
});

export enum FeeType {
  FREE = 'FREE',
  PAID = 'PAID',
}
registerEnumType(FeeType, {
  name: 'FeeType',
  description: '收费方式 / Free or paid.',
  valuesConfig: { FREE: { description: '免费' }, PAID: { description: '收费' } },
});

export enum ServiceForm {
  ONLINE = 'ONLINE',
  OFFLINE = 'OFFLINE',
  BOTH = 'BOTH',
}
registerEnumType(ServiceForm, {
  name: 'ServiceForm',
  description: '服务形式 / How the service is delivered.',
  valuesConfig: { ONLINE: { description: '线上' }, OFFLINE: { description: '线下' }, BOTH: { description: '线上线下结合' } },
});

@ObjectType({ description: 'One step of a service process, in order.' })
export class ProcessStep {
  @Field(() => String, { description: 'Step title (at most 50 characters).' })
  title!: string;
  @Field(() => String, { description: 'What happens in this step (at most 500 characters).' })
  description!: string;
}

@ObjectType({ description: 'A picture of a service product (PNG or JPEG, at most 2 MB).' })
export class ProductPicture {
  id!: string;
  productId!: string;
  @Field(() => String, { description: 'image/png or image/jpeg, detected from the bytes.' })
  contentType!: string;
  @Field(() => Int, { description: 'Size in bytes.' })
  byteSize!: number;
  @Field(() => Int, { nullable: true, description: 'Width in pixels, when readable.' })
  width!: number | null;
  @Field(() => Int, { nullable: true, description: 'Height in pixels, when readable.' })
  height!: number | null;
  data!: Buffer;
}

@ObjectType('ServiceProduct', {
  simpleResolvers: true,
  description: 'A service product an institution offers (M2, I3). Listed ones are public; others visible to the institution and operators.',
})
export class ServiceProduct {
  id!: string;
  siteId!: string;
  institutionId!: string;
  @Field(() => String, { description: 'Name, following 服务范围+服务领域+服务形式 (e.g. 安徽省知识产权咨询服务).' })
  name!: string;
  @Field(() => ServiceColumn, { description: 'Service column.' })
  column!: ServiceColumn;
  @Field(() => String, { description: 'Subcategory within the column (e.g. 知识产权).' })
  subcategory!: string;
  @Field(() => String, { description: 'Description of the service.' })
  description!: string;
  @Field(() => [ProcessStep], { description: 'Service process as ordered steps.' })
  process!: ProcessStep[];
  @Field(() => FeeType, { description: 'Free or paid.' })
  feeType!: FeeType;
  @Field(() => String, { nullable: true, description: 'Price and terms when paid.' })
  priceTerms!: string | null;
  @Field(() => ServiceForm, { description: 'Online, offline or both.' })
  form!: ServiceForm;
  @Field(() => String, { description: 'Contact person.' })
  contactName!: string;
  @Field(() => String, { description: 'Contact telephone.' })
  contactPhone!: string;
  @Field(() => String, { description: 'Who the service is for.' })
  targetAudience!: string;
  @Field(() => [String], { description: 'GB/T 2260 divisions served.' })
  regionCodes!: string[];
  @Field(() => ProductStatus, { description: 'Status.' })
  status!: ProductStatus;
  @Field(() => Boolean, { description: '仅省级: city sites do not inherit it from their province (operators set it with provinceOnlySet).' })
  provinceOnly!: boolean;
  @Field(() => String, { nullable: true, description: 'Reason of the last review or delisting.' })
  reviewReason!: string | null;
  reviewedBy!: string | null;
  @Field(() => Date, { nullable: true, description: 'When last reviewed.' })
  reviewedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When listed.' })
  listedAt!: Date | null;
  createdBy!: string;
  @Field(() => Date, { description: 'When created.' })
  createdAt!: Date;
  @Field(() => Date, { description: 'When last changed.' })
  updatedAt!: Date;
}

export const PRODUCT_COLUMNS = columns('service_product');
