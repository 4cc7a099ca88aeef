import { useParams } from 'react-router';
import { InstitutionNeedsPage } from '../../features/columns/InstitutionNeedsPage.js';
import { CheckInPage, InstitutionActivitiesPage } from '../../features/activity/ActivityPages.js';
import { InstitutionDemandsPage } from '../../features/demand/DemandPages.js';
import { InstitutionDockingDetailPage, InstitutionDockingsPage } from '../../features/docking/InstitutionDockingsPage.js';

/** The institution workbench's pages (one chunk). */

const useId = () => useParams().id ?? '';

export { InstitutionActivitiesPage, InstitutionDemandsPage, InstitutionDockingsPage, InstitutionNeedsPage };

export const InstitutionDockingDetail = () => <InstitutionDockingDetailPage id={useId()} />;
export const CheckIn = () => <CheckInPage id={useId()} />;
