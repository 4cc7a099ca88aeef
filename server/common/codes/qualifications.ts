/** 企业资质/认定类别代码及中文名称。 */

export const QUALIFICATIONS = [
  { code: 'HIGH_TECH', label: '高新技术企业' },
  { code: 'TECH_SME', label: '科技型中小企业' },
  { code: 'SRDI', label: '专精特新中小企业' },
  { code: 'LITTLE_GIANT', label: '专精特新“小巨人”企业' },
  { code: 'INNOVATIVE_SME', label: '创新型中小企业' },
  { code: 'GAZELLE', label: '瞪羚企业' },
  { code: 'ENTERPRISE_TECH_CENTER', label: '省级企业技术中心' },
] as const;

export type QualificationCode = (typeof QUALIFICATIONS)[number]['code'];

export const QUALIFICATION_CODES: readonly QualificationCode[] = QUALIFICATIONS.map((q) => q.code);

export const QUALIFICATION_LABELS: Readonly<Record<QualificationCode, string>> = Object.freeze(
  Object.fromEntries(QUALIFICATIONS.map((q) => [q.code, q.label])) as Record<QualificationCode, string>,
);

export function isQualificationCode(code: string): code is QualificationCode {
  return (QUALIFICATION_CODES as readonly string[]).includes(code);
}

/** 中文名称；未知代码返回 null。 */
export function qualificationLabel(code: string): string | null {
  return isQualificationCode(code) ? QUALIFICATION_LABELS[code] : null;
}
