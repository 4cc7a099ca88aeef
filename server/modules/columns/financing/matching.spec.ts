import { describe, expect, it } from 'vitest';
import { allPassed, matchProduct, type NeedFacts, type ProductTerms } from './matching.js';

const NOW = new Date('2026-11-26T08:00:00Z');
const product: ProductTerms = {
  amountMin: 100,
  amountMax: 1000,
  termMinMonths: 6,
  termMaxMonths: 36,
  collateralRequired: false,
  guaranteeRequired: false,
  industryCodes: ['C', '65'], // 制造业 (section) and 软件和信息技术服务业 (division)
  sizeClasses: ['SMALL', 'MICRO'],
  regionCodes: ['340100'], // 合肥市
  minYearsEstablished: 2,
};
const need: NeedFacts = {
  amount: 500,
  termMonths: 12,
  collateral: ['NONE'],
  guaranteeAvailable: false,
  regionCode: '340104', // 蜀山区, under 合肥市
  industryCode: '65',
  sizeClass: 'SMALL',
  establishedOn: '2018-05-20',
};

const verdicts = (p: ProductTerms, n: NeedFacts) => Object.fromEntries(matchProduct(p, n, NOW).map((c) => [c.code, c.passed]));

describe('F3 financing need × product matching', () => {
  it('passes every criterion for a need within all terms, each with its reason', () => {
    const criteria = matchProduct(product, need, NOW);
    expect(allPassed(criteria)).toBe(true);
    expect(criteria.map((c) => c.code)).toEqual(['AMOUNT', 'TERM', 'INDUSTRY', 'SIZE', 'REGION', 'YEARS', 'COLLATERAL', 'GUARANTEE']);
    expect(criteria.find((c) => c.code === 'AMOUNT')!.reason).toBe('申请500万元，产品额度100–1000万元，在范围内');
    expect(criteria.find((c) => c.code === 'REGION')!.reason).toBe('蜀山区在产品服务地区（合肥市）内');
    expect(criteria.find((c) => c.code === 'YEARS')!.reason).toBe('企业成立8年，产品要求成立满2年，符合');
  });

  it('includes the amount and term bounds, excludes just outside', () => {
    expect(verdicts(product, { ...need, amount: 100, termMonths: 36 })).toMatchObject({ AMOUNT: true, TERM: true });
    expect(verdicts(product, { ...need, amount: 1000.01, termMonths: 37 })).toMatchObject({ AMOUNT: false, TERM: false });
    expect(matchProduct(product, { ...need, amount: 99 }, NOW)[0].reason).toBe('申请99万元，产品额度100–1000万元，不在范围内');
  });

  it('matches industry by division or by its section', () => {
    expect(verdicts(product, { ...need, industryCode: '34' }).INDUSTRY).toBe(true); // 34 通用设备制造业 ∈ C
    expect(verdicts(product, { ...need, industryCode: '51' }).INDUSTRY).toBe(false); // 51 批发业
    expect(verdicts({ ...product, industryCodes: [] }, { ...need, industryCode: '51' }).INDUSTRY).toBe(true);
  });

  it('checks size, region (ancestors), years established', () => {
    expect(verdicts(product, { ...need, sizeClass: 'MEDIUM' }).SIZE).toBe(false);
    expect(verdicts(product, { ...need, regionCode: '340202' }).REGION).toBe(false); // 芜湖市镜湖区
    expect(verdicts({ ...product, regionCodes: ['340000'] }, { ...need, regionCode: '340202' }).REGION).toBe(true);
    expect(verdicts(product, { ...need, establishedOn: '2025-12-01' }).YEARS).toBe(false);
  });

  it('requires collateral or a guarantee only when the product does', () => {
    const secured = { ...product, collateralRequired: true, guaranteeRequired: true };
    expect(verdicts(secured, need)).toMatchObject({ COLLATERAL: false, GUARANTEE: false });
    expect(verdicts(secured, { ...need, collateral: ['REAL_ESTATE'], guaranteeAvailable: true })).toMatchObject({ COLLATERAL: true, GUARANTEE: true });
    expect(matchProduct(secured, need, NOW).find((c) => c.code === 'COLLATERAL')!.reason).toBe('产品需要抵质押物，企业表示无可提供的抵质押物');
  });
});
