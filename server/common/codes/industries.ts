/**
 * GB/T 4754-2017《国民经济行业分类》：20 个门类（A–T）、97 个大类、473 个中类、1380 个小类。
 * 表本身由 `server/cli/industries-gen.ts` 生成（industries.data.ts）。
 */
import { GBT_4754_2017 } from './industries.data.js';

export type IndustryLevel = 'SECTION' | 'DIVISION' | 'GROUP' | 'CLASS';

export interface Industry {
  /** 门类为单个大写字母，大类、中类、小类为两、三、四位数字。 */
  code: string;
  name: string;
  level: IndustryLevel;
  /** 所属门类字母（门类自身即为其代码）。 */
  section: string;
}

/** [门类, 门类名称, 起始大类, 结束大类] */
const SECTIONS: readonly (readonly [string, string, number, number])[] = [
  ['A', '农、林、牧、渔业', 1, 5],
  ['B', '采矿业', 6, 12],
  ['C', '制造业', 13, 43],
  ['D', '电力、热力、燃气及水生产和供应业', 44, 46],
  ['E', '建筑业', 47, 50],
  ['F', '批发和零售业', 51, 52],
  ['G', '交通运输、仓储和邮政业', 53, 60],
  ['H', '住宿和餐饮业', 61, 62],
  ['I', '信息传输、软件和信息技术服务业', 63, 65],
  ['J', '金融业', 66, 69],
  ['K', '房地产业', 70, 70],
  ['L', '租赁和商务服务业', 71, 72],
  ['M', '科学研究和技术服务业', 73, 75],
  ['N', '水利、环境和公共设施管理业', 76, 79],
  ['O', '居民服务、修理和其他服务业', 80, 82],
  ['P', '教育', 83, 83],
  ['Q', '卫生和社会工作', 84, 85],
  ['R', '文化、体育和娱乐业', 86, 90],
  ['S', '公共管理、社会保障和社会组织', 91, 96],
  ['T', '国际组织', 97, 97],
];

const SECTION_OF_DIVISION = new Map<string, string>();
for (const [section, , from, to] of SECTIONS) for (let n = from; n <= to; n++) SECTION_OF_DIVISION.set(String(n).padStart(2, '0'), section);

const LEVELS: Record<number, IndustryLevel> = { 1: 'SECTION', 2: 'DIVISION', 3: 'GROUP', 4: 'CLASS' };

/** Every code of the standard (generated table, `server/cli/industries-gen.ts`), in its order. */
export const ALL_INDUSTRIES: readonly Industry[] = Object.freeze(
  GBT_4754_2017.map(([code, name]) => ({
    code,
    name,
    level: LEVELS[code.length]!,
    section: code.length === 1 ? code : SECTION_OF_DIVISION.get(code.slice(0, 2))!,
  })),
);

/** 门类在前、其所属大类紧随其后。 */
export const INDUSTRIES: readonly Industry[] = Object.freeze(ALL_INDUSTRIES.filter((i) => i.code.length <= 2));

const BY_CODE: ReadonlyMap<string, Industry> = new Map(ALL_INDUSTRIES.map((i) => [i.code, i]));

/** 门类、大类、中类或小类名称；未收录时返回 null。 */
export function industryName(code: string): string | null {
  return BY_CODE.get(code)?.name ?? null;
}

/** 是否为标准中的门类字母或大类、中类、小类代码（规范写法，见 normalizeIndustryCode）。 */
export function isIndustryCode(code: string): boolean {
  return BY_CODE.has(code);
}

/**
 * 规范写法：接受 `C3421`、`3421`、`C`、`c34` 等（门类字母可带可不带，须与代码所属门类一致），
 * 返回 `3421`、`C`、`34`；不是标准中的代码时返回 null。
 */
export function normalizeIndustryCode(input: string | null | undefined): string | null {
  const m = /^([A-Ta-t])?(\d{2,4})?$/.exec((input ?? '').trim());
  if (!m || (!m[1] && !m[2])) return null;
  const letter = m[1]?.toUpperCase();
  const code = m[2] ?? letter!;
  const industry = BY_CODE.get(code);
  if (!industry || (letter && industry.section !== letter)) return null;
  return code;
}

/** 代码连同各级上级，由大到小：'3421' → ['C', '34', '342', '3421']。 */
export function industryAncestors(code: string): string[] {
  const industry = BY_CODE.get(code);
  if (!industry) return [];
  const out = [industry.section];
  for (let n = 2; n <= code.length && code.length > 1; n++) out.push(code.slice(0, n));
  return out;
}

/**
 * 所属门类字母。接受门类字母、两位大类，或前两位为大类的中类/小类代码（如 '3411'）；
 * 无法识别时返回 null。
 */
export function industrySection(code: string): string | null {
  const key = /^\d{3,4}$/.test(code) ? code.slice(0, 2) : code;
  return BY_CODE.get(key)?.section ?? null;
}

/** 某门类下的全部大类。 */
export function industryDivisions(section: string): Industry[] {
  return INDUSTRIES.filter((i) => i.level === 'DIVISION' && i.section === section);
}
