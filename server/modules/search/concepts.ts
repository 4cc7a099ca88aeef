import { FILLERS, TRAILING_PARTICLES } from './text-tables.js';

/**
 * Colloquial concept phrases matched the way owners say them: a phrase is matched by its key (the phrase
 * without interior fillers and trailing particles: 房租太贵 → 房租贵, 少交点税 → 少交税), and the query may put
 * fillers between the key's characters (房租有点贵, 房租实在太贵了, 借点钱, 注册个公司). Pure; the guards that
 * need the lexicon (not inside a known word, expansions only to words documents use) stay in `understand.ts`.
 */

/** At most this many filler characters are skipped inside one match. */
const MAX_SKIPPED = 6;

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Concept phrases whose key ends here. */
  phrases?: string[];
}

const fillerSet: ReadonlySet<string> = new Set(FILLERS);
/** Fillers by first character, longest first. */
const fillersByFirst: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const f of [...FILLERS].sort((a, b) => b.length - a.length)) {
    const first = f[0];
    m.set(first, [...(m.get(first) ?? []), f]);
  }
  return m;
})();

export const isFiller = (word: string): boolean => fillerSet.has(word);

/** The longest filler starting at `at` and ending before `limit`, as a number of characters (0 when none). */
export function fillerAt(chars: readonly string[], at: number, limit = chars.length): number {
  for (const f of fillersByFirst.get(chars[at]) ?? []) {
    const n = f.length;
    if (at + n <= limit && chars.slice(at, at + n).join('') === f) return n;
  }
  return 0;
}

/** The longest filler ending just before `at` and starting at or after `floor` (0 when none). */
export function fillerBefore(chars: readonly string[], at: number, floor = 0): number {
  let best = 0;
  for (let n = 1; n <= 3 && at - n >= floor; n++) if (fillerSet.has(chars.slice(at - n, at).join(''))) best = n;
  return best;
}

/** The key a phrase is matched by: its characters without interior fillers and trailing particles. */
export function conceptKey(phrase: string): string {
  const chars = [...phrase];
  while (chars.length > 2 && TRAILING_PARTICLES.has(chars[chars.length - 1])) chars.pop();
  if (chars.length < 3) return chars.join('');
  const out = [chars[0]];
  for (let i = 1; i < chars.length - 1;) {
    const n = fillerAt(chars, i, chars.length - 1);
    if (n) i += n;
    else out.push(chars[i++]);
  }
  out.push(chars[chars.length - 1]);
  return out.length >= 2 ? out.join('') : phrase;
}

const indexes = new WeakMap<ReadonlyMap<string, readonly string[]>, TrieNode>();

/** A character trie of the concepts' keys, built once per concept table (the cached table is reused for a minute). */
function indexOf(concepts: ReadonlyMap<string, readonly string[]>): TrieNode {
  let root = indexes.get(concepts);
  if (root) return root;
  root = { next: new Map() };
  // Phrases with the same key are one concept said in different ways (税交得多, 税交多).
  const sameKey = new Map<string, string[]>();
  for (const phrase of concepts.keys()) {
    const key = conceptKey(phrase);
    const list = sameKey.get(key) ?? [];
    sameKey.set(key, phrase === key ? [phrase, ...list] : [...list, phrase]);
  }
  const add = (path: string, phrases: string[]) => {
    let node = root!;
    for (const c of path) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    node.phrases = [...new Set([...phrases, ...(node.phrases ?? [])])];
  };
  for (const [key, phrases] of sameKey) {
    add(key, phrases);
    // Each phrase under itself too, so that the phrase as written always matches.
    for (const phrase of phrases) if (phrase !== key) add(phrase, [phrase, ...phrases.filter((p) => p !== phrase)]);
  }
  indexes.set(concepts, root);
  return root;
}

export interface ConceptCandidate {
  start: number;
  end: number;
  /** The concept phrases matched: the phrase written this way first, then the others with the same key. */
  phrases: readonly string[];
  /** Filler characters skipped inside the span. */
  skipped: number;
}

/**
 * Every concept key that matches from `start` (the query's characters, fillers allowed between the key's
 * characters where `canSkip` says so), longest span first, fewer skipped fillers first. Linear in the span: a
 * walk down the trie, branching only at fillers.
 */
export function conceptCandidates(
  chars: readonly string[],
  start: number,
  concepts: ReadonlyMap<string, readonly string[]>,
  canSkip: (at: number, length: number) => boolean,
): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  const walk = (node: TrieNode, p: number, consumed: number, skipped: number) => {
    if (p >= chars.length) return;
    const child = node.next.get(chars[p]);
    if (child) {
      if (child.phrases && consumed >= 1) out.push({ start, end: p + 1, phrases: child.phrases, skipped });
      walk(child, p + 1, consumed + 1, skipped);
    }
    if (consumed === 0 || !node.next.size) return;
    for (const f of fillersByFirst.get(chars[p]) ?? []) {
      const n = f.length;
      if (skipped + n > MAX_SKIPPED || chars.slice(p, p + n).join('') !== f || !canSkip(p, n)) continue;
      walk(node, p + n, consumed, skipped + n);
    }
  };
  walk(indexOf(concepts), start, 0, 0);
  return out.sort((a, b) => b.end - a.end || a.skipped - b.skipped);
}
