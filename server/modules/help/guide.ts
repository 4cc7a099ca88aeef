import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * User training material (P3 使用培训机制): Markdown guides kept in the repository under docs/training/, one per
 * audience and task, served through GraphQL so the web client, partner apps and embedded widgets show the same
 * text. A guide is a front matter (slug, title, audience, summary) and `## ` sections of paragraphs, numbered
 * steps, bullets and `> ` notes. Inline `[text](/path)` links to the portal are kept as written.
 */

export const GUIDE_AUDIENCES = ['ENTERPRISE', 'INSTITUTION', 'OPERATOR', 'ADMINISTRATOR', 'PARTNER'] as const;
export type GuideAudienceName = (typeof GUIDE_AUDIENCES)[number];
export type GuideBlockKindName = 'PARAGRAPH' | 'STEPS' | 'BULLETS' | 'NOTE';

export interface GuideBlockData {
  kind: GuideBlockKindName;
  /** Paragraph or note text; null for lists. */
  text: string | null;
  /** List items; empty for text blocks. */
  items: string[];
}

export interface GuideSectionData {
  heading: string;
  blocks: GuideBlockData[];
}

export interface GuideData {
  slug: string;
  title: string;
  audience: GuideAudienceName;
  summary: string;
  markdown: string;
  sections: GuideSectionData[];
}

const LINE_KINDS: [RegExp, GuideBlockKindName][] = [
  [/^\d+\.\s+/, 'STEPS'],
  [/^[-*]\s+/, 'BULLETS'],
  [/^>\s?/, 'NOTE'],
];

/** Parses one guide file; throws with the file name on anything malformed (caught by the tests, not by users). */
export function parseGuide(source: string, file: string): GuideData {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source.replace(/\r\n/g, '\n'));
  if (!match) throw new Error(`${file}: missing front matter`);
  const meta = new Map(
    match[1]!.split('\n').map((line) => {
      const at = line.indexOf(':');
      return [line.slice(0, at).trim(), line.slice(at + 1).trim()] as const;
    }),
  );
  const audience = meta.get('audience') as GuideAudienceName;
  if (!GUIDE_AUDIENCES.includes(audience)) throw new Error(`${file}: unknown audience ${audience}`);
  for (const key of ['slug', 'title', 'summary']) if (!meta.get(key)) throw new Error(`${file}: missing ${key}`);
  const markdown = match[2]!.trim();
  const sections: GuideSectionData[] = [];
  let last: GuideBlockData | null = null;
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    if (!line) {
      last = null;
      continue;
    }
    if (line.startsWith('## ')) {
      sections.push({ heading: line.slice(3).trim(), blocks: [] });
      last = null;
      continue;
    }
    const section = sections.at(-1);
    if (!section) throw new Error(`${file}: text before the first "## " heading`);
    const found = LINE_KINDS.find(([re]) => re.test(line));
    const kind = found?.[1] ?? 'PARAGRAPH';
    const text = found ? line.replace(found[0], '') : line;
    const isList = kind === 'STEPS' || kind === 'BULLETS';
    if (last && last.kind === kind) {
      if (isList) last.items.push(text);
      else last.text += text;
      continue;
    }
    last = isList ? { kind, text: null, items: [text] } : { kind, text, items: [] };
    section.blocks.push(last);
  }
  return { slug: meta.get('slug')!, title: meta.get('title')!, audience, summary: meta.get('summary')!, markdown, sections };
}

/** docs/training/ of the checkout, found upwards from this file (it runs from server/ in tests and dist/server/ when built). */
function trainingDir(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'docs', 'training');
    try {
      if (statSync(candidate).isDirectory()) return candidate;
    } catch {
      // keep looking upwards
    }
  }
  throw new Error('docs/training not found');
}

let cached: GuideData[] | undefined;

/** All guides in file-name order (read once per process; they ship with the code). */
export function allGuides(): GuideData[] {
  if (!cached) {
    const dir = trainingDir();
    const guides = readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => parseGuide(readFileSync(join(dir, name), 'utf8'), name));
    const slugs = new Set(guides.map((g) => g.slug));
    if (slugs.size !== guides.length) throw new Error('docs/training: duplicate guide slugs');
    cached = guides;
  }
  return cached;
}
