/**
 * A PostgreSQL array literal for one bound parameter (`= any(?::uuid[])`). MikroORM expands a JS array
 * parameter into a comma list, which `any()` and `&&` cannot take.
 */
export function pgArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
