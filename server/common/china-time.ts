/**
 * China time (Asia/Shanghai), the platform's calendar: days, months, deadlines and file names follow it.
 * China has kept UTC+8 all year since 1991 (no daylight saving), so a fixed offset is exact for every date
 * the platform handles and stays cheap in loops (working time walks day by day); SQL uses the zone name.
 */
export const CHINA_TIME_ZONE = 'Asia/Shanghai';
const OFFSET_MS = 8 * 3_600_000;

type Instant = Date | string | number;
const ms = (at: Instant) => (at instanceof Date ? at.getTime() : new Date(at).getTime());

/** The China wall clock of an instant as milliseconds whose UTC fields read as Beijing time. */
export function chinaWallMs(at: Instant): number {
  return ms(at) + OFFSET_MS;
}

/** The instant of a China wall clock given as `chinaWallMs` gives it. */
export function fromChinaWallMs(wallMs: number): Date {
  return new Date(wallMs - OFFSET_MS);
}

/** Year, month (1–12), day, hour, minute and weekday (0 = Sunday) of an instant in China. */
export function chinaParts(at: Instant): { year: number; month: number; day: number; hour: number; minute: number; weekday: number } {
  const d = new Date(chinaWallMs(at));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    weekday: d.getUTCDay(),
  };
}

/** 'YYYY-MM-DD': the calendar day of an instant in China. */
export function chinaDate(at: Instant): string {
  return new Date(chinaWallMs(at)).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD HH:mm' in China (for messages). */
export function chinaDateTime(at: Instant): string {
  return new Date(chinaWallMs(at)).toISOString().slice(0, 16).replace('T', ' ');
}

/** The instant the China calendar day of `at` begins (00:00 Beijing time). */
export function chinaStartOfDay(at: Instant): Date {
  const wall = chinaWallMs(at);
  return fromChinaWallMs(wall - (((wall % 86_400_000) + 86_400_000) % 86_400_000));
}

/** The instant a China calendar month begins; `month` is 1–12 and may overflow (13 is January of the next year). */
export function chinaMonthStart(year: number, month: number): Date {
  return fromChinaWallMs(Date.UTC(year, month - 1, 1));
}

/** The instant of a China wall-clock time on a calendar day given as 'YYYY-MM-DD' (time 'HH:mm:ss', default midnight). */
export function chinaInstant(date: string, time = '00:00:00'): Date {
  return fromChinaWallMs(Date.parse(`${date}T${time}Z`));
}
