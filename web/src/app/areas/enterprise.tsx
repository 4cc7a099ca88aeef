import { useParams } from 'react-router';
import { MyNeedsPage, NeedDetailPage } from '../../pages/columns/NeedPages.js';
import { DemandNewPage, MyDemandDetailPage, MyDemandsPage } from '../../pages/docking/DemandPages.js';
import { MyRegistrationsPage } from '../../features/activity/MyRegistrationsPage.js';
import { EnterprisePage } from '../../pages/EnterprisePage.js';
import { EnterpriseEditPage, EnterpriseRegisterPage } from '../../pages/EnterpriseRegisterPage.js';
import { MyDockingDetailPage, MyDockingsPage } from '../../pages/MyDockingsPage.js';
import { InboxPage } from '../../pages/policy/InboxPage.js';
import { SubscriptionsPage } from '../../pages/policy/SubscriptionsPage.js';
import { PolicyMatchPage } from '../../pages/PolicyMatchPage.js';

/** The enterprise area's pages (one chunk): a signed-in enterprise's own records. */

const useId = () => useParams().id ?? '';

export {
  DemandNewPage,
  EnterpriseEditPage,
  EnterprisePage,
  EnterpriseRegisterPage,
  InboxPage,
  MyDemandsPage,
  MyDockingsPage,
  MyNeedsPage,
  MyRegistrationsPage,
  PolicyMatchPage,
  SubscriptionsPage,
};

export const MyDockingDetail = () => <MyDockingDetailPage id={useId()} />;
export const MyDemandDetail = () => <MyDemandDetailPage id={useId()} />;
export const NeedDetail = () => <NeedDetailPage id={useId()} />;
