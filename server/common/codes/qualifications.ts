/**
 * 企业资质/认定类别代码及中文名称：资质目录（migration 0030 的 qualification 表，运营方维护名称、别名、认定机构、
 * 有效期）的初始条目。计数类资质（有效发明专利等）以项数申报，`countUnit` 为其单位。
 * 运营方修改后的名称由 `registerQualificationNames` 载入，供理由文字使用。
 */

export const QUALIFICATIONS = [
  { code: 'HIGH_TECH', label: '高新技术企业', countUnit: null },
  { code: 'TECH_SME', label: '科技型中小企业', countUnit: null },
  { code: 'SRDI', label: '专精特新中小企业', countUnit: null },
  { code: 'LITTLE_GIANT', label: '专精特新“小巨人”企业', countUnit: null },
  { code: 'INNOVATIVE_SME', label: '创新型中小企业', countUnit: null },
  { code: 'GAZELLE', label: '瞪羚企业', countUnit: null },
  { code: 'ENTERPRISE_TECH_CENTER', label: '省级企业技术中心', countUnit: null },
  { code: 'INVENTION_PATENT', label: '有效发明专利', countUnit: '项' },
  { code: 'UTILITY_MODEL', label: '实用新型专利', countUnit: '项' },
  { code: 'TRADEMARK', label: '注册商标', countUnit: '项' },
  { code: 'SOFTWARE_COPYRIGHT', label: '软件著作权', countUnit: '项' },
  { code: 'ABOVE_SCALE_INDUSTRY', label: '规模以上工业企业', countUnit: null },
  { code: 'FOREIGN_TRADE_RECORD', label: '对外贸易经营者备案', countUnit: null },
  { code: 'GREEN_FACTORY', label: '绿色工厂', countUnit: null },
  { code: 'IP_COMPLIANCE', label: '知识产权合规管理体系认证', countUnit: null },
] as const;

export type QualificationCode = (typeof QUALIFICATIONS)[number]['code'];

export const QUALIFICATION_CODES: readonly QualificationCode[] = QUALIFICATIONS.map((q) => q.code);

export const QUALIFICATION_LABELS: Readonly<Record<QualificationCode, string>> = Object.freeze(
  Object.fromEntries(QUALIFICATIONS.map((q) => [q.code, q.label])) as Record<QualificationCode, string>,
);

const names = new Map<string, string>(QUALIFICATIONS.map((q) => [q.code, q.label]));
const units = new Map<string, string | null>(QUALIFICATIONS.map((q) => [q.code, q.countUnit]));

/** Names (and count units) as the catalogue keeps them now (loaded with the catalogue). */
export function registerQualificationNames(rows: readonly { code: string; name: string; countUnit?: string | null }[]): void {
  for (const r of rows) {
    names.set(r.code, r.name);
    if (r.countUnit !== undefined) units.set(r.code, r.countUnit);
  }
}

/** The unit a numeric kind is counted in (项); null for a kind that is held or not, or an unknown code. */
export function qualificationUnit(code: string): string | null {
  return units.get(code) ?? null;
}

export function isQualificationCode(code: string): code is QualificationCode {
  return (QUALIFICATION_CODES as readonly string[]).includes(code);
}

/** 中文名称；未知代码返回 null。 */
export function qualificationLabel(code: string): string | null {
  return names.get(code) ?? null;
}
