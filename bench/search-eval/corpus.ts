import type { SearchDocument } from '../../server/modules/search/engine.js';

/**
 * A deterministic evaluation corpus: policy-like and institution-like documents about the domain topics,
 * generated from templates with a seeded generator (same documents on every run and machine).
 */

export interface Topic {
  term: string;
  column: string;
  /** A realistic typo (same or fuzzy pinyin, or a similar-looking character). */
  typo: string;
}

export const TOPICS: readonly Topic[] = [
  { term: '专精特新', column: 'POLICY', typo: '专精特心' },
  { term: '稳岗补贴', column: 'TALENT', typo: '稳刚补贴' },
  { term: '小微企业', column: 'POLICY', typo: '小危企业' },
  { term: '加计扣除', column: 'POLICY', typo: '加计扣处' },
  { term: '创业担保贷款', column: 'ENTREPRENEURSHIP', typo: '创业担保货款' },
  { term: '知识产权质押', column: 'FINANCING', typo: '知识产权质压' },
  { term: '融资担保', column: 'FINANCING', typo: '融资但保' },
  { term: '高新技术企业', column: 'TECHNOLOGY', typo: '高薪技术企业' },
  { term: '技术改造', column: 'TECHNOLOGY', typo: '技术改照' },
  { term: '数字化转型', column: 'TECHNOLOGY', typo: '数字化转形' },
  { term: '智能制造', column: 'TECHNOLOGY', typo: '智能治造' },
  { term: '工业互联网', column: 'TECHNOLOGY', typo: '工业互连网' },
  { term: '孵化器', column: 'ENTREPRENEURSHIP', typo: '孵化气' },
  { term: '众创空间', column: 'ENTREPRENEURSHIP', typo: '众闯空间' },
  { term: '社保补贴', column: 'TALENT', typo: '社保补帖' },
  { term: '职业技能培训', column: 'TALENT', typo: '职业技能陪训' },
  { term: '人才招聘', column: 'TALENT', typo: '人材招聘' },
  { term: '人才引进', column: 'TALENT', typo: '人才引近' },
  { term: '减税降费', column: 'POLICY', typo: '减税降废' },
  { term: '留抵退税', column: 'POLICY', typo: '留底退税' },
  { term: '企业所得税', column: 'POLICY', typo: '企业锁得税' },
  { term: '普惠金融', column: 'FINANCING', typo: '普会金融' },
  { term: '应急转贷', column: 'FINANCING', typo: '应急转代' },
  { term: '信用贷款', column: 'FINANCING', typo: '信用带款' },
  { term: '供应链金融', column: 'FINANCING', typo: '供应连金融' },
  { term: '股权融资', column: 'FINANCING', typo: '股权熔资' },
  { term: '政府采购', column: 'POLICY', typo: '政府彩购' },
  { term: '企业登记', column: 'ENTREPRENEURSHIP', typo: '企业登纪' },
  { term: '营业执照', column: 'ENTREPRENEURSHIP', typo: '营业执找' },
  { term: '商标注册', column: 'CONSULTING', typo: '商标注策' },
  { term: '专利申请', column: 'TECHNOLOGY', typo: '专利申情' },
  { term: '法律咨询', column: 'CONSULTING', typo: '法律资询' },
  { term: '代理记账', column: 'CONSULTING', typo: '代理记帐' },
  { term: '检验检测', column: 'TECHNOLOGY', typo: '检验检侧' },
  { term: '科技成果转化', column: 'TECHNOLOGY', typo: '科技成果转话' },
  { term: '产学研合作', column: 'TECHNOLOGY', typo: '产学研合做' },
  { term: '单项冠军', column: 'POLICY', typo: '单项冠君' },
  { term: '小巨人', column: 'POLICY', typo: '小具人' },
  { term: '绿色工厂', column: 'TECHNOLOGY', typo: '绿色工场' },
  { term: '首台套', column: 'TECHNOLOGY', typo: '首台淘' },
  { term: '贷款贴息', column: 'FINANCING', typo: '贷款贴习' },
  { term: '失业保险', column: 'TALENT', typo: '失叶保险' },
  { term: '企业上市', column: 'FINANCING', typo: '企业上事' },
  { term: '跨境电商', column: 'CONSULTING', typo: '跨镜电商' },
  { term: '应收账款', column: 'FINANCING', typo: '应收帐款' },
  { term: '人力资源服务', column: 'TALENT', typo: '人力资原服务' },
  { term: '管理咨询', column: 'CONSULTING', typo: '管理资询' },
  { term: '房租减免', column: 'ENTREPRENEURSHIP', typo: '房租咸免' },
];

export const EVAL_SITE_PLACEHOLDER = '00000000-0000-0000-0000-000000000000';

const REGIONS = [
  { code: '340000', name: '安徽省' },
  { code: '340100', name: '合肥市' },
  { code: '340200', name: '芜湖市' },
  { code: '340300', name: '蚌埠市' },
];
const DEPARTMENTS = ['经济和信息化厅', '财政厅', '人力资源和社会保障厅', '科学技术厅', '市场监督管理局', '地方金融监督管理局'];
const GENERIC = ['优化营商环境', '促进中小企业发展', '稳定经济增长', '推动高质量发展', '加强企业服务'];

function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}

/** A uuid-shaped id derived from a number (deterministic, ordered). */
export function evalId(n: number): string {
  const h = n.toString(16).padStart(12, '0');
  return `e7a10000-0000-4000-8000-${h}`;
}

export interface EvalDocument extends SearchDocument {
  topic: string;
}

/** ~650 documents: per topic 5 with the term in the title, 4 mentioning it in the body, and institutions. */
export function generateCorpus(siteId: string): EvalDocument[] {
  const next = rng(20261126);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const docs: EvalDocument[] = [];
  let n = 0;
  const add = (topic: string, title: string, body: string, extra: Partial<SearchDocument> = {}) => {
    const region = pick(REGIONS);
    const year = 2021 + Math.floor(next() * 6);
    docs.push({
      topic,
      kind: 'policy',
      refId: evalId(++n),
      siteId,
      columns: ['POLICY'],
      type: pick(['NOTICE', 'MEASURES', 'INTERPRETATION', 'GUIDE']),
      department: `${region.name.slice(0, 2)}省${pick(DEPARTMENTS)}`,
      regions: [region.code],
      industries: [],
      publishedAt: new Date(Date.UTC(year, Math.floor(next() * 12), 1 + Math.floor(next() * 27))),
      validTo: null,
      title: title.replace('{region}', region.name).replace('{year}', String(year)),
      body: body.replace('{region}', region.name),
      url: null,
      inForce: next() > 0.15,
      popularity: Math.floor(next() * 50),
      service: false,
      ...extra,
    });
  };
  for (const t of TOPICS) {
    const other = () => pick(TOPICS.filter((o) => o.term !== t.term)).term;
    add(
      t.term,
      `关于开展{year}年度{region}${t.term}申报工作的通知`,
      `各有关单位：为做好${t.term}工作，现就申报事项通知如下。申报条件、材料和时间安排详见附件。`,
      { columns: [t.column] },
    );
    add(t.term, `{region}${t.term}管理办法`, `第一条 为规范${t.term}管理，制定本办法。第二条 本办法适用于{region}行政区域内的企业。`, {
      columns: [t.column],
      type: 'MEASURES',
    });
    add(t.term, `${t.term}政策解读`, `本次出台的${t.term}政策主要包括支持对象、支持标准和办理流程三个方面，与${other()}政策相衔接。`, {
      columns: [t.column],
      type: 'INTERPRETATION',
    });
    add(t.term, `{region}关于支持${t.term}的若干措施`, `为${pick(GENERIC)}，对符合条件的企业给予支持，涉及${t.term}和${other()}等事项。`, {
      columns: [t.column],
    });
    add(t.term, `${t.term}申报指南（{year}年版）`, `申报${t.term}需要提交的材料、办理地点、办理时限和咨询电话。`, { columns: [t.column], type: 'GUIDE' });
    for (let i = 0; i < 4; i++) {
      add(
        `${t.term}~body`,
        `{region}关于进一步${pick(GENERIC)}的若干措施（${i + 1}）`,
        `措施包括：落实${t.term}相关政策；加强${other()}服务；完善企业服务体系。`,
      );
    }
  }
  // Institution-like documents: service providers per column, each naming two topics of its column.
  const byColumn = new Map<string, Topic[]>();
  for (const t of TOPICS) byColumn.set(t.column, [...(byColumn.get(t.column) ?? []), t]);
  const SUFFIX: Record<string, string> = {
    POLICY: '政策咨询服务中心',
    FINANCING: '融资服务有限公司',
    ENTREPRENEURSHIP: '创业服务中心',
    TALENT: '人力资源服务有限公司',
    TECHNOLOGY: '技术服务有限公司',
    CONSULTING: '企业管理咨询有限公司',
  };
  for (const [column, topics] of byColumn) {
    for (let i = 0; i < 12; i++) {
      const region = pick(REGIONS);
      const a = pick(topics).term;
      const b = pick(topics).term;
      docs.push({
        topic: `institution:${column}`,
        kind: 'institution',
        refId: evalId(++n),
        siteId,
        columns: [column],
        type: 'MARKET',
        department: '业务部',
        regions: [region.code],
        industries: [],
        publishedAt: new Date(Date.UTC(2024, i, 1)),
        validTo: null,
        title: `${region.name}${['华信', '恒通', '启明', '同创', '中科', '徽商'][i % 6]}${SUFFIX[column]}`,
        body: `提供${a}、${b}等服务，服务${region.name}中小企业。`,
        url: null,
        inForce: true,
        popularity: i,
        service: true,
      });
    }
  }
  return docs;
}
