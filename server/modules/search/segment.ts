import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nodejieba from 'nodejieba';
import { projectRoot } from '../../db/paths.js';

/** The domain dictionary shipped with this version; bump the file name when its content changes. */
export const DICT_VERSION = 'qifu.v2';

let loaded = false;

export function dictionaryPath(): string {
  return join(projectRoot(), 'server/modules/search/dict', `${DICT_VERSION}.dict.txt`);
}

/** Domain terms of the dictionary (word per line: `word freq tag`). */
export function dictionaryTerms(): string[] {
  return readFileSync(dictionaryPath(), 'utf8')
    .split('\n')
    .map((l) => l.trim().split(/\s+/)[0])
    .filter((w) => !!w);
}

/** jieba reads its dictionaries once per process (a second load would rebuild the trie, ~0.5 s). */
function jieba(): typeof nodejieba {
  if (!loaded) {
    nodejieba.load({ userDict: dictionaryPath() });
    loaded = true;
  }
  return nodejieba;
}

const HAN = /\p{Script=Han}/u;
const RUNS = /\p{Script=Han}+|[a-z0-9][a-z0-9.+#-]*/gu;

/**
 * Quotes and brackets inside a Han phrase are dropped, so that 专精特新“小巨人” and 首台（套） are the words
 * people type (专精特新小巨人, 首台套), in documents and queries alike.
 */
export function joinQuoted(text: string): string {
  return text.replace(/(?<=\p{Script=Han})[“”"'‘’「」『』〈〉《》（）()【】]+(?=\p{Script=Han})/gu, '');
}

/** Splits normalised text into Han runs (for jieba) and latin/digit words (kept whole). */
function runs(text: string): string[] {
  return joinQuoted(text).toLowerCase().match(RUNS) ?? [];
}

/** Lines of the look-alike character table (dict/shape-confusion.txt, `char<TAB>look-alikes`). */
export function shapeConfusionLines(): string[] {
  return readFileSync(join(projectRoot(), 'server/modules/search/dict', 'shape-confusion.txt'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));
}

/**
 * Index tokens: jieba search mode without HMM (HMM invents inconsistent long words), so a term and its
 * dictionary sub-words are all emitted: 稳岗补贴 → 稳岗, 补贴, 稳岗补贴.
 */
export function segmentForIndex(text: string): string[] {
  const out: string[] = [];
  for (const r of runs(text)) {
    if (!HAN.test(r)) {
      out.push(r);
      continue;
    }
    for (const t of jieba().cutForSearch(r, false)) {
      out.push(t);
      if (t.length >= 5) out.push(...domainSubwords(t));
    }
  }
  return out;
}

let domain: Set<string> | undefined;

/**
 * jieba's search mode emits only 2- and 3-character sub-words; domain terms of 4+ characters inside a longer
 * word (加计扣除 in 研发费用加计扣除) are added here so that they are findable on their own.
 */
function domainSubwords(word: string): string[] {
  domain ??= new Set(dictionaryTerms().filter((w) => w.length >= 4));
  const out: string[] = [];
  for (let len = 4; len < word.length; len++) {
    for (let i = 0; i + len <= word.length; i++) {
      const sub = word.slice(i, i + len);
      if (domain.has(sub)) out.push(sub);
    }
  }
  return out;
}

/** Query tokens: precise mode without HMM (the longest dictionary words; the index holds them too). */
export function segmentQuery(text: string): string[] {
  const out: string[] = [];
  for (const r of runs(text)) {
    if (HAN.test(r)) out.push(...jieba().cut(r, false));
    else out.push(r);
  }
  return out;
}

/** Words worth keeping in the lexicon from a title: Han words of 2–12 characters. */
export function lexiconWords(text: string): string[] {
  return [...new Set(segmentForIndex(text).filter((w) => HAN.test(w) && [...w].length >= 2 && [...w].length <= 12))];
}

/** Text for `to_tsvector('simple', …)`: tokens separated by spaces, tsquery-special characters removed. */
export function tsvText(text: string): string {
  return segmentForIndex(text)
    .map((t) => t.replace(/[&|!():*<>'\\\s]/g, ''))
    .filter(Boolean)
    .join(' ');
}
