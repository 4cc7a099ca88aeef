import { describe, expect, it } from 'vitest';
import { Lexicon } from './lexicon.js';
import { dictionaryTerms, segmentQuery } from './segment.js';
import { normalize, understand } from './understand.js';

const lexicon = Lexicon.fromTerms([
  ...dictionaryTerms().map((term) => ({ term, weight: 1000 })),
  ...['申请', '政策', '企业', '合肥', '服务', '通知', '补贴', '资金'].map((term) => ({ term, weight: 50 })),
]);
const concepts = new Map<string, string[]>([
  ['借钱', ['融资', '贷款']],
  ['招人', ['人才招聘', '招聘']],
  ['办执照', ['企业登记', '营业执照']],
  ['创业', ['创业补贴']],
]);
const deps = { lexicon, concepts, segment: segmentQuery };
const u = (q: string, exact = false) => understand(q, deps, { exact });

describe('normalize', () => {
  it('folds width, case, traditional characters and punctuation', () => {
    expect(normalize('  ＡＢＣ１２３，穩崗補貼！ ')).toBe('abc123 稳岗补贴');
    expect(normalize('貸款・申請')).toBe('贷款 申请');
    expect(normalize('')).toBe('');
    expect([...normalize('政'.repeat(500))].length).toBe(100);
  });
});

describe('pinyin', () => {
  it('reads full pinyin, initials and mixed input', () => {
    expect(u('rongzidanbao').converted).toBe('融资担保');
    expect(u('rong zi dan bao').converted).toBe('融资担保');
    expect(u('zjtx').converted).toBe('专精特新');
    expect(u('wgbt').converted).toBe('稳岗补贴');
    expect(u('gxjsqy').converted).toBe('高新技术企业');
    expect(u('rongzi担保').converted).toBe('融资担保');
    expect(u('zj特新').converted).toBe('专精特新');
    expect(u('wengangbutie shenqing').converted).toBe('稳岗补贴 申请');
    expect(u('zjtx').pinyinCandidates[0]).toBe('专精特新');
    expect(u('zuanjintexin').converted).toBe('专精特新'); // zh→z and -ng→-n confusions
    expect(u('wenganbutie').converted).toBe('稳岗补贴');
  });
  it('leaves Chinese and exact queries alone', () => {
    expect(u('专精特新').converted).toBeNull();
    expect(u('rongzidanbao', true).converted).toBeNull();
  });
});

describe('typos', () => {
  it('corrects same-pinyin, fuzzy-pinyin and similar-shape typos', () => {
    expect(u('稳刚补贴').corrected).toBe('稳岗补贴');
    expect(u('专精特心').corrected).toBe('专精特新');
    expect(u('创业担保货款').corrected).toBe('创业担保贷款');
    expect(u('加计扣处').corrected).toBe('加计扣除');
    expect(u('申请稳刚补贴').corrected).toBe('申请稳岗补贴');
  });
  it('corrects a rare look-alike outside the common characters (釆 for 采, from its IDS structure)', () => {
    expect(u('政府釆购').corrected).toBe('政府采购');
  });
  it('does not rewrite clean queries', () => {
    for (const q of ['专精特新', '稳岗补贴申请', '小微企业贷款', '合肥 政策', '知识产权质押融资', '高新技术企业认定']) {
      expect(u(q).corrected, q).toBeNull();
    }
  });
});

describe('expansion and groups', () => {
  it('expands colloquial phrases and drops question words', () => {
    const r = u('怎么借钱');
    expect(r.groups).toEqual([['借钱', '融资', '贷款']]);
    expect(r.expansions).toEqual([{ phrase: '借钱', terms: ['融资', '贷款'] }]);
    expect(r.serviceIntent).toBe(true);
    expect(r.intentColumns).toContain('FINANCING');
    expect(u('办执照').groups).toEqual([['办执照', '企业登记', '营业执照']]);
  });
  it('does not expand inside a longer word', () => {
    expect(u('创业担保贷款').expansions).toEqual([]);
  });
  it('keeps soft words only when nothing else remains', () => {
    expect(u('申请稳岗补贴').groups).toEqual([['稳岗补贴']]);
    expect(u('申请').groups).toEqual([['申请']]);
  });
});

describe('issue #14', () => {
  const withDf = Lexicon.fromTerms([]);
  const lex = new Lexicon(
    [
      ...dictionaryTerms().map((term) => ({ term, weight: 1000, syllables: [] as string[], df: 0 })),
      ...[
        ['加计扣除', 12],
        ['货款', 4],
        ['贷款', 40],
        ['企业开办', 3],
        ['设立登记', 3],
        ['留抵退税', 5],
        ['小企业', 30],
      ].map(([term, df]) => ({ term: term as string, weight: 1, syllables: [] as string[], df: df as number })),
    ].map((e) => ({ ...e, syllables: Lexicon.fromTerms([{ term: e.term, weight: 1 }]).get(e.term)!.syllables })),
  );
  const d = { lexicon: lex, concepts: new Map([['注册个公司', ['企业开办', '设立登记', '无人使用的词']]]), segment: segmentQuery };
  it('reads tone-marked and spaced pinyin', () => {
    expect(normalize('róngzī dànbǎo')).toBe('rongzi danbao');
    expect(u('róngzī dànbǎo').converted).toBe('融资担保');
    expect(u('wěngǎng fǎnhuán').converted).toBe('稳岗返还');
    expect(u('jia ji kou chu').converted).toBe('加计扣除');
  });
  it('never corrects a known word away, and corrects look-alikes from the generated table', () => {
    for (const q of ['货款', '保函', '保理', '拖欠货款']) expect(understand(q, d).corrected).toBeNull();
    expect(understand('加汁扣除', d).corrected).toBe('加计扣除');
    expect(understand('留抵退锐', d).corrected).toBe('留抵退税');
    // 大企业 is a word no document uses yet, not a typo of the well-supported 小企业 (大 and 小 are one stroke apart).
    expect(understand('被大企业拖着货款不给', d).corrected).toBeNull();
    expect(withDf.size).toBe(0);
  });
  it('matches concept phrases before segmentation and expands only to words documents use', () => {
    // 企业开办 is a dictionary term no document of this lexicon uses (df 0); 无人使用的词 is unknown.
    const x = understand('想注册个公司', d);
    expect(x.expansions).toEqual([{ phrase: '注册个公司', terms: ['设立登记'] }]);
  });
  it('drops quotes inside a Han phrase', () => {
    expect(normalize('专精特新“小巨人”')).toBe('专精特新小巨人');
    expect(normalize('首台（套）')).toBe('首台套');
  });
});

describe('issue #14: colloquial variants of a concept phrase', () => {
  const everyday = new Map<string, string[]>([
    ['房租', ['租金', '房租减免']],
    ['房租太贵', ['租金', '租金补贴']],
    ['缺钱', ['融资', '贷款']],
    ['钱不够', ['贷款', '应急转贷']],
    ['借钱', ['融资', '贷款']],
    ['贷点款', ['贷款', '融资']],
    ['少交点税', ['税收优惠']],
    ['招不到人', ['招聘', '用工']],
    ['人招不到', ['招聘', '用工']],
    ['招人难', ['招聘', '用工']],
    ['开店', ['个体工商户', '营业执照']],
    ['不想干了', ['注销']],
  ]);
  const v = (q: string) => understand(q, { lexicon, concepts: everyday, segment: segmentQuery });
  it('matches a phrase with degree words, particles and measure words inside or around it', () => {
    for (const q of ['房租有点贵', '房租实在太贵了', '房租贵', '房租太贵', '房租真的太贵了', '房租比较贵']) {
      expect(v(q).groups, q).toEqual([[v(q).expansions[0]?.phrase, '租金', '租金补贴']]);
    }
    expect(v('房租有点贵').expansions).toEqual([{ phrase: '房租有点贵', terms: ['租金', '租金补贴'] }]);
    for (const q of ['有点缺钱', '实在缺钱', '钱不够', '钱都不够', '借点钱', '想借个钱']) expect(v(q).groups.length, q).toBe(1);
    expect(v('有点缺钱').groups).toEqual([['缺钱', '融资', '贷款']]);
    expect(v('少交税').expansions[0]?.terms).toEqual(['税收优惠']); // the phrase's own filler (点) may be left out
    expect(v('开个店').expansions[0]).toEqual({ phrase: '开个店', terms: ['个体工商户', '营业执照'] });
    expect(v('不想干了').groups).toEqual([['不想干了', '注销']]);
    expect(v('真的不想干了').groups).toEqual([['不想干了', '注销']]);
    expect(v('不想干').groups).toEqual([['不想干', '注销']]); // a trailing particle of the phrase is optional
  });
  it('matches other word orders written as their own phrases, with fillers', () => {
    for (const q of ['人招不到', '人都招不到', '招人很难', '招人太难了', '一直招不到人', '老是招不到人']) {
      expect(v(q).groups, q).toHaveLength(1);
      expect(v(q).groups[0].slice(1), q).toEqual(['招聘', '用工']);
    }
  });
  it('does not fire on clean queries and titles that contain fillers', () => {
    for (const q of ['太阳能光伏发电补贴', '重点群体就业补贴', '试点城市数字化转型', '一点通服务', '个体工商户登记', '稳岗补贴太原市']) {
      expect(v(q).expansions, q).toEqual([]);
    }
  });
  it('lets a variant stand for every phrase with its key, and a phrase as written for its own terms', () => {
    const two = new Map<string, string[]>([
      ['税交得多', ['减税降费']],
      ['税交多', ['税收优惠', '减半征收']],
    ]);
    const w = (q: string) => understand(q, { lexicon, concepts: two, segment: segmentQuery });
    expect(w('税交得多').expansions[0]?.terms).toEqual(['减税降费']);
    expect(w('税交多').expansions[0]?.terms).toEqual(['税收优惠', '减半征收']);
    expect(new Set(w('税交得太多了').expansions[0]?.terms)).toEqual(new Set(['减税降费', '税收优惠', '减半征收']));
  });
  it('never matches across the edge of a word, nor stands a variant for a known word', () => {
    expect(v('厂房租金补贴').expansions).toEqual([]); // 房租 cuts 厂房 and 租金
    expect(v('贷款').expansions).toEqual([]); // 贷款 is a word, not a way of saying 贷点款
    expect(v('贷点款').expansions).toEqual([{ phrase: '贷点款', terms: ['贷款', '融资'] }]);
  });
});
