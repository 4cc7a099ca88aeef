import { industryName, isIndustryCode } from '../../common/codes/industries.js';
import { isQualificationCode } from '../../common/codes/qualifications.js';
import { isRegionCode } from '../../common/codes/regions.js';
import { ErrorCode, Violations, fail } from '../../common/errors.js';
import { checkEmail, checkPhone, clean } from '../../common/validate.js';
import { TaxCreditGrade, type SizeClassEnum } from './enterprise.entity.js';
import type { EnterpriseProfileInput } from './enterprise.inputs.js';
import { classifySize } from './size-class.js';
import { chinaDate } from '../../common/china-time.js';

/** A validated, cleaned enterprise profile with its computed size class. */
export interface EnterpriseProfile {
  name: string;
  regionCode: string;
  industryCode: string;
  establishedOn: string;
  employees: number;
  revenue: number;
  totalAssets: number;
  sizeClass: SizeClassEnum;
  qualifications: string[];
  rdRatio: number | null;
  taxCreditGrade: TaxCreditGrade | null;
  contactName: string;
  contactPhone: string;
  contactEmail: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * Checks every profile field (collecting all field errors, added to `v`) and computes the size class by the
 * 中小企业划型标准; throws the collected errors.
 */
export function validateProfile(input: EnterpriseProfileInput, v = new Violations()): EnterpriseProfile {
  const name = clean(input.name);
  if (v.required('name', name, '企业名称')) {
    if ([...name!].length < 2) v.add(ErrorCode.INVALID, 'name', '企业名称至少2个字');
    v.maxLength('name', name, 100, '企业名称');
  }
  if (!isRegionCode(input.regionCode ?? '')) v.add(ErrorCode.INVALID, 'regionCode', '请选择有效的所在地区（GB/T 2260 行政区划代码）');
  const industryOk = /^\d{2,4}$/.test(input.industryCode ?? '') && isIndustryCode(input.industryCode.slice(0, 2));
  if (!industryOk) v.add(ErrorCode.INVALID, 'industryCode', '请选择有效的行业（GB/T 4754-2017 行业代码）');
  if (!validDate(input.establishedOn ?? '')) v.add(ErrorCode.INVALID, 'establishedOn', '成立日期格式应为 YYYY-MM-DD');
  else if (input.establishedOn > chinaDate(new Date())) v.add(ErrorCode.INVALID, 'establishedOn', '成立日期不能晚于今天');
  else if (input.establishedOn < '1949-10-01') v.add(ErrorCode.INVALID, 'establishedOn', '成立日期不能早于1949-10-01');
  if (!Number.isInteger(input.employees) || input.employees < 0 || input.employees > 10_000_000) {
    v.add(ErrorCode.INVALID, 'employees', '从业人员应为0到10000000之间的整数');
  }
  for (const key of ['revenue', 'totalAssets'] as const) {
    const value = input[key];
    if (!Number.isFinite(value) || value < 0 || value > 1e12) {
      v.add(ErrorCode.INVALID, key, `${key === 'revenue' ? '营业收入' : '资产总额'}应为不小于0的金额（万元）`);
    }
  }
  const qualifications = [...new Set(input.qualifications ?? [])];
  if (qualifications.length > 20 || qualifications.some((q) => !isQualificationCode(q))) v.add(ErrorCode.INVALID, 'qualifications', '资质选项无效');
  const rdRatio = input.rdRatio ?? null;
  if (rdRatio !== null && (!Number.isFinite(rdRatio) || rdRatio < 0 || rdRatio > 100 || Math.abs(Math.round(rdRatio * 100) - rdRatio * 100) > 1e-6)) {
    v.add(ErrorCode.INVALID, 'rdRatio', '研发投入占营业收入比例应为0到100之间的百分数，最多两位小数');
  }
  const taxCreditGrade = input.taxCreditGrade ?? null;
  if (taxCreditGrade !== null && !Object.values(TaxCreditGrade).includes(taxCreditGrade))
    v.add(ErrorCode.INVALID, 'taxCreditGrade', '纳税信用等级应为A、B、M、C或D');
  const contactName = clean(input.contactName);
  v.required('contactName', contactName, '联系人');
  v.maxLength('contactName', contactName, 50, '联系人');
  const contactPhone = clean(input.contactPhone);
  if (v.required('contactPhone', contactPhone, '联系电话')) checkPhone(v, 'contactPhone', contactPhone);
  const contactEmail = clean(input.contactEmail);
  checkEmail(v, 'contactEmail', contactEmail);
  v.throwIfAny();

  const sizeClass = classifySize({ industryCode: input.industryCode, employees: input.employees, revenue: input.revenue, totalAssets: input.totalAssets });
  if (!sizeClass) {
    if (input.industryCode.length === 2 && ['59', '70'].includes(input.industryCode)) {
      fail(ErrorCode.INVALID, 'industryCode', '该行业大类跨越多个划型类别，请选择到行业中类（三位代码）');
    }
    fail(ErrorCode.INVALID, 'industryCode', `「${industryName(input.industryCode.slice(0, 2))}」不适用中小企业划型标准，无法在本平台注册`);
  }
  return {
    name: name!,
    regionCode: input.regionCode,
    industryCode: input.industryCode,
    establishedOn: input.establishedOn,
    employees: input.employees,
    revenue: input.revenue,
    totalAssets: input.totalAssets,
    sizeClass: sizeClass as SizeClassEnum,
    qualifications,
    rdRatio,
    taxCreditGrade,
    contactName: contactName!,
    contactPhone: contactPhone!,
    contactEmail,
  };
}
