import { useQuery } from '@apollo/client/react';
import { ConnectionList } from '../../components/paging.js';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import { chinaDate } from '../../lib/china-time.js';
import { describeRequestError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link } from '../../lib/router.js';
import './portal.css';

/** 通知公告: the home page block, the list at /notices and a notice at /notices/:id. */

const HomeNoticesQuery = graphql(`
  query HomeNotices {
    notices(first: 5) {
      totalCount
      nodes {
        id
        title
        pinned
        publishedAt
      }
    }
  }
`);

const NoticeListQuery = graphql(`
  query NoticeList($first: Int, $after: String) {
    notices(first: $first, after: $after) {
      totalCount
      nodes {
        id
        title
        pinned
        publishedAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const NoticeQuery = graphql(`
  query NoticeDetail($id: ID!) {
    notice(id: $id) {
      id
      title
      body
      pinned
      publishedAt
      site {
        id
        name
      }
    }
  }
`);

interface NoticeItem {
  id: string;
  title: string;
  pinned: boolean;
  publishedAt?: string | null;
}

const noticeHref = (id: string) => `/notices/${encodeURIComponent(id)}`;

function NoticeLine({ n }: { n: NoticeItem }) {
  return (
    <li>
      <span>
        {n.pinned ? <span className="badge badge--pending pin-badge">置顶</span> : null}
        <Link to={noticeHref(n.id)}>{n.title}</Link>
      </span>
      {n.publishedAt ? <time dateTime={n.publishedAt}>{chinaDate(n.publishedAt)}</time> : null}
    </li>
  );
}

/** The home page's 通知公告: the newest five, pinned first. */
export function HomeNotices() {
  const { data, loading, error, refetch } = useQuery(HomeNoticesQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <section className="panel news-block" aria-labelledby="home-notices-title" data-testid="home-notices">
      <div className="news-block__head">
        <h2 id="home-notices-title">通知公告</h2>
        <Link to="/notices" aria-label="更多通知公告">
          更多
        </Link>
      </div>
      {loading && !data ? (
        <Loading label="正在加载通知公告…" />
      ) : error && !data ? (
        <ErrorState message={`通知公告加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />
      ) : data?.notices.nodes.length ? (
        <ul className="news-list">
          {data.notices.nodes.map((n) => (
            <NoticeLine key={n.id} n={n} />
          ))}
        </ul>
      ) : (
        <p className="portal-muted">暂无通知公告。</p>
      )}
    </section>
  );
}

export function NoticeListPage() {
  usePageTitle('通知公告');
  const query = useQuery(NoticeListQuery, { variables: { first: 20 }, fetchPolicy: 'cache-and-network' });
  return (
    <div className="container page">
      <nav className="breadcrumb" aria-label="当前位置">
        <Link to="/">首页</Link> › 通知公告
      </nav>
      <h1>通知公告</h1>
      <ConnectionList
        query={query}
        connection={(d) => d.notices}
        loadingLabel="正在加载通知公告…"
        errorLabel="通知公告加载失败。"
        emptyTitle="暂无通知公告"
        empty={<p>平台发布的通知公告将在这里展示。</p>}
      >
        {(items, list) => (
          <>
            <p className="search-count">共 {list.totalCount} 条通知公告</p>
            <ul className="news-list panel">
              {items.map((n) => (
                <NoticeLine key={n.id} n={n} />
              ))}
            </ul>
          </>
        )}
      </ConnectionList>
    </div>
  );
}

export function NoticeDetailPage({ id }: { id: string }) {
  const { data, loading, error, refetch } = useQuery(NoticeQuery, { variables: { id } });
  const notice = data?.notice;
  usePageTitle(notice?.title ?? '通知公告');
  let content;
  if (loading && !data) content = <Loading label="正在加载通知公告…" />;
  else if (error && !data) content = <ErrorState message={`通知公告加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  else if (!notice)
    content = (
      <EmptyState title="未找到该通知公告">
        <p>
          它可能已被撤回。<Link to="/notices">查看全部通知公告</Link>
        </p>
      </EmptyState>
    );
  else
    content = (
      <article className="panel">
        <h1>{notice.title}</h1>
        <p className="portal-muted">
          {notice.site.name}
          {notice.publishedAt ? (
            <>
              {' · 发布于 '}
              <time dateTime={notice.publishedAt}>{chinaDate(notice.publishedAt)}</time>
            </>
          ) : (
            ' · 未发布（草稿）'
          )}
        </p>
        {/* The server sanitises bodies on save (the policy body tag set). */}
        <div className="policy-body notice-body" data-testid="notice-body" dangerouslySetInnerHTML={{ __html: notice.body }} />
      </article>
    );
  return (
    <div className="container page">
      <nav className="breadcrumb" aria-label="当前位置">
        <Link to="/">首页</Link> › <Link to="/notices">通知公告</Link>
      </nav>
      {content}
    </div>
  );
}

const HomePoliciesQuery = graphql(`
  query HomeLatestPolicies {
    policies(first: 5) {
      nodes {
        id
        title
        publishedOn
      }
    }
  }
`);

/** The home page's 最新政策: the newest published policies of the site (and its province's). */
export function HomePolicies() {
  const { data, loading, error, refetch } = useQuery(HomePoliciesQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <section className="panel news-block" aria-labelledby="home-policies-title" data-testid="home-policies">
      <div className="news-block__head">
        <h2 id="home-policies-title">最新政策</h2>
        <Link to="/policy" aria-label="更多政策">
          更多
        </Link>
      </div>
      {loading && !data ? (
        <Loading label="正在加载最新政策…" />
      ) : error && !data ? (
        <ErrorState message={`最新政策加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />
      ) : data?.policies.nodes.length ? (
        <ul className="news-list">
          {data.policies.nodes.map((p) => (
            <li key={p.id}>
              <Link to={`/policy/${encodeURIComponent(p.id)}`}>{p.title}</Link>
              {p.publishedOn ? <time dateTime={p.publishedOn}>{p.publishedOn}</time> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="portal-muted">暂无已发布的政策。</p>
      )}
    </section>
  );
}
