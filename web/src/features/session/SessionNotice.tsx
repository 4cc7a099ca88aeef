import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { Link, useLocation } from '../../lib/router.js';
import { ViewerQuery } from '../../lib/viewer.js';
import { observeViewer, useSessionExpired } from './session.js';

/** A banner when the session ended: sign in again and come back to this page. */
export function SessionNotice() {
  const { data } = useQuery(ViewerQuery);
  const client = useApolloClient();
  const expired = useSessionExpired();
  const { path, query } = useLocation();
  const signedIn = data ? Boolean(data.me) : null;

  useEffect(() => {
    if (signedIn !== null) observeViewer(signedIn);
  }, [signedIn]);

  // An operation was refused for want of a session: the header must stop showing the old account.
  useEffect(() => {
    if (expired && signedIn) void client.refetchQueries({ include: [ViewerQuery] });
  }, [expired, signedIn, client]);

  if (data?.me?.secondFactorSetupRequired && path !== '/account/security') {
    return (
      <div className="session-notice" role="alert">
        <div className="container">
          <span>为保障平台安全，请先绑定动态口令；绑定后才能使用管理功能。</span>{' '}
          <Link to="/account/security" className="button button--primary">
            立即绑定
          </Link>
        </div>
      </div>
    );
  }
  if (!expired || path === '/login') return null;
  const search = query.toString();
  const here = search ? `${path}?${search}` : path;
  return (
    <div className="session-notice" role="alert">
      <div className="container">
        <span>登录已过期，请重新登录后继续。</span>{' '}
        <Link to={`/login?next=${encodeURIComponent(here)}`} className="button button--primary">
          重新登录
        </Link>
      </div>
    </div>
  );
}
