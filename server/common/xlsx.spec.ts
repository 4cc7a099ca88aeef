import { describe, expect, it } from 'vitest';
import { readXlsxSheet } from '../../tests/setup/xlsx-reader.js';
import { xlsxWorkbook } from './xlsx.js';

describe('xlsxWorkbook', () => {
  it('writes a ZIP whose sheets read back cell for cell', () => {
    const bytes = xlsxWorkbook([
      {
        name: '按月',
        header: ['月份', '数量', '备注'],
        rows: [
          ['2026-11', 12, null],
          ['2026-12', 3.5, '<b>&"x"</b>'],
        ],
      },
      { name: 'a/b:c*?[d]', header: ['x'], rows: [] },
    ]);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(readXlsxSheet(bytes)).toEqual([
      ['月份', '数量', '备注'],
      ['2026-11', '12'],
      ['2026-12', '3.5', '<b>&"x"</b>'],
    ]);
    expect(readXlsxSheet(bytes, 2)).toEqual([['x']]);
  });

  it('keeps formula-like text as inert text, guarded as in CSV, and drops characters XML cannot carry', () => {
    const bytes = xlsxWorkbook([{ name: 's', header: ['h'], rows: [['=HYPERLINK("http://x")'], ['a\u0001b'], [-1]] }]);
    expect(readXlsxSheet(bytes)).toEqual([['h'], ['\'=HYPERLINK("http://x")'], ['ab'], ['-1']]);
  });

  it('is deterministic: the same table gives the same bytes', () => {
    const sheet = { name: 's', header: ['h'], rows: [[1]] };
    expect(xlsxWorkbook([sheet]).equals(xlsxWorkbook([sheet]))).toBe(true);
  });
});
