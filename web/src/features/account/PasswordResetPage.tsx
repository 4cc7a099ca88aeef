import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { FormAlert, TextField, focusFirstInvalid } from '../../components/forms.js';
import { showSuccess } from '../../components/feedback.js';
import { graphql } from '../../gql/index.js';
import { NO_ERRORS, describeRequestError, groupErrors, hasErrors, type FormErrors } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link, navigate } from '../../lib/router.js';

const PasswordResetRequestMutation = graphql(`
  mutation PasswordResetRequest($input: PasswordResetRequestInput!) {
    passwordResetRequest(input: $input) {
      accepted
      errors {
        code
        field
        message
      }
    }
  }
`);

const PasswordResetConfirmMutation = graphql(`
  mutation PasswordResetConfirm($input: PasswordResetConfirmInput!) {
    passwordResetConfirm(input: $input) {
      reset
      errors {
        code
        field
        message
      }
    }
  }
`);

const FIELDS = ['identifier', 'code', 'newPassword', 'repeat'] as const;

/** 忘记密码: a code to the account's mobile (SMS) or e-mail, then a new password. */
export function PasswordResetPage() {
  usePageTitle('找回密码');
  const [identifier, setIdentifier] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [request, { loading: requesting }] = useMutation(PasswordResetRequestMutation);
  const [confirm, { loading: confirming }] = useMutation(PasswordResetConfirmMutation);
  const form = useRef<HTMLFormElement>(null);

  function show(e: FormErrors) {
    flushSync(() => setErrors(e));
    focusFirstInvalid(form.current);
  }

  async function sendCode(e?: FormEvent) {
    e?.preventDefault();
    const id = identifier.trim();
    if (!id) return show({ fields: { identifier: ['请输入注册时的手机号码或电子邮箱'] }, form: [] });
    try {
      const { data } = await request({ variables: { input: { identifier: id } } });
      const payload = data?.passwordResetRequest;
      if (!payload) return show({ fields: {}, form: ['发送失败，请稍后重试。'] });
      if (payload.errors.length) return show(groupErrors(payload.errors, FIELDS));
      flushSync(() => {
        setErrors(NO_ERRORS);
        setSentTo(id);
      });
      form.current?.querySelector<HTMLInputElement>('input[name="code"]')?.focus();
    } catch (err) {
      show({ fields: {}, form: [describeRequestError(err)] });
    }
  }

  async function reset(e: FormEvent) {
    e.preventDefault();
    const missing: FormErrors = { fields: {}, form: [] };
    if (!/^\d{6}$/.test(code.trim())) missing.fields.code = ['请输入收到的6位验证码'];
    if (!newPassword) missing.fields.newPassword = ['请输入新密码'];
    else if (newPassword !== repeat) missing.fields.repeat = ['两次输入的密码不一致'];
    if (hasErrors(missing)) return show(missing);
    try {
      const { data } = await confirm({ variables: { input: { identifier: sentTo!, code: code.trim(), newPassword } } });
      const payload = data?.passwordResetConfirm;
      if (!payload) return show({ fields: {}, form: ['重置失败，请稍后重试。'] });
      if (payload.errors.length) return show(groupErrors(payload.errors, FIELDS));
      showSuccess('密码已重置，所有设备上的登录均已退出，请使用新密码登录');
      navigate('/login', { replace: true });
    } catch (err) {
      show({ fields: {}, form: [describeRequestError(err)] });
    }
  }

  const channel = sentTo && sentTo.includes('@') ? '电子邮箱' : '手机';
  return (
    <div className="container page page--narrow">
      <div className="panel">
        <h1>找回密码</h1>
        {sentTo === null ? (
          <>
            <p className="panel__lead">输入注册时的手机号码或电子邮箱，我们将发送6位验证码（10分钟内有效）。</p>
            <form ref={form} className="form" onSubmit={sendCode} noValidate>
              <FormAlert messages={errors.form} />
              <TextField
                name="identifier"
                label="手机号码或电子邮箱"
                value={identifier}
                onValueChange={setIdentifier}
                required
                autoComplete="username"
                errors={errors.fields.identifier}
              />
              <button type="submit" className="button button--primary button--block" disabled={requesting}>
                {requesting ? '正在发送…' : '发送验证码'}
              </button>
            </form>
          </>
        ) : (
          <>
            <p className="panel__lead" role="status">
              如果 {sentTo} 是已注册的账号，验证码已发送到该{channel}，10分钟内有效，最多可尝试5次。
            </p>
            <form ref={form} className="form" onSubmit={reset} noValidate>
              <FormAlert messages={errors.form} />
              <TextField
                name="code"
                label="验证码"
                value={code}
                onValueChange={setCode}
                required
                inputMode="numeric"
                maxLength={6}
                autoComplete="one-time-code"
                errors={errors.fields.code}
              />
              <TextField
                name="newPassword"
                label="新密码"
                type="password"
                value={newPassword}
                onValueChange={setNewPassword}
                required
                autoComplete="new-password"
                hint="至少8位，包含大写字母、小写字母、数字、符号中的至少三类，且不易被猜到"
                errors={errors.fields.newPassword}
              />
              <TextField
                name="repeat"
                label="再次输入新密码"
                type="password"
                value={repeat}
                onValueChange={setRepeat}
                required
                autoComplete="new-password"
                errors={errors.fields.repeat}
              />
              <button type="submit" className="button button--primary button--block" disabled={confirming}>
                {confirming ? '正在重置…' : '重置密码'}
              </button>
            </form>
            <p className="panel__foot">
              没有收到？
              <button type="button" className="button button--ghost" onClick={() => void sendCode()} disabled={requesting}>
                重新发送验证码
              </button>
            </p>
          </>
        )}
        <p className="panel__foot">
          想起密码了？<Link to="/login">返回登录</Link>
        </p>
      </div>
    </div>
  );
}
