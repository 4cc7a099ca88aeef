import { initialsOf, joinPinyin, syllablesOf } from '../../server/modules/search/lexicon.js';
import { TOPICS } from './corpus.js';

export type QueryCategory = 'EXACT' | 'PINYIN' | 'FUZZY_PINYIN' | 'INITIALS' | 'TYPO' | 'COLLOQUIAL' | 'QUESTION' | 'REGION' | 'LONG_QUESTION' | 'MIXED';

/**
 * A labelled query: `targets` are the terms whose presence makes a document relevant (graded: in the title
 * 3, in the body 1); `expect` is the term query understanding should arrive at (pinyin, initials, typos).
 */
export interface EvalQuery {
  category: QueryCategory;
  query: string;
  targets: string[];
  expect?: string;
  /** Region name that must also appear (region-qualified queries). */
  region?: string;
}

/** Colloquial queries and the terms they should reach through the seeded concept table. */
const COLLOQUIAL: [string, string[]][] = [
  ['借钱', ['融资', '贷款']],
  ['公司缺钱怎么办', ['融资', '贷款']],
  ['我想借钱', ['融资', '贷款']],
  ['资金周转', ['融资', '贷款', '应急转贷']],
  ['招人', ['人才招聘', '招聘']],
  ['怎么招人', ['人才招聘', '招聘']],
  ['找人才', ['人才招聘', '人才引进']],
  ['办执照', ['企业登记', '营业执照']],
  ['开公司', ['企业登记', '企业注册']],
  ['注册公司', ['企业登记', '企业注册']],
  ['少交税', ['减税降费', '税收优惠']],
  ['怎么少交税', ['减税降费', '税收优惠']],
  ['退税', ['留抵退税', '税收优惠']],
  ['保工作', ['稳岗补贴', '稳岗']],
  ['不裁员', ['稳岗补贴', '稳岗返还']],
  ['搞研发', ['研发费用', '加计扣除']],
  ['打官司', ['法律服务', '法律咨询']],
  ['记账', ['代理记账', '财税代理']],
  ['找人做账', ['代理记账', '财税代理']],
  ['上市', ['企业上市', '上市辅导']],
  ['培训员工', ['职业技能培训', '技能培训']],
  ['房租', ['房租减免', '租金减免']],
  ['要账', ['账款拖欠', '清欠']],
  ['补助', ['补贴', '奖补']],
  ['缺钱', ['融资', '贷款']],
];

const REGIONS = ['合肥市', '芜湖市', '蚌埠市', '安徽省'];
/**
 * Long, colloquial questions as enterprises type them into a search box: the domain term sits among filler,
 * company descriptions and other content words that no document has (so nothing matches every word).
 */
const LONG_FORMS = [
  '我们是一家做软件开发的小公司，想问一下{t}现在还能不能申请',
  '请问我们厂今年能享受{t}吗，需要准备哪些材料',
  '刚成立两年的企业可以办{t}吗，去哪里办',
  '{t}的申报时间是什么时候，截止了没有',
  '听说有{t}方面的扶持，具体怎么操作，流程复杂吗',
  '老板让我查一下{t}的政策，有没有最新的文件',
];
/** Colloquial questions without any domain term, and the terms they should reach (concepts and soft words). */
const COLLOQUIAL_QUESTIONS: [string, string[]][] = [
  ['公司最近资金周转不过来，哪里能借到钱', ['融资', '贷款', '应急转贷']],
  ['想招几个人但是招不到，有什么办法', ['人才招聘', '招聘']],
  ['刚开公司不懂记账怎么办', ['代理记账', '财税代理']],
  ['客户一直拖着货款不给，能找谁要账', ['账款拖欠', '清欠']],
  ['今年能不能少交点税', ['减税降费', '税收优惠']],
  ['厂房租金太贵了有没有补助', ['房租减免', '租金减免', '补贴', '奖补']],
];
const QUESTION_FORMS = ['怎么申请{t}', '{t}需要什么条件', '如何办理{t}', '{t}有哪些政策'];

export function evalQueries(): EvalQuery[] {
  const out: EvalQuery[] = [];
  TOPICS.forEach((t, i) => {
    const syl = syllablesOf(t.term);
    out.push({ category: 'EXACT', query: t.term, targets: [t.term] });
    out.push({ category: 'PINYIN', query: joinPinyin(syl), targets: [t.term], expect: t.term });
    if (syl.length >= 3) out.push({ category: 'INITIALS', query: initialsOf(syl), targets: [t.term], expect: t.term });
    out.push({ category: 'TYPO', query: t.typo, targets: [t.term], expect: t.term });
    out.push({ category: 'QUESTION', query: QUESTION_FORMS[i % QUESTION_FORMS.length].replace('{t}', t.term), targets: [t.term] });
    // Pinyin typed with a dialect confusion (zh→z, ch→c, sh→s, -ng→-n) in one syllable.
    const k = syl.findIndex((y) => /^[zcs]h|ng$/.test(y));
    if (k >= 0) {
      const loose = syl.map((y, j) => (j === k ? y.replace(/^([zcs])h/, '$1').replace(/ng$/, 'n') : y)).join('');
      out.push({ category: 'FUZZY_PINYIN', query: loose, targets: [t.term], expect: t.term });
    }
    out.push({ category: 'LONG_QUESTION', query: LONG_FORMS[i % LONG_FORMS.length].replace('{t}', t.term), targets: [t.term] });
    // Pinyin and characters mixed in one word: the first syllable (or the first two initials) typed as pinyin.
    const chars = [...t.term];
    if (syl.length === chars.length && chars.length >= 3) {
      const mixed = i % 2 === 0 ? syl[0] + chars.slice(1).join('') : syl[0][0] + syl[1][0] + chars.slice(2).join('');
      out.push({ category: 'MIXED', query: i % 3 === 0 && !t.term.includes('申请') ? `申请${mixed}` : mixed, targets: [t.term], expect: t.term });
    }
    if (i % 2 === 0) {
      const region = REGIONS[i % REGIONS.length];
      out.push({ category: 'REGION', query: `${region}${t.term}`, targets: [t.term], region });
    }
  });
  for (const [query, targets] of COLLOQUIAL) out.push({ category: 'COLLOQUIAL', query, targets });
  for (const [query, targets] of COLLOQUIAL_QUESTIONS) out.push({ category: 'LONG_QUESTION', query, targets });
  return out;
}
