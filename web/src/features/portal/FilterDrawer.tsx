import { useState, type ReactNode } from 'react';
import './portal.css';

/**
 * A filter form's container: beside or above the results on wide screens, folded behind a "筛选" button on
 * phones (the drawer opens in place, so the results stay one tap away).
 */
export function FilterDrawer({ id, active, children }: { id: string; active: number; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <div className={`filter-drawer${open ? ' filter-drawer--open' : ''}`}>
      <button
        type="button"
        className="button button--secondary filter-drawer__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        筛选{active ? `（已选 ${active}）` : ''}
      </button>
      <div id={id} className="filter-drawer__body">
        {children}
      </div>
    </div>
  );
}
