import { createRequire } from 'node:module';
import type { EntityManager } from '@mikro-orm/postgresql';
import { chinaWallMs, fromChinaWallMs } from '../../common/china-time.js';

/**
 * Working time for SLA clocks: working days 09:00–17:00 China Standard Time (UTC+8, no daylight saving), so one
 * working day is 480 working minutes. A working day is Monday–Friday, except China's public holidays, plus the
 * make-up working weekends (调休), both from the `chinese-days` package (State Council notices, one year at a
 * time), and operators' overrides (working_day_override) win over both.
 */
export const WORK_START_MIN = 9 * 60;
export const WORK_END_MIN = 17 * 60;
export const WORKING_DAY_MINUTES = WORK_END_MIN - WORK_START_MIN;
const MIN = 60_000;
const DAY = 86_400_000;

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}
// Static data of an installed package, read once per process. The dated JSON rather than the package's date
// functions: those parse dates in the machine's time zone; the keys here are China dates already.
const PUBLIC_DAYS = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as ChineseDaysData;

/** Years the package knows the State Council's holiday notice for (later years: weekdays and overrides only). */
export const PUBLISHED_HOLIDAY_YEARS: ReadonlySet<number> = new Set(Object.keys(PUBLIC_DAYS.holidays).map((d) => Number(d.slice(0, 4))));

/** 'YYYY-MM-DD' of a day number (days since 1970-01-01 on the China wall clock). */
export const isoDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
const yearOf = (day: number): number => new Date(day * DAY).getUTCFullYear();
const firstDayOf = (year: number): number => Date.UTC(year, 0, 1) / DAY;

/** First index in the ascending `a` whose value is ≥ `x`. */
function lowerBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Which days are working days. Each year is computed once (its working days as an ascending array of day
 * numbers), so adding or measuring working time is a few binary searches, never a walk over minutes or days.
 */
export class WorkingCalendar {
  private readonly years = new Map<number, Int32Array>();

  /** `overrides`: China date 'YYYY-MM-DD' → working day or not (operators' table). */
  constructor(private readonly overrides: ReadonlyMap<string, boolean> = new Map()) {}

  /** Whether a day (days since 1970-01-01, China wall clock) is a working day, and why. */
  dayKind(day: number): { working: boolean; source: 'OVERRIDE' | 'PUBLIC_HOLIDAY' | 'MAKE_UP_WORKDAY' | 'WEEK' } {
    const iso = isoDay(day);
    const override = this.overrides.get(iso);
    if (override !== undefined) return { working: override, source: 'OVERRIDE' };
    if (PUBLIC_DAYS.workdays[iso]) return { working: true, source: 'MAKE_UP_WORKDAY' };
    if (PUBLIC_DAYS.holidays[iso]) return { working: false, source: 'PUBLIC_HOLIDAY' };
    const dow = new Date(day * DAY).getUTCDay();
    return { working: dow >= 1 && dow <= 5, source: 'WEEK' };
  }

  isWorkingDay(day: number): boolean {
    const days = this.workingDays(yearOf(day));
    return days[lowerBound(days, day)] === day;
  }

  private workingDays(year: number): Int32Array {
    let days = this.years.get(year);
    if (!days) {
      const from = firstDayOf(year);
      const to = firstDayOf(year + 1);
      const list: number[] = [];
      for (let d = from; d < to; d++) if (this.dayKind(d).working) list.push(d);
      days = Int32Array.from(list);
      this.years.set(year, days);
    }
    return days;
  }

  /** The `k`-th working day (0 = the first) on or after `day`. */
  nthWorkingDayFrom(day: number, k: number): number {
    let year = yearOf(day);
    let days = this.workingDays(year);
    let i = lowerBound(days, day);
    for (let guard = 0; i + k >= days.length; guard++) {
      if (guard > 200) throw new Error('working time out of range');
      k -= days.length - i;
      days = this.workingDays(++year);
      i = 0;
    }
    return days[i + k];
  }

  /** Working days in [from, to). */
  countWorkingDays(from: number, to: number): number {
    let n = 0;
    for (let year = yearOf(from); from < to; year++) {
      const days = this.workingDays(year);
      const end = Math.min(to, firstDayOf(year + 1));
      n += lowerBound(days, end) - lowerBound(days, from);
      from = end;
    }
    return n;
  }
}

/** Holidays and 调休 from the package, no overrides: for callers without a database at hand. */
export const PUBLIC_CALENDAR = new WorkingCalendar();

/** The calendar with the operators' overrides (one statement; the table is bounded by its mutation). */
export async function workingCalendar(em: EntityManager): Promise<WorkingCalendar> {
  const rows = await em.execute<{ day: string; workday: boolean }[]>(`select to_char(day, 'YYYY-MM-DD') as day, workday from working_day_override`);
  return rows.length ? new WorkingCalendar(new Map(rows.map((r) => [r.day, r.workday]))) : PUBLIC_CALENDAR;
}

/** The instant `minutes` working minutes after `from` (at 17:00 when it ends a working day exactly). */
export function addWorkingMinutes(from: Date, minutes: number, calendar: WorkingCalendar = PUBLIC_CALENDAR): Date {
  const local = chinaWallMs(from); // China wall clock expressed as UTC fields
  const day = Math.floor(local / DAY);
  const minuteOfDay = (local - day * DAY) / MIN;
  let start = day;
  let offset = Math.max(0, minuteOfDay - WORK_START_MIN);
  if (!calendar.isWorkingDay(day) || minuteOfDay >= WORK_END_MIN) {
    start = calendar.nthWorkingDayFrom(day + 1, 0);
    offset = 0;
  }
  const total = offset + Math.max(0, Math.round(minutes));
  let k = Math.floor(total / WORKING_DAY_MINUTES);
  let rest = total - k * WORKING_DAY_MINUTES;
  if (rest === 0 && k > 0) {
    k -= 1;
    rest = WORKING_DAY_MINUTES;
  }
  return fromChinaWallMs(calendar.nthWorkingDayFrom(start, k) * DAY + (WORK_START_MIN + rest) * MIN);
}

/** Working minutes between two instants (0 when `to` is before `from`). */
export function workingMinutesBetween(from: Date, to: Date, calendar: WorkingCalendar = PUBLIC_CALENDAR): number {
  if (to <= from) return 0;
  const a = chinaWallMs(from);
  const b = chinaWallMs(to);
  const dayA = Math.floor(a / DAY);
  const dayB = Math.floor(b / DAY);
  const into = (local: number, day: number) =>
    calendar.isWorkingDay(day) ? Math.min(WORKING_DAY_MINUTES, Math.max(0, (local - day * DAY) / MIN - WORK_START_MIN)) : 0;
  return Math.round(calendar.countWorkingDays(dayA, dayB) * WORKING_DAY_MINUTES - into(a, dayA) + into(b, dayB));
}
