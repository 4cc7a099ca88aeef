import { describe, expect, it } from 'vitest';
import { csvText, inertText } from './csv.js';

describe('csvText', () => {
  it('writes a header, CRLF after every row, RFC 4180 quoting and empty cells for null', () => {
    expect(
      csvText(
        ['名称', '数量'],
        [
          ['a,b', 1],
          ['say "hi"', null],
          ['two\nlines', 2.5],
        ],
      ),
    ).toBe('名称,数量\r\n"a,b",1\r\n"say ""hi""",\r\n"two\nlines",2.5\r\n');
  });

  it('starts with a BOM when asked', () => {
    expect(csvText(['h'], [], { bom: true })).toBe('\uFEFFh\r\n');
  });

  it('makes formula-like text inert, never numbers', () => {
    expect(csvText(['h'], [['=HYPERLINK("http://x")'], ['+1'], ['-2'], ['@SUM(A1)'], ['\tx'], [-3]])).toBe(
      'h\r\n"\'=HYPERLINK(""http://x"")"\r\n\'+1\r\n\'-2\r\n\'@SUM(A1)\r\n\'\tx\r\n-3\r\n',
    );
    expect(inertText('合肥市')).toBe('合肥市');
    expect(inertText('\r=1')).toBe("'\r=1");
  });
});
