import type { ReactNode } from 'react';

/**
 * The docking pages' routes: the page for a path, or null when the path is not one of them.
 * App.tsx asks this before its own fallbacks; this file (and the pages beside it) belong to the docking area.
 */
export function dockingRoute(path: string): ReactNode | null {
  void path;
  return null;
}
