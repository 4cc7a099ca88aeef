import type { ReactNode } from 'react';

/**
 * The policy pages' routes: the page for a path, or null when the path is not one of them.
 * App.tsx asks this before its own fallbacks; this file (and the pages beside it) belong to the policy area.
 */
export function policyRoute(path: string): ReactNode | null {
  void path;
  return null;
}
