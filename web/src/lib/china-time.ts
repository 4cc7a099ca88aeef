/**
 * China time (Asia/Shanghai, UTC+8 all year, no daylight saving) for calendars and days, whatever the browser's
 * own time zone: the server's days and months follow it too (server/common/china-time.ts).
 */
const OFFSET_MS = 8 * 3_600_000;

const wall = (at: Date | string) => new Date(new Date(at).getTime() + OFFSET_MS).toISOString();

/** 'YYYY-MM-DD' of an instant in China. */
export const chinaDate = (at: Date | string) => wall(at).slice(0, 10);
/** 'YYYY-MM' of an instant in China. */
export const chinaMonth = (at: Date | string) => wall(at).slice(0, 7);
/** 'HH:mm' of an instant in China. */
export const chinaClock = (at: Date | string) => wall(at).slice(11, 16);
