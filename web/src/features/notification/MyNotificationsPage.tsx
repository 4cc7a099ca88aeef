import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useFetchMore } from '../../components/paging.js';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import type { MyNotificationsQuery } from '../../gql/graphql.js';
import { DeliveryStatusLabel, NotificationChannelLabel, NotificationKindLabel } from '../../gql/labels.js';
import { formatDateTime } from '../../lib/codes.js';
import { describeRequestError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link, useLocation } from '../../lib/router.js';
import { ViewerQuery } from '../../lib/viewer.js';

const MyNotificationsDoc = graphql(`
  query MyNotifications($unreadOnly: Boolean, $first: Int, $after: String) {
    myUnreadNotificationCount
    myNotifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
      totalCount
      nodes {
        id
        kind
        title
        body
        link
        createdAt
        readAt
        deliveries {
          channel
          status
          reason
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const NotificationArrived = graphql(`
  subscription MyNotificationArrived {
    myNotificationReceived {
      id
      title
    }
  }
`);

const MarkRead = graphql(`
  mutation MyNotificationsMarkRead($input: NotificationsMarkReadInput!) {
    myNotificationsMarkRead(input: $input) {
      unreadCount
      errors {
        code
        field
        message
      }
    }
  }
`);

const MarkAllRead = graphql(`
  mutation MyNotificationsMarkAllRead {
    myNotificationsMarkAllRead {
      unreadCount
      errors {
        code
        field
        message
      }
    }
  }
`);

type Item = MyNotificationsQuery['myNotifications']['nodes'][number];
const PAGE_SIZE = 20;

function NotificationRow({ n, onRead }: { n: Item; onRead: () => void }) {
  const [markRead, { loading }] = useMutation(MarkRead);
  const unread = !n.readAt;
  const read = () => void markRead({ variables: { input: { ids: [n.id] } } }).then(onRead);
  return (
    <article className={`policy-item inbox-item${unread ? ' inbox-item--unread' : ''}`} data-testid="notification">
      <h3 className="policy-item__title">
        {unread ? <span className="badge badge--pending">未读</span> : <span className="visually-hidden">已读</span>}{' '}
        {n.link ? (
          <Link to={n.link} onClick={() => (unread ? read() : undefined)}>
            {n.title}
          </Link>
        ) : (
          n.title
        )}
      </h3>
      {n.body ? <p className="inbox-item__body">{n.body}</p> : null}
      <p className="policy-item__meta">
        <span className="tag">{NotificationKindLabel[n.kind]}</span>
        <time dateTime={String(n.createdAt)}>{formatDateTime(String(n.createdAt))}</time>
        {n.deliveries.map((d) => (
          <span key={d.channel} title={d.reason ?? undefined}>
            {NotificationChannelLabel[d.channel]}：{DeliveryStatusLabel[d.status]}
            {d.reason ? `（${d.reason}）` : ''}
          </span>
        ))}
      </p>
      {unread ? (
        <div className="inbox-item__actions">
          <button type="button" className="button button--ghost" disabled={loading} onClick={read}>
            标为已读
          </button>
        </div>
      ) : null}
    </article>
  );
}

function NotificationList({ unreadOnly }: { unreadOnly: boolean }) {
  const query = useQuery(MyNotificationsDoc, { variables: { unreadOnly, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const { data, loading, error, refetch } = query;
  const [markAll, { loading: markingAll }] = useMutation(MarkAllRead, { refetchQueries: ['UnreadNotificationCount'] });
  const control = useFetchMore(query, data?.myNotifications);
  useSubscription(NotificationArrived, { onData: () => void refetch() });
  if (loading && !data) return <Loading label="正在加载消息…" />;
  if (error && !data) return <ErrorState message={`消息加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  if (!data) return null;
  const items = data.myNotifications.nodes;
  const refresh = () => void refetch();
  return (
    <>
      <div className="inbox-toolbar">
        <p className="search-count" data-testid="notifications-unread">
          未读 {data.myUnreadNotificationCount} 条，共 {data.myNotifications.totalCount} 条
        </p>
        <Link to={unreadOnly ? '/my/notifications' : '/my/notifications?unread=1'} className="button button--ghost">
          {unreadOnly ? '显示全部' : '只看未读'}
        </Link>
        {data.myUnreadNotificationCount ? (
          <button type="button" className="button button--secondary" disabled={markingAll} onClick={() => void markAll().then(refresh)}>
            全部标为已读
          </button>
        ) : null}
        <Link to="/my/notifications/preferences" className="button button--ghost">
          通知设置
        </Link>
      </div>
      {items.length ? (
        <ul className="policy-list" aria-live="polite">
          {items.map((n) => (
            <li key={n.id}>
              <NotificationRow n={n} onRead={refresh} />
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title={unreadOnly ? '没有未读消息' : '暂无消息'}>
          <p>服务对接、诉求、审核结果、活动和政策推送等消息都会出现在这里。</p>
        </EmptyState>
      )}
      {control}
    </>
  );
}

/** 我的消息: every notification of the signed-in person, whatever their role, newest first. */
export function MyNotificationsPage() {
  usePageTitle('我的消息');
  const { path, query } = useLocation();
  const { data, loading } = useQuery(ViewerQuery);
  let body;
  if (loading && !data) body = <Loading />;
  else if (!data?.me)
    body = (
      <EmptyState title="请先登录">
        <Link to={`/login?next=${encodeURIComponent(path)}`} className="button button--primary">
          登录
        </Link>
      </EmptyState>
    );
  else body = <NotificationList unreadOnly={query.get('unread') === '1'} />;
  return (
    <div className="container page">
      <h1>我的消息</h1>
      <p className="page__lead">与您有关的对接进展、提醒督办、诉求、审核结果、活动和政策推送，保留180天。</p>
      {body}
    </div>
  );
}
