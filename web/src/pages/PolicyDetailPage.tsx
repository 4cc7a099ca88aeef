import { useQuery } from '@apollo/client/react';
import { EmptyState, ErrorState, Loading } from '../components/status.js';
import { graphql } from '../gql/index.js';
import { POLICY_TYPE_LABELS, POLICY_VALIDITY_LABELS } from '../lib/codes.js';
import { describeRequestError } from '../lib/errors.js';
import { usePageTitle } from '../lib/page.js';
import { Link } from '../lib/router.js';
import { attachmentUrl } from './policy/AttachmentsPanel.js';

const PolicyDetailQuery = graphql(`
  query PolicyDetail($id: ID!) {
    policy(id: $id) {
      id
      title
      docNo
      departments
      publishedOn
      effectiveFrom
      effectiveTo
      validity
      policyType
      sourceName
      sourceUrl
      tags
      body
      attachments {
        id
        fileName
        contentType
        sizeBytes
        sha256
      }
      interpretations {
        id
        title
        authority
        author
        publishedOn
        body
      }
      guides {
        id
        title
        beneficiaries
        conditions
        materials
        applicationStart
        applicationEnd
        whereToApply
        hotline
        paymentDeadline
      }
    }
  }
`);

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Interpretation bodies are shown as plain text: parsed in an inert document, only the text is kept. */
function plainText(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

function safeHttpUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

export function PolicyDetailPage({ id }: { id: string }) {
  const { data, loading, error, refetch } = useQuery(PolicyDetailQuery, { variables: { id } });
  const policy = data?.policy;
  usePageTitle(policy?.title ?? '政策详情');

  let body;
  if (loading && !data) body = <Loading label="正在加载政策…" />;
  else if (error && !data) body = <ErrorState message={`政策加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  else if (!policy) {
    body = (
      <EmptyState title="未找到该政策">
        <p>该政策不存在或已不再公开。</p>
        <Link to="/policy" className="button button--secondary">
          返回政策列表
        </Link>
      </EmptyState>
    );
  } else {
    const source = safeHttpUrl(policy.sourceUrl);
    body = (
      <article className="panel policy-detail" aria-labelledby="policy-title">
        <header>
          <p className="policy-item__meta">
            <span className="tag">{POLICY_TYPE_LABELS[policy.policyType]}</span>
            <span className={`badge badge--${policy.validity === 'IN_FORCE' ? 'verified' : 'pending'}`}>{POLICY_VALIDITY_LABELS[policy.validity]}</span>
          </p>
          <h1 id="policy-title">{policy.title}</h1>
        </header>
        <dl className="facts">
          {policy.docNo ? (
            <div>
              <dt>文号</dt>
              <dd>{policy.docNo}</dd>
            </div>
          ) : null}
          <div>
            <dt>发文部门</dt>
            <dd>{policy.departments.join('、') || '未填写'}</dd>
          </div>
          {policy.publishedOn ? (
            <div>
              <dt>发布日期</dt>
              <dd>{policy.publishedOn}</dd>
            </div>
          ) : null}
          {policy.effectiveFrom || policy.effectiveTo ? (
            <div>
              <dt>有效期</dt>
              <dd>
                {policy.effectiveFrom ?? '—'} 至 {policy.effectiveTo ?? '长期有效'}
              </dd>
            </div>
          ) : null}
          {policy.sourceName ? (
            <div>
              <dt>来源</dt>
              <dd>
                {source ? (
                  <a href={source} target="_blank" rel="noopener noreferrer">
                    {policy.sourceName}
                  </a>
                ) : (
                  policy.sourceName
                )}
              </dd>
            </div>
          ) : null}
        </dl>

        <section aria-labelledby="policy-body-title" className="policy-section">
          <h2 id="policy-body-title">政策正文</h2>
          {/* `Policy.body` is sanitised HTML from the server (allow-listed tags, no styles or scripts); it is the
              only HTML this client renders as markup. */}
          <div className="policy-body" data-testid="policy-body" dangerouslySetInnerHTML={{ __html: policy.body }} />
        </section>

        <section aria-labelledby="policy-attachments-title" className="policy-section">
          <h2 id="policy-attachments-title">附件</h2>
          {policy.attachments.length ? (
            <ul className="policy-attachments">
              {policy.attachments.map((a) => (
                <li key={a.id}>
                  <a href={attachmentUrl(a.id)} download={a.fileName}>
                    {a.fileName}
                  </a>{' '}
                  <span className="hint">（{fileSize(a.sizeBytes)}）</span>
                  <span className="hint mono" title="SHA-256：下载后可核对文件与原件一致">
                    SHA-256 {a.sha256}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="hint">无附件</p>
          )}
        </section>

        <section aria-labelledby="policy-interpretations-title" className="policy-section">
          <h2 id="policy-interpretations-title">政策解读</h2>
          {policy.interpretations.length ? (
            policy.interpretations.map((i) => (
              <article key={i.id} className="policy-subitem">
                <h3>{i.title}</h3>
                <p className="hint">
                  {i.authority}
                  {i.author ? ` · ${i.author}` : ''}
                  {i.publishedOn ? ` · ${i.publishedOn}` : ''}
                </p>
                <p className="policy-plain">{plainText(i.body)}</p>
              </article>
            ))
          ) : (
            <p className="hint">暂无政策解读</p>
          )}
        </section>

        <section aria-labelledby="policy-guides-title" className="policy-section">
          <h2 id="policy-guides-title">申报指南</h2>
          {policy.guides.length ? (
            policy.guides.map((g) => (
              <article key={g.id} className="policy-subitem">
                <h3>{g.title}</h3>
                <dl className="facts">
                  <div>
                    <dt>支持对象</dt>
                    <dd>{g.beneficiaries}</dd>
                  </div>
                  <div>
                    <dt>申报条件</dt>
                    <dd className="policy-plain">{g.conditions}</dd>
                  </div>
                  {g.applicationStart || g.applicationEnd ? (
                    <div>
                      <dt>申报时间</dt>
                      <dd>
                        {g.applicationStart ?? '—'} 至 {g.applicationEnd ?? '—'}
                      </dd>
                    </div>
                  ) : null}
                  <div>
                    <dt>受理地点</dt>
                    <dd>{g.whereToApply}</dd>
                  </div>
                  {g.hotline ? (
                    <div>
                      <dt>咨询电话</dt>
                      <dd>{g.hotline}</dd>
                    </div>
                  ) : null}
                  {g.paymentDeadline ? (
                    <div>
                      <dt>资金拨付时限</dt>
                      <dd>{g.paymentDeadline}</dd>
                    </div>
                  ) : null}
                </dl>
                {g.materials.length ? (
                  <>
                    <h4>申报材料</h4>
                    <ol>
                      {g.materials.map((m, idx) => (
                        <li key={idx}>{m}</li>
                      ))}
                    </ol>
                  </>
                ) : null}
              </article>
            ))
          ) : (
            <p className="hint">暂无申报指南</p>
          )}
        </section>
      </article>
    );
  }

  return (
    <div className="container page">
      <nav aria-label="面包屑" className="breadcrumb">
        <Link to="/policy">政策服务</Link> <span aria-hidden="true">›</span> <span>政策详情</span>
      </nav>
      {body}
    </div>
  );
}
