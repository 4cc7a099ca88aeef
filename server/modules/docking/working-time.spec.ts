import { describe, expect, it } from 'vitest';
import { addWorkingMinutes, workingMinutesBetween } from './working-time.js';

// 2026-11-26 is a Thursday; times are CST (+08:00)
const cst = (s: string) => new Date(`${s}+08:00`);

describe('working time', () => {
  it('adds within a day', () => {
    expect(addWorkingMinutes(cst('2026-11-26T10:00:00'), 120)).toEqual(cst('2026-11-26T12:00:00'));
  });
  it('rolls over the evening and the weekend', () => {
    expect(addWorkingMinutes(cst('2026-11-26T16:00:00'), 120)).toEqual(cst('2026-11-27T10:00:00'));
    expect(addWorkingMinutes(cst('2026-11-27T16:30:00'), 60)).toEqual(cst('2026-11-30T09:30:00'));
    expect(addWorkingMinutes(cst('2026-11-28T12:00:00'), 30)).toEqual(cst('2026-11-30T09:30:00'));
  });
  it('starts before office hours at nine', () => {
    expect(addWorkingMinutes(cst('2026-11-26T06:00:00'), 480)).toEqual(cst('2026-11-26T17:00:00'));
  });
  it('15 working days span three weeks', () => {
    expect(addWorkingMinutes(cst('2026-11-26T10:00:00'), 15 * 480)).toEqual(cst('2026-12-17T10:00:00'));
  });
  it('measures working minutes', () => {
    expect(workingMinutesBetween(cst('2026-11-27T16:00:00'), cst('2026-11-30T10:00:00'))).toBe(120);
    expect(workingMinutesBetween(cst('2026-11-28T10:00:00'), cst('2026-11-29T10:00:00'))).toBe(0);
  });
});
