import type { ReactNode } from 'react';
import { InstitutionDockingDetailPage, InstitutionDockingsPage } from './InstitutionDockingsPage.js';

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The docking pages' routes: the page for a path, or null when the path is not one of them.
 * App.tsx asks this before its own fallbacks; this file (and the pages beside it) belong to the docking area.
 */
export function dockingRoute(path: string): ReactNode | null {
  switch (path) {
    case '/institution/dockings':
      return <InstitutionDockingsPage />;
  }
  const institutionDocking = /^\/institution\/dockings\/([^/]+)$/.exec(path);
  if (institutionDocking?.[1]) return <InstitutionDockingDetailPage id={decodeSegment(institutionDocking[1])} />;
  return null;
}
