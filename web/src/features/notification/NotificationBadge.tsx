import { useQuery, useSubscription } from '@apollo/client/react';
import { graphql } from '../../gql/index.js';
import { Link } from '../../lib/router.js';

const UnreadCountQuery = graphql(`
  query UnreadNotificationCount {
    myUnreadNotificationCount
  }
`);

const UnreadCountLive = graphql(`
  subscription UnreadNotificationCountLive {
    myUnreadNotificationCountChanged
  }
`);

/** 我的消息 in the header, with the unread count kept live over graphql-ws (one badge for every kind of notice). */
export function NotificationBadge() {
  const { data, client } = useQuery(UnreadCountQuery, { fetchPolicy: 'cache-and-network' });
  useSubscription(UnreadCountLive, {
    onData: ({ data: live }) => {
      const n = live.data?.myUnreadNotificationCountChanged;
      if (typeof n === 'number') client.writeQuery({ query: UnreadCountQuery, data: { __typename: 'Query', myUnreadNotificationCount: n } });
    },
  });
  const n = data?.myUnreadNotificationCount ?? 0;
  return (
    <Link to="/my/notifications" className="button button--ghost" activeMatch="prefix" data-testid="notification-badge">
      我的消息
      {n ? (
        <span className="badge badge--pending" aria-label={`${n} 条未读`}>
          {n > 99 ? '99+' : n}
        </span>
      ) : null}
    </Link>
  );
}
