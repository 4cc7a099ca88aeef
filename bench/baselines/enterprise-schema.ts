/**
 * The baseline: what a careful hand-written graphql-js server for the enterprise list looks like. Same
 * type and field names as Qifu's schema for the fields the benchmarks select, same global ids, same
 * date serialisation, same SQL — so both sides return the same bytes for the same query.
 */
import { createHash } from 'node:crypto';
import {
  GraphQLBoolean,
  GraphQLEnumType,
  GraphQLError,
  GraphQLFloat,
  GraphQLID,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLNullableType,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
} from 'graphql';

/** Copied from server/modules/enterprise/enterprise.service.ts (not exported there); keep in step. */
export const ENTERPRISE_COLUMNS = `id, site_id as "siteId", uscc, name, region_code as "regionCode", industry_code as "industryCode",
  to_char(established_on, 'YYYY-MM-DD') as "establishedOn", employees, revenue::float8 as revenue,
  total_assets::float8 as "totalAssets", size_class as "sizeClass", qualifications, contact_name as "contactName",
  contact_phone as "contactPhone", contact_email as "contactEmail", status, review_reason as "reviewReason",
  reviewed_at as "reviewedAt", reviewed_by as "reviewedBy", created_by as "createdBy", created_at as "createdAt",
  updated_at as "updatedAt"`;

/** The page query of `listEnterprises` without filters, in `pg` placeholders: $1 site scope, $2 limit, $3 offset. */
export const ENTERPRISE_PAGE_SQL = `select ${ENTERPRISE_COLUMNS} from enterprise where site_id = any($1::uuid[]) order by created_at desc, id desc limit $2 offset $3`;

/** Qifu's `resolveSession` statement in `pg` placeholders ($1: sha-256 hex of the token). */
export const SESSION_SQL = `update session s set last_seen_at = now()
       from account a
      where s.id = $1 and s.revoked_at is null and not a.disabled and a.id = s.account_id
        and s.last_seen_at > now() - make_interval(secs => s.idle_timeout_s)
      returning s.id as session_id, a.id, a.display_name, a.roles, a.enterprise_id, a.enterprise_role,
                a.institution_id, a.institution_admin`;

export const tokenDigest = (token: string) => createHash('sha256').update(token).digest('hex');

export interface EnterpriseRow {
  id: string;
  [column: string]: unknown;
}

export interface PlainContext {
  viewer: { roles: string[] } | null;
  /** Fetches `limit` rows from `offset` (the page query). */
  fetchEnterprises(limit: number, offset: number): Promise<EnterpriseRow[]>;
}

const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize(value) {
    const d = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(d.getTime())) throw new TypeError('DateTime cannot represent an invalid date');
    return d.toISOString();
  },
});

const SizeClass = new GraphQLEnumType({ name: 'SizeClass', values: { LARGE: {}, MEDIUM: {}, SMALL: {}, MICRO: {} } });
const EnterpriseStatus = new GraphQLEnumType({ name: 'EnterpriseStatus', values: { PENDING: {}, VERIFIED: {}, REJECTED: {} } });

const nn = <T extends GraphQLNullableType>(t: T) => new GraphQLNonNull(t);
const str = { type: nn(GraphQLString) };
const optStr = { type: GraphQLString };

const Enterprise = new GraphQLObjectType<EnterpriseRow>({
  name: 'Enterprise',
  fields: {
    id: { type: nn(GraphQLID), resolve: (e) => Buffer.from(`Enterprise:${e.id}`, 'utf8').toString('base64url') },
    uscc: str,
    name: str,
    regionCode: str,
    industryCode: str,
    establishedOn: str,
    employees: { type: nn(GraphQLInt) },
    revenue: { type: nn(GraphQLFloat) },
    totalAssets: { type: nn(GraphQLFloat) },
    sizeClass: { type: nn(SizeClass) },
    qualifications: { type: nn(new GraphQLList(nn(GraphQLString))) },
    contactName: str,
    contactPhone: str,
    contactEmail: optStr,
    status: { type: nn(EnterpriseStatus) },
    reviewReason: optStr,
    reviewedAt: { type: DateTime },
    createdAt: { type: nn(DateTime) },
    updatedAt: { type: nn(DateTime) },
  },
});

interface Page {
  rows: EnterpriseRow[];
  limit: number;
  offset: number;
}
const cursorAt = (i: number) => Buffer.from(`o:${i}`, 'utf8').toString('base64url');
const nodesOf = (p: Page) => (p.rows.length > p.limit ? p.rows.slice(0, p.limit) : p.rows);

const PageInfo = new GraphQLObjectType<Page>({
  name: 'PageInfo',
  fields: {
    hasNextPage: { type: nn(GraphQLBoolean), resolve: (p) => p.rows.length > p.limit },
    hasPreviousPage: { type: nn(GraphQLBoolean), resolve: (p) => p.offset > 0 },
    startCursor: { type: GraphQLString, resolve: (p) => (p.rows.length ? cursorAt(p.offset) : null) },
    endCursor: { type: GraphQLString, resolve: (p) => (p.rows.length ? cursorAt(p.offset + nodesOf(p).length - 1) : null) },
  },
});

const EnterpriseEdge = new GraphQLObjectType<{ cursor: string; node: EnterpriseRow }>({
  name: 'EnterpriseEdge',
  fields: { cursor: str, node: { type: nn(Enterprise) } },
});

const EnterpriseConnection = new GraphQLObjectType<Page>({
  name: 'EnterpriseConnection',
  fields: {
    nodes: { type: nn(new GraphQLList(nn(Enterprise))), resolve: nodesOf },
    edges: {
      type: nn(new GraphQLList(nn(EnterpriseEdge))),
      resolve: (p) => nodesOf(p).map((node, i) => ({ cursor: cursorAt(p.offset + i), node })),
    },
    pageInfo: { type: nn(PageInfo), resolve: (p) => p },
  },
});

export function plainEnterpriseSchema(): GraphQLSchema {
  const Query = new GraphQLObjectType<unknown, PlainContext>({
    name: 'Query',
    fields: {
      enterprises: {
        type: nn(EnterpriseConnection),
        args: { first: { type: GraphQLInt }, after: { type: GraphQLString } },
        async resolve(_root, args: { first?: number | null; after?: string | null }, ctx): Promise<Page> {
          if (!ctx.viewer) throw new GraphQLError('请先登录', { extensions: { code: 'UNAUTHENTICATED' } });
          if (!ctx.viewer.roles.some((r) => r === 'OPERATOR' || r === 'REVIEWER')) {
            throw new GraphQLError('无权限', { extensions: { code: 'FORBIDDEN' } });
          }
          const limit = args.first ?? 20;
          if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new GraphQLError('每页数量应在 1 到 100 之间');
          let offset = 0;
          if (args.after) {
            const m = /^o:(\d{1,9})$/.exec(Buffer.from(args.after, 'base64url').toString('utf8'));
            if (!m) throw new GraphQLError('分页游标无效');
            offset = Number(m[1]) + 1;
          }
          return { rows: await ctx.fetchEnterprises(limit + 1, offset), limit, offset };
        },
      },
    },
  });
  return new GraphQLSchema({ query: Query });
}
