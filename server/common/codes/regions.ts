/**
 * GB/T 2260 中华人民共和国行政区划代码（节选）：
 * 全部 34 个省级行政区、安徽省 16 个地级市，以及合肥市、芜湖市的现行区县。
 */

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

const ANHUI_CITIES: readonly (readonly [string, string])[] = [
  ['340100', '合肥市'],
  ['340200', '芜湖市'],
  ['340300', '蚌埠市'],
  ['340400', '淮南市'],
  ['340500', '马鞍山市'],
  ['340600', '淮北市'],
  ['340700', '铜陵市'],
  ['340800', '安庆市'],
  ['341000', '黄山市'],
  ['341100', '滁州市'],
  ['341200', '阜阳市'],
  ['341300', '宿州市'],
  ['341500', '六安市'],
  ['341600', '亳州市'],
  ['341700', '池州市'],
  ['341800', '宣城市'],
];

const HEFEI_COUNTIES: readonly (readonly [string, string])[] = [
  ['340102', '瑶海区'],
  ['340103', '庐阳区'],
  ['340104', '蜀山区'],
  ['340111', '包河区'],
  ['340121', '长丰县'],
  ['340122', '肥东县'],
  ['340123', '肥西县'],
  ['340124', '庐江县'],
  ['340181', '巢湖市'],
];

/** 2020 年区划调整后的芜湖市（三山区并入弋江区，芜湖县→湾沚区，繁昌县→繁昌区）。 */
const WUHU_COUNTIES: readonly (readonly [string, string])[] = [
  ['340202', '镜湖区'],
  ['340207', '鸠江区'],
  ['340209', '弋江区'],
  ['340210', '湾沚区'],
  ['340212', '繁昌区'],
  ['340223', '南陵县'],
  ['340281', '无为市'],
];

const withParent = (rows: readonly (readonly [string, string])[], parent: string | null): Region[] => rows.map(([code, name]) => ({ code, name, parent }));

export const REGIONS: readonly Region[] = Object.freeze([
  ...withParent(PROVINCES, null),
  ...withParent(ANHUI_CITIES, '340000'),
  ...withParent(HEFEI_COUNTIES, '340100'),
  ...withParent(WUHU_COUNTIES, '340200'),
]);

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
