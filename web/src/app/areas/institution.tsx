import { useParams } from 'react-router';
import { InstitutionNeedsPage } from '../../pages/columns/InstitutionNeedsPage.js';
import { CheckInPage, InstitutionActivitiesPage } from '../../pages/docking/ActivityPages.js';
import { InstitutionDemandsPage } from '../../pages/docking/DemandPages.js';
import { InstitutionDockingDetailPage, InstitutionDockingsPage } from '../../pages/docking/InstitutionDockingsPage.js';

/** The institution workbench's pages (one chunk). */

const useId = () => useParams().id ?? '';

export { InstitutionActivitiesPage, InstitutionDemandsPage, InstitutionDockingsPage, InstitutionNeedsPage };

export const InstitutionDockingDetail = () => <InstitutionDockingDetailPage id={useId()} />;
export const CheckIn = () => <CheckInPage id={useId()} />;
