import { industryName, normalizeIndustryCode } from '../../common/codes/industries.js';
import { QUALIFICATION_CODES } from '../../common/codes/qualifications.js';
import { isRegionCode } from '../../common/codes/regions.js';
import { ErrorCode, Violations, fail } from '../../common/errors.js';
import { checkEmail, checkPhone, clean } from '../../common/validate.js';
import { TaxCreditGrade, type SizeClassEnum } from './enterprise.entity.js';
import type { EnterpriseProfileInput } from './enterprise.inputs.js';
import { possibleSizes } from './size-class.js';
import { checkDeclarations, type EnterpriseQualificationInput } from './qualification.catalogue.js';
import { chinaDate } from '../../common/china-time.js';

/** A validated, cleaned enterprise profile with its computed size class. */
export interface EnterpriseProfile {
  name: string;
  regionCode: string;
  industryCode: string;
  establishedOn: string | null;
  employees: number | null;
  revenue: number | null;
  totalAssets: number | null;
  sizeClass: SizeClassEnum | null;
  sizeClasses: SizeClassEnum[];
  qualifications: string[] | null;
  /** Declarations with validity and counts (undefined: unchanged). */
  qualificationDetails?: EnterpriseQualificationInput[];
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

/** The matching fields of the profile (their sources are tracked in `enterprise.field_sources`). */
export const PROFILE_FIELDS = [
  'regionCode',
  'industryCode',
  'establishedOn',
  'employees',
  'revenue',
  'totalAssets',
  'qualifications',
  'rdRatio',
  'taxCreditGrade',
] as const;

/**
 * Checks every profile field (collecting all field errors, added to `v`) and computes the possible size classes
 * by the 中小企业划型标准 (undeclared indicators stay unknown, never 0); throws the collected errors.
 * `catalogue`: the qualification catalogue's codes.
 */
export function validateProfile(input: EnterpriseProfileInput, v = new Violations(), catalogue?: Set<string>): EnterpriseProfile {
  const name = clean(input.name);
  if (v.required('name', name, '企业名称')) {
    if ([...name!].length < 2) v.add(ErrorCode.INVALID, 'name', '企业名称至少2个字');
    v.maxLength('name', name, 100, '企业名称');
  }
  if (!isRegionCode(input.regionCode ?? '')) v.add(ErrorCode.INVALID, 'regionCode', '请选择有效的所在地区（GB/T 2260 行政区划代码）');
  const industryCode = normalizeIndustryCode(input.industryCode);
  if (!industryCode) v.add(ErrorCode.INVALID, 'industryCode', '请选择有效的行业（GB/T 4754-2017 行业代码，如 C3421、3421 或 C）');
  const establishedOn = input.establishedOn || null;
  if (establishedOn === null) {
    // not declared
  } else if (!validDate(establishedOn)) v.add(ErrorCode.INVALID, 'establishedOn', '成立日期格式应为 YYYY-MM-DD');
  else if (establishedOn > chinaDate(new Date())) v.add(ErrorCode.INVALID, 'establishedOn', '成立日期不能晚于今天');
  else if (establishedOn < '1949-10-01') v.add(ErrorCode.INVALID, 'establishedOn', '成立日期不能早于1949-10-01');
  const employees = input.employees ?? null;
  if (employees !== null && (!Number.isInteger(employees) || employees < 0 || employees > 10_000_000)) {
    v.add(ErrorCode.INVALID, 'employees', '从业人员应为0到10000000之间的整数');
  }
  for (const key of ['revenue', 'totalAssets'] as const) {
    const value = input[key] ?? null;
    if (value !== null && (!Number.isFinite(value) || value < 0 || value > 1e12)) {
      v.add(ErrorCode.INVALID, key, `${key === 'revenue' ? '营业收入' : '资产总额'}应为不小于0的金额（万元）`);
    }
  }
  const known = catalogue ?? new Set<string>(QUALIFICATION_CODES);
  const details = input.qualificationDetails ? checkDeclarations(v, input.qualificationDetails, known) : undefined;
  const declared = input.qualifications == null && !details ? null : [...new Set([...(input.qualifications ?? []), ...(details ?? []).map((d) => d.code)])];
  if (declared && (declared.length > 50 || declared.some((q) => !known.has(q)))) v.add(ErrorCode.INVALID, 'qualifications', '资质选项无效');
  const rdRatio = input.rdRatio ?? null;
  if (rdRatio !== null && (!Number.isFinite(rdRatio) || rdRatio < 0 || rdRatio > 100 || Math.abs(Math.round(rdRatio * 100) - rdRatio * 100) > 1e-6)) {
    v.add(ErrorCode.INVALID, 'rdRatio', '研发投入占营业收入比例应为0到100之间的百分数，最多两位小数');
  } else if (rdRatio !== null && rdRatio > 0 && rdRatio < 1) {
    // a fraction (0.03 for 3%) would be stored as 0.03%: refused rather than guessed
    v.add(ErrorCode.INVALID, 'rdRatio', '研发投入占营业收入比例按百分数填写（如3%填3），不能填小数0.03；确实低于1%的请联系运营方');
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

  const sizeClasses = possibleSizes({ industryCode: industryCode!, employees, revenue: input.revenue ?? null, totalAssets: input.totalAssets ?? null });
  if (!sizeClasses.length) {
    if (['59', '70', 'F', 'G', 'H', 'I', 'K'].includes(industryCode!)) {
      fail(ErrorCode.INVALID, 'industryCode', '该行业跨越多个划型类别，请选择到更细的行业代码（大类或中类）');
    }
    fail(ErrorCode.INVALID, 'industryCode', `「${industryName(industryCode!)}」不适用中小企业划型标准，无法在本平台注册`);
  }
  return {
    name: name!,
    regionCode: input.regionCode,
    industryCode: industryCode!,
    establishedOn,
    employees,
    revenue: input.revenue ?? null,
    totalAssets: input.totalAssets ?? null,
    sizeClass: sizeClasses.length === 1 ? (sizeClasses[0] as SizeClassEnum) : null,
    sizeClasses: sizeClasses as SizeClassEnum[],
    qualifications: declared,
    qualificationDetails: details,
    rdRatio,
    taxCreditGrade,
    contactName: contactName!,
    contactPhone: contactPhone!,
    contactEmail,
  };
}
