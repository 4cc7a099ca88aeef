import type { ApolloCache, FieldPolicy } from '@apollo/client/cache';

type KeySpecifier = readonly (string | KeySpecifier)[];

/**
 * Every field of the API that returns a connection (`first`/`after`, `nodes`, `pageInfo`, `totalCount`), by
 * parent type. Each gets `connectionPagination()`, so a list's pages live in the Apollo cache and 加载更多 is a
 * `fetchMore`. tests/web-pagination.test.ts fails when the schema has a connection field missing here.
 */
export const CONNECTION_FIELDS: Record<string, readonly string[]> = {
  Query: [
    'accounts',
    'activities',
    'activityInvitations',
    'activityRegistrations',
    'adminChangeRequests',
    'apiClientConsents',
    'apiClients',
    'auditLog',
    'columnNeeds',
    'demands',
    'dockings',
    'enterprises',
    'financingProducts',
    'institutionColumnNeeds',
    'institutionSlaStatistics',
    'institutions',
    'jobDeadLetters',
    'myActivityInvitations',
    'myActivityRegistrations',
    'myColumnNeeds',
    'myInstitutionServiceProducts',
    'myNotifications',
    'myReminders',
    'notices',
    'notificationDeliveries',
    'notifications',
    'policies',
    'policyMatches',
    'policyReachEnterprises',
    'searchConcepts',
    'serviceProducts',
    'startupNeedBoard',
    'startupResources',
    'webhookDeliveries',
    'webhookSubscriptions',
  ],
  PolicyImport: ['lines'],
};

/** A connection as the cache keeps it: the pages loaded so far, and where each page ended. */
export interface StoredConnection {
  nodes?: readonly unknown[];
  pageInfo?: { endCursor?: string | null; hasNextPage?: boolean };
  /** endCursor of each loaded page → how many nodes the list had after that page. */
  pageEnds?: Readonly<Record<string, number>>;
  [extra: string]: unknown;
}

const refOf = (node: unknown) => (node && typeof node === 'object' && '__ref' in node ? String((node as { __ref: unknown }).__ref) : null);

/**
 * Merges one page into a list, the way Apollo's `relayStylePagination` merges edges, for our queries that select
 * `nodes`: a page without `after` (the first load, a refetch) replaces the list; a page after a cursor is
 * spliced in after the page that ended there (appended when that page is unknown). Other fields (`totalCount`)
 * come from the newest page; a node already listed (a row that moved between pages) is kept once.
 */
export function mergeConnection(existing: StoredConnection | undefined, incoming: StoredConnection, after: string | null | undefined): StoredConnection {
  // A selection without `nodes` (a count) leaves the loaded pages as they are.
  if (!incoming.nodes)
    return existing?.nodes ? { ...existing, ...incoming, nodes: existing.nodes, pageInfo: existing.pageInfo, pageEnds: existing.pageEnds } : incoming;
  let kept: readonly unknown[] = [];
  const ends: Record<string, number> = {};
  if (existing?.nodes && after) {
    const cut = existing.pageEnds?.[after] ?? existing.nodes.length;
    kept = existing.nodes.slice(0, cut);
    for (const [cursor, count] of Object.entries(existing.pageEnds ?? {})) if (count <= cut) ends[cursor] = count;
  }
  const seen = new Set(kept.map(refOf).filter((r) => r !== null));
  const added = incoming.nodes.filter((n) => {
    const ref = refOf(n);
    if (ref === null) return true;
    if (seen.has(ref)) return false;
    seen.add(ref);
    return true;
  });
  const nodes = [...kept, ...added];
  const end = incoming.pageInfo?.endCursor;
  if (end) ends[end] = nodes.length;
  return { ...existing, ...incoming, nodes, pageEnds: ends };
}

/** Everything but the cursor identifies a list: its filters, its order and its page size. */
export function connectionKeyArgs(args: Record<string, unknown> | null): KeySpecifier | false {
  return args ? Object.keys(args).filter((name) => name !== 'after' && name !== 'before') : false;
}

/** The field policy of a connection field (see `mergeConnection`). */
export function connectionPagination(): FieldPolicy<StoredConnection> {
  return {
    keyArgs: connectionKeyArgs,
    merge: (existing, incoming, { args }) => mergeConnection(existing, incoming, args?.after as string | null | undefined),
  };
}

/**
 * `search(input)` carries its cursor inside the input and its pages in `hits`: the same merge, one level down.
 * The key is the input without `after`.
 */
export function searchPagination(): FieldPolicy<StoredConnection & { hits?: StoredConnection }> {
  return {
    keyArgs: (args) => {
      const { after: _after, ...rest } = (args?.input ?? {}) as Record<string, unknown>;
      return `search:${JSON.stringify(rest)}`;
    },
    merge: (existing, incoming, { args }) => {
      const after = (args?.input as { after?: string | null } | undefined)?.after;
      if (!incoming.hits) return { ...existing, ...incoming };
      return { ...existing, ...incoming, hits: mergeConnection(after ? existing?.hits : undefined, incoming.hits, after) };
    },
  };
}

/** `typePolicies` for the cache: every connection field paged in the cache. */
export function paginationTypePolicies() {
  const policies: Record<string, { fields: Record<string, FieldPolicy> }> = {};
  for (const [type, fields] of Object.entries(CONNECTION_FIELDS)) {
    policies[type] = { fields: Object.fromEntries(fields.map((f) => [f, connectionPagination() as FieldPolicy])) };
  }
  policies.Query!.fields.search = searchPagination() as FieldPolicy;
  return policies;
}

/**
 * Drops one object from every loaded list of `fieldName` that shows it (and counts one less there): what a
 * review queue does at once after a decision, before its refetch brings the server's pages and count.
 */
export function dropFromConnections(cache: ApolloCache, fieldName: string, cacheId: string | undefined) {
  if (!cacheId) return;
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      [fieldName]: (stored) => {
        const value = stored as unknown as StoredConnection;
        const nodes = value?.nodes;
        if (!Array.isArray(nodes)) return stored;
        const at = nodes.findIndex((n) => refOf(n) === cacheId);
        if (at < 0) return stored;
        const pageEnds = Object.fromEntries(Object.entries(value.pageEnds ?? {}).map(([cursor, n]) => [cursor, n > at ? n - 1 : n]));
        const totalCount = typeof value.totalCount === 'number' ? Math.max(0, value.totalCount - 1) : value.totalCount;
        return { ...value, nodes: nodes.filter((_, i) => i !== at), pageEnds, totalCount } as unknown as typeof stored;
      },
    },
  });
}
