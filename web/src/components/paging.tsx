import { useState, type ReactNode } from 'react';
import { describeRequestError } from '../lib/errors.js';
import { EmptyState, ErrorState, Loading } from './status.js';

/** A connection page as the API returns it (and as the cache keeps it: every page loaded so far). */
export interface PageOf<T> {
  nodes: readonly T[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  totalCount?: number;
}

/** What `ConnectionList` needs of a `useQuery` result. */
export interface ListQuery<TData> {
  data: TData | undefined;
  loading: boolean;
  error?: unknown;
  refetch: () => Promise<unknown>;
  // Loose on purpose: each list passes its own variables (or its own pagination query) through `more`.
  fetchMore: (options: any) => Promise<unknown>;
}

/** How to ask for the page after a cursor; by default the same query with `after`. */
export type MoreOptions = (after: string) => { variables: Record<string, unknown>; query?: unknown };

const defaultMore: MoreOptions = (after) => ({ variables: { after } });

/**
 * 加载更多 for a connection kept in the Apollo cache (lib/pagination.ts merges the pages): a `fetchMore` of the
 * page after the last loaded one, its own loading and error state. For lists laid out by hand; most pages use
 * `ConnectionList`.
 */
export function useFetchMore(
  query: Pick<ListQuery<unknown>, 'fetchMore'>,
  page: PageOf<unknown> | null | undefined,
  more: MoreOptions = defaultMore,
): ReactNode {
  const [state, setState] = useState({ loading: false, error: '' });
  const after = page?.pageInfo.endCursor;
  async function loadMore() {
    if (!after) return;
    setState({ loading: true, error: '' });
    try {
      await query.fetchMore(more(after));
      setState({ loading: false, error: '' });
    } catch (err) {
      setState({ loading: false, error: `加载更多失败。${describeRequestError(err)}` });
    }
  }
  return (
    <>
      {state.error ? <ErrorState message={state.error} onRetry={() => void loadMore()} /> : null}
      {page?.pageInfo.hasNextPage && after ? (
        <div className="search-more">
          <button type="button" className="button button--secondary" onClick={() => void loadMore()} disabled={state.loading}>
            {state.loading ? '正在加载…' : '加载更多'}
          </button>
        </div>
      ) : null}
    </>
  );
}

/**
 * One paged list: loading, error (with 重试), empty, the items loaded so far and 加载更多. `connection` picks the
 * connection out of the query's data; `children` renders the nodes (every page loaded so far, from the cache, so
 * cache updates after a mutation show at once). Use `fetchPolicy: 'cache-and-network'` on the query so a list
 * opened again starts from a fresh first page.
 */
export function ConnectionList<TData, T>({
  query,
  connection,
  more,
  loadingLabel = '正在加载…',
  errorLabel,
  empty,
  emptyTitle,
  children,
}: {
  query: ListQuery<TData>;
  connection: (data: TData) => PageOf<T> | null | undefined;
  more?: MoreOptions;
  loadingLabel?: string;
  /** Said before the reason when the first page fails, e.g. "政策列表加载失败。". */
  errorLabel: string;
  /** Shown when the list is empty: `emptyTitle` with `empty` below it, or `empty` alone (a whole empty state). */
  emptyTitle?: string;
  empty?: ReactNode;
  children: (nodes: readonly T[], page: PageOf<T>) => ReactNode;
}) {
  const page = query.data ? connection(query.data) : undefined;
  const control = useFetchMore(query, page, more);
  if (query.loading && !page) return <Loading label={loadingLabel} />;
  if (query.error && !page) return <ErrorState message={`${errorLabel}${describeRequestError(query.error)}`} onRetry={() => void query.refetch()} />;
  if (!page) return null;
  if (!page.nodes.length && !page.pageInfo.hasNextPage) return emptyTitle ? <EmptyState title={emptyTitle}>{empty}</EmptyState> : <>{empty}</>;
  return (
    <>
      {children(page.nodes, page)}
      {control}
    </>
  );
}
