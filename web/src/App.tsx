import { Layout } from './components/Layout.js';
import { COLUMN_LINKS } from './lib/codes.js';
import { useLocation } from './lib/router.js';
import { ComingSoonPage } from './pages/ComingSoonPage.js';
import { EnterprisePage } from './pages/EnterprisePage.js';
import { EnterpriseRegisterPage } from './pages/EnterpriseRegisterPage.js';
import { HomePage } from './pages/HomePage.js';
import { LoginPage } from './pages/LoginPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { RegisterPage } from './pages/RegisterPage.js';

function Page({ path }: { path: string }) {
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
  }
  if (COLUMN_LINKS.some((c) => c.path === path)) return <ComingSoonPage path={path} />;
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
