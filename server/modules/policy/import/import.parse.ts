/** Parsing of policy import files (docs/policy-import.md). Pure: no I/O. */

export type ImportFormatName = 'JSONL' | 'CSV';

export interface ParsedLine {
  lineNo: number;
  record: Record<string, unknown> | null;
  error: string | null;
}

export const LIST_FIELDS = ['departments', 'tags', 'industries', 'sizeClasses', 'regions', 'hotWords', 'columns'];
export const CSV_COLUMNS = [
  'title',
  'docNo',
  'departments',
  'publishedOn',
  'effectiveFrom',
  'effectiveTo',
  'validity',
  'author',
  'sourceName',
  'sourceUrl',
  'policyType',
  'tags',
  'industries',
  'sizeClasses',
  'regions',
  'hotWords',
  'columns',
  'featured',
  'body',
  'conditions',
];

export function parseJsonLines(content: string): ParsedLine[] {
  const out: ParsedLine[] = [];
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((text, i) => {
    if (!text.trim()) return;
    try {
      const value = JSON.parse(text) as unknown;
      if (!value || typeof value !== 'object' || Array.isArray(value)) out.push({ lineNo: i + 1, record: null, error: '该行不是 JSON 对象' });
      else out.push({ lineNo: i + 1, record: value as Record<string, unknown>, error: null });
    } catch {
      out.push({ lineNo: i + 1, record: null, error: '该行不是有效的 JSON' });
    }
  });
  return out;
}

/** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. Returns [startLine, fields]. */
function csvRecords(content: string): [number, string[]][] {
  const records: [number, string[]][] = [];
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < content.length; i++) {
    const ch = content[i];
    if (quoted) {
      if (ch === '"' && content[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && content[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.length > 1 || fields[0] !== '') records.push([start, fields]);
      fields = [];
      field = '';
      line++;
      start = line;
    } else field += ch;
  }
  fields.push(field);
  if (fields.length > 1 || fields[0] !== '') records.push([start, fields]);
  return records;
}

const splitList = (s: string) =>
  s
    .split(/[;；]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** A JSON cell (the `conditions` column); unparsable text stays a string, which validation refuses. */
function jsonCell(v: string): unknown {
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return v;
  }
}

/** CSV with a header row naming the columns (any order, unknown columns refused); lists separated by ";". */
export function parseCsv(content: string): ParsedLine[] {
  const records = csvRecords(content.replace(/^\uFEFF/, ''));
  if (!records.length) return [];
  const [, header] = records[0];
  const names = header.map((h) => h.trim());
  const unknown = names.filter((n) => !CSV_COLUMNS.includes(n));
  if (unknown.length) return [{ lineNo: 1, record: null, error: `表头含未知列：${unknown.join('、').slice(0, 200)}` }];
  return records.slice(1).map(([lineNo, values]) => {
    if (values.length !== names.length) return { lineNo, record: null, error: `列数应为${names.length}，实际为${values.length}` };
    const record: Record<string, unknown> = {};
    names.forEach((n, i) => {
      const v = values[i];
      if (LIST_FIELDS.includes(n)) record[n] = splitList(v);
      else if (n === 'featured') record[n] = /^(true|1|是)$/i.test(v.trim());
      else if (n === 'conditions') record[n] = v.trim() === '' ? null : jsonCell(v);
      else record[n] = v === '' ? null : v;
    });
    return { lineNo, record, error: null };
  });
}

export function parseImport(format: ImportFormatName, content: string): ParsedLine[] {
  return format === 'CSV' ? parseCsv(content) : parseJsonLines(content);
}
