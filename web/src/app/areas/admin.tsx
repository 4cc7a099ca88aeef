import { useParams } from 'react-router';
import { AdminNoticesPage } from '../../features/portal/AdminNoticesPage.js';
import { AdminSitePage } from '../../features/portal/AdminSitePage.js';
import { AdminHomePage, StaffOnly } from '../../pages/admin/AdminHomePage.js';
import { DockingSlaPage } from '../../pages/admin/DockingSlaPage.js';
import { AdminRemindersPage, DeliveryLogPage } from '../../pages/notifications/AdminNotificationPages.js';
import { isReviewKind } from '../../pages/admin/kinds.js';
import { ReviewQueuePage } from '../../pages/admin/ReviewQueuePage.js';
import { PartnersPage } from '../../pages/admin/PartnersPage.js';
import { SearchOpsPage } from '../../pages/admin/SearchOpsPage.js';
import { StatisticsPage } from '../../pages/columns/StatisticsPage.js';
import { NotFoundPage } from '../../pages/NotFoundPage.js';
import { AdminPoliciesPage } from '../../pages/policy/AdminPoliciesPage.js';
import { ConditionsPage } from '../../pages/policy/ConditionsPage.js';
import { PolicyEditorPage } from '../../pages/policy/PolicyEditorPage.js';
import { ReachPage } from '../../pages/policy/ReachPage.js';
import { ReviewQueuePage as PolicyReviewQueuePage } from '../../pages/policy/ReviewQueuePage.js';
import '../../pages/admin/admin.css';

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
