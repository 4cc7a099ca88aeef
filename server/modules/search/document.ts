import { createHash } from 'node:crypto';
import type { SearchDocument } from './engine.js';
import { segmentForIndex } from './segment.js';
import type { QueryGroups } from './understand.js';

export const EXCERPT_CHARS = 400;
const MAX_BODY_CHARS = 20_000;
const MAX_POSITION = 16_383; // PostgreSQL's largest tsvector position

/** Hash of what the index holds for a document: a differing hash means the entry is stale. */
export function fingerprintOf(d: SearchDocument): string {
  const stable = [
    d.kind,
    d.refId,
    d.siteId,
    d.columns,
    d.type,
    d.department,
    d.regions,
    d.industries,
    d.publishedAt?.toISOString() ?? null,
    d.validTo?.toISOString() ?? null,
    d.title,
    d.body.slice(0, MAX_BODY_CHARS),
    d.url,
    d.inForce,
    d.service,
  ];
  return createHash('sha1').update(JSON.stringify(stable)).digest('hex').slice(0, 20);
}

export function excerptOf(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return [...flat].slice(0, EXCERPT_CHARS).join('');
}

export const lexeme = (t: string) => t.replace(/['\\\s]/g, '');

/** Title and body tokens (jieba search mode) as a tsvector literal: title weighted A, body D. No parser involved. */
export function tsvectorLiteral(title: string, body: string): string {
  const positions = new Map<string, string[]>();
  let pos = 0;
  const add = (tokens: string[], weight: 'A' | 'D') => {
    for (const raw of tokens) {
      const t = lexeme(raw);
      if (!t || t.length > 200) continue;
      pos = Math.min(pos + 1, MAX_POSITION);
      const list = positions.get(t) ?? [];
      if (list.length < 255) list.push(`${pos}${weight}`);
      positions.set(t, list);
    }
  };
  add(segmentForIndex(title), 'A');
  add(segmentForIndex(body.slice(0, MAX_BODY_CHARS)), 'D');
  return [...positions].map(([t, p]) => `'${t}':${p.join(',')}`).join(' ');
}

/** Segmented text of a document (for engines that take pre-segmented text, e.g. Typesense). */
export function segmentedText(text: string): string {
  return segmentForIndex(text.slice(0, MAX_BODY_CHARS)).map(lexeme).filter(Boolean).join(' ');
}

/** A tsquery literal: AND of groups (OR of their words), or OR of everything; `:A` restricts to titles. */
export function tsqueryLiteral(groups: QueryGroups, opts: { titleOnly?: boolean; anyGroup?: boolean } = {}): string | null {
  const suffix = opts.titleOnly ? ':A' : '';
  const parts = groups
    .map((g) => [...new Set(g.map(lexeme).filter(Boolean))].map((w) => `'${w}'${suffix}`))
    .filter((g) => g.length)
    .map((g) => (g.length === 1 ? g[0] : `(${g.join(' | ')})`));
  if (!parts.length) return null;
  return parts.join(opts.anyGroup ? ' | ' : ' & ');
}

/** Escapes text for HTML and wraps the query words in <em>. */
export function highlight(text: string, words: readonly string[]): string {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const ws = [...new Set(words.filter((w) => w.length > 0))].sort((a, b) => b.length - a.length).slice(0, 20);
  if (!ws.length) return escape(text);
  const re = new RegExp(ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  let out = '';
  let last = 0;
  for (const m of text.matchAll(re)) {
    out += `${escape(text.slice(last, m.index))}<em>${escape(m[0])}</em>`;
    last = m.index! + m[0].length;
  }
  return out + escape(text.slice(last));
}

/** A window of the excerpt around the first query word, highlighted. */
export function snippet(text: string, words: readonly string[], chars = 120): string {
  const lower = text.toLowerCase();
  let at = -1;
  for (const w of words) {
    const i = lower.indexOf(w.toLowerCase());
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  const start = Math.max(0, at - 20);
  const piece = [...text.slice(start)].slice(0, chars).join('');
  return (start > 0 ? '…' : '') + highlight(piece, words);
}
