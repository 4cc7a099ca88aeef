// Regenerates server/modules/search/dict/shape-confusion.txt, the look-alike character set (形近字) used by
// typo correction, from pycorrector's data (https://github.com/shibing624/pycorrector, Apache-2.0):
//   pycorrector/data/stroke.txt          stroke-order sequence of 12,000 characters (h 横 s 竖 p 撇 n 点 z 折)
//   pycorrector/data/same_stroke.txt     curated groups of similar-shaped characters
//   pycorrector/data/common_char_set.txt the ~4,700 characters in common use
// and the CJK Decomposition Data of Gavin Grover as kept by amake (https://github.com/amake/cjk-decomp, cjk-decomp.txt,
// offered under Apache-2.0, MIT, LGPL-3.0, CC BY-SA 3.0, ODC-By 1.0 or EPL; used here under Apache-2.0):
//   the graphical structure of every CJK character (釆:d/t(㇒,米)), to compose a stroke sequence for characters
//   stroke.txt lacks. (It replaces cjkvi-ids, whose CHISE-derived data is GPLv2.)
// Usage: node scripts/search/gen-shape-confusion.mjs <pycorrector checkout> <cjk-decomp checkout> (each a plain
// directory or a bare git directory read with `git show`). Two characters are look-alikes when their stroke sequences differ by one
// stroke, or share a final component (common stroke suffix ≥ 2 strokes and ≥ 40 %) behind a different radical
// of at most 5 strokes, or share the first 60 % of strokes and differ by at most 2 trailing strokes; plus the
// curated groups. At most 20 look-alikes per character, the closest first: further down the list, short characters
// are one stroke apart with a different glyph (大 → 小 was 25th), and a real word next to a known one then reads as a
// typo of another word (被大企业… → 被小企业…).
// A character outside the common set is a typo to correct, never a target: when typed (釆 for 采) it gets the
// common characters one stroke away from it (its stroke sequence from stroke.txt, or composed from its IDS
// components in writing order when stroke.txt lacks it).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [src, idsSrc] = process.argv.slice(2);
if (!src || !idsSrc) throw new Error('usage: gen-shape-confusion.mjs <pycorrector checkout or git dir> <cjk-decomp checkout or git dir>');
const readFrom = (dir, p) =>
  existsSync(join(dir, p))
    ? readFileSync(join(dir, p), 'utf8')
    : execFileSync('git', ['--git-dir', dir, 'show', `HEAD:${p}`], { encoding: 'utf8', maxBuffer: 1 << 26 });
const read = (p) => readFrom(src, p);
const commitOf = (dir) =>
  existsSync(join(dir, 'HEAD')) ? execFileSync('git', ['--git-dir', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim() : 'working tree';
const commit = commitOf(src);

const strokes = new Map();
for (const line of read('pycorrector/data/stroke.txt').split('\n')) {
  const [c, s] = line.split('\t');
  if (c && s && !c.startsWith('#') && [...c].length === 1) strokes.set(c, s.trim());
}
const common = [
  ...new Set(
    read('pycorrector/data/common_char_set.txt')
      .split(/\s+/)
      .filter((c) => [...c].length === 1),
  ),
].filter((c) => strokes.has(c));

function edit(a, b) {
  if (Math.abs(a.length - b.length) > 1) return 9;
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}
const commonSuffix = (a, b) => {
  let k = 0;
  while (k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
  return k;
};
const commonPrefix = (a, b) => {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
};

/** Similarity in (0, 1], or 0 when the two do not look alike. */
function similarity(a, b) {
  const x = strokes.get(a);
  const y = strokes.get(b);
  const n = Math.max(x.length, y.length);
  if (edit(x, y) <= 1) return 1 - 1 / (n + 1);
  const suf = commonSuffix(x, y);
  if (suf >= 2 && suf >= 0.4 * n && x.length - suf <= 5 && y.length - suf <= 5 && x.length - suf > 0 && y.length - suf > 0) return (0.8 * suf) / n;
  const pre = commonPrefix(x, y);
  if (pre >= 0.6 * n && x.length - pre <= 2 && y.length - pre <= 2) return (0.7 * pre) / n;
  return 0;
}

const out = new Map(common.map((c) => [c, new Map()]));
for (let i = 0; i < common.length; i++) {
  for (let j = i + 1; j < common.length; j++) {
    const s = similarity(common[i], common[j]);
    if (s > 0) {
      out.get(common[i]).set(common[j], s);
      out.get(common[j]).set(common[i], s);
    }
  }
}
for (const line of read('pycorrector/data/same_stroke.txt').split('\n')) {
  const group = line.split(/\s+/).filter((c) => [...c].length === 1);
  for (const a of group) for (const b of group) if (a !== b) (out.get(a) ?? out.set(a, new Map()).get(a)).set(b, 1);
}
// Characters outside the common set (typed by mistake): stroke sequences from stroke.txt or composed from the
// decomposition data. A record is `char:type(component,…)`; components are characters or 5-digit intermediate shapes.
const decomp = new Map();
for (const line of readFrom(idsSrc, 'cjk-decomp.txt').split('\n')) {
  const m = /^([^:]+):([a-z0-9/]+)\((.*)\)$/u.exec(line.trim());
  if (m) decomp.set(m[1], { type: m[2].split('/')[0], parts: m[3] ? m[3].split(',') : [] });
}
// The CJK strokes block (U+31C0–U+31E3) in the five classes of stroke.txt (h 横 s 竖 p 撇 n 点 z 折): 提 counts as 横,
// 捺 as 点, every turning or hooked stroke as 折 (the 札 order of GB 13000.1 stroke sequences).
const STROKE_CLASS = new Map(
  [...'㇀㇐']
    .map((c) => [c, 'h'])
    .concat(
      [...'㇑'].map((c) => [c, 's']),
      [...'㇒㇓'].map((c) => [c, 'p']),
      [...'㇔㇏㇝'].map((c) => [c, 'n']),
    ),
);
for (let code = 0x31c0; code <= 0x31e3; code++) if (!STROKE_CLASS.has(String.fromCodePoint(code))) STROKE_CLASS.set(String.fromCodePoint(code), 'z');
for (const [c, k] of [
  ['一', 'h'],
  ['丨', 's'],
  ['丿', 'p'],
  ['丶', 'n'],
  ['乙', 'z'],
  ['乚', 'z'],
])
  STROKE_CLASS.set(c, k);
// How many times a repeating record (`ra`, `r3d`, `r4sq`…) repeats its component; reflections and rotations change
// the strokes and are not composed.
const repeats = (type) => (/^r(a|d)$/.test(type) ? 2 : /^r(\d)/.test(type) ? Number(/^r(\d)/.exec(type)[1]) : 0);
function composed(c, depth = 0) {
  if (strokes.has(c)) return strokes.get(c);
  if (STROKE_CLASS.has(c)) return STROKE_CLASS.get(c);
  const d = decomp.get(c);
  if (!d || depth > 8) return null;
  const { type, parts } = d;
  if (!parts.length) return null;
  if (type === 'me') return composed(parts[0], depth + 1); // the same shape as its component
  if (type.startsWith('r')) {
    const n = repeats(type);
    const one = n ? composed(parts[0], depth + 1) : null;
    return one ? one.repeat(n) : null;
  }
  // across, down, surround, within, locked: components in the order listed (left/top/outer first), as written
  if (/^(a|d|s|w|lock|ba|bd)/.test(type)) {
    const seqs = parts.map((x) => composed(x, depth + 1));
    return seqs.every((x) => x) ? seqs.join('') : null;
  }
  return null; // modified shapes (m…), `built`: their strokes are not those of the components
}
/** Edit distance at most 1 (one stroke added, removed or changed), in linear time. */
function oneApart(a, b) {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
const commonSet = new Set(common);
const byLength = new Map();
for (const c of common) (byLength.get(strokes.get(c).length) ?? byLength.set(strokes.get(c).length, []).get(strokes.get(c).length)).push(c);
let rare = 0;
for (let code = 0x4e00; code <= 0x9fff; code++) {
  const c = String.fromCodePoint(code);
  if (commonSet.has(c)) continue;
  const x = composed(c);
  if (!x || x.length < 3) continue;
  const near = new Map();
  for (const len of [x.length - 1, x.length, x.length + 1])
    for (const d of byLength.get(len) ?? []) if (oneApart(x, strokes.get(d))) near.set(d, 1 - 1 / (Math.max(x.length, len) + 1));
  if (!near.size) continue;
  const m = out.get(c) ?? out.set(c, new Map()).get(c);
  for (const [d, sim] of near) if (!m.has(d)) m.set(d, sim);
  rare++;
}
console.log(`${rare} characters outside the common set get common look-alikes`);

const lines = [
  `# Look-alike characters (形近字): char<TAB>look-alikes, closest first. Generated by scripts/search/gen-shape-confusion.mjs`,
  `# from pycorrector ${commit} (stroke.txt, same_stroke.txt, common_char_set.txt; Apache-2.0) and amake/cjk-decomp`,
  `# ${commitOf(idsSrc)} (cjk-decomp.txt, Apache-2.0: structures of characters stroke.txt lacks). Do not edit by hand.`,
];
for (const [c, m] of [...out].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const list = [...m]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 20)
    .map(([d]) => d);
  if (list.length) lines.push(`${c}\t${list.join('')}`);
}
writeFileSync(new URL('../../server/modules/search/dict/shape-confusion.txt', import.meta.url), `${lines.join('\n')}\n`);
console.log(`${lines.length - 2} characters with look-alikes`);
