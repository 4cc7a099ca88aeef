import { useApolloClient, useMutation } from '@apollo/client/react';
import QRCode from 'qrcode';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { FormAlert, TextField, focusFirstInvalid } from '../../components/forms.js';
import { Gate } from '../../components/gate.js';
import { graphql } from '../../gql/index.js';
import { NO_ERRORS, describeRequestError, groupErrors, type FormErrors } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { STAFF_ROLES, ViewerQuery } from '../../lib/viewer.js';

const TotpEnrolMutation = graphql(`
  mutation TotpEnrol {
    totpEnrol {
      enrolment {
        secret
        uri
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const TotpConfirmMutation = graphql(`
  mutation TotpConfirm($input: TotpConfirmInput!) {
    totpConfirm(input: $input) {
      enabled
      errors {
        code
        field
        message
      }
    }
  }
`);

/** 账号安全: staff bind an authenticator app (TOTP) as their second factor. */
export function AccountSecurityPage() {
  usePageTitle('账号安全');
  return (
    <div className="container page page--narrow">
      <Gate next="/account/security" allowed={() => true} refusal={null}>
        {(me) =>
          me.roles.some((r) => STAFF_ROLES.includes(r)) ? (
            <TotpBinding required={me.secondFactorSetupRequired} />
          ) : (
            <div className="panel">
              <h1>账号安全</h1>
              <p>动态口令（第二重身份验证）供平台运营人员、审核人和管理员使用；企业和服务机构账号无需绑定。</p>
            </div>
          )
        }
      </Gate>
    </div>
  );
}

function TotpBinding({ required }: { required: boolean }) {
  const client = useApolloClient();
  const [enrol, { loading: enrolling }] = useMutation(TotpEnrolMutation);
  const [confirm, { loading: confirming }] = useMutation(TotpConfirmMutation);
  const [enrolment, setEnrolment] = useState<{ secret: string; uri: string } | null>(null);
  const [qr, setQr] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [done, setDone] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (!enrolment) return;
    let live = true;
    void QRCode.toDataURL(enrolment.uri, { margin: 1, width: 200 }).then((url) => live && setQr(url));
    return () => {
      live = false;
    };
  }, [enrolment]);

  async function start() {
    setErrors(NO_ERRORS);
    try {
      const { data } = await enrol();
      const payload = data?.totpEnrol;
      if (payload?.errors.length) return setErrors(groupErrors(payload.errors, []));
      if (payload?.enrolment) setEnrolment(payload.enrolment);
    } catch (err) {
      setErrors({ fields: {}, form: [describeRequestError(err)] });
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const show = (next: FormErrors) => {
      flushSync(() => setErrors(next));
      focusFirstInvalid(form.current);
    };
    if (!/^\d{6}$/.test(code.trim())) return show({ fields: { code: ['请输入身份验证器中显示的6位数字'] }, form: [] });
    try {
      const { data } = await confirm({ variables: { input: { code: code.trim() } } });
      const payload = data?.totpConfirm;
      if (payload?.errors.length) return show(groupErrors(payload.errors, ['code']));
      setDone(true);
      await client.refetchQueries({ include: [ViewerQuery] });
    } catch (err) {
      show({ fields: {}, form: [describeRequestError(err)] });
    }
  }

  if (done) {
    return (
      <div className="panel" role="status">
        <h1>账号安全</h1>
        <p>已绑定动态口令。今后登录时，请在密码之后输入身份验证器中的6位数字。</p>
      </div>
    );
  }
  return (
    <div className="panel">
      <h1>账号安全</h1>
      <p className="panel__lead">
        {required
          ? '为保障平台安全，平台工作人员须先绑定动态口令（第二重身份验证），才能使用管理功能。'
          : '绑定动态口令后，登录时除密码外还需输入身份验证器中的6位数字。'}
      </p>
      <FormAlert messages={errors.form} />
      {!enrolment ? (
        <button type="button" className="button button--primary" onClick={() => void start()} disabled={enrolling}>
          {enrolling ? '正在生成…' : '开始绑定动态口令'}
        </button>
      ) : (
        <form ref={form} className="form" onSubmit={submit} noValidate>
          <p>1. 用身份验证器应用（如微信小程序“腾讯身份验证器”、Microsoft Authenticator）扫描二维码，或手动输入密钥。</p>
          {qr && <img className="totp-qr" src={qr} width={200} height={200} alt="动态口令二维码（内容与下方密钥相同）" />}
          <p>
            密钥：<code data-testid="totp-secret">{enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}</code>
          </p>
          <p>2. 输入应用中显示的6位数字，完成绑定。</p>
          <TextField
            name="code"
            label="动态口令"
            value={code}
            onValueChange={setCode}
            required
            inputMode="numeric"
            autoComplete="one-time-code"
            errors={errors.fields.code}
          />
          <button type="submit" className="button button--primary" disabled={confirming}>
            {confirming ? '正在验证…' : '完成绑定'}
          </button>
        </form>
      )}
    </div>
  );
}
