import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import type { NonEmptyArray } from 'type-graphql';
import type { QifuModule } from '../common/module.js';
import { DateTimeScalar } from '../common/scalars.js';
import { rowsAsRoots } from '../patches/type-graphql-roots.js';
import { MODULES } from './modules.js';

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
