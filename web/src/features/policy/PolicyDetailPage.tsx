import { useQuery } from '@apollo/client/react';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import { POLICY_TYPE_LABELS, POLICY_VALIDITY_LABELS } from '../../lib/codes.js';
import { describeRequestError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Tabs } from '../../components/tabs.js';
import { Link, navigate, useLocation } from '../../lib/router.js';
import { ViewerQuery } from '../../lib/viewer.js';
import { MatchExplanation, VerdictBadge } from './match.js';
import { attachmentUrl } from './AttachmentsPanel.js';

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
      relatedPolicies {
        id
        title
        docNo
        policyType
        publishedOn
        validity
      }
    }
  }
`);

const PolicyMatchForPageQuery = graphql(`
  query PolicyMatchForPage($id: ID!) {
    policyMatch(policyId: $id) {
      ...MatchExplanation
    }
  }
`);

/** The viewer enterprise's eligibility for this policy, when it belongs to an enterprise and the policy is decomposed. */
function MatchPanel({ id }: { id: string }) {
  const viewer = useQuery(ViewerQuery);
  const hasEnterprise = !!viewer.data?.me?.enterprise;
  const { data, error } = useQuery(PolicyMatchForPageQuery, { variables: { id }, skip: !hasEnterprise, fetchPolicy: 'cache-and-network' });
  if (!viewer.data?.me) {
    return viewer.loading ? null : (
      <p className="hint" data-testid="match-signin">
        <Link to={`/login?next=${encodeURIComponent(`/policy/${id}`)}`}>登录</Link>后，可查看本企业是否符合该政策的申报条件。
      </p>
    );
  }
  if (!hasEnterprise || error || !data?.policyMatch) return null;
  const match = data.policyMatch;
  return (
    <section className="policy-match-panel" aria-labelledby="policy-match-title" data-testid="policy-match-panel">
      <h2 id="policy-match-title">
        本企业是否符合：
        <VerdictBadge verdict={match.verdict} />
      </h2>
      {match.deadline ? (
        <p>
          申报截止：<time dateTime={match.deadline}>{match.deadline}</time>
        </p>
      ) : null}
      <details open={match.verdict !== 'ELIGIBLE'}>
        <summary>逐条比对申报条件（{match.conditions.length} 项）</summary>
        <MatchExplanation match={match} />
      </details>
      <p className="hint">根据企业画像逐条比对，仅供参考，以主管部门审核为准。</p>
    </section>
  );
}

const TABS = ['body', 'interpretations', 'guides', 'related'] as const;

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

/** 受理地点或线上入口: an http(s) address in it becomes a link, so the guide leads to where one applies. */
function ApplyPlace({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s，。；、）)]+)/);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 ? (
          <a key={i} href={part} target="_blank" rel="noreferrer noopener">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}

export function PolicyDetailPage({ id }: { id: string }) {
  const { data, loading, error, refetch } = useQuery(PolicyDetailQuery, { variables: { id } });
  const policy = data?.policy;
  const { path, query } = useLocation();
  const tab = TABS.find((t) => t === query.get('tab')) ?? 'body';
  // the tab is in the address, so a guide or an interpretation can be linked to and survives a reload
  const selectTab = (next: string) => navigate(next === 'body' ? path : `${path}?tab=${next}`, { replace: true, keepScroll: true });
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

        <MatchPanel id={policy.id} />

        <Tabs
          label="政策内容"
          selected={tab}
          onSelect={selectTab}
          tabs={[
            {
              id: 'body',
              label: '政策正文',
              content: (
                <>
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
                </>
              ),
            },
            {
              id: 'interpretations',
              label: '政策解读',
              count: policy.interpretations.length,
              content: (
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
              ),
            },
            {
              id: 'guides',
              label: '申报指南',
              count: policy.guides.length,
              content: (
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
                            <dd>
                              <ApplyPlace text={g.whereToApply} />
                            </dd>
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
              ),
            },
            {
              id: 'related',
              label: '相关文件',
              count: policy.relatedPolicies.length,
              content: (
                <section aria-labelledby="policy-related-title" className="policy-section">
                  <h2 id="policy-related-title">相关文件</h2>
                  {policy.relatedPolicies.length ? (
                    <ul className="policy-related" data-testid="policy-related">
                      {policy.relatedPolicies.map((r) => (
                        <li key={r.id}>
                          <span className="tag">{POLICY_TYPE_LABELS[r.policyType]}</span> <Link to={`/policy/${encodeURIComponent(r.id)}`}>{r.title}</Link>
                          <span className="hint">
                            {r.docNo ? ` ${r.docNo}` : ''}
                            {r.publishedOn ? ` · ${r.publishedOn}` : ''}
                            {r.validity !== 'IN_FORCE' ? ` · ${POLICY_VALIDITY_LABELS[r.validity]}` : ''}
                          </span>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="hint">暂无相关文件</p>
                  )}
                </section>
              ),
            },
          ]}
        />
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
