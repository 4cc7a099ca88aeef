import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/** A tiny router on the History API: the path is an external store that components subscribe to. */

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

export interface Location {
  /** Path without a trailing slash ("/" for the root). */
  path: string;
  query: URLSearchParams;
}

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot, () => '/');
  const url = new URL(href, 'http://local');
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : '/';
  return { path, query: url.searchParams };
}

export function navigate(to: string, options: { replace?: boolean; keepScroll?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  if (!options.keepScroll) window.scrollTo(0, 0);
  notify();
}

/** A local path to return to after signing in; anything else (absolute or protocol-relative URLs) is ignored. */
export function safeNext(value: string | null): string | null {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : null;
}

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string;
  /** Marks the link aria-current="page" when the current path equals (or, for sections, starts with) `to`. */
  activeMatch?: 'exact' | 'prefix';
}

export function Link({ to, activeMatch, onClick, ...rest }: LinkProps) {
  const { path } = useLocation();
  const active = activeMatch === 'exact' ? path === to : activeMatch === 'prefix' ? path === to || path.startsWith(`${to}/`) : false;
  function handle(e: MouseEvent<HTMLAnchorElement>) {
    onClick?.(e);
    // Let the browser handle new tabs, downloads and modified clicks.
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || rest.target) return;
    e.preventDefault();
    navigate(to);
  }
  return <a href={to} aria-current={active ? 'page' : undefined} onClick={handle} {...rest} />;
}
