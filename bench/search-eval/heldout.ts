/**
 * FROZEN HELD-OUT SET — do not edit, do not tune on it.
 *
 * Written on 2026-12-07 before any tuning of query understanding or ranking in this round, from scenarios
 * (an owner short of cash, a firm hiring, a factory automating, an exporter, patents, rent, licences,
 * training, debts, taxes) in the words owners use on hotlines and forums, without reading the lexicon, the
 * domain dictionary or the concept table. Relevance is graded against the hand-written scenario corpus
 * (scenario-corpus.ts): 3 = what the owner needs (the in-force version), 2 = relevant, 1 = loosely relevant or
 * an outdated version. A change that raises the development sets and lowers this one is a regression.
 * Changing a query or a judgement here invalidates every figure measured on it (docs/search.md).
 */

export type ScenarioClass = 'EXACT' | 'PARTIAL' | 'PINYIN' | 'INITIALS' | 'MIXED' | 'SOUND_TYPO' | 'SHAPE_TYPO' | 'COLLOQUIAL' | 'QUESTION' | 'CLEAN';

export interface ScenarioQuery {
  cls: ScenarioClass;
  query: string;
  /** Graded relevance by scenario document key. */
  rel: Record<string, 1 | 2 | 3>;
  /** For pinyin, initials, mixed and typo queries: the term understanding should arrive at. */
  expect?: string;
}

const LOAN = { 'loan-guar-2024': 3, 'loan-guar-interp': 2, 'loan-guar-2019': 1, 'guarantee-co': 1 } as const;
const RETAIN = { 'retain-2025': 3, 'retain-2020': 1 } as const;
const RENO = { 'tech-reno-2025': 3, 'tech-reno-2021': 1 } as const;
const RD = { 'rd-2023': 3, 'rd-2021': 1, 'tax-advisor': 1 } as const;
const SRDI = { 'srdi-2025': 3, 'srdi-interp': 3, 'srdi-2022': 1, 'srdi-course': 1 } as const;
const DEBT = { 'payment-regulation': 3, 'arrears-complaint': 3, 'legal-aid': 3, 'law-firm': 2, factoring: 1 } as const;
const EXPORT_INS = { 'export-insurance': 3 } as const;
const IP_PLEDGE = { 'ip-pledge': 3 } as const;
const VAT = { 'vat-refund': 3 } as const;
const LICENCE = { 'setup-guide': 3, 'sole-prop-guide': 3, 'agency-firm': 1 } as const;

export const HELDOUT: readonly ScenarioQuery[] = [
  // exact terms as written in documents
  { cls: 'EXACT', query: '创业担保贷款', rel: LOAN },
  { cls: 'EXACT', query: '稳岗返还', rel: RETAIN },
  { cls: 'EXACT', query: '技术改造', rel: RENO },
  { cls: 'EXACT', query: '留抵退税', rel: VAT },
  { cls: 'EXACT', query: '出口信用保险', rel: EXPORT_INS },
  { cls: 'EXACT', query: '研发费用加计扣除', rel: RD },
  { cls: 'EXACT', query: '专精特新小巨人', rel: SRDI },
  { cls: 'EXACT', query: '应急转贷', rel: { 'bridge-fund': 3 } },
  { cls: 'EXACT', query: '知识产权质押融资', rel: IP_PLEDGE },
  { cls: 'EXACT', query: '社会保险补贴', rel: { 'social-insurance-subsidy': 3 } },
  { cls: 'EXACT', query: '营业执照', rel: LICENCE },
  { cls: 'EXACT', query: '跨境电商', rel: { 'cross-border': 3 } },
  { cls: 'EXACT', query: '数字化转型', rel: { 'digital-diagnosis': 3, 'digital-pilot': 3 } },
  { cls: 'EXACT', query: '2020年稳岗返还', rel: { 'retain-2020': 3, 'retain-2025': 1 } },
  { cls: 'EXACT', query: '2019年创业担保贷款办法', rel: { 'loan-guar-2019': 3, 'loan-guar-2024': 1 } },
  // part of a term, abbreviations
  { cls: 'PARTIAL', query: '担保贷款', rel: LOAN },
  { cls: 'PARTIAL', query: '稳岗', rel: RETAIN },
  { cls: 'PARTIAL', query: '技改', rel: RENO },
  { cls: 'PARTIAL', query: '出口信保', rel: EXPORT_INS },
  { cls: 'PARTIAL', query: '加计扣除', rel: RD },
  { cls: 'PARTIAL', query: '小巨人', rel: SRDI },
  { cls: 'PARTIAL', query: '转贷', rel: { 'bridge-fund': 3 } },
  { cls: 'PARTIAL', query: '质押融资', rel: IP_PLEDGE },
  { cls: 'PARTIAL', query: '孵化基地租金', rel: { 'rent-subsidy-2025': 3 } },
  { cls: 'PARTIAL', query: '首台套', rel: { 'first-set': 3 } },
  { cls: 'PARTIAL', query: '扩岗', rel: { 'expand-job-subsidy': 3 } },
  { cls: 'PARTIAL', query: '开办企业', rel: { 'setup-guide': 3 } },
  { cls: 'PARTIAL', query: '简易注销', rel: { 'dereg-guide': 3 } },
  // full pinyin (joined, spaced, tone-marked)
  { cls: 'PINYIN', query: 'chuangyedanbaodaikuan', rel: LOAN, expect: '创业担保贷款' },
  { cls: 'PINYIN', query: 'wengangfanhuan', rel: RETAIN, expect: '稳岗返还' },
  { cls: 'PINYIN', query: 'jishugaizao', rel: RENO, expect: '技术改造' },
  { cls: 'PINYIN', query: 'liudituishui', rel: VAT, expect: '留抵退税' },
  { cls: 'PINYIN', query: 'zhuanjingtexin', rel: SRDI, expect: '专精特新' },
  { cls: 'PINYIN', query: 'chukou xinyong baoxian', rel: EXPORT_INS, expect: '出口信用保险' },
  { cls: 'PINYIN', query: 'jia ji kou chu', rel: RD, expect: '加计扣除' },
  { cls: 'PINYIN', query: 'yingjizhuandai', rel: { 'bridge-fund': 3 }, expect: '应急转贷' },
  { cls: 'PINYIN', query: 'zhīshi chǎnquán zhìyā', rel: IP_PLEDGE, expect: '知识产权质押' },
  { cls: 'PINYIN', query: 'wěngǎng fǎnhuán', rel: RETAIN, expect: '稳岗返还' },
  { cls: 'PINYIN', query: 'kuajingdianshang', rel: { 'cross-border': 3 }, expect: '跨境电商' },
  { cls: 'PINYIN', query: 'yingyezhizhao', rel: LICENCE, expect: '营业执照' },
  { cls: 'PINYIN', query: 'shipinjingyingxukezheng', rel: { 'food-licence': 3 }, expect: '食品经营许可证' },
  // initials
  { cls: 'INITIALS', query: 'cydbdk', rel: LOAN, expect: '创业担保贷款' },
  { cls: 'INITIALS', query: 'wgfh', rel: RETAIN, expect: '稳岗返还' },
  { cls: 'INITIALS', query: 'jsgz', rel: RENO, expect: '技术改造' },
  { cls: 'INITIALS', query: 'ldts', rel: VAT, expect: '留抵退税' },
  { cls: 'INITIALS', query: 'zjtx', rel: SRDI, expect: '专精特新' },
  { cls: 'INITIALS', query: 'jjkc', rel: RD, expect: '加计扣除' },
  { cls: 'INITIALS', query: 'yjzd', rel: { 'bridge-fund': 3 }, expect: '应急转贷' },
  { cls: 'INITIALS', query: 'gxjsqy', rel: { 'hightech-guide': 3, 'tax-advisor': 1 }, expect: '高新技术企业' },
  { cls: 'INITIALS', query: 'kjds', rel: { 'cross-border': 3 }, expect: '跨境电商' },
  { cls: 'INITIALS', query: 'yyzz', rel: LICENCE, expect: '营业执照' },
  { cls: 'INITIALS', query: 'zyjnpx', rel: { 'skills-training': 3, 'work-training-2020': 1 }, expect: '职业技能培训' },
  // pinyin and characters mixed
  { cls: 'MIXED', query: '创业db贷款', rel: LOAN, expect: '创业担保贷款' },
  { cls: 'MIXED', query: 'wengang返还', rel: RETAIN, expect: '稳岗返还' },
  { cls: 'MIXED', query: '技术gaizao', rel: RENO, expect: '技术改造' },
  { cls: 'MIXED', query: '留抵ts', rel: VAT, expect: '留抵退税' },
  { cls: 'MIXED', query: '专精特xin', rel: SRDI, expect: '专精特新' },
  { cls: 'MIXED', query: 'zhishi产权质押', rel: IP_PLEDGE, expect: '知识产权质押' },
  { cls: 'MIXED', query: '加计kouchu', rel: RD, expect: '加计扣除' },
  { cls: 'MIXED', query: '跨境dianshang', rel: { 'cross-border': 3 }, expect: '跨境电商' },
  { cls: 'MIXED', query: '营业zhizhao', rel: LICENCE, expect: '营业执照' },
  { cls: 'MIXED', query: 'gaoxin技术企业', rel: { 'hightech-guide': 3, 'tax-advisor': 1 }, expect: '高新技术企业' },
  // typos by sound
  { cls: 'SOUND_TYPO', query: '创业但保贷款', rel: LOAN, expect: '创业担保贷款' },
  { cls: 'SOUND_TYPO', query: '稳钢返还', rel: RETAIN, expect: '稳岗返还' },
  { cls: 'SOUND_TYPO', query: '留底退税', rel: VAT, expect: '留抵退税' },
  { cls: 'SOUND_TYPO', query: '加记扣除', rel: RD, expect: '加计扣除' },
  { cls: 'SOUND_TYPO', query: '专精特心', rel: SRDI, expect: '专精特新' },
  { cls: 'SOUND_TYPO', query: '以工带训', rel: { 'work-training-2020': 3 }, expect: '以工代训' },
  { cls: 'SOUND_TYPO', query: '出口退水', rel: { 'export-refund-guide': 3 }, expect: '出口退' },
  { cls: 'SOUND_TYPO', query: '扩刚补助', rel: { 'expand-job-subsidy': 3 }, expect: '扩岗' },
  { cls: 'SOUND_TYPO', query: '营业职照', rel: LICENCE, expect: '营业执照' },
  { cls: 'SOUND_TYPO', query: '食品经营许可正', rel: { 'food-licence': 3 }, expect: '许可证' },
  { cls: 'SOUND_TYPO', query: '六税两废', rel: { 'six-taxes': 3 }, expect: '六税两费' },
  { cls: 'SOUND_TYPO', query: '知识产权质压', rel: IP_PLEDGE, expect: '质押' },
  // typos by shape
  { cls: 'SHAPE_TYPO', query: '加汁扣除', rel: RD, expect: '加计扣除' },
  { cls: 'SHAPE_TYPO', query: '留抵退锐', rel: VAT, expect: '留抵退税' },
  { cls: 'SHAPE_TYPO', query: '政府釆购投标', rel: { 'guarantee-letter': 3 }, expect: '采购' },
  { cls: 'SHAPE_TYPO', query: '知识产杈质押', rel: IP_PLEDGE, expect: '知识产权' },
  { cls: 'SHAPE_TYPO', query: '技木改造', rel: RENO, expect: '技术改造' },
  { cls: 'SHAPE_TYPO', query: '稳冈返还', rel: RETAIN, expect: '稳岗返还' },
  { cls: 'SHAPE_TYPO', query: '社会保险朴贴', rel: { 'social-insurance-subsidy': 3 }, expect: '补贴' },
  { cls: 'SHAPE_TYPO', query: '应急转货', rel: { 'bridge-fund': 3 }, expect: '应急转贷' },
  { cls: 'SHAPE_TYPO', query: '跨镜电商', rel: { 'cross-border': 3 }, expect: '跨境电商' },
  { cls: 'SHAPE_TYPO', query: '创业孚化基地', rel: { 'rent-subsidy-2025': 3 }, expect: '孵化' },
  { cls: 'SHAPE_TYPO', query: '个体工商户注删', rel: { 'sole-prop-guide': 3 }, expect: '注册' },
  { cls: 'SHAPE_TYPO', query: '培训补帖', rel: { 'skills-training': 3, 'work-training-2020': 1 }, expect: '补贴' },
  // colloquial: everyday words, no policy term
  { cls: 'COLLOQUIAL', query: '公司资金周转不开', rel: { 'bridge-fund': 3, 'loan-guar-2024': 2, 'tax-credit-loan': 2, 'inclusive-subsidy': 1 } },
  { cls: 'COLLOQUIAL', query: '没有抵押能贷款吗', rel: { 'tax-credit-loan': 3, 'loan-guar-2024': 1 } },
  { cls: 'COLLOQUIAL', query: '客户欠钱不还怎么办', rel: DEBT },
  { cls: 'COLLOQUIAL', query: '货款一直收不回来', rel: DEBT },
  { cls: 'COLLOQUIAL', query: '银行贷款到期了还不上', rel: { 'bridge-fund': 3 } },
  { cls: 'COLLOQUIAL', query: '招不到人', rel: { 'job-fair': 3, 'expand-job-subsidy': 2, 'hr-firm': 2 } },
  { cls: 'COLLOQUIAL', query: '没裁员能返钱吗', rel: RETAIN },
  { cls: 'COLLOQUIAL', query: '工厂想上自动化设备', rel: { 'tech-reno-2025': 3, 'smart-factory': 2, 'tech-reno-2021': 1, 'digital-diagnosis': 1 } },
  { cls: 'COLLOQUIAL', query: '机器换人有补贴吗', rel: RENO },
  { cls: 'COLLOQUIAL', query: '去国外参展有补贴吗', rel: { 'trade-fair': 3 } },
  { cls: 'COLLOQUIAL', query: '怕外国客户不付钱', rel: EXPORT_INS },
  { cls: 'COLLOQUIAL', query: '申请专利政府给钱吗', rel: { 'patent-fund-2024': 3, 'patent-fund-2018': 1 } },
  { cls: 'COLLOQUIAL', query: '专利能抵押贷款吗', rel: IP_PLEDGE },
  { cls: 'COLLOQUIAL', query: '房租太贵了', rel: { 'rent-subsidy-2025': 3, 'free-desk': 2, 'rent-relief-2022': 1 } },
  { cls: 'COLLOQUIAL', query: '想开个奶茶店要办什么证', rel: { 'food-licence': 3, 'sole-prop-guide': 2 } },
  { cls: 'COLLOQUIAL', query: '想注册个公司', rel: { 'setup-guide': 3, 'sole-prop-guide': 1, 'agency-firm': 1 } },
  { cls: 'COLLOQUIAL', query: '公司不想干了怎么关掉', rel: { 'dereg-guide': 3 } },
  { cls: 'COLLOQUIAL', query: '员工培训能补钱吗', rel: { 'skills-training': 3, 'work-training-2020': 1 } },
  { cls: 'COLLOQUIAL', query: '少交点税', rel: { 'small-profit': 3, 'six-taxes': 3, 'rd-2023': 1, 'vat-refund': 1 } },
  { cls: 'COLLOQUIAL', query: '搞研发能抵税吗', rel: { 'rd-2023': 3, 'rd-2021': 1, 'hightech-guide': 2 } },
  { cls: 'COLLOQUIAL', query: '开网店卖到国外', rel: { 'cross-border': 3 } },
  // questions around a domain term
  { cls: 'QUESTION', query: '创业担保贷款能贷多少', rel: { 'loan-guar-2024': 3, 'loan-guar-interp': 3, 'loan-guar-2019': 1 } },
  { cls: 'QUESTION', query: '稳岗返还怎么申请', rel: RETAIN },
  { cls: 'QUESTION', query: '小巨人企业申报需要什么条件', rel: { 'srdi-interp': 3, 'srdi-2025': 2, 'srdi-2022': 1 } },
  { cls: 'QUESTION', query: '研发费用加计扣除比例是多少', rel: RD },
  { cls: 'QUESTION', query: '出口退税多久能到账', rel: { 'export-refund-guide': 3 } },
  { cls: 'QUESTION', query: '高新技术企业有什么好处', rel: { 'hightech-guide': 3, 'tax-advisor': 1 } },
  { cls: 'QUESTION', query: '个体户营业执照怎么办', rel: { 'sole-prop-guide': 3, 'setup-guide': 2 } },
  { cls: 'QUESTION', query: '食品经营许可证需要什么材料', rel: { 'food-licence': 3 } },
  { cls: 'QUESTION', query: '智能工厂认定奖励多少钱', rel: { 'smart-factory': 3 } },
  { cls: 'QUESTION', query: '首台套保险补偿怎么申报', rel: { 'first-set': 3 } },
  { cls: 'QUESTION', query: '知识产权质押贷款贴息比例', rel: IP_PLEDGE },
  { cls: 'QUESTION', query: '扩岗补助每人多少钱', rel: { 'expand-job-subsidy': 3 } },
  { cls: 'QUESTION', query: '六税两费是哪几个税', rel: { 'six-taxes': 3 } },
  { cls: 'QUESTION', query: '简易注销需要多长时间', rel: { 'dereg-guide': 3 } },
  // clean controls: correctly typed words (several look like typos of other words); never rewritten
  { cls: 'CLEAN', query: '货款', rel: DEBT },
  { cls: 'CLEAN', query: '保函', rel: { 'guarantee-letter': 3, 'guarantee-co': 2 } },
  { cls: 'CLEAN', query: '保理', rel: { factoring: 3 } },
  { cls: 'CLEAN', query: '投标保函', rel: { 'guarantee-letter': 3, 'guarantee-co': 1 } },
  { cls: 'CLEAN', query: '拖欠货款', rel: DEBT },
  { cls: 'CLEAN', query: '以工代训', rel: { 'work-training-2020': 3 } },
  { cls: 'CLEAN', query: '免费工位', rel: { 'free-desk': 3 } },
  { cls: 'CLEAN', query: '海外仓', rel: { 'cross-border': 3 } },
  { cls: 'CLEAN', query: '支付令', rel: { 'legal-aid': 3 } },
  { cls: 'CLEAN', query: '劳务派遣', rel: { 'hr-firm': 3 } },
  { cls: 'CLEAN', query: '印花税', rel: { 'six-taxes': 3 } },
  { cls: 'CLEAN', query: '预包装食品', rel: { 'food-licence': 3 } },
  { cls: 'CLEAN', query: '工业机器人', rel: { 'smart-factory': 3 } },
  { cls: 'CLEAN', query: '小规模纳税人', rel: { 'six-taxes': 3 } },
  { cls: 'CLEAN', query: '广交会', rel: { 'trade-fair': 3 } },
  { cls: 'CLEAN', query: '见习补贴', rel: { 'trainee-guide': 3 } },
];
