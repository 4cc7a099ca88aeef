/** Pure helpers for filters: GB/T 2260 division ranges and calendar dates. */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD. */
export const isDate = (s: string) =>
  DATE.test(s) && !Number.isNaN(new Date(`${s}T00:00:00Z`).getTime()) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** [lo, hi) of the codes within a division: 340100 → ['340100', '340200'), 340000 → ['340000', '350000'). */
export function regionRange(code: string): [string, string] {
  const prefix = code.replace(/(00)+$/, '') || code;
  const next = String(Number(prefix) + 1).padStart(prefix.length, '0');
  return [prefix.padEnd(6, '0'), next.padEnd(6, '0')];
}
