import { chinaWallMs, fromChinaWallMs } from '../../common/china-time.js';

/**
 * Working time for SLA clocks: Monday–Friday, 09:00–17:00 China Standard Time (UTC+8, no daylight saving),
 * so one working day is 480 working minutes. Public holidays and make-up working days (调休) are not
 * modelled: a known limitation, documented in docs.
 */
export const WORK_START_MIN = 9 * 60;
export const WORK_END_MIN = 17 * 60;
export const WORKING_DAY_MINUTES = WORK_END_MIN - WORK_START_MIN;
const MIN = 60_000;
const DAY = 86_400_000;

function isWeekday(localMs: number): boolean {
  const dow = new Date(localMs).getUTCDay();
  return dow >= 1 && dow <= 5;
}

/** The instant `minutes` working minutes after `from`. */
export function addWorkingMinutes(from: Date, minutes: number): Date {
  let local = chinaWallMs(from); // China wall clock expressed as UTC fields
  let left = Math.max(0, Math.round(minutes));
  for (let guard = 0; guard < 100_000; guard++) {
    const dayStart = Math.floor(local / DAY) * DAY;
    const minuteOfDay = (local - dayStart) / MIN;
    if (!isWeekday(local) || minuteOfDay >= WORK_END_MIN) {
      local = dayStart + DAY + WORK_START_MIN * MIN;
      continue;
    }
    if (minuteOfDay < WORK_START_MIN) local = dayStart + WORK_START_MIN * MIN;
    const available = WORK_END_MIN - (local - dayStart) / MIN;
    if (left <= available) return fromChinaWallMs(local + left * MIN);
    left -= available;
    local = dayStart + DAY + WORK_START_MIN * MIN;
  }
  throw new Error('working time out of range');
}

/** Working minutes between two instants (0 when `to` is before `from`). */
export function workingMinutesBetween(from: Date, to: Date): number {
  if (to <= from) return 0;
  let local = chinaWallMs(from);
  const end = chinaWallMs(to);
  let total = 0;
  while (local < end) {
    const dayStart = Math.floor(local / DAY) * DAY;
    if (isWeekday(local)) {
      const a = Math.max(local, dayStart + WORK_START_MIN * MIN);
      const b = Math.min(end, dayStart + WORK_END_MIN * MIN);
      if (b > a) total += (b - a) / MIN;
    }
    local = dayStart + DAY;
  }
  return Math.round(total);
}
