import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ConnectionList } from '../../components/paging.js';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import type { PolicyReachEnterprisesQuery, PolicyReachVerdict } from '../../gql/graphql.js';
import { inOrder, SIZE_CLASS_LABELS } from '../../lib/codes.js';
import { downloadExport, useDownload } from '../../lib/download.js';
import { describeRequestError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link } from '../../lib/router.js';
import './policy.css';
import { AdminNav, Gate, StaffOnly, isEditor, isOperator } from './common.js';
import { ConditionOutcomeLabel, PolicyReachVerdictLabel } from '../../gql/labels.js';

const PolicyReachQueryDoc = graphql(`
  query PolicyReach($id: ID!) {
    policy(id: $id) {
      id
      title
      status
    }
    policyReach(policyId: $id) {
      reach {
        eligible
        likely
        nearMiss
        notified
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const PolicyReachEnterprisesQueryDoc = graphql(`
  query PolicyReachEnterprises($id: ID!, $verdict: PolicyReachVerdict!, $first: Int, $after: String) {
    policyReachEnterprises(policyId: $id, verdict: $verdict, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        regionName
        industryName
        sizeClass
        conditions {
          outcome
          reason
          condition {
            id
          }
        }
      }
    }
  }
`);

const PolicyReachXlsxQueryDoc = graphql(`
  query PolicyReachXlsx($id: ID!, $verdict: PolicyReachVerdict!) {
    policyReachXlsx(policyId: $id, verdict: $verdict) {
      filename
      mimeType
      contentBase64
    }
  }
`);

type Enterprise = PolicyReachEnterprisesQuery['policyReachEnterprises']['nodes'][number];

const PAGE_SIZE = 20;
const VERDICTS: PolicyReachVerdict[] = ['ELIGIBLE', 'LIKELY', 'NEAR_MISS'];
const VERDICT_LABELS: Record<PolicyReachVerdict, string> = inOrder(PolicyReachVerdictLabel, ['ELIGIBLE', 'LIKELY', 'NEAR_MISS']);
const VERDICT_HINTS: Record<PolicyReachVerdict, string> = {
  ELIGIBLE: '每个申报条件都符合，可直接推送或按“免申即享”兑现。',
  LIKELY: '没有不符合的条件，但企业尚未填报部分数据（如研发投入占比），需核实。',
  NEAR_MISS: '不符合的条件都是企业可以改变的（如取得某项资质），可引导其创造条件。',
};

function ExportButton({ id, verdict, disabled }: { id: string; verdict: PolicyReachVerdict; disabled: boolean }) {
  const client = useApolloClient();
  const { busy, message, run } = useDownload();
  const save = () =>
    run(async () => {
      const { data } = await client.query({ query: PolicyReachXlsxQueryDoc, variables: { id, verdict }, fetchPolicy: 'network-only' });
      const file = data?.policyReachXlsx;
      if (file) downloadExport(file);
    });
  return (
    <div className="policy-reach__row">
      <button type="button" className="button button--secondary" onClick={() => void save()} disabled={busy || disabled}>
        {busy ? '正在导出…' : '导出 XLSX'}
      </button>
      <span className="hint">导出文件含企业联系人和电话，导出操作将记入审计日志；最多 10000 家。</span>
      {message ? (
        <p className="field-error" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}

function EnterpriseItem({ e }: { e: Enterprise }) {
  const open = e.conditions.filter((c) => c.outcome !== 'MET');
  return (
    <li className="policy-reach__item" data-testid="reach-enterprise">
      <strong>{e.name}</strong>
      <span className="hint">
        {' '}
        · {e.regionName} · {e.industryName} · {SIZE_CLASS_LABELS[e.sizeClass as keyof typeof SIZE_CLASS_LABELS] ?? e.sizeClass}
      </span>
      <details>
        <summary>{open.length ? `判定依据（${open.length} 项未满足或待核实）` : '判定依据（全部符合）'}</summary>
        <ul>
          {e.conditions.map((c) => (
            <li key={c.condition.id} data-testid="reach-reason">
              【{ConditionOutcomeLabel[c.outcome] ?? c.outcome}】{c.reason}
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

function EnterpriseList({ id, verdict, total }: { id: string; verdict: PolicyReachVerdict; total: number }) {
  const query = useQuery(PolicyReachEnterprisesQueryDoc, { variables: { id, verdict, first: PAGE_SIZE }, fetchPolicy: 'network-only' });
  return (
    <ConnectionList
      query={query}
      connection={(d) => d.policyReachEnterprises}
      loadingLabel="正在加载企业名单…"
      errorLabel="企业名单加载失败。"
      emptyTitle={`暂无${VERDICT_LABELS[verdict]}的企业`}
      empty={<p>{total === 0 ? '站点范围内已认证的企业中，没有此类企业。' : '名单为空。'}</p>}
    >
      {(items) => (
        <ul className="policy-reach__list" aria-label={`${VERDICT_LABELS[verdict]}的企业`}>
          {items.map((e) => (
            <EnterpriseItem key={e.id} e={e} />
          ))}
        </ul>
      )}
    </ConnectionList>
  );
}

function Reach({ id, canExport }: { id: string; canExport: boolean }) {
  const [verdict, setVerdict] = useState<PolicyReachVerdict>('ELIGIBLE');
  const { data, loading, error, refetch } = useQuery(PolicyReachQueryDoc, { variables: { id }, fetchPolicy: 'network-only' });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState message={`政策直达加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  const policy = data?.policy;
  if (!policy) return <ErrorState message="政策不存在或无权查看。" />;
  const conditionsHref = `/admin/policies/${encodeURIComponent(policy.id)}/conditions`;
  const payload = data.policyReach;
  const lead = (
    <p className="page__lead">
      {policy.title} · <Link to={conditionsHref}>申报条件</Link> · <Link to={`/admin/policies/${encodeURIComponent(policy.id)}/edit`}>返回编辑</Link>
    </p>
  );
  if (!payload.reach) {
    return (
      <>
        {lead}
        <EmptyState title="暂时无法计算直达企业">
          <p>{payload.errors[0]?.message ?? '请稍后重试。'}</p>
          <Link to={conditionsHref} className="button button--primary">
            去拆解申报条件
          </Link>
        </EmptyState>
      </>
    );
  }
  const counts: Record<PolicyReachVerdict, number> = { ELIGIBLE: payload.reach.eligible, LIKELY: payload.reach.likely, NEAR_MISS: payload.reach.nearMiss };
  return (
    <>
      {lead}
      <section aria-labelledby="reach-counts">
        <h2 id="reach-counts">直达范围</h2>
        <dl className="policy-reach__row policy-reach__counts" data-testid="reach-counts">
          {VERDICTS.map((v) => (
            <div key={v} data-testid={`reach-count-${v}`}>
              <dt>{VERDICT_LABELS[v]}</dt>
              <dd>{counts[v]} 家</dd>
            </div>
          ))}
          <div data-testid="reach-count-notified">
            <dt>已推送通知</dt>
            <dd>{payload.reach.notified} 家</dd>
          </div>
        </dl>
        <p className="hint">统计范围：本站点范围内已认证的企业；依据企业画像与本政策的申报条件自动判定。</p>
      </section>
      <section aria-labelledby="reach-list">
        <h2 id="reach-list">企业名单</h2>
        <div role="radiogroup" aria-label="判定结果" className="policy-reach__row policy-reach__verdicts">
          {VERDICTS.map((v) => (
            <label key={v}>
              <input type="radio" name="reach-verdict" value={v} checked={verdict === v} onChange={() => setVerdict(v)} /> {VERDICT_LABELS[v]}（{counts[v]}）
            </label>
          ))}
        </div>
        <p className="hint">{VERDICT_HINTS[verdict]}</p>
        {canExport ? (
          <ExportButton id={policy.id} verdict={verdict} disabled={counts[verdict] === 0} />
        ) : (
          <p className="hint">导出含联系方式的企业名单仅限运营人员。</p>
        )}
        <EnterpriseList key={verdict} id={policy.id} verdict={verdict} total={counts[verdict]} />
      </section>
    </>
  );
}

/** 政策直达: which verified enterprises a decomposed policy reaches, their reasons, and an audited outreach export. */
export function ReachPage({ id }: { id: string }) {
  usePageTitle('政策直达');
  return (
    <div className="container page">
      <h1>政策直达：惠及企业</h1>
      <Gate next={`/admin/policies/${encodeURIComponent(id)}/reach`} allowed={isEditor} refusal={<StaffOnly />}>
        {(me) => (
          <>
            <AdminNav />
            <Reach id={id} canExport={isOperator(me)} />
          </>
        )}
      </Gate>
    </div>
  );
}
