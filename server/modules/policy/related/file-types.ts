/** The attachment types a policy may carry, checked the same way on every upload path (HTTP stream and base64). */

/** Accepted file types by extension: the canonical content type, the declared types tolerated, and the leading bytes when the format has them. */
const TYPES: Record<string, { type: string; declared: string[]; magic?: number[][] }> = {
  pdf: { type: 'application/pdf', declared: ['application/pdf'], magic: [[0x25, 0x50, 0x44, 0x46]] },
  doc: { type: 'application/msword', declared: ['application/msword'], magic: [[0xd0, 0xcf, 0x11, 0xe0]] },
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    declared: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    magic: [[0x50, 0x4b]],
  },
  xls: { type: 'application/vnd.ms-excel', declared: ['application/vnd.ms-excel'], magic: [[0xd0, 0xcf, 0x11, 0xe0]] },
  xlsx: {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    declared: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    magic: [[0x50, 0x4b]],
  },
  wps: { type: 'application/vnd.ms-works', declared: ['application/vnd.ms-works', 'application/wps-office.wps', 'application/kswps'] },
  ofd: { type: 'application/ofd', declared: ['application/ofd'], magic: [[0x50, 0x4b]] },
  zip: { type: 'application/zip', declared: ['application/zip', 'application/x-zip-compressed'], magic: [[0x50, 0x4b]] },
  png: { type: 'image/png', declared: ['image/png'], magic: [[0x89, 0x50, 0x4e, 0x47]] },
  jpg: { type: 'image/jpeg', declared: ['image/jpeg'], magic: [[0xff, 0xd8, 0xff]] },
  jpeg: { type: 'image/jpeg', declared: ['image/jpeg'], magic: [[0xff, 0xd8, 0xff]] },
  txt: { type: 'text/plain; charset=utf-8', declared: ['text/plain'] },
  csv: { type: 'text/csv; charset=utf-8', declared: ['text/csv', 'text/plain', 'application/vnd.ms-excel'] },
};
const GENERIC = ['application/octet-stream', ''];

export interface FileError {
  code: string;
  field: string | null;
  message: string;
}

/** Checks the name and declared type; returns the stored content type and the expected leading bytes, or an error. */
export function checkFile(fileName: string | null, declared: string): { type: string; magic?: number[][] } | FileError {
  if (!fileName) return { code: 'REQUIRED', field: 'fileName', message: '请在 X-File-Name 请求头中提供文件名（URL 编码）' };
  if ([...fileName].length > 200 || /[/\\]/.test(fileName) || [...fileName].some((ch) => ch.charCodeAt(0) < 32)) {
    return { code: 'INVALID', field: 'fileName', message: '文件名不能超过200个字，且不能包含路径或控制字符' };
  }
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const known = TYPES[ext];
  if (!known) return { code: 'INVALID', field: 'contentType', message: '不支持的附件类型（支持 PDF、Word、Excel、WPS、OFD、ZIP、PNG、JPG、TXT、CSV）' };
  const base = declared.split(';')[0].trim().toLowerCase();
  if (!GENERIC.includes(base) && !known.declared.includes(base))
    return { code: 'INVALID', field: 'contentType', message: `文件类型（${base}）与扩展名 .${ext} 不一致` };
  return { type: known.type, magic: known.magic };
}

export const startsWith = (head: Buffer, magic: number[][] | undefined) => !magic || magic.some((m) => m.every((b, i) => head[i] === b));
