/**
 * 信用与成长评分：a transparent scorecard over the profile data the platform holds (not a credit report).
 * Every factor states its points, its maximum and why, so an enterprise can see how to improve.
 */
import { qualificationLabel } from '../../../common/codes/qualifications.js';

export interface RatingInput {
  establishedOn: string | null; // YYYY-MM-DD; null: not declared (0 points)
  employees: number | null;
  revenue: number | null; // 万元
  totalAssets: number | null; // 万元
  qualifications: readonly string[] | null;
  status: string; // PENDING | VERIFIED | REJECTED
}

export interface RatingFactor {
  code: 'YEARS' | 'EMPLOYEES' | 'REVENUE' | 'ASSETS' | 'QUALIFICATIONS' | 'VERIFICATION';
  label: string;
  points: number;
  maxPoints: number;
  explanation: string;
}

export interface Rating {
  score: number;
  maxScore: number;
  grade: string;
  gradeLabel: string;
  factors: RatingFactor[];
}

/** Steps of [lower bound (inclusive), points]; the last step whose bound is reached applies. */
type Steps = readonly (readonly [number, number])[];
const step = (value: number, steps: Steps) => steps.reduce((pts, [bound, p]) => (value >= bound ? p : pts), 0);

const YEARS: Steps = [
  [1, 8],
  [3, 14],
  [5, 20],
  [10, 25],
];
const EMPLOYEES: Steps = [
  [10, 8],
  [50, 12],
  [100, 16],
  [300, 20],
];
const REVENUE: Steps = [
  [100, 8],
  [500, 13],
  [2000, 17],
  [10000, 20],
];
const ASSETS: Steps = [
  [100, 5],
  [500, 9],
  [2000, 12],
  [10000, 15],
];
const EMPLOYEES_BASE = 4; // any enterprise with staff on record
const REVENUE_BASE = 3;
const ASSETS_BASE = 2;
const POINTS_PER_QUALIFICATION = 4;
const MAX_QUALIFICATION_POINTS = 12;
const VERIFIED_POINTS = 8;

export const GRADES: readonly { min: number; grade: string; label: string }[] = [
  { min: 85, grade: 'AAA', label: '优秀' },
  { min: 75, grade: 'AA', label: '良好' },
  { min: 65, grade: 'A', label: '较好' },
  { min: 50, grade: 'BBB', label: '一般' },
  { min: 35, grade: 'BB', label: '起步' },
  { min: 0, grade: 'B', label: '初创' },
];

/** Whole years between `establishedOn` and `now` (a birthday-style count). */
export function yearsEstablished(establishedOn: string, now: Date): number {
  const [y, m, d] = establishedOn.split('-').map(Number);
  let years = now.getUTCFullYear() - y;
  if (now.getUTCMonth() + 1 < m || (now.getUTCMonth() + 1 === m && now.getUTCDate() < d)) years--;
  return Math.max(0, years);
}

export function rateEnterprise(e: RatingInput, now: Date): Rating {
  const years = e.establishedOn ? yearsEstablished(e.establishedOn, now) : 0;
  const qualified = [...new Set(e.qualifications ?? [])];
  const qualPoints = Math.min(MAX_QUALIFICATION_POINTS, qualified.length * POINTS_PER_QUALIFICATION);
  const employeesPts = e.employees ? Math.max(EMPLOYEES_BASE, step(e.employees, EMPLOYEES)) : 0;
  const revenuePts = e.revenue ? Math.max(REVENUE_BASE, step(e.revenue, REVENUE)) : 0;
  const assetsPts = e.totalAssets ? Math.max(ASSETS_BASE, step(e.totalAssets, ASSETS)) : 0;
  const verified = e.status === 'VERIFIED';
  const factors: RatingFactor[] = [
    {
      code: 'YEARS',
      label: '成立年限',
      points: step(years, YEARS),
      maxPoints: 25,
      explanation: `${e.establishedOn ? `企业成立${years}年` : '成立日期未申报'}；满1年8分、满3年14分、满5年20分、满10年25分。`,
    },
    {
      code: 'EMPLOYEES',
      label: '从业人员',
      points: employeesPts,
      maxPoints: 20,
      explanation: `${e.employees === null ? '从业人员未申报' : `从业人员${e.employees}人`}；有从业人员4分，10人起8分、50人起12分、100人起16分、300人起20分。`,
    },
    {
      code: 'REVENUE',
      label: '营业收入',
      points: revenuePts,
      maxPoints: 20,
      explanation: `${e.revenue === null ? '营业收入未申报' : `年营业收入${e.revenue}万元`}；有收入3分，100万元起8分、500万元起13分、2000万元起17分、1亿元起20分。`,
    },
    {
      code: 'ASSETS',
      label: '资产总额',
      points: assetsPts,
      maxPoints: 15,
      explanation: `${e.totalAssets === null ? '资产总额未申报' : `资产总额${e.totalAssets}万元`}；有资产2分，100万元起5分、500万元起9分、2000万元起12分、1亿元起15分。`,
    },
    {
      code: 'QUALIFICATIONS',
      label: '资质认定',
      points: qualPoints,
      maxPoints: MAX_QUALIFICATION_POINTS,
      explanation: qualified.length
        ? `持有${qualified.map((q) => qualificationLabel(q) ?? q).join('、')}，每项4分，最多12分。`
        : '暂无高新技术企业、专精特新等资质认定；每项资质4分，最多12分。',
    },
    {
      code: 'VERIFICATION',
      label: '认证状态',
      points: verified ? VERIFIED_POINTS : 0,
      maxPoints: VERIFIED_POINTS,
      explanation: verified ? '企业信息已经平台认证，得8分。' : '企业信息尚未通过平台认证，认证后可得8分。',
    },
  ];
  const score = factors.reduce((s, f) => s + f.points, 0);
  const g = GRADES.find((x) => score >= x.min)!;
  return { score, maxScore: factors.reduce((s, f) => s + f.maxPoints, 0), grade: g.grade, gradeLabel: g.label, factors };
}
