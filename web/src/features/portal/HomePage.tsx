import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql/index.js';
import { COLUMN_LABELS, COLUMN_LINKS, INSTITUTION_TYPE_LABELS } from '../../lib/codes.js';
import { describeRequestError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link } from '../../lib/router.js';
import { offersEnterprise, ViewerQuery } from '../../lib/viewer.js';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { SCENARIOS } from '../columns/labels.js';
import { HomeNotices, HomePolicies } from './notices.js';

const HomeInstitutionsQuery = graphql(`
  query HomeInstitutions {
    institutions(first: 8) {
      totalCount
      nodes {
        id
        name
        type
        columns
        description
      }
    }
  }
`);

function Institutions() {
  const { data, loading, error, refetch } = useQuery(HomeInstitutionsQuery);
  if (loading && !data) return <Loading label="正在加载服务机构…" />;
  if (error && !data) return <ErrorState message={`服务机构加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  const nodes = data?.institutions.nodes ?? [];
  if (!nodes.length) {
    return (
      <EmptyState title="暂无入驻的服务机构">
        <p>服务机构通过平台审核后将在这里展示。</p>
      </EmptyState>
    );
  }
  return (
    <ul className="card-grid institution-list">
      {nodes.map((inst) => (
        <li key={inst.id} className="card institution">
          <h3 className="institution__name">
            <Link to={`/institutions/${encodeURIComponent(inst.id)}`}>{inst.name}</Link>
          </h3>
          <p className="institution__type">{INSTITUTION_TYPE_LABELS[inst.type]}</p>
          {inst.description ? <p className="institution__desc">{inst.description}</p> : null}
          <ul className="tags" aria-label="服务栏目">
            {inst.columns.map((c) => (
              <li key={c} className="tag">
                {COLUMN_LABELS[c]}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

export function HomePage() {
  usePageTitle('');
  const { data } = useQuery(ViewerQuery);
  const me = data?.me;
  const registerTarget = me ? (me.enterprise ? '/enterprise' : '/enterprise/register') : '/register';
  // Operators, reviewers, administrators and institution staff have no enterprise to register here.
  const offerRegister = !me || offersEnterprise(me);
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <div className="container hero__inner">
          <h1 id="hero-title">{data?.currentSite.name ?? '中小企业公共服务平台'}</h1>
          <p className="hero__lead">汇聚政策、融资、创业、人才、技术与管理咨询服务资源，为中小企业提供一站式公共服务。</p>
          <div className="hero__actions">
            {offerRegister ? (
              <Link to={registerTarget} className="button button--accent button--large">
                {me?.enterprise ? '查看我的企业' : '企业注册'}
              </Link>
            ) : null}
            <Link to="/search" className="button button--light button--large">
              查找服务
            </Link>
          </div>
        </div>
      </section>

      <div className="container section home-news">
        <HomeNotices />
        <HomePolicies />
      </div>

      <section className="container section" aria-labelledby="columns-title">
        <h2 id="columns-title">服务栏目</h2>
        <ul className="card-grid column-grid">
          {COLUMN_LINKS.map((c) => (
            <li key={c.path}>
              <Link to={c.path} className="card column-card">
                <span className="column-card__title">{c.label}</span>
                <span className="column-card__summary">{c.summary}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section className="container section" aria-labelledby="scenarios-title">
        <h2 id="scenarios-title">场景服务</h2>
        <ul className="card-grid column-grid">
          {SCENARIOS.map((s) => (
            <li key={s.key}>
              <Link to={`/scenarios/${s.key}`} className="card column-card">
                <span className="column-card__title">{s.title}</span>
                <span className="column-card__summary">{s.summary}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section className="container section" aria-labelledby="institutions-title">
        <div className="news-block__head">
          <h2 id="institutions-title">入驻服务机构</h2>
          <Link to="/institutions" aria-label="查看全部服务机构">
            全部机构
          </Link>
        </div>
        <Institutions />
      </section>
    </>
  );
}
