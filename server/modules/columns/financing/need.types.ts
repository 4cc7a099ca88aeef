import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Institution } from '../../institution/index.js';
import { NeedContactInput } from '../need/index.js';
import { FinancingProduct } from './product.types.js';

export enum FinancingPurpose {
  WORKING_CAPITAL = 'WORKING_CAPITAL',
  EQUIPMENT = 'EQUIPMENT',
  RND = 'RND',
  EXPANSION = 'EXPANSION',
  TRADE = 'TRADE',
  REFINANCING = 'REFINANCING',
  OTHER = 'OTHER',
}
export const PURPOSE_LABELS: Record<FinancingPurpose, string> = {
  WORKING_CAPITAL: '流动资金周转',
  EQUIPMENT: '购置设备',
  RND: '研发投入',
  EXPANSION: '扩大生产经营',
  TRADE: '订单与贸易融资',
  REFINANCING: '续贷或置换',
  OTHER: '其他',
};
registerEnumType(FinancingPurpose, {
  name: 'FinancingPurpose',
  description: '融资用途 / Purpose of the financing.',
  valuesConfig: Object.fromEntries(Object.entries(PURPOSE_LABELS).map(([k, v]) => [k, { description: v }])),
});

export enum CollateralKind {
  REAL_ESTATE = 'REAL_ESTATE',
  EQUIPMENT = 'EQUIPMENT',
  RECEIVABLES = 'RECEIVABLES',
  INVENTORY = 'INVENTORY',
  IP = 'IP',
  EQUITY = 'EQUITY',
  DEPOSIT = 'DEPOSIT',
  NONE = 'NONE',
}
registerEnumType(CollateralKind, {
  name: 'CollateralKind',
  description: '可提供的抵质押物 / Collateral available.',
  valuesConfig: {
    REAL_ESTATE: { description: '房产、土地' },
    EQUIPMENT: { description: '机器设备' },
    RECEIVABLES: { description: '应收账款' },
    INVENTORY: { description: '存货' },
    IP: { description: '专利、商标等知识产权' },
    EQUITY: { description: '股权' },
    DEPOSIT: { description: '存单、票据' },
    NONE: { description: '无' },
  },
});

export enum FinancingUrgency {
  WITHIN_WEEK = 'WITHIN_WEEK',
  WITHIN_MONTH = 'WITHIN_MONTH',
  WITHIN_QUARTER = 'WITHIN_QUARTER',
  FLEXIBLE = 'FLEXIBLE',
}
registerEnumType(FinancingUrgency, {
  name: 'FinancingUrgency',
  description: '资金需求紧迫程度 / How soon the money is needed.',
  valuesConfig: {
    WITHIN_WEEK: { description: '一周内' },
    WITHIN_MONTH: { description: '一个月内' },
    WITHIN_QUARTER: { description: '三个月内' },
    FLEXIBLE: { description: '时间灵活' },
  },
});

@InputType({ description: "A financing need (融资需求) of the viewer's enterprise; the rest of the profile comes from the enterprise record." })
export class FinancingNeedSubmitInput {
  @Field(() => Float, { description: 'Amount wanted, 万元, more than 0 and at most 1,000,000.' })
  amount!: number;
  @Field(() => Int, { description: 'Term wanted, months, 1–360.' })
  termMonths!: number;
  @Field(() => FinancingPurpose, { description: 'Purpose.' })
  purpose!: FinancingPurpose;
  @Field(() => String, { nullable: true, description: 'More about the need, at most 1,000 characters.' })
  description?: string | null;
  @Field(() => [CollateralKind], { description: 'Collateral available (1–8 kinds; [NONE] when none).' })
  collateral!: CollateralKind[];
  @Field(() => Boolean, { description: 'Whether a third-party guarantee can be provided.' })
  guaranteeAvailable!: boolean;
  @Field(() => FinancingUrgency, { description: 'How soon the money is needed.' })
  urgency!: FinancingUrgency;
  @Field(() => String, { nullable: true, description: "GB/T 2260 division where the money is used; defaults to the enterprise's." })
  regionCode?: string | null;
  @Field(() => NeedContactInput, { nullable: true, description: 'Contact; defaults to the enterprise contact.' })
  contact?: NeedContactInput | null;
}

@ObjectType({ description: 'The financing-specific part of a need.' })
export class FinancingNeedDetails {
  @Field(() => Int, { description: 'Term wanted, months.' })
  termMonths!: number;
  @Field(() => FinancingPurpose, { description: 'Purpose.' })
  purpose!: FinancingPurpose;
  @Field(() => [CollateralKind], { description: 'Collateral available.' })
  collateral!: CollateralKind[];
  @Field(() => Boolean, { description: 'Guarantee available.' })
  guaranteeAvailable!: boolean;
  @Field(() => FinancingUrgency, { description: 'Urgency.' })
  urgency!: FinancingUrgency;
}

@ObjectType({ description: 'One criterion of matching a need to a product, with its verdict and a Chinese reason.' })
export class MatchCriterion {
  @Field(() => String, { description: 'AMOUNT, TERM, INDUSTRY, SIZE, REGION, YEARS, COLLATERAL or GUARANTEE.' })
  code!: string;
  @Field(() => String, { description: 'Criterion name (中文).' })
  label!: string;
  @Field(() => Boolean, { description: 'Whether the need meets it.' })
  passed!: boolean;
  @Field(() => String, { description: 'Why, in Chinese.' })
  reason!: string;
}

@ObjectType({ description: 'A product evaluated against a need.' })
export class FinancingProductMatch {
  @Field(() => FinancingProduct, { description: 'The product.' })
  product!: FinancingProduct;
  @Field(() => Boolean, { description: 'Whether every criterion passed.' })
  eligible!: boolean;
  @Field(() => [MatchCriterion], { description: 'Every criterion, in a fixed order.' })
  criteria!: MatchCriterion[];
}

@ObjectType({ description: 'Where to turn when nothing matches: a financing consultation.' })
export class FinancingReferral {
  @Field(() => String, { description: 'What to do next, in Chinese.' })
  message!: string;
  @Field(() => [Institution], { description: 'Institutions offering consulting or financing services in the region (at most 10).' })
  institutions!: Institution[];
}

@ObjectType({ description: 'Result of matching a financing need (F3).' })
export class FinancingMatchResult {
  @Field(() => [FinancingProductMatch], { description: 'Eligible products (every criterion passed), lowest rate first, at most 20.' })
  products!: FinancingProductMatch[];
  @Field(() => [FinancingProductMatch], { description: 'Products that fail only one criterion, with the reason (at most 10): worth a conversation.' })
  nearMisses!: FinancingProductMatch[];
  @Field(() => [Institution], { description: "Approved institutions serving FINANCING in the need's region that received the need." })
  institutions!: Institution[];
  @Field(() => FinancingReferral, { nullable: true, description: 'Set when no product matched: a referral to a financing consultation.' })
  referral!: FinancingReferral | null;
}
