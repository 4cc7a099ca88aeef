import { REGIONS } from '../../common/codes/regions.js';

/**
 * I3 naming pattern 服务范围+服务领域+服务形式, e.g. 安徽省+知识产权+咨询服务. Scope: a division name
 * (or 全国, 长三角, 全省, 全市); form: a name ending in 服务 (咨询服务, 培训服务…); field: what is between, ≥ 2 characters.
 */
const SCOPES = [...REGIONS.map((r) => r.name), '全国', '长三角', '全省', '全市'].sort((a, b) => b.length - a.length);
export const SERVICE_FORMS = [
  '咨询服务',
  '培训服务',
  '代理服务',
  '评估服务',
  '对接服务',
  '辅导服务',
  '检测服务',
  '认证服务',
  '托管服务',
  '融资服务',
  '申报服务',
  '诊断服务',
  '孵化服务',
  '招聘服务',
  '法律服务',
  '设计服务',
  '推广服务',
  '服务',
];

export interface NameCheck {
  fits: boolean;
  scope: string | null;
  field: string | null;
  form: string | null;
}

export function checkProductName(name: string): NameCheck {
  const scope = SCOPES.find((s) => name.startsWith(s)) ?? null;
  const form = SERVICE_FORMS.find((f) => name.endsWith(f)) ?? null;
  const middle = name.slice(scope?.length ?? 0, form ? name.length - form.length : name.length).replace(/[+＋]/g, '');
  const field = [...middle].length >= 2 ? middle : null;
  return { fits: !!scope && !!form && !!field, scope, field, form };
}

/** A name that follows the pattern, built from what fits plus the region and subcategory. */
export function suggestProductName(name: string, regionName: string | null, subcategory: string): string {
  const c = checkProductName(name);
  const scope = c.scope ?? regionName ?? '安徽省';
  const field = c.field ?? subcategory.replace(/服务$/, '');
  const form = c.form && c.form !== '服务' ? c.form : '咨询服务';
  return `${scope}${field}${form}`;
}
