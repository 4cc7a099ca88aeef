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
  exclusiveFilter: (frame) => frame.tag === 'a' && !frame.attribs.href && !frame.text.trim() ? true : false,
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
