import { useState, type FormEvent, type ReactNode } from 'react';
import type { OptionGroup } from '../lib/codes.js';
import { navigate, useLocation } from '../lib/router.js';
import { FilterActions } from './forms.js';
import './filters.css';

/**
 * One filter field of a list page. `param` is its URL query parameter (the applied filters live in the URL, so a
 * filtered list can be linked, reloaded and left with Back); `id` is the control's element id.
 */
export type FilterField = {
  param: string;
  id: string;
  label: string;
} & (
  | { kind: 'text'; maxLength?: number }
  | {
      kind: 'select';
      /** First option, meaning "no filter" (全部…). */
      placeholder: string;
      /** Flat options, or `groups` for an optgroup list (regions, industries). */
      options?: readonly { value: string; label: string }[];
      groups?: readonly OptionGroup[];
      /** Options loaded from the API: a value from the URL is kept even when it is not (yet) among them. */
      open?: boolean;
    }
);

export type FilterValues = Record<string, string>;

/** `{ VALUE: '标签' }` maps as options, in their order. */
export function optionsOf(labels: Readonly<Record<string, string>>): { value: string; label: string }[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

function allowed(field: FilterField, value: string): string {
  if (field.kind === 'text') return value.trim().slice(0, field.maxLength ?? 50);
  if (!value || field.open) return value;
  const values = [...(field.options ?? []), ...(field.groups ?? []).flatMap((g) => g.options)].map((o) => o.value);
  return values.includes(value) ? value : '';
}

/** The applied filters: the fields' URL parameters, with values a field does not offer dropped. */
export function useFilterValues(fields: readonly FilterField[]): FilterValues {
  const { query } = useLocation();
  return Object.fromEntries(fields.map((f) => [f.param, allowed(f, query.get(f.param) ?? '')]));
}

/**
 * A filter container: beside or above the results on wide screens, folded behind a "筛选" button on phones (the
 * drawer opens in place, so the results stay one tap away).
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

function Control({ field, value, onChange }: { field: FilterField; value: string; onChange: (value: string) => void }) {
  if (field.kind === 'text') {
    return <input id={field.id} type="search" maxLength={field.maxLength ?? 50} value={value} onChange={(e) => onChange(e.target.value)} />;
  }
  const option = (o: { value: string; label: string }) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  );
  return (
    <select id={field.id} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{field.placeholder}</option>
      {field.options?.map(option)}
      {field.groups?.map((g) => (
        <optgroup key={g.label} label={g.label}>
          {g.options.map(option)}
        </optgroup>
      ))}
    </select>
  );
}

function FilterForm({ id, label, fields, applied }: { id: string; label: string; fields: readonly FilterField[]; applied: FilterValues }) {
  const { path } = useLocation();
  const [draft, setDraft] = useState<FilterValues>(applied);
  const go = (values: FilterValues) => {
    const params = new URLSearchParams();
    for (const f of fields) {
      const v = allowed(f, values[f.param] ?? '');
      if (v) params.set(f.param, v);
    }
    const search = params.toString();
    navigate(search ? `${path}?${search}` : path, { keepScroll: true });
  };
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    go(draft);
  };
  return (
    <FilterDrawer id={id} active={Object.values(applied).filter(Boolean).length}>
      <form className="panel policy-filters" aria-label={label} onSubmit={submit}>
        <div className="policy-filters__grid">
          {fields.map((f) => (
            <div key={f.param} className="field">
              <label htmlFor={f.id}>{f.label}</label>
              <Control field={f} value={draft[f.param] ?? ''} onChange={(v) => setDraft({ ...draft, [f.param]: v })} />
            </div>
          ))}
        </div>
        <FilterActions
          onReset={() => {
            setDraft({});
            go({});
          }}
        />
      </form>
    </FilterDrawer>
  );
}

/**
 * The filter block of a public list page (policies, services, institutions): fields described by `fields`, the
 * same labels and drawer on every page. Filtering changes the URL; read the applied values with `useFilterValues`.
 */
export function FilterPanel({ id, label, fields }: { id: string; label: string; fields: readonly FilterField[] }) {
  const applied = useFilterValues(fields);
  // A new URL (Back, a link with filters) starts the form again from what it applies.
  return <FilterForm key={JSON.stringify(applied)} id={id} label={label} fields={fields} applied={applied} />;
}
