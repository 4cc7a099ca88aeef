/**
 * 确定性演示数据生成器（纯函数，无 I/O）：企业与服务机构。
 * 同一 seed 始终生成完全相同的数据。
 */
import { pinyin } from 'pinyin-pro';
import { QUALIFICATION_CODES, type QualificationCode } from '../../server/common/codes/qualifications.js';
import { regionChildren, regionName } from '../../server/common/codes/regions.js';
import { TaxCreditGrade } from '../../server/modules/enterprise/enterprise.entity.js';
import { makeUscc } from '../../server/modules/enterprise/uscc.js';
import { SIZE_RULES, type SizeClass, classifySize, sizeIndustryGroup } from '../../server/modules/enterprise/size-class.js';

// ---------------------------------------------------------------------------
// PRNG
// ---------------------------------------------------------------------------

export type Rng = () => number;

/** mulberry32：32 位种子的小型确定性 PRNG，返回 [0, 1)。 */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** [min, max] 闭区间整数。 */
const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const chance = (rng: Rng, p: number): boolean => rng() < p;
const digits = (rng: Rng, n: number): string => Array.from({ length: n }, () => String(int(rng, 0, 9))).join('');

function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rng() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1]![0];
}

/** [lo, hi) 区间的对数均匀分布。 */
const logUniform = (rng: Rng, lo: number, hi: number): number => lo * Math.exp(rng() * Math.log(hi / lo));
/** 向下保留一位小数：阈值均为整数，向下取整不会跨越区间边界。 */
const floor1 = (n: number): number => Math.floor(n * 10) / 10;

const toPinyin = (text: string, surname = false): string =>
  pinyin(text, { toneType: 'none', separator: '', v: true, ...(surname ? { surname: 'head' as const } : {}) })
    .toLowerCase()
    .replace(/[^a-z]/g, '');

// ---------------------------------------------------------------------------
// People & contacts
// ---------------------------------------------------------------------------

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '许',
  '韩',
  '冯',
  '邓',
  '曹',
  '彭',
  '曾',
  '肖',
  '田',
  '董',
  '袁',
  '潘',
  '蒋',
  '蔡',
  '余',
  '杜',
  '叶',
  '程',
  '苏',
  '魏',
  '吕',
  '丁',
  '任',
  '沈',
  '姚',
  '汪',
  '方',
  '陶',
  '葛',
];
const GIVEN_NAMES = [
  '伟',
  '敏',
  '静',
  '磊',
  '军',
  '洋',
  '勇',
  '杰',
  '涛',
  '超',
  '鹏',
  '斌',
  '琳',
  '婷',
  '凯',
  '雯',
  '丽华',
  '建国',
  '志强',
  '晓燕',
  '海峰',
  '文斌',
  '俊杰',
  '雪梅',
  '玉兰',
  '家豪',
  '子涵',
  '欣怡',
  '浩然',
  '思远',
  '晨曦',
  '宇航',
  '佳怡',
  '振华',
  '明辉',
  '春燕',
  '秀英',
  '桂芳',
  '红梅',
  '立新',
  '建华',
  '德明',
  '永强',
  '慧敏',
  '晓东',
  '海涛',
  '丽娟',
  '志刚',
  '建军',
  '梦瑶',
  '雨欣',
  '一鸣',
  '天宇',
  '博文',
  '文静',
  '卫东',
  '国平',
  '亚楠',
  '学军',
  '晓峰',
];

function personName(rng: Rng): string {
  return pick(rng, SURNAMES) + pick(rng, GIVEN_NAMES);
}

/** 11 位手机号：1[3-9] + 9 位数字。 */
function mobile(rng: Rng): string {
  const second = weighted(rng, [
    [3, 4],
    [5, 3],
    [8, 3],
    [7, 1],
    [9, 1],
  ] as const);
  return `1${second}${digits(rng, 9)}`;
}

// ---------------------------------------------------------------------------
// Enterprises
// ---------------------------------------------------------------------------

export interface DemoEnterprise {
  uscc: string;
  name: string;
  regionCode: string;
  /** GB/T 4754-2017 两位大类代码 */
  industryCode: string;
  /** YYYY-MM-DD */
  establishedOn: string;
  employees: number;
  /** 营业收入，万元 */
  revenue: number;
  /** 资产总额，万元 */
  totalAssets: number;
  qualifications: QualificationCode[];
  /** 研发投入占营业收入比例（%），企业自报；null 为未填报 */
  rdRatio: number | null;
  /** 纳税信用等级，企业自报；null 为未填报 */
  taxCreditGrade: TaxCreditGrade | null;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

interface IndustryProfile {
  division: string;
  weight: number;
  /** 企业名称中的行业字号，如"精密机械" */
  words: readonly string[];
  /** 是否为科技型行业（影响资质概率） */
  tech: boolean;
}

/** 加权偏向制造业、软件、批发、零售。不含需中类才能划型的大类（59、70）及金融业。 */
const INDUSTRY_PROFILES: readonly IndustryProfile[] = [
  { division: '01', weight: 2, words: ['农业发展', '生态农业', '现代农业'], tech: false },
  { division: '13', weight: 3, words: ['粮油', '农产品加工', '米业'], tech: false },
  { division: '14', weight: 3, words: ['食品', '食品科技'], tech: false },
  { division: '15', weight: 1, words: ['茶业', '酒业'], tech: false },
  { division: '18', weight: 2, words: ['服饰', '服装'], tech: false },
  { division: '21', weight: 2, words: ['家具', '家居'], tech: false },
  { division: '26', weight: 3, words: ['化工', '新材料'], tech: true },
  { division: '27', weight: 3, words: ['药业', '生物医药', '生物科技'], tech: true },
  { division: '29', weight: 3, words: ['塑业', '橡塑制品'], tech: false },
  { division: '30', weight: 2, words: ['建材', '新型建材', '玻璃'], tech: false },
  { division: '33', weight: 3, words: ['金属制品', '五金'], tech: false },
  { division: '34', weight: 5, words: ['精密机械', '通用设备', '液压机械'], tech: true },
  { division: '35', weight: 4, words: ['智能装备', '专用设备', '环保设备'], tech: true },
  { division: '36', weight: 4, words: ['汽车零部件', '汽车配件'], tech: true },
  { division: '38', weight: 5, words: ['电气', '电器', '新能源'], tech: true },
  { division: '39', weight: 5, words: ['电子', '光电科技', '半导体'], tech: true },
  { division: '40', weight: 2, words: ['仪器仪表', '测控技术'], tech: true },
  { division: '48', weight: 2, words: ['路桥工程', '市政工程'], tech: false },
  { division: '50', weight: 3, words: ['建筑装饰工程', '装饰工程'], tech: false },
  { division: '51', weight: 12, words: ['商贸', '供应链管理', '贸易', '医药销售'], tech: false },
  { division: '52', weight: 9, words: ['商业连锁', '百货', '超市', '便利店'], tech: false },
  { division: '54', weight: 3, words: ['物流', '运输'], tech: false },
  { division: '61', weight: 1, words: ['酒店管理', '宾馆'], tech: false },
  { division: '62', weight: 3, words: ['餐饮管理', '餐饮'], tech: false },
  { division: '64', weight: 3, words: ['网络科技', '互联网科技'], tech: true },
  { division: '65', weight: 14, words: ['信息技术', '软件科技', '智能科技', '数据科技'], tech: true },
  { division: '72', weight: 4, words: ['企业管理咨询', '人力资源服务', '广告传媒'], tech: false },
  { division: '74', weight: 2, words: ['检测技术', '工程设计', '勘察设计'], tech: true },
  { division: '75', weight: 2, words: ['科技服务', '技术转移'], tech: true },
];

const BRAND_HEADS = [
  '瑞',
  '华',
  '恒',
  '鼎',
  '科',
  '宏',
  '金',
  '嘉',
  '新',
  '盛',
  '众',
  '安',
  '兴',
  '博',
  '德',
  '天',
  '中',
  '江',
  '徽',
  '皖',
  '信',
  '锦',
  '凯',
  '聚',
  '汇',
  '永',
  '润',
  '佳',
  '明',
  '正',
  '远',
  '美',
  '同',
  '力',
  '创',
  '智',
  '星',
  '龙',
  '海',
  '泰',
  '欣',
  '昌',
  '东',
  '联',
  '晨',
  '亿',
  '长',
  '益',
  '优',
  '源',
];
const BRAND_TAILS = [
  '丰',
  '信',
  '通',
  '盛',
  '达',
  '源',
  '泰',
  '宇',
  '辉',
  '诚',
  '利',
  '发',
  '瑞',
  '华',
  '远',
  '康',
  '成',
  '邦',
  '禾',
  '润',
  '和',
  '业',
  '峰',
  '元',
  '鑫',
  '腾',
  '科',
  '安',
  '博',
  '创',
];

/** 区域分布：合肥、芜湖落到区县，其余地级市落到市级代码。 */
function pickRegion(rng: Rng): string {
  const city = weighted<string>(rng, [
    ['340100', 40],
    ['340200', 15],
    ...regionChildren('340000')
      .filter((c) => c.code !== '340100' && c.code !== '340200')
      .map((c) => [c.code, 3] as const),
  ]);
  const counties = regionChildren(city);
  return counties.length > 0 ? pick(rng, counties).code : city;
}

/** 区划代码 → 地名前缀（去"市"），如 340104 → 合肥。 */
function cityPrefix(regionCode: string): string {
  const cityCode = `${regionCode.slice(0, 4)}00`;
  return regionName(cityCode)!.replace(/市$/, '');
}

const SIZE_WEIGHTS: readonly (readonly [SizeClass, number])[] = [
  ['MICRO', 35],
  ['SMALL', 35],
  ['MEDIUM', 22],
  ['LARGE', 8],
];

type Metrics = { employees?: number; revenue?: number; totalAssets?: number };

/** 按目标规模，在该行业组相应阈值区间内抽取划型所需指标。 */
function drawRequiredMetrics(rng: Rng, division: string, size: SizeClass): Metrics {
  const rule = SIZE_RULES[sizeIndustryGroup(division)!];
  const out: Metrics = {};
  rule.metrics.forEach((metric, i) => {
    const small = rule.small[i]!;
    const medium = rule.medium[i]!;
    const large = rule.large[i]!;
    const [lo, hi] =
      size === 'MICRO' ? [Math.max(1, small * 0.2), small] : size === 'SMALL' ? [small, medium] : size === 'MEDIUM' ? [medium, large] : [large, large * 4];
    const value = logUniform(rng, lo, hi);
    out[metric] = metric === 'employees' ? Math.min(hi - 1, Math.max(Math.ceil(lo), Math.floor(value))) : value;
  });
  return out;
}

/** 补齐划型未用到的指标，使三项指标彼此大致相称。 */
function completeMetrics(rng: Rng, m: Metrics): Required<Metrics> {
  let { employees, revenue, totalAssets } = m;
  if (revenue === undefined && employees !== undefined) revenue = employees * logUniform(rng, 15, 80);
  if (revenue === undefined && totalAssets !== undefined) revenue = totalAssets * logUniform(rng, 0.3, 1.2);
  if (employees === undefined) employees = Math.max(1, Math.round(revenue! / logUniform(rng, 20, 120)));
  if (totalAssets === undefined) totalAssets = revenue! * logUniform(rng, 0.5, 1.6);
  return { employees, revenue: floor1(revenue!), totalAssets: floor1(totalAssets) };
}

function pickQualifications(rng: Rng, tech: boolean, size: SizeClass): QualificationCode[] {
  const out = new Set<QualificationCode>();
  const sme = size !== 'LARGE';
  const f = tech ? 1 : 0.15;
  if (size !== 'MICRO' && chance(rng, 0.4 * f)) out.add('HIGH_TECH');
  if (sme && chance(rng, 0.3 * f)) out.add('TECH_SME');
  if (sme && chance(rng, 0.12 * f)) out.add('INNOVATIVE_SME');
  if ((size === 'SMALL' || size === 'MEDIUM') && chance(rng, 0.15 * f)) {
    out.add('SRDI');
    if (chance(rng, 0.25)) out.add('LITTLE_GIANT');
  }
  if (size !== 'MICRO' && chance(rng, 0.04 * f)) out.add('GAZELLE');
  if ((size === 'MEDIUM' || size === 'LARGE') && chance(rng, 0.2 * f)) out.add('ENTERPRISE_TECH_CENTER');
  return QUALIFICATION_CODES.filter((q) => out.has(q));
}

function establishedOn(rng: Rng): string {
  const from = Date.UTC(1995, 0, 1);
  const to = Date.UTC(2024, 11, 31);
  const day = int(rng, 0, Math.round((to - from) / 86_400_000));
  return new Date(from + day * 86_400_000).toISOString().slice(0, 10);
}

function enterpriseEmail(rng: Rng, contactName: string, brand: string, word: string, size: SizeClass): string {
  const person = toPinyin(contactName, true);
  if (size === 'MICRO' && chance(rng, 0.6)) {
    return chance(rng, 0.5) ? `${person}${int(rng, 10, 99)}@163.com` : `${int(rng, 10_000_000, 2_999_999_999)}@qq.com`;
  }
  const initials = pinyin(word, { pattern: 'first', toneType: 'none', separator: '' }).toLowerCase();
  return `${person}@${toPinyin(brand)}${initials}.com`;
}

/** 生成 count 家企业；名称与统一社会信用代码均唯一。 */
/**
 * What an enterprise declares for policy matching: about three in four report an R&D ratio in percent, at least 1 (higher in technology
 * industries) and two in three a tax credit grade. Drawn from the USCC, so adding it left every other field as it was.
 */
function declaredData(uscc: string, tech: boolean): Pick<DemoEnterprise, 'rdRatio' | 'taxCreditGrade'> {
  let h = 0;
  for (const ch of uscc) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const r = mulberry32(h);
  const rdRatio = r() < 0.75 ? Math.round((tech ? 2 + r() * 10 : 1 + r() * 3.3) * 100) / 100 : null;
  const g = r();
  const taxCreditGrade = g < 0.35 ? TaxCreditGrade.A : g < 0.6 ? TaxCreditGrade.B : g < 0.64 ? TaxCreditGrade.M : g < 0.67 ? TaxCreditGrade.C : null;
  return { rdRatio, taxCreditGrade };
}

export function generateEnterprises(count: number, seed: number): DemoEnterprise[] {
  const rng = mulberry32(seed);
  const names = new Set<string>();
  const usccs = new Set<string>();
  const out: DemoEnterprise[] = [];

  while (out.length < count) {
    const regionCode = pickRegion(rng);
    const profile = weighted(
      rng,
      INDUSTRY_PROFILES.map((p) => [p, p.weight] as const),
    );
    const size = weighted(rng, SIZE_WEIGHTS);
    const word = pick(rng, profile.words);

    let brand = '';
    let name = '';
    for (let attempt = 0; attempt < 50 && (name === '' || names.has(name)); attempt++) {
      const head = pick(rng, BRAND_HEADS);
      const tails = BRAND_TAILS.filter((t) => t !== head);
      brand = head + pick(rng, tails);
      const place = size !== 'MICRO' && size !== 'SMALL' && chance(rng, 0.25) ? '安徽' : cityPrefix(regionCode);
      const suffix = size === 'LARGE' || (size === 'MEDIUM' && chance(rng, 0.3)) ? '股份有限公司' : '有限公司';
      name = `${place}${brand}${word}${suffix}`;
    }
    if (names.has(name)) continue;

    let uscc = makeUscc(rng, regionCode);
    while (usccs.has(uscc)) uscc = makeUscc(rng, regionCode);

    const metrics = completeMetrics(rng, drawRequiredMetrics(rng, profile.division, size));
    // 防御：抽样结果必须与目标规模一致。
    const actual = classifySize({ industryCode: profile.division, ...metrics });
    if (actual !== size) throw new Error(`演示数据划型不一致：${name} 期望 ${size}，实际 ${actual}`);

    const contactName = personName(rng);
    names.add(name);
    usccs.add(uscc);
    out.push({
      uscc,
      name,
      regionCode,
      industryCode: profile.division,
      establishedOn: establishedOn(rng),
      ...metrics,
      qualifications: pickQualifications(rng, profile.tech, size),
      ...declaredData(uscc, profile.tech),
      contactName,
      contactPhone: mobile(rng),
      contactEmail: enterpriseEmail(rng, contactName, brand, word, size),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Institutions
// ---------------------------------------------------------------------------

export const INSTITUTION_TYPES = ['PUBLIC_INTEREST', 'GOVERNMENT', 'MARKET'] as const;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];

export const SERVICE_COLUMNS = ['POLICY', 'FINANCING', 'ENTREPRENEURSHIP', 'TALENT', 'TECHNOLOGY', 'CONSULTING'] as const;
export type ServiceColumn = (typeof SERVICE_COLUMNS)[number];

export interface DemoInstitution {
  name: string;
  type: InstitutionType;
  columns: ServiceColumn[];
  regionCodes: string[];
  qualifications: string;
  responsibleDepartment: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  description: string;
}

type InstitutionBase = Omit<DemoInstitution, 'contactName' | 'contactPhone' | 'contactEmail'> & {
  /** 电子邮箱域名（虚构） */
  domain: string;
};

const INSTITUTIONS: readonly InstitutionBase[] = [
  {
    name: '安徽省中小企业服务中心',
    type: 'PUBLIC_INTEREST',
    columns: ['POLICY', 'CONSULTING', 'TALENT'],
    regionCodes: ['340000'],
    qualifications: '国家中小企业公共服务示范平台',
    responsibleDepartment: '综合服务部',
    domain: 'ahsmesc.org.cn',
    description: '省级中小企业公共服务机构，提供政策宣贯、诊断咨询、培训和服务资源对接。',
  },
  {
    name: '合肥市中小企业服务中心',
    type: 'PUBLIC_INTEREST',
    columns: ['POLICY', 'CONSULTING', 'ENTREPRENEURSHIP'],
    regionCodes: ['340100'],
    qualifications: '省级中小企业公共服务示范平台',
    responsibleDepartment: '企业服务科',
    domain: 'hfsmesc.org.cn',
    description: '面向合肥市中小企业开展政策咨询、惠企政策兑现指导和服务机构对接。',
  },
  {
    name: '芜湖市中小企业服务中心',
    type: 'PUBLIC_INTEREST',
    columns: ['POLICY', 'CONSULTING'],
    regionCodes: ['340200'],
    qualifications: '省级中小企业公共服务示范平台',
    responsibleDepartment: '服务推进科',
    domain: 'whsmesc.org.cn',
    description: '承担芜湖市中小企业公共服务平台运营，组织专精特新培育和政策辅导。',
  },
  {
    name: '蚌埠市中小企业服务中心',
    type: 'PUBLIC_INTEREST',
    columns: ['POLICY', 'TALENT'],
    regionCodes: ['340300'],
    qualifications: '市级中小企业公共服务平台',
    responsibleDepartment: '综合科',
    domain: 'bbsmesc.org.cn',
    description: '为蚌埠市中小企业提供政策解读、人才培训和管理提升服务。',
  },
  {
    name: '合肥市经济和信息化局',
    type: 'GOVERNMENT',
    columns: ['POLICY'],
    regionCodes: ['340100'],
    qualifications: '市政府工作部门',
    responsibleDepartment: '中小企业处',
    domain: 'hfjxj.gov-demo.cn',
    description: '负责全市中小企业发展促进工作，发布惠企政策并组织专项资金申报。',
  },
  {
    name: '合肥市科学技术局',
    type: 'GOVERNMENT',
    columns: ['POLICY', 'TECHNOLOGY'],
    regionCodes: ['340100'],
    qualifications: '市政府工作部门',
    responsibleDepartment: '高新技术处',
    domain: 'hfkjj.gov-demo.cn',
    description: '组织高新技术企业认定、科技型中小企业评价及科技项目申报。',
  },
  {
    name: '芜湖市人力资源和社会保障局',
    type: 'GOVERNMENT',
    columns: ['TALENT', 'ENTREPRENEURSHIP'],
    regionCodes: ['340200'],
    qualifications: '市政府工作部门',
    responsibleDepartment: '就业促进科',
    domain: 'whrsj.gov-demo.cn',
    description: '提供创业担保贷款贴息、就业补贴、技能培训补贴等政策服务。',
  },
  {
    name: '合肥市科技金融服务有限公司',
    type: 'MARKET',
    columns: ['FINANCING'],
    regionCodes: ['340100'],
    qualifications: '市级科技金融服务机构',
    responsibleDepartment: '投融资服务部',
    domain: 'hfkjjr.com',
    description: '为科技型中小企业提供股权融资对接、科技贷款推荐和融资路演服务。',
  },
  {
    name: '徽商银行股份有限公司合肥分行',
    type: 'MARKET',
    columns: ['FINANCING'],
    regionCodes: ['340100'],
    qualifications: '金融许可证',
    responsibleDepartment: '普惠金融部',
    domain: 'hsbank-demo.com.cn',
    description: '提供小微企业信用贷款、知识产权质押融资和供应链金融产品。',
  },
  {
    name: '中国建设银行股份有限公司芜湖分行',
    type: 'MARKET',
    columns: ['FINANCING'],
    regionCodes: ['340200'],
    qualifications: '金融许可证',
    responsibleDepartment: '普惠金融事业部',
    domain: 'ccb-demo.com.cn',
    description: '面向芜湖市小微企业提供线上快贷、抵押贷款和结算服务。',
  },
  {
    name: '安徽省信用融资担保集团有限公司',
    type: 'MARKET',
    columns: ['FINANCING'],
    regionCodes: ['340000'],
    qualifications: '融资担保业务经营许可证',
    responsibleDepartment: '业务发展部',
    domain: 'ahcg-demo.com.cn',
    description: '为中小微企业提供融资担保、再担保和政银担风险分担服务。',
  },
  {
    name: '安徽省科技成果转化服务中心',
    type: 'PUBLIC_INTEREST',
    columns: ['TECHNOLOGY'],
    regionCodes: ['340000'],
    qualifications: '国家技术转移示范机构',
    responsibleDepartment: '成果转化部',
    domain: 'ahkjcg.org.cn',
    description: '开展技术需求征集、成果发布、技术合同登记和产学研对接。',
  },
  {
    name: '安徽省质量和标准化研究院',
    type: 'PUBLIC_INTEREST',
    columns: ['TECHNOLOGY', 'CONSULTING'],
    regionCodes: ['340000'],
    qualifications: '检验检测机构资质认定证书',
    responsibleDepartment: '标准化服务部',
    domain: 'ahqsi-demo.org.cn',
    description: '提供标准制修订指导、质量管理体系咨询和检验检测服务。',
  },
  {
    name: '芜湖市知识产权服务中心',
    type: 'PUBLIC_INTEREST',
    columns: ['TECHNOLOGY', 'CONSULTING'],
    regionCodes: ['340200'],
    qualifications: '知识产权公共服务网点',
    responsibleDepartment: '运营服务科',
    domain: 'whipc.org.cn',
    description: '提供专利检索分析、知识产权贯标辅导和质押融资对接服务。',
  },
  {
    name: '合肥高新区创业服务中心',
    type: 'PUBLIC_INTEREST',
    columns: ['ENTREPRENEURSHIP', 'TECHNOLOGY'],
    regionCodes: ['340104'],
    qualifications: '国家级科技企业孵化器',
    responsibleDepartment: '孵化服务部',
    domain: 'hfhtcyzx.org.cn',
    description: '提供孵化场地、创业辅导、投融资对接和创业大赛等一站式创业服务。',
  },
  {
    name: '芜湖市鸠江区创新创业服务中心',
    type: 'PUBLIC_INTEREST',
    columns: ['ENTREPRENEURSHIP'],
    regionCodes: ['340207'],
    qualifications: '省级小型微型企业创业创新示范基地',
    responsibleDepartment: '创业服务部',
    domain: 'wjjcy.org.cn',
    description: '为初创企业提供工商注册代办、创业培训和场地租金减免服务。',
  },
  {
    name: '安徽皖才人力资源服务有限公司',
    type: 'MARKET',
    columns: ['TALENT'],
    regionCodes: ['340100', '340200'],
    qualifications: '人力资源服务许可证',
    responsibleDepartment: '招聘外包事业部',
    domain: 'wancai-hr.com',
    description: '提供人才招聘、劳务派遣、薪酬社保代理和技能培训服务。',
  },
  {
    name: '安徽正衡会计师事务所有限公司',
    type: 'MARKET',
    columns: ['CONSULTING', 'FINANCING'],
    regionCodes: ['340000'],
    qualifications: '会计师事务所执业证书',
    responsibleDepartment: '企业咨询部',
    domain: 'zhengheng-cpa.com',
    description: '提供财税咨询、审计、高企认定专项审计和上市辅导服务。',
  },
  {
    name: '安徽徽法律师事务所',
    type: 'MARKET',
    columns: ['CONSULTING'],
    regionCodes: ['340100'],
    qualifications: '律师事务所执业许可证',
    responsibleDepartment: '公司法律事务部',
    domain: 'huifa-law.com',
    description: '为中小企业提供法律体检、合同审查、劳动用工和知识产权法律服务。',
  },
  {
    name: '安庆市中小企业融资服务中心',
    type: 'PUBLIC_INTEREST',
    columns: ['FINANCING', 'POLICY'],
    regionCodes: ['340800'],
    qualifications: '市级中小企业公共服务平台',
    responsibleDepartment: '融资服务科',
    domain: 'aqsmefs.org.cn',
    description: '组织银企对接会，提供转贷应急资金和融资政策咨询服务。',
  },
];

const AREA_CODES: Readonly<Record<string, string>> = {
  '34': '0551', // 省级机构按合肥
  '3401': '0551',
  '3402': '0553',
  '3403': '0552',
  '3408': '0556',
};

function landline(rng: Rng, regionCode: string): string {
  const area = AREA_CODES[regionCode.slice(0, 4)] ?? AREA_CODES['34']!;
  return `${area}-6${digits(rng, 7)}`;
}

/** 生成约 20 家服务机构（名称固定，联系人等由 seed 决定）。 */
export function generateInstitutions(seed: number): DemoInstitution[] {
  const rng = mulberry32(seed);
  return INSTITUTIONS.map(({ domain, ...base }) => {
    const contactName = personName(rng);
    const contactPhone = chance(rng, 0.5) ? landline(rng, base.regionCodes[0]!) : mobile(rng);
    return {
      ...base,
      columns: [...base.columns],
      regionCodes: [...base.regionCodes],
      contactName,
      contactPhone,
      contactEmail: `${toPinyin(contactName, true)}@${domain}`,
    };
  });
}
