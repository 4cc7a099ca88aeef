/**
 * 中小企业划型（《中小企业划型标准规定》，工信部联企业〔2011〕300号）。
 *
 * 行业按 GB/T 4754-2017 映射到标准的 16 个行业组（参照《统计上大中小微型企业划分办法（2017）》的行业范围）。
 * 标准规定："以上"含本数，"以下"不含本数。各组的判定语义：
 *   - 中小微型：指标一低于上限 或 指标二低于上限 —— 因此"大型"须所有指标都达到上限；
 *   - 中型：各指标均达到中型下限（且）；
 *   - 小型：各指标均达到小型下限（且）；
 *   - 微型：任一指标低于小型下限（或）。
 */

export type SizeClass = 'LARGE' | 'MEDIUM' | 'SMALL' | 'MICRO';

export const SIZE_CLASSES: readonly SizeClass[] = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'];

/** The SizeClass enum's labels (its value descriptions in the schema): what tables, filters and exports show. */
export const SIZE_CLASS_NAMES: Readonly<Record<SizeClass, string>> = Object.freeze({ LARGE: '大型', MEDIUM: '中型', SMALL: '小型', MICRO: '微型' });

/** In a sentence: 大型企业, 中型企业… */
export const SIZE_CLASS_LABELS: Readonly<Record<SizeClass, string>> = Object.freeze(
  Object.fromEntries(SIZE_CLASSES.map((c) => [c, `${SIZE_CLASS_NAMES[c]}企业`])) as Record<SizeClass, string>,
);

export type SizeIndustryGroup =
  | 'AGRICULTURE'
  | 'INDUSTRY'
  | 'CONSTRUCTION'
  | 'WHOLESALE'
  | 'RETAIL'
  | 'TRANSPORT'
  | 'WAREHOUSING'
  | 'POSTAL'
  | 'ACCOMMODATION'
  | 'CATERING'
  | 'INFORMATION_TRANSMISSION'
  | 'SOFTWARE_IT'
  | 'REAL_ESTATE_DEVELOPMENT'
  | 'PROPERTY_MANAGEMENT'
  | 'LEASING_BUSINESS'
  | 'OTHER';

type Metric = 'employees' | 'revenue' | 'totalAssets';

interface SizeRule {
  label: string;
  metrics: readonly Metric[];
  /** 每个数组与 metrics 一一对应：达到（>=）该值即满足。 */
  large: readonly number[];
  medium: readonly number[];
  small: readonly number[];
}

const ER: readonly Metric[] = ['employees', 'revenue'];

/** 从业人员单位：人；营业收入、资产总额单位：万元。 */
export const SIZE_RULES: Readonly<Record<SizeIndustryGroup, SizeRule>> = Object.freeze({
  AGRICULTURE: { label: '农、林、牧、渔业', metrics: ['revenue'], large: [20000], medium: [500], small: [50] },
  INDUSTRY: { label: '工业', metrics: ER, large: [1000, 40000], medium: [300, 2000], small: [20, 300] },
  CONSTRUCTION: {
    label: '建筑业',
    metrics: ['revenue', 'totalAssets'],
    large: [80000, 80000],
    medium: [6000, 5000],
    small: [300, 300],
  },
  WHOLESALE: { label: '批发业', metrics: ER, large: [200, 40000], medium: [20, 5000], small: [5, 1000] },
  RETAIL: { label: '零售业', metrics: ER, large: [300, 20000], medium: [50, 500], small: [10, 100] },
  TRANSPORT: { label: '交通运输业', metrics: ER, large: [1000, 30000], medium: [300, 3000], small: [20, 200] },
  WAREHOUSING: { label: '仓储业', metrics: ER, large: [200, 30000], medium: [100, 1000], small: [20, 100] },
  POSTAL: { label: '邮政业', metrics: ER, large: [1000, 30000], medium: [300, 2000], small: [20, 100] },
  ACCOMMODATION: { label: '住宿业', metrics: ER, large: [300, 10000], medium: [100, 2000], small: [10, 100] },
  CATERING: { label: '餐饮业', metrics: ER, large: [300, 10000], medium: [100, 2000], small: [10, 100] },
  INFORMATION_TRANSMISSION: {
    label: '信息传输业',
    metrics: ER,
    large: [2000, 100000],
    medium: [100, 1000],
    small: [10, 100],
  },
  SOFTWARE_IT: { label: '软件和信息技术服务业', metrics: ER, large: [300, 10000], medium: [100, 1000], small: [10, 50] },
  REAL_ESTATE_DEVELOPMENT: {
    label: '房地产开发经营',
    metrics: ['revenue', 'totalAssets'],
    large: [200000, 10000],
    medium: [1000, 5000],
    small: [100, 2000],
  },
  PROPERTY_MANAGEMENT: { label: '物业管理', metrics: ER, large: [1000, 5000], medium: [300, 1000], small: [100, 500] },
  LEASING_BUSINESS: {
    label: '租赁和商务服务业',
    metrics: ['employees', 'totalAssets'],
    large: [300, 120000],
    medium: [100, 8000],
    small: [10, 100],
  },
  OTHER: { label: '其他未列明行业', metrics: ['employees'], large: [300], medium: [100], small: [10] },
});

export const SIZE_GROUP_LABELS: Readonly<Record<SizeIndustryGroup, string>> = Object.freeze(
  Object.fromEntries(Object.entries(SIZE_RULES).map(([k, r]) => [k, r.label])) as Record<SizeIndustryGroup, string>,
);

const SECTION_GROUPS: Readonly<Record<string, SizeIndustryGroup>> = {
  A: 'AGRICULTURE',
  B: 'INDUSTRY',
  C: 'INDUSTRY',
  D: 'INDUSTRY',
  E: 'CONSTRUCTION',
  L: 'LEASING_BUSINESS',
  M: 'OTHER',
  N: 'OTHER',
  O: 'OTHER',
  P: 'OTHER',
  Q: 'OTHER',
  R: 'OTHER',
  // F、G、H、I、K 门类跨多个行业组，需给出大类/中类；J（金融业，另有标准）、S、T 不适用。
};

function divisionGroup(division: number, code: string): SizeIndustryGroup | null {
  if (division >= 1 && division <= 5) return 'AGRICULTURE';
  if (division >= 6 && division <= 46) return 'INDUSTRY';
  if (division >= 47 && division <= 50) return 'CONSTRUCTION';
  if (division === 51) return 'WHOLESALE';
  if (division === 52) return 'RETAIL';
  // 53 铁路运输业不在交通运输业范围内。
  if (division >= 54 && division <= 58) return 'TRANSPORT';
  if (division === 59) {
    // 591 装卸搬运 → 交通运输业；592–599 各类仓储 → 仓储业；仅给出大类时无法区分。
    if (code.length < 3) return null;
    return code[2] === '1' ? 'TRANSPORT' : 'WAREHOUSING';
  }
  if (division === 60) return 'POSTAL';
  if (division === 61) return 'ACCOMMODATION';
  if (division === 62) return 'CATERING';
  if (division === 63 || division === 64) return 'INFORMATION_TRANSMISSION';
  if (division === 65) return 'SOFTWARE_IT';
  // 66–69 金融业适用《金融业企业划型标准规定》，不在此列。
  if (division === 70) {
    // 701 房地产开发经营；702 物业管理；703 中介、709 其他 → 其他未列明；704 自有房地产经营活动不适用。
    if (code.length < 3) return null;
    switch (code[2]) {
      case '1':
        return 'REAL_ESTATE_DEVELOPMENT';
      case '2':
        return 'PROPERTY_MANAGEMENT';
      case '3':
      case '9':
        return 'OTHER';
      default:
        return null;
    }
  }
  if (division === 71 || division === 72) return 'LEASING_BUSINESS';
  if (division >= 73 && division <= 90) return 'OTHER';
  // 91–97 公共管理、社会组织、国际组织不适用。
  return null;
}

/**
 * 行业代码 → 划型行业组。接受门类字母（'C'）、两位大类（'13'）或更长的中类/小类代码（'5912'）。
 * 代码无法识别、跨多个行业组（如 'F'、'59'、'70'）或不适用本标准（金融业、公共管理等）时返回 null。
 */
export function sizeIndustryGroup(industryCode: string): SizeIndustryGroup | null {
  const code = industryCode.trim().toUpperCase();
  if (/^[A-T]$/.test(code)) return SECTION_GROUPS[code] ?? null;
  if (!/^\d{2,4}$/.test(code)) return null;
  return divisionGroup(Number(code.slice(0, 2)), code);
}

export interface SizeClassInput {
  industryCode: string;
  employees: number | null;
  /** 营业收入，万元 */
  revenue: number | null;
  /** 资产总额，万元 */
  totalAssets: number | null;
}

const meetsAll = (values: readonly number[], thresholds: readonly number[]): boolean => values.every((v, i) => v >= thresholds[i]!);

/**
 * 按行业组的"且/或"规则划型。所需指标缺失（null）或非法（负数、NaN）、行业无法确定时返回 null。
 */
export function classifySize(input: SizeClassInput): SizeClass | null {
  const group = sizeIndustryGroup(input.industryCode);
  if (group === null) return null;
  const rule = SIZE_RULES[group];
  const values: number[] = [];
  for (const metric of rule.metrics) {
    const v = input[metric];
    if (v === null || v === undefined || !Number.isFinite(v) || v < 0) return null;
    values.push(v);
  }
  if (meetsAll(values, rule.large)) return 'LARGE';
  if (meetsAll(values, rule.medium)) return 'MEDIUM';
  if (meetsAll(values, rule.small)) return 'SMALL';
  return 'MICRO';
}

/**
 * 指标不全时可能的划型：缺失的指标可取任何非负值，按各档下限取样（划型随每项指标单调分段变化，取样即穷尽）。
 * 全部可能一致时只有一项（已确定）；行业无法确定或不适用时返回空数组。
 */
export function possibleSizes(input: SizeClassInput): SizeClass[] {
  const group = sizeIndustryGroup(input.industryCode);
  if (group === null) return [];
  const rule = SIZE_RULES[group];
  const choices = rule.metrics.map((metric, i) => {
    const v = input[metric];
    if (v !== null && v !== undefined && Number.isFinite(v) && v >= 0) return [v];
    return [0, rule.small[i]!, rule.medium[i]!, rule.large[i]!];
  });
  const out = new Set<SizeClass>();
  const walk = (i: number, picked: Partial<Record<Metric, number>>) => {
    if (i === rule.metrics.length) {
      const c = classifySize({ industryCode: input.industryCode, employees: null, revenue: null, totalAssets: null, ...picked });
      if (c) out.add(c);
      return;
    }
    for (const v of choices[i]!) walk(i + 1, { ...picked, [rule.metrics[i]!]: v });
  };
  walk(0, {});
  return SIZE_CLASSES.filter((c) => out.has(c));
}
