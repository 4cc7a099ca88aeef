import type { ReactNode } from 'react';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#34': '"', nbsp: '\u00a0' };

/** Decodes the few HTML entities an escaped excerpt contains; anything unknown stays as typed. */
function decode(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    const known = ENTITIES[name.toLowerCase()];
    if (known !== undefined) return known;
    if (name.startsWith('#x') || name.startsWith('#X')) return safeCodePoint(parseInt(name.slice(2), 16)) ?? whole;
    if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10)) ?? whole;
    return whole;
  });
}

function safeCodePoint(n: number): string | undefined {
  return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

/**
 * Renders a highlighted excerpt from the API ("HTML-escaped text with matched words in <em>") as React text
 * nodes: only <em>/<mark> pairs become elements (shown as <mark>); every other character, tags included, is
 * rendered as plain text, so nothing in the excerpt can inject markup.
 */
export function Highlight({ html }: { html: string }) {
  const parts: ReactNode[] = [];
  const re = /<(em|mark)>([\s\S]*?)<\/\1>/gi;
  let last = 0;
  let key = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m.index > last) parts.push(decode(stripTags(html.slice(last, m.index))));
    parts.push(<mark key={key++}>{decode(stripTags(m[2] ?? ''))}</mark>);
    last = m.index + m[0].length;
  }
  if (last < html.length) parts.push(decode(stripTags(html.slice(last))));
  return <>{parts}</>;
}

/** Drops stray tags (only <em>/<mark> are meaningful); text stays text either way. */
function stripTags(text: string): string {
  return text.replace(/<\/?(em|mark)>/gi, '');
}
