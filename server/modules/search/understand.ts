import { conceptCandidates, fillerAt, fillerBefore, isFiller } from './concepts.js';
import { type Lexicon, type LexiconEntry, fuzzyKey, joinPinyin, syllablesOf } from './lexicon.js';
import { joinQuoted, shapeConfusionLines } from './segment.js';
import { SERVICE_INTENTS, SOFT_WORDS, STOP_WORDS, TRADITIONAL_TO_SIMPLIFIED } from './text-tables.js';

/**
 * Query understanding, before any engine (Q3): normalise → pinyin → typo correction → colloquial
 * expansion → segmentation. Pure: the lexicon, concepts and segmenter are passed in. The result says what
 * was done so that the client can show it and undo it (`exact: true`).
 */

export const MAX_QUERY_CHARS = 100;

/** AND of groups, OR within a group (a group is a word and the words it stands for). */
export type QueryGroups = string[][];

export interface Correction {
  from: string;
  to: string;
  /** How the correction was found. */
  by: 'PINYIN' | 'FUZZY_PINYIN' | 'SHAPE';
}

export interface Expansion {
  phrase: string;
  terms: string[];
}

export interface Understanding {
  original: string;
  normalized: string;
  /** The latin text read as pinyin (full, initials or mixed), when any. */
  pinyin: string | null;
  /** Text after pinyin conversion (null when there was none). */
  converted: string | null;
  /** Other readings of the pinyin, best first (at most 5, including the one used). */
  pinyinCandidates: string[];
  /** The text with typos corrected (null when nothing looked wrong). */
  corrected: string | null;
  corrections: Correction[];
  expansions: Expansion[];
  /** Groups for the text as typed (after normalisation and pinyin conversion). */
  groups: QueryGroups;
  /** Groups for the corrected text, when there is one. */
  correctedGroups: QueryGroups | null;
  /** The query asks for a service (申请, 办理, 贷款, 招聘…); `intentColumns` says which columns. */
  serviceIntent: boolean;
  intentColumns: string[];
}

export interface UnderstandDeps {
  lexicon: Lexicon;
  /** Colloquial phrase → terms it stands for. */
  concepts: ReadonlyMap<string, readonly string[]>;
  /** Precise-mode segmentation (jieba without HMM). */
  segment: (text: string) => string[];
}

const HAN = /\p{Script=Han}/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;
const LATIN_ONLY = /^[a-z]+$/;

/** Full/half width, case, traditional → simplified, punctuation → spaces, length cap. */
export function normalize(raw: string): string {
  let s = (raw ?? '').normalize('NFKC').toLowerCase();
  // Tone-marked pinyin (róngzī dànbǎo, lǜ): ü → v, tone marks dropped; Han characters are untouched.
  s = s
    .replace(/[üǖǘǚǜ]/g, 'v')
    .normalize('NFD')
    .replace(/([a-z])[\u0300-\u036f]+/g, '$1')
    .normalize('NFC');
  s = [...s].map((c) => TRADITIONAL_TO_SIMPLIFIED.get(c) ?? c).join('');
  s = joinQuoted(s);
  s = s.replace(/[\p{P}\p{S}\p{Z}\s]+/gu, ' ').trim();
  return [...s].slice(0, MAX_QUERY_CHARS).join('').trim();
}

let shapeVariants: ReadonlyMap<string, string[]> | undefined;
/** Look-alike characters (dict/shape-confusion.txt, generated from pycorrector's stroke data), read once. */
function shapeVariantsOf(c: string): readonly string[] {
  shapeVariants ??= new Map(
    shapeConfusionLines().map((l) => {
      const [k, v] = l.split('\t');
      return [k, [...v]];
    }),
  );
  return shapeVariants.get(c) ?? [];
}

// ---------------------------------------------------------------- pinyin

interface PinyinReading {
  text: string;
  candidates: string[];
  /** Lexicon terms the reading is made of. */
  pieces?: number;
}

/** Splits a latin chunk into lexicon pinyin keys (full pinyin preferred to initials), fewest pieces first. */
function readLatin(chunk: string, lex: Lexicon): PinyinReading | null {
  const n = chunk.length;
  if (n < 2 || n > 60) return null;
  const best: ({ cost: number; prev: number; entries: readonly LexiconEntry[] } | null)[] = new Array(n + 1).fill(null);
  best[0] = { cost: 0, prev: -1, entries: [] };
  for (let i = 0; i < n; i++) {
    if (!best[i]) continue;
    for (let j = Math.min(n, i + 40); j > i; j--) {
      const sub = chunk.slice(i, j);
      let entries = lex.byPinyin(sub);
      let cost = 1;
      if (!entries.length && sub.length >= 2) {
        entries = lex.byInitials(sub);
        cost = 1.4;
      }
      if (!entries.length && sub.length >= 4) {
        entries = lex.byLoose(sub); // zh/z, ch/c, sh/s, -ng/-n typed interchangeably
        cost = 1.6;
      }
      if (!entries.length) continue;
      const total = best[i]!.cost + cost;
      if (!best[j] || best[j]!.cost > total) best[j] = { cost: total, prev: i, entries };
    }
  }
  if (!best[n]) return null;
  const pieces: (readonly LexiconEntry[])[] = [];
  for (let j = n; j > 0; j = best[j]!.prev) pieces.unshift(best[j]!.entries);
  const text = pieces.map((p) => p[0].term).join('');
  const candidates = pieces.length === 1 ? pieces[0].slice(0, 5).map((e) => e.term) : [text];
  return { text, candidates, pieces: pieces.length };
}

/** Whether a latin string can be eaten by syllables from index k (each syllable typed fully or by its initial). */
function eatLatin(s: string, p: number, syl: readonly string[], k: number, out: Set<number>): void {
  if (p === s.length) {
    out.add(k);
    return;
  }
  if (k >= syl.length) return;
  const y = syl[k];
  if (s.startsWith(y, p)) eatLatin(s, p + y.length, syl, k + 1, out);
  if (s[p] === y[0]) eatLatin(s, p + 1, syl, k + 1, out);
  if (/^[zcs]h/.test(y) && s.startsWith(y.slice(0, 2), p)) eatLatin(s, p + 2, syl, k + 1, out);
}

/** Matches a chunk that mixes Han characters and pinyin (rongzi担保, zj特新) against whole lexicon terms. */
function readMixed(chunk: string, lex: Lexicon): PinyinReading | null {
  const whole = readMixedTerm(chunk, lex);
  if (whole) return whole;
  // Leading Han words before the mixed term (申请sz化转型 → 申请 + 数字化转型).
  const lead = chunk.match(/^\p{Script=Han}+/u)?.[0] ?? '';
  for (let k = 1; k <= [...lead].length; k++) {
    const head = [...lead].slice(0, k).join('');
    const rest = readMixedTerm(chunk.slice(head.length), lex);
    if (rest && rest.candidates.length) return { text: head + rest.text, candidates: rest.candidates.map((c) => head + c) };
  }
  let changed = false;
  const text = chunk.replace(/[a-z]+/g, (run) => {
    const r = readLatin(run, lex);
    if (!r) return run;
    changed = true;
    return r.text;
  });
  return changed ? { text, candidates: [text] } : null;
}

/** A mixed chunk that is exactly one lexicon term. */
function readMixedTerm(chunk: string, lex: Lexicon): PinyinReading | null {
  const units = chunk.match(/\p{Script=Han}|[a-z]+/gu) ?? [];
  const hanChars = units.filter((u) => HAN.test(u));
  if (!hanChars.length || units.join('') !== chunk) return null;
  const matches: LexiconEntry[] = [];
  for (const e of lex.containing(hanChars[0])) {
    const chars = [...e.term];
    if (e.syllables.length !== chars.length) continue;
    let ends = new Set<number>([0]);
    for (const u of units) {
      const next = new Set<number>();
      for (const k of ends) {
        if (HAN.test(u)) {
          if (chars[k] === u) next.add(k + 1);
        } else eatLatin(u, 0, e.syllables, k, next);
      }
      ends = next;
      if (!ends.size) break;
    }
    if (ends.has(chars.length)) matches.push(e);
    if (matches.length >= 5) break;
  }
  return matches.length ? { text: matches[0].term, candidates: matches.map((m) => m.term) } : null;
}

function convertPinyin(normalized: string, lex: Lexicon): { text: string; pinyin: string; candidates: string[] } | null {
  if (!/[a-z]/.test(normalized)) return null;
  const chunks = normalized.split(' ');
  // Whole query typed as spaced pinyin (rong zi dan bao, chukou xinyong baoxian): read it joined first.
  // Taken when the joined letters are one known term (jia ji kou chu, chukou xinyong baoxian) or every part is
  // a single syllable or initial (rong zi dan bao); otherwise each part is read on its own.
  if (chunks.length > 1 && chunks.every((c) => LATIN_ONLY.test(c)) && !chunks.some((c) => lex.has(c))) {
    const joined = readLatin(chunks.join(''), lex);
    if (joined && (joined.pieces === 1 || chunks.every((c) => c.length <= 6 && !readLatin(c, lex))))
      return { text: joined.text, pinyin: chunks.join(' '), candidates: joined.candidates };
  }
  const latinParts: string[] = [];
  let candidates: string[] = [];
  let changed = false;
  const out = chunks.map((chunk) => {
    if (lex.has(chunk)) return chunk; // a latin word of the domain (e.g. an acronym) stays
    let r: PinyinReading | null = null;
    if (LATIN_ONLY.test(chunk)) r = readLatin(chunk, lex);
    else if (HAN.test(chunk) && /[a-z]/.test(chunk)) r = readMixed(chunk, lex);
    if (!r) return chunk;
    changed = true;
    latinParts.push(chunk);
    if (!candidates.length) candidates = r.candidates;
    return r.text;
  });
  // Whole query typed as spaced full pinyin (rong zi dan bao): try it joined.
  if (!changed && chunks.length > 1 && chunks.every((c) => LATIN_ONLY.test(c))) {
    const joined = readLatin(chunks.join(''), lex);
    if (joined) return { text: joined.text, pinyin: chunks.join(' '), candidates: joined.candidates };
  }
  if (!changed) return null;
  return { text: out.join(' '), pinyin: latinParts.join(' '), candidates };
}

// ---------------------------------------------------------------- typos

/**
 * How well the documents support a term: its document frequency, or for a domain-dictionary term a floor (a
 * curated term is a correction target even before a document uses it).
 */
export const supportOf = (e: LexiconEntry | undefined): number => (e ? Math.max(e.df ?? 0, e.weight >= CORE_WEIGHT ? 3 : 0) : 0);
/** A correction must be this many times better supported than the typed text, and at least MIN_SUPPORT. */
const SUPPORT_RATIO = 5;
const MIN_SUPPORT = 2;

function bestOf(entries: readonly LexiconEntry[], length: number, not: string, min: number): LexiconEntry | undefined {
  let best: LexiconEntry | undefined;
  for (const e of entries) {
    if (e.term === not || [...e.term].length !== length || supportOf(e) < min) continue;
    if (!best || supportOf(e) > supportOf(best)) best = e;
  }
  return best;
}

function correctionFor(window: string, syllables: string[], lex: Lexicon): Correction | null {
  const chars = [...window];
  const typed = supportOf(lex.get(window));
  const min = Math.max(MIN_SUPPORT, typed * SUPPORT_RATIO, chars.length <= 2 ? 3 : MIN_SUPPORT);
  if (syllables.length === chars.length) {
    const exact = bestOf(lex.byPinyin(joinPinyin(syllables)), chars.length, window, min);
    if (exact) return { from: window, to: exact.term, by: 'PINYIN' };
  }
  let shape: LexiconEntry | undefined;
  for (let i = 0; i < chars.length; i++) {
    for (const v of shapeVariantsOf(chars[i])) {
      const e = lex.get([...chars.slice(0, i), v, ...chars.slice(i + 1)].join(''));
      if (e && supportOf(e) >= min && (!shape || supportOf(e) > supportOf(shape))) shape = e;
    }
  }
  if (shape) return { from: window, to: shape.term, by: 'SHAPE' };
  if (syllables.length === chars.length && chars.length >= 3) {
    const fuzzy = bestOf(lex.byFuzzy(fuzzyKey(syllables)), chars.length, window, min);
    if (fuzzy) return { from: window, to: fuzzy.term, by: 'FUZZY_PINYIN' };
  }
  return null;
}

/**
 * Corrects windows of whole tokens (2–8 characters) that contain an unknown token and are not lexicon
 * terms, longest window first. Windows follow token boundaries so that clean words are not rewritten.
 */
function correctChunk(chunk: string, deps: UnderstandDeps, corrections: Correction[]): string {
  if (!HAN_ONLY.test(chunk) || deps.lexicon.has(chunk)) return chunk;
  const tokens = deps.segment(chunk);
  if (tokens.join('') !== chunk) return chunk;
  const charPinyin = syllablesOf(chunk);
  if (charPinyin.length !== [...chunk].length) return chunk;
  const starts: number[] = [];
  let offset = 0;
  for (const t of tokens) {
    starts.push(offset);
    offset += [...t].length;
  }
  const weak = tokens.map((t) => [...t].length === 1 || supportOf(deps.lexicon.get(t)) === 0);
  const out: string[] = [];
  let s = 0;
  while (s < tokens.length) {
    let done = false;
    for (let e = tokens.length - 1; e >= s; e--) {
      const len = starts[e] + [...tokens[e]].length - starts[s];
      if (len < 2 || len > 8) continue;
      const window = tokens.slice(s, e + 1).join('');
      if (deps.lexicon.has(window)) {
        if (e > s || !weak[s]) {
          out.push(window);
          s = e + 1;
          done = true;
          break;
        }
        continue;
      }
      // Known words are corrected only together with their neighbours, towards a curated term (创业担保货款 →
      // 创业担保贷款); 货款 alone stays.
      const strong = !weak.slice(s, e + 1).some(Boolean);
      if (strong && e === s) continue;
      const c = correctionFor(window, charPinyin.slice(starts[s], starts[s] + len), deps.lexicon);
      if (c && strong && (deps.lexicon.get(c.to)?.weight ?? 0) < CORE_WEIGHT) continue;
      if (c) {
        corrections.push(c);
        out.push(c.to);
        s = e + 1;
        done = true;
        break;
      }
    }
    if (!done) out.push(tokens[s++]);
  }
  return out.join('');
}

// ---------------------------------------------------------------- expansion and groups

/** The expansions of a concept that documents use (the corpus has them), or none. */
function usedExpansions(phrase: string, deps: UnderstandDeps): string[] | null {
  const terms = deps.concepts.get(phrase);
  if (!terms) return null;
  const used = terms.filter((t) => {
    const e = deps.lexicon.get(t);
    // A lexicon that has learned nothing from documents yet (an index filled before frequencies were kept)
    // keeps every expansion.
    return t !== phrase && (!deps.lexicon.hasFrequencies || (!!e && (e.df ?? 0) > 0));
  });
  return used.length || (deps.lexicon.get(phrase)?.df ?? 0) > 0 ? used : null;
}

/**
 * A long word of the query that documents write in parts (研发费用加计扣除 in 研发费用税前加计扣除): the
 * query asks for its parts (the index holds them too), unless documents use the whole word often.
 */
function partsOf(word: string, deps: UnderstandDeps): string[] | null {
  const chars = [...word];
  if (chars.length < 5 || !HAN_ONLY.test(word)) return null;
  const parts: string[] = [];
  let i = 0;
  while (i < chars.length) {
    let j = chars.length - (i === 0 ? 1 : 0);
    for (; j >= i + 2; j--) if (deps.lexicon.has(chars.slice(i, j).join(''))) break;
    if (j < i + 2) return null;
    parts.push(chars.slice(i, j).join(''));
    i = j;
  }
  return parts.length > 1 ? parts : null;
}

function groupsOf(text: string, deps: UnderstandDeps, expand: boolean, expansions: Expansion[] | null): QueryGroups {
  const groups: QueryGroups = [];
  const soft: QueryGroups = [];
  const addToken = (t: string) => {
    if (STOP_WORDS.has(t) || !/[\p{Script=Han}a-z0-9]/u.test(t)) return;
    (SOFT_WORDS.has(t) ? soft : groups).push([t]);
  };
  const addSegment = (segment: string) => {
    for (const t of deps.segment(segment)) {
      const parts = expand && deps.lexicon.hasFrequencies && (deps.lexicon.get(t)?.df ?? 0) < 2 ? partsOf(t, deps) : null;
      if (parts) for (const p of parts) addToken(p);
      else addToken(t);
    }
  };
  for (const chunk of text.split(' ').filter(Boolean)) {
    if (!expand) {
      addSegment(chunk);
      continue;
    }
    // Concept phrases first, longest at each position, on the unsegmented text (想注册个公司 → 注册个公司), with
    // fillers allowed between a phrase's parts (房租有点贵 ≈ 房租太贵; concepts.ts).
    const chars = [...chunk];
    // A phrase matches whole words: it neither lies inside a longer word (创业 in 创业担保贷款) nor cuts one at its
    // edges (房租 in 厂房租金). A filler inside a known word is not skipped (点 in 重点).
    const known: [number, number][] = [];
    const inKnown = new Array<boolean>(chars.length).fill(false);
    const tokens = deps.segment(chunk);
    const aligned = tokens.join('') === chunk;
    const boundaries = new Set<number>([0]);
    let at = 0;
    for (const t of tokens) {
      const n = [...t].length;
      if (n >= 2 && !isFiller(t) && supportOf(deps.lexicon.get(t)) > 0) {
        known.push([at, at + n]);
        inKnown.fill(true, at, at + n);
      }
      at += n;
      boundaries.add(at);
    }
    const onBoundary = (p: number) => !aligned || boundaries.has(p);
    const cutsWord = (i: number, j: number) => !onBoundary(i) || !onBoundary(j) || known.some(([a, b]) => a <= i && j <= b && b - a > j - i);
    const canSkip = (p: number, n: number) => !inKnown.slice(p, p + n).some(Boolean);
    let rest = 0;
    for (let i = 0; i < chars.length;) {
      let hit: { start: number; phrase: string; terms: string[]; end: number } | null = null;
      for (const c of conceptCandidates(chars, i, deps.concepts, canSkip)) {
        if (cutsWord(c.start, c.end)) continue;
        const span = chars.slice(c.start, c.end).join('');
        const exact = c.phrases.includes(span);
        // A variant (fillers skipped, or the phrase's own fillers left out) never stands for a known word (贷款 is
        // not 贷点款).
        if (!exact && supportOf(deps.lexicon.get(span)) > 0) continue;
        // A phrase as written stands for its own terms; a variant for those of every phrase with its key.
        const found = (exact ? [span] : c.phrases).map((p) => usedExpansions(p, deps)).filter((t): t is string[] => !!t);
        if (found.length) {
          hit = { start: c.start, phrase: span, terms: [...new Set(found.flat())], end: c.end };
          break;
        }
      }
      if (!hit) {
        i++;
        continue;
      }
      // Filler words right around the phrase belong to it (有点缺钱, 房租太贵了): they are not searched for.
      const aroundOk = (p: number, n: number) => onBoundary(p) && onBoundary(p + n) && canSkip(p, n);
      let start = hit.start;
      for (let n = fillerBefore(chars, start, rest); n && aroundOk(start - n, n); n = fillerBefore(chars, start, rest)) start -= n;
      let end = hit.end;
      for (let n = fillerAt(chars, end); n && aroundOk(end, n); n = fillerAt(chars, end)) end += n;
      if (rest < start) addSegment(chars.slice(rest, start).join(''));
      groups.push([hit.phrase, ...hit.terms]);
      expansions?.push({ phrase: hit.phrase, terms: hit.terms });
      i = rest = end;
    }
    if (rest < chars.length) addSegment(chars.slice(rest).join(''));
  }
  const all = groups.length ? groups : soft;
  const seen = new Set<string>();
  return all.filter((g) => {
    const k = g.join('|');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function intentOf(text: string, expansions: readonly Expansion[]): { serviceIntent: boolean; intentColumns: string[] } {
  const words = [text, ...expansions.flatMap((e) => e.terms)].join(' ');
  const hits = SERVICE_INTENTS.filter((i) => words.includes(i.word));
  return { serviceIntent: hits.length > 0, intentColumns: [...new Set(hits.map((h) => h.column).filter((c): c is string => !!c))] };
}

/** Weight of domain-dictionary terms in the lexicon (titles and queries add lighter terms). */
export const CORE_WEIGHT = 1000;

/**
 * The groups that carry the topic: domain terms and colloquial expansions. When nothing matches every group,
 * these stay required and the others only raise the score (蚌埠市应急转贷 → 应急转贷, ranked by 蚌埠市).
 */
export function coreGroups(groups: QueryGroups, lexicon: Lexicon): QueryGroups {
  return groups.filter((g) => g.length > 1 || g.some((w) => (lexicon.get(w)?.weight ?? 0) >= CORE_WEIGHT));
}

export function understand(raw: string, deps: UnderstandDeps, opts: { exact?: boolean } = {}): Understanding {
  const original = raw ?? '';
  const normalized = normalize(original);
  const base: Understanding = {
    original,
    normalized,
    pinyin: null,
    converted: null,
    pinyinCandidates: [],
    corrected: null,
    corrections: [],
    expansions: [],
    groups: [],
    correctedGroups: null,
    serviceIntent: false,
    intentColumns: [],
  };
  if (!normalized) return base;
  if (opts.exact) {
    return { ...base, groups: groupsOf(normalized, deps, false, null), ...intentOf(normalized, []) };
  }
  const py = convertPinyin(normalized, deps.lexicon);
  const typed = py ? py.text : normalized;
  const corrections: Correction[] = [];
  const correctedText = typed
    .split(' ')
    .map((c) => correctChunk(c, deps, corrections))
    .join(' ');
  const corrected = corrections.length ? correctedText : null;
  const expansions: Expansion[] = [];
  const groups = groupsOf(typed, deps, true, corrected ? null : expansions);
  const correctedGroups = corrected ? groupsOf(corrected, deps, true, expansions) : null;
  return {
    ...base,
    pinyin: py?.pinyin ?? null,
    converted: py?.text ?? null,
    pinyinCandidates: py?.candidates ?? [],
    corrected,
    corrections,
    expansions,
    groups,
    correctedGroups,
    ...intentOf(corrected ?? typed, expansions),
  };
}
