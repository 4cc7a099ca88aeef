import { useState, type ReactNode } from 'react';
import { describeRequestError } from '../lib/errors.js';
import { ErrorState } from './status.js';

/** A connection page as the API returns it. */
export interface PageOf<T> {
  nodes: readonly T[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

interface State<T> {
  more: T[];
  after?: string | null;
  hasNext?: boolean;
  loading: boolean;
  error: string;
}

/**
 * "加载更多" for a connection: call it before any early return, then give it the first page and a fetch of
 * the page after a cursor. Returns every item loaded so far and the button (with its error state).
 * Remount the component (a `key`) when the query changes.
 */
export function useLoadMore<T>() {
  const [state, setState] = useState<State<T>>({ more: [], loading: false, error: '' });

  return function paged(first: PageOf<T>, fetchAfter: (after: string) => Promise<PageOf<T> | undefined>): { items: T[]; control: ReactNode } {
    const after = state.after !== undefined ? state.after : (first.pageInfo.endCursor ?? null);
    const hasNext = state.hasNext ?? first.pageInfo.hasNextPage;

    async function loadMore() {
      if (!after) return;
      setState((s) => ({ ...s, loading: true, error: '' }));
      try {
        const next = await fetchAfter(after);
        setState((s) =>
          next
            ? { more: [...s.more, ...next.nodes], after: next.pageInfo.endCursor ?? null, hasNext: next.pageInfo.hasNextPage, loading: false, error: '' }
            : { ...s, loading: false },
        );
      } catch (err) {
        setState((s) => ({ ...s, loading: false, error: `加载更多失败。${describeRequestError(err)}` }));
      }
    }

    const control = (
      <>
        {state.error ? <ErrorState message={state.error} onRetry={() => void loadMore()} /> : null}
        {hasNext ? (
          <div className="search-more">
            <button type="button" className="button button--secondary" onClick={() => void loadMore()} disabled={state.loading}>
              {state.loading ? '正在加载…' : '加载更多'}
            </button>
          </div>
        ) : null}
      </>
    );
    return { items: [...first.nodes, ...state.more], control };
  };
}
