import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { chunkRanges, CHUNK, CHUNK_CHARS } from './import.service.js';
import type { ParsedLine } from './import.parse.js';

const line = (lineNo: number, bodyChars = 10): ParsedLine => ({ lineNo, record: { body: 'x'.repeat(bodyChars) }, error: null });

describe('import chunks', () => {
  it('cuts at CHUNK lines, or earlier when the bodies grow large; keeps every line in order', () => {
    const small = Array.from({ length: 2 * CHUNK + 7 }, (_, i) => line(i + 1));
    expect(chunkRanges(small).map((c) => c.length)).toEqual([CHUNK, CHUNK, 7]);
    const big = Array.from({ length: 10 }, (_, i) => line(i + 1, Math.floor(CHUNK_CHARS / 4)));
    const chunks = chunkRanges(big);
    expect(chunks.map((c) => c.length)).toEqual([3, 3, 3, 1]);
    expect(chunks.flat().map((l) => l.lineNo)).toEqual(big.map((l) => l.lineNo));
    expect(chunkRanges([])).toEqual([]);
    expect(chunkRanges([{ lineNo: 1, record: null, error: '格式错误' }]).length).toBe(1);
  });
});
