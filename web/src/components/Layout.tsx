import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { graphql } from '../gql/index.js';
import { COLUMN_LINKS } from '../lib/codes.js';
import { Link, navigate, useLocation } from '../lib/router.js';
import { offersEnterprise, STAFF_ROLES, ViewerQuery } from '../lib/viewer.js';
import { useTableCardLabels } from '../features/layout/table-cards.js';
import { forgetSession } from '../features/session/session.js';
import { SessionNotice } from '../features/session/SessionNotice.js';
import { SiteFooterContent } from '../features/portal/SiteFooter.js';
import { Toaster } from './feedback.js';
import { NotificationBadge } from '../features/notification/NotificationBadge.js';

const LogoutMutation = graphql(`
  mutation Logout {
    logout {
      revoked
    }
  }
`);

function UserMenu() {
  const { data, loading } = useQuery(ViewerQuery);
  const client = useApolloClient();
  const [logout, { loading: leaving }] = useMutation(LogoutMutation);
  const { path } = useLocation();
  if (loading && !data) return <div className="user-menu" aria-hidden="true" />;
  const me = data?.me;
  if (!me) {
    const next = path === '/' || path === '/login' || path === '/register' ? '' : `?next=${encodeURIComponent(path)}`;
    return (
      <div className="user-menu">
        <Link to={`/login${next}`} className="button button--ghost">
          登录
        </Link>
        <Link to="/register" className="button button--primary">
          注册
        </Link>
      </div>
    );
  }
  async function signOut() {
    forgetSession();
    try {
      await logout();
    } finally {
      await client.resetStore();
      navigate('/');
    }
  }
  return (
    <div id="account-menu" className="user-menu user-menu--account">
      <span className="user-menu__name">您好，{me.displayName}</span>
      {offersEnterprise(me) ? (
        <Link to="/enterprise" className="button button--ghost" activeMatch="exact">
          我的企业
        </Link>
      ) : null}
      {me.enterprise ? (
        <Link to="/my/dockings" className="button button--ghost" activeMatch="prefix">
          我的对接
        </Link>
      ) : null}
      {me.enterprise ? (
        <Link to="/my/demands" className="button button--ghost" activeMatch="prefix">
          我的诉求
        </Link>
      ) : null}
      {offersEnterprise(me) ? (
        <Link to="/my/registrations" className="button button--ghost" activeMatch="prefix">
          我的报名
        </Link>
      ) : null}
      {me.roles.includes('INSTITUTION_STAFF') ? (
        <Link to="/institution/dockings" className="button button--ghost" aria-current={path.startsWith('/institution/') ? 'page' : undefined}>
          机构工作台
        </Link>
      ) : null}
      {me.roles.some((r) => r === 'OPERATOR' || r === 'REVIEWER') ? (
        <Link to="/admin" className="button button--ghost" activeMatch="prefix">
          运营后台
        </Link>
      ) : null}
      {me.roles.includes('OPERATOR') ? (
        <Link to="/admin/reminders" className="button button--ghost" activeMatch="prefix">
          督办提醒
        </Link>
      ) : null}
      <NotificationBadge />
      {me.enterprise ? null : me.roles.includes('OPERATOR') || me.roles.includes('REVIEWER') ? (
        <Link to="/admin/policies" className="button button--ghost" activeMatch="prefix">
          政策管理
        </Link>
      ) : null}
      {me.roles.some((r) => r === 'SYSTEM_ADMIN' || r === 'SECURITY_ADMIN') ? (
        <Link to="/admin/partners" className="button button--ghost" activeMatch="prefix">
          合作应用
        </Link>
      ) : null}
      {me.roles.some((r) => STAFF_ROLES.includes(r)) ? (
        <Link to="/account/security" className="button button--ghost" activeMatch="exact">
          账号安全
        </Link>
      ) : null}
      <button type="button" className="button button--ghost" onClick={signOut} disabled={leaving}>
        {leaving ? '正在退出…' : '退出'}
      </button>
    </div>
  );
}

/** Compact search in the header; the full page (suggestions, facets) is /search. */
function HeaderSearch() {
  const { path, query } = useLocation();
  const [text, setText] = useState(path === '/search' ? (query.get('q') ?? '') : '');
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const q = text.trim();
    navigate(q ? `/search?q=${encodeURIComponent(q)}` : '/search');
  }
  return (
    <form className="header-search" role="search" aria-label="全站搜索" onSubmit={submit}>
      <label htmlFor="header-search-q" className="visually-hidden">
        全站搜索关键词
      </label>
      <input id="header-search-q" type="search" maxLength={100} placeholder="搜索政策、服务" value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit" className="button button--ghost header-search__button">
        搜索
      </button>
    </form>
  );
}

function SiteName() {
  const { data, loading, error } = useQuery(ViewerQuery);
  if (loading && !data) return <span className="brand__name brand__name--loading">企服</span>;
  if (error && !data) return <span className="brand__name">企业公共服务平台</span>;
  return <span className="brand__name">{data?.currentSite.name}</span>;
}

export function Layout({ children }: { children: ReactNode }) {
  const { path, query } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const [menuOpen, setMenuOpen] = useState(false);
  useTableCardLabels(main);

  // After client-side navigation, move focus to the new page so assistive technology starts reading there.
  useEffect(() => {
    setMenuOpen(false);
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [path]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        跳到主要内容
      </a>
      <header className={`site-header${menuOpen ? ' site-header--open' : ''}`}>
        <div className="site-header__bar container">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true">
              企
            </span>
            <SiteName />
          </Link>
          <button type="button" className="nav-toggle" aria-expanded={menuOpen} aria-controls="primary-nav account-menu" onClick={() => setMenuOpen((o) => !o)}>
            <span aria-hidden="true">{menuOpen ? '✕' : '☰'}</span> 菜单
          </button>
          {/* key: the box follows the URL (the query on /search, empty elsewhere) */}
          <HeaderSearch key={path === '/search' ? `q:${query.get('q') ?? ''}` : path} />
          <UserMenu />
        </div>
        <nav id="primary-nav" className={`primary-nav${menuOpen ? ' primary-nav--open' : ''}`} aria-label="服务栏目">
          <ul className="container">
            <li>
              <Link to="/" activeMatch="exact">
                首页
              </Link>
            </li>
            {COLUMN_LINKS.map((c) => (
              <li key={c.path}>
                <Link to={c.path} activeMatch="prefix" data-column={c.path.slice(1)}>
                  {c.label}
                </Link>
              </li>
            ))}
            <li>
              <Link to="/services" activeMatch="prefix">
                服务产品
              </Link>
            </li>
            <li>
              <Link to="/activities" activeMatch="prefix">
                活动
              </Link>
            </li>
          </ul>
        </nav>
      </header>
      <SessionNotice />
      <Toaster />
      <main id="main" ref={main} tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <SiteFooterContent />
        </div>
      </footer>
    </div>
  );
}
