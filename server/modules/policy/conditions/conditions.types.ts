import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Policy } from '../policy.entity.js';
import { FIELD_LABELS } from '../matching/matching.js';

export enum ConditionField {
  REGION = 'REGION',
  INDUSTRY = 'INDUSTRY',
  SIZE_CLASS = 'SIZE_CLASS',
  AGE_YEARS = 'AGE_YEARS',
  EMPLOYEES = 'EMPLOYEES',
  REVENUE = 'REVENUE',
  TOTAL_ASSETS = 'TOTAL_ASSETS',
  RD_RATIO = 'RD_RATIO',
  QUALIFICATION = 'QUALIFICATION',
  CREDIT_RATING = 'CREDIT_RATING',
}
registerEnumType(ConditionField, {
  name: 'ConditionField',
  description:
    'Enterprise attribute an eligibility condition tests (R&D ratio and tax credit grade are declared by the enterprise; when not declared the outcome is UNKNOWN).',
  valuesConfig: Object.fromEntries(Object.entries(FIELD_LABELS).map(([k, v]) => [k, { description: v }])),
});

export enum ConditionOperator {
  IN = 'IN',
  NOT_IN = 'NOT_IN',
  GTE = 'GTE',
  LTE = 'LTE',
  BETWEEN = 'BETWEEN',
  HAS = 'HAS',
}
registerEnumType(ConditionOperator, {
  name: 'ConditionOperator',
  description:
    'How the values are compared. IN: any one of the values (a region includes its subdivisions, an industry section its divisions); NOT_IN: none of them; GTE / LTE: one number; BETWEEN: two numbers, inclusive; HAS: any one of the qualifications.',
  valuesConfig: {
    IN: { description: '属于' },
    NOT_IN: { description: '不属于' },
    GTE: { description: '不低于' },
    LTE: { description: '不高于' },
    BETWEEN: { description: '介于' },
    HAS: { description: '具有' },
  },
});

export enum ConditionOutcomeEnum {
  MET = 'MET',
  NOT_MET = 'NOT_MET',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(ConditionOutcomeEnum, {
  name: 'ConditionOutcome',
  description: 'Result of one condition for one enterprise (UNKNOWN: the enterprise profile lacks the data).',
  valuesConfig: { MET: { description: '符合' }, NOT_MET: { description: '不符合' }, UNKNOWN: { description: '无法判断' } },
});

export enum MatchVerdict {
  ELIGIBLE = 'ELIGIBLE',
  LIKELY = 'LIKELY',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
}
registerEnumType(MatchVerdict, {
  name: 'MatchVerdict',
  description: "Overall result of matching an enterprise against a policy (LIKELY: no condition unmet, some of the enterprise's data unknown).",
  valuesConfig: { ELIGIBLE: { description: '符合' }, LIKELY: { description: '可能符合（信息不全）' }, NOT_ELIGIBLE: { description: '不符合' } },
});

@ObjectType({ description: 'An eligibility condition decomposed from a policy (O1 拆解), pinned to its source sentence. Visible with the policy.' })
export class PolicyCondition {
  id!: string;
  policyId!: string;
  @Field(() => Int, { description: 'Order within the policy.' })
  position!: number;
  @Field(() => ConditionField, { description: 'Attribute tested.' })
  field!: ConditionField;
  @Field(() => ConditionOperator, { description: 'Comparison.' })
  operator!: ConditionOperator;
  @Field(() => [String], { description: 'Codes or numbers compared against (regions GB/T 2260, industries GB/T 4754, sizes, qualifications; money in 万元).' })
  values!: string[];
  @Field(() => Boolean, { description: 'Whether an enterprise can change this about itself (e.g. obtain a qualification).' })
  changeable!: boolean;
  @Field(() => String, { description: 'The sentence of the policy body the condition comes from.' })
  sourceSentence!: string;
}

@InputType({ description: 'One eligibility condition.' })
export class PolicyConditionInput {
  @Field(() => ConditionField, { description: 'Attribute tested.' })
  field!: ConditionField;
  @Field(() => ConditionOperator, { description: 'IN/NOT_IN/HAS for codes; GTE/LTE (one value) or BETWEEN (two) for numbers.' })
  operator!: ConditionOperator;
  @Field(() => [String], { description: '1–100 values of at most 30 characters.' })
  values!: string[];
  @Field(() => Boolean, { nullable: true, description: 'Whether the enterprise can change it (default false).' })
  changeable?: boolean | null;
  @Field(() => String, { description: 'Source sentence, copied from the policy body (at most 500 characters; must occur in the body).' })
  sourceSentence!: string;
}

@InputType({ description: 'Replace all eligibility conditions of a policy.' })
export class PolicyConditionsSetInput {
  @Field(() => ID, { description: 'Global id of the policy.' })
  policyId!: string;
  @Field(() => [PolicyConditionInput], { description: 'Conditions, at most 30 (all must hold).' })
  conditions!: PolicyConditionInput[];
}

@ObjectType({ description: 'One condition evaluated for the viewer’s enterprise.' })
export class ConditionResult {
  @Field(() => PolicyCondition, { description: 'The condition.' })
  condition!: PolicyCondition;
  @Field(() => ConditionOutcomeEnum, { description: 'Met, not met or unknown.' })
  outcome!: ConditionOutcomeEnum;
  @Field(() => String, { description: 'Plain Chinese reason.' })
  reason!: string;
}

@ObjectType({ description: 'A policy matched against the viewer’s enterprise (B2 精准匹配). Visible to members of that enterprise only.' })
export class PolicyMatch {
  policyId!: string;
  @Field(() => Policy, { description: 'The published policy.' })
  policy!: Policy;
  @Field(() => MatchVerdict, { description: 'Overall verdict.' })
  verdict!: MatchVerdict;
  @Field(() => String, { nullable: true, description: 'Nearest open application deadline from the policy’s guides, YYYY-MM-DD.' })
  deadline!: string | null;
  @Field(() => [ConditionResult], { description: 'Every condition with its outcome and reason.' })
  conditions!: ConditionResult[];
  @Field(() => [ConditionResult], {
    description:
      'What would make the enterprise eligible: unmet conditions it can change (outcome NOT_MET), then, unless an unchangeable condition already rules it out, the missing profile data to supply (outcome UNKNOWN, e.g. 补充研发投入占营业收入比例后可判断).',
  })
  improvements!: ConditionResult[];
}
