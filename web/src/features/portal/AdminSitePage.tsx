import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { FormAlert, TextField, focusFirstInvalid } from '../../components/forms.js';
import { Gate } from '../../components/gate.js';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import type { SiteFooterInput } from '../../gql/graphql.js';
import { describeRequestError, groupErrors, NO_ERRORS, type FormErrors } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link, useLocation } from '../../lib/router.js';
import { SiteFooterQuery } from './SiteFooter.js';
import './portal.css';

/** /admin/site: the system administrator sets the current site's footer (主办/承办单位, 备案号, contact). */

const SiteFooterUpdate = graphql(`
  mutation SiteFooterUpdate($input: SiteFooterInput!) {
    siteFooterUpdate(input: $input) {
      site {
        id
        footer {
          organizer
          operatorUnit
          icpRecord
          policeRecord
          phone
          email
          address
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

type Values = Required<Omit<SiteFooterInput, 'site'>>;
const FIELDS: { name: keyof Values; label: string; hint?: string; max: number }[] = [
  { name: 'organizer', label: '主办单位', max: 100 },
  { name: 'operatorUnit', label: '承办单位', max: 100 },
  { name: 'icpRecord', label: 'ICP备案号', hint: '如：皖ICP备12345678号-1，显示时链接到工信部备案系统。', max: 50 },
  { name: 'policeRecord', label: '公安备案号', hint: '如：皖公网安备34010402000001号。', max: 50 },
  { name: 'phone', label: '联系电话', hint: '手机号、带区号的固定电话或服务热线。', max: 30 },
  { name: 'email', label: '联系邮箱', max: 254 },
  { name: 'address', label: '地址', max: 200 },
];

function FooterForm() {
  const { data, loading, error, refetch } = useQuery(SiteFooterQuery, { fetchPolicy: 'network-only' });
  const [values, setValues] = useState<Values | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [message, setMessage] = useState('');
  const [save, { loading: saving }] = useMutation(SiteFooterUpdate);
  const form = useRef<HTMLFormElement>(null);
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState message={`站点设置加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  const stored = data!.currentSite.footer;
  const current: Values = values ?? (Object.fromEntries(FIELDS.map((f) => [f.name, stored[f.name] ?? ''])) as Values);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage('');
    try {
      const res = await save({ variables: { input: current } });
      const errs = res.data?.siteFooterUpdate.errors ?? [];
      if (errs.length) {
        setErrors(
          groupErrors(
            errs,
            FIELDS.map((f) => f.name),
          ),
        );
        requestAnimationFrame(() => focusFirstInvalid(form.current));
        return;
      }
      setErrors(NO_ERRORS);
      setMessage('已保存，页脚已更新。');
    } catch (err) {
      setErrors({ fields: {}, form: [`保存失败。${describeRequestError(err)}`] });
    }
  }

  return (
    <form ref={form} className="panel form" aria-label="页脚信息" onSubmit={(e) => void submit(e)} noValidate>
      <p>
        当前站点：<strong>{data!.currentSite.name}</strong>。留空的项目不在页脚显示。
      </p>
      <FormAlert messages={errors.form} />
      {FIELDS.map((f) => (
        <TextField
          key={f.name}
          name={f.name}
          label={f.label}
          hint={f.hint}
          maxLength={f.max}
          value={current[f.name] ?? ''}
          onValueChange={(v) => setValues({ ...current, [f.name]: v })}
          errors={errors.fields[f.name]}
        />
      ))}
      {message ? (
        <p className="notice" role="status" data-testid="site-footer-saved">
          {message}
        </p>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? '正在保存…' : '保存'}
        </button>
      </div>
    </form>
  );
}

export function AdminSitePage() {
  usePageTitle('站点设置');
  const { path } = useLocation();
  return (
    <div className="container page page--narrow">
      <nav className="breadcrumb" aria-label="当前位置">
        <Link to="/admin">运营后台</Link> › 站点设置
      </nav>
      <h1>站点设置</h1>
      <Gate
        next={path}
        allowed={(me) => me.roles.includes('SYSTEM_ADMIN')}
        refusal={
          <EmptyState title="需要系统管理员角色">
            <p>页脚的主办单位、备案号和联系方式由系统管理员维护。</p>
          </EmptyState>
        }
      >
        {() => <FooterForm />}
      </Gate>
    </div>
  );
}
