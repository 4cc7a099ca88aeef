import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountResolver } from '../modules/account/account.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AccountEnterpriseResolver, EnterpriseResolver } from '../modules/enterprise/enterprise.resolver.js';
import { AccountInstitutionResolver, InstitutionResolver } from '../modules/institution/institution.resolver.js';
import { SearchResolver } from '../modules/search/search.resolver.js';
import { registerSearchJobs } from '../modules/search/search.jobs.js';
import { SiteResolver } from '../modules/site/site.resolver.js';
import { POLICY_RESOLVERS, registerPolicyJobs } from '../modules/policy/index.js';
import { DOCKING_JOB_REGISTRARS, DOCKING_RESOLVERS } from '../modules/docking/index.js';
import { COLUMNS_RESOLVERS } from '../modules/columns/index.js';
import { HelpResolver } from '../modules/help/help.resolver.js';
import type { PlatformDeps } from './system-context.js';
import { DateTimeScalar } from '../common/scalars.js';
import { rowsAsRoots } from '../patches/type-graphql-roots.js';

export const RESOLVERS = [
  AccountResolver,
  AccountEnterpriseResolver,
  AccountInstitutionResolver,
  AuditResolver,
  HelpResolver,
  EnterpriseResolver,
  InstitutionResolver,
  SearchResolver,
  SiteResolver,
  ...DOCKING_RESOLVERS,
  ...POLICY_RESOLVERS,
  ...COLUMNS_RESOLVERS,
] as const;

/** Modules that run durable jobs add their registrar here: `(deps) => deps.jobs.register('queue', handler)`. */
export const JOB_REGISTRARS: ((deps: PlatformDeps) => void)[] = [...DOCKING_JOB_REGISTRARS, registerPolicyJobs, registerSearchJobs];

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema (built once per process: type-graphql metadata is global). */
export function qifuSchema(): Promise<GraphQLSchema> {
  if (!built) rowsAsRoots();
  built ??= buildSchema({
    resolvers: [...RESOLVERS],
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
  return built;
}

/** SDL as checked in at schema/schema.graphql: sorted, so that diffs show real changes only. */
export function printQifuSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
