import sanitizeHtml from 'sanitize-html';

const BLOCK_TAGS = ['p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'td', 'th'];
const INLINE_TAGS = ['strong', 'em', 'a', 'br'];

const FIRST_PASS: sanitizeHtml.IOptions = {
  allowedTags: [...BLOCK_TAGS, ...INLINE_TAGS, 'h1', 'h5', 'h6'],
  allowedAttributes: { a: ['href'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'] },
  allowedSchemes: ['http', 'https'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'xmp', 'iframe', 'object', 'title', 'head'],
  transformTags: {
    b: 'strong',
    i: 'em',
    div: 'p',
    section: 'p',
    article: 'p',
    blockquote: 'p',
    center: 'p',
    pre: 'p',
    caption: 'p',
    tfoot: 'tbody',
    a: (tagName, attribs) => ({ tagName, attribs: attribs.href ? { href: attribs.href } : ({} as Record<string, string>) }),
  },
  exclusiveFilter: (frame) => (frame.tag === 'a' && !frame.attribs.href && !frame.text.trim() ? true : false),
};

/** Maps the heading levels a document uses onto h2, h3, h4 in order, so the same level looks the same everywhere. */
function normaliseHeadings(html: string): string {
  const used = [...new Set([...html.matchAll(/<h([1-6])>/g)].map((m) => Number(m[1])))].sort();
  const map = new Map(used.map((level, i) => [level, Math.min(2 + i, 4)]));
  return html.replace(/<(\/?)h([1-6])>/g, (_m, slash: string, level: string) => `<${slash}h${map.get(Number(level)) ?? 4}>`);
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Plain text (no tags) becomes one paragraph per line. */
function textToHtml(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => `<p>${escapeText(l)}</p>`)
    .join('');
}

/**
 * Sanitises a policy body into the one typography the site uses (I1): a small tag set, no inline styles,
 * fonts or sizes, links only to http(s), headings h2–h4 with consistent levels, no indentation or empty
 * paragraphs. Scripts, event handlers and `javascript:` links never survive.
 */
export function sanitizeBody(input: string): string {
  return isFinalForm(input) ? input : sanitizeBodyFully(input);
}

/** The full pass (sanitize-html, heading levels, whitespace); `sanitizeBody` skips it for bodies already in final form. */
export function sanitizeBodyFully(input: string): string {
  const raw = /<[a-z!/]/i.test(input) ? input : textToHtml(input);
  let html = sanitizeHtml(raw, FIRST_PASS);
  html = normaliseHeadings(html)
    // one typography: no leading full-width or non-breaking indentation inside blocks
    .replace(/(<(?:p|li|td|th|h[2-4])>)(?:\s|&nbsp;|\u3000)+/g, '$1')
    .replace(/(?:\s|&nbsp;|\u3000)+(<\/(?:p|li|td|th|h[2-4])>)/g, '$1')
    .replace(/<p>(?:\s|&nbsp;|<br \/>)*<\/p>/g, '')
    .replace(/\n{2,}/g, '\n')
    .trim();
  // The rewrites above only rename headings to h2–h4 and delete whitespace, so they cannot create markup;
  // a second full pass runs only if anything outside the final tag set is somehow present.
  if (FINAL_TAGS_ONLY.test(html)) return html;
  return sanitizeHtml(html, { ...FIRST_PASS, allowedTags: [...BLOCK_TAGS, ...INLINE_TAGS], transformTags: {} });
}

const FINAL_TAGS_ONLY = new RegExp(
  `^(?:[^<]|<(?:/?(?:${[...BLOCK_TAGS, 'strong', 'em'].join('|')})|/a|br /|a href="[^"<>]*"|t[dh](?: (?:colspan|rowspan)="\\d+")+)>)*$`,
);

const SIMPLE_BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'li']);
const SIMPLE_TAG = /<(\/?)([a-z0-9]+)>/g;
// Text the full pass would keep byte for byte: no markup or entity characters, quotes, tabs, line breaks or
// special spaces, and no space at either end (the full pass trims blocks).
const PLAIN_TEXT = /^[^\s<>&"'\u00a0\u3000\u2028\u2029\p{Cc}](?:[^<>&"'\t\n\r\f\v\u00a0\u3000\u2028\u2029\p{Cc}]*[^\s<>&"'\u00a0\u3000\u2028\u2029\p{Cc}])?$/u;

/**
 * True when the body is already in the site's final form, so sanitising would return it unchanged: only
 * p, h2–h4, ul/ol/li, strong and em without attributes, properly nested, heading levels used from h2 down
 * without gaps, and plain text inside blocks. Imports are mostly like this; the full pass costs ~60 µs a
 * body. sanitize.spec.ts checks the two paths agree.
 */
export function isFinalForm(html: string): boolean {
  if (!html.startsWith('<') || html.length > 100_000) return false;
  const stack: string[] = [];
  const levels = new Set<number>();
  let last = 0;
  let blocks = 0;
  for (const m of html.matchAll(SIMPLE_TAG)) {
    const text = html.slice(last, m.index);
    last = m.index + m[0].length;
    const [, close, tag] = m;
    const top = stack[stack.length - 1];
    if (text) {
      if (!top || top === 'ul' || top === 'ol' || !PLAIN_TEXT.test(text)) return false;
    }
    if (close) {
      if (top !== tag) return false;
      // empty elements (the full pass drops empty paragraphs) are left to the full pass
      if (html.slice(m.index - tag.length - 2, m.index) === `<${tag}>`) return false;
      stack.pop();
      continue;
    }
    const inBlock = stack.some((t) => SIMPLE_BLOCKS.has(t));
    if (tag === 'strong' || tag === 'em') {
      if (!inBlock) return false;
    } else if (tag === 'ul' || tag === 'ol') {
      if (inBlock || stack.length) return false;
    } else if (tag === 'li') {
      if (top !== 'ul' && top !== 'ol') return false;
    } else if (SIMPLE_BLOCKS.has(tag)) {
      if (stack.length) return false;
      if (tag[0] === 'h') levels.add(Number(tag[1]));
      blocks++;
    } else return false;
    stack.push(tag);
  }
  if (stack.length || last !== html.length || !blocks) return false;
  const used = [...levels].sort();
  return used.every((level, i) => level === i + 2);
}

/** The body as paragraphs of plain text, for diffs and import hashes. */
export function bodyParagraphs(html: string): string[] {
  return html
    .replace(/<br \/>/g, '\n')
    .split(/<\/(?:p|h[2-4]|li|tr)>/)
    .map((block) =>
      block
        .replace(/<\/t[dh]>/g, ' | ')
        .replace(/<[^>]+>/g, '')
        .replace(/&nbsp;/g, ' ')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
        .replace(/[ \t]+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}

/** The body as sentences (ending in 。！？；, or at a paragraph's end), for pinning conditions to their source (O1). */
export function bodySentences(html: string): string[] {
  return bodyParagraphs(html).flatMap((p) => (p.match(/[^。！？；!?;]+[。！？；!?;]*/g) ?? []).map((x) => x.trim()).filter(Boolean));
}
