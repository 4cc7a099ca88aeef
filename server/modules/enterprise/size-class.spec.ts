import { describe, expect, it } from 'vitest';
import {
  SIZE_CLASS_LABELS,
  SIZE_GROUP_LABELS,
  SIZE_RULES,
  type SizeClass,
  type SizeClassInput,
  type SizeIndustryGroup,
  classifySize,
  sizeIndustryGroup,
} from './size-class.js';

const c = (industryCode: string, employees: number | null, revenue: number | null, totalAssets: number | null = null): SizeClass | null =>
  classifySize({ industryCode, employees, revenue, totalAssets });

describe('sizeIndustryGroup', () => {
  it.each<[string, SizeIndustryGroup | null]>([
    ['A', 'AGRICULTURE'],
    ['01', 'AGRICULTURE'],
    ['05', 'AGRICULTURE'],
    ['B', 'INDUSTRY'],
    ['06', 'INDUSTRY'],
    ['C', 'INDUSTRY'],
    ['c', 'INDUSTRY'],
    ['13', 'INDUSTRY'],
    ['3411', 'INDUSTRY'],
    ['46', 'INDUSTRY'],
    ['E', 'CONSTRUCTION'],
    ['47', 'CONSTRUCTION'],
    ['50', 'CONSTRUCTION'],
    ['51', 'WHOLESALE'],
    ['5171', 'WHOLESALE'],
    ['52', 'RETAIL'],
    ['53', null], // 铁路运输业不含在交通运输业内
    ['54', 'TRANSPORT'],
    ['58', 'TRANSPORT'],
    ['59', null], // 装卸搬运和仓储业：需区分中类
    ['591', 'TRANSPORT'],
    ['5910', 'TRANSPORT'],
    ['592', 'WAREHOUSING'],
    ['5990', 'WAREHOUSING'],
    ['60', 'POSTAL'],
    ['61', 'ACCOMMODATION'],
    ['62', 'CATERING'],
    ['63', 'INFORMATION_TRANSMISSION'],
    ['64', 'INFORMATION_TRANSMISSION'],
    ['65', 'SOFTWARE_IT'],
    ['6513', 'SOFTWARE_IT'],
    ['66', null], // 金融业另有标准
    ['J', null],
    ['70', null],
    ['K', null],
    ['7010', 'REAL_ESTATE_DEVELOPMENT'],
    ['7020', 'PROPERTY_MANAGEMENT'],
    ['7030', 'OTHER'],
    ['7090', 'OTHER'],
    ['7040', null],
    ['L', 'LEASING_BUSINESS'],
    ['71', 'LEASING_BUSINESS'],
    ['72', 'LEASING_BUSINESS'],
    ['M', 'OTHER'],
    ['73', 'OTHER'],
    ['83', 'OTHER'],
    ['90', 'OTHER'],
    ['F', null],
    ['G', null],
    ['H', null],
    ['I', null],
    ['91', null],
    ['S', null],
    ['T', null],
    ['97', null],
    ['98', null],
    ['00', null],
    ['U', null],
    ['', null],
    ['1', null],
    ['13a', null],
  ])('%s → %s', (code, group) => {
    expect(sizeIndustryGroup(code)).toBe(group);
  });
});

describe('classifySize per group (hand-worked)', () => {
  it('农、林、牧、渔业: revenue only, 20000 / 500 / 50', () => {
    expect(c('01', null, 20000)).toBe('LARGE');
    expect(c('01', null, 19999.99)).toBe('MEDIUM');
    expect(c('01', 3, 500)).toBe('MEDIUM');
    expect(c('01', 3, 499)).toBe('SMALL');
    expect(c('01', 3, 50)).toBe('SMALL');
    expect(c('01', 3, 49)).toBe('MICRO');
    expect(c('A', 3, null)).toBeNull();
  });

  it('工业: employees & revenue, 1000/40000, 300/2000, 20/300', () => {
    expect(c('C', 1000, 40000)).toBe('LARGE');
    // "1000人以下 或 营业收入40000万元以下" → either below → SME
    expect(c('C', 999, 100000)).toBe('MEDIUM');
    expect(c('C', 5000, 39999)).toBe('MEDIUM');
    expect(c('C', 300, 2000)).toBe('MEDIUM');
    expect(c('C', 299, 2000)).toBe('SMALL');
    expect(c('C', 300, 1999)).toBe('SMALL');
    // 大量从业人员但营业收入低：中型需"且"，不满足 → 小型
    expect(c('C', 1500, 1000)).toBe('SMALL');
    expect(c('C', 20, 300)).toBe('SMALL');
    expect(c('C', 19, 5000)).toBe('MICRO');
    expect(c('C', 500, 299)).toBe('MICRO');
    expect(c('06', 1200, 50000)).toBe('LARGE');
    expect(c('44', 50, 800)).toBe('SMALL');
    expect(c('C', null, 800)).toBeNull();
    expect(c('C', 50, null)).toBeNull();
    // totalAssets not needed
    expect(c('C', 50, 800, null)).toBe('SMALL');
  });

  it('建筑业: revenue & total assets, 80000/80000, 6000/5000, 300/300', () => {
    expect(c('E', null, 80000, 80000)).toBe('LARGE');
    expect(c('48', null, 80000, 79999)).toBe('MEDIUM');
    expect(c('E', null, 6000, 5000)).toBe('MEDIUM');
    expect(c('E', null, 5999, 5000)).toBe('SMALL');
    expect(c('E', null, 300, 300)).toBe('SMALL');
    expect(c('E', null, 299, 50000)).toBe('MICRO');
    expect(c('E', null, 50000, 299)).toBe('MICRO');
    expect(c('E', 100, 6000, null)).toBeNull();
  });

  it('批发业: 200/40000, 20/5000, 5/1000', () => {
    expect(c('51', 200, 40000)).toBe('LARGE');
    expect(c('51', 199, 40000)).toBe('MEDIUM');
    expect(c('51', 20, 5000)).toBe('MEDIUM');
    expect(c('51', 19, 5000)).toBe('SMALL');
    expect(c('51', 5, 1000)).toBe('SMALL');
    expect(c('51', 4, 1000)).toBe('MICRO');
    expect(c('51', 50, 999)).toBe('MICRO');
  });

  it('零售业: 300/20000, 50/500, 10/100', () => {
    expect(c('52', 300, 20000)).toBe('LARGE');
    expect(c('52', 300, 19999)).toBe('MEDIUM');
    expect(c('52', 50, 500)).toBe('MEDIUM');
    expect(c('52', 49, 500)).toBe('SMALL');
    expect(c('52', 10, 100)).toBe('SMALL');
    expect(c('52', 9, 100)).toBe('MICRO');
    expect(c('52', 10, 99)).toBe('MICRO');
  });

  it('交通运输业: 1000/30000, 300/3000, 20/200', () => {
    expect(c('54', 1000, 30000)).toBe('LARGE');
    expect(c('54', 999, 30000)).toBe('MEDIUM');
    expect(c('55', 300, 3000)).toBe('MEDIUM');
    expect(c('56', 300, 2999)).toBe('SMALL');
    expect(c('5910', 20, 200)).toBe('SMALL');
    expect(c('58', 20, 199)).toBe('MICRO');
    expect(c('57', 19, 200)).toBe('MICRO');
  });

  it('仓储业: 200/30000, 100/1000, 20/100', () => {
    expect(c('5920', 200, 30000)).toBe('LARGE');
    expect(c('5920', 200, 29999)).toBe('MEDIUM');
    expect(c('5920', 100, 1000)).toBe('MEDIUM');
    expect(c('5920', 99, 1000)).toBe('SMALL');
    expect(c('5920', 20, 100)).toBe('SMALL');
    expect(c('5920', 19, 100)).toBe('MICRO');
    expect(c('59', 150, 5000)).toBeNull();
  });

  it('邮政业: 1000/30000, 300/2000, 20/100', () => {
    expect(c('60', 1000, 30000)).toBe('LARGE');
    expect(c('60', 300, 2000)).toBe('MEDIUM');
    expect(c('60', 300, 1999)).toBe('SMALL');
    expect(c('60', 20, 100)).toBe('SMALL');
    expect(c('60', 20, 99)).toBe('MICRO');
  });

  it('住宿业 / 餐饮业: 300/10000, 100/2000, 10/100', () => {
    for (const code of ['61', '62']) {
      expect(c(code, 300, 10000)).toBe('LARGE');
      expect(c(code, 299, 10000)).toBe('MEDIUM');
      expect(c(code, 100, 2000)).toBe('MEDIUM');
      expect(c(code, 100, 1999)).toBe('SMALL');
      expect(c(code, 10, 100)).toBe('SMALL');
      expect(c(code, 9, 100)).toBe('MICRO');
    }
  });

  it('信息传输业: 2000/100000, 100/1000, 10/100', () => {
    expect(c('63', 2000, 100000)).toBe('LARGE');
    expect(c('64', 1999, 100000)).toBe('MEDIUM');
    expect(c('64', 100, 1000)).toBe('MEDIUM');
    expect(c('64', 100, 999)).toBe('SMALL');
    expect(c('64', 10, 100)).toBe('SMALL');
    expect(c('64', 10, 99)).toBe('MICRO');
  });

  it('软件和信息技术服务业: 300/10000, 100/1000, 10/50', () => {
    expect(c('65', 300, 10000)).toBe('LARGE');
    expect(c('65', 300, 9999)).toBe('MEDIUM');
    expect(c('65', 100, 1000)).toBe('MEDIUM');
    expect(c('65', 99, 1000)).toBe('SMALL');
    expect(c('65', 10, 50)).toBe('SMALL');
    expect(c('65', 10, 49)).toBe('MICRO');
    expect(c('65', 9, 5000)).toBe('MICRO');
  });

  it('房地产开发经营: revenue & total assets, 200000/10000, 1000/5000, 100/2000', () => {
    expect(c('7010', null, 200000, 10000)).toBe('LARGE');
    expect(c('7010', null, 200000, 9999)).toBe('MEDIUM');
    expect(c('7010', null, 1000, 5000)).toBe('MEDIUM');
    expect(c('7010', null, 999, 5000)).toBe('SMALL');
    expect(c('7010', null, 100, 2000)).toBe('SMALL');
    expect(c('7010', null, 100, 1999)).toBe('MICRO');
    expect(c('7010', null, 99, 2000)).toBe('MICRO');
  });

  it('物业管理: 1000/5000, 300/1000, 100/500', () => {
    expect(c('7020', 1000, 5000)).toBe('LARGE');
    expect(c('7020', 1000, 4999)).toBe('MEDIUM');
    expect(c('7020', 300, 1000)).toBe('MEDIUM');
    expect(c('7020', 299, 1000)).toBe('SMALL');
    expect(c('7020', 100, 500)).toBe('SMALL');
    expect(c('7020', 99, 500)).toBe('MICRO');
    expect(c('7020', 100, 499)).toBe('MICRO');
  });

  it('租赁和商务服务业: employees & total assets, 300/120000, 100/8000, 10/100', () => {
    expect(c('72', 300, null, 120000)).toBe('LARGE');
    expect(c('72', 300, null, 119999)).toBe('MEDIUM');
    expect(c('71', 100, 1, 8000)).toBe('MEDIUM');
    expect(c('72', 100, null, 7999)).toBe('SMALL');
    expect(c('72', 10, null, 100)).toBe('SMALL');
    expect(c('72', 9, null, 100)).toBe('MICRO');
    expect(c('72', 10, null, 99)).toBe('MICRO');
    expect(c('72', 10, 5000, null)).toBeNull();
  });

  it('其他未列明行业: employees only, 300 / 100 / 10', () => {
    expect(c('73', 300, null)).toBe('LARGE');
    expect(c('74', 299, null)).toBe('MEDIUM');
    expect(c('M', 100, null)).toBe('MEDIUM');
    expect(c('80', 99, null)).toBe('SMALL');
    expect(c('7030', 10, null)).toBe('SMALL');
    expect(c('83', 9, null)).toBe('MICRO');
    expect(c('83', null, 1000)).toBeNull();
  });
});

describe('classifySize edge cases', () => {
  it('returns null for unknown or non-applicable industries', () => {
    expect(c('66', 10, 100, 100)).toBeNull();
    expect(c('XX', 10, 100, 100)).toBeNull();
    expect(c('F', 10, 100, 100)).toBeNull();
  });

  it('returns null for negative or non-finite metrics', () => {
    expect(c('C', -1, 300)).toBeNull();
    expect(c('C', 20, Number.NaN)).toBeNull();
    expect(c('C', 20, Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('zero values are valid data (micro)', () => {
    expect(c('C', 0, 0)).toBe('MICRO');
  });

  it('ignores surrounding whitespace in the industry code', () => {
    const input: SizeClassInput = { industryCode: ' c ', employees: 300, revenue: 2000, totalAssets: null };
    expect(classifySize(input)).toBe('MEDIUM');
  });
});

describe('tables', () => {
  it('has 16 groups with ordered thresholds', () => {
    expect(Object.keys(SIZE_RULES)).toHaveLength(16);
    for (const rule of Object.values(SIZE_RULES)) {
      rule.metrics.forEach((_, i) => {
        expect(rule.large[i]!).toBeGreaterThanOrEqual(rule.medium[i]!);
        expect(rule.medium[i]!).toBeGreaterThanOrEqual(rule.small[i]!);
      });
    }
  });

  it('has Chinese labels', () => {
    expect(SIZE_CLASS_LABELS).toEqual({
      LARGE: '大型企业',
      MEDIUM: '中型企业',
      SMALL: '小型企业',
      MICRO: '微型企业',
    });
    expect(SIZE_GROUP_LABELS.SOFTWARE_IT).toBe('软件和信息技术服务业');
    expect(SIZE_GROUP_LABELS.OTHER).toBe('其他未列明行业');
  });
});
