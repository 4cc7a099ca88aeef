import { useParams } from 'react-router';
import { PasswordResetPage } from '../../features/account/PasswordResetPage.js';
import { AccountSecurityPage } from '../../pages/AccountSecurityPage.js';
import { ActivityDetailPage, ActivityListPage } from '../../pages/ActivitiesPage.js';
import { AdvisoryPage } from '../../pages/columns/AdvisoryPage.js';
import { EntrepreneurshipPage } from '../../pages/columns/EntrepreneurshipPage.js';
import { FinancingPage } from '../../pages/columns/FinancingPage.js';
import { ScenarioPage } from '../../pages/columns/ScenarioPage.js';
import { TalentPage } from '../../pages/columns/TalentPage.js';
import { ActivityCalendarPage } from '../../pages/docking/ActivityPages.js';
import { InstitutionDirectoryPage } from '../../features/portal/InstitutionDirectoryPage.js';
import { NoticeDetailPage, NoticeListPage } from '../../features/portal/notices.js';
import { HelpGuidePage, HelpListPage } from '../../pages/HelpPage.js';
import { InstitutionPage } from '../../pages/InstitutionPage.js';
import { PolicyDetailPage } from '../../pages/PolicyDetailPage.js';
import { PolicyListPage } from '../../pages/PolicyListPage.js';
import { UnsubscribePage } from '../../pages/policy/UnsubscribePage.js';
import { MyNotificationsPage } from '../../pages/notifications/MyNotificationsPage.js';
import { NotificationPreferencesPage } from '../../pages/notifications/NotificationPreferencesPage.js';
import { NotificationUnsubscribePage } from '../../pages/notifications/NotificationUnsubscribePage.js';
import { RegisterPage } from '../../pages/RegisterPage.js';
import { SearchPage } from '../../pages/SearchPage.js';
import { ServiceDetailPage } from '../../pages/ServiceDetailPage.js';
import { ServiceListPage } from '../../pages/ServiceListPage.js';

/** The public area's pages (one chunk): what anyone can read without signing in. */

const useId = (name = 'id') => useParams()[name] ?? '';

export {
  AccountSecurityPage,
  PasswordResetPage,
  MyNotificationsPage,
  NotificationPreferencesPage,
  NotificationUnsubscribePage,
  ActivityCalendarPage,
  ActivityListPage,
  EntrepreneurshipPage,
  FinancingPage,
  HelpListPage,
  InstitutionDirectoryPage,
  NoticeListPage,
  PolicyListPage,
  RegisterPage,
  SearchPage,
  ServiceListPage,
  TalentPage,
  UnsubscribePage,
};

export const PolicyDetail = () => <PolicyDetailPage id={useId()} />;
export const ServiceDetail = () => <ServiceDetailPage id={useId()} />;
export const ActivityDetail = () => <ActivityDetailPage id={useId()} />;
export const NoticeDetail = () => <NoticeDetailPage id={useId()} />;
export const InstitutionDetail = () => <InstitutionPage id={useId()} />;
export const HelpGuide = () => <HelpGuidePage slug={useId('slug')} />;
export const Scenario = () => <ScenarioPage scenarioKey={useId('key')} />;
export const Technology = () => <AdvisoryPage column="TECHNOLOGY" />;
export const Consulting = () => <AdvisoryPage column="CONSULTING" />;
