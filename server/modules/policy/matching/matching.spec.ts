import { describe, expect, it } from 'vitest';
import { compareMatches, conditionSql, evaluatePolicy, fullYears, industryKeys, regionKeys, type MatchCondition, type MatchProfile } from './matching.js';

const profile: MatchProfile = {
  regionCode: '340104', // 合肥市蜀山区
  industryCode: '65', // 软件和信息技术服务业
  sizeClass: 'SMALL',
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
    expect(industryKeys('651')).toEqual(['65', '651', 'I']);
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
    expect(r.results[0].reason).toBe('注册地要求为合肥市，企业为蜀山区，符合');
  });

  it('LIKELY when something is unknown and nothing unmet', () => {
    const r = evaluatePolicy([c('REGION', 'IN', ['340000']), c('RD_RATIO', 'GTE', ['3'])], profile, TODAY);
    expect(r.verdict).toBe('LIKELY');
    expect(r.results[1].outcome).toBe('UNKNOWN');
    expect(r.results[1].reason).toContain('暂无该数据');
    expect(r.improvements).toEqual([{ condition: r.results[1].condition, outcome: 'UNKNOWN', reason: '补充研发投入占营业收入比例后可判断（要求不低于3）' }]);
  });

  it('uses what the enterprise declared: R&D ratio and tax credit grade', () => {
    const declared = { ...profile, rdRatio: 4.5, creditRating: 'C' };
    const r = evaluatePolicy([c('RD_RATIO', 'GTE', ['3']), c('CREDIT_RATING', 'IN', ['A', 'B'], true)], declared, TODAY);
    expect(r.verdict).toBe('NOT_ELIGIBLE');
    expect(r.results.map((x) => [x.outcome, x.reason])).toEqual([
      ['MET', '研发投入占营业收入比例（%）要求不低于3，企业为4.5，符合'],
      ['NOT_MET', '纳税信用等级要求为A级、B级，企业为C级，不符合'],
    ]);
    expect(evaluatePolicy([c('RD_RATIO', 'GTE', ['3'])], declared, TODAY).verdict).toBe('ELIGIBLE');
  });

  it('suggests supplying data only when no unchangeable condition rules the enterprise out', () => {
    const fixable = evaluatePolicy([c('REVENUE', 'GTE', ['2000'], true), c('CREDIT_RATING', 'IN', ['A', 'B'])], profile, TODAY);
    expect(fixable.verdict).toBe('NOT_ELIGIBLE');
    expect(fixable.improvements.map((x) => [x.outcome, x.reason])).toEqual([
      ['NOT_MET', '营业收入（万元）要求不低于2000，企业为1200，不符合'],
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
    expect(r.results[1].reason).toBe('营业收入（万元）要求不低于2000，企业为1200，不符合');
  });

  it('ranks by verdict then deadline', () => {
    const rows = [
      { id: 'a', verdict: 'LIKELY' as const, deadline: '2026-12-01', publishedOn: null },
      { id: 'b', verdict: 'ELIGIBLE' as const, deadline: null, publishedOn: null },
      { id: 'c', verdict: 'ELIGIBLE' as const, deadline: '2026-12-31', publishedOn: null },
    ];
    expect(rows.sort(compareMatches).map((r) => r.id)).toEqual(['c', 'b', 'a']);
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
    ];
    for (const cond of cases) {
      const params: unknown[] = [];
      const sql = conditionSql(cond, params, TODAY);
      expect(sql.split('?').length - 1, `${cond.field} ${cond.operator}`).toBe(params.length);
    }
    const params: unknown[] = [];
    expect(conditionSql(c('AGE_YEARS', 'BETWEEN', ['1', '5']), params, TODAY)).toBe(
      '(extract(year from age(?::date, e.established_on)) between ?::numeric and ?::numeric)',
    );
    // declared data that may be missing: null is UNKNOWN, which never excludes
    expect(conditionSql(c('RD_RATIO', 'GTE', ['3']), [], TODAY)).toBe('(e.rd_ratio is null or e.rd_ratio >= ?::numeric)');
    expect(conditionSql(c('CREDIT_RATING', 'NOT_IN', ['D']), [], TODAY)).toBe('(e.tax_credit_grade is null or not e.tax_credit_grade = any(?::text[]))');
    expect(params).toEqual([TODAY, 1, 5]);
  });
});
