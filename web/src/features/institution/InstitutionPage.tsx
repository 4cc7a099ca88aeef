import { useQuery } from '@apollo/client/react';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import { COLUMN_LABELS, FEE_TYPE_LABELS, formatDateTime, INSTITUTION_TYPE_LABELS, SERVICE_FORM_LABELS } from '../../lib/codes.js';
import { describeRequestError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link } from '../../lib/router.js';

const InstitutionQuery = graphql(`
  query InstitutionPage($id: ID!) {
    institution(id: $id) {
      id
      name
      type
      description
      qualifications
      responsibleDepartment
      columns
      contactName
      contactPhone
      contactEmail
      dockingSummary {
        requests
        completed
        evaluations
        averageRating
        averageFirstResponseMinutes
        firstResponseOnTimeRate
      }
    }
  }
`);

// Asked once the institution is known to exist (a malformed id would fail the list filters).
const OfferingsQuery = graphql(`
  query InstitutionOfferings($productFilter: ServiceProductFilter!, $activityFilter: ActivityFilter!) {
    serviceProducts(filter: $productFilter, first: 12) {
      totalCount
      nodes {
        id
        name
        column
        form
        feeType
      }
    }
    activities(filter: $activityFilter, first: 6) {
      nodes {
        id
        name
        startsAt
        placeAddress
        remainingSeats
      }
    }
  }
`);

function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '暂无数据' : `${Math.round(rate * 100)}%`;
}

function minutes(value: number | null | undefined): string {
  if (value === null || value === undefined) return '暂无数据';
  if (value < 60) return `${Math.round(value)} 分钟`;
  return `${(value / 60).toFixed(1)} 小时`;
}

function Offerings({ id }: { id: string }) {
  const { data, loading, error, refetch } = useQuery(OfferingsQuery, {
    variables: { productFilter: { institutionId: id }, activityFilter: { institutionId: id, upcoming: true } },
  });
  if (loading && !data) return <Loading label="正在加载服务产品与活动…" />;
  if (error && !data) return <ErrorState message={`服务产品与活动加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  const products = data?.serviceProducts;
  const activities = data?.activities.nodes ?? [];
  return (
    <>
      <section className="policy-section" aria-labelledby="inst-products">
        <h2 id="inst-products">服务产品{products ? `（${products.totalCount}）` : ''}</h2>
        {products?.nodes.length ? (
          <ul className="policy-list">
            {products.nodes.map((p) => (
              <li key={p.id} className="policy-item">
                <Link to={`/services/${encodeURIComponent(p.id)}`} className="policy-item__title">
                  {p.name}
                </Link>
                <p className="policy-item__meta">
                  {COLUMN_LABELS[p.column]} · {SERVICE_FORM_LABELS[p.form]} · {FEE_TYPE_LABELS[p.feeType]}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title="暂无上架的服务产品" />
        )}
      </section>

      <section className="policy-section" aria-labelledby="inst-activities">
        <h2 id="inst-activities">近期活动</h2>
        {activities.length ? (
          <ul className="policy-list">
            {activities.map((a) => (
              <li key={a.id} className="policy-item">
                <Link to={`/activities/${encodeURIComponent(a.id)}`} className="policy-item__title">
                  {a.name}
                </Link>
                <p className="policy-item__meta">
                  {formatDateTime(a.startsAt)}
                  {a.placeAddress ? ` · ${a.placeAddress}` : ''} · 剩余名额 {a.remainingSeats}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title="暂无即将举办的活动" />
        )}
      </section>
    </>
  );
}

/** An institution's public page (/institutions/:id): who it is, its service record (M1 public SLA summary), its services and coming activities. */
export function InstitutionPage({ id }: { id: string }) {
  const { data, loading, error, refetch } = useQuery(InstitutionQuery, { variables: { id } });
  const inst = data?.institution;
  usePageTitle(inst?.name ?? '服务机构');
  if (loading && !data) return <Loading label="正在加载服务机构…" />;
  if (error && !data) return <ErrorState message={`服务机构加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  if (!inst) {
    return (
      <div className="container page page--narrow">
        <h1>找不到这家服务机构</h1>
        <p>该机构不存在、尚未通过审核，或不在本站点范围内。</p>
        <Link to="/services" className="button button--secondary">
          浏览服务目录
        </Link>
      </div>
    );
  }
  const s = inst.dockingSummary;
  return (
    <div className="container page institution-page">
      <nav className="breadcrumb" aria-label="位置">
        <Link to="/">首页</Link> / 服务机构
      </nav>
      <h1>{inst.name}</h1>
      <p className="institution__type">
        {INSTITUTION_TYPE_LABELS[inst.type]} · 主管部门：{inst.responsibleDepartment}
      </p>
      <ul className="tags" aria-label="服务栏目">
        {inst.columns.map((c) => (
          <li key={c} className="tag">
            {COLUMN_LABELS[c]}
          </li>
        ))}
      </ul>
      {inst.description ? <p>{inst.description}</p> : null}

      <section className="policy-section" aria-labelledby="inst-record">
        <h2 id="inst-record">服务记录</h2>
        {s.requests === 0 ? (
          <p className="hint">该机构尚未受理过对接请求。</p>
        ) : (
          <dl className="facts">
            <div>
              <dt>受理请求</dt>
              <dd>{s.requests} 件</dd>
            </div>
            <div>
              <dt>已办结</dt>
              <dd>{s.completed} 件</dd>
            </div>
            <div>
              <dt>按时首次响应率</dt>
              <dd>{percent(s.firstResponseOnTimeRate)}</dd>
            </div>
            <div>
              <dt>平均首次响应用时</dt>
              <dd>{minutes(s.averageFirstResponseMinutes)}</dd>
            </div>
            <div>
              <dt>平均评分</dt>
              <dd>{s.averageRating === null || s.averageRating === undefined ? '暂无评价' : `${s.averageRating.toFixed(1)} 分（${s.evaluations} 条评价）`}</dd>
            </div>
          </dl>
        )}
      </section>

      <Offerings id={inst.id} />

      <section className="policy-section" aria-labelledby="inst-contact">
        <h2 id="inst-contact">联系方式</h2>
        <dl className="facts">
          <div>
            <dt>联系人</dt>
            <dd>{inst.contactName}</dd>
          </div>
          <div>
            <dt>联系电话</dt>
            <dd>{inst.contactPhone}</dd>
          </div>
          {inst.contactEmail ? (
            <div>
              <dt>电子邮箱</dt>
              <dd>{inst.contactEmail}</dd>
            </div>
          ) : null}
        </dl>
        {inst.qualifications ? <p className="hint">资质：{inst.qualifications}</p> : null}
      </section>
    </div>
  );
}
