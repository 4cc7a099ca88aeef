import { useMutation } from '@apollo/client/react';
import { useEffect } from 'react';
import { Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import { NotificationKindLabel } from '../../gql/labels.js';
import { usePageTitle } from '../../lib/page.js';
import { Link, useLocation } from '../../lib/router.js';

const UnsubscribeDoc = graphql(`
  mutation NotificationUnsubscribe($token: String!) {
    notificationUnsubscribe(token: $token) {
      kind
      errors {
        code
        field
        message
      }
    }
  }
`);

/** The unsubscribe link of an e-mail: that kind of notice stops by e-mail and SMS, without signing in. */
export function NotificationUnsubscribePage() {
  usePageTitle('退订通知');
  const { query } = useLocation();
  const token = query.get('token') ?? '';
  const [run, { data, loading, error, called }] = useMutation(UnsubscribeDoc);
  useEffect(() => {
    if (token && !called) void run({ variables: { token } });
  }, [token, called, run]);
  const r = data?.notificationUnsubscribe;
  return (
    <div className="container page">
      <h1>退订通知</h1>
      {loading || (!r && !error && token) ? <Loading label="正在退订…" /> : null}
      {r?.kind ? <p role="status">已退订“{NotificationKindLabel[r.kind]}”的邮件和短信通知，站内消息仍会保留。</p> : null}
      {!token || r?.errors.length || error ? <p role="alert">退订链接无效或已损坏。您也可以登录后在“通知设置”中调整。</p> : null}
      <p>
        <Link to="/my/notifications/preferences">通知设置</Link>
      </p>
    </div>
  );
}
