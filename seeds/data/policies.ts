/**
 * 确定性的政策演示数据（纯函数，无 I/O）：国家与安徽省的政策、解读、申报指南与拆解条件。
 * 同一 seed 始终生成完全相同的数据。
 */
import { mulberry32, type Rng } from './demo-data.js';

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

interface Department {
  name: string;
  prefix: string;
  level: 'NATIONAL' | 'PROVINCE' | 'CITY';
  region: string;
  site: string;
}

const DEPARTMENTS: Department[] = [
  { name: '安徽省人民政府办公厅', prefix: '皖政办', level: 'PROVINCE', region: '340000', site: '安徽省人民政府网' },
  { name: '安徽省经济和信息化厅', prefix: '皖经信中小企', level: 'PROVINCE', region: '340000', site: '安徽省经济和信息化厅网站' },
  { name: '安徽省科学技术厅', prefix: '皖科高', level: 'PROVINCE', region: '340000', site: '安徽省科学技术厅网站' },
  { name: '安徽省财政厅', prefix: '皖财企', level: 'PROVINCE', region: '340000', site: '安徽省财政厅网站' },
  { name: '安徽省人力资源和社会保障厅', prefix: '皖人社发', level: 'PROVINCE', region: '340000', site: '安徽省人力资源和社会保障厅网站' },
  { name: '安徽省地方金融监督管理局', prefix: '皖金监', level: 'PROVINCE', region: '340000', site: '安徽省地方金融监督管理局网站' },
  { name: '安徽省商务厅', prefix: '皖商办', level: 'PROVINCE', region: '340000', site: '安徽省商务厅网站' },
  { name: '工业和信息化部', prefix: '工信部企业', level: 'NATIONAL', region: '', site: '中华人民共和国工业和信息化部' },
  { name: '财政部', prefix: '财税', level: 'NATIONAL', region: '', site: '中华人民共和国财政部' },
  { name: '科学技术部', prefix: '国科发政', level: 'NATIONAL', region: '', site: '中华人民共和国科学技术部' },
  { name: '国家税务总局', prefix: '税总发', level: 'NATIONAL', region: '', site: '国家税务总局' },
  { name: '合肥市人民政府办公室', prefix: '合政办', level: 'CITY', region: '340100', site: '合肥市人民政府网' },
  { name: '合肥市经济和信息化局', prefix: '合经信', level: 'CITY', region: '340100', site: '合肥市经济和信息化局网站' },
  { name: '芜湖市人民政府办公室', prefix: '芜政办', level: 'CITY', region: '340200', site: '芜湖市人民政府网' },
];

interface Topic {
  subject: string;
  tags: string[];
  hotWords: string[];
  industries: string[];
  measure: string;
  qualification?: string;
}

const TOPICS: Topic[] = [
  {
    subject: '专精特新中小企业',
    tags: ['专精特新', '梯度培育'],
    hotWords: ['专精特新', '小巨人'],
    industries: ['C', 'I'],
    measure: '对新认定的国家级专精特新“小巨人”企业给予一次性奖励50万元',
    qualification: 'SRDI',
  },
  {
    subject: '科技型中小企业研发费用加计扣除',
    tags: ['研发费用', '税收优惠'],
    hotWords: ['加计扣除'],
    industries: [],
    measure: '科技型中小企业开展研发活动中实际发生的研发费用，按照实际发生额的100%在税前加计扣除',
    qualification: 'TECH_SME',
  },
  {
    subject: '高新技术企业培育',
    tags: ['高新技术企业', '科技创新'],
    hotWords: ['高企认定'],
    industries: ['C', 'I', 'M'],
    measure: '对首次认定的高新技术企业给予一次性奖励20万元',
    qualification: 'HIGH_TECH',
  },
  {
    subject: '中小企业数字化转型',
    tags: ['数字化转型', '智能制造'],
    hotWords: ['数字化', '上云用数赋智'],
    industries: ['C'],
    measure: '对实施数字化改造的中小企业按项目软硬件投入的20%给予补助，最高不超过100万元',
  },
  {
    subject: '稳岗就业',
    tags: ['稳岗补贴', '就业'],
    hotWords: ['稳岗补贴'],
    industries: [],
    measure: '对不裁员或少裁员的参保企业按上年度实际缴纳失业保险费的60%予以返还',
  },
  {
    subject: '中小微企业融资担保',
    tags: ['融资担保', '降费奖补'],
    hotWords: ['融资担保', '首贷'],
    industries: [],
    measure: '对为小微企业提供融资担保且平均担保费率不超过1%的机构给予降费奖补',
  },
  {
    subject: '企业技术中心建设',
    tags: ['技术中心', '创新平台'],
    hotWords: ['企业技术中心'],
    industries: ['C'],
    measure: '对新认定的省级企业技术中心给予一次性补助50万元',
    qualification: 'ENTERPRISE_TECH_CENTER',
  },
  {
    subject: '小微企业普惠性税收减免',
    tags: ['减税降费', '小微企业'],
    hotWords: ['减税降费', '六税两费'],
    industries: [],
    measure: '对小型微利企业年应纳税所得额不超过300万元的部分，减按25%计入应纳税所得额',
  },
  {
    subject: '创新型中小企业评价',
    tags: ['创新型中小企业', '梯度培育'],
    hotWords: ['创新型中小企业'],
    industries: [],
    measure: '对评价为创新型中小企业的，在融资、人才等方面优先给予支持',
    qualification: 'INNOVATIVE_SME',
  },
  {
    subject: '首台（套）重大技术装备推广应用',
    tags: ['首台套', '装备制造'],
    hotWords: ['首台套'],
    industries: ['34', '35', '38'],
    measure: '对认定的首台（套）重大技术装备按售价的15%给予奖励，最高500万元',
  },
  {
    subject: '外贸企业稳订单拓市场',
    tags: ['外贸', '跨境电商'],
    hotWords: ['稳外贸'],
    industries: ['F', 'C'],
    measure: '对参加境外重点展会的中小企业按展位费的70%给予补助',
  },
  {
    subject: '中小企业公共服务示范平台认定',
    tags: ['公共服务平台', '服务体系'],
    hotWords: ['示范平台'],
    industries: ['L', 'M'],
    measure: '对新认定的省级中小企业公共服务示范平台给予30万元奖励',
  },
  {
    subject: '瞪羚企业培育',
    tags: ['瞪羚企业', '高成长'],
    hotWords: ['瞪羚企业'],
    industries: ['I', 'M', 'C'],
    measure: '对入库的瞪羚企业按上年度研发投入增量的10%给予奖励',
    qualification: 'GAZELLE',
  },
  {
    subject: '绿色制造体系建设',
    tags: ['绿色制造', '节能降碳'],
    hotWords: ['绿色工厂'],
    industries: ['C', 'D'],
    measure: '对获评国家级绿色工厂的企业给予一次性奖励100万元',
  },
];

const FORMS: { type: string; title: (t: Topic, d: Department) => string }[] = [
  { type: 'NORMATIVE_DOCUMENT', title: (t, d) => `${d.level === 'NATIONAL' ? '关于进一步支持' : '关于支持'}${t.subject}发展的若干措施` },
  { type: 'MANAGEMENT_MEASURES', title: (t) => `${t.subject}专项资金管理办法` },
  { type: 'APPLICATION_NOTICE', title: (t) => `关于组织申报${t.subject}项目的通知` },
  { type: 'RULE', title: (t) => `${t.subject}认定管理暂行办法` },
  { type: 'GUIDE', title: (t) => `${t.subject}政策指引` },
  { type: 'REGULATION', title: (t) => `促进${t.subject}条例实施细则` },
  { type: 'OTHER', title: (t) => `${t.subject}工作实施方案` },
];

const REGION_NAMES: Record<string, string> = { '340000': '安徽省', '340100': '合肥市', '340200': '芜湖市' };
const QUAL_NAMES: Record<string, string> = {
  HIGH_TECH: '高新技术企业',
  TECH_SME: '科技型中小企业',
  SRDI: '专精特新中小企业',
  INNOVATIVE_SME: '创新型中小企业',
  GAZELLE: '瞪羚企业',
  ENTERPRISE_TECH_CENTER: '省级企业技术中心',
};

export interface DemoCondition {
  field: string;
  operator: string;
  values: string[];
  changeable: boolean;
  sourceSentence: string;
}

export interface DemoPolicy {
  title: string;
  docNo: string;
  departments: string[];
  publishedOn: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  validity: string;
  author: string;
  sourceName: string;
  sourceUrl: string;
  body: string;
  tags: string[];
  policyType: string;
  industries: string[];
  sizeClasses: string[];
  regions: string[];
  hotWords: string[];
  featured: boolean;
  conditions: DemoCondition[];
  /** The sentences of the conditions section, as the decomposition tool marks them (decomposed ones only). */
  conditionSentences: string[];
  interpretation: { title: string; authority: string; author: string; body: string; publishedOn: string } | null;
  guide: {
    title: string;
    beneficiaries: string;
    conditions: string;
    applicationStart: string;
    applicationEnd: string;
    paymentDeadline: string;
    whereToApply: string;
    hotline: string;
    materials: string[];
  } | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `count` policies; the first `decomposed` get eligibility conditions pinned to sentences of their body. */
export function generatePolicies(count: number, seed: number, decomposed = 60): DemoPolicy[] {
  const rng = mulberry32(seed);
  const out: DemoPolicy[] = [];
  const seen = new Set<string>();
  for (let i = 0; out.length < count; i++) {
    const topic = TOPICS[i % TOPICS.length];
    const dept = pick(rng, DEPARTMENTS);
    const form = FORMS[Math.floor(i / TOPICS.length) % FORMS.length];
    const year = int(rng, 2021, 2026);
    const docNo = `${dept.prefix}〔${year}〕${int(rng, 1, 180)}号`;
    const title = `${dept.level === 'CITY' ? `${REGION_NAMES[dept.region]}` : ''}${form.title(topic, dept)}${out.length >= TOPICS.length * FORMS.length ? `（${year}年修订）` : ''}`;
    if (seen.has(`${docNo}|${dept.name}`) || seen.has(`t:${title}`)) continue;
    seen.add(`${docNo}|${dept.name}`);
    seen.add(`t:${title}`);
    const month = int(rng, 1, 12);
    const day = int(rng, 1, 28);
    const publishedOn = `${year}-${pad(month)}-${pad(day)}`;
    const regionName = dept.region ? REGION_NAMES[dept.region] : '全国';
    const minRevenue = pick(rng, [500, 1000, 2000, 5000]);
    const minYears = pick(rng, [1, 2, 3]);
    const rd = pick(rng, [3, 4, 5]);
    const sentences = {
      region: `申报企业须在${dept.region ? regionName + '行政区域' : '中华人民共和国境内'}内依法注册、具有独立法人资格。`,
      size: '申报主体为符合《中小企业划型标准规定》的中小微企业。',
      age: `企业成立满${minYears}年，经营状况良好，无严重失信行为。`,
      revenue: `上年度营业收入不低于${minRevenue}万元。`,
      rd: `上年度研发费用占营业收入比例不低于${rd}%。`,
      qual: topic.qualification ? `申报企业须为有效期内的${QUAL_NAMES[topic.qualification]}。` : '',
      // every third decomposed policy asks for a tax credit grade (no draw from rng: the other data stay as they were)
      credit: out.length < decomposed && out.length % 3 === 0 ? '申报企业上一年度纳税信用等级为B级及以上。' : '',
    };
    const body = [
      `<h2>一、总体要求</h2>`,
      `<p>为深入贯彻党中央、国务院关于促进中小企业健康发展的决策部署，进一步支持${topic.subject}，结合${regionName}实际，制定本${form.type === 'MANAGEMENT_MEASURES' ? '办法' : form.type === 'APPLICATION_NOTICE' ? '通知' : '措施'}。</p>`,
      `<h2>二、支持对象与条件</h2>`,
      `<p>${sentences.region}${sentences.size}</p>`,
      `<p>${sentences.age}${sentences.revenue}${sentences.rd}${sentences.qual}${sentences.credit}</p>`,
      `<h2>三、支持措施</h2>`,
      `<p>${topic.measure}。同一企业同一年度享受同类政策支持不超过一次。</p>`,
      `<p>各地要加强政策宣传解读，优化申报流程，推行“免申即享”“即申即享”，确保政策直达快享。</p>`,
      `<h2>四、附则</h2>`,
      `<p>本${form.type === 'APPLICATION_NOTICE' ? '通知' : '措施'}自${publishedOn}起施行，由${dept.name}负责解释。</p>`,
    ].join('');
    const validityRoll = rng();
    const validity = year <= 2021 && validityRoll < 0.5 ? 'EXPIRED' : validityRoll < 0.04 ? 'SUPERSEDED' : 'IN_FORCE';
    const sizeClasses = pick(rng, [[], ['SMALL', 'MICRO'], ['MEDIUM', 'SMALL', 'MICRO']]);
    const conditions: DemoCondition[] = [];
    if (out.length < decomposed) {
      if (dept.region) conditions.push({ field: 'REGION', operator: 'IN', values: [dept.region], changeable: false, sourceSentence: sentences.region });
      conditions.push({ field: 'SIZE_CLASS', operator: 'IN', values: ['MEDIUM', 'SMALL', 'MICRO'], changeable: false, sourceSentence: sentences.size });
      conditions.push({ field: 'AGE_YEARS', operator: 'GTE', values: [String(minYears)], changeable: false, sourceSentence: sentences.age });
      // Every condition sentence is decomposed (issue 15: a policy whose text asks for revenue or an R&D ratio
      // nobody decomposed came out 符合). The draws stay so that the other data are as they were.
      rng();
      conditions.push({ field: 'REVENUE', operator: 'GTE', values: [String(minRevenue)], changeable: true, sourceSentence: sentences.revenue });
      rng();
      conditions.push({ field: 'RD_RATIO', operator: 'GTE', values: [String(rd)], changeable: true, sourceSentence: sentences.rd });
      conditions.push({ field: 'MANUAL', operator: 'CHECK', values: ['无严重失信行为'], changeable: false, sourceSentence: sentences.age });
      if (topic.qualification) rng();
      if (topic.qualification)
        conditions.push({ field: 'QUALIFICATION', operator: 'HAS', values: [topic.qualification], changeable: true, sourceSentence: sentences.qual });
      if (topic.industries.length && rng() < 0.5)
        conditions.push({ field: 'INDUSTRY', operator: 'IN', values: topic.industries, changeable: false, sourceSentence: sentences.size });
      if (sentences.credit)
        conditions.push({ field: 'CREDIT_RATING', operator: 'IN', values: ['A', 'B'], changeable: false, sourceSentence: sentences.credit });
    }
    const guideStart = `2026-${pad(int(rng, 9, 12))}-01`;
    out.push({
      title,
      docNo,
      departments: rng() < 0.15 && dept.level === 'PROVINCE' ? [dept.name, '安徽省财政厅'].filter((v, k, a) => a.indexOf(v) === k) : [dept.name],
      publishedOn,
      effectiveFrom: publishedOn,
      effectiveTo: validity === 'EXPIRED' ? `${year + 2}-12-31` : rng() < 0.5 ? `${year + 5}-12-31` : null,
      validity,
      author: `${dept.name}${pick(rng, ['中小企业处', '政策法规处', '综合处', '办公室'])}`,
      sourceName: dept.site,
      sourceUrl: `https://www.example.gov.cn/${dept.prefix.length}/${year}/${out.length + 1}.html`,
      body,
      tags: topic.tags,
      policyType: form.type,
      industries: topic.industries,
      sizeClasses,
      regions: dept.region ? [dept.region] : [],
      hotWords: topic.hotWords,
      featured: form.type === 'NORMATIVE_DOCUMENT' && rng() < 0.3,
      conditions,
      // the national region sentence restricts nothing on this platform; every other sentence of section 二
      conditionSentences: conditions.length
        ? [dept.region ? sentences.region : '', sentences.size, sentences.age, sentences.revenue, sentences.rd, sentences.qual, sentences.credit].filter(
            Boolean,
          )
        : [],
      interpretation:
        out.length % 3 === 0
          ? {
              title: `《${title}》政策解读`,
              authority: dept.name,
              author: `${dept.name}新闻办`,
              body: `<h2>一、出台背景</h2><p>中小企业是国民经济和社会发展的生力军。为${topic.subject}提供精准支持，${dept.name}研究制定了本政策。</p><h2>二、主要内容</h2><p>${topic.measure}。</p><h2>三、申报提示</h2><p>符合条件的企业请查看本政策的“申报指南”，按其中的申报时间、受理地点或线上入口和申报材料办理。</p>`,
              publishedOn,
            }
          : null,
      guide:
        out.length % 3 === 1
          ? {
              title: `${topic.subject}项目申报指南`,
              beneficiaries: `在${regionName}注册的${topic.subject.includes('中小') ? '' : '中小'}企业`,
              conditions: `${sentences.region}${sentences.revenue}`,
              applicationStart: guideStart,
              applicationEnd: `2027-${pad(int(rng, 1, 6))}-${pad(int(rng, 1, 28))}`,
              paymentDeadline: '审核通过并公示无异议后30个工作日内拨付',
              whereToApply: `${regionName === '全国' ? '安徽省' : regionName}${dept.name}政务服务窗口，或安徽政务服务网 https://www.ahzwfw.gov.cn 在线办理`,
              hotline: `0551-${int(rng, 62000000, 65999999)}`,
              materials: ['项目申报书', '营业执照复印件', '上年度财务审计报告', '信用承诺书'],
            }
          : null,
    });
  }
  return out;
}
