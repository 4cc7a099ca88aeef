export type DiffOp = 'SAME' | 'ADDED' | 'REMOVED';
export interface DiffLine {
  op: DiffOp;
  text: string;
}

/** Paragraph diff by longest common subsequence (documents are at most a few hundred paragraphs). */
export function diffParagraphs(before: string[], after: string[]): DiffLine[] {
  const n = before.length;
  const m = after.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = before[i] === after[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      out.push({ op: 'SAME', text: before[i] });
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) out.push({ op: 'REMOVED', text: before[i++] });
    else out.push({ op: 'ADDED', text: after[j++] });
  }
  while (i < n) out.push({ op: 'REMOVED', text: before[i++] });
  while (j < m) out.push({ op: 'ADDED', text: after[j++] });
  return out;
}
