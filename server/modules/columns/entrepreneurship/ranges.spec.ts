import { describe, expect, it } from 'vitest';
import { isDate, regionRange } from './ranges.js';

describe('regionRange: the codes within a GB/T 2260 division, as an index-friendly range', () => {
  it('covers a province, a city and a district', () => {
    expect(regionRange('340000')).toEqual(['340000', '350000']);
    expect(regionRange('340100')).toEqual(['340100', '340200']);
    expect(regionRange('340104')).toEqual(['340104', '340105']);
    expect(regionRange('341800')).toEqual(['341800', '341900']);
  });
});

describe('isDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isDate('2026-02-28')).toBe(true);
    expect(isDate('2026-02-30')).toBe(false);
    expect(isDate('2026-2-3')).toBe(false);
  });
});
