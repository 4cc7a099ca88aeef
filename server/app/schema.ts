import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import type { NonEmptyArray } from 'type-graphql';
import type { QifuModule } from '../common/module.js';
import { DateTimeScalar } from '../common/scalars.js';
import { MODULES } from './modules.js';

/**
 * Resolvers get rows as they come from SQL (no hydration). By default type-graphql copies the parent into a
 * new instance of the `@Root()` parameter's class on every field-resolver call, and our object types are
 * MikroORM entities whose prototype setters make that copy cost more than the rest of execution (a 100-row
 * list ran 3x graphql-js; see bench/foundation-list.ts). Plain fields read the property directly: no field
 * middlewares are used.
 */
function rowsAsRoots(): void {
  const storage = getMetadataStorage();
  for (const p of storage.params) if (p.kind === 'root') p.getType = undefined;
  for (const t of storage.objectTypes) t.simpleResolvers ??= true;
}

/** The executable schema of these features (type-graphql keeps only the types their resolvers reach). */
export function qifuSchema(modules: readonly QifuModule[] = MODULES): Promise<GraphQLSchema> {
  rowsAsRoots();
  return buildSchema({
    resolvers: modules.flatMap((m) => m.resolvers ?? []) as unknown as NonEmptyArray<new () => object>,
    validate: false,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // Subscriptions use each platform's own EventBus through `subscribe`; type-graphql's pubSub is unused.
    pubSub: {
      publish: () => {
        throw new Error('use ctx.events');
      },
      subscribe: () => {
        throw new Error('use ctx.events');
      },
    },
  }).then((schema) => {
    schema.getQueryType()!.description = 'Read operations. Each field states who may call it; public content needs no login.';
    schema.getMutationType()!.description = 'Changes. Each runs in one transaction and returns a payload with `errors` (code, field, Chinese message).';
    schema.getSubscriptionType()!.description = 'Live updates over graphql-ws on /graphql, each only to the parties concerned.';
    return schema;
  });
}

/** SDL as checked in at schema/schema.graphql: sorted, so that diffs show real changes only. */
export function printQifuSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
