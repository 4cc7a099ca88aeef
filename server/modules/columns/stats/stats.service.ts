import { industryName, isIndustryCode } from '../../../common/codes/industries.js';
import { isRegionCode, regionName } from '../../../common/codes/regions.js';
import type { Ctx } from '../../../common/context.js';
import { csvText } from '../../../common/csv.js';
import { exportFile, type ExportFile } from '../../../common/export.js';
import { exportText } from '../../../common/export.js';
import { XLSX_MIME, xlsxWorkbook } from '../../../common/xlsx.js';
import { ErrorCode, fail } from '../../../common/errors.js';
import { pgArray, SqlFilter } from '../../../db/sql.js';
import { SERVICE_COLUMN_LABELS, ServiceColumn } from '../../../common/service-column.js';
import { regionRange } from '../entrepreneurship/index.js';
import { STATS_DIMENSION_LABELS, StatsDimension, type ColumnStatsFilter, type ColumnStatsRow, type ColumnStatsTable } from './stats.types.js';
import { chinaDate } from '../../../common/china-time.js';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

interface Sums {
  key: string;
  received: number;
  matched: number;
  answered: number;
  answeredWithinSla: number;
  completed: number;
  amountRequested: number;
  headcountRequested: number;
  amountFinanced: number;
  rated: number;
  ratingSum: number;
}

const SUMS = `sum(received)::int as received, sum(matched)::int as matched, sum(answered)::int as answered,
  sum(answered_in_sla)::int as "answeredWithinSla", sum(completed)::int as completed,
  coalesce(sum(amount), 0)::float8 as "amountRequested", coalesce(sum(headcount), 0)::int as "headcountRequested",
  coalesce(sum(amount_financed), 0)::float8 as "amountFinanced", sum(rated)::int as rated, sum(rating_sum)::int as "ratingSum"`;

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10_000) / 10_000 : 0);

function row({ ratingSum, ...s }: Sums, label: string): ColumnStatsRow {
  return {
    ...s,
    label,
    amountRequested: Math.round(s.amountRequested * 100) / 100,
    amountFinanced: Math.round(s.amountFinanced * 100) / 100,
    averageRating: s.rated > 0 ? Math.round((ratingSum / s.rated) * 100) / 100 : null,
    matchRate: ratio(s.matched, s.received),
    slaRate: ratio(s.answeredWithinSla, s.received),
    completionRate: ratio(s.completed, s.received),
  };
}

/** Key expression and label of each dimension; REGION groups one level below the filter's division. */
function dimension(dim: StatsDimension, f: ColumnStatsFilter): { expr: string; label: (key: string) => string } {
  switch (dim) {
    case StatsDimension.COLUMN:
      return { expr: '"column"', label: (k) => SERVICE_COLUMN_LABELS[k as ServiceColumn] ?? k };
    case StatsDimension.MONTH:
      return { expr: `to_char(month, 'YYYY-MM')`, label: (k) => k };
    case StatsDimension.INDUSTRY:
      return { expr: 'industry_code', label: (k) => (k ? (industryName(k) ?? k) : '未登记企业') };
    case StatsDimension.REGION: {
      const r = f.regionCode ?? '';
      const digits = !r ? 2 : r.endsWith('0000') ? 4 : 6;
      return { expr: `rpad(left(region_code, ${digits}), 6, '0')`, label: (k) => regionName(k) ?? k };
    }
  }
}

/** Rows of the summary that answer the query: the detailed ones only for the dimensions it uses ('*' = all). */
function where(ctx: Ctx, f: ColumnStatsFilter, dim: StatsDimension): SqlFilter {
  const w = new SqlFilter().and('site_id = any(?::uuid[])', pgArray(ctx.sites.scope(ctx.site.id))).andIf(f.column, '"column" = ?', f.column);
  if (f.column === ServiceColumn.POLICY) fail(ErrorCode.INVALID, 'filter.column', '政策栏目没有需求统计');
  for (const [field, value, op] of [
    ['fromMonth', f.fromMonth, '>='],
    ['toMonth', f.toMonth, '<='],
  ] as const) {
    if (!value) continue;
    if (!MONTH.test(value)) fail(ErrorCode.INVALID, `filter.${field}`, '月份格式应为YYYY-MM');
    w.and(`month ${op} ?::date`, `${value}-01`);
  }
  if (f.regionCode) {
    if (!isRegionCode(f.regionCode)) fail(ErrorCode.INVALID, 'filter.regionCode', '地区代码无效');
    const [lo, hi] = regionRange(f.regionCode);
    w.and('region_code >= ? and region_code < ?', lo, hi); // excludes '*'
  } else if (dim === StatsDimension.REGION) w.and(`region_code <> '*'`);
  else w.and(`region_code = '*'`);
  if (f.industryCode) {
    if (!/^\d{2}$/.test(f.industryCode) || !isIndustryCode(f.industryCode)) fail(ErrorCode.INVALID, 'filter.industryCode', '行业代码应为两位行业大类代码');
    w.and('industry_code = ?', f.industryCode);
  } else if (dim === StatsDimension.INDUSTRY) w.and(`industry_code <> '*'`);
  else w.and(`industry_code = '*'`);
  return w;
}

/** Statistics from the monthly summary (kept in the same transaction as every need change). */
export async function columnStatistics(ctx: Ctx, filter: ColumnStatsFilter | null | undefined, dim: StatsDimension): Promise<ColumnStatsTable> {
  const f = filter ?? {};
  const w = where(ctx, f, dim);
  const d = dimension(dim, f);
  const rows = await ctx.em.execute<Sums[]>(`select ${d.expr} as key, ${SUMS} from column_need_monthly ${w.sql} group by 1 order by 1 limit 1000`, w.params);
  const total = rows.reduce<Sums>(
    (t, r) => ({
      key: 'TOTAL',
      received: t.received + r.received,
      matched: t.matched + r.matched,
      answered: t.answered + r.answered,
      answeredWithinSla: t.answeredWithinSla + r.answeredWithinSla,
      completed: t.completed + r.completed,
      amountRequested: t.amountRequested + r.amountRequested,
      headcountRequested: t.headcountRequested + r.headcountRequested,
      amountFinanced: t.amountFinanced + r.amountFinanced,
      rated: t.rated + r.rated,
      ratingSum: t.ratingSum + r.ratingSum,
    }),
    {
      key: 'TOTAL',
      received: 0,
      matched: 0,
      answered: 0,
      answeredWithinSla: 0,
      completed: 0,
      amountRequested: 0,
      headcountRequested: 0,
      amountFinanced: 0,
      rated: 0,
      ratingSum: 0,
    },
  );
  return { dimension: dim, rows: rows.map((r) => row(r, d.label(r.key))), total: row(total, '合计') };
}

const CSV_HEADER = [
  '维度',
  '名称',
  '受理需求数',
  '已匹配',
  '已答复',
  '时限内答复',
  '已办结',
  '申请金额（万元）',
  '需求人数',
  '匹配率',
  '时限内答复率',
  '办结率',
  '融资到位金额（万元）',
  '评价数',
  '平均评分',
];

const cells = (r: ColumnStatsRow) => [
  r.key,
  r.label,
  r.received,
  r.matched,
  r.answered,
  r.answeredWithinSla,
  r.completed,
  r.amountRequested,
  r.headcountRequested,
  r.matchRate,
  r.slaRate,
  r.completionRate,
  r.amountFinanced,
  r.rated,
  r.averageRating,
];

/** The same table as CSV text (UTF-8, CRLF line ends, header in Chinese, total row last). */
export async function columnStatisticsCsv(ctx: Ctx, filter: ColumnStatsFilter | null | undefined, dim: StatsDimension): Promise<string> {
  const t = await columnStatistics(ctx, filter, dim);
  return exportText(
    ctx,
    { operation: 'export.columnStatistics', rows: t.rows.length, detail: { dimension: dim } },
    csvText(CSV_HEADER, [...t.rows, t.total].map(cells)),
  );
}

/** The same table as an XLSX workbook: one sheet, the CSV's header, numbers as numbers, total row last. */
export async function columnStatisticsXlsx(ctx: Ctx, filter: ColumnStatsFilter | null | undefined, dim: StatsDimension): Promise<ExportFile> {
  const t = await columnStatistics(ctx, filter, dim);
  const name = `栏目服务统计-${STATS_DIMENSION_LABELS[dim]}`;
  const bytes = xlsxWorkbook([{ name, header: CSV_HEADER, rows: [...t.rows, t.total].map(cells) }]);
  return exportFile(
    ctx,
    { operation: 'export.columnStatistics', rows: t.rows.length, detail: { dimension: dim } },
    `${name}-${chinaDate(ctx.clock.now())}.xlsx`,
    XLSX_MIME,
    bytes,
  );
}
