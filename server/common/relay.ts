import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { ErrorCode, fail } from './errors.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;
  @Field(() => Boolean, { description: 'Whether items precede this page.' })
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the first item of this page.' })
  startCursor!: string | null;
  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;
  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (`pageInfo.endCursor`).' })
  after?: string | null;
}

export interface Page {
  limit: number;
  offset: number;
}

/** Validates `first`/`after` into a limit and offset; bad values are user errors. */
export function pageOf(args: PageArgs): Page {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    fail(ErrorCode.INVALID, 'first', `每页数量应在 1 到 ${MAX_PAGE_SIZE} 之间`);
  }
  let offset = 0;
  if (args.after) {
    const raw = Buffer.from(args.after, 'base64url').toString('utf8');
    const m = /^o:(\d{1,9})$/.exec(raw);
    if (!m) fail(ErrorCode.INVALID, 'after', '分页游标无效');
    offset = Number(m[1]) + 1;
  }
  return { limit, offset };
}

const cursorAt = (i: number) => Buffer.from(`o:${i}`, 'utf8').toString('base64url');

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

/**
 * Builds a connection from a page fetched with `limit + 1` rows. `count` runs only when a client
 * selects `totalCount` (a lazy getter), so pages that do not ask for it cost one statement less.
 */
export function connectionOf<T>(rows: T[], page: Page, count: () => Promise<number>): ConnectionShape<T> {
  const hasNextPage = rows.length > page.limit;
  const nodes = hasNextPage ? rows.slice(0, page.limit) : rows;
  const edges = nodes.map((node, i) => ({ cursor: cursorAt(page.offset + i), node }));
  let total: Promise<number> | undefined;
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    get totalCount() {
      total ??= count();
      return total;
    },
  };
}

/** Declares `XConnection` and `XEdge` object types for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string, what: string) {
  @ObjectType(`${name}Edge`, { description: `An edge of a ${what} list.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this item.' })
    cursor!: string;
    @Field(() => nodeType, { description: `The ${what}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what} items (at most ${MAX_PAGE_SIZE}).` })
  class Connection {
    @Field(() => [Edge], { description: 'Items with their cursors.' })
    edges!: Edge[];
    @Field(() => [nodeType], { description: 'Items of this page, without cursors.' })
    nodes!: T[];
    @Field(() => PageInfo, { description: 'Where this page stands.' })
    pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Number of items matching the filter, across all pages.' })
    totalCount!: number;
  }
  return Connection;
}
