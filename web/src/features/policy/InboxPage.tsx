import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { useFetchMore } from '../../components/paging.js';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import type { InboxQuery } from '../../gql/graphql.js';
import { formatDateTime } from '../../lib/codes.js';
import { describeRequestError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link, useLocation } from '../../lib/router.js';
import { Gate, NoEnterprise, REASON_LABELS } from './common.js';

const InboxQueryDoc = graphql(`
  query Inbox($unreadOnly: Boolean, $first: Int, $after: String) {
    notificationUnreadCount
    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
      totalCount
      nodes {
        id
        title
        reason
        policyVersion
        createdAt
        readAt
        policy {
          id
          title
        }
        subscription {
          id
          name
          active
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const NotificationLive = graphql(`
  subscription NotificationLive {
    notificationReceived {
      id
      title
    }
  }
`);

const MarkReadMutation = graphql(`
  mutation NotificationMarkRead($input: NotificationMarkReadInput!) {
    notificationMarkRead(input: $input) {
      unreadCount
      errors {
        code
        field
        message
      }
    }
  }
`);

const UnsubscribeMutation = graphql(`
  mutation InboxUnsubscribe($input: PolicySubscriptionDeleteInput!) {
    policySubscriptionDelete(input: $input) {
      subscription {
        id
        active
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

type Item = InboxQuery['notifications']['nodes'][number];
const PAGE_SIZE = 20;

function NotificationItem({ n, onChanged }: { n: Item; onChanged: () => void }) {
  const [markRead, { loading: marking }] = useMutation(MarkReadMutation);
  const [unsubscribe, { loading: leaving }] = useMutation(UnsubscribeMutation);
  const [error, setError] = useState('');
  async function run(task: () => Promise<readonly { message: string }[] | undefined>) {
    setError('');
    try {
      const errors = (await task()) ?? [];
      if (errors.length) setError(errors.map((e) => e.message).join('；'));
      else onChanged();
    } catch (err) {
      setError(describeRequestError(err));
    }
  }
  const unread = !n.readAt;
  return (
    <article className={`policy-item inbox-item${unread ? ' inbox-item--unread' : ''}`} data-testid="inbox-item">
      <h3 className="policy-item__title">
        {unread ? <span className="badge badge--pending">未读</span> : <span className="visually-hidden">已读</span>}{' '}
        {n.policy ? (
          <Link
            to={`/policy/${encodeURIComponent(n.policy.id)}`}
            onClick={() => {
              if (unread) void markRead({ variables: { input: { notificationIds: [n.id] } } });
            }}
          >
            {n.title}
          </Link>
        ) : (
          <span>{n.title}（政策已撤回）</span>
        )}
      </h3>
      <p className="policy-item__meta">
        <span>{REASON_LABELS[n.reason]}</span>
        {n.policyVersion > 1 ? <span>第 {n.policyVersion} 版</span> : null}
        <time dateTime={String(n.createdAt)}>{formatDateTime(String(n.createdAt))}</time>
        {n.subscription ? <span>来自订阅「{n.subscription.name}」</span> : null}
      </p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="inbox-item__actions">
        {unread ? (
          <button
            type="button"
            className="button button--ghost"
            disabled={marking}
            onClick={() => void run(async () => (await markRead({ variables: { input: { notificationIds: [n.id] } } })).data?.notificationMarkRead.errors)}
          >
            标为已读
          </button>
        ) : null}
        {n.subscription?.active ? (
          <button
            type="button"
            className="button button--ghost"
            disabled={leaving}
            onClick={() =>
              void run(async () => (await unsubscribe({ variables: { input: { subscriptionId: n.subscription!.id } } })).data?.policySubscriptionDelete.errors)
            }
          >
            退订「{n.subscription.name}」
          </button>
        ) : n.subscription ? (
          <span className="hint">已退订</span>
        ) : null}
      </div>
    </article>
  );
}

function Inbox({ unreadOnly }: { unreadOnly: boolean }) {
  const query = useQuery(InboxQueryDoc, { variables: { unreadOnly, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const { data, loading, error, refetch } = query;
  const [arrived, setArrived] = useState<string[]>([]);
  const [markAll, { loading: markingAll }] = useMutation(MarkReadMutation);
  const control = useFetchMore(query, data?.notifications);
  // Live push (B4): a new notification over graphql-ws reloads the first page.
  useSubscription(NotificationLive, {
    onData: ({ data: live }) => {
      const title = live.data?.notificationReceived.title;
      if (title) setArrived((a) => [title, ...a].slice(0, 3));
      void refetch();
    },
  });

  if (loading && !data) return <Loading label="正在加载消息…" />;
  if (error && !data) return <ErrorState message={`消息加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  if (!data) return null;
  const items = data.notifications.nodes;
  return (
    <>
      <div aria-live="polite" className="inbox-live">
        {arrived.map((t, i) => (
          <p key={`${t}-${i}`} className="notice" data-testid="inbox-arrived">
            新消息：{t}
          </p>
        ))}
      </div>
      <div className="inbox-toolbar">
        <p className="search-count" data-testid="inbox-unread">
          未读 {data.notificationUnreadCount} 条，共 {data.notifications.totalCount} 条
        </p>
        <Link to={unreadOnly ? '/my/inbox' : '/my/inbox?unread=1'} className="button button--ghost">
          {unreadOnly ? '显示全部' : '只看未读'}
        </Link>
        {data.notificationUnreadCount ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={markingAll}
            onClick={() => void markAll({ variables: { input: { all: true } } }).then(() => refetch())}
          >
            全部标为已读
          </button>
        ) : null}
        <Link to="/policy/subscriptions" className="button button--ghost">
          管理订阅
        </Link>
      </div>
      {items.length ? (
        <ul className="policy-list">
          {items.map((n) => (
            <li key={n.id}>
              <NotificationItem n={n} onChanged={() => void refetch()} />
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title={unreadOnly ? '没有未读消息' : '暂无消息'}>
          <p>
            <Link to="/policy/subscriptions">订阅政策</Link>后，新发布的政策符合条件时会出现在这里。
          </p>
        </EmptyState>
      )}
      {control}
    </>
  );
}

export function InboxPage() {
  usePageTitle('我的消息');
  const { query } = useLocation();
  const unreadOnly = query.get('unread') === '1';
  return (
    <div className="container page">
      <h1>我的消息</h1>
      <p className="page__lead">政策推送：符合订阅条件或经精准匹配可能符合申报条件的新政策。</p>
      <Gate next="/my/inbox" allowed={(me) => !!me.enterprise} refusal={<NoEnterprise />}>
        {() => <Inbox key={String(unreadOnly)} unreadOnly={unreadOnly} />}
      </Gate>
    </div>
  );
}
