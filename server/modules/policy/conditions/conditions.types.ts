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
  QUALIFICATION_COUNT = 'QUALIFICATION_COUNT',
  CREDIT_RATING = 'CREDIT_RATING',
  MANUAL = 'MANUAL',
}
registerEnumType(ConditionField, {
  name: 'ConditionField',
  description:
    'Enterprise attribute an eligibility condition tests. Any profile field may be undeclared: the outcome is then UNKNOWN (补充…后可判断), never a 0. MANUAL: checked by hand (operator CHECK, one value: what to check), always UNKNOWN with 需人工核验. QUALIFICATION_COUNT: the declared count of a numeric catalogue kind (values: code, then the number(s); GTE, LTE or BETWEEN), held and valid today (a lapsed declaration counts 0), UNKNOWN while no count is declared.',
  valuesConfig: Object.fromEntries(Object.entries(FIELD_LABELS).map(([k, v]) => [k, { description: v }])),
});

export enum ConditionOperator {
  IN = 'IN',
  NOT_IN = 'NOT_IN',
  GTE = 'GTE',
  LTE = 'LTE',
  BETWEEN = 'BETWEEN',
  HAS = 'HAS',
  CHECK = 'CHECK',
}
registerEnumType(ConditionOperator, {
  name: 'ConditionOperator',
  description:
    'How the values are compared. IN: any one of the values (a region includes its subdivisions, an industry code every finer code under it); NOT_IN: none of them; GTE / LTE: one number; BETWEEN: two numbers, inclusive; HAS: any one of the qualifications (catalogue codes); CHECK: a MANUAL condition checked by hand.',
  valuesConfig: {
    IN: { description: '属于' },
    NOT_IN: { description: '不属于' },
    GTE: { description: '不低于' },
    LTE: { description: '不高于' },
    BETWEEN: { description: '介于' },
    HAS: { description: '具有' },
    CHECK: { description: '人工核验' },
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
  description:
    "Overall result of matching an enterprise against a policy (LIKELY: no condition unmet, but some of the enterprise's data unknown, a condition needs a manual check, a condition sentence is not decomposed, or the policy is not yet in force).",
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
  @Field(() => [String], {
    description:
      'Codes or numbers compared against (regions GB/T 2260; industries GB/T 4754-2017 as stored: section letter or 2–4 digits; sizes; qualification catalogue codes; money in 万元, R&D ratio in %), or for MANUAL the text of the check.',
  })
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
  @Field(() => [String], {
    description:
      '1–100 values of at most 30 characters. Industries accept C3421, 3421 or C (stored without the letter); RD_RATIO is a percentage (3 for 3%; a fraction such as 0.03 is refused); MANUAL: one text of at most 100 characters.',
  })
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
  @Field(() => [String], {
    nullable: true,
    description:
      'The sentences of the conditions section (at most 60, each in the body): those no condition is pinned to are named as not checked and keep verdicts at most LIKELY. Omitted: unchanged; empty: not marked.',
  })
  conditionSentences?: string[] | null;
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
  @Field(() => String, {
    nullable: true,
    description: 'The date the policy takes effect when later than today (即将施行), YYYY-MM-DD; the verdict is then at most LIKELY.',
  })
  upcomingFrom!: string | null;
  @Field(() => Int, { description: 'How many conditions were compared automatically (已比对 N 项条件; manual checks not counted).' })
  checkedCount!: number;
  @Field(() => [String], { description: 'Sentences of the conditions section that are not decomposed, so not checked; any makes the verdict at most LIKELY.' })
  uncheckedSentences!: string[];
  @Field(() => String, { description: 'Plain Chinese summary: 已比对 N 项条件, manual checks, sentences not checked, 即将施行.' })
  coverage!: string;
}
