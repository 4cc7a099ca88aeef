import { useParams } from 'react-router';
import { MyNeedsPage, NeedDetailPage } from '../../features/columns/NeedPages.js';
import { DemandNewPage, MyDemandDetailPage, MyDemandsPage } from '../../features/demand/DemandPages.js';
import { MyRegistrationsPage } from '../../features/activity/MyRegistrationsPage.js';
import { EnterprisePage } from '../../features/enterprise/EnterprisePage.js';
import { EnterpriseEditPage, EnterpriseRegisterPage } from '../../features/enterprise/EnterpriseRegisterPage.js';
import { MyDockingDetailPage, MyDockingsPage } from '../../features/docking/MyDockingsPage.js';
import { InboxPage } from '../../features/policy/InboxPage.js';
import { SubscriptionsPage } from '../../features/policy/SubscriptionsPage.js';
import { PolicyMatchPage } from '../../features/policy/PolicyMatchPage.js';

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
