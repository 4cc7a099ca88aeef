import { useEffect, type RefObject } from 'react';

/**
 * Copies each table's column headers onto its cells (`data-label`), for every table inside `root`, now and
 * as pages render more rows. On phones styles.css lays tables out as one card per row and prints the label
 * before each value, so no page has to spell its column names twice.
 */
export function useTableCardLabels(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const label = () => {
      for (const table of element.querySelectorAll('table')) {
        const headers = [...table.querySelectorAll('thead tr:last-child th')].map((th) => th.textContent?.trim() ?? '');
        if (!headers.length) continue;
        for (const row of table.querySelectorAll('tbody tr')) {
          [...row.children].forEach((cell, i) => {
            const text = headers[i] ?? '';
            if (cell.getAttribute('data-label') !== text) cell.setAttribute('data-label', text);
          });
        }
      }
    };
    label();
    let frame = 0;
    const observer = new MutationObserver(() => {
      if (!frame) frame = requestAnimationFrame(() => ((frame = 0), label()));
    });
    observer.observe(element, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [root]);
}
