import { useParams } from 'react-router';
import { PasswordResetPage } from '../../features/account/PasswordResetPage.js';
import { AccountSecurityPage } from '../../features/account/AccountSecurityPage.js';
import { ActivityDetailPage, ActivityListPage } from '../../features/activity/ActivitiesPage.js';
import { AdvisoryPage } from '../../features/columns/AdvisoryPage.js';
import { EntrepreneurshipPage } from '../../features/columns/EntrepreneurshipPage.js';
import { FinancingPage } from '../../features/columns/FinancingPage.js';
import { ScenarioPage } from '../../features/columns/ScenarioPage.js';
import { TalentPage } from '../../features/columns/TalentPage.js';
import { ActivityCalendarPage } from '../../features/activity/ActivityPages.js';
import { InstitutionDirectoryPage } from '../../features/institution/InstitutionDirectoryPage.js';
import { NoticeDetailPage, NoticeListPage } from '../../features/portal/notices.js';
import { HelpGuidePage, HelpListPage } from '../../features/help/HelpPage.js';
import { InstitutionPage } from '../../features/institution/InstitutionPage.js';
import { PolicyDetailPage } from '../../features/policy/PolicyDetailPage.js';
import { PolicyListPage } from '../../features/policy/PolicyListPage.js';
import { UnsubscribePage } from '../../features/policy/UnsubscribePage.js';
import { MyNotificationsPage } from '../../features/notification/MyNotificationsPage.js';
import { NotificationPreferencesPage } from '../../features/notification/NotificationPreferencesPage.js';
import { NotificationUnsubscribePage } from '../../features/notification/NotificationUnsubscribePage.js';
import { RegisterPage } from '../../features/account/RegisterPage.js';
import { SearchPage } from '../../features/search/SearchPage.js';
import { ServiceDetailPage } from '../../features/product/ServiceDetailPage.js';
import { ServiceListPage } from '../../features/product/ServiceListPage.js';

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
