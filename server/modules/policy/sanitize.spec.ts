import { describe, expect, it } from 'vitest';
import { bodyParagraphs, bodySentences, sanitizeBody } from './sanitize.js';

describe('sanitizeBody', () => {
  it('strips scripts, handlers and javascript: links', () => {
    const out = sanitizeBody(
      '<p onclick="x()">正文<script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">链接</a><a href="https://gov.cn/a">官网</a></p><xmp><script>alert(2)</script></xmp>',
    );
    expect(out).not.toMatch(/script|onerror|onclick|javascript:|<img|alert/);
    expect(out).toContain('<a href="https://gov.cn/a">官网</a>');
  });

  it('removes styles, fonts and sizes and maps headings to h2–h4 consistently', () => {
    const out = sanitizeBody('<h1 style="font-size:30px">总则</h1><p style="color:red"><font size="5">　　第一条</font> <span style="font-family:宋体"><b>重点</b></span></p><h3>细则</h3><p>&nbsp;</p>');
    expect(out).toBe('<h2>总则</h2><p>第一条 <strong>重点</strong></p><h3>细则</h3>');
    expect(sanitizeBody('<h3>一</h3><h5>二</h5>')).toBe('<h2>一</h2><h3>二</h3>');
  });

  it('turns plain text into paragraphs and escapes it', () => {
    expect(sanitizeBody('第一段\n\n第二段 1<2 & 3')).toBe('<p>第一段</p><p>第二段 1&lt;2 &amp; 3</p>');
  });

  it('keeps tables and lists', () => {
    const out = sanitizeBody('<table><tr><td colspan="2" width="9">甲</td></tr></table><ul><li>一</li></ul>');
    expect(out).toBe('<table><tr><td colspan="2">甲</td></tr></table><ul><li>一</li></ul>');
    expect(bodyParagraphs(out)).toEqual(['甲 |', '一']);
  });

  it('splits the body into sentences for decomposition', () => {
    expect(bodySentences('<h2>一、条件</h2><p>须在合肥市注册。研发投入占比不低于3%；须为高新技术企业</p>')).toEqual([
      '一、条件',
      '须在合肥市注册。',
      '研发投入占比不低于3%；',
      '须为高新技术企业',
    ]);
  });
});
