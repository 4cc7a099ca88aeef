import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { SelectField } from '../../components/forms.js';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import type { ColumnStatsFilter, ServiceColumn, StatsDimension } from '../../gql/graphql.js';
import { COLUMN_LABELS, INDUSTRY_GROUPS, REGION_GROUPS } from '../../lib/codes.js';
import { downloadBlob, downloadExport, useDownload } from '../../lib/download.js';
import { describeRequestError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link } from '../../lib/router.js';
import { ViewerQuery } from '../../lib/viewer.js';
import { BarChart, LineChart } from './charts.js';
import { DIMENSION_LABELS, formatRate } from './labels.js';
import './columns.css';

const StatsQuery = graphql(`
  query ColumnStatistics($groupBy: StatsDimension!, $filter: ColumnStatsFilter) {
    table: columnStatistics(groupBy: $groupBy, filter: $filter) {
      dimension
      rows {
        ...StatsRow
      }
      total {
        ...StatsRow
      }
    }
    trend: columnStatistics(groupBy: MONTH, filter: $filter) {
      rows {
        key
        received
        answeredWithinSla
        completed
      }
    }
  }
  fragment StatsRow on ColumnStatsRow {
    key
    label
    received
    matched
    answered
    answeredWithinSla
    completed
    amountRequested
    headcountRequested
    amountFinanced
    rated
    averageRating
    matchRate
    slaRate
    completionRate
  }
`);

const StatsCsvQuery = graphql(`
  query ColumnStatisticsCsv($groupBy: StatsDimension!, $filter: ColumnStatsFilter) {
    columnStatisticsCsv(groupBy: $groupBy, filter: $filter)
  }
`);

const StatsXlsxQuery = graphql(`
  query ColumnStatisticsXlsx($groupBy: StatsDimension!, $filter: ColumnStatsFilter) {
    columnStatisticsXlsx(groupBy: $groupBy, filter: $filter) {
      filename
      mimeType
      contentBase64
    }
  }
`);

const NEED_COLUMNS: readonly ServiceColumn[] = ['FINANCING', 'ENTREPRENEURSHIP', 'TALENT', 'TECHNOLOGY', 'CONSULTING'];
const PROVINCE_GROUPS = [{ label: '全省', options: [{ value: '340000', label: '安徽省' }] }, ...REGION_GROUPS];

interface Draft {
  groupBy: StatsDimension;
  column: ServiceColumn | '';
  fromMonth: string;
  toMonth: string;
  regionCode: string;
  industryCode: string;
}
const INITIAL: Draft = { groupBy: 'COLUMN', column: '', fromMonth: '', toMonth: '', regionCode: '', industryCode: '' };

function toFilter(d: Draft): ColumnStatsFilter {
  const f: ColumnStatsFilter = {};
  if (d.column) f.column = d.column;
  if (d.fromMonth) f.fromMonth = d.fromMonth;
  if (d.toMonth) f.toMonth = d.toMonth;
  if (d.regionCode) f.regionCode = d.regionCode;
  if (d.industryCode) f.industryCode = d.industryCode;
  return f;
}

function Downloads({ groupBy, filter }: { groupBy: StatsDimension; filter: ColumnStatsFilter }) {
  const client = useApolloClient();
  const { busy, message, run } = useDownload();
  const stamp = new Date().toISOString().slice(0, 10);
  const csv = () =>
    run(async () => {
      const { data } = await client.query({ query: StatsCsvQuery, variables: { groupBy, filter }, fetchPolicy: 'network-only' });
      // A byte-order mark so spreadsheet programs read the UTF-8 Chinese header correctly.
      if (data)
        downloadBlob(
          `栏目服务统计-${DIMENSION_LABELS[groupBy]}-${stamp}.csv`,
          new Blob(['\ufeff', data.columnStatisticsCsv], { type: 'text/csv;charset=utf-8' }),
        );
    });
  const xlsx = () =>
    run(async () => {
      const { data } = await client.query({ query: StatsXlsxQuery, variables: { groupBy, filter }, fetchPolicy: 'network-only' });
      const file = data?.columnStatisticsXlsx;
      if (file) downloadExport(file);
    });
  return (
    <div className="columns-downloads">
      <button type="button" className="button button--secondary" onClick={() => void csv()} disabled={busy}>
        下载 CSV
      </button>
      <button type="button" className="button button--secondary" onClick={() => void xlsx()} disabled={busy}>
        下载 XLSX
      </button>
      {message ? (
        <p className="field-error" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}

function Dashboard({ groupBy, filter }: { groupBy: StatsDimension; filter: ColumnStatsFilter }) {
  const { data, loading, error, refetch } = useQuery(StatsQuery, { variables: { groupBy, filter }, fetchPolicy: 'network-only' });
  if (loading && !data) return <Loading label="正在统计…" />;
  if (error && !data) return <ErrorState message={`统计加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  if (!data) return null;
  const { table, trend } = data;
  const t = table.total;
  const kpis: [string, string, string][] = [
    ['received', '受理需求', String(t.received)],
    ['matched', '已匹配', `${t.matched}（${formatRate(t.matchRate)}）`],
    ['answeredWithinSla', '时限内答复', `${t.answeredWithinSla}（${formatRate(t.slaRate)}）`],
    ['completed', '已办结', `${t.completed}（${formatRate(t.completionRate)}）`],
    ['amountRequested', '申请融资金额', `${t.amountRequested}万元`],
    ['amountFinanced', '融资到位金额', `${t.amountFinanced}万元`],
    ['headcountRequested', '需求人数', `${t.headcountRequested}人`],
    ['averageRating', '平均评分', t.averageRating === null ? '—' : `${t.averageRating}（${t.rated}条）`],
  ];
  return (
    <>
      <dl className="columns-kpis" aria-label="合计">
        {kpis.map(([key, label, value]) => (
          <div key={key} className="card">
            <dt>{label}</dt>
            <dd data-testid={`kpi-${key}`}>{value}</dd>
          </div>
        ))}
      </dl>
      {table.rows.length ? (
        <div className="columns-two">
          <BarChart
            title={`需求与答复（${DIMENSION_LABELS[table.dimension]}）`}
            labels={table.rows.map((r) => r.label)}
            series={[
              { name: '受理', className: 'chart--a', values: table.rows.map((r) => r.received) },
              { name: '时限内答复', className: 'chart--b', values: table.rows.map((r) => r.answeredWithinSla) },
              { name: '办结', className: 'chart--c', values: table.rows.map((r) => r.completed) },
            ]}
          />
          <LineChart
            title="月度趋势"
            labels={trend.rows.map((r) => r.key)}
            series={[
              { name: '受理', className: 'chart--a', values: trend.rows.map((r) => r.received) },
              { name: '时限内答复', className: 'chart--b', values: trend.rows.map((r) => r.answeredWithinSla) },
              { name: '办结', className: 'chart--c', values: trend.rows.map((r) => r.completed) },
            ]}
          />
        </div>
      ) : (
        <EmptyState title="所选范围内没有需求记录" />
      )}
      <div className="columns-table-wrap">
        <table className="columns-table" data-testid="stats-table">
          <caption>统计明细（{DIMENSION_LABELS[table.dimension]}）</caption>
          <thead>
            <tr>
              <th scope="col">名称</th>
              <th scope="col">受理</th>
              <th scope="col">已匹配</th>
              <th scope="col">已答复</th>
              <th scope="col">时限内答复</th>
              <th scope="col">已办结</th>
              <th scope="col">金额（万元）</th>
              <th scope="col">到位金额（万元）</th>
              <th scope="col">人数</th>
              <th scope="col">时限内答复率</th>
              <th scope="col">办结率</th>
              <th scope="col">平均评分</th>
            </tr>
          </thead>
          <tbody>
            {[...table.rows, t].map((r) => (
              <tr key={r.key} className={r.key === 'TOTAL' ? 'columns-table__total' : undefined}>
                <th scope="row">{r.label}</th>
                <td>{r.received}</td>
                <td>{r.matched}</td>
                <td>{r.answered}</td>
                <td>{r.answeredWithinSla}</td>
                <td>{r.completed}</td>
                <td>{r.amountRequested}</td>
                <td>{r.amountFinanced}</td>
                <td>{r.headcountRequested}</td>
                <td>{formatRate(r.slaRate)}</td>
                <td>{formatRate(r.completionRate)}</td>
                <td>{r.averageRating ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** F5/T4/M4: the operators' dashboard of the column needs, from the maintained monthly summary. */
export function StatisticsPage() {
  usePageTitle('栏目服务统计');
  const viewer = useQuery(ViewerQuery);
  const [draft, setDraft] = useState<Draft>(INITIAL);
  const [applied, setApplied] = useState<Draft>(INITIAL);
  const me = viewer.data?.me;
  if (viewer.loading && !viewer.data) return <Loading />;
  if (!me || !me.roles.some((r) => r === 'OPERATOR' || r === 'REVIEWER')) {
    return (
      <div className="container page page--narrow">
        <h1>栏目服务统计</h1>
        <EmptyState title={me ? '仅平台运营人员可以查看' : '请先登录'}>{me ? null : <Link to="/login?next=/admin/statistics">登录</Link>}</EmptyState>
      </div>
    );
  }
  const set = (k: keyof Draft) => (v: string) => setDraft((d) => ({ ...d, [k]: v }));
  function submit(e: FormEvent) {
    e.preventDefault();
    setApplied(draft);
  }
  const filter = toFilter(applied);
  return (
    <div className="container page">
      <h1>栏目服务统计</h1>
      <p className="page__lead">融资、创业、人才、技术和管理咨询栏目的需求受理、匹配、时限内答复和办结情况；数据来自随需求变化实时维护的月度汇总。</p>
      <form className="panel policy-filters" aria-label="统计条件" onSubmit={submit}>
        <div className="policy-filters__grid">
          <div className="field">
            <label htmlFor="st-group">统计维度</label>
            <select id="st-group" value={draft.groupBy} onChange={(e) => set('groupBy')(e.target.value)}>
              {Object.entries(DIMENSION_LABELS).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="st-column">栏目</label>
            <select id="st-column" value={draft.column} onChange={(e) => set('column')(e.target.value)}>
              <option value="">全部栏目</option>
              {NEED_COLUMNS.map((c) => (
                <option key={c} value={c}>
                  {COLUMN_LABELS[c]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="st-from">起始月份</label>
            <input id="st-from" type="month" value={draft.fromMonth} onChange={(e) => set('fromMonth')(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="st-to">截止月份</label>
            <input id="st-to" type="month" value={draft.toMonth} onChange={(e) => set('toMonth')(e.target.value)} />
          </div>
          <SelectField
            name="st-region"
            label="地区"
            value={draft.regionCode}
            onValueChange={set('regionCode')}
            groups={PROVINCE_GROUPS}
            placeholder="全部地区"
          />
          <SelectField
            name="st-industry"
            label="行业"
            value={draft.industryCode}
            onValueChange={set('industryCode')}
            groups={INDUSTRY_GROUPS}
            placeholder="全部行业"
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary">
            统计
          </button>
          <Downloads groupBy={applied.groupBy} filter={filter} />
        </div>
      </form>
      <Dashboard key={JSON.stringify([applied.groupBy, filter])} groupBy={applied.groupBy} filter={filter} />
    </div>
  );
}
