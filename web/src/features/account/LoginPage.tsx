import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { FormAlert, TextField, focusFirstInvalid } from '../../components/forms.js';
import { graphql } from '../../gql/index.js';
import { NO_ERRORS, describeRequestError, groupErrors, hasErrors, type FormErrors } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link, navigate, safeNext, useLocation } from '../../lib/router.js';

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      account {
        id
        roles
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const FIELDS = ['identifier', 'password', 'totpCode'] as const;

export function LoginPage() {
  usePageTitle('登录');
  const client = useApolloClient();
  const { query } = useLocation();
  const next = safeNext(query.get('next'));
  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');
  // Staff who bound an authenticator are asked for its code after the password (TOTP_REQUIRED).
  const [totpCode, setTotpCode] = useState('');
  const [needsCode, setNeedsCode] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [login, { loading }] = useMutation(LoginMutation);
  const form = useRef<HTMLFormElement>(null);

  function show(e: FormErrors) {
    // Render the messages now, then move focus onto the first field at fault.
    flushSync(() => setErrors(e));
    focusFirstInvalid(form.current);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const missing: FormErrors = { fields: {}, form: [] };
    if (!identifier.trim()) missing.fields.identifier = ['请输入手机号码或电子邮箱'];
    if (!password) missing.fields.password = ['请输入密码'];
    if (hasErrors(missing)) return show(missing);
    try {
      const { data } = await login({ variables: { input: { identifier: identifier.trim(), password, totpCode: needsCode ? totpCode.trim() : null } } });
      const payload = data?.login;
      if (!payload) return show({ fields: {}, form: ['登录失败，请稍后重试。'] });
      if (payload.errors.some((er) => er.code === 'TOTP_REQUIRED' || er.code === 'TOTP_INVALID')) flushSync(() => setNeedsCode(true));
      if (payload.errors.length) return show(groupErrors(payload.errors, FIELDS));
      // The session cookie is set now: drop anything cached while signed out.
      await client.resetStore();
      const roles = payload.account?.roles ?? [];
      navigate(next ?? (roles.length === 0 ? '/enterprise' : '/'), { replace: true });
    } catch (err) {
      show({ fields: {}, form: [describeRequestError(err)] });
    }
  }

  return (
    <div className="container page page--narrow">
      <div className="panel">
        <h1>登录</h1>
        <p className="panel__lead">使用注册时的手机号码或电子邮箱登录。</p>
        <form ref={form} className="form" onSubmit={submit} noValidate aria-describedby={errors.form.length ? 'login-alert' : undefined}>
          <div id="login-alert">
            <FormAlert messages={errors.form} />
          </div>
          <TextField
            name="identifier"
            label="手机号码或电子邮箱"
            value={identifier}
            onValueChange={setIdentifier}
            required
            autoComplete="username"
            errors={errors.fields.identifier}
          />
          <TextField
            name="password"
            label="密码"
            type="password"
            value={password}
            onValueChange={setPassword}
            required
            autoComplete="current-password"
            errors={errors.fields.password}
          />
          {needsCode && (
            <TextField
              name="totpCode"
              label="动态口令"
              value={totpCode}
              onValueChange={setTotpCode}
              required
              autoComplete="one-time-code"
              errors={errors.fields.totpCode}
            />
          )}
          <button type="submit" className="button button--primary button--block" disabled={loading}>
            {loading ? '正在登录…' : '登录'}
          </button>
        </form>
        <p className="panel__foot">
          <Link to="/password/reset">忘记密码？</Link>
        </p>
        <p className="panel__foot">
          还没有账号？<Link to="/register">立即注册</Link>
        </p>
      </div>
    </div>
  );
}
