import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { SelectField } from '../../components/forms.js';
import { ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import type { ScenarioCode } from '../../gql/graphql.js';
import { REGION_GROUPS } from '../../lib/codes.js';
import { describeRequestError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link } from '../../lib/router.js';
import { OPERATION_PATHS, RESOURCE_KIND_LABELS, SCENARIOS } from './labels.js';
import { Section } from './shared.js';
import { NotFoundPage } from '../portal/NotFoundPage.js';
import { ScenarioRelatedKindLabel } from '../../gql/labels.js';

const ScenarioQuery = graphql(`
  query Scenario($code: ScenarioCode!, $regionCode: String) {
    scenario(code: $code, regionCode: $regionCode) {
      code
      title
      summary
      steps {
        order
        title
        description
        action {
          label
          operation
          requiresLogin
        }
      }
      nextAction {
        label
        operation
      }
      institutions {
        id
        name
        contactPhone
      }
      financingProducts {
        id
        name
        lender
        amountMin
        amountMax
        rateMin
        rateMax
      }
      startupResources {
        id
        kind
        name
        regionName
      }
      categories {
        code
        group
        label
      }
      related {
        kind
        available
        items {
          id
          title
        }
      }
    }
  }
`);

const RELATED_PATHS = { POLICY: '/policy/', ACTIVITY: '/activities/', SERVICE_PRODUCT: '/services/' } as const;

const pathOf = (operation: string, code: ScenarioCode) =>
  OPERATION_PATHS[operation] ??
  (operation === 'serviceCatalogue'
    ? code === 'HIRING'
      ? '/talent#catalogue'
      : code === 'STARTUP'
        ? '/entrepreneurship#services'
        : '/consulting#catalogue'
    : '/');

function Journey({ code }: { code: ScenarioCode }) {
  const [regionCode, setRegionCode] = useState('');
  const { data, loading, error, refetch } = useQuery(ScenarioQuery, { variables: { code, regionCode: regionCode || null } });
  const s = data?.scenario;
  usePageTitle(s?.title ?? '场景服务');
  if (loading && !data) return <Loading label="正在加载…" />;
  if (error && !data) return <ErrorState message={`加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  if (!s) return null;
  const related = s.related.filter((r) => r.items.length);
  return (
    <>
      <h1>{s.title}</h1>
      <p className="page__lead">{s.summary}</p>
      <div className="panel columns-next">
        <p>下一步</p>
        <Link to={pathOf(s.nextAction.operation, code)} className="button button--accent button--large" data-testid="scenario-next">
          {s.nextAction.label}
        </Link>
        <div className="columns-next__region">
          <SelectField
            name="scenario-region"
            label="所在地区"
            value={regionCode}
            onValueChange={setRegionCode}
            groups={REGION_GROUPS}
            placeholder="全部地区"
            hint="选择地区，查看当地的服务机构和资源"
          />
        </div>
      </div>
      <Section id="steps" title="办理步骤">
        <ol className="columns-steps">
          {s.steps.map((step) => (
            <li key={step.order}>
              <h3>{step.title}</h3>
              <p>{step.description}</p>
              <Link to={pathOf(step.action.operation, code)}>{step.action.label}</Link>
              {step.action.requiresLogin ? <span className="columns-muted">（需登录）</span> : null}
            </li>
          ))}
        </ol>
      </Section>
      {s.financingProducts.length ? (
        <Section id="products" title="可申请的融资产品">
          <ul className="columns-list">
            {s.financingProducts.map((p) => (
              <li key={p.id}>
                <strong>{p.name}</strong>{' '}
                <span className="columns-muted">
                  {p.lender} · {p.amountMin}–{p.amountMax}万元 · 年利率{p.rateMin}%–{p.rateMax}%
                </span>
              </li>
            ))}
          </ul>
          <Link to="/financing#products">查看全部融资产品</Link>
        </Section>
      ) : null}
      {s.startupResources.length ? (
        <Section id="resources" title="创业资源">
          <ul className="columns-list">
            {s.startupResources.map((r) => (
              <li key={r.id}>
                <span className="tag">{RESOURCE_KIND_LABELS[r.kind]}</span> {r.name} <span className="columns-muted">{r.regionName}</span>
              </li>
            ))}
          </ul>
          <Link to="/entrepreneurship#directory">查看全部创业资源</Link>
        </Section>
      ) : null}
      <Section id="institutions" title="服务机构">
        {s.institutions.length ? (
          <ul className="columns-list">
            {s.institutions.map((i) => (
              <li key={i.id}>
                {i.name} <span className="columns-muted">电话 {i.contactPhone}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="columns-muted">该地区暂无对应的服务机构。</p>
        )}
      </Section>
      {s.categories.length ? (
        <Section id="categories" title="服务类别">
          <ul className="tags">
            {s.categories.map((c) => (
              <li key={c.code} className="tag">
                {c.label}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {related.map((r) => (
        <Section key={r.kind} id={`related-${r.kind.toLowerCase()}`} title={ScenarioRelatedKindLabel[r.kind]}>
          <ul className="columns-list">
            {r.items.map((item) => (
              <li key={item.id}>
                <Link to={`${RELATED_PATHS[r.kind]}${encodeURIComponent(item.id)}`}>{item.title}</Link>
              </li>
            ))}
          </ul>
        </Section>
      ))}
    </>
  );
}

export function ScenarioPage({ scenarioKey }: { scenarioKey: string }) {
  const entry = SCENARIOS.find((s) => s.key === scenarioKey);
  if (!entry) return <NotFoundPage />;
  return (
    <div className="container page">
      <p className="breadcrumb">
        <Link to="/">首页</Link> / 场景服务
      </p>
      <Journey code={entry.code} />
      <nav className="columns-tabs" aria-label="其他场景">
        {SCENARIOS.filter((s) => s.key !== scenarioKey).map((s) => (
          <Link key={s.key} to={`/scenarios/${s.key}`}>
            {s.title}
          </Link>
        ))}
      </nav>
    </div>
  );
}
