import { Layout } from './components/Layout.js';
import { useLocation } from './lib/router.js';
import { ActivityDetailPage, ActivityListPage } from './pages/ActivitiesPage.js';
import { EnterprisePage } from './pages/EnterprisePage.js';
import { EnterpriseEditPage, EnterpriseRegisterPage } from './pages/EnterpriseRegisterPage.js';
import { HelpGuidePage, HelpListPage } from './pages/HelpPage.js';
import { HomePage } from './pages/HomePage.js';
import { InstitutionPage } from './pages/InstitutionPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { PolicyDetailPage } from './pages/PolicyDetailPage.js';
import { PolicyListPage } from './pages/PolicyListPage.js';
import { PolicyMatchPage } from './pages/PolicyMatchPage.js';
import { RegisterPage } from './pages/RegisterPage.js';
import { SearchPage } from './pages/SearchPage.js';
import { ServiceDetailPage } from './pages/ServiceDetailPage.js';
import { ServiceListPage } from './pages/ServiceListPage.js';
import { MyDockingDetailPage, MyDockingsPage } from './pages/MyDockingsPage.js';
import { adminRoute } from './pages/admin/routes.js';
import { columnsRoute } from './pages/columns/routes.js';
import { dockingRoute } from './pages/docking/routes.js';
import { policyRoute } from './pages/policy/routes.js';

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function Page({ path }: { path: string }) {
  // Each area's own routes first (they may claim paths listed below, such as a column's page).
  const area = policyRoute(path) ?? dockingRoute(path) ?? columnsRoute(path) ?? adminRoute(path);
  if (area) return area;
  switch (path) {
    case '/':
      return <HomePage />;
    case '/login':
      return <LoginPage />;
    case '/register':
      return <RegisterPage />;
    case '/enterprise':
      return <EnterprisePage />;
    case '/enterprise/register':
      return <EnterpriseRegisterPage />;
    case '/enterprise/edit':
      return <EnterpriseEditPage />;
    case '/search':
      return <SearchPage />;
    case '/policy':
      return <PolicyListPage />;
    // Before the /policy/:id pattern below.
    case '/policy/for-me':
      return <PolicyMatchPage />;
    case '/services':
      return <ServiceListPage />;
    case '/activities':
      return <ActivityListPage />;
    case '/my/dockings':
      return <MyDockingsPage />;
    case '/help':
      return <HelpListPage />;
  }
  // /policy/:id (and /policies/:id, the path search hits carry).
  const policy = /^\/(?:policy|policies)\/([^/]+)$/.exec(path);
  if (policy?.[1]) return <PolicyDetailPage id={decodeSegment(policy[1])} />;
  const service = /^\/services\/([^/]+)$/.exec(path);
  if (service?.[1]) return <ServiceDetailPage id={decodeSegment(service[1])} />;
  const activity = /^\/activities\/([^/]+)$/.exec(path);
  if (activity?.[1]) return <ActivityDetailPage id={decodeSegment(activity[1])} />;
  const institution = /^\/institutions\/([^/]+)$/.exec(path);
  if (institution?.[1]) return <InstitutionPage id={decodeSegment(institution[1])} />;
  const guide = /^\/help\/([^/]+)$/.exec(path);
  if (guide?.[1]) return <HelpGuidePage slug={decodeSegment(guide[1])} />;
  const docking = /^\/my\/dockings\/([^/]+)$/.exec(path);
  if (docking?.[1]) return <MyDockingDetailPage id={decodeSegment(docking[1])} />;
  return <NotFoundPage />;
}

export function App() {
  const { path } = useLocation();
  return (
    <Layout>
      {/* key: a fresh page (and form state) per path */}
      <Page key={path} path={path} />
    </Layout>
  );
}
