/** Picture uploads: PNG or JPEG recognised by magic bytes (never by the declared type), at most 2 MB. */
export const MAX_PICTURE_BYTES = 2 * 1024 * 1024;
export const MAX_PICTURES = 8;

export interface CheckedPicture {
  contentType: 'image/png' | 'image/jpeg';
  data: Buffer;
  width: number | null;
  height: number | null;
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Decodes base64 (optionally a data: URL) and checks type and size; returns a Chinese error message on failure. */
export function checkPicture(base64: string): CheckedPicture | string {
  if (typeof base64 !== 'string' || base64.length === 0) return '图片内容为空';
  if (base64.length > Math.ceil((MAX_PICTURE_BYTES * 4) / 3) + 200) return '图片不能超过2MB';
  const raw = base64.replace(/^data:[a-z/+.-]+;base64,/i, '');
  if (!/^[A-Za-z0-9+/=_-]+$/.test(raw)) return '图片应为 base64 编码';
  const data = Buffer.from(raw, 'base64');
  if (data.length === 0) return '图片内容为空';
  if (data.length > MAX_PICTURE_BYTES) return '图片不能超过2MB';
  if (data.length > 24 && data.subarray(0, 8).equals(PNG)) {
    return { contentType: 'image/png', data, width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  }
  if (data.length > 4 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) {
    return { contentType: 'image/jpeg', data, ...jpegSize(data) };
  }
  return '只支持 PNG 或 JPEG 格式的图片';
}

function jpegSize(data: Buffer): { width: number | null; height: number | null } {
  let i = 2;
  while (i + 9 < data.length) {
    if (data[i] !== 0xff) return { width: null, height: null };
    const marker = data[i + 1];
    const len = data.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: data.readUInt16BE(i + 5), width: data.readUInt16BE(i + 7) };
    }
    i += 2 + len;
  }
  return { width: null, height: null };
}
