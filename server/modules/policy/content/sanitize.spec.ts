import { describe, expect, it } from 'vitest';
import { bodyParagraphs, bodySentences, isFinalForm, sanitizeBody, sanitizeBodyFully } from './sanitize.js';

describe('sanitizeBody', () => {
  it('strips scripts, handlers and javascript: links', () => {
    const out = sanitizeBody(
      '<p onclick="x()">正文<script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">链接</a><a href="https://gov.cn/a">官网</a></p><xmp><script>alert(2)</script></xmp>',
    );
    expect(out).not.toMatch(/script|onerror|onclick|javascript:|<img|alert/);
    expect(out).toContain('<a href="https://gov.cn/a">官网</a>');
  });

  it('removes styles, fonts and sizes and maps headings to h2–h4 consistently', () => {
    const out = sanitizeBody(
      '<h1 style="font-size:30px">总则</h1><p style="color:red"><font size="5">　　第一条</font> <span style="font-family:宋体"><b>重点</b></span></p><h3>细则</h3><p>&nbsp;</p>',
    );
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

  it('passes bodies already in final form unchanged, exactly as the full pass would', () => {
    const final = [
      '<p>第一条 为支持中小企业发展，制定本办法。</p><p>第二条 对符合条件的企业给予奖励10万元。</p>',
      '<h2>总则</h2><p>一、<strong>重点</strong>支持<em>专精特新</em>企业。</p><h3>细则</h3><ul><li>甲</li><li>乙 丙</li></ul><ol><li>1</li></ol>',
      '<p>English text, with commas. And 100% numbers (1) [2] {3} / \\ ~ ! ? * +</p>',
      '<h2>一</h2><h3>二</h3><h4>三</h4><p>正文</p>',
    ];
    for (const body of final) {
      expect(isFinalForm(body), body).toBe(true);
      expect(sanitizeBodyFully(body), body).toBe(body);
    }
    const notFinal = [
      '纯文本',
      '<p> 缩进</p>',
      '<p>\u3000\u3000全角缩进</p>',
      '<p></p><p>甲</p>',
      '<p>a &amp; b</p>',
      '<p>a<br />b</p>',
      '<h3>只有三级</h3>',
      '<h2>一</h2><h4>跳级</h4>',
      '<p onclick="x()">甲</p>',
      '<p>甲<script>alert(1)</script></p>',
      '<a href="javascript:alert(1)">x</a>',
      '<P>大写</P>',
      '<p>甲</p>\n<p>乙</p>',
      '<p>甲',
      '<p><p>嵌套</p></p>',
      '<ul><ul><li>嵌套列表</li></ul></ul>',
      '<strong>块外</strong>',
      '<p>"引号"</p>',
      '<p><strong></strong>空</p>',
      '<ul>文本</ul>',
      '<table><tr><td>甲</td></tr></table>',
      '<p>甲</p>尾巴',
      '<div>块</div>',
      '<p>a\tb</p>',
      '<h1>一级</h1>',
    ];
    for (const body of notFinal) expect(isFinalForm(body), body).toBe(false);
    // whatever the path, the result is the same
    for (const body of [...final, ...notFinal]) expect(sanitizeBody(body), body).toBe(sanitizeBodyFully(body));
  });

  it('agrees with the full pass on random markup (property check)', () => {
    const parts = [
      '<p>',
      '</p>',
      '<h2>',
      '</h2>',
      '<h3>',
      '</h3>',
      '<ul>',
      '</ul>',
      '<ol>',
      '</ol>',
      '<li>',
      '</li>',
      '<strong>',
      '</strong>',
      '<em>',
      '</em>',
      '甲',
      '乙 丙',
      'x',
      ' ',
      '&',
      '"',
      '\n',
      '，',
    ];
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let finals = 0;
    for (let i = 0; i < 20_000; i++) {
      // well-formed often enough: wrap a random run of inline parts in a random block
      const inner = Array.from({ length: 1 + Math.floor(next() * 4) }, () => parts[12 + Math.floor(next() * (parts.length - 12))]).join('');
      const body =
        next() < 0.5 ? `<p>${inner}</p>` : Array.from({ length: 1 + Math.floor(next() * 6) }, () => parts[Math.floor(next() * parts.length)]).join('');
      if (!isFinalForm(body)) continue;
      finals++;
      expect(sanitizeBodyFully(body), JSON.stringify(body)).toBe(body);
    }
    expect(finals).toBeGreaterThan(1000);
  });
});
