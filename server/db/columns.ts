import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from './sql.js';
import { TABLES } from './tables.generated.js';

export type Table = keyof typeof TABLES;
/** A property (camelCase column) of a table, as generated from the migrated database. */
export type Column<T extends Table> = keyof (typeof TABLES)[T] & string;

export interface ColumnsOptions<T extends Table> {
  /** Table alias the columns are qualified with (`e` gives `e."site_id"`). */
  alias?: string;
  /** Select only these columns (in this order). */
  only?: readonly Column<T>[];
  /** Select every column but these. */
  omit?: readonly Column<T>[];
  /** SQL expressions for some columns, `%s` standing for the column (`'%s::int'`, `'%s::float8'`). */
  as?: Partial<Record<Column<T>, string>>;
  /** Property names for some columns when the object's differ from the camelCase column names. */
  rename?: Partial<Record<Column<T>, string>>;
}

/**
 * The select list of a table's columns as the camelCase properties of its generated row type
 * (`server/db/tables.generated.ts`): `e."site_id" as "siteId", …`. Column names are declared once, in the
 * migrations; a misspelt property does not compile. Build it once per module, not per request.
 */
export function columns<T extends Table>(table: T, options: ColumnsOptions<T> = {}): string {
  const map = TABLES[table] as Record<string, string>;
  const omit = new Set<string>(options.omit ?? []);
  const keys = (options.only ?? (Object.keys(map) as Column<T>[])).filter((k) => !omit.has(k));
  const prefix = options.alias ? `${options.alias}.` : '';
  const as = (options.as ?? {}) as Record<string, string | undefined>;
  const rename = (options.rename ?? {}) as Record<string, string | undefined>;
  return keys
    .map((key) => {
      const column = `${prefix}"${map[key]!}"`;
      const expression = as[key]?.replaceAll('%s', column) ?? column;
      const name = rename[key] ?? key;
      return expression === `${prefix}"${name}"` ? expression : `${expression} as "${name}"`;
    })
    .join(', ');
}

/** Values for some columns of a table, by property name (arrays are sent as PostgreSQL array literals). */
export type ColumnValues<T extends Table> = Partial<Record<Column<T>, unknown>>;

function assignments<T extends Table>(table: T, values: ColumnValues<T>): { names: string[]; params: unknown[] } {
  const map = TABLES[table] as Record<string, string>;
  const names: string[] = [];
  const params: unknown[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (!map[key]) throw new Error(`${table} has no column for ${key}`);
    names.push(`"${map[key]}"`);
    params.push(Array.isArray(value) ? pgArray(value.map(String)) : value);
  }
  return { names, params };
}

/** `insert into table (…) values (…)` of the given properties. */
export async function insertRow<T extends Table>(em: EntityManager, table: T, values: ColumnValues<T>): Promise<void> {
  const { names, params } = assignments(table, values);
  await em.execute(`insert into ${table} (${names.join(', ')}) values (${names.map(() => '?').join(', ')})`, params);
}

/** `update table set … where id = ?` of the given properties. */
export async function updateRow<T extends Table>(em: EntityManager, table: T, id: string, values: ColumnValues<T>): Promise<void> {
  const { names, params } = assignments(table, values);
  if (names.length) await em.execute(`update ${table} set ${names.map((n) => `${n} = ?`).join(', ')} where id = ?`, [...params, id]);
}
