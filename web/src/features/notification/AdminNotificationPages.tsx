import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import type { DeliveryStatus } from '../../gql/graphql.js';
import { DeliveryStatusLabel, NotificationChannelLabel } from '../../gql/labels.js';
import { formatDateTime } from '../../lib/codes.js';
import { describeRequestError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link } from '../../lib/router.js';
import { StaffOnly } from '../review/AdminHomePage.js';
import { RemindersPanel } from '../docking/Reminders.js';

/** 督办提醒: reminders to all operators (overdue and escalated dockings, demands to dispatch). */
export function AdminRemindersPage() {
  usePageTitle('督办提醒');
  return (
    <StaffOnly title="督办提醒">
      <div className="container page">
        <h1>督办提醒</h1>
        <p className="page__lead">超时升级的服务对接、需要派发的诉求等待运营人员督办的提醒；全部消息见“我的消息”。</p>
        <RemindersPanel dockingPath={() => '/admin/reminders'} demandPath={() => '/admin/reviews/demands'} />
        <p>
          <Link to="/my/notifications">我的消息</Link> · <Link to="/admin/notifications">通知发送记录</Link>
        </p>
      </div>
    </StaffOnly>
  );
}

const DeliveriesDoc = graphql(`
  query NotificationDeliveries($status: DeliveryStatus) {
    notificationDeliveries(first: 100, status: $status) {
      totalCount
      nodes {
        id
        notificationId
        channel
        status
        attempts
        reason
        address
        createdAt
        updatedAt
        sentAt
      }
    }
  }
`);

const RetryDoc = graphql(`
  mutation NotificationDeliveryRetry($id: ID!) {
    notificationDeliveryRetry(id: $id) {
      delivery {
        id
        status
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const STATUSES: DeliveryStatus[] = ['DEAD', 'FAILED', 'QUEUED', 'SENT'];

/** 通知发送记录: the e-mail / SMS delivery log with the dead-letter list (operators). */
export function DeliveryLogPage() {
  usePageTitle('通知发送记录');
  const [status, setStatus] = useState<DeliveryStatus | null>('DEAD');
  const { data, loading, error, refetch } = useQuery(DeliveriesDoc, { variables: { status }, fetchPolicy: 'cache-and-network' });
  const [retry, { loading: retrying }] = useMutation(RetryDoc);
  let body;
  if (loading && !data) body = <Loading />;
  else if (error && !data) body = <ErrorState message={`加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  else if (!data?.notificationDeliveries.nodes.length) body = <EmptyState title="没有记录" />;
  else
    body = (
      <table className="table">
        <caption>共 {data.notificationDeliveries.totalCount} 条（最近 100 条）</caption>
        <thead>
          <tr>
            <th scope="col">渠道</th>
            <th scope="col">地址</th>
            <th scope="col">状态</th>
            <th scope="col">尝试次数</th>
            <th scope="col">原因</th>
            <th scope="col">更新时间</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {data.notificationDeliveries.nodes.map((d) => (
            <tr key={d.id}>
              <td>{NotificationChannelLabel[d.channel]}</td>
              <td>{d.address ?? '—'}</td>
              <td>{DeliveryStatusLabel[d.status]}</td>
              <td>{d.attempts}</td>
              <td>{d.reason ?? ''}</td>
              <td>{formatDateTime(String(d.updatedAt))}</td>
              <td>
                {d.status === 'DEAD' || d.status === 'FAILED' ? (
                  <button
                    type="button"
                    className="button button--ghost"
                    disabled={retrying}
                    onClick={() => void retry({ variables: { id: d.id } }).then(() => refetch())}
                  >
                    重新发送
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  return (
    <StaffOnly title="通知发送记录">
      <div className="container page">
        <h1>通知发送记录</h1>
        <p className="page__lead">每条通知的邮件和短信发送状态；多次重试仍失败的进入“多次重试失败”列表，可在修正后重新发送。</p>
        <div className="inbox-toolbar" role="group" aria-label="按状态筛选">
          {STATUSES.map((s) => (
            <button
              key={s}
              type="button"
              className={`button ${status === s ? 'button--secondary' : 'button--ghost'}`}
              aria-pressed={status === s}
              onClick={() => setStatus(s)}
            >
              {DeliveryStatusLabel[s]}
            </button>
          ))}
          <button
            type="button"
            className={`button ${status === null ? 'button--secondary' : 'button--ghost'}`}
            aria-pressed={status === null}
            onClick={() => setStatus(null)}
          >
            全部
          </button>
        </div>
        {body}
      </div>
    </StaffOnly>
  );
}
