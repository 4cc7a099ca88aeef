import { useQuery } from '@apollo/client/react';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import { DOCKING_STATUS_LABELS, formatDateTime } from '../../lib/codes.js';
import { describeRequestError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link, useLocation } from '../../lib/router.js';
import { ViewerQuery } from '../../lib/viewer.js';
import { DockingView, statusBadge } from './DockingView.js';
import { useLiveDockings } from './live.js';
import { RemindersPanel } from './Reminders.js';

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
  useLiveDockings(refetch);
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
  else {
    body = (
      <>
        <RemindersPanel dockingPath={(id) => `/my/dockings/${encodeURIComponent(id)}`} demandPath={(id) => `/my/demands/${encodeURIComponent(id)}`} />
        <DockingList />
      </>
    );
  }
  return (
    <div className="container page">
      <h1>我的服务对接</h1>
      <p className="page__lead">本企业发起的服务对接及其办理进度。</p>
      {body}
    </div>
  );
}

export function MyDockingDetailPage({ id }: { id: string }) {
  usePageTitle('服务对接详情');
  const { path, query } = useLocation();
  const { data, loading } = useQuery(ViewerQuery);
  let body;
  if (loading && !data) body = <Loading />;
  else if (!data?.me) body = <SignInFirst path={path} />;
  else body = <DockingView id={id} side="enterprise" notice={query.get('submitted') === '1' ? '已提交对接，请等待服务机构受理。' : undefined} />;
  return (
    <div className="container page">
      <nav aria-label="面包屑" className="breadcrumb">
        <Link to="/my/dockings">我的服务对接</Link> <span aria-hidden="true">›</span> <span>对接详情</span>
      </nav>
      {body}
    </div>
  );
}
