import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../../common/errors.js';
import { SizeClassEnum } from '../../enterprise/index.js';
import { columns } from '../../../db/columns.js';

export enum FinancingProductType {
  CREDIT = 'CREDIT',
  GUARANTEE = 'GUARANTEE',
  PLEDGE = 'PLEDGE',
  MORTGAGE = 'MORTGAGE',
  LEASING = 'LEASING',
  SUPPLY_CHAIN = 'SUPPLY_CHAIN',
  RECEIVABLES = 'RECEIVABLES',
  EQUITY = 'EQUITY',
  MICRO_LOAN = 'MICRO_LOAN',
  IP_PLEDGE = 'IP_PLEDGE',
  TRUST = 'TRUST',
  PAWN = 'PAWN',
  INTERNET = 'INTERNET',
}
export const PRODUCT_TYPE_LABELS: Record<FinancingProductType, string> = {
  CREDIT: '信用贷款',
  GUARANTEE: '担保贷款',
  PLEDGE: '质押贷款',
  MORTGAGE: '抵押贷款',
  LEASING: '融资租赁',
  SUPPLY_CHAIN: '供应链金融',
  RECEIVABLES: '应收账款融资',
  EQUITY: '股权融资',
  MICRO_LOAN: '小额贷款',
  IP_PLEDGE: '知识产权质押融资',
  TRUST: '信托融资',
  PAWN: '典当融资',
  INTERNET: '互联网金融',
};
registerEnumType(FinancingProductType, {
  name: 'FinancingProductType',
  description: '融资产品类型 / Kind of financing product.',
  valuesConfig: Object.fromEntries(Object.entries(PRODUCT_TYPE_LABELS).map(([k, v]) => [k, { description: v }])),
});

export enum ListingStatus {
  LISTED = 'LISTED',
  DELISTED = 'DELISTED',
}
registerEnumType(ListingStatus, {
  name: 'FinancingProductStatus',
  description: '融资产品状态 / Whether a financing product is offered.',
  valuesConfig: { LISTED: { description: '在售（公开）' }, DELISTED: { description: '已下架（仅本机构与运营人员可见）' } },
});

@ObjectType({
  description: 'A financing product (融资产品) of an approved FINANCING institution, with structured terms. Listed products are public (B1).',
})
export class FinancingProduct {
  id!: string;
  siteId!: string;
  institutionId!: string;
  @Field(() => String, { description: 'Product name.' })
  name!: string;
  @Field(() => String, { description: 'Lender or provider (bank, guarantee company, fund …).' })
  lender!: string;
  @Field(() => FinancingProductType, { description: 'Kind of product.' })
  productType!: FinancingProductType;
  @Field(() => String, { description: 'Plain-language summary (at most 1,000 characters).' })
  summary!: string;
  @Field(() => Float, { description: 'Smallest amount, 万元.' })
  amountMin!: number;
  @Field(() => Float, { description: 'Largest amount, 万元.' })
  amountMax!: number;
  @Field(() => Int, { description: 'Shortest term, months.' })
  termMinMonths!: number;
  @Field(() => Int, { description: 'Longest term, months.' })
  termMaxMonths!: number;
  @Field(() => Float, { description: 'Lowest annual rate, % (or annualised cost).' })
  rateMin!: number;
  @Field(() => Float, { description: 'Highest annual rate, %.' })
  rateMax!: number;
  @Field(() => Boolean, { description: 'Whether collateral (抵质押物) is required.' })
  collateralRequired!: boolean;
  @Field(() => Boolean, { description: 'Whether a third-party guarantee is required.' })
  guaranteeRequired!: boolean;
  @Field(() => [String], { description: 'Eligible GB/T 4754 sections or divisions; empty means any industry.' })
  industryCodes!: string[];
  @Field(() => [SizeClassEnum], { description: 'Eligible size classes; empty means any size.' })
  sizeClasses!: SizeClassEnum[];
  @Field(() => [String], { description: 'GB/T 2260 divisions served (with their subdivisions); empty means anywhere.' })
  regionCodes!: string[];
  @Field(() => Int, { description: 'Minimum whole years since establishment.' })
  minYearsEstablished!: number;
  @Field(() => [String], { description: 'Materials the applicant must provide.' })
  requiredMaterials!: string[];
  @Field(() => ListingStatus, { description: 'Listing status.' })
  status!: ListingStatus;
  @Field(() => Date, { description: 'When the product was published.' })
  createdAt!: Date;
}

export const PRODUCT_COLUMNS = columns('financing_product', {
  alias: 'p',
  omit: ['createdBy', 'updatedAt'],
  as: { amountMin: '%s::float8', amountMax: '%s::float8', rateMin: '%s::float8', rateMax: '%s::float8' },
});

@InputType({ description: 'A financing product published by staff of an approved institution serving FINANCING.' })
export class FinancingProductCreateInput {
  @Field(() => String, { description: 'Name, 2–60 characters.' })
  name!: string;
  @Field(() => String, { description: 'Lender or provider, at most 60 characters.' })
  lender!: string;
  @Field(() => FinancingProductType, { description: 'Kind of product.' })
  productType!: FinancingProductType;
  @Field(() => String, { nullable: true, description: 'Plain-language summary, at most 1,000 characters.' })
  summary?: string | null;
  @Field(() => Float, { description: 'Smallest amount, 万元, 0–10,000,000.' })
  amountMin!: number;
  @Field(() => Float, { description: 'Largest amount, 万元, ≥ amountMin.' })
  amountMax!: number;
  @Field(() => Int, { description: 'Shortest term, months, 1–360.' })
  termMinMonths!: number;
  @Field(() => Int, { description: 'Longest term, months, ≥ termMinMonths, ≤ 360.' })
  termMaxMonths!: number;
  @Field(() => Float, { description: 'Lowest annual rate, %, 0–36.' })
  rateMin!: number;
  @Field(() => Float, { description: 'Highest annual rate, %, ≥ rateMin, ≤ 36.' })
  rateMax!: number;
  @Field(() => Boolean, { description: 'Collateral required.' })
  collateralRequired!: boolean;
  @Field(() => Boolean, { description: 'Third-party guarantee required.' })
  guaranteeRequired!: boolean;
  @Field(() => [String], { nullable: true, description: 'Eligible industry sections/divisions (at most 30); empty = any.' })
  industryCodes?: string[] | null;
  @Field(() => [SizeClassEnum], { nullable: true, description: 'Eligible sizes; empty = any.' })
  sizeClasses?: SizeClassEnum[] | null;
  @Field(() => [String], { nullable: true, description: 'Regions served (at most 50); empty = anywhere.' })
  regionCodes?: string[] | null;
  @Field(() => Int, { nullable: true, description: 'Minimum years established, 0–50 (default 0).' })
  minYearsEstablished?: number | null;
  @Field(() => [String], { nullable: true, description: 'Required materials (at most 20, each at most 50 characters).' })
  requiredMaterials?: string[] | null;
}

@InputType({ description: 'A product to delist.' })
export class FinancingProductDelistInput {
  @Field(() => String, { description: "Global id of a product of the viewer's institution." })
  productId!: string;
}

@InputType({ description: 'Filters of the public financing product list.' })
export class FinancingProductFilter {
  @Field(() => FinancingProductType, { nullable: true, description: 'Only this kind.' })
  productType?: FinancingProductType | null;
  @Field(() => String, { nullable: true, description: 'Only products serving this division (directly or through an ancestor, or anywhere).' })
  regionCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Only products open to this industry division (or any industry).' })
  industryCode?: string | null;
  @Field(() => SizeClassEnum, { nullable: true, description: 'Only products open to this size (or any size).' })
  sizeClass?: SizeClassEnum | null;
  @Field(() => Float, { nullable: true, description: 'Only products whose amount range contains this amount (万元).' })
  amount?: number | null;
  @Field(() => Int, { nullable: true, description: 'Only products whose term range contains this many months.' })
  termMonths?: number | null;
  @Field(() => Float, { nullable: true, description: 'Only products whose lowest rate is at most this (%).' })
  maxRate?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Only products needing neither collateral nor a guarantee.' })
  unsecured?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Only products of this institution (global id).' })
  institutionId?: string | null;
}

@ObjectType({ description: 'Result of a mutation on a financing product.' })
export class FinancingProductPayload {
  @Field(() => FinancingProduct, { nullable: true, description: 'The product after the change.' })
  product?: FinancingProduct | null;
  @Field(() => [UserError], { description: 'Why the change was refused; empty on success. Nothing is written when not empty.' })
  errors!: UserError[];
}
