/**
 * Edits type-graphql's global metadata so that resolvers get rows as they come from SQL (no hydration).
 *
 * Why (bench/foundation-list.ts): by default type-graphql copies the parent into a new instance of the
 * `@Root()` parameter's class on every field-resolver call, and our object types are MikroORM entities whose
 * prototype setters make that copy cost more than the rest of execution: a 100-row list ran 3× graphql-js.
 * With `simpleResolvers` plain fields read the property directly (no field middlewares are used).
 */
import { getMetadataStorage } from 'type-graphql';

/** Call before `buildSchema` (the metadata is global: once per process). */
export function rowsAsRoots(): void {
  const storage = getMetadataStorage();
  for (const p of storage.params) if (p.kind === 'root') p.getType = undefined;
  for (const t of storage.objectTypes) t.simpleResolvers ??= true;
}
