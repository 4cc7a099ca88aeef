import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { FormAlert, focusFirstInvalid } from '../../components/forms.js';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import { COLUMN_LABELS, FEE_TYPE_LABELS, SERVICE_FORM_LABELS } from '../../lib/codes.js';
import { describeRequestError, groupErrors, hasErrors, NO_ERRORS, type FormErrors } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link, navigate } from '../../lib/router.js';
import { ViewerQuery } from '../../lib/viewer.js';

const ServiceDetailQuery = graphql(`
  query ServiceDetail($id: ID!) {
    serviceProduct(id: $id) {
      id
      name
      column
      subcategory
      description
      form
      feeType
      priceTerms
      regionNames
      targetAudience
      contactName
      contactPhone
      process {
        title
        description
      }
      institution {
        id
        name
      }
    }
  }
`);

const DockingSubmitMutation = graphql(`
  mutation DockingSubmit($input: DockingSubmitInput!) {
    dockingSubmit(input: $input) {
      docking {
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

const FIELDS = ['needs'];

function DockingForm({ productId, onCancel }: { productId: string; onCancel: () => void }) {
  const [needs, setNeeds] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [submit, { loading }] = useMutation(DockingSubmitMutation);
  const form = useRef<HTMLFormElement>(null);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setErrors(NO_ERRORS);
    try {
      const res = await submit({ variables: { input: { productId, needs: needs.trim() } } });
      const payload = res.data?.dockingSubmit;
      const found = groupErrors(
        (payload?.errors ?? []).map((x) => ({ ...x, field: x.field?.replace(/^input\./, '') })),
        FIELDS,
      );
      if (hasErrors(found) || !payload?.docking) {
        setErrors(hasErrors(found) ? found : { fields: {}, form: ['提交失败，请稍后重试。'] });
        window.setTimeout(() => focusFirstInvalid(form.current), 0);
        return;
      }
      navigate(`/my/dockings/${encodeURIComponent(payload.docking.id)}?submitted=1`);
    } catch (err) {
      setErrors({ fields: {}, form: [`提交失败。${describeRequestError(err)}`] });
      window.setTimeout(() => focusFirstInvalid(form.current), 0);
    }
  }

  const fieldErrors = errors.fields.needs;
  return (
    <form ref={form} className="form panel" aria-label="选择此服务" onSubmit={(e) => void onSubmit(e)} noValidate>
      <h2>提交服务需求</h2>
      <FormAlert messages={errors.form} />
      <div className={`field${fieldErrors?.length ? ' field--invalid' : ''}`}>
        <label htmlFor="docking-needs">
          需求描述
          <span className="required" aria-hidden="true">
            *
          </span>
        </label>
        <textarea
          id="docking-needs"
          name="needs"
          rows={5}
          maxLength={2000}
          value={needs}
          onChange={(e) => setNeeds(e.target.value)}
          aria-required
          aria-invalid={fieldErrors?.length ? true : undefined}
          aria-describedby={fieldErrors?.length ? 'docking-needs-error docking-needs-hint' : 'docking-needs-hint'}
        />
        <p id="docking-needs-hint" className="hint">
          请简要说明企业的服务需求（不超过 2000 字），服务机构将据此与您对接。
        </p>
        {fieldErrors?.length ? (
          <div id="docking-needs-error" className="field-errors">
            {fieldErrors.map((m, i) => (
              <p key={i} className="field-error" data-testid="error-needs">
                {m}
              </p>
            ))}
          </div>
        ) : null}
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? '正在提交…' : '提交对接'}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}

function ChooseService({ productId, path }: { productId: string; path: string }) {
  const { data, loading } = useQuery(ViewerQuery);
  const [open, setOpen] = useState(false);
  if (loading && !data) return null;
  const me = data?.me;
  if (!me) {
    return (
      <p className="notice">
        <Link to={`/login?next=${encodeURIComponent(path)}`}>登录</Link>后即可选择此服务并发起对接。
      </p>
    );
  }
  if (!me.enterprise) {
    return (
      <p className="notice">
        选择服务需先<Link to="/enterprise/register">登记企业信息</Link>。
      </p>
    );
  }
  if (open) return <DockingForm productId={productId} onCancel={() => setOpen(false)} />;
  return (
    <p>
      <button type="button" className="button button--primary button--large" onClick={() => setOpen(true)}>
        选择此服务
      </button>
    </p>
  );
}

export function ServiceDetailPage({ id }: { id: string }) {
  const { data, loading, error, refetch } = useQuery(ServiceDetailQuery, { variables: { id } });
  const product = data?.serviceProduct;
  usePageTitle(product?.name ?? '服务产品详情');

  let body;
  if (loading && !data) body = <Loading label="正在加载服务产品…" />;
  else if (error && !data) body = <ErrorState message={`服务产品加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  else if (!product) {
    body = (
      <EmptyState title="未找到该服务产品">
        <p>该服务产品不存在或已下架。</p>
        <Link to="/services" className="button button--secondary">
          返回服务产品
        </Link>
      </EmptyState>
    );
  } else {
    body = (
      <article className="panel policy-detail" aria-labelledby="service-title">
        <header>
          <p className="policy-item__meta">
            <span className="tag">{COLUMN_LABELS[product.column]}</span>
            <span className="tag">{product.subcategory}</span>
            <span className={`badge badge--${product.feeType === 'FREE' ? 'verified' : 'pending'}`}>{FEE_TYPE_LABELS[product.feeType]}</span>
          </p>
          <h1 id="service-title">{product.name}</h1>
        </header>
        <dl className="facts">
          <div>
            <dt>服务机构</dt>
            <dd>{product.institution?.name ?? '—'}</dd>
          </div>
          <div>
            <dt>服务形式</dt>
            <dd>{SERVICE_FORM_LABELS[product.form]}</dd>
          </div>
          {product.priceTerms ? (
            <div>
              <dt>收费标准</dt>
              <dd>{product.priceTerms}</dd>
            </div>
          ) : null}
          <div>
            <dt>服务地区</dt>
            <dd>{product.regionNames.join('、') || '—'}</dd>
          </div>
          <div>
            <dt>服务对象</dt>
            <dd>{product.targetAudience}</dd>
          </div>
          <div>
            <dt>联系人</dt>
            <dd>
              {product.contactName} {product.contactPhone}
            </dd>
          </div>
        </dl>

        <section aria-labelledby="service-desc-title" className="policy-section">
          <h2 id="service-desc-title">服务介绍</h2>
          <p className="policy-plain">{product.description}</p>
        </section>

        <section aria-labelledby="service-process-title" className="policy-section">
          <h2 id="service-process-title">服务流程</h2>
          {product.process.length ? (
            <ol className="steps">
              {product.process.map((s, i) => (
                <li key={i}>
                  <strong>{s.title}</strong>
                  {s.description ? <p className="hint">{s.description}</p> : null}
                </li>
              ))}
            </ol>
          ) : (
            <p className="hint">暂无流程说明</p>
          )}
        </section>

        <section aria-labelledby="service-choose-title" className="policy-section">
          <h2 id="service-choose-title">服务对接</h2>
          <ChooseService productId={product.id} path={`/services/${encodeURIComponent(id)}`} />
        </section>
      </article>
    );
  }

  return (
    <div className="container page">
      <nav aria-label="面包屑" className="breadcrumb">
        <Link to="/services">服务产品</Link> <span aria-hidden="true">›</span> <span>服务详情</span>
      </nav>
      {body}
    </div>
  );
}
