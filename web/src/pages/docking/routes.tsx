import type { ReactNode } from 'react';
import { ActivityCalendarPage, CheckInPage, InstitutionActivitiesPage } from './ActivityPages.js';
import { DemandNewPage, InstitutionDemandsPage, MyDemandDetailPage, MyDemandsPage } from './DemandPages.js';
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
    case '/demands/new':
      return <DemandNewPage />;
    case '/my/demands':
      return <MyDemandsPage />;
    case '/institution/demands':
      return <InstitutionDemandsPage />;
    // Before App.tsx's /activities/:id.
    case '/activities/calendar':
      return <ActivityCalendarPage />;
    case '/institution/activities':
      return <InstitutionActivitiesPage />;
  }
  const checkIn = /^\/institution\/activities\/([^/]+)\/check-in$/.exec(path);
  if (checkIn?.[1]) return <CheckInPage id={decodeSegment(checkIn[1])} />;
  const myDemand = /^\/my\/demands\/([^/]+)$/.exec(path);
  if (myDemand?.[1]) return <MyDemandDetailPage id={decodeSegment(myDemand[1])} />;
  const institutionDocking = /^\/institution\/dockings\/([^/]+)$/.exec(path);
  if (institutionDocking?.[1]) return <InstitutionDockingDetailPage id={decodeSegment(institutionDocking[1])} />;
  return null;
}
