import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountResolver } from '../modules/account/account.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AccountEnterpriseResolver, EnterpriseResolver } from '../modules/enterprise/enterprise.resolver.js';
import { AccountInstitutionResolver, InstitutionResolver } from '../modules/institution/institution.resolver.js';
import { SiteResolver } from '../modules/site/site.resolver.js';

export const RESOLVERS = [
  AccountResolver,
  AccountEnterpriseResolver,
  AccountInstitutionResolver,
  AuditResolver,
  EnterpriseResolver,
  InstitutionResolver,
  SiteResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema (built once per process: type-graphql metadata is global). */
export function qifuSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: [...RESOLVERS], validate: false }).then((schema) => {
    schema.getQueryType()!.description = 'Read operations. Each field states who may call it; public content needs no login.';
    schema.getMutationType()!.description = 'Changes. Each runs in one transaction and returns a payload with `errors` (code, field, Chinese message).';
    return schema;
  });
  return built;
}

/** SDL as checked in at schema/schema.graphql: sorted, so that diffs show real changes only. */
export function printQifuSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
