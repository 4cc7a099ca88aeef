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
  /** The same facts by field slot, as the compiled conditions read them. */
  slots: FactSlots;
};

/** Field slots of compiled conditions: set fields first, then numeric ones, then the two special kinds. */
const SLOT: Record<ConditionFieldName, number> = {
  REGION: 0,
  INDUSTRY: 1,
  SIZE_CLASS: 2,
  QUALIFICATION: 3,
  CREDIT_RATING: 4,
  AGE_YEARS: 5,
  EMPLOYEES: 6,
  REVENUE: 7,
  TOTAL_ASSETS: 8,
  RD_RATIO: 9,
  QUALIFICATION_COUNT: 10,
  MANUAL: 11,
};
const SLOT_FIELDS = Object.keys(SLOT) as ConditionFieldName[];

/** Profile facts by slot: two monomorphic arrays (sets, numbers) and the declared counts. */
export class FactSlots {
  constructor(
    readonly sets: (readonly string[] | null)[],
    readonly nums: (number | null)[],
    readonly counts: ReadonlyMap<string, number>,
  ) {}
}

export function profileFacts(p: MatchProfile, today: string): ProfileFacts {
  const terms = p.qualificationTerms ?? [];
  const lapsed = terms.filter(([, to, count]) => (to !== null && to < today) || count === 0).map(([code]) => code);
  const counts = new Map<string, number>();
  for (const [code, to, count] of terms) if (count !== null) counts.set(code, to !== null && to < today ? 0 : count);
  const facts: Omit<ProfileFacts, 'slots'> = {
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
  const sets: (readonly string[] | null)[] = [];
  const nums: (number | null)[] = [];
  for (const f of SLOT_FIELDS) {
    const v = f === 'QUALIFICATION_COUNT' ? null : facts[f];
    sets.push(Array.isArray(v) ? v : null);
    nums.push(typeof v === 'number' ? v : null);
  }
  return { ...facts, slots: new FactSlots(sets, nums, counts) };
}

const MET = 0;
const NOT_MET = 1;
const UNKNOWN = 2;
const OUTCOMES: readonly ConditionOutcome[] = ['MET', 'NOT_MET', 'UNKNOWN'];
const Kind = { SET: 0, SIZE: 1, INDUSTRY: 2, NUMBER: 3, COUNT: 4, MANUAL: 5 } as const;
const Op = { GTE: 0, LTE: 1, BETWEEN: 2 } as const;

/**
 * A condition prepared once (per rulebook load) for the ranking pass over every policy: its field as a slot, its
 * bounds as numbers, industry values with their section letters. Every instance has the same shape.
 */
export class CompiledCondition {
  readonly slot: number;
  readonly kind: number;
  readonly op: number;
  readonly positive: boolean;
  readonly values: readonly string[];
  /** Bounds of a numeric or count condition (NaN when absent, which compares false as `Number(undefined)` did). */
  readonly a: number;
  readonly b: number;
  /** The qualification code a count condition counts. */
  readonly code: string;
  /** INDUSTRY: the section letter of each value. */
  readonly sections: readonly (string | undefined)[];
  readonly changeable: boolean;

  constructor(c: MatchCondition) {
    const f = c.field;
    this.slot = SLOT[f] ?? SLOT.MANUAL;
    this.kind =
      f === 'MANUAL' || this.slot === SLOT.MANUAL
        ? Kind.MANUAL
        : f === 'QUALIFICATION_COUNT'
          ? Kind.COUNT
          : this.slot >= SLOT.AGE_YEARS
            ? Kind.NUMBER
            : f === 'SIZE_CLASS'
              ? Kind.SIZE
              : f === 'INDUSTRY'
                ? Kind.INDUSTRY
                : Kind.SET;
    this.op = c.operator === 'GTE' ? Op.GTE : c.operator === 'LTE' ? Op.LTE : Op.BETWEEN;
    this.positive = c.operator !== 'NOT_IN';
    this.values = c.values;
    const bounds = this.kind === Kind.COUNT ? 1 : 0;
    this.a = Number(c.values[bounds]);
    this.b = Number(c.values[bounds + 1]);
    this.code = this.kind === Kind.COUNT ? c.values[0] : '';
    this.sections = this.kind === Kind.INDUSTRY ? c.values.map((v) => industryAncestors(v)[0]) : [];
    this.changeable = c.changeable;
  }
}

function compare(n: number, c: CompiledCondition): number {
  const ok = c.op === Op.GTE ? n >= c.a : c.op === Op.LTE ? n <= c.a : n >= c.a && n <= c.b;
  return ok ? MET : NOT_MET;
}

/** The outcome of one compiled condition (MET 0, NOT_MET 1, UNKNOWN 2): the one statement of the matching rules. */
function outcomeOf(c: CompiledCondition, f: FactSlots): number {
  switch (c.kind) {
    case Kind.MANUAL:
      return UNKNOWN;
    case Kind.NUMBER: {
      const n = f.nums[c.slot];
      return n === null ? UNKNOWN : compare(n, c);
    }
    case Kind.COUNT: {
      // values: [code, n] (BETWEEN: [code, lo, hi]); a count never declared is UNKNOWN, never 0
      const n = f.counts.get(c.code);
      return n === undefined ? UNKNOWN : compare(n, c);
    }
    default: {
      const fact = f.sets[c.slot];
      if (fact === null) return UNKNOWN;
      const values = c.values;
      if (c.kind === Kind.SIZE) {
        // the classes still possible: decided only when all of them agree
        let inside = 0;
        for (let i = 0; i < fact.length; i++) if (values.includes(fact[i])) inside++;
        if (inside === fact.length) return c.positive ? MET : NOT_MET;
        if (inside === 0) return c.positive ? NOT_MET : MET;
        return UNKNOWN;
      }
      for (let i = 0; i < values.length; i++) if (fact.includes(values[i])) return c.positive ? MET : NOT_MET;
      // an industry declared coarser than the condition (C, and the condition names 3421): cannot tell
      if (c.kind === Kind.INDUSTRY) {
        const own = fact[fact.length - 1]!;
        for (let i = 0; i < values.length; i++) {
          const v = values[i];
          if (own.length === 1 ? c.sections[i] === own : v.length > own.length && v.startsWith(own)) return UNKNOWN;
        }
      }
      return c.positive ? NOT_MET : MET;
    }
  }
}

/** The outcome of one condition for the facts. */
export function conditionOutcome(c: MatchCondition, facts: ProfileFacts): ConditionOutcome {
  return OUTCOMES[outcomeOf(new CompiledCondition(c), facts.slots)];
}

/** The verdict a policy can have at most today: LIKELY when it is not yet in force or has condition sentences not checked. */
export interface VerdictCap {
  effectiveFrom?: string | null;
  unchecked?: readonly string[];
}
export const capped = (cap: VerdictCap, today: string) => !!cap.unchecked?.length || (!!cap.effectiveFrom && cap.effectiveFrom > today);

/** Verdicts of the ranking pass by number: ELIGIBLE, LIKELY, NOT_ELIGIBLE, and out of reach. */
export const VERDICTS: readonly Verdict[] = ['ELIGIBLE', 'LIKELY', 'NOT_ELIGIBLE'];
export const OUT_OF_REACH = 3;

/**
 * What one condition does to a policy's verdict, as a number: 0 MET, 1 UNKNOWN (at most LIKELY), 2 NOT_MET but
 * changeable (NOT_ELIGIBLE), 3 NOT_MET and unchangeable (out of reach). A policy's verdict is the largest effect of
 * its conditions (and 1 at least when capped), so the ranking pass works each distinct condition out once per
 * request and then only takes maxima.
 */
export function effectOf(c: CompiledCondition, facts: FactSlots): number {
  const outcome = outcomeOf(c, facts);
  return outcome === MET ? 0 : outcome === UNKNOWN ? 1 : c.changeable ? 2 : OUT_OF_REACH;
}

/**
 * The verdict alone, without reasons: null when an unchangeable condition is not met, so the policy is out of
 * reach and never listed (unless `all`).
 */
export function verdictOf(conditions: readonly MatchCondition[], facts: ProfileFacts, atMostLikely = false): Verdict | null {
  let verdict = atMostLikely ? 1 : 0;
  for (const c of conditions) verdict = Math.max(verdict, effectOf(new CompiledCondition(c), facts.slots));
  return VERDICTS[verdict] ?? null;
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
