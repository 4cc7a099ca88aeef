import { Fragment, lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter, Outlet, ScrollRestoration, useRouteError, type RouteObject } from 'react-router';
import { ErrorState } from '../components/status.js';
import { Layout } from '../components/Layout.js';
import { PageSkeleton } from '../components/skeleton.js';
import { useLocation } from '../lib/router.js';
import { HomePage } from '../features/portal/HomePage.js';
import { LoginPage } from '../features/account/LoginPage.js';
import { NotFoundPage } from '../features/portal/NotFoundPage.js';

/**
 * The route table. The home and login pages ship in the entry chunk; every other page is in the chunk of its
 * area (public, enterprise, institution, admin), fetched the first time one of its routes is visited.
 */

type Area = Record<string, unknown>;

/** A lazily loaded page from an area chunk (all pages of an area share one import, so one request). */
function areaPages<M extends Area>(load: () => Promise<M>) {
  return <K extends keyof M & string>(name: K) => {
    const Page = lazy(async () => ({ default: (await load())[name] as ComponentType }));
    return <Page />;
  };
}

const publicPage = areaPages(() => import('./areas/public.js'));
const enterprisePage = areaPages(() => import('./areas/enterprise.js'));
const institutionPage = areaPages(() => import('./areas/institution.js'));
const adminPage = areaPages(() => import('./areas/admin.js'));
// Partner-facing pages, each its own chunk (the developer page carries the schema).
const DevelopersPage = lazy(async () => ({ default: (await import('../features/partner/DevelopersPage.js')).DevelopersPage }));
const WidgetsPage = lazy(async () => ({ default: (await import('../features/partner/WidgetsPage.js')).WidgetsPage }));

const pages: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'login', element: <LoginPage /> },

  // Public
  { path: 'register', element: publicPage('RegisterPage') },
  { path: 'account/security', element: publicPage('AccountSecurityPage') },
  { path: 'password/reset', element: publicPage('PasswordResetPage') },
  { path: 'search', element: publicPage('SearchPage') },
  { path: 'policy', element: publicPage('PolicyListPage') },
  { path: 'policy/:id', element: publicPage('PolicyDetail') },
  // The path search hits carry.
  { path: 'policies/:id', element: publicPage('PolicyDetail') },
  { path: 'services', element: publicPage('ServiceListPage') },
  { path: 'services/:id', element: publicPage('ServiceDetail') },
  { path: 'activities', element: publicPage('ActivityListPage') },
  { path: 'activities/calendar', element: publicPage('ActivityCalendarPage') },
  { path: 'activities/:id', element: publicPage('ActivityDetail') },
  { path: 'institutions', element: publicPage('InstitutionDirectoryPage') },
  { path: 'institutions/:id', element: publicPage('InstitutionDetail') },
  { path: 'notices', element: publicPage('NoticeListPage') },
  { path: 'notices/:id', element: publicPage('NoticeDetail') },
  { path: 'help', element: publicPage('HelpListPage') },
  { path: 'help/:slug', element: publicPage('HelpGuide') },
  { path: 'financing', element: publicPage('FinancingPage') },
  { path: 'entrepreneurship', element: publicPage('EntrepreneurshipPage') },
  { path: 'talent', element: publicPage('TalentPage') },
  { path: 'technology', element: publicPage('Technology') },
  { path: 'consulting', element: publicPage('Consulting') },
  { path: 'scenarios/:key', element: publicPage('Scenario') },
  { path: 'developers', element: <DevelopersPage /> },
  { path: 'widgets', element: <WidgetsPage /> },
  // The link printed in e-mails and SMS.
  { path: 'unsubscribe', element: publicPage('UnsubscribePage') },
  { path: 'policy/unsubscribe', element: publicPage('UnsubscribePage') },
  { path: 'my/notifications', element: publicPage('MyNotificationsPage') },
  { path: 'my/notifications/preferences', element: publicPage('NotificationPreferencesPage') },
  { path: 'notifications/unsubscribe', element: publicPage('NotificationUnsubscribePage') },

  // Enterprise
  { path: 'enterprise', element: enterprisePage('EnterprisePage') },
  { path: 'enterprise/register', element: enterprisePage('EnterpriseRegisterPage') },
  { path: 'enterprise/edit', element: enterprisePage('EnterpriseEditPage') },
  { path: 'policy/for-me', element: enterprisePage('PolicyMatchPage') },
  { path: 'policy/subscriptions', element: enterprisePage('SubscriptionsPage') },
  { path: 'my/inbox', element: enterprisePage('InboxPage') },
  { path: 'my/dockings', element: enterprisePage('MyDockingsPage') },
  { path: 'my/dockings/:id', element: enterprisePage('MyDockingDetail') },
  { path: 'my/needs', element: enterprisePage('MyNeedsPage') },
  { path: 'my/registrations', element: enterprisePage('MyRegistrationsPage') },
  { path: 'my/needs/:id', element: enterprisePage('NeedDetail') },
  { path: 'my/demands', element: enterprisePage('MyDemandsPage') },
  { path: 'my/demands/:id', element: enterprisePage('MyDemandDetail') },
  { path: 'demands/new', element: enterprisePage('DemandNewPage') },

  // Institution workbench
  { path: 'institution/dockings', element: institutionPage('InstitutionDockingsPage') },
  { path: 'institution/dockings/:id', element: institutionPage('InstitutionDockingDetail') },
  { path: 'institution/demands', element: institutionPage('InstitutionDemandsPage') },
  { path: 'institution/needs', element: institutionPage('InstitutionNeedsPage') },
  { path: 'institution/activities', element: institutionPage('InstitutionActivitiesPage') },
  { path: 'institution/activities/:id/check-in', element: institutionPage('CheckIn') },

  // Operator console
  { path: 'admin', element: adminPage('AdminHomePage') },
  { path: 'admin/search', element: adminPage('SearchOpsPage') },
  { path: 'admin/partners', element: adminPage('PartnersPage') },
  { path: 'admin/docking-sla', element: adminPage('DockingSlaPage') },
  { path: 'admin/reminders', element: adminPage('AdminRemindersPage') },
  { path: 'admin/notifications', element: adminPage('DeliveryLogPage') },
  { path: 'admin/statistics', element: adminPage('StatisticsPage') },
  { path: 'admin/notices', element: adminPage('AdminNoticesPage') },
  { path: 'admin/site', element: adminPage('AdminSitePage') },
  { path: 'admin/reviews/:kind', element: adminPage('ReviewQueue') },
  { path: 'admin/policies', element: adminPage('AdminPoliciesPage') },
  { path: 'admin/policies/review', element: adminPage('PolicyReviewQueuePage') },
  { path: 'admin/policies/new', element: adminPage('PolicyNew') },
  { path: 'admin/policies/:id/edit', element: adminPage('PolicyEdit') },
  { path: 'admin/policies/:id/conditions', element: adminPage('PolicyConditions') },
  { path: 'admin/policies/:id/reach', element: adminPage('PolicyReach') },

  { path: '*', element: <NotFoundPage /> },
];

/** A chunk that failed to load (offline, or a new release replaced it): say so and offer a reload. */
function PageLoadError() {
  const error = useRouteError();
  const chunk = error instanceof TypeError || (error instanceof Error && /dynamically imported module|Importing a module script failed/.test(error.message));
  return (
    <Layout>
      <div className="container page">
        <ErrorState
          message={chunk ? '页面加载失败：网络连接异常或网站已更新，请刷新后重试。' : '页面出现错误，请刷新后重试。'}
          onRetry={() => window.location.reload()}
        />
      </div>
    </Layout>
  );
}

function Shell() {
  const { path } = useLocation();
  return (
    <Layout>
      <ScrollRestoration />
      <Suspense fallback={<PageSkeleton />}>
        {/* key: a fresh page (and form state) per path */}
        <Fragment key={path}>
          <Outlet />
        </Fragment>
      </Suspense>
    </Layout>
  );
}

export function createAppRouter() {
  return createBrowserRouter([{ element: <Shell />, errorElement: <PageLoadError />, children: pages }]);
}
