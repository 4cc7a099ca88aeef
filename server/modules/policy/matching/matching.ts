/**
 * Precise matching (B2, P5): an enterprise profile against a policy's eligibility conditions. Pure: no I/O.
 * `conditionSql` states the same rules over the `enterprise` table for set-based fan-out; keep them in step.
 */
import { industryDivisions, industryName } from '../../../common/codes/industries.js';
import { qualificationLabel } from '../../../common/codes/qualifications.js';
import { regionName } from '../../../common/codes/regions.js';
import { pgArray } from '../../../db/sql.js';
import { SIZE_CLASS_NAMES } from '../../enterprise/index.js';
import { columns } from '../../../db/columns.js';

export type ConditionFieldName =
  'REGION' | 'INDUSTRY' | 'SIZE_CLASS' | 'AGE_YEARS' | 'EMPLOYEES' | 'REVENUE' | 'TOTAL_ASSETS' | 'RD_RATIO' | 'QUALIFICATION' | 'CREDIT_RATING';
export type ConditionOperatorName = 'IN' | 'NOT_IN' | 'GTE' | 'LTE' | 'BETWEEN' | 'HAS';
export type ConditionOutcome = 'MET' | 'NOT_MET' | 'UNKNOWN';
export type Verdict = 'ELIGIBLE' | 'LIKELY' | 'NOT_ELIGIBLE';

export const FIELD_LABELS: Record<ConditionFieldName, string> = {
  REGION: '注册地',
  INDUSTRY: '所属行业',
  SIZE_CLASS: '企业规模',
  AGE_YEARS: '成立年限（年）',
  EMPLOYEES: '从业人员（人）',
  REVENUE: '营业收入（万元）',
  TOTAL_ASSETS: '资产总额（万元）',
  RD_RATIO: '研发投入占营业收入比例（%）',
  QUALIFICATION: '企业资质',
  CREDIT_RATING: '纳税信用等级',
};
export const SET_FIELDS: ConditionFieldName[] = ['REGION', 'INDUSTRY', 'SIZE_CLASS', 'QUALIFICATION', 'CREDIT_RATING'];
export const NUMERIC_FIELDS: ConditionFieldName[] = ['AGE_YEARS', 'EMPLOYEES', 'REVENUE', 'TOTAL_ASSETS', 'RD_RATIO'];
export const SIZE_LABELS: Record<string, string> = SIZE_CLASS_NAMES;

export interface MatchCondition {
  id?: string;
  field: ConditionFieldName;
  operator: ConditionOperatorName;
  values: string[];
  changeable: boolean;
  sourceSentence: string;
}

/** What the profile knows; R&D ratio and tax credit grade are declared by the enterprise and may be missing (null → UNKNOWN). */
export interface MatchProfile {
  regionCode: string;
  industryCode: string;
  sizeClass: string;
  establishedOn: string;
  employees: number;
  revenue: number;
  totalAssets: number;
  qualifications: string[];
  rdRatio?: number | null;
  creditRating?: string | null;
}

export interface ConditionResult {
  condition: MatchCondition;
  outcome: ConditionOutcome;
  reason: string;
}

export interface MatchResult {
  verdict: Verdict;
  results: ConditionResult[];
  /** Unmet conditions the enterprise can change (what would make it eligible). */
  improvements: ConditionResult[];
}

/** The `MatchProfile` columns of `enterprise e` (R&D ratio and tax credit grade as declared; null: unknown). */
export const PROFILE_COLUMNS = columns('enterprise', {
  alias: 'e',
  only: ['regionCode', 'industryCode', 'sizeClass', 'establishedOn', 'employees', 'revenue', 'totalAssets', 'qualifications', 'rdRatio', 'taxCreditGrade'],
  as: { revenue: '%s::float8', totalAssets: '%s::float8', rdRatio: '%s::float8' },
  rename: { taxCreditGrade: 'creditRating' },
});

/** Codes a region value matches: the division itself, its city and its province. */
export function regionKeys(code: string): string[] {
  return [...new Set([code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`])];
}

/** Codes an industry value matches: every prefix from the division (2 digits) down, and the section letter. */
export function industryKeys(code: string): string[] {
  const keys: string[] = [];
  for (let n = 2; n <= code.length; n++) keys.push(code.slice(0, n));
  const section = sectionOf(code.slice(0, 2));
  if (section) keys.push(section);
  return keys;
}

function sectionOf(division: string): string | null {
  for (const letter of 'ABCDEFGHIJKLMNOPQRST') if (industryDivisions(letter).some((d) => d.code === division)) return letter;
  return null;
}

/** Full years between two YYYY-MM-DD dates. */
export function fullYears(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

function label(field: ConditionFieldName, value: string): string {
  if (field === 'REGION') return regionName(value) ?? value;
  if (field === 'INDUSTRY') return industryName(value.slice(0, 2)) ?? value;
  if (field === 'SIZE_CLASS') return SIZE_LABELS[value] ?? value;
  if (field === 'QUALIFICATION') return qualificationLabel(value) ?? value;
  if (field === 'CREDIT_RATING') return `${value}级`;
  return value;
}
const list = (field: ConditionFieldName, values: string[]) => values.map((v) => label(field, v)).join('、');

/**
 * What a profile says about each condition field, worked out once per request: the codes a set field
 * matches, or the number a numeric field compares (null: not in the profile, so UNKNOWN).
 */
export type ProfileFacts = Record<ConditionFieldName, readonly string[] | number | null>;

export function profileFacts(p: MatchProfile, today: string): ProfileFacts {
  return {
    REGION: regionKeys(p.regionCode),
    INDUSTRY: industryKeys(p.industryCode),
    SIZE_CLASS: [p.sizeClass],
    QUALIFICATION: p.qualifications,
    CREDIT_RATING: p.creditRating ? [p.creditRating] : null,
    AGE_YEARS: fullYears(p.establishedOn, today),
    EMPLOYEES: p.employees,
    REVENUE: p.revenue,
    TOTAL_ASSETS: p.totalAssets,
    RD_RATIO: p.rdRatio ?? null,
  };
}

/** The outcome of one condition for the facts: the one statement of the matching rules (reasons are built on it). */
export function conditionOutcome(c: MatchCondition, facts: ProfileFacts): ConditionOutcome {
  const fact = facts[c.field];
  if (fact === null || fact === undefined) return 'UNKNOWN';
  if (typeof fact === 'number') {
    const a = Number(c.values[0]);
    const ok = c.operator === 'GTE' ? fact >= a : c.operator === 'LTE' ? fact <= a : fact >= a && fact <= Number(c.values[1]);
    return ok ? 'MET' : 'NOT_MET';
  }
  const hit = c.values.some((v) => fact.includes(v));
  return hit === (c.operator !== 'NOT_IN') ? 'MET' : 'NOT_MET';
}

/**
 * The verdict alone, without reasons (the ranking pass over every policy): null when an unchangeable
 * condition is not met, so the policy is out of reach and never listed.
 */
export function verdictOf(conditions: readonly MatchCondition[], facts: ProfileFacts): Verdict | null {
  let verdict: Verdict = 'ELIGIBLE';
  for (const c of conditions) {
    const outcome = conditionOutcome(c, facts);
    if (outcome === 'NOT_MET') {
      if (!c.changeable) return null;
      verdict = 'NOT_ELIGIBLE';
    } else if (outcome === 'UNKNOWN' && verdict === 'ELIGIBLE') verdict = 'LIKELY';
  }
  return verdict;
}

function ownValue(field: ConditionFieldName, p: MatchProfile): string {
  if (field === 'REGION') return regionName(p.regionCode) ?? p.regionCode;
  if (field === 'INDUSTRY') return industryName(p.industryCode.slice(0, 2)) ?? p.industryCode;
  if (field === 'SIZE_CLASS') return SIZE_LABELS[p.sizeClass] ?? p.sizeClass;
  if (field === 'QUALIFICATION') return p.qualifications.length ? list('QUALIFICATION', p.qualifications) : '暂无认定资质';
  return p.creditRating ? `${p.creditRating}级` : '';
}

export function evaluateCondition(c: MatchCondition, p: MatchProfile, today: string, facts = profileFacts(p, today)): ConditionResult {
  const name = FIELD_LABELS[c.field];
  const outcome = conditionOutcome(c, facts);
  const verdict = outcome === 'MET' ? '符合' : '不符合';
  if (NUMERIC_FIELDS.includes(c.field)) {
    const [a, b] = c.values.map(Number);
    const want = c.operator === 'GTE' ? `不低于${a}` : c.operator === 'LTE' ? `不高于${a}` : `在${a}至${b}之间`;
    if (outcome === 'UNKNOWN') return { condition: c, outcome, reason: `${name}要求${want}，企业画像中暂无该数据，请以申报材料为准` };
    return { condition: c, outcome, reason: `${name}要求${want}，企业为${facts[c.field]}，${verdict}` };
  }
  const wanted = list(c.field, c.values);
  if (outcome === 'UNKNOWN') return { condition: c, outcome, reason: `${name}要求为${wanted}，企业画像中暂无该数据，请以申报材料为准` };
  const own = ownValue(c.field, p);
  if (c.operator === 'NOT_IN') return { condition: c, outcome, reason: `${name}不得为${wanted}，企业为${own}，${verdict}` };
  return { condition: c, outcome, reason: `${name}要求为${wanted}，企业为${own}，${verdict}` };
}

export function evaluatePolicy(conditions: readonly MatchCondition[], p: MatchProfile, today: string, facts = profileFacts(p, today)): MatchResult {
  const results = conditions.map((c) => evaluateCondition(c, p, today, facts));
  const verdict: Verdict = results.some((r) => r.outcome === 'NOT_MET') ? 'NOT_ELIGIBLE' : results.some((r) => r.outcome === 'UNKNOWN') ? 'LIKELY' : 'ELIGIBLE';
  const improvements = results.filter((r) => r.outcome === 'NOT_MET' && r.condition.changeable);
  // Supplying missing data helps only when no unchangeable condition already rules the enterprise out.
  if (!results.some((r) => r.outcome === 'NOT_MET' && !r.condition.changeable)) {
    for (const r of results) if (r.outcome === 'UNKNOWN') improvements.push({ ...r, reason: supplyReason(r.condition) });
  }
  return { verdict, results, improvements };
}

/** "What would make you eligible" for an UNKNOWN condition: which profile data to supply, and what it must show. */
export function supplyReason(c: MatchCondition): string {
  const name = FIELD_LABELS[c.field].replace(/（[^）]*）$/, '');
  const [a, b] = c.values;
  const want = NUMERIC_FIELDS.includes(c.field)
    ? c.operator === 'GTE'
      ? `不低于${a}`
      : c.operator === 'LTE'
        ? `不高于${a}`
        : `在${a}至${b}之间`
    : `${c.operator === 'NOT_IN' ? '不得为' : '为'}${list(c.field, c.values)}`;
  return `补充${name}后可判断（要求${want}）`;
}

const VERDICT_RANK: Record<Verdict, number> = { ELIGIBLE: 0, LIKELY: 1, NOT_ELIGIBLE: 2 };

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Ranks by verdict, then the nearest application deadline (none last), then newest publication, then id (stable pages). */
export function compareMatches(
  a: { id: string; verdict: Verdict; deadline: string | null; publishedOn: string | null },
  b: { id: string; verdict: Verdict; deadline: string | null; publishedOn: string | null },
): number {
  return (
    VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] ||
    order(a.deadline ?? '9999-12-31', b.deadline ?? '9999-12-31') ||
    order(b.publishedOn ?? '', a.publishedOn ?? '') ||
    order(a.id, b.id)
  );
}

/** Industry values with section letters expanded into their divisions (for SQL over enterprise codes). */
function expandIndustries(values: string[]): string[] {
  return [...new Set(values.flatMap((v) => (/^[A-T]$/.test(v) ? industryDivisions(v).map((d) => d.code) : [v])))];
}

/**
 * The condition as SQL over `enterprise e`: true when the condition is MET or UNKNOWN (not NOT_MET).
 * Appends its parameters to `params` (MikroORM `?` placeholders).
 */
export function conditionSql(c: MatchCondition, params: unknown[], today: string): string {
  const arr = (values: string[]) => (params.push(pgArray(values)), '?::text[]');
  const num = (v: string) => (params.push(Number(v)), '?::numeric');
  let positive: string;
  switch (c.field) {
    case 'REGION': {
      // each placeholder binds its own copy: MikroORM placeholders are positional
      const k = () => arr(c.values);
      positive = `(e.region_code = any(${k()}) or left(e.region_code, 4) || '00' = any(${k()}) or left(e.region_code, 2) || '0000' = any(${k()}))`;
      break;
    }
    case 'INDUSTRY': {
      const k = () => arr(expandIndustries(c.values));
      positive = `(left(e.industry_code, 2) = any(${k()}) or left(e.industry_code, 3) = any(${k()}) or e.industry_code = any(${k()}))`;
      break;
    }
    case 'SIZE_CLASS':
      positive = `e.size_class = any(${arr(c.values)})`;
      break;
    case 'QUALIFICATION':
      positive = `e.qualifications && ${arr(c.values)}`;
      break;
    case 'CREDIT_RATING':
      // not declared: UNKNOWN, which never excludes
      return `(e.tax_credit_grade is null or ${c.operator === 'NOT_IN' ? 'not ' : ''}e.tax_credit_grade = any(${arr(c.values)}))`;
    default: {
      let column: string;
      if (c.field === 'AGE_YEARS') {
        params.push(today);
        column = 'extract(year from age(?::date, e.established_on))';
      } else
        column = c.field === 'EMPLOYEES' ? 'e.employees' : c.field === 'REVENUE' ? 'e.revenue' : c.field === 'TOTAL_ASSETS' ? 'e.total_assets' : 'e.rd_ratio';
      // a declared value that may be missing (R&D ratio): null is UNKNOWN, which never excludes
      const unknown = c.field === 'RD_RATIO' ? `${column} is null or ` : '';
      if (c.operator === 'GTE') return `(${unknown}${column} >= ${num(c.values[0])})`;
      if (c.operator === 'LTE') return `(${unknown}${column} <= ${num(c.values[0])})`;
      const lo = num(c.values[0]);
      return `(${unknown}${column} between ${lo} and ${num(c.values[1])})`;
    }
  }
  return c.operator === 'NOT_IN' ? `not ${positive}` : positive;
}
