import { useQuery } from '@apollo/client/react';
import { EmptyState, ErrorState, Loading } from '../components/status.js';
import { graphql } from '../gql/index.js';
import type { DockingStatus } from '../gql/graphql.js';
import { DOCKING_EVENT_LABELS, DOCKING_PARTY_LABELS, DOCKING_STATUS_LABELS, formatDateTime } from '../lib/codes.js';
import { describeRequestError } from '../lib/errors.js';
import { usePageTitle } from '../lib/page.js';
import { Link, useLocation } from '../lib/router.js';
import { ViewerQuery } from '../lib/viewer.js';

const MyDockingsQuery = graphql(`
  query MyDockings($first: Int) {
    dockings(first: $first) {
      totalCount
      nodes {
        id
        status
        needs
        updatedAt
        product {
          id
          name
        }
        institution {
          id
          name
        }
      }
    }
  }
`);

const DockingDetailQuery = graphql(`
  query DockingDetail($id: ID!) {
    docking(id: $id) {
      id
      status
      needs
      createdAt
      updatedAt
      firstResponseDue
      product {
        id
        name
      }
      institution {
        id
        name
      }
      timeline {
        id
        at
        type
        party
        body
      }
    }
  }
`);

function statusBadge(status: DockingStatus): string {
  if (status === 'COMPLETED' || status === 'ACCEPTED' || status === 'IN_SERVICE') return 'verified';
  if (status === 'DECLINED' || status === 'CANCELLED' || status === 'CLOSED') return 'rejected';
  return 'pending';
}

function SignInFirst({ path }: { path: string }) {
  return (
    <EmptyState title="请先登录">
      <p>登录后可查看本企业的服务对接。</p>
      <Link to={`/login?next=${encodeURIComponent(path)}`} className="button button--primary">
        登录
      </Link>
    </EmptyState>
  );
}

function DockingList() {
  const { data, loading, error, refetch } = useQuery(MyDockingsQuery, { variables: { first: 50 }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading label="正在加载服务对接…" />;
  if (error && !data) return <ErrorState message={`服务对接加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  const nodes = data?.dockings.nodes ?? [];
  if (!nodes.length) {
    return (
      <EmptyState title="暂无服务对接">
        <p>在服务产品中选择服务后，对接进度将在这里展示。</p>
        <Link to="/services" className="button button--secondary">
          浏览服务产品
        </Link>
      </EmptyState>
    );
  }
  return (
    <ul className="policy-list" aria-label="服务对接列表">
      {nodes.map((d) => (
        <li key={d.id}>
          <article className="policy-item docking-item">
            <h3 className="policy-item__title">
              <Link to={`/my/dockings/${encodeURIComponent(d.id)}`}>{d.product?.name ?? '服务诉求对接'}</Link>
            </h3>
            <p className="policy-item__meta">
              <span className={`badge badge--${statusBadge(d.status)}`} data-testid="docking-status">
                {DOCKING_STATUS_LABELS[d.status]}
              </span>
              {d.institution ? <span>{d.institution.name}</span> : null}
              <span>
                最后更新：<time dateTime={d.updatedAt}>{formatDateTime(d.updatedAt)}</time>
              </span>
            </p>
          </article>
        </li>
      ))}
    </ul>
  );
}

export function MyDockingsPage() {
  usePageTitle('我的服务对接');
  const { path } = useLocation();
  const { data, loading } = useQuery(ViewerQuery);
  let body;
  if (loading && !data) body = <Loading />;
  else if (!data?.me) body = <SignInFirst path={path} />;
  else body = <DockingList />;
  return (
    <div className="container page">
      <h1>我的服务对接</h1>
      <p className="page__lead">本企业发起的服务对接及其办理进度。</p>
      {body}
    </div>
  );
}

function DockingDetail({ id, submitted }: { id: string; submitted: boolean }) {
  const { data, loading, error, refetch } = useQuery(DockingDetailQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading label="正在加载对接详情…" />;
  if (error && !data) return <ErrorState message={`对接详情加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  const d = data?.docking;
  if (!d) {
    return (
      <EmptyState title="未找到该服务对接">
        <p>该对接不存在，或您无权查看。</p>
        <Link to="/my/dockings" className="button button--secondary">
          返回我的服务对接
        </Link>
      </EmptyState>
    );
  }
  return (
    <article className="panel policy-detail" aria-labelledby="docking-title">
      {submitted ? (
        <p className="notice" role="status">
          已提交对接，请等待服务机构受理。
        </p>
      ) : null}
      <header>
        <p className="policy-item__meta">
          <span className={`badge badge--${statusBadge(d.status)}`} data-testid="docking-status">
            {DOCKING_STATUS_LABELS[d.status]}
          </span>
        </p>
        <h1 id="docking-title">{d.product?.name ?? '服务诉求对接'}</h1>
      </header>
      <dl className="facts">
        <div>
          <dt>服务机构</dt>
          <dd>{d.institution?.name ?? '—'}</dd>
        </div>
        <div>
          <dt>提交时间</dt>
          <dd>{formatDateTime(d.createdAt)}</dd>
        </div>
        <div>
          <dt>最后更新</dt>
          <dd>{formatDateTime(d.updatedAt)}</dd>
        </div>
        {d.status === 'SUBMITTED' && d.firstResponseDue ? (
          <div>
            <dt>受理时限</dt>
            <dd>{formatDateTime(d.firstResponseDue)}</dd>
          </div>
        ) : null}
      </dl>
      <section aria-labelledby="docking-needs-title" className="policy-section">
        <h2 id="docking-needs-title">需求描述</h2>
        <p className="policy-plain">{d.needs}</p>
      </section>
      <section aria-labelledby="docking-timeline-title" className="policy-section">
        <h2 id="docking-timeline-title">办理进度</h2>
        {d.timeline.length ? (
          <ol className="timeline">
            {d.timeline.map((ev) => (
              <li key={ev.id} className="timeline__item">
                <p>
                  <strong>{DOCKING_EVENT_LABELS[ev.type]}</strong> <span className="hint">· {DOCKING_PARTY_LABELS[ev.party]}</span>
                </p>
                <p className="hint">
                  <time dateTime={ev.at}>{formatDateTime(ev.at)}</time>
                </p>
                {ev.body ? <p className="policy-plain">{ev.body}</p> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="hint">暂无进度记录</p>
        )}
      </section>
    </article>
  );
}

export function MyDockingDetailPage({ id }: { id: string }) {
  usePageTitle('服务对接详情');
  const { path, query } = useLocation();
  const { data, loading } = useQuery(ViewerQuery);
  let body;
  if (loading && !data) body = <Loading />;
  else if (!data?.me) body = <SignInFirst path={path} />;
  else body = <DockingDetail id={id} submitted={query.get('submitted') === '1'} />;
  return (
    <div className="container page">
      <nav aria-label="面包屑" className="breadcrumb">
        <Link to="/my/dockings">我的服务对接</Link> <span aria-hidden="true">›</span> <span>对接详情</span>
      </nav>
      {body}
    </div>
  );
}
