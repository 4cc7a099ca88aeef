/**
 * Precise matching (B2, P5): an enterprise profile against a policy's eligibility conditions. Pure: no I/O.
 * `conditionSql` states the same rules over the `enterprise` table for set-based fan-out; keep them in step.
 */
import { industryAncestors, industryDivisions, industryName, industrySection } from '../../../common/codes/industries.js';
import { qualificationLabel, qualificationUnit } from '../../../common/codes/qualifications.js';
import { regionName } from '../../../common/codes/regions.js';
import { pgArray } from '../../../db/sql.js';
import { SIZE_CLASS_NAMES } from '../../enterprise/index.js';
import { columns } from '../../../db/columns.js';

export type ConditionFieldName =
  | 'REGION'
  | 'INDUSTRY'
  | 'SIZE_CLASS'
  | 'AGE_YEARS'
  | 'EMPLOYEES'
  | 'REVENUE'
  | 'TOTAL_ASSETS'
  | 'RD_RATIO'
  | 'QUALIFICATION'
  | 'QUALIFICATION_COUNT'
  | 'CREDIT_RATING'
  | 'MANUAL';
export type ConditionOperatorName = 'IN' | 'NOT_IN' | 'GTE' | 'LTE' | 'BETWEEN' | 'HAS' | 'CHECK';
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
  QUALIFICATION_COUNT: '资质数量（如有效发明专利项数）',
  CREDIT_RATING: '纳税信用等级',
  MANUAL: '人工核验条件',
};
/** The unit a numeric field's values and the enterprise's value are written with in reasons. */
export const FIELD_UNITS: Partial<Record<ConditionFieldName, string>> = {
  AGE_YEARS: '年',
  EMPLOYEES: '人',
  REVENUE: '万元',
  TOTAL_ASSETS: '万元',
  RD_RATIO: '%',
};
export const SET_FIELDS: ConditionFieldName[] = ['REGION', 'INDUSTRY', 'SIZE_CLASS', 'QUALIFICATION', 'CREDIT_RATING'];
export const NUMERIC_FIELDS: ConditionFieldName[] = ['AGE_YEARS', 'EMPLOYEES', 'REVENUE', 'TOTAL_ASSETS', 'RD_RATIO'];
export const SIZE_LABELS: Record<string, string> = SIZE_CLASS_NAMES;
/** The source of a profile field, as reasons name it. */
export const SOURCE_LABELS: Record<string, string> = { SELF_DECLARED: '企业自报', OPERATOR_VERIFIED: '运营方核实', IMPORTED: '批量导入' };

export interface MatchCondition {
  id?: string;
  field: ConditionFieldName;
  operator: ConditionOperatorName;
  values: string[];
  changeable: boolean;
  sourceSentence: string;
}

/**
 * What the profile knows. Every field but the region and industry may be undeclared (null: UNKNOWN, never 0 or
 * "holds none"); `sizeClasses` are the classes still possible from the declared indicators (one: decided).
 */
export interface MatchProfile {
  regionCode: string;
  industryCode: string;
  sizeClasses: string[];
  establishedOn: string | null;
  employees: number | null;
  revenue: number | null;
  totalAssets: number | null;
  /** Qualification codes declared (null: the list was never declared). */
  qualifications: string[] | null;
  /**
   * Declared qualifications with an end of validity or a count: [code, valid to, count]. Lapsed ones (validity ended
   * before today, or a count of 0) are not held; a count is what a QUALIFICATION_COUNT condition compares (0 once lapsed).
   */
  qualificationTerms?: [string, string | null, number | null][] | null;
  rdRatio?: number | null;
  creditRating?: string | null;
  /** Per profile field (camelCase column name): SELF_DECLARED, OPERATOR_VERIFIED or IMPORTED. */
  fieldSources?: Record<string, string> | null;
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

/** The `MatchProfile` columns of `enterprise e` (null: undeclared, so UNKNOWN). */
export const PROFILE_COLUMNS =
  columns('enterprise', {
    alias: 'e',
    only: [
      'regionCode',
      'industryCode',
      'sizeClasses',
      'establishedOn',
      'employees',
      'revenue',
      'totalAssets',
      'qualifications',
      'rdRatio',
      'taxCreditGrade',
      'fieldSources',
    ],
    as: { revenue: '%s::float8', totalAssets: '%s::float8', rdRatio: '%s::float8' },
    rename: { taxCreditGrade: 'creditRating' },
  }) +
  `, (select json_agg(json_build_array(q.code, to_char(q.valid_to, 'YYYY-MM-DD'), q.count)) from enterprise_qualification q
       where q.enterprise_id = e.id and (q.valid_to is not null or q.count is not null)) as "qualificationTerms"`;

/** Codes a region value matches: the division itself, its city and its province. */
export function regionKeys(code: string): string[] {
  return [...new Set([code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`])];
}

/** Codes an industry value matches: its section letter and every level from the division down to itself. */
export function industryKeys(code: string): string[] {
  return industryAncestors(code);
}

/** Full years between two YYYY-MM-DD dates. */
export function fullYears(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

function label(field: ConditionFieldName, value: string): string {
  if (field === 'REGION') return regionName(value) ?? value;
  if (field === 'INDUSTRY') return industryName(value) ?? value;
  if (field === 'SIZE_CLASS') return SIZE_LABELS[value] ?? value;
  if (field === 'QUALIFICATION') return qualificationLabel(value) ?? value;
  if (field === 'CREDIT_RATING') return `${value}级`;
  return value;
}
const list = (field: ConditionFieldName, values: readonly string[]) => values.map((v) => label(field, v)).join('、');
const plainName = (field: ConditionFieldName) => FIELD_LABELS[field].replace(/（[^）]*）$/, '');
/** 有效发明专利数量 */
const countName = (c: MatchCondition) => `${qualificationLabel(c.values[0]) ?? c.values[0]}数量`;

/**
 * What a profile says about each condition field, worked out once per request: the codes a set field
 * matches, or the number a numeric field compares (null: not in the profile, so UNKNOWN). SIZE_CLASS holds the
 * classes still possible; INDUSTRY the enterprise's code and its ancestors (a condition on a finer code is UNKNOWN).
 */
export type ProfileFacts = Record<Exclude<ConditionFieldName, 'QUALIFICATION_COUNT'>, readonly string[] | number | null> & {
  /** Declared counts of numeric kinds, valid today (a lapsed declaration counts 0); a code not here: UNKNOWN. */
  QUALIFICATION_COUNT: ReadonlyMap<string, number>;
};

export function profileFacts(p: MatchProfile, today: string): ProfileFacts {
  const terms = p.qualificationTerms ?? [];
  const lapsed = terms.filter(([, to, count]) => (to !== null && to < today) || count === 0).map(([code]) => code);
  const counts = new Map<string, number>();
  for (const [code, to, count] of terms) if (count !== null) counts.set(code, to !== null && to < today ? 0 : count);
  return {
    QUALIFICATION_COUNT: counts,
    REGION: regionKeys(p.regionCode),
    INDUSTRY: industryKeys(p.industryCode),
    SIZE_CLASS: p.sizeClasses.length ? p.sizeClasses : null,
    QUALIFICATION: p.qualifications ? (lapsed.length ? p.qualifications.filter((q) => !lapsed.includes(q)) : p.qualifications) : null,
    CREDIT_RATING: p.creditRating ? [p.creditRating] : null,
    AGE_YEARS: p.establishedOn ? fullYears(p.establishedOn, today) : null,
    EMPLOYEES: p.employees ?? null,
    REVENUE: p.revenue ?? null,
    TOTAL_ASSETS: p.totalAssets ?? null,
    RD_RATIO: p.rdRatio ?? null,
    MANUAL: null,
  };
}

/** The outcome of one condition for the facts: the one statement of the matching rules (reasons are built on it). */
export function conditionOutcome(c: MatchCondition, facts: ProfileFacts): ConditionOutcome {
  if (c.field === 'QUALIFICATION_COUNT') {
    // values: [code, n] (BETWEEN: [code, lo, hi]); a count never declared is UNKNOWN, never 0
    const n = facts.QUALIFICATION_COUNT.get(c.values[0]);
    if (n === undefined) return 'UNKNOWN';
    const a = Number(c.values[1]);
    const ok = c.operator === 'GTE' ? n >= a : c.operator === 'LTE' ? n <= a : n >= a && n <= Number(c.values[2]);
    return ok ? 'MET' : 'NOT_MET';
  }
  const fact = facts[c.field];
  if (fact === null || fact === undefined) return 'UNKNOWN';
  if (typeof fact === 'number') {
    const a = Number(c.values[0]);
    const ok = c.operator === 'GTE' ? fact >= a : c.operator === 'LTE' ? fact <= a : fact >= a && fact <= Number(c.values[1]);
    return ok ? 'MET' : 'NOT_MET';
  }
  const positive = c.operator !== 'NOT_IN';
  if (c.field === 'SIZE_CLASS') {
    // the classes still possible: decided only when all of them agree
    let inside = 0;
    for (const s of fact) if (c.values.includes(s)) inside++;
    if (inside === fact.length) return positive ? 'MET' : 'NOT_MET';
    if (inside === 0) return positive ? 'NOT_MET' : 'MET';
    return 'UNKNOWN';
  }
  if (c.values.some((v) => fact.includes(v))) return positive ? 'MET' : 'NOT_MET';
  // an industry declared coarser than the condition (C, and the condition names 3421): cannot tell
  if (c.field === 'INDUSTRY') {
    const own = fact[fact.length - 1]!;
    if (c.values.some((v) => (own.length === 1 ? industryAncestors(v)[0] === own : v.length > own.length && v.startsWith(own)))) return 'UNKNOWN';
  }
  return positive ? 'NOT_MET' : 'MET';
}

/** The verdict a policy can have at most today: LIKELY when it is not yet in force or has condition sentences not checked. */
export interface VerdictCap {
  effectiveFrom?: string | null;
  unchecked?: readonly string[];
}
export const capped = (cap: VerdictCap, today: string) => !!cap.unchecked?.length || (!!cap.effectiveFrom && cap.effectiveFrom > today);

/**
 * The verdict alone, without reasons (the ranking pass over every policy): null when an unchangeable
 * condition is not met, so the policy is out of reach and never listed (unless `all`).
 */
export function verdictOf(conditions: readonly MatchCondition[], facts: ProfileFacts, atMostLikely = false): Verdict | null {
  let verdict: Verdict = atMostLikely ? 'LIKELY' : 'ELIGIBLE';
  for (const c of conditions) {
    const outcome = conditionOutcome(c, facts);
    if (outcome === 'NOT_MET') {
      if (!c.changeable) return null;
      verdict = 'NOT_ELIGIBLE';
    } else if (outcome === 'UNKNOWN' && verdict === 'ELIGIBLE') verdict = 'LIKELY';
  }
  return verdict;
}

const PROFILE_FIELD: Partial<Record<ConditionFieldName, string>> = {
  REGION: 'regionCode',
  INDUSTRY: 'industryCode',
  SIZE_CLASS: 'sizeClass',
  AGE_YEARS: 'establishedOn',
  EMPLOYEES: 'employees',
  REVENUE: 'revenue',
  TOTAL_ASSETS: 'totalAssets',
  RD_RATIO: 'rdRatio',
  QUALIFICATION: 'qualifications',
  QUALIFICATION_COUNT: 'qualifications',
  CREDIT_RATING: 'taxCreditGrade',
};

/** Which source the value used came from: （企业自报）, （运营方核实）, （批量导入）. */
function sourceOf(field: ConditionFieldName, p: MatchProfile): string {
  const key = PROFILE_FIELD[field];
  const source = (key && p.fieldSources?.[key]) || 'SELF_DECLARED';
  return `（${SOURCE_LABELS[source] ?? SOURCE_LABELS.SELF_DECLARED}）`;
}

function ownValue(field: ConditionFieldName, p: MatchProfile, facts: ProfileFacts, c?: MatchCondition): string {
  if (field === 'QUALIFICATION_COUNT' && c) return `${facts.QUALIFICATION_COUNT.get(c.values[0])}${countUnit(c.values[0])}`;
  if (field === 'REGION') return regionName(p.regionCode) ?? p.regionCode;
  if (field === 'INDUSTRY') return industryName(p.industryCode) ?? p.industryCode;
  if (field === 'SIZE_CLASS') return p.sizeClasses.map((s) => SIZE_LABELS[s] ?? s).join('或');
  if (field === 'QUALIFICATION') {
    const held = facts.QUALIFICATION as readonly string[];
    return held.length ? list('QUALIFICATION', held) : '暂无有效资质';
  }
  if (NUMERIC_FIELDS.includes(field)) return `${facts[field]}${FIELD_UNITS[field]}`;
  return p.creditRating ? `${p.creditRating}级` : '';
}

const countUnit = (code: string) => qualificationUnit(code) ?? '项';

/** What a condition asks for, in words with units: 不低于3%, 不得为C级、D级, 为合肥市, 不低于3项. */
function wanted(c: MatchCondition): string {
  if (c.field === 'QUALIFICATION_COUNT') {
    const unit = countUnit(c.values[0]);
    const [, a, b] = c.values;
    return c.operator === 'GTE' ? `不低于${a}${unit}` : c.operator === 'LTE' ? `不高于${a}${unit}` : `在${a}${unit}至${b}${unit}之间`;
  }
  if (NUMERIC_FIELDS.includes(c.field)) {
    const unit = FIELD_UNITS[c.field] ?? '';
    const [a, b] = c.values;
    return c.operator === 'GTE' ? `不低于${a}${unit}` : c.operator === 'LTE' ? `不高于${a}${unit}` : `在${a}${unit}至${b}${unit}之间`;
  }
  return `${c.operator === 'NOT_IN' ? '不得为' : '为'}${list(c.field, c.values)}`;
}

export function evaluateCondition(c: MatchCondition, p: MatchProfile, today: string, facts = profileFacts(p, today)): ConditionResult {
  if (c.field === 'MANUAL') return { condition: c, outcome: 'UNKNOWN', reason: `需人工核验：${c.values[0]}（平台无法自动判断，请以审核结果为准）` };
  const name = c.field === 'QUALIFICATION_COUNT' ? countName(c) : plainName(c.field);
  const outcome = conditionOutcome(c, facts);
  const want = wanted(c);
  // 营业收入要求不低于2000万元 / 注册地要求为合肥市 / 纳税信用等级不得为C级、D级
  const ask = `${name}${c.operator === 'NOT_IN' ? '' : '要求'}${want}`;
  if (outcome === 'UNKNOWN') {
    if (c.field === 'QUALIFICATION_COUNT' || facts[c.field] === null) return { condition: c, outcome, reason: `${ask}，企业未申报该信息，${supplyReason(c)}` };
    return { condition: c, outcome, reason: `${ask}，企业为${ownValue(c.field, p, facts)}${sourceOf(c.field, p)}，尚无法判断，请以申报材料为准` };
  }
  return {
    condition: c,
    outcome,
    reason: `${ask}，企业为${ownValue(c.field, p, facts, c)}${sourceOf(c.field, p)}，${outcome === 'MET' ? '符合' : '不符合'}`,
  };
}

export function evaluatePolicy(
  conditions: readonly MatchCondition[],
  p: MatchProfile,
  today: string,
  facts = profileFacts(p, today),
  atMostLikely = false,
): MatchResult {
  const results = conditions.map((c) => evaluateCondition(c, p, today, facts));
  const verdict: Verdict = results.some((r) => r.outcome === 'NOT_MET')
    ? 'NOT_ELIGIBLE'
    : atMostLikely || results.some((r) => r.outcome === 'UNKNOWN')
      ? 'LIKELY'
      : 'ELIGIBLE';
  const improvements = results.filter((r) => r.outcome === 'NOT_MET' && r.condition.changeable);
  // Supplying missing data helps only when no unchangeable condition already rules the enterprise out.
  if (!results.some((r) => r.outcome === 'NOT_MET' && !r.condition.changeable)) {
    for (const r of results) if (r.outcome === 'UNKNOWN' && r.condition.field !== 'MANUAL') improvements.push({ ...r, reason: supplyReason(r.condition) });
  }
  return { verdict, results, improvements };
}

/** "What would make you eligible" for an UNKNOWN condition: which profile data to supply, and what it must show. */
export function supplyReason(c: MatchCondition): string {
  const name =
    c.field === 'SIZE_CLASS'
      ? '从业人员、营业收入和资产总额'
      : c.field === 'INDUSTRY'
        ? '行业小类'
        : c.field === 'QUALIFICATION_COUNT'
          ? countName(c)
          : plainName(c.field);
  return `补充${name}后可判断（要求${wanted(c)}）`;
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

/**
 * The condition as SQL over `enterprise e`: true when the condition is MET or UNKNOWN (not NOT_MET).
 * Appends its parameters to `params` (MikroORM `?` placeholders). Undeclared fields (null) are UNKNOWN and never
 * exclude; a declared qualification whose validity ended before `today` (or with a count of 0) is not held, and a
 * count condition compares the declared count (0 once lapsed), as `profileFacts` does.
 */
export function conditionSql(c: MatchCondition, params: unknown[], today: string): string {
  const arr = (values: string[]) => (params.push(pgArray(values)), '?::text[]');
  const num = (v: string) => (params.push(Number(v)), '?::numeric');
  const not = c.operator === 'NOT_IN' ? 'not ' : '';
  switch (c.field) {
    case 'MANUAL':
      return 'true';
    case 'REGION': {
      // each placeholder binds its own copy: MikroORM placeholders are positional
      const k = () => arr(c.values);
      return `${not}(e.region_code = any(${k()}) or left(e.region_code, 4) || '00' = any(${k()}) or left(e.region_code, 2) || '0000' = any(${k()}))`;
    }
    case 'INDUSTRY': {
      const { hit, coarser } = industrySql(c.values, arr);
      return c.operator === 'NOT_IN' ? `not ${hit()}` : `(${hit()} or ${coarser()})`;
    }
    case 'SIZE_CLASS':
      // possible classes: MET or UNKNOWN when any possible class is inside (NOT_IN: any outside); none known: UNKNOWN
      return c.operator === 'NOT_IN'
        ? `(cardinality(e.size_classes) = 0 or not e.size_classes <@ ${arr(c.values)})`
        : `(cardinality(e.size_classes) = 0 or e.size_classes && ${arr(c.values)})`;
    case 'QUALIFICATION':
      return `(e.qualifications is null or ${not}${heldSql(arr(c.values), params, today)})`;
    case 'QUALIFICATION_COUNT': {
      params.push(today);
      const count = `(select case when q.valid_to < ?::date then 0 else q.count end from enterprise_qualification q
                       where q.enterprise_id = e.id and q.code = ${(params.push(c.values[0]), '?')} and q.count is not null)`;
      if (c.operator === 'GTE') return `coalesce(${count} >= ${num(c.values[1])}, true)`;
      if (c.operator === 'LTE') return `coalesce(${count} <= ${num(c.values[1])}, true)`;
      const lo = num(c.values[1]);
      return `coalesce(${count} between ${lo} and ${num(c.values[2])}, true)`;
    }
    case 'CREDIT_RATING':
      return `(e.tax_credit_grade is null or ${not}e.tax_credit_grade = any(${arr(c.values)}))`;
    default: {
      let column: string;
      if (c.field === 'AGE_YEARS') {
        params.push(today);
        column = 'extract(year from age(?::date, e.established_on))';
      } else
        column = c.field === 'EMPLOYEES' ? 'e.employees' : c.field === 'REVENUE' ? 'e.revenue' : c.field === 'TOTAL_ASSETS' ? 'e.total_assets' : 'e.rd_ratio';
      const unknown = `${c.field === 'AGE_YEARS' ? 'e.established_on' : column} is null or `;
      if (c.operator === 'GTE') return `(${unknown}${column} >= ${num(c.values[0])})`;
      if (c.operator === 'LTE') return `(${unknown}${column} <= ${num(c.values[0])})`;
      const lo = num(c.values[0]);
      return `(${unknown}${column} between ${lo} and ${num(c.values[1])})`;
    }
  }
}

/** Holds one of the codes (bound as `codes`) and its declaration has not lapsed by `today`. */
function heldSql(codes: string, params: unknown[], today: string): string {
  params.push(today);
  return `exists (select 1 from unnest(e.qualifications) h where h = any(${codes}) and not exists (
            select 1 from enterprise_qualification q where q.enterprise_id = e.id and q.code = h and (q.valid_to < ?::date or q.count = 0)))`;
}

/**
 * Industry codes as SQL over `e.industry_code` (which holds a section letter or a 2–4 digit code): `hit` when
 * the enterprise's code or an ancestor is among the values; `coarser` when the enterprise's code is coarser than a
 * value it could contain (C against 3421, 34 against 3421), which leaves the outcome UNKNOWN.
 */
function industrySql(values: string[], arr: (v: string[]) => string): { hit: () => string; coarser: () => string } {
  const sections = values.filter((v) => v.length === 1);
  const codes = values.filter((v) => v.length > 1);
  const codeSections = [...new Set(codes.map((v) => industrySection(v) ?? ''))];
  return {
    hit: () => `(e.industry_code = any(${arr(values)}) or left(e.industry_code, 2) = any(${arr(codes)}) or left(e.industry_code, 3) = any(${arr(codes)})
            or left(e.industry_code, 2) = any(${arr(expandIndustries(sections))}))`,
    coarser: () =>
      `(e.industry_code = any(${arr(codeSections)}) or exists (select 1 from unnest(${arr(codes)}) v where length(v) > length(e.industry_code) and v like e.industry_code || '%'))`,
  };
}

/**
 * True when the profile decides the condition (its outcome is not UNKNOWN), as SQL over `enterprise e`; with
 * `conditionSql`: MET = both, UNKNOWN = conditionSql and not this, NOT_MET = not conditionSql.
 */
export function conditionKnownSql(c: MatchCondition, params: unknown[]): string {
  const arr = (values: string[]) => (params.push(pgArray(values)), '?::text[]');
  switch (c.field) {
    case 'MANUAL':
      return 'false';
    case 'REGION':
      return 'true';
    case 'INDUSTRY': {
      const { hit, coarser } = industrySql(c.values, arr);
      return `(${hit()} or not ${coarser()})`;
    }
    case 'SIZE_CLASS':
      return `(cardinality(e.size_classes) > 0 and (e.size_classes <@ ${arr(c.values)} or not e.size_classes && ${arr(c.values)}))`;
    case 'QUALIFICATION':
      return 'e.qualifications is not null';
    case 'QUALIFICATION_COUNT':
      return `exists (select 1 from enterprise_qualification q where q.enterprise_id = e.id and q.code = ${(params.push(c.values[0]), '?')} and q.count is not null)`;
    case 'CREDIT_RATING':
      return 'e.tax_credit_grade is not null';
    case 'AGE_YEARS':
      return 'e.established_on is not null';
    default:
      return `e.${c.field === 'EMPLOYEES' ? 'employees' : c.field === 'REVENUE' ? 'revenue' : c.field === 'TOTAL_ASSETS' ? 'total_assets' : 'rd_ratio'} is not null`;
  }
}

/** Industry section letters expanded into their divisions (for SQL over enterprise codes). */
function expandIndustries(values: string[]): string[] {
  return [...new Set(values.flatMap((v) => industryDivisions(v).map((d) => d.code)))];
}
