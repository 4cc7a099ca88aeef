/**
 * GB/T 4754-2017《国民经济行业分类》：20 个门类（A–T）与 97 个大类（01–97）。
 */

export type IndustryLevel = 'SECTION' | 'DIVISION';

export interface Industry {
  /** 门类为单个大写字母，大类为两位数字。 */
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

/** 大类名称，下标 0 对应 01。 */
const DIVISION_NAMES: readonly string[] = [
  // A
  '农业',
  '林业',
  '畜牧业',
  '渔业',
  '农、林、牧、渔专业及辅助性活动',
  // B
  '煤炭开采和洗选业',
  '石油和天然气开采业',
  '黑色金属矿采选业',
  '有色金属矿采选业',
  '非金属矿采选业',
  '开采专业及辅助性活动',
  '其他采矿业',
  // C
  '农副食品加工业',
  '食品制造业',
  '酒、饮料和精制茶制造业',
  '烟草制品业',
  '纺织业',
  '纺织服装、服饰业',
  '皮革、毛皮、羽毛及其制品和制鞋业',
  '木材加工和木、竹、藤、棕、草制品业',
  '家具制造业',
  '造纸和纸制品业',
  '印刷和记录媒介复制业',
  '文教、工美、体育和娱乐用品制造业',
  '石油、煤炭及其他燃料加工业',
  '化学原料和化学制品制造业',
  '医药制造业',
  '化学纤维制造业',
  '橡胶和塑料制品业',
  '非金属矿物制品业',
  '黑色金属冶炼和压延加工业',
  '有色金属冶炼和压延加工业',
  '金属制品业',
  '通用设备制造业',
  '专用设备制造业',
  '汽车制造业',
  '铁路、船舶、航空航天和其他运输设备制造业',
  '电气机械和器材制造业',
  '计算机、通信和其他电子设备制造业',
  '仪器仪表制造业',
  '其他制造业',
  '废弃资源综合利用业',
  '金属制品、机械和设备修理业',
  // D
  '电力、热力生产和供应业',
  '燃气生产和供应业',
  '水的生产和供应业',
  // E
  '房屋建筑业',
  '土木工程建筑业',
  '建筑安装业',
  '建筑装饰、装修和其他建筑业',
  // F
  '批发业',
  '零售业',
  // G
  '铁路运输业',
  '道路运输业',
  '水上运输业',
  '航空运输业',
  '管道运输业',
  '多式联运和运输代理业',
  '装卸搬运和仓储业',
  '邮政业',
  // H
  '住宿业',
  '餐饮业',
  // I
  '电信、广播电视和卫星传输服务',
  '互联网和相关服务',
  '软件和信息技术服务业',
  // J
  '货币金融服务',
  '资本市场服务',
  '保险业',
  '其他金融业',
  // K
  '房地产业',
  // L
  '租赁业',
  '商务服务业',
  // M
  '研究和试验发展',
  '专业技术服务业',
  '科技推广和应用服务业',
  // N
  '水利管理业',
  '生态保护和环境治理业',
  '公共设施管理业',
  '土地管理业',
  // O
  '居民服务业',
  '机动车、电子产品和日用产品修理业',
  '其他服务业',
  // P
  '教育',
  // Q
  '卫生',
  '社会工作',
  // R
  '新闻和出版业',
  '广播、电视、电影和录音制作业',
  '文化艺术业',
  '体育',
  '娱乐业',
  // S
  '中国共产党机关',
  '国家机构',
  '人民政协、民主党派',
  '社会保障',
  '群众团体、社会团体和其他成员组织',
  '基层群众自治组织及其他组织',
  // T
  '国际组织',
];

function buildIndustries(): Industry[] {
  const out: Industry[] = [];
  for (const [section, name, from, to] of SECTIONS) {
    out.push({ code: section, name, level: 'SECTION', section });
    for (let n = from; n <= to; n++) {
      const divisionName = DIVISION_NAMES[n - 1];
      if (divisionName === undefined) throw new Error(`缺少大类名称：${n}`);
      out.push({ code: String(n).padStart(2, '0'), name: divisionName, level: 'DIVISION', section });
    }
  }
  return out;
}

/** 门类在前、其所属大类紧随其后。 */
export const INDUSTRIES: readonly Industry[] = Object.freeze(buildIndustries());

const BY_CODE: ReadonlyMap<string, Industry> = new Map(INDUSTRIES.map((i) => [i.code, i]));

/** 门类或大类名称；未收录时返回 null。 */
export function industryName(code: string): string | null {
  return BY_CODE.get(code)?.name ?? null;
}

/** 是否为门类字母或大类两位代码。 */
export function isIndustryCode(code: string): boolean {
  return BY_CODE.has(code);
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
