import { useQuery } from '@apollo/client/react';
import { EmptyState, ErrorState, Loading } from '../components/status.js';
import { graphql } from '../gql/index.js';
import type { MatchVerdict, PolicyMatchesQuery } from '../gql/graphql.js';
import { describeRequestError } from '../lib/errors.js';
import { usePageTitle } from '../lib/page.js';
import { Link } from '../lib/router.js';
import { ViewerQuery } from '../lib/viewer.js';
import { MatchExplanation, VERDICT_LABELS, VerdictBadge } from './policy/match.js';

const PolicyMatchesQueryDoc = graphql(`
  query PolicyMatches($verdicts: [MatchVerdict!], $first: Int) {
    policyMatches(verdicts: $verdicts, first: $first) {
      totalCount
      nodes {
        ...MatchExplanation
        policy {
          id
          title
          docNo
          publishedOn
        }
      }
    }
  }
`);

type Match = PolicyMatchesQuery['policyMatches']['nodes'][number];

const VERDICTS: MatchVerdict[] = ['ELIGIBLE', 'LIKELY', 'NOT_ELIGIBLE'];

function MatchItem({ match }: { match: Match }) {
  const { policy } = match;
  return (
    <article className="policy-item policy-match" data-testid="policy-match">
      <h3 className="policy-item__title">
        <Link to={`/policy/${encodeURIComponent(policy.id)}`}>{policy.title}</Link>
      </h3>
      <p className="policy-item__meta">
        <VerdictBadge verdict={match.verdict} />
        {policy.docNo ? <span>{policy.docNo}</span> : null}
        {policy.publishedOn ? <time dateTime={policy.publishedOn}>{policy.publishedOn}</time> : null}
        {match.deadline ? (
          <span>
            申报截止：<time dateTime={match.deadline}>{match.deadline}</time>
          </span>
        ) : null}
      </p>
      <details className="policy-match__details">
        <summary>查看申报条件（{match.conditions.length} 项）</summary>
        <MatchExplanation match={match} />
      </details>
    </article>
  );
}

function MatchResults() {
  const { data, loading, error, refetch } = useQuery(PolicyMatchesQueryDoc, { variables: { verdicts: VERDICTS, first: 100 }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading label="正在匹配政策…" />;
  if (error && !data) return <ErrorState message={`政策匹配加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  if (!data) return null;
  const items = data.policyMatches.nodes;
  if (!items.length) {
    return (
      <EmptyState title="暂无可匹配的政策">
        <p>
          平台尚无设置了申报条件的政策，您可以先<Link to="/policy">浏览全部政策</Link>。
        </p>
      </EmptyState>
    );
  }
  return (
    <>
      <p className="search-count" aria-live="polite">
        共匹配 {data.policyMatches.totalCount} 条政策
      </p>
      {VERDICTS.map((verdict) => {
        const group = items.filter((m) => m.verdict === verdict);
        if (!group.length) return null;
        return (
          <section key={verdict} className="policy-match__group" aria-labelledby={`pm-${verdict}`}>
            <h2 id={`pm-${verdict}`}>
              {VERDICT_LABELS[verdict]}（{group.length}）
            </h2>
            <ul className="policy-list">
              {group.map((m) => (
                <li key={m.policy.id}>
                  <MatchItem match={m} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

export function PolicyMatchPage() {
  usePageTitle('适合我企业的政策');
  const { data, loading, error, refetch } = useQuery(ViewerQuery);

  let body;
  if (loading && !data) body = <Loading />;
  else if (error && !data) body = <ErrorState message={`账号信息加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  else if (!data?.me) {
    body = (
      <EmptyState title="请先登录">
        <p>登录后可查看适合您企业的政策。</p>
        <Link to={`/login?next=${encodeURIComponent('/policy/for-me')}`} className="button button--primary">
          登录
        </Link>
      </EmptyState>
    );
  } else if (!data.me.enterprise) {
    body = (
      <EmptyState title="您尚未登记企业">
        <p>登记企业信息后，平台将根据企业画像为您匹配可申报的政策。</p>
        <Link to="/enterprise/register" className="button button--primary">
          登记企业
        </Link>
      </EmptyState>
    );
  } else body = <MatchResults />;

  return (
    <div className="container page">
      <h1>适合我企业的政策</h1>
      <p className="page__lead">根据企业画像逐条比对政策申报条件，仅供参考，以主管部门审核为准。</p>
      {body}
    </div>
  );
}
