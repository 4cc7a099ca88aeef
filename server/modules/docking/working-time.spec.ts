import { describe, expect, it } from 'vitest';
import { WorkingCalendar, addWorkingMinutes, workingMinutesBetween } from './working-time.js';

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

describe('working time on the China public calendar (chinese-days) and operator overrides', () => {
  it('skips the National Day holiday 2026-10-01..07 and works the make-up Saturday 2026-10-10 (调休)', () => {
    // Wednesday 30 September, 16:00: one working hour left that day, the next is Thursday 8 October
    expect(addWorkingMinutes(cst('2026-09-30T16:00:00'), 120)).toEqual(cst('2026-10-08T10:00:00'));
    expect(addWorkingMinutes(cst('2026-10-03T12:00:00'), 30)).toEqual(cst('2026-10-08T09:30:00'));
    // Friday 9 October, 16:30 → Saturday 10 October is a working day
    expect(addWorkingMinutes(cst('2026-10-09T16:30:00'), 60)).toEqual(cst('2026-10-10T09:30:00'));
    expect(workingMinutesBetween(cst('2026-09-30T16:00:00'), cst('2026-10-08T10:00:00'))).toBe(120);
    expect(workingMinutesBetween(cst('2026-10-09T16:00:00'), cst('2026-10-12T10:00:00'))).toBe(60 + 480 + 60);
  });
  it('lets operator overrides win over the package and the week', () => {
    const cal = new WorkingCalendar(
      new Map([
        ['2026-11-27', false], // a Friday off
        ['2026-11-28', true], // a Saturday on
      ]),
    );
    expect(addWorkingMinutes(cst('2026-11-26T16:30:00'), 60, cal)).toEqual(cst('2026-11-28T09:30:00'));
    expect(cal.countWorkingDays(Date.UTC(2026, 10, 23) / 86_400_000, Date.UTC(2026, 10, 30) / 86_400_000)).toBe(5);
  });
  it('spans years in a few lookups', () => {
    expect(addWorkingMinutes(cst('2025-12-31T16:00:00'), 120)).toEqual(cst('2026-01-04T10:00:00')); // 1–3 January off, Sunday 4 January 调休
    // 248 working days in each year, as chinese-days' own getWorkdaysInRange counts
    expect(workingMinutesBetween(cst('2025-01-01T00:00:00'), cst('2027-01-01T00:00:00'))).toBe((248 + 248) * 480);
  });
});
