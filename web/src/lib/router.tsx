import type { AnchorHTMLAttributes } from 'react';
import { Link as RouterLink, useLocation as useRouterLocation, type createBrowserRouter } from 'react-router';

/**
 * The app's routing helpers on react-router 7 (the route table is app/routes.tsx). Pages keep this small API
 * (`Link`, `navigate`, `useLocation`) so they do not depend on the router library directly.
 */

type DataRouter = ReturnType<typeof createBrowserRouter>;

let router: DataRouter | null = null;

/** Called once by main.tsx: `navigate()` outside components goes through this router. */
export function bindRouter(instance: DataRouter): void {
  router = instance;
}

export interface Location {
  /** Path without a trailing slash ("/" for the root). */
  path: string;
  query: URLSearchParams;
}

export function useLocation(): Location {
  const { pathname, search } = useRouterLocation();
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : '/';
  return { path, query: new URLSearchParams(search) };
}

export function navigate(to: string, options: { replace?: boolean; keepScroll?: boolean } = {}): void {
  if (!router) {
    window.location.assign(to);
    return;
  }
  void router.navigate(to, { replace: options.replace, preventScrollReset: options.keepScroll });
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

export function Link({ to, activeMatch, ...rest }: LinkProps) {
  const { path } = useLocation();
  const active = activeMatch === 'exact' ? path === to : activeMatch === 'prefix' ? path === to || path.startsWith(`${to}/`) : false;
  return <RouterLink to={to} aria-current={active ? 'page' : undefined} {...rest} />;
}
