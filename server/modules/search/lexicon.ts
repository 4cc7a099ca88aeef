import { pinyin } from 'pinyin-pro';
import { fuzzySyllable } from './text-tables.js';

/** A term of the lexicon with its precomputed pinyin (toneless, ü as v). */
export interface LexiconEntry {
  term: string;
  weight: number;
  syllables: string[];
  /** Documents whose title or body has the term (0 for terms no indexed document uses). */
  df?: number;
}

/** Toneless pinyin syllables of each Han character (others dropped). ~0.1 ms a call: never per keystroke per term. */
export function syllablesOf(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' }).filter((s) => /^[a-z]+$/.test(s));
}

export const joinPinyin = (syllables: readonly string[]) => syllables.join('');
export const initialsOf = (syllables: readonly string[]) => syllables.map((s) => s[0]).join('');
export const fuzzyKey = (syllables: readonly string[]) => syllables.map(fuzzySyllable).join('');
/** Joined pinyin with zh/ch/sh and -ng folded, for latin input typed with those confusions (zuanjintexin). */
export const looseKey = (joined: string) => joined.replace(/([zcs])h/g, '$1').replace(/ng(?![aeiouv])/g, 'n');

function push<K>(map: Map<K, LexiconEntry[]>, key: K, e: LexiconEntry) {
  const list = map.get(key);
  if (list) list.push(e);
  else map.set(key, [e]);
}

/** Index of sorted keys for prefix scans (binary search to the first key ≥ prefix, then walk). */
class PrefixIndex {
  private readonly keys: [string, LexiconEntry][];
  constructor(pairs: [string, LexiconEntry][]) {
    this.keys = pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
  scan(prefix: string, maxWalk = 3000): LexiconEntry[] {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.keys[mid][0] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: LexiconEntry[] = [];
    for (let i = lo; i < this.keys.length && i < lo + maxWalk && this.keys[i][0].startsWith(prefix); i++) out.push(this.keys[i][1]);
    return out;
  }
}

/**
 * The in-memory lexicon: terms keyed by text, joined pinyin, initials and fuzzy pinyin, built once from
 * precomputed syllables (FACTS: precompute; a pinyin match per term per keystroke is far too slow).
 */
export class Lexicon {
  readonly size: number;
  /** Whether any term has a document frequency (false before anything was learned from documents). */
  readonly hasFrequencies: boolean;
  private readonly byTerm = new Map<string, LexiconEntry>();
  private readonly byPinyinKey = new Map<string, LexiconEntry[]>();
  private readonly byInitialsKey = new Map<string, LexiconEntry[]>();
  private readonly byFuzzyKey = new Map<string, LexiconEntry[]>();
  private readonly byLooseKey = new Map<string, LexiconEntry[]>();
  private readonly byFirstChar = new Map<string, LexiconEntry[]>();
  private readonly termPrefix: PrefixIndex;
  private readonly pinyinPrefix: PrefixIndex;
  private readonly initialsPrefix: PrefixIndex;

  constructor(entries: readonly LexiconEntry[]) {
    const sorted = [...entries].sort((a, b) => b.weight - a.weight || (b.df ?? 0) - (a.df ?? 0) || a.term.length - b.term.length);
    const tp: [string, LexiconEntry][] = [];
    const pp: [string, LexiconEntry][] = [];
    const ip: [string, LexiconEntry][] = [];
    for (const e of sorted) {
      if (this.byTerm.has(e.term)) continue;
      this.byTerm.set(e.term, e);
      tp.push([e.term, e]);
      const chars = [...e.term];
      for (const c of new Set(chars)) push(this.byFirstChar, c, e);
      if (e.syllables.length !== chars.length) continue; // only all-Han terms get pinyin keys
      const py = joinPinyin(e.syllables);
      push(this.byPinyinKey, py, e);
      push(this.byInitialsKey, initialsOf(e.syllables), e);
      push(this.byFuzzyKey, fuzzyKey(e.syllables), e);
      push(this.byLooseKey, looseKey(py), e);
      pp.push([py, e]);
      ip.push([initialsOf(e.syllables), e]);
    }
    this.size = this.byTerm.size;
    this.hasFrequencies = sorted.some((e) => (e.df ?? 0) > 0);
    this.termPrefix = new PrefixIndex(tp);
    this.pinyinPrefix = new PrefixIndex(pp);
    this.initialsPrefix = new PrefixIndex(ip);
  }

  static fromTerms(terms: readonly { term: string; weight: number }[]): Lexicon {
    return new Lexicon(terms.map((t) => ({ term: t.term, weight: t.weight, syllables: syllablesOf(t.term) })));
  }

  has(term: string): boolean {
    return this.byTerm.has(term);
  }
  get(term: string): LexiconEntry | undefined {
    return this.byTerm.get(term);
  }
  /** Terms whose joined pinyin is exactly `key` (best weight first). */
  byPinyin(key: string): readonly LexiconEntry[] {
    return this.byPinyinKey.get(key) ?? [];
  }
  byInitials(key: string): readonly LexiconEntry[] {
    return this.byInitialsKey.get(key) ?? [];
  }
  byFuzzy(key: string): readonly LexiconEntry[] {
    return this.byFuzzyKey.get(key) ?? [];
  }
  /** Terms whose joined pinyin folds (zh→z, ng→n) to the same key as the input. */
  byLoose(latin: string): readonly LexiconEntry[] {
    return this.byLooseKey.get(looseKey(latin)) ?? [];
  }
  /** Terms containing the character. */
  containing(char: string): readonly LexiconEntry[] {
    return this.byFirstChar.get(char) ?? [];
  }
  /** Best terms starting with a Chinese prefix, by pinyin prefix or by initials prefix. */
  prefixed(kind: 'term' | 'pinyin' | 'initials', prefix: string, limit: number): LexiconEntry[] {
    const idx = kind === 'term' ? this.termPrefix : kind === 'pinyin' ? this.pinyinPrefix : this.initialsPrefix;
    return idx
      .scan(prefix)
      .sort((a, b) => b.weight - a.weight)
      .slice(0, limit);
  }
}
