import { describe, expect, it } from 'vitest';
import { rateEnterprise, yearsEstablished } from './rating.js';

const NOW = new Date('2026-11-26T08:00:00Z');

describe('F1 credit / growth scorecard', () => {
  it('scores a typical small enterprise factor by factor (hand-worked: 20+8+13+9+4+0 = 54, BBB)', () => {
    const r = rateEnterprise(
      { establishedOn: '2018-05-20', employees: 45, revenue: 1200, totalAssets: 800, qualifications: ['TECH_SME'], status: 'PENDING' },
      NOW,
    );
    expect(r.factors.map((f) => [f.code, f.points])).toEqual([
      ['YEARS', 20],
      ['EMPLOYEES', 8],
      ['REVENUE', 13],
      ['ASSETS', 9],
      ['QUALIFICATIONS', 4],
      ['VERIFICATION', 0],
    ]);
    expect(r).toMatchObject({ score: 54, maxScore: 100, grade: 'BBB', gradeLabel: '一般' });
    expect(r.factors[0].explanation).toContain('企业成立8年');
    expect(r.factors[4].explanation).toContain('科技型中小企业');
    expect(r.factors[5].explanation).toContain('尚未通过平台认证');
  });

  it('gives a brand-new enterprise with nothing on record 0 points, grade B', () => {
    const r = rateEnterprise({ establishedOn: '2026-06-01', employees: 0, revenue: 0, totalAssets: 0, qualifications: [], status: 'PENDING' }, NOW);
    expect(r.score).toBe(0);
    expect(r.grade).toBe('B');
  });

  it('caps every factor at its maximum (100, AAA)', () => {
    const r = rateEnterprise(
      {
        establishedOn: '2010-01-01',
        employees: 350,
        revenue: 15000,
        totalAssets: 20000,
        qualifications: ['HIGH_TECH', 'SRDI', 'LITTLE_GIANT', 'GAZELLE'],
        status: 'VERIFIED',
      },
      NOW,
    );
    expect(r.factors.map((f) => f.points)).toEqual([25, 20, 20, 15, 12, 8]);
    expect(r).toMatchObject({ score: 100, grade: 'AAA' });
  });

  it('counts whole years established (the anniversary day counts)', () => {
    expect(yearsEstablished('2023-11-27', NOW)).toBe(2);
    expect(yearsEstablished('2023-11-26', NOW)).toBe(3);
    expect(
      rateEnterprise({ establishedOn: '2023-11-26', employees: 1, revenue: 1, totalAssets: 1, qualifications: [], status: 'VERIFIED' }, NOW).factors.map(
        (f) => f.points,
      ),
    ).toEqual([14, 4, 3, 2, 0, 8]);
  });
});
