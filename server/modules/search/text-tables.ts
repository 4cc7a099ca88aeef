/**
 * Small tables for query understanding. Operators change colloquial concepts in the database; these are
 * linguistic facts that change with a release.
 */

/** Traditional → simplified for characters common in enterprise-service queries. */
const TRAD =
  '貸款補貼穩崗業務專業資質稅費費用質押擔保權產業務創業領域廣東區縣鎮與為會員報關務實體經濟營運營業執照證書發展規劃計劃項目種類別優惠稅務財務銀行貨幣資金機構構建設計標準認證檢測驗收申請辦理諮詢諮詢師專利商標技術術語轉讓讓給應用準備條件條例辦法規範聯繫聯絡電話網絡數據數字無紙化場監監督質檢勞動勞務勞資薪資獎勵勵獎補償償還債務債權國際內貿對外進出口運輸車輛環保環境節能減排導師學習課程訓練培訓職業職工聘請聘用雇傭員個體戶門開關係統處理務必幫助協會協議調整調查從業員額總額價格貴賤買賣購銷售後區塊鏈雲計算軟體硬體電腦電商廠礦農林漁牧飲食醫藥療養衛生體育傳媒廣告顧問問題題庫';
const SIMP =
  '贷款补贴稳岗业务专业资质税费费用质押担保权产业务创业领域广东区县镇与为会员报关务实体经济营运营业执照证书发展规划计划项目种类别优惠税务财务银行货币资金机构构建设计标准认证检测验收申请办理咨询咨询师专利商标技术术语转让让给应用准备条件条例办法规范联系联络电话网络数据数字无纸化场监监督质检劳动劳务劳资薪资奖励励奖补偿偿还债务债权国际内贸对外进出口运输车辆环保环境节能减排导师学习课程训练培训职业职工聘请聘用雇佣员个体户门开关系统处理务必帮助协会协议调整调查从业员额总额价格贵贱买卖购销售后区块链云计算软体硬体电脑电商厂矿农林渔牧饮食医药疗养卫生体育传媒广告顾问问题题库';
export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = (() => {
  const t = [...TRAD];
  const s = [...SIMP];
  if (t.length !== s.length) throw new Error('traditional/simplified tables differ in length');
  const m = new Map<string, string>();
  t.forEach((c, i) => c !== s[i] && m.set(c, s[i]));
  return m;
})();

/** Function words dropped from matching (they carry no topic); questions keep their content words. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  '的',
  '了',
  '吗',
  '呢',
  '啊',
  '吧',
  '和',
  '与',
  '及',
  '或',
  '在',
  '有',
  '是',
  '我',
  '我们',
  '你',
  '您',
  '他们',
  '想',
  '要',
  '想要',
  '怎么',
  '怎样',
  '怎么样',
  '如何',
  '哪些',
  '哪里',
  '哪儿',
  '哪个',
  '什么',
  '是否',
  '可以',
  '能',
  '能否',
  '能不能',
  '可不可以',
  '需要',
  '一下',
  '一些',
  '这个',
  '那个',
  '关于',
  '有没有',
  '有关',
  '去',
  '找',
  '给',
  '帮',
  '请问',
  '咱们',
  '呀',
  '么',
]);

/**
 * Fillers of colloquial speech: particles, degree adverbs and measure words that owners put inside an everyday
 * phrase without changing what it asks (房租有点贵, 房租实在太贵了 ≈ 房租太贵; 借点钱 ≈ 借钱; 开个店 ≈ 开店).
 * Concept matching skips them between the parts of a phrase; the searched text keeps them. Never negations
 * (不, 没) nor words that also carry meaning in a phrase (还 in 还不上, 过 in 过桥, 用 in 不够用, 地 in 办公地方, 超 in 开超市).
 */
export const FILLERS: readonly string[] = [
  // particles and structural words
  '了',
  '啊',
  '呀',
  '呢',
  '吧',
  '嘛',
  '的',
  '得',
  '儿',
  // measure words and small quantities
  '个',
  '点',
  '些',
  '一个',
  '一家',
  '一点',
  '一点儿',
  '一些',
  '几个',
  '这个',
  '那个',
  // degree and frequency adverbs
  '很',
  '太',
  '挺',
  '蛮',
  '好',
  '真',
  '都',
  '也',
  '有点',
  '有点儿',
  '有些',
  '比较',
  '特别',
  '非常',
  '十分',
  '相当',
  '超级',
  '实在',
  '实在是',
  '真的',
  '真是',
  '确实',
  '一直',
  '老是',
  '总是',
  '越来越',
  '这么',
  '那么',
];

/** Particles that may end a concept phrase (不想干了) without being part of what it means. */
export const TRAILING_PARTICLES: ReadonlySet<string> = new Set(['了', '啊', '呀', '呢', '吧', '嘛', '的']);

/** Words that show a wish to be served (搜索即服务); matched against query text, mapped to a column. */
export const SERVICE_INTENTS: readonly { word: string; column: string | null }[] = [
  { word: '贷款', column: 'FINANCING' },
  { word: '融资', column: 'FINANCING' },
  { word: '担保', column: 'FINANCING' },
  { word: '借钱', column: 'FINANCING' },
  { word: '缺钱', column: 'FINANCING' },
  { word: '招聘', column: 'TALENT' },
  { word: '招人', column: 'TALENT' },
  { word: '人才', column: 'TALENT' },
  { word: '培训', column: 'TALENT' },
  { word: '咨询', column: 'CONSULTING' },
  { word: '记账', column: 'CONSULTING' },
  { word: '法律', column: 'CONSULTING' },
  { word: '注册', column: 'ENTREPRENEURSHIP' },
  { word: '执照', column: 'ENTREPRENEURSHIP' },
  { word: '登记', column: 'ENTREPRENEURSHIP' },
  { word: '孵化', column: 'ENTREPRENEURSHIP' },
  { word: '专利', column: 'TECHNOLOGY' },
  { word: '检测', column: 'TECHNOLOGY' },
  { word: '认证', column: 'TECHNOLOGY' },
  { word: '申请', column: null },
  { word: '办理', column: null },
  { word: '申报', column: null },
  { word: '代办', column: null },
];

/** Soft words: question frames and service verbs; dropped from matching when other words remain. */
export const SOFT_WORDS: ReadonlySet<string> = new Set(['申请', '办理', '代办', '怎么办', '流程', '办', '政策', '条件', '规定', '要求', '相关']);

/** Fuzzy pinyin: z/zh c/ch s/sh n/l an/ang en/eng in/ing are typed interchangeably in many dialects. */
export function fuzzySyllable(s: string): string {
  let x = s.replace(/^([zcs])h/, '$1').replace(/^n/, 'l');
  x = x.replace(/ang$/, 'an').replace(/eng$/, 'en').replace(/ing$/, 'in');
  return x;
}
