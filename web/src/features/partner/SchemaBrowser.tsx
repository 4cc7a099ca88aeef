import { Kind, parse, type DefinitionNode, type TypeNode } from 'graphql';
import { useDeferredValue, useMemo, useState } from 'react';

interface Entry {
  name: string;
  description: string;
  args?: string;
  type?: string;
}
interface TypeEntry extends Entry {
  kind: string;
  fields: Entry[];
}

const KIND_LABELS: Record<string, string> = {
  [Kind.OBJECT_TYPE_DEFINITION]: '对象类型',
  [Kind.INPUT_OBJECT_TYPE_DEFINITION]: '输入类型',
  [Kind.ENUM_TYPE_DEFINITION]: '枚举',
  [Kind.SCALAR_TYPE_DEFINITION]: '标量',
  [Kind.INTERFACE_TYPE_DEFINITION]: '接口',
  [Kind.UNION_TYPE_DEFINITION]: '联合类型',
};

function typeText(t: TypeNode): string {
  if (t.kind === Kind.NON_NULL_TYPE) return `${typeText(t.type)}!`;
  if (t.kind === Kind.LIST_TYPE) return `[${typeText(t.type)}]`;
  return t.name.value;
}

/** The schema's types and fields with their descriptions, from the SDL (parsed only: no schema is built). */
function entriesOf(sdl: string): TypeEntry[] {
  const out: TypeEntry[] = [];
  for (const d of parse(sdl, { noLocation: true }).definitions as DefinitionNode[]) {
    if (!('name' in d) || !d.name || !(d.kind in KIND_LABELS)) continue;
    const description = ('description' in d && d.description?.value) || '';
    const fields: Entry[] = [];
    if ('fields' in d && d.fields) {
      for (const f of d.fields) {
        const args = 'arguments' in f && f.arguments?.length ? `(${f.arguments.map((a) => `${a.name.value}: ${typeText(a.type)}`).join(', ')})` : '';
        fields.push({ name: f.name.value, description: f.description?.value ?? '', args, type: typeText(f.type) });
      }
    }
    if ('values' in d && d.values) for (const v of d.values) fields.push({ name: v.name.value, description: v.description?.value ?? '' });
    if (d.kind === Kind.UNION_TYPE_DEFINITION) for (const t of d.types ?? []) fields.push({ name: t.name.value, description: '' });
    out.push({ kind: d.kind, name: d.name.value, description, fields });
  }
  const rank = (n: string) => (n === 'Query' ? 0 : n === 'Mutation' ? 1 : n === 'Subscription' ? 2 : 3);
  return out.sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

/** A browsable schema: a filter over type and field names and descriptions, the type list, and the chosen type. */
export function SchemaBrowser({ sdl }: { sdl: string }) {
  const types = useMemo(() => entriesOf(sdl), [sdl]);
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState('Query');
  const q = useDeferredValue(filter.trim().toLowerCase());
  const matches = (e: Entry) => e.name.toLowerCase().includes(q) || e.description.toLowerCase().includes(q);
  const shown = q ? types.filter((t) => matches(t) || t.fields.some(matches)) : types;
  const current = types.find((t) => t.name === selected) ?? types[0];
  return (
    <div>
      <label className="field">
        搜索类型、字段或说明
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="如 policies、Activity、专精特新" />
      </label>
      <p className="muted" role="status">
        共 {types.length} 个类型{q ? `，匹配 ${shown.length} 个` : ''}
      </p>
      <div className="schema-browser">
        <ul className="schema-browser__types" aria-label="类型列表">
          {shown.map((t) => (
            <li key={t.name}>
              <button type="button" aria-current={t.name === current?.name} onClick={() => setSelected(t.name)}>
                {t.name}
              </button>
            </li>
          ))}
        </ul>
        {current && (
          <section aria-labelledby="schema-type">
            <h3 id="schema-type">
              {current.name} <span className="muted">{KIND_LABELS[current.kind]}</span>
            </h3>
            {current.description && <p>{current.description}</p>}
            {current.fields
              .filter((f) => !q || matches(current) || matches(f))
              .map((f) => (
                <div key={f.name} className="schema-field">
                  <code>{f.name}</code>
                  {f.args}
                  {f.type && (
                    <>
                      {': '}
                      <TypeLink type={f.type} known={types} onSelect={setSelected} />
                    </>
                  )}
                  {f.description && <div className="muted">{f.description}</div>}
                </div>
              ))}
          </section>
        )}
      </div>
    </div>
  );
}

function TypeLink({ type, known, onSelect }: { type: string; known: TypeEntry[]; onSelect: (name: string) => void }) {
  const name = type.replace(/[[\]!]/g, '');
  if (!known.some((t) => t.name === name)) return <code>{type}</code>;
  return (
    <button type="button" className="link-button" onClick={() => onSelect(name)}>
      {type}
    </button>
  );
}
