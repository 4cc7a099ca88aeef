import { useQuery } from '@apollo/client/react';
import { Fragment, type ReactNode } from 'react';
import { ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import type { GuideAudience } from '../../gql/graphql.js';
import { usePageTitle } from '../../lib/page.js';
import { Link } from '../../lib/router.js';
import { GuideAudienceLabel } from '../../gql/labels.js';
import { inOrder } from '../../lib/codes.js';

const GuidesQuery = graphql(`
  query Guides {
    guides {
      slug
      title
      audience
      summary
    }
  }
`);

const GuideQuery = graphql(`
  query Guide($slug: String!) {
    guide(slug: $slug) {
      slug
      title
      audience
      summary
      sections {
        heading
        blocks {
          kind
          text
          items
        }
      }
    }
  }
`);

const AUDIENCE_LABELS: Readonly<Record<GuideAudience, string>> = inOrder(GuideAudienceLabel, [
  'ENTERPRISE',
  'INSTITUTION',
  'OPERATOR',
  'ADMINISTRATOR',
  'PARTNER',
]);

/** Guide text with `[text](/path)` links to portal pages; anything else stays plain text (no HTML). */
function richText(text: string): ReactNode {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(/\[([^\]]+)\]\((\/[^)\s]*)\)/g)) {
    parts.push(text.slice(last, m.index));
    parts.push(
      <Link key={m.index} to={m[2]!}>
        {m[1]}
      </Link>,
    );
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return parts.map((part, i) => <Fragment key={i}>{part}</Fragment>);
}

export function HelpListPage() {
  usePageTitle('使用指南');
  const { data, loading, error, refetch } = useQuery(GuidesQuery);
  return (
    <div className="container page">
      <h1>使用指南</h1>
      <p className="page__lead">按角色整理的操作说明：从注册认证到办成一件事，从发布服务到按时响应。</p>
      {error ? (
        <ErrorState message="使用指南加载失败，请稍后重试。" onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Loading />
      ) : (
        <ul className="card-grid">
          {data?.guides.map((g) => (
            <li key={g.slug}>
              <Link to={`/help/${g.slug}`} className="card guide-card">
                <span className="tag">{AUDIENCE_LABELS[g.audience]}</span>
                <strong className="guide-card__title">{g.title}</strong>
                <span>{g.summary}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function HelpGuidePage({ slug }: { slug: string }) {
  const { data, loading, error, refetch } = useQuery(GuideQuery, { variables: { slug } });
  const guide = data?.guide;
  usePageTitle(guide?.title ?? '使用指南');
  if (error) return <ErrorState message="使用指南加载失败，请稍后重试。" onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  if (!guide) {
    return (
      <div className="container page page--narrow">
        <h1>找不到这篇指南</h1>
        <Link to="/help" className="button button--secondary">
          查看全部使用指南
        </Link>
      </div>
    );
  }
  return (
    <div className="container page page--narrow guide">
      <nav className="breadcrumb" aria-label="位置">
        <Link to="/help">使用指南</Link> / {AUDIENCE_LABELS[guide.audience]}
      </nav>
      <h1>{guide.title}</h1>
      <p className="page__lead">{guide.summary}</p>
      {guide.sections.map((section) => (
        <section key={section.heading} className="policy-section">
          <h2>{section.heading}</h2>
          {section.blocks.map((block, i) =>
            block.kind === 'STEPS' ? (
              <ol key={i} className="steps">
                {block.items.map((item, j) => (
                  <li key={j}>{richText(item)}</li>
                ))}
              </ol>
            ) : block.kind === 'BULLETS' ? (
              <ul key={i}>
                {block.items.map((item, j) => (
                  <li key={j}>{richText(item)}</li>
                ))}
              </ul>
            ) : block.kind === 'NOTE' ? (
              <p key={i} className="notice" role="note">
                {richText(block.text ?? '')}
              </p>
            ) : (
              <p key={i}>{richText(block.text ?? '')}</p>
            ),
          )}
        </section>
      ))}
    </div>
  );
}
