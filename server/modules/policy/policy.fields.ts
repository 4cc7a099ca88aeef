import { createHash } from 'node:crypto';
import { isIndustryCode } from '../../common/codes/industries.js';
import { isRegionCode } from '../../common/codes/regions.js';
import { ErrorCode, Violations } from '../../common/errors.js';
import { clean } from '../../common/validate.js';
import { SizeClassEnum } from '../enterprise/index.js';
import { ServiceColumn } from '../../common/service-column.js';
import { PolicyType, PolicyValidity } from './policy.entity.js';
import type { PolicyFieldsInput } from './policy.inputs.js';
import { sanitizeBody } from './content/sanitize.js';
import type { Column } from '../../db/columns.js';
import { SQL_TYPES, TABLES } from '../../db/tables.generated.js';

/** Validated, normalised policy content, as stored (and hashed for idempotent imports). */
export interface PolicyFields {
  title: string;
  docNo: string | null;
  departments: string[];
  publishedOn: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  validity: PolicyValidity;
  author: string | null;
  sourceName: string | null;
  sourceUrl: string | null;
  body: string;
  tags: string[];
  policyType: PolicyType;
  industries: string[];
  sizeClasses: string[];
  regions: string[];
  hotWords: string[];
  columns: string[];
  featured: boolean;
}

export const MAX_BODY_CHARS = 200_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

function len(s: string): number {
  return [...s].length;
}

/** Trims, de-duplicates and caps a list of short strings. */
function strings(v: Violations, field: string, label: string, list: unknown, maxItems: number, maxLen: number): string[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    v.add(ErrorCode.INVALID, field, `${label}格式不正确`);
    return [];
  }
  if (list.length > maxItems) v.add(ErrorCode.TOO_LONG, field, `${label}最多${maxItems}项`);
  const out = [...new Set(list.map((s) => (typeof s === 'string' ? s.trim() : '')).filter(Boolean))];
  if (out.some((s) => len(s) > maxLen)) v.add(ErrorCode.TOO_LONG, field, `${label}每项不能超过${maxLen}个字`);
  return out;
}

function date(v: Violations, field: string, label: string, value: unknown): string | null {
  const s = typeof value === 'string' ? clean(value) : null;
  if (!s) return null;
  if (!isDate(s)) v.add(ErrorCode.INVALID, field, `${label}格式应为 YYYY-MM-DD`);
  return s;
}

function text(v: Violations, field: string, label: string, value: unknown, max: number): string | null {
  const s = typeof value === 'string' ? clean(value) : null;
  v.maxLength(field, s, max, label);
  return s;
}

/** Validates content from the API or an import line; errors go to `v` under `prefix`. */
export function normalizePolicyFields(v: Violations, input: Partial<PolicyFieldsInput>, prefix = 'fields'): PolicyFields {
  const f = (name: string) => `${prefix}.${name}`;
  const title = text(v, f('title'), '标题', input.title, 200);
  v.required(f('title'), title, '标题');
  const docNo = text(v, f('docNo'), '文号', input.docNo, 100);
  const departments = strings(v, f('departments'), '发文部门', input.departments, 10, 50);
  if (!departments.length) v.add(ErrorCode.REQUIRED, f('departments'), '请填写发文部门');
  const publishedOn = date(v, f('publishedOn'), '发布日期', input.publishedOn);
  const effectiveFrom = date(v, f('effectiveFrom'), '生效日期', input.effectiveFrom);
  const effectiveTo = date(v, f('effectiveTo'), '失效日期', input.effectiveTo);
  if (effectiveFrom && effectiveTo && effectiveTo < effectiveFrom) v.add(ErrorCode.INVALID, f('effectiveTo'), '失效日期不能早于生效日期');
  const validity = (input.validity ?? PolicyValidity.IN_FORCE) as PolicyValidity;
  if (!Object.values(PolicyValidity).includes(validity)) v.add(ErrorCode.INVALID, f('validity'), '效力状态无效');
  const author = text(v, f('author'), '作者', input.author, 100);
  const sourceName = text(v, f('sourceName'), '来源名称', input.sourceName, 100);
  const sourceUrl = text(v, f('sourceUrl'), '来源网址', input.sourceUrl, 500);
  if (sourceUrl && !isHttpUrl(sourceUrl)) v.add(ErrorCode.INVALID, f('sourceUrl'), '来源网址应以 http:// 或 https:// 开头');
  let body = '';
  if (typeof input.body !== 'string' || !input.body.trim()) v.add(ErrorCode.REQUIRED, f('body'), '请填写正文');
  else if (input.body.length > MAX_BODY_CHARS) v.add(ErrorCode.TOO_LONG, f('body'), `正文不能超过${MAX_BODY_CHARS}个字符`);
  else {
    body = sanitizeBody(input.body);
    if (!body) v.add(ErrorCode.REQUIRED, f('body'), '正文清理后为空，请检查内容');
  }
  const policyType = input.policyType as PolicyType;
  if (!Object.values(PolicyType).includes(policyType)) v.add(ErrorCode.INVALID, f('policyType'), '政策类型无效');
  const tags = strings(v, f('tags'), '标签', input.tags, 20, 20);
  const industries = strings(v, f('industries'), '行业', input.industries, 50, 4);
  if (industries.some((c) => !(/^[A-T]$/.test(c) || (/^\d{2,4}$/.test(c) && isIndustryCode(c.slice(0, 2)))))) {
    v.add(ErrorCode.INVALID, f('industries'), '行业代码无效（GB/T 4754-2017 门类字母或行业代码）');
  }
  const sizeClasses = strings(v, f('sizeClasses'), '企业规模', input.sizeClasses, 4, 10);
  if (sizeClasses.some((s) => !Object.values(SizeClassEnum).includes(s as SizeClassEnum))) v.add(ErrorCode.INVALID, f('sizeClasses'), '企业规模无效');
  const regions = strings(v, f('regions'), '适用地区', input.regions, 50, 6);
  if (regions.some((r) => !isRegionCode(r))) v.add(ErrorCode.INVALID, f('regions'), '地区代码无效（GB/T 2260 行政区划代码）');
  const hotWords = strings(v, f('hotWords'), '热词', input.hotWords, 20, 20);
  const columns = strings(v, f('columns'), '栏目', input.columns ?? [ServiceColumn.POLICY], 6, 20);
  if (columns.some((c) => !Object.values(ServiceColumn).includes(c as ServiceColumn))) v.add(ErrorCode.INVALID, f('columns'), '栏目无效');
  return {
    title: title ?? '',
    docNo,
    departments,
    publishedOn,
    effectiveFrom,
    effectiveTo,
    validity,
    author,
    sourceName,
    sourceUrl,
    body,
    tags,
    policyType,
    industries,
    sizeClasses,
    regions,
    hotWords,
    columns,
    featured: input.featured === true,
  };
}

/** Same document, same key: docNo (or title when there is none) and the first issuing department. */
export function dedupeKey(f: Pick<PolicyFields, 'docNo' | 'title' | 'departments'>): string {
  return `${f.docNo ? `no:${f.docNo.replace(/\s+/g, '')}` : `title:${f.title}`}|${f.departments[0] ?? ''}`;
}

export function contentHash(f: PolicyFields): string {
  return createHash('sha256').update(JSON.stringify(f)).digest('hex');
}

/** The `PolicyFields` properties in the order inserts and updates bind them. */
const FIELD_PROPERTIES = [
  'title',
  'docNo',
  'departments',
  'publishedOn',
  'effectiveFrom',
  'effectiveTo',
  'validity',
  'author',
  'sourceName',
  'sourceUrl',
  'body',
  'tags',
  'policyType',
  'industries',
  'sizeClasses',
  'regions',
  'hotWords',
  'columns',
  'featured',
] as const satisfies readonly (Column<'policy'> & keyof PolicyFields)[];
/** Column order used by inserts and updates (names from the generated column map). */
export const FIELD_COLUMNS = FIELD_PROPERTIES.map((p) => TABLES.policy[p]);
/** The SQL type of each of those columns (from the generated catalogue), to cast bound values to. */
export const FIELD_CASTS = FIELD_PROPERTIES.map((p) => SQL_TYPES.policy[p]);

export function fieldValues(f: PolicyFields): unknown[] {
  return FIELD_PROPERTIES.map((p) => f[p]);
}
