import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import type { ViewerQuery as ViewerData } from '../gql/graphql.js';
import { describeRequestError } from '../lib/errors.js';
import { Link } from '../lib/router.js';
import { ViewerQuery } from '../lib/viewer.js';
import { EmptyState, ErrorState, Loading } from './status.js';

export type Me = NonNullable<ViewerData['me']>;

/** Renders `children(me)` for a signed-in account that passes `allowed`; otherwise a sign-in link or an explanation. */
export function Gate({
  next,
  allowed,
  refusal,
  children,
}: {
  next: string;
  allowed: (me: Me) => boolean;
  refusal: ReactNode;
  children: (me: Me) => ReactNode;
}) {
  const { data, loading, error, refetch } = useQuery(ViewerQuery);
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState message={`账号信息加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  const me = data?.me;
  if (!me) {
    return (
      <EmptyState title="请先登录">
        <Link to={`/login?next=${encodeURIComponent(next)}`} className="button button--primary">
          登录
        </Link>
      </EmptyState>
    );
  }
  if (!allowed(me)) return <>{refusal}</>;
  return <>{children(me)}</>;
}

export const isOperator = (me: Me) => me.roles.includes('OPERATOR');
export const isEditor = (me: Me) => me.roles.includes('OPERATOR') || me.roles.includes('REVIEWER');
