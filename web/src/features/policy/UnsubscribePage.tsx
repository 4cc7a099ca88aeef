import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { EmptyState } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import { describeRequestError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link, useLocation } from '../../lib/router.js';
import './policy.css';

const UnsubscribeMutation = graphql(`
  mutation PolicyUnsubscribe($input: PolicyUnsubscribeInput!) {
    policySubscriptionUnsubscribe(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

/** The link printed in e-mails and SMS (`/unsubscribe?token=…`): works without signing in. */
export function UnsubscribePage() {
  usePageTitle('退订政策推送');
  const { query } = useLocation();
  const token = query.get('token') ?? '';
  const [unsubscribe, { loading }] = useMutation(UnsubscribeMutation);
  const [state, setState] = useState<{ done: boolean; error: string }>({ done: false, error: '' });

  async function confirm() {
    try {
      const { data } = await unsubscribe({ variables: { input: { token } } });
      const errors = data?.policySubscriptionUnsubscribe.errors ?? [];
      setState(errors.length ? { done: false, error: errors.map((e) => e.message).join('；') } : { done: true, error: '' });
    } catch (err) {
      setState({ done: false, error: describeRequestError(err) });
    }
  }

  let body;
  if (!token) body = <EmptyState title="退订链接不完整">请使用邮件或短信中的完整链接。</EmptyState>;
  else if (state.done) {
    body = (
      <EmptyState title="已退订">
        <p>该订阅不会再向您推送新政策。您可以登录后在“政策订阅”中重新订阅。</p>
        <Link to="/policy" className="button button--secondary">
          浏览政策
        </Link>
      </EmptyState>
    );
  } else {
    body = (
      <div className="panel">
        <p>确认后，这条订阅将不再通过站内消息、邮件或短信推送新政策。</p>
        {state.error ? (
          <p className="field-error" role="alert" data-testid="form-error">
            {state.error}
          </p>
        ) : null}
        <button type="button" className="button button--primary" onClick={() => void confirm()} disabled={loading}>
          {loading ? '正在退订…' : '确认退订'}
        </button>
      </div>
    );
  }
  return (
    <div className="container page page--narrow">
      <h1>退订政策推送</h1>
      {body}
    </div>
  );
}
