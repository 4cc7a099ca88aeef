import { inflateRawSync } from 'node:zlib';

/**
 * Reads back workbooks written by server/common/xlsx.ts, for tests: not a general XLSX reader.
 */

/** The entries of a ZIP written by xlsx.ts's `zip` (or any ZIP without data descriptors), by name. */
function unzip(bytes: Buffer): Map<string, Buffer> {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a ZIP file');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(at + 10);
    const packedSize = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localAt = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt = localAt + 30 + bytes.readUInt16LE(localAt + 26) + bytes.readUInt16LE(localAt + 28);
    const packed = bytes.subarray(dataAt, dataAt + packedSize);
    out.set(name, method === 8 ? inflateRawSync(packed) : Buffer.from(packed));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

function xmlUnescape(value: string): string {
  return value.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}

/**
 * Reads back one sheet (1-based) of a workbook written by `xlsxWorkbook` as rows of cell text (numbers as their
 * decimal text, empty cells as '').
 */
export function readXlsxSheet(bytes: Buffer, sheet = 1): string[][] {
  const xml = unzip(bytes).get(`xl/worksheets/sheet${sheet}.xml`)?.toString('utf8');
  if (xml === undefined) throw new Error(`sheet ${sheet} not found`);
  const rows: string[][] = [];
  for (const [, rowXml] of xml.matchAll(/<row[^>]*>(.*?)<\/row>/g)) {
    const row: string[] = [];
    for (const [, ref, body] of rowXml!.matchAll(/<c r="([A-Z]+)\d+"[^>]*>(.*?)<\/c>/g)) {
      let index = 0;
      for (const ch of ref!) index = index * 26 + (ch.charCodeAt(0) - 64);
      while (row.length < index - 1) row.push('');
      const text = /<t[^>]*>(.*?)<\/t>/s.exec(body!)?.[1] ?? /<v>(.*?)<\/v>/.exec(body!)?.[1] ?? '';
      row.push(xmlUnescape(text));
    }
    rows.push(row);
  }
  return rows;
}
