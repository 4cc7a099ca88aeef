/**
 * A PostgreSQL array literal for one bound parameter (`= any(?::uuid[])`). MikroORM expands a JS array
 * parameter into a comma list, which `any()` and `&&` cannot take.
 */
export function pgArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** Builds a WHERE clause and its parameters together, so they cannot drift apart. */
export class SqlFilter {
  private readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  /** Adds `clause` (with `?` placeholders for `params`). */
  and(clause: string, ...params: unknown[]): this {
    this.clauses.push(clause);
    this.params.push(...params);
    return this;
  }

  /** Adds the clause only when `value` is set (not null, undefined or ''). */
  andIf(value: unknown, clause: string, ...params: unknown[]): this {
    return value === null || value === undefined || value === '' ? this : this.and(clause, ...params);
  }

  get sql(): string {
    return this.clauses.length ? `where ${this.clauses.join(' and ')}` : '';
  }
}
