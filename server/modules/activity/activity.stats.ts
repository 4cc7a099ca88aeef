import type { Ctx } from '../../common/context.js';
import { csvText } from '../../common/csv.js';
import { exportFile, type ExportFile } from '../../common/export.js';
import { exportText } from '../../common/export.js';
import { XLSX_MIME, xlsxWorkbook } from '../../common/xlsx.js';
import { toGlobalId } from '../../common/ids.js';
import { pgArray } from '../../db/sql.js';
import { SERVICE_COLUMN_LABELS, type ServiceColumn } from '../../common/service-column.js';
import { ACTIVITY_STATS_GROUP_LABELS, ActivityStatsGroup, type ActivityStatsRow } from './activity.entity.js';
import { CHINA_TIME_ZONE, chinaDate } from '../../common/china-time.js';

const KEY: Record<ActivityStatsGroup, string> = {
  COLUMN: 'a."column"',
  INSTITUTION: 'a.institution_id::text',
  MONTH: `to_char(a.starts_at at time zone '${CHINA_TIME_ZONE}', 'YYYY-MM')`,
};

/**
 * Published activities aggregated by column, institution or month (M4). Groups are few (6 columns,
 * institutions, months), so the result is a plain list capped at 500 groups.
 */
export async function activityStatistics(ctx: Ctx, group: ActivityStatsGroup, institutionId: string | null): Promise<ActivityStatsRow[]> {
  const params: unknown[] = [pgArray(ctx.sites.scope(ctx.site.id))];
  let scope = '';
  if (institutionId) {
    scope = 'and a.institution_id = ?';
    params.push(institutionId);
  }
  const rows = await ctx.em.execute<(ActivityStatsRow & { name: string | null })[]>(
    `select ${KEY[group]} as key, max(i.name) as name, count(*)::int as activities, sum(a.capacity)::int as capacity,
            coalesce(sum(r.registered), 0)::int as registered, coalesce(sum(r.waitlisted), 0)::int as waitlisted,
            coalesce(sum(r.checked_in), 0)::int as "checkedIn",
            coalesce(sum(r.checked_in), 0)::float8 / nullif(sum(r.registered), 0) as "attendanceRate",
            coalesce(sum(r.evaluations), 0)::int as evaluations,
            sum(r.rating_sum)::float8 / nullif(sum(r.evaluations), 0) as "averageRating"
       from activity a join institution i on i.id = a.institution_id
       left join lateral (select count(*) filter (where status = 'REGISTERED') as registered, count(*) filter (where status = 'WAITLISTED') as waitlisted,
                                 count(*) filter (where checked_in_at is not null) as checked_in, count(rating) as evaluations, sum(rating) as rating_sum
                            from activity_registration where activity_id = a.id) r on true
      where a.status = 'PUBLISHED' and a.site_id = any(?::uuid[]) ${scope}
      group by 1 order by 1 limit 500`,
    params,
  );
  return rows.map((r) => ({
    ...r,
    key: group === ActivityStatsGroup.INSTITUTION ? toGlobalId('Institution', r.key) : r.key,
    label:
      group === ActivityStatsGroup.COLUMN ? SERVICE_COLUMN_LABELS[r.key as ServiceColumn] : group === ActivityStatsGroup.INSTITUTION ? (r.name ?? '') : r.key,
  }));
}

const STATS_HEADER = ['分组', '名称', '活动数', '名额', '报名人数', '候补人数', '签到人数', '签到率', '评价数', '平均评分'];

/** CSV (UTF-8 with BOM so that spreadsheet software reads Chinese) of the statistics. */
export function statisticsCsv(ctx: Ctx, rows: ActivityStatsRow[], group: ActivityStatsGroup): Promise<string> {
  const fixed = (v: number | null) => (v !== null && v !== undefined && !Number.isInteger(v) ? v.toFixed(4) : v);
  const cells = rows.map((r) => [
    r.key,
    r.label,
    r.activities,
    r.capacity,
    r.registered,
    r.waitlisted,
    r.checkedIn,
    fixed(r.attendanceRate),
    r.evaluations,
    fixed(r.averageRating),
  ]);
  return exportText(ctx, { operation: 'export.activityStatistics', rows: rows.length, detail: { group } }, csvText(STATS_HEADER, cells, { bom: true }));
}

/** The same table as an XLSX workbook (one sheet; rates and ratings as numbers, rounded to 4 places). */
export function statisticsXlsx(ctx: Ctx, rows: ActivityStatsRow[], group: ActivityStatsGroup): Promise<ExportFile> {
  const round = (v: number | null) => (v === null || v === undefined ? null : Math.round(v * 10_000) / 10_000);
  const bytes = xlsxWorkbook([
    {
      name: `活动统计（${ACTIVITY_STATS_GROUP_LABELS[group]}）`,
      header: STATS_HEADER,
      rows: rows.map((r) => [
        r.key,
        r.label,
        r.activities,
        r.capacity,
        r.registered,
        r.waitlisted,
        r.checkedIn,
        round(r.attendanceRate),
        r.evaluations,
        round(r.averageRating),
      ]),
    },
  ]);
  return exportFile(
    ctx,
    { operation: 'export.activityStatistics', rows: rows.length, detail: { group } },
    `活动统计-${ACTIVITY_STATS_GROUP_LABELS[group]}-${chinaDate(ctx.clock.now())}.xlsx`,
    XLSX_MIME,
    bytes,
  );
}
