import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabItem {
  id: string;
  label: string;
  /** Shown after the label (e.g. how many interpretations there are). */
  count?: number;
  content: ReactNode;
}

/**
 * Tabs as the WAI-ARIA pattern has them: a tablist of buttons (arrow keys, Home and End move between them, only
 * the selected one is in the tab order) and one panel per tab; only the selected panel is rendered.
 */
export function Tabs({ label, tabs, selected, onSelect }: { label: string; tabs: readonly TabItem[]; selected: string; onSelect: (id: string) => void }) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const base = useId(); // ids unique on the page, even with two tab sets
  const current = tabs.some((t) => t.id === selected) ? selected : tabs[0]?.id;

  function onKeyDown(e: KeyboardEvent, index: number) {
    const last = tabs.length - 1;
    const next =
      e.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : e.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (next === null) return;
    e.preventDefault();
    onSelect(tabs[next]!.id);
    buttons.current[next]?.focus();
  }

  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tabs__list">
        {tabs.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${t.id}`}
            aria-selected={t.id === current}
            // only the selected panel is rendered, so only its tab names it
            aria-controls={t.id === current ? `${base}-panel-${t.id}` : undefined}
            tabIndex={t.id === current ? 0 : -1}
            className="tabs__tab"
            onClick={() => onSelect(t.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {t.label}
            {t.count !== undefined ? <span className="tabs__count">{t.count}</span> : null}
          </button>
        ))}
      </div>
      {tabs.map((t) =>
        t.id === current ? (
          <div key={t.id} role="tabpanel" id={`${base}-panel-${t.id}`} aria-labelledby={`${base}-tab-${t.id}`} tabIndex={0} className="tabs__panel">
            {t.content}
          </div>
        ) : null,
      )}
    </div>
  );
}
