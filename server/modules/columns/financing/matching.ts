/**
 * Matching a financing need (with the enterprise profile) against a product's structured terms. Every
 * criterion gives a verdict and a Chinese reason, so a no-match explains itself.
 */
import { industryName, industrySection } from '../../../common/codes/industries.js';
import { regionAncestors, regionName } from '../../../common/codes/regions.js';
import { SIZE_CLASS_LABELS, type SizeClass } from '../../enterprise/index.js';
import { yearsEstablished } from './rating.js';

export interface ProductTerms {
  amountMin: number;
  amountMax: number;
  termMinMonths: number;
  termMaxMonths: number;
  collateralRequired: boolean;
  guaranteeRequired: boolean;
  industryCodes: readonly string[];
  sizeClasses: readonly string[];
  regionCodes: readonly string[];
  minYearsEstablished: number;
}

export interface NeedFacts {
  amount: number;
  termMonths: number;
  collateral: readonly string[]; // collateral kinds available; NONE or empty = none
  guaranteeAvailable: boolean;
  regionCode: string;
  industryCode: string;
  sizeClass: string;
  establishedOn: string;
}

export type CriterionCode = 'AMOUNT' | 'TERM' | 'INDUSTRY' | 'SIZE' | 'REGION' | 'YEARS' | 'COLLATERAL' | 'GUARANTEE';

export interface Criterion {
  code: CriterionCode;
  label: string;
  passed: boolean;
  reason: string;
}

const fmt = (n: number) => String(Number(n.toFixed(2)));

export function matchProduct(p: ProductTerms, n: NeedFacts, now: Date): Criterion[] {
  const out: Criterion[] = [];
  const add = (code: CriterionCode, label: string, passed: boolean, reason: string) => out.push({ code, label, passed, reason });

  const amountOk = n.amount >= p.amountMin && n.amount <= p.amountMax;
  add('AMOUNT', '融资金额', amountOk, `申请${fmt(n.amount)}万元，产品额度${fmt(p.amountMin)}–${fmt(p.amountMax)}万元，${amountOk ? '在范围内' : '不在范围内'}`);

  const termOk = n.termMonths >= p.termMinMonths && n.termMonths <= p.termMaxMonths;
  add('TERM', '融资期限', termOk, `期望期限${n.termMonths}个月，产品期限${p.termMinMonths}–${p.termMaxMonths}个月，${termOk ? '在范围内' : '不在范围内'}`);

  if (!p.industryCodes.length) add('INDUSTRY', '行业', true, '产品不限行业');
  else {
    const division = n.industryCode.slice(0, 2);
    const section = industrySection(n.industryCode);
    const ok = p.industryCodes.includes(division) || (section !== null && p.industryCodes.includes(section));
    const name = industryName(division) ?? n.industryCode;
    add('INDUSTRY', '行业', ok, ok ? `企业所属行业「${name}」在产品支持范围内` : `企业所属行业「${name}」不在产品支持的行业范围内`);
  }

  if (!p.sizeClasses.length) add('SIZE', '企业规模', true, '产品不限企业规模');
  else {
    const ok = p.sizeClasses.includes(n.sizeClass);
    const label = SIZE_CLASS_LABELS[n.sizeClass as SizeClass] ?? n.sizeClass;
    const wanted = p.sizeClasses.map((s) => SIZE_CLASS_LABELS[s as SizeClass] ?? s).join('、');
    add('SIZE', '企业规模', ok, ok ? `${label}符合产品要求（${wanted}）` : `产品面向${wanted}，企业为${label}`);
  }

  if (!p.regionCodes.length) add('REGION', '地区', true, '产品不限地区');
  else {
    const ok = regionAncestors(n.regionCode).some((r) => p.regionCodes.includes(r));
    const name = regionName(n.regionCode) ?? n.regionCode;
    const served = p.regionCodes.map((r) => regionName(r) ?? r).join('、');
    add('REGION', '地区', ok, ok ? `${name}在产品服务地区（${served}）内` : `产品仅服务${served}，需求所在地为${name}`);
  }

  const years = yearsEstablished(n.establishedOn, now);
  const yearsOk = years >= p.minYearsEstablished;
  add(
    'YEARS',
    '成立年限',
    yearsOk,
    p.minYearsEstablished === 0 ? '产品不限成立年限' : `企业成立${years}年，产品要求成立满${p.minYearsEstablished}年${yearsOk ? '，符合' : '，不符合'}`,
  );

  const hasCollateral = n.collateral.some((c) => c !== 'NONE');
  if (!p.collateralRequired) add('COLLATERAL', '抵质押', true, '产品无需抵质押物');
  else add('COLLATERAL', '抵质押', hasCollateral, hasCollateral ? '产品需要抵质押物，企业可提供' : '产品需要抵质押物，企业表示无可提供的抵质押物');

  if (!p.guaranteeRequired) add('GUARANTEE', '担保', true, '产品无需第三方担保');
  else add('GUARANTEE', '担保', n.guaranteeAvailable, n.guaranteeAvailable ? '产品需要担保，企业可提供担保' : '产品需要担保，企业表示无法提供担保');

  return out;
}

export const allPassed = (criteria: readonly Criterion[]) => criteria.every((c) => c.passed);
