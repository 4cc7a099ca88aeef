import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import type { NotificationKind, NotificationPreferencesQuery } from '../../gql/graphql.js';
import { NotificationKindLabel } from '../../gql/labels.js';
import { describeRequestError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link, useLocation } from '../../lib/router.js';

const PreferencesDoc = graphql(`
  query NotificationPreferences {
    me {
      id
    }
    myNotificationPreferences {
      quietStart
      quietEnd
      emailDailyCap
      smsDailyCap
      hasEmail
      hasMobile
      kinds {
        kind
        email
        sms
      }
    }
  }
`);

const UpdateDoc = graphql(`
  mutation NotificationPreferencesUpdate($input: NotificationPreferencesInput!) {
    myNotificationPreferencesUpdate(input: $input) {
      preferences {
        quietStart
        quietEnd
        emailDailyCap
        smsDailyCap
        kinds {
          kind
          email
          sms
        }
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

type Prefs = NotificationPreferencesQuery['myNotificationPreferences'];

function PreferencesForm({ prefs }: { prefs: Prefs }) {
  const [quietStart, setQuietStart] = useState(prefs.quietStart);
  const [quietEnd, setQuietEnd] = useState(prefs.quietEnd);
  const [emailCap, setEmailCap] = useState(String(prefs.emailDailyCap));
  const [smsCap, setSmsCap] = useState(String(prefs.smsDailyCap));
  const [kinds, setKinds] = useState(prefs.kinds);
  const [message, setMessage] = useState('');
  const [update, { loading }] = useMutation(UpdateDoc);
  const toggle = (kind: NotificationKind, channel: 'email' | 'sms') =>
    setKinds((ks) => ks.map((k) => (k.kind === kind ? { ...k, [channel]: !k[channel] } : k)));
  async function save(e: FormEvent) {
    e.preventDefault();
    setMessage('');
    try {
      const r = await update({
        variables: {
          input: {
            quietStart,
            quietEnd,
            emailDailyCap: Number(emailCap),
            smsDailyCap: Number(smsCap),
            channels: kinds.flatMap((k) => [
              { kind: k.kind, channel: 'EMAIL' as const, enabled: k.email },
              { kind: k.kind, channel: 'SMS' as const, enabled: k.sms },
            ]),
          },
        },
      });
      const errors = r.data?.myNotificationPreferencesUpdate.errors ?? [];
      setMessage(errors.length ? errors.map((x) => x.message).join('；') : '已保存');
    } catch (err) {
      setMessage(describeRequestError(err));
    }
  }
  return (
    <form onSubmit={(e) => void save(e)} className="form">
      {!prefs.hasEmail ? <p className="notice">账号未设置电子邮箱，邮件通知无法送达。</p> : null}
      {!prefs.hasMobile ? <p className="notice">账号未设置手机号，短信通知无法送达。</p> : null}
      <fieldset>
        <legend>免打扰时段（北京时间）</legend>
        <p className="hint">时段内非紧急的邮件和短信将在结束后发送；站内消息照常。开始与结束相同表示不设免打扰。</p>
        <label>
          开始 <input type="time" value={quietStart} onChange={(e) => setQuietStart(e.target.value)} required />
        </label>{' '}
        <label>
          结束 <input type="time" value={quietEnd} onChange={(e) => setQuietEnd(e.target.value)} required />
        </label>
      </fieldset>
      <fieldset>
        <legend>每日上限</legend>
        <label>
          邮件 <input type="number" min={0} max={200} value={emailCap} onChange={(e) => setEmailCap(e.target.value)} /> 封
        </label>{' '}
        <label>
          短信 <input type="number" min={0} max={50} value={smsCap} onChange={(e) => setSmsCap(e.target.value)} /> 条
        </label>
      </fieldset>
      <table className="table">
        <caption>各类消息的通知渠道（站内消息始终开启）</caption>
        <thead>
          <tr>
            <th scope="col">消息类型</th>
            <th scope="col">邮件</th>
            <th scope="col">短信</th>
          </tr>
        </thead>
        <tbody>
          {kinds.map((k) => (
            <tr key={k.kind}>
              <th scope="row">{NotificationKindLabel[k.kind]}</th>
              <td>
                <input type="checkbox" aria-label={`${NotificationKindLabel[k.kind]} 邮件`} checked={k.email} onChange={() => toggle(k.kind, 'email')} />
              </td>
              <td>
                <input type="checkbox" aria-label={`${NotificationKindLabel[k.kind]} 短信`} checked={k.sms} onChange={() => toggle(k.kind, 'sms')} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="submit" className="button button--primary" disabled={loading}>
        {loading ? '正在保存…' : '保存设置'}
      </button>
      {message ? (
        <p role="status" className="hint">
          {message}
        </p>
      ) : null}
    </form>
  );
}

/** 通知设置: per kind and channel, quiet hours and daily caps. */
export function NotificationPreferencesPage() {
  usePageTitle('通知设置');
  const { path } = useLocation();
  const { data, loading, error, refetch } = useQuery(PreferencesDoc, { fetchPolicy: 'network-only' });
  let body;
  if (loading && !data) body = <Loading />;
  else if (error && !data) {
    body = /登录|UNAUTHENTICATED/.test(describeRequestError(error)) ? (
      <EmptyState title="请先登录">
        <Link to={`/login?next=${encodeURIComponent(path)}`} className="button button--primary">
          登录
        </Link>
      </EmptyState>
    ) : (
      <ErrorState message={`设置加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />
    );
  } else if (data) body = <PreferencesForm prefs={data.myNotificationPreferences} />;
  return (
    <div className="container page">
      <nav aria-label="面包屑" className="breadcrumb">
        <Link to="/my/notifications">我的消息</Link> <span aria-hidden="true">›</span> <span>通知设置</span>
      </nav>
      <h1>通知设置</h1>
      {body}
    </div>
  );
}
