import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { FormAlert, TextField, focusFirstInvalid } from '../../components/forms.js';
import { graphql } from '../../gql/index.js';
import { NO_ERRORS, describeRequestError, groupErrors, hasErrors, type FormErrors } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link, navigate } from '../../lib/router.js';
import { LoginMutation } from './LoginPage.js';

const AccountRegisterMutation = graphql(`
  mutation AccountRegister($input: AccountRegisterInput!) {
    accountRegister(input: $input) {
      account {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const FIELDS = ['mobile', 'email', 'displayName', 'password'] as const;
export const PASSWORD_RULE = '至少8位，且包含大写字母、小写字母、数字、符号中的至少三类。';

export function RegisterPage() {
  usePageTitle('注册账号');
  const client = useApolloClient();
  const [mobile, setMobile] = useState('');
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [register, { loading: registering }] = useMutation(AccountRegisterMutation);
  const [login, { loading: signingIn }] = useMutation(LoginMutation);
  const form = useRef<HTMLFormElement>(null);
  const busy = registering || signingIn;

  function show(e: FormErrors) {
    // Render the messages now, then move focus onto the first field at fault.
    flushSync(() => setErrors(e));
    focusFirstInvalid(form.current);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const missing: FormErrors = { fields: {}, form: [] };
    if (!mobile.trim() && !email.trim()) missing.fields.mobile = ['请填写手机号码或电子邮箱'];
    if (!displayName.trim()) missing.fields.displayName = ['请填写姓名'];
    if (!password) missing.fields.password = ['请设置密码'];
    if (hasErrors(missing)) return show(missing);
    const input = { mobile: mobile.trim() || null, email: email.trim() || null, displayName: displayName.trim(), password };
    try {
      const { data } = await register({ variables: { input } });
      const payload = data?.accountRegister;
      if (!payload) return show({ fields: {}, form: ['注册失败，请稍后重试。'] });
      if (payload.errors.length) return show(groupErrors(payload.errors, FIELDS));
      const signedIn = await login({ variables: { input: { identifier: input.mobile ?? input.email ?? '', password } } });
      if (!signedIn.data?.login.account) {
        // Registered but not signed in (should not happen): let the person sign in by hand.
        navigate('/login?next=/enterprise/register', { replace: true });
        return;
      }
      await client.resetStore();
      navigate('/enterprise/register', { replace: true });
    } catch (err) {
      show({ fields: {}, form: [describeRequestError(err)] });
    }
  }

  return (
    <div className="container page page--narrow">
      <div className="panel">
        <h1>注册账号</h1>
        <p className="panel__lead">注册后即可登记企业信息、申请平台服务。</p>
        <form ref={form} className="form" onSubmit={submit} noValidate>
          <FormAlert messages={errors.form} />
          <p className="form__note" id="contact-note">
            手机号码与电子邮箱至少填写一项，可用于登录。
          </p>
          <TextField
            name="mobile"
            label="手机号码"
            type="tel"
            inputMode="numeric"
            value={mobile}
            onValueChange={setMobile}
            autoComplete="tel"
            hint="11位大陆手机号码"
            errors={errors.fields.mobile}
          />
          <TextField name="email" label="电子邮箱" type="email" value={email} onValueChange={setEmail} autoComplete="email" errors={errors.fields.email} />
          <TextField
            name="displayName"
            label="姓名"
            value={displayName}
            onValueChange={setDisplayName}
            required
            autoComplete="name"
            maxLength={50}
            errors={errors.fields.displayName}
          />
          <TextField
            name="password"
            label="密码"
            type="password"
            value={password}
            onValueChange={setPassword}
            required
            autoComplete="new-password"
            hint={`密码规则：${PASSWORD_RULE}`}
            errors={errors.fields.password}
          />
          <button type="submit" className="button button--primary button--block" disabled={busy}>
            {registering ? '正在注册…' : signingIn ? '正在登录…' : '注册'}
          </button>
        </form>
        <p className="panel__foot">
          已有账号？<Link to="/login">直接登录</Link>
        </p>
      </div>
    </div>
  );
}
