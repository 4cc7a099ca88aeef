import { useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import type { DockingStatus } from '../../gql/graphql.js';
import { DOCKING_STATUS_LABELS, formatDateTime } from '../../lib/codes.js';
import { describeRequestError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link, useLocation } from '../../lib/router.js';
import { ViewerQuery } from '../../lib/viewer.js';
import { DockingView, statusBadge } from './DockingView.js';
import { useLiveDockings } from './live.js';
import { RemindersPanel } from './Reminders.js';

const InstitutionDockingsQuery = graphql(`
  query InstitutionDockings($first: Int, $filter: DockingFilter) {
    dockings(first: $first, filter: $filter) {
      totalCount
      nodes {
        id
        kind
        status
        needs
        createdAt
        updatedAt
        firstResponseDue
        urgeCount
        product {
          id
          name
        }
        demand {
          id
          name
        }
        enterprise {
          name
        }
      }
    }
    dockingStatistics {
      total
      open
      responded
      urges
      averageFirstResponseMinutes
      firstResponseOnTimeRate
      averageRating
    }
  }
`);

const STATUSES: readonly DockingStatus[] = ['SUBMITTED', 'ACCEPTED', 'IN_SERVICE', 'COMPLETED', 'DECLINED', 'CANCELLED', 'CLOSED'];

/** Institution staff only; others get a sign-in link or an explanation. */
export function InstitutionOnly({ path, children }: { path: string; children: ReactNode }) {
  const { data, loading } = useQuery(ViewerQuery);
  if (loading && !data) return <Loading />;
  if (!data?.me) {
    return (
      <EmptyState title="请先登录">
        <p>服务机构工作人员登录后可使用此页面。</p>
        <Link to={`/login?next=${encodeURIComponent(path)}`} className="button button--primary">
          登录
        </Link>
      </EmptyState>
    );
  }
  if (!data.me.roles.includes('INSTITUTION_STAFF')) {
    return (
      <EmptyState title="仅限服务机构使用">
        <p>此页面面向已入驻服务机构的管理员和工作人员。</p>
      </EmptyState>
    );
  }
  return (
    <>
      <InstitutionNav />
      {children}
    </>
  );
}

/** The institution workbench's sections (one header link leads here; the sections sit on each page). */
function InstitutionNav() {
  return (
    <nav aria-label="机构工作台" className="institution-nav">
      <Link to="/institution/dockings" activeMatch="prefix">
        对接受理
      </Link>
      <Link to="/institution/demands" activeMatch="prefix">
        诉求大厅
      </Link>
      <Link to="/institution/needs" activeMatch="prefix">
        栏目需求
      </Link>
      <Link to="/institution/activities" activeMatch="prefix">
        活动签到
      </Link>
    </nav>
  );
}

const percent = (v: number | null | undefined) => (v == null ? '—' : `${Math.round(v * 100)}%`);

function DockingRequests() {
  const [status, setStatus] = useState<DockingStatus | ''>('');
  const { data, loading, error, refetch } = useQuery(InstitutionDockingsQuery, {
    variables: { first: 50, filter: status ? { status } : null },
    fetchPolicy: 'cache-and-network',
  });
  useLiveDockings(refetch);
  const stats = data?.dockingStatistics;
  let list;
  if (loading && !data) list = <Loading label="正在加载对接请求…" />;
  else if (error && !data) list = <ErrorState message={`对接请求加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  else if (!data?.dockings.nodes.length)
    list = <EmptyState title="暂无对接请求">企业选择本机构的服务产品或选定本机构的承接方案后，请求将在这里出现。</EmptyState>;
  else {
    list = (
      <ul className="policy-list" aria-label="对接请求列表">
        {data.dockings.nodes.map((d) => (
          <li key={d.id}>
            <article className="policy-item docking-item">
              <h3 className="policy-item__title">
                <Link to={`/institution/dockings/${encodeURIComponent(d.id)}`}>{d.product?.name ?? d.demand?.name ?? '服务诉求对接'}</Link>
              </h3>
              <p className="policy-item__meta">
                <span className={`badge badge--${statusBadge(d.status)}`} data-testid="docking-status">
                  {DOCKING_STATUS_LABELS[d.status]}
                </span>
                <span>{d.enterprise?.name ?? '—'}</span>
                <span>
                  提交：<time dateTime={d.createdAt}>{formatDateTime(d.createdAt)}</time>
                </span>
                {d.status === 'SUBMITTED' && d.firstResponseDue ? <span>受理时限：{formatDateTime(d.firstResponseDue)}</span> : null}
                {d.urgeCount ? <span className="tag docking-urged">催办 {d.urgeCount} 次</span> : null}
              </p>
              <p className="hint docking-item__needs">{d.needs}</p>
            </article>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <>
      <RemindersPanel dockingPath={(id) => `/institution/dockings/${encodeURIComponent(id)}`} demandPath={() => '/institution/demands'} />
      {stats ? (
        <dl className="facts docking-stats" aria-label="对接概况">
          <div>
            <dt>对接总数</dt>
            <dd>{stats.total}</dd>
          </div>
          <div>
            <dt>办理中</dt>
            <dd>{stats.open}</dd>
          </div>
          <div>
            <dt>按时首次响应</dt>
            <dd>{percent(stats.firstResponseOnTimeRate)}</dd>
          </div>
          <div>
            <dt>平均首次响应</dt>
            <dd>{stats.averageFirstResponseMinutes == null ? '—' : `${Math.round(stats.averageFirstResponseMinutes)} 分钟`}</dd>
          </div>
          <div>
            <dt>收到催办</dt>
            <dd>{stats.urges}</dd>
          </div>
          <div>
            <dt>平均评分</dt>
            <dd>{stats.averageRating == null ? '—' : stats.averageRating.toFixed(1)}</dd>
          </div>
        </dl>
      ) : null}
      <div className="policy-filters docking-filter">
        <label htmlFor="docking-status-filter">对接状态</label>
        <select id="docking-status-filter" value={status} onChange={(e) => setStatus(e.target.value as DockingStatus | '')}>
          <option value="">全部</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {DOCKING_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        {data ? <span className="search-count">共 {data.dockings.totalCount} 项</span> : null}
      </div>
      {list}
    </>
  );
}

export function InstitutionDockingsPage() {
  usePageTitle('对接受理');
  const { path } = useLocation();
  return (
    <div className="container page">
      <h1>对接受理</h1>
      <p className="page__lead">本机构收到的服务对接请求：受理、回复、开始服务，直至企业确认完成并评价。</p>
      <InstitutionOnly path={path}>
        <DockingRequests />
      </InstitutionOnly>
    </div>
  );
}

export function InstitutionDockingDetailPage({ id }: { id: string }) {
  usePageTitle('对接详情');
  const { path } = useLocation();
  return (
    <div className="container page">
      <nav aria-label="面包屑" className="breadcrumb">
        <Link to="/institution/dockings">对接受理</Link> <span aria-hidden="true">›</span> <span>对接详情</span>
      </nav>
      <InstitutionOnly path={path}>
        <DockingView id={id} side="institution" />
      </InstitutionOnly>
    </div>
  );
}
