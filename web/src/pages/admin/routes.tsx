import type { ReactNode } from 'react';
import { AdminHomePage, StaffOnly } from './AdminHomePage.js';
import { DockingSlaPage } from './DockingSlaPage.js';
import { isReviewKind } from './kinds.js';
import { ReviewQueuePage } from './ReviewQueuePage.js';
import { SearchOpsPage } from './SearchOpsPage.js';
import './admin.css';

/** The operator console's own routes (policy editing and statistics live with their areas under /admin too). */
export function adminRoute(path: string): ReactNode | null {
  if (path === '/admin') return <AdminHomePage />;
  if (path === '/admin/search') return <SearchOpsPage />;
  if (path === '/admin/docking-sla') return <DockingSlaPage />;
  const review = /^\/admin\/reviews\/([a-z]+)$/.exec(path);
  if (review?.[1] && isReviewKind(review[1])) {
    return (
      <StaffOnly title="审核">
        <ReviewQueuePage kind={review[1]} />
      </StaffOnly>
    );
  }
  return null;
}
