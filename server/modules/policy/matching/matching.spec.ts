import { describe, expect, it } from 'vitest';
import {
  compareMatches,
  conditionKnownSql,
  conditionSql,
  evaluatePolicy,
  fullYears,
  industryKeys,
  profileFacts,
  regionKeys,
  verdictOf,
  type MatchCondition,
  type MatchProfile,
} from './matching.js';

const profile: MatchProfile = {
  regionCode: '340104', // 合肥市蜀山区
  industryCode: '65', // 软件和信息技术服务业
  sizeClasses: ['SMALL'],
  establishedOn: '2018-05-20',
  employees: 45,
  revenue: 1200,
  totalAssets: 800,
  qualifications: ['TECH_SME'],
};
const c = (field: MatchCondition['field'], operator: MatchCondition['operator'], values: string[], changeable = false): MatchCondition => ({
  field,
  operator,
  values,
  changeable,
  sourceSentence: '原文句子',
});
const TODAY = '2026-11-26';

describe('matching', () => {
  it('computes keys and ages', () => {
    expect(regionKeys('340104')).toEqual(['340104', '340100', '340000']);
    expect(industryKeys('651')).toEqual(['I', '65', '651']);
    expect(industryKeys('C')).toEqual(['C']);
    expect(fullYears('2018-05-20', '2026-11-26')).toBe(8);
    expect(fullYears('2018-12-20', '2026-11-26')).toBe(7);
  });

  it('ELIGIBLE when every condition is met (hand-worked)', () => {
    const r = evaluatePolicy(
      [
        c('REGION', 'IN', ['340100']),
        c('INDUSTRY', 'IN', ['I']),
        c('SIZE_CLASS', 'IN', ['SMALL', 'MICRO']),
        c('AGE_YEARS', 'GTE', ['3']),
        c('EMPLOYEES', 'BETWEEN', ['10', '300']),
      ],
      profile,
      TODAY,
    );
    expect(r.verdict).toBe('ELIGIBLE');
    expect(r.results.map((x) => x.outcome)).toEqual(['MET', 'MET', 'MET', 'MET', 'MET']);
    expect(r.results[0].reason).toBe('注册地要求为合肥市，企业为蜀山区（企业自报），符合');
  });

  it('LIKELY when something is unknown and nothing unmet', () => {
    const r = evaluatePolicy([c('REGION', 'IN', ['340000']), c('RD_RATIO', 'GTE', ['3'])], profile, TODAY);
    expect(r.verdict).toBe('LIKELY');
    expect(r.results[1].outcome).toBe('UNKNOWN');
    expect(r.results[1].reason).toBe('研发投入占营业收入比例要求不低于3%，企业未申报该信息，补充研发投入占营业收入比例后可判断（要求不低于3%）');
    expect(r.improvements).toEqual([{ condition: r.results[1].condition, outcome: 'UNKNOWN', reason: '补充研发投入占营业收入比例后可判断（要求不低于3%）' }]);
  });

  it('uses what the enterprise declared: R&D ratio and tax credit grade', () => {
    const declared = { ...profile, rdRatio: 4.5, creditRating: 'C' };
    const r = evaluatePolicy([c('RD_RATIO', 'GTE', ['3']), c('CREDIT_RATING', 'IN', ['A', 'B'], true)], declared, TODAY);
    expect(r.verdict).toBe('NOT_ELIGIBLE');
    expect(r.results.map((x) => [x.outcome, x.reason])).toEqual([
      ['MET', '研发投入占营业收入比例要求不低于3%，企业为4.5%（企业自报），符合'],
      ['NOT_MET', '纳税信用等级要求为A级、B级，企业为C级（企业自报），不符合'],
    ]);
    expect(evaluatePolicy([c('RD_RATIO', 'GTE', ['3'])], declared, TODAY).verdict).toBe('ELIGIBLE');
  });

  it('suggests supplying data only when no unchangeable condition rules the enterprise out', () => {
    const fixable = evaluatePolicy([c('REVENUE', 'GTE', ['2000'], true), c('CREDIT_RATING', 'IN', ['A', 'B'])], profile, TODAY);
    expect(fixable.verdict).toBe('NOT_ELIGIBLE');
    expect(fixable.improvements.map((x) => [x.outcome, x.reason])).toEqual([
      ['NOT_MET', '营业收入要求不低于2000万元，企业为1200万元（企业自报），不符合'],
      ['UNKNOWN', '补充纳税信用等级后可判断（要求为A级、B级）'],
    ]);
    const ruledOut = evaluatePolicy(
      [c('REGION', 'IN', ['320000']), c('REVENUE', 'GTE', ['2000'], true), c('RD_RATIO', 'BETWEEN', ['3', '10'])],
      profile,
      TODAY,
    );
    expect(ruledOut.improvements.map((x) => x.condition.field)).toEqual(['REVENUE']);
  });

  it('NOT_ELIGIBLE with what would make it eligible', () => {
    const r = evaluatePolicy(
      [c('QUALIFICATION', 'HAS', ['HIGH_TECH'], true), c('REVENUE', 'GTE', ['2000'], true), c('REGION', 'NOT_IN', ['340100'])],
      profile,
      TODAY,
    );
    expect(r.verdict).toBe('NOT_ELIGIBLE');
    expect(r.results.map((x) => x.outcome)).toEqual(['NOT_MET', 'NOT_MET', 'NOT_MET']);
    expect(r.improvements.map((x) => x.condition.field)).toEqual(['QUALIFICATION', 'REVENUE']);
    expect(r.results[1].reason).toBe('营业收入要求不低于2000万元，企业为1200万元（企业自报），不符合');
  });

  it('undeclared fields are UNKNOWN, never 0 or "holds none" (issue 15)', () => {
    const blank: MatchProfile = {
      ...profile,
      employees: null,
      revenue: null,
      totalAssets: null,
      establishedOn: null,
      qualifications: null,
      sizeClasses: ['MEDIUM', 'SMALL', 'MICRO'],
    };
    const r = evaluatePolicy(
      [c('EMPLOYEES', 'LTE', ['0']), c('AGE_YEARS', 'GTE', ['3']), c('QUALIFICATION', 'HAS', ['HIGH_TECH'], true), c('SIZE_CLASS', 'IN', ['SMALL', 'MICRO'])],
      blank,
      TODAY,
    );
    expect(r.verdict).toBe('LIKELY');
    expect(r.results.map((x) => x.outcome)).toEqual(['UNKNOWN', 'UNKNOWN', 'UNKNOWN', 'UNKNOWN']);
    expect(r.results[0].reason).toBe('从业人员要求不高于0人，企业未申报该信息，补充从业人员后可判断（要求不高于0人）');
    expect(r.improvements.map((x) => x.reason)).toContain('补充从业人员、营业收入和资产总额后可判断（要求为小型、微型）');
    // all possible classes agree: decided
    expect(evaluatePolicy([c('SIZE_CLASS', 'IN', ['MEDIUM', 'SMALL', 'MICRO'])], blank, TODAY).verdict).toBe('ELIGIBLE');
    expect(evaluatePolicy([c('SIZE_CLASS', 'IN', ['LARGE'])], blank, TODAY).verdict).toBe('NOT_ELIGIBLE');
  });

  it('a NOT_IN reason keeps its negation, known or not; hints keep units', () => {
    const r = evaluatePolicy([c('CREDIT_RATING', 'NOT_IN', ['C', 'D']), c('REVENUE', 'BETWEEN', ['100', '2000'])], { ...profile, revenue: null }, TODAY);
    expect(r.results[0].reason).toBe('纳税信用等级不得为C级、D级，企业未申报该信息，补充纳税信用等级后可判断（要求不得为C级、D级）');
    expect(r.results[1].reason).toContain('要求在100万元至2000万元之间');
    const known = evaluatePolicy([c('CREDIT_RATING', 'NOT_IN', ['C', 'D'])], { ...profile, creditRating: 'A' }, TODAY);
    expect(known.results[0].reason).toBe('纳税信用等级不得为C级、D级，企业为A级（企业自报），符合');
  });

  it('industries at any level: a coarser profile code than the condition is UNKNOWN', () => {
    const mfg = { ...profile, industryCode: '3421' };
    expect(evaluatePolicy([c('INDUSTRY', 'IN', ['C'])], mfg, TODAY).verdict).toBe('ELIGIBLE');
    expect(evaluatePolicy([c('INDUSTRY', 'IN', ['342'])], mfg, TODAY).verdict).toBe('ELIGIBLE');
    expect(evaluatePolicy([c('INDUSTRY', 'IN', ['3422'])], mfg, TODAY).verdict).toBe('NOT_ELIGIBLE');
    expect(evaluatePolicy([c('INDUSTRY', 'IN', ['3421'])], { ...profile, industryCode: '34' }, TODAY).verdict).toBe('LIKELY');
    expect(evaluatePolicy([c('INDUSTRY', 'IN', ['3421'])], { ...profile, industryCode: 'C' }, TODAY).verdict).toBe('LIKELY');
    expect(evaluatePolicy([c('INDUSTRY', 'IN', ['6510'])], { ...profile, industryCode: 'C' }, TODAY).verdict).toBe('NOT_ELIGIBLE');
  });

  it('manual checks, lapsed qualifications, caps, and the source named', () => {
    const r = evaluatePolicy([c('MANUAL', 'CHECK', ['无严重失信行为'])], profile, TODAY);
    expect(r.verdict).toBe('LIKELY');
    expect(r.results[0].reason).toContain('需人工核验');
    expect(r.improvements).toEqual([]);
    const lapsed = {
      ...profile,
      qualifications: ['HIGH_TECH'],
      qualificationTerms: [['HIGH_TECH', '2026-01-01', null]] as [string, string | null, number | null][],
    };
    expect(evaluatePolicy([c('QUALIFICATION', 'HAS', ['HIGH_TECH'])], lapsed, TODAY).verdict).toBe('NOT_ELIGIBLE');
    expect(evaluatePolicy([c('REGION', 'IN', ['340100'])], profile, TODAY, undefined, true).verdict).toBe('LIKELY');
    const verified = evaluatePolicy([c('EMPLOYEES', 'GTE', ['10'])], { ...profile, fieldSources: { employees: 'OPERATOR_VERIFIED' } }, TODAY);
    expect(verified.results[0].reason).toBe('从业人员要求不低于10人，企业为45人（运营方核实），符合');
  });

  it('ranks by verdict then deadline', () => {
    const rows = [
      { id: 'a', verdict: 'LIKELY' as const, deadline: '2026-12-01', publishedOn: null },
      { id: 'b', verdict: 'ELIGIBLE' as const, deadline: null, publishedOn: null },
      { id: 'c', verdict: 'ELIGIBLE' as const, deadline: '2026-12-31', publishedOn: null },
    ];
    expect(rows.sort(compareMatches).map((r) => r.id)).toEqual(['c', 'b', 'a']);
  });

  it('the ranking pass (largest effect per condition) agrees with the full evaluation, on random policies', () => {
    let seed = 15;
    const rnd = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
    const pick = <T>(xs: readonly T[]): T => xs[rnd(xs.length)];
    const pool: (() => MatchCondition)[] = [
      () => c('REGION', pick(['IN', 'NOT_IN'] as const), [pick(['340104', '340100', '340000', '320500'])], rnd(2) === 0),
      () => c('INDUSTRY', pick(['IN', 'NOT_IN'] as const), [pick(['C', '65', '651', '3421', 'I'])], rnd(2) === 0),
      () => c('SIZE_CLASS', pick(['IN', 'NOT_IN'] as const), [pick(['SMALL', 'MICRO', 'MEDIUM'])], rnd(2) === 0),
      () => c('QUALIFICATION', 'HAS', [pick(['HIGH_TECH', 'TECH_SME'])], rnd(2) === 0),
      () => c('QUALIFICATION_COUNT', pick(['GTE', 'LTE'] as const), ['INVENTION_PATENT', String(rnd(5))], rnd(2) === 0),
      () => c(pick(['EMPLOYEES', 'REVENUE', 'AGE_YEARS', 'RD_RATIO'] as const), pick(['GTE', 'LTE'] as const), [String(rnd(100))], rnd(2) === 0),
      () => c('EMPLOYEES', 'BETWEEN', [String(rnd(50)), String(50 + rnd(50))], rnd(2) === 0),
      () => c('CREDIT_RATING', pick(['IN', 'NOT_IN'] as const), [pick(['A', 'B', 'D'])], rnd(2) === 0),
      () => c('MANUAL', 'CHECK', ['无严重失信行为']),
    ];
    const outcomes = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const p: MatchProfile = {
        regionCode: pick(['340104', '320506']),
        industryCode: pick(['651', 'C', '34', '3421']),
        sizeClasses: pick([[], ['SMALL'], ['SMALL', 'MICRO']]),
        establishedOn: pick([null, '2018-05-20']),
        employees: pick([null, 10, 60]),
        revenue: pick([null, 30]),
        totalAssets: null,
        qualifications: pick([null, [], ['HIGH_TECH']]),
        qualificationTerms: pick([
          null,
          [['INVENTION_PATENT', null, 3]],
          [['INVENTION_PATENT', '2020-01-01', 3]],
        ] as const) as MatchProfile['qualificationTerms'],
        rdRatio: pick([null, 4]),
        creditRating: pick([null, 'A', 'D']),
      };
      const conditions = Array.from({ length: 1 + rnd(4) }, () => pick(pool)());
      const cap = rnd(4) === 0;
      const full = evaluatePolicy(conditions, p, TODAY, undefined, cap);
      const outOfReach = full.results.some((r) => r.outcome === 'NOT_MET' && !r.condition.changeable);
      const fast = verdictOf(conditions, profileFacts(p, TODAY), cap);
      expect(fast, JSON.stringify({ conditions, p, cap })).toBe(outOfReach ? null : full.verdict);
      outcomes.add(String(fast));
    }
    expect(outcomes).toEqual(new Set(['ELIGIBLE', 'LIKELY', 'NOT_ELIGIBLE', 'null']));
  });

  it('states every condition as SQL with one bound parameter per placeholder', () => {
    const cases: MatchCondition[] = [
      c('REGION', 'IN', ['340100']),
      c('REGION', 'NOT_IN', ['320000']),
      c('INDUSTRY', 'IN', ['C', '65']),
      c('SIZE_CLASS', 'IN', ['SMALL']),
      c('QUALIFICATION', 'HAS', ['HIGH_TECH']),
      c('AGE_YEARS', 'GTE', ['3']),
      c('AGE_YEARS', 'BETWEEN', ['1', '5']),
      c('EMPLOYEES', 'LTE', ['300']),
      c('REVENUE', 'BETWEEN', ['100', '2000']),
      c('TOTAL_ASSETS', 'GTE', ['10']),
      c('RD_RATIO', 'GTE', ['3']),
      c('CREDIT_RATING', 'IN', ['A']),
      c('CREDIT_RATING', 'NOT_IN', ['D']),
      c('INDUSTRY', 'NOT_IN', ['3421', 'I']),
      c('SIZE_CLASS', 'NOT_IN', ['LARGE']),
      c('MANUAL', 'CHECK', ['无严重失信行为']),
    ];
    for (const cond of cases) {
      const params: unknown[] = [];
      const sql = conditionSql(cond, params, TODAY) + conditionKnownSql(cond, params);
      expect(sql.split('?').length - 1, `${cond.field} ${cond.operator}`).toBe(params.length);
    }
    const params: unknown[] = [];
    expect(conditionSql(c('AGE_YEARS', 'BETWEEN', ['1', '5']), params, TODAY)).toBe(
      '(e.established_on is null or extract(year from age(?::date, e.established_on)) between ?::numeric and ?::numeric)',
    );
    // declared data that may be missing: null is UNKNOWN, which never excludes
    expect(conditionSql(c('RD_RATIO', 'GTE', ['3']), [], TODAY)).toBe('(e.rd_ratio is null or e.rd_ratio >= ?::numeric)');
    expect(conditionSql(c('CREDIT_RATING', 'NOT_IN', ['D']), [], TODAY)).toBe('(e.tax_credit_grade is null or not e.tax_credit_grade = any(?::text[]))');
    expect(params).toEqual([TODAY, 1, 5]);
  });
});
