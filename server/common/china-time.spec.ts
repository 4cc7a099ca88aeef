import { describe, expect, it } from 'vitest';
import { chinaDate, chinaDateTime, chinaInstant, chinaMonthStart, chinaParts, chinaStartOfDay, chinaWallMs, fromChinaWallMs } from './china-time.js';

describe('China time (Asia/Shanghai, UTC+8 all year)', () => {
  it('23:30 UTC is already the next day in Beijing', () => {
    expect(chinaDate(new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-07');
    expect(chinaDateTime('2026-12-06T23:30:00Z')).toBe('2026-12-07 07:30');
    expect(chinaParts('2026-12-06T23:30:00Z')).toEqual({ year: 2026, month: 12, day: 7, hour: 7, minute: 30, weekday: 1 });
  });

  it('15:59 UTC is still the same day, 16:00 UTC the next; across a year end too', () => {
    expect(chinaDate('2026-12-31T15:59:59Z')).toBe('2026-12-31');
    expect(chinaDate('2026-12-31T16:00:00Z')).toBe('2027-01-01');
  });

  it('a day starts at 00:00 Beijing time, which is 16:00 UTC the day before', () => {
    expect(chinaStartOfDay(new Date('2026-12-06T23:30:00Z')).toISOString()).toBe('2026-12-06T16:00:00.000Z');
    expect(chinaStartOfDay(new Date('2026-12-07T15:59:59Z')).toISOString()).toBe('2026-12-06T16:00:00.000Z');
    expect(chinaStartOfDay(new Date('2026-12-06T16:00:00Z')).toISOString()).toBe('2026-12-06T16:00:00.000Z');
  });

  it('months start at 00:00 Beijing time; month 13 is January of the next year', () => {
    expect(chinaMonthStart(2026, 11).toISOString()).toBe('2026-10-31T16:00:00.000Z');
    expect(chinaMonthStart(2026, 13).toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });

  it('a wall-clock time on a China calendar day, and the wall clock round trip', () => {
    expect(chinaInstant('2026-12-07', '23:59:59').toISOString()).toBe('2026-12-07T15:59:59.000Z');
    expect(chinaInstant('2026-12-07').toISOString()).toBe('2026-12-06T16:00:00.000Z');
    const at = new Date('2026-05-01T10:00:00Z');
    expect(new Date(chinaWallMs(at)).getUTCHours()).toBe(18);
    expect(fromChinaWallMs(chinaWallMs(at))).toEqual(at);
  });
});
