import { describe, expect, it } from 'vitest';
import { checkPicture } from './picture.js';
import { checkProductName, suggestProductName } from './product-name.js';

describe('product naming pattern (I3)', () => {
  it('accepts scope + field + form', () => {
    expect(checkProductName('安徽省知识产权咨询服务')).toMatchObject({ fits: true, scope: '安徽省', field: '知识产权', form: '咨询服务' });
    expect(checkProductName('合肥市+融资担保+对接服务').fits).toBe(true);
  });
  it('suggests a name when it does not fit', () => {
    expect(checkProductName('专利申请').fits).toBe(false);
    expect(suggestProductName('专利申请', '安徽省', '知识产权')).toBe('安徽省专利申请咨询服务');
    expect(suggestProductName('知识产权咨询服务', '合肥市', '知识产权')).toBe('合肥市知识产权咨询服务');
  });
});

describe('picture check', () => {
  it('recognises PNG by magic bytes and rejects others', () => {
    const png = Buffer.alloc(40);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
    png.writeUInt32BE(64, 16);
    png.writeUInt32BE(32, 20);
    expect(checkPicture(png.toString('base64'))).toMatchObject({ contentType: 'image/png', width: 64, height: 32 });
    expect(checkPicture(Buffer.from('GIF89a....').toString('base64'))).toBe('只支持 PNG 或 JPEG 格式的图片');
    const big = Buffer.alloc(2 * 1024 * 1024 + 1);
    png.copy(big);
    expect(checkPicture(big.toString('base64'))).toBe('图片不能超过2MB');
  });
});
