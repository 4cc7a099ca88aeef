import type { Summary } from './interleave.js';

/** One line of a benchmark table. Targets are reported, never enforced: a MISS does not fail the run. */
export interface Row {
  benchmark: string;
  name: string;
  /** What one operation is, e.g. "request" or "execute". */
  unit: string;
  cpuMedian: number;
  cpuP25?: number;
  cpuP75?: number;
  wallMedian?: number;
  /** Ratio to the baseline measured in the same run; absent for the baseline row. */
  ratio?: number;
  baseline?: string;
  /** Upper bound on `ratio`. */
  target?: number;
}

export function rowOf(benchmark: string, unit: string, s: Summary, extra: { baseline?: string; target?: number } = {}): Row {
  return { benchmark, unit, ...s, ...extra };
}

export function verdict(row: Row): string {
  if (row.target === undefined || row.ratio === undefined) return '';
  return row.ratio <= row.target ? 'PASS' : 'MISS';
}

const fmt = (n: number | undefined, digits = 0) => (n === undefined || Number.isNaN(n) ? '' : n.toFixed(digits));

/** Prints rows as an aligned plain-text table (stays readable in CI logs and when pasted into issues). */
export function printTable(rows: readonly Row[], out: (line: string) => void = console.log): void {
  const header = ['benchmark', 'contender', 'CPU µs/op (median)', 'IQR', 'wall µs/op', 'ratio', 'vs', 'target', 'result'];
  const body = rows.map((r) => [
    r.benchmark,
    r.name,
    `${fmt(r.cpuMedian, r.cpuMedian < 100 ? 1 : 0)} /${r.unit}`,
    r.cpuP25 === undefined ? '' : `${fmt(r.cpuP25, r.cpuP25 < 100 ? 1 : 0)}–${fmt(r.cpuP75, r.cpuP75! < 100 ? 1 : 0)}`,
    fmt(r.wallMedian, r.wallMedian !== undefined && r.wallMedian < 100 ? 1 : 0),
    r.ratio === undefined ? (r.baseline ? '' : 'baseline') : `${r.ratio.toFixed(2)}×`,
    r.ratio === undefined ? '' : (r.baseline ?? ''),
    r.target === undefined ? '' : `≤ ${r.target}×`,
    verdict(r),
  ]);
  const widths = header.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i]))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i], i >= 2 && i <= 4))
      .join('  ')
      .trimEnd();
  out(line(header));
  out(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) out(line(b));
}

/** Display width: CJK characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, w: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
}
