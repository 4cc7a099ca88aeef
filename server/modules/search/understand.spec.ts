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
