import { useParams } from 'react-router';
import { AdminNoticesPage } from '../../features/portal/AdminNoticesPage.js';
import { AdminSitePage } from '../../features/portal/AdminSitePage.js';
import { AdminHomePage, StaffOnly } from '../../features/review/AdminHomePage.js';
import { DockingSlaPage } from '../../features/docking/DockingSlaPage.js';
import { AdminRemindersPage, DeliveryLogPage } from '../../features/notification/AdminNotificationPages.js';
import { isReviewKind } from '../../features/review/kinds.js';
import { ReviewQueuePage } from '../../features/review/ReviewQueuePage.js';
import { PartnersPage } from '../../features/partner/PartnersPage.js';
import { SearchOpsPage } from '../../features/search/SearchOpsPage.js';
import { StatisticsPage } from '../../features/columns/StatisticsPage.js';
import { NotFoundPage } from '../../features/portal/NotFoundPage.js';
import { AdminPoliciesPage } from '../../features/policy/AdminPoliciesPage.js';
import { ConditionsPage } from '../../features/policy/ConditionsPage.js';
import { PolicyEditorPage } from '../../features/policy/PolicyEditorPage.js';
import { ReachPage } from '../../features/policy/ReachPage.js';
import { ReviewQueuePage as PolicyReviewQueuePage } from '../../features/policy/ReviewQueuePage.js';
import '../../features/review/admin.css';

/** The operator console's pages (one chunk), policy editing and statistics included. */

const useId = () => useParams().id ?? '';

export {
  AdminHomePage,
  AdminNoticesPage,
  AdminSitePage,
  AdminPoliciesPage,
  AdminRemindersPage,
  DeliveryLogPage,
  DockingSlaPage,
  PartnersPage,
  PolicyReviewQueuePage,
  SearchOpsPage,
  StatisticsPage,
};

export function ReviewQueue() {
  const kind = useParams().kind ?? '';
  if (!isReviewKind(kind)) return <NotFoundPage />;
  return (
    <StaffOnly title="审核">
      <ReviewQueuePage kind={kind} />
    </StaffOnly>
  );
}

export const PolicyNew = () => <PolicyEditorPage id={null} />;
export const PolicyEdit = () => <PolicyEditorPage id={useId()} />;
export const PolicyReach = () => <ReachPage id={useId()} />;
export const PolicyConditions = () => <ConditionsPage id={useId()} />;
