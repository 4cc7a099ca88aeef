import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { ConnectionList } from '../../components/paging.js';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import type { MatchVerdict, PolicyMatchesQuery } from '../../gql/graphql.js';
import { describeRequestError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link, navigate, useLocation } from '../../lib/router.js';
import { ViewerQuery } from '../../lib/viewer.js';
import { MATCH_FILTER_HINTS, MATCH_FILTER_LABELS, MatchExplanation, VerdictBadge } from './match.js';

const PAGE_SIZE = 20;

const PolicyMatchesQueryDoc = graphql(`
  query PolicyMatches($verdicts: [MatchVerdict!], $first: Int, $after: String) {
    policyMatches(verdicts: $verdicts, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
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

/** How many matches each verdict has: the filter's counts (only totalCount is read; the API's smallest page is 1). */
const PolicyMatchCountsQuery = graphql(`
  query PolicyMatchCounts {
    eligible: policyMatches(verdicts: [ELIGIBLE], first: 1) {
      totalCount
    }
    likely: policyMatches(verdicts: [LIKELY], first: 1) {
      totalCount
    }
    nearMiss: policyMatches(verdicts: [NOT_ELIGIBLE], first: 1) {
      totalCount
    }
  }
`);

type Match = PolicyMatchesQuery['policyMatches']['nodes'][number];
type Counts = Partial<Record<MatchVerdict, number>>;

/** In ranking order (the API ranks by verdict first, so pages arrive group by group). */
const VERDICTS: MatchVerdict[] = ['ELIGIBLE', 'LIKELY', 'NOT_ELIGIBLE'];
const DEFAULT_VERDICTS: MatchVerdict[] = ['ELIGIBLE', 'LIKELY'];

/** `?verdict=eligible,likely,near-miss` (absent: the default, 符合 + 可能符合). */
const PARAM: Record<MatchVerdict, string> = { ELIGIBLE: 'eligible', LIKELY: 'likely', NOT_ELIGIBLE: 'near-miss' };

function parseVerdicts(value: string | null): MatchVerdict[] {
  const wanted = new Set((value ?? '').split(',').map((v) => v.trim()));
  const picked = VERDICTS.filter((v) => wanted.has(PARAM[v]));
  return picked.length ? picked : DEFAULT_VERDICTS;
}

function verdictsHref(verdicts: MatchVerdict[]): string {
  const isDefault = verdicts.length === DEFAULT_VERDICTS.length && DEFAULT_VERDICTS.every((v) => verdicts.includes(v));
  return isDefault ? '/policy/for-me' : `/policy/for-me?verdict=${verdicts.map((v) => PARAM[v]).join(',')}`;
}

/** Whole days from today (the browser's calendar day) to an ISO date. */
function daysUntil(date: string): number {
  const now = new Date();
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((Date.parse(`${date}T00:00:00Z`) - today) / 86_400_000);
}

function Deadline({ date }: { date: string }) {
  const days = daysUntil(date);
  const soon = days >= 0 && days <= 30;
  return (
    <span className={soon ? 'policy-match__deadline policy-match__deadline--soon' : 'policy-match__deadline'} data-testid="match-deadline">
      申报截止：<time dateTime={date}>{date}</time>
      {soon ? <>（{days === 0 ? '今天截止' : `还剩 ${days} 天`}）</> : null}
    </span>
  );
}

function MatchItem({ match }: { match: Match }) {
  const { policy } = match;
  return (
    <article className="policy-item policy-match" data-testid="policy-match">
      <h3 className="policy-item__title">
        <Link to={`/policy/${encodeURIComponent(policy.id)}`}>{policy.title}</Link>
      </h3>
      <p className="policy-item__meta">
        <VerdictBadge verdict={match.verdict} nearMiss />
        {match.deadline ? <Deadline date={match.deadline} /> : <span>申报时间以通知为准</span>}
        {policy.docNo ? <span>{policy.docNo}</span> : null}
        {policy.publishedOn ? <time dateTime={policy.publishedOn}>{policy.publishedOn}</time> : null}
      </p>
      <details className="policy-match__details">
        <summary>查看申报条件（{match.conditions.length} 项）</summary>
        <MatchExplanation match={match} />
      </details>
    </article>
  );
}

/** The verdict filter: one checkbox per verdict with its count; the last one checked cannot be unchecked. */
function VerdictFilter({ selected: inAddress, counts }: { selected: MatchVerdict[]; counts: Counts | null }) {
  // The address changes in a transition, some time after the click. Until it has, the boxes show what was clicked:
  // a controlled box would spring back meanwhile, and the next click would start from the old address.
  const [clicked, setClicked] = useState<MatchVerdict[] | null>(null);
  const address = inAddress.join();
  useEffect(() => {
    if (clicked?.join() === address) setClicked(null);
  }, [address, clicked]);
  const selected = clicked ?? inAddress;
  function toggle(verdict: MatchVerdict, on: boolean) {
    const next = VERDICTS.filter((v) => (v === verdict ? on : selected.includes(v)));
    if (!next.length) return;
    setClicked(next);
    navigate(verdictsHref(next), { keepScroll: true });
  }
  return (
    <fieldset className="policy-match-filter" data-testid="match-filter">
      <legend>匹配结果</legend>
      {VERDICTS.map((v) => {
        const checked = selected.includes(v);
        const count = counts?.[v];
        return (
          <label key={v} className="policy-match-filter__option">
            <input type="checkbox" checked={checked} disabled={checked && selected.length === 1} onChange={(e) => toggle(v, e.target.checked)} />
            {MATCH_FILTER_LABELS[v]}
            {v === 'NOT_ELIGIBLE' ? <span className="hint">（可改变的条件未满足）</span> : null}
            <span className="policy-match-filter__count" data-testid={`match-count-${PARAM[v]}`}>
              {count ?? '…'}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}

function emptyTitle(verdicts: MatchVerdict[]): string {
  return `暂无${verdicts.map((v) => MATCH_FILTER_LABELS[v]).join('或')}的政策`;
}

function EmptyMatches({ verdicts, counts }: { verdicts: MatchVerdict[]; counts: Counts | null }) {
  const none = counts && VERDICTS.every((v) => counts[v] === 0);
  const others = counts ? VERDICTS.filter((v) => !verdicts.includes(v) && (counts[v] ?? 0) > 0) : [];
  return (
    <EmptyState title={none ? '暂无可匹配的政策' : emptyTitle(verdicts)}>
      <p>
        {verdicts.includes('NOT_ELIGIBLE') && verdicts.length === 1 ? '没有仅差可改变条件的政策。' : null}
        <Link to="/enterprise/edit">完善企业信息</Link>（如研发投入占比、纳税信用等级、资质）可获得更准确的匹配结果。
      </p>
      {others.length ? (
        <p>
          {others.map((v, i) => (
            <span key={v}>
              {i ? '，' : ''}
              <Link to={verdictsHref([v])}>
                查看{MATCH_FILTER_LABELS[v]}的政策（{counts?.[v]}）
              </Link>
            </span>
          ))}
        </p>
      ) : null}
      {none ? (
        <p>
          您也可以<Link to="/policy">浏览全部政策</Link>。
        </p>
      ) : null}
    </EmptyState>
  );
}

function MatchResults({ verdicts, counts }: { verdicts: MatchVerdict[]; counts: Counts | null }) {
  const query = useQuery(PolicyMatchesQueryDoc, { variables: { verdicts, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  return (
    <ConnectionList
      query={query}
      connection={(d) => d.policyMatches}
      loadingLabel="正在匹配政策…"
      errorLabel="政策匹配加载失败。"
      empty={<EmptyMatches verdicts={verdicts} counts={counts} />}
    >
      {(items, list) => (
        <>
          <p className="search-count" aria-live="polite" data-testid="match-total">
            共匹配 {list.totalCount} 条政策{list.totalCount !== undefined && items.length < list.totalCount ? `，已显示 ${items.length} 条` : ''}
          </p>
          {VERDICTS.filter((v) => verdicts.includes(v)).map((verdict) => {
            const group = items.filter((m) => m.verdict === verdict);
            if (!group.length) return null;
            return (
              <section key={verdict} className="policy-match__group" aria-labelledby={`pm-${verdict}`} data-testid={`match-group-${PARAM[verdict]}`}>
                <h2 id={`pm-${verdict}`}>
                  {MATCH_FILTER_LABELS[verdict]}（{counts?.[verdict] ?? group.length}）
                </h2>
                <p className="hint policy-match__hint">{MATCH_FILTER_HINTS[verdict]}</p>
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
      )}
    </ConnectionList>
  );
}

function Matches() {
  const { query } = useLocation();
  const verdicts = parseVerdicts(query.get('verdict'));
  const { data } = useQuery(PolicyMatchCountsQuery, { fetchPolicy: 'cache-and-network' });
  const counts: Counts | null = data ? { ELIGIBLE: data.eligible.totalCount, LIKELY: data.likely.totalCount, NOT_ELIGIBLE: data.nearMiss.totalCount } : null;
  return (
    <>
      <VerdictFilter selected={verdicts} counts={counts} />
      <MatchResults key={verdicts.join()} verdicts={verdicts} counts={counts} />
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
  } else body = <Matches />;

  return (
    <div className="container page">
      <h1>适合我企业的政策</h1>
      <p className="page__lead">根据企业画像逐条比对政策申报条件，仅供参考，以主管部门审核为准。</p>
      {body}
    </div>
  );
}
