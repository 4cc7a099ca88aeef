import { auditCrossTenant } from '../../common/audit.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, Violations, fail, forbidden, unauthenticated } from '../../common/errors.js';
import { fromGlobalId } from '../../common/ids.js';
import { byKeys } from '../../common/loaders.js';
import { mutation } from '../../common/mutation.js';
import { connectionOf, pageOf, type PageArgs } from '../../common/relay.js';
import { Role } from '../../common/roles.js';
import { pgArray } from '../../db/sql.js';
import {
  DOCKING_COLUMNS,
  EVALUATION_COLUMNS,
  EVENT_COLUMNS,
  OPEN_STATUSES,
  type Docking,
  type DockingEvaluation,
  type DockingEvent,
} from './docking.entity.js';
import type { DockingFilter, InstitutionDockingSettingsInput } from './docking.inputs.js';
import { isOperator, isPlatformStaff, requireInstitutionStaff } from '../../common/parties.js';
import { countOf } from '../../common/raw-sql.js';
import { REMINDER_COLUMNS, type Reminder } from './reminder.entity.js';
import { DEFAULT_SLA } from './sla.js';

export const TIMELINE_CAP = 200;

export function canSeeDocking(ctx: Ctx, d: Pick<Docking, 'enterpriseId' | 'institutionId'>): boolean {
  const v = ctx.viewer;
  if (!v) return false;
  return v.enterpriseId === d.enterpriseId || (v.institutionId === d.institutionId && v.roles.includes(Role.INSTITUTION_STAFF)) || isPlatformStaff(ctx);
}

/** A docking regardless of the viewer (callers check `canSeeDocking`). */
export function loadDocking(ctx: Ctx, id: string): Promise<Docking | null> {
  return ctx.loaders
    .get<string, Docking>('dockingById', async (ids) =>
      byKeys(ids, await ctx.em.execute<Docking[]>(`select ${DOCKING_COLUMNS} from docking where id = any(?::uuid[])`, [pgArray(ids)])),
    )
    .load(id);
}

export async function dockingById(ctx: Ctx, id: string): Promise<Docking | null> {
  const d = await loadDocking(ctx, id);
  return d && canSeeDocking(ctx, d) ? d : null;
}

export async function dockingByGlobalId(ctx: Ctx, globalId: string): Promise<Docking | null> {
  const id = fromGlobalId(globalId, 'Docking');
  const d = id ? await loadDocking(ctx, id) : null;
  if (!d) return null;
  if (canSeeDocking(ctx, d)) return d;
  await auditCrossTenant(ctx, 'Docking', d.id);
  return null;
}

/** The last TIMELINE_CAP events of each docking, oldest first; batched across a page of dockings. */
export function dockingTimeline(ctx: Ctx, dockingId: string): Promise<DockingEvent[]> {
  return ctx.loaders
    .get<string, DockingEvent[]>('dockingTimeline', async (ids) => {
      const rows = await ctx.em.execute<DockingEvent[]>(
        `select * from (select ${EVENT_COLUMNS}, row_number() over (partition by docking_id order by at desc, id desc) as rn
           from docking_event where docking_id = any(?::uuid[])) e where rn <= ? order by at, id`,
        [pgArray(ids), TIMELINE_CAP],
      );
      return ids.map((id) => rows.filter((r) => r.dockingId === id));
    })
    .load(dockingId) as Promise<DockingEvent[]>;
}

export async function dockingEventById(ctx: Ctx, id: string): Promise<DockingEvent | null> {
  const [row] = await ctx.em.execute<DockingEvent[]>(`select ${EVENT_COLUMNS} from docking_event where id = ?`, [id]);
  return row ?? null;
}

export function dockingEvaluation(ctx: Ctx, dockingId: string): Promise<DockingEvaluation | null> {
  return ctx.loaders
    .get<string, DockingEvaluation>('dockingEvaluation', async (ids) => {
      const rows = await ctx.em.execute<DockingEvaluation[]>(`select ${EVALUATION_COLUMNS} from docking_evaluation where docking_id = any(?::uuid[])`, [
        pgArray(ids),
      ]);
      const map = new Map(rows.map((r) => [r.dockingId, r]));
      return ids.map((id) => map.get(id) ?? null);
    })
    .load(dockingId);
}

/**
 * Dockings the viewer is a party of: an enterprise member sees the enterprise's, institution staff the
 * institution's, operators and reviewers all (optionally of one institution).
 */
export async function listDockings(ctx: Ctx, filter: DockingFilter | null | undefined, args: PageArgs) {
  const v = ctx.viewer;
  if (!v) throw unauthenticated();
  const page = pageOf(args);
  const where: string[] = [];
  const params: unknown[] = [];
  if (v.enterpriseId) {
    where.push('enterprise_id = ?');
    params.push(v.enterpriseId);
  } else if (v.institutionId && v.roles.includes(Role.INSTITUTION_STAFF)) {
    where.push('institution_id = ?');
    params.push(v.institutionId);
  } else if (isPlatformStaff(ctx)) {
    where.push('site_id = any(?::uuid[])');
    params.push(pgArray(ctx.sites.scope(ctx.site.id)));
    if (filter?.institutionId) {
      const id = fromGlobalId(filter.institutionId, 'Institution');
      if (!id) fail(ErrorCode.INVALID, 'filter.institutionId', '机构编号无效');
      where.push('institution_id = ?');
      params.push(id);
    }
  } else throw forbidden('需要企业、服务机构或运营人员账号');
  if (filter?.status) {
    where.push('status = ?');
    params.push(filter.status);
  }
  const clause = `where ${where.join(' and ')}`;
  const rows = await ctx.em.execute<Docking[]>(`select ${DOCKING_COLUMNS} from docking ${clause} order by updated_at desc, id desc limit ? offset ?`, [
    ...params,
    page.limit + 1,
    page.offset,
  ]);
  return connectionOf(rows, page, () => countOf(ctx, `select count(*)::int as n from docking ${clause}`, params));
}

export interface DockingStats {
  total: number;
  open: number;
  responded: number;
  averageFirstResponseMinutes: number | null;
  firstResponseOnTimeRate: number | null;
  resolutionOnTimeRate: number | null;
  averageResolutionHours: number | null;
  breached: number;
  urges: number;
  evaluations: number;
  averageRating: number | null;
  byStatus: { status: string; count: number }[];
}

const STATS_SELECT = `count(*)::int as total,
  count(*) filter (where d.status = any(?::text[]))::int as open,
  count(*) filter (where d.first_response_at is not null)::int as responded,
  (avg(extract(epoch from d.first_response_at - d.created_at) / 60) filter (where d.first_response_at is not null))::float8 as "averageFirstResponseMinutes",
  (count(*) filter (where d.first_response_at <= d.first_response_due))::float8
    / nullif(count(*) filter (where d.first_response_due is not null and (d.first_response_at is not null or d.first_response_due < ?)), 0) as "firstResponseOnTimeRate",
  (count(*) filter (where d.status = 'COMPLETED' and d.finished_at <= d.resolution_due))::float8
    / nullif(count(*) filter (where d.status = 'COMPLETED' or (d.status = any(?::text[]) and d.resolution_due < ?)), 0) as "resolutionOnTimeRate",
  (avg(extract(epoch from d.finished_at - d.created_at) / 3600) filter (where d.status = 'COMPLETED'))::float8 as "averageResolutionHours",
  count(*) filter (where d.first_response_due < coalesce(d.first_response_at, d.finished_at, ?::timestamptz))::int as breached,
  coalesce(sum(d.urge_count), 0)::int as urges,
  count(e.docking_id)::int as evaluations,
  (avg((e.quality + e.timeliness + e.attitude + e.professionalism) / 4.0))::float8 as "averageRating"`;

function statsParams(ctx: Ctx): unknown[] {
  const now = ctx.clock.now();
  const open = `{${OPEN_STATUSES.join(',')}}`;
  return [open, now, open, now, now];
}

/** Summary of dockings: of the viewer enterprise, of the viewer institution, or (operators) of one institution or the site. */
export async function dockingStatistics(ctx: Ctx, institutionGlobalId: string | null | undefined): Promise<DockingStats> {
  const v = ctx.viewer;
  if (!v) throw unauthenticated();
  let scope: string;
  let scopeParams: unknown[];
  if (institutionGlobalId && isPlatformStaff(ctx)) {
    const id = fromGlobalId(institutionGlobalId, 'Institution');
    if (!id) fail(ErrorCode.INVALID, 'institutionId', '机构编号无效');
    scope = 'd.institution_id = ?';
    scopeParams = [id];
  } else if (v.enterpriseId) {
    scope = 'd.enterprise_id = ?';
    scopeParams = [v.enterpriseId];
  } else if (v.institutionId && v.roles.includes(Role.INSTITUTION_STAFF)) {
    scope = 'd.institution_id = ?';
    scopeParams = [v.institutionId];
  } else if (isPlatformStaff(ctx)) {
    scope = 'd.site_id = any(?::uuid[])';
    scopeParams = [pgArray(ctx.sites.scope(ctx.site.id))];
  } else throw forbidden('需要企业、服务机构或运营人员账号');
  const [row] = await ctx.em.execute<DockingStats[]>(
    `select ${STATS_SELECT} from docking d left join docking_evaluation e on e.docking_id = d.id where ${scope}`,
    [...statsParams(ctx), ...scopeParams],
  );
  const byStatus = await ctx.em.execute<{ status: string; count: number }[]>(
    `select d.status, count(*)::int as count from docking d where ${scope} group by d.status order by d.status`,
    scopeParams,
  );
  return { ...row, byStatus };
}

export interface InstitutionSlaRow extends DockingStats {
  institutionId: string;
}

/** SLA statistics per institution (operators): a connection ordered by breaches (late first responses; urges do not count), worst first. */
export async function institutionSlaStatistics(ctx: Ctx, args: PageArgs) {
  const page = pageOf(args);
  const rows = await ctx.em.execute<InstitutionSlaRow[]>(
    `select d.institution_id as "institutionId", ${STATS_SELECT}, '[]'::json as "byStatus"
       from docking d left join docking_evaluation e on e.docking_id = d.id
      where d.site_id = any(?::uuid[])
      group by d.institution_id order by breached desc, total desc, d.institution_id
      limit ? offset ?`,
    [...statsParams(ctx), pgArray(ctx.sites.scope(ctx.site.id)), page.limit + 1, page.offset],
  );
  return connectionOf(rows, page, () =>
    countOf(ctx, 'select count(distinct institution_id)::int as n from docking where site_id = any(?::uuid[])', [pgArray(ctx.sites.scope(ctx.site.id))]),
  );
}

export interface PublicDockingSummary {
  id: string;
  requests: number;
  completed: number;
  evaluations: number;
  averageRating: number | null;
  firstResponseOnTimeRate: number | null;
  averageFirstResponseMinutes: number | null;
}

/** Public summary per institution or product, batched. */
export function publicSummary(ctx: Ctx, by: 'institution_id' | 'product_id', id: string): Promise<PublicDockingSummary | null> {
  return ctx.loaders
    .get<string, PublicDockingSummary>(`dockingSummaryBy:${by}`, async (ids) => {
      const rows = await ctx.em.execute<PublicDockingSummary[]>(
        `select d.${by} as id, count(*)::int as requests, count(*) filter (where d.status = 'COMPLETED')::int as completed,
                count(e.docking_id)::int as evaluations,
                (avg((e.quality + e.timeliness + e.attitude + e.professionalism) / 4.0))::float8 as "averageRating",
                (count(*) filter (where d.first_response_at <= d.first_response_due))::float8
                  / nullif(count(*) filter (where d.first_response_due is not null and (d.first_response_at is not null or d.first_response_due < ?)), 0) as "firstResponseOnTimeRate",
                (avg(extract(epoch from d.first_response_at - d.created_at) / 60) filter (where d.first_response_at is not null))::float8 as "averageFirstResponseMinutes"
           from docking d left join docking_evaluation e on e.docking_id = d.id
          where d.${by} = any(?::uuid[]) group by d.${by}`,
        [ctx.clock.now(), pgArray(ids)],
      );
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map(
        (id) =>
          map.get(id) ?? {
            id,
            requests: 0,
            completed: 0,
            evaluations: 0,
            averageRating: null,
            firstResponseOnTimeRate: null,
            averageFirstResponseMinutes: null,
          },
      );
    })
    .load(id);
}

export interface DockingSettings {
  institutionId: string;
  responsibleAccountId: string;
  responsibleDepartment: string;
  firstResponseMinutes: number;
  replyMinutes: number;
  resolutionMinutes: number;
}

export async function settingsOf(ctx: Ctx, institutionId: string): Promise<DockingSettings> {
  const [row] = await ctx.em.execute<DockingSettings[]>(
    `select i.id as "institutionId", coalesce(s.responsible_account_id, i.created_by) as "responsibleAccountId",
            i.responsible_department as "responsibleDepartment",
            coalesce(s.first_response_minutes, p.first_response_minutes, ?) as "firstResponseMinutes",
            coalesce(s.reply_minutes, p.reply_minutes, ?) as "replyMinutes",
            coalesce(s.resolution_minutes, p.resolution_minutes, ?) as "resolutionMinutes"
       from institution i left join institution_docking_setting s on s.institution_id = i.id left join platform_docking_sla p on true
      where i.id = ?`,
    [DEFAULT_SLA.firstResponse, DEFAULT_SLA.reply, DEFAULT_SLA.resolution, institutionId],
  );
  return row;
}

export function myDockingSettings(ctx: Ctx) {
  const v = requireInstitutionStaff(ctx);
  return settingsOf(ctx, v.institutionId);
}

/** The institution administrator names the responsible person and sets its clocks. */
export function updateDockingSettings(ctx: Ctx, input: InstitutionDockingSettingsInput) {
  const v = requireInstitutionStaff(ctx);
  if (!v.institutionAdmin) throw forbidden('只有机构管理员可以设置对接负责人和时限');
  return mutation(ctx, async (em) => {
    const errs = new Violations();
    const range = (field: string, value: number | null | undefined, min: number, max: number) => {
      if (value != null && (!Number.isInteger(value) || value < min || value > max))
        errs.add(ErrorCode.INVALID, field, `应为${min}到${max}之间的整数（工作分钟）`);
    };
    range('firstResponseMinutes', input.firstResponseMinutes, 30, 4800);
    range('replyMinutes', input.replyMinutes, 30, 4800);
    range('resolutionMinutes', input.resolutionMinutes, 480, 96000);
    let responsible: string | null = null;
    if (input.responsibleAccountId) {
      responsible = fromGlobalId(input.responsibleAccountId, 'Account');
      const [a] = responsible
        ? await em.execute<{ institutionId: string }[]>('select institution_id as "institutionId" from account where id = ?', [responsible])
        : [];
      if (!a || a.institutionId !== v.institutionId) errs.add(ErrorCode.NOT_FOUND, 'responsibleAccountId', '负责人应为本机构的工作人员');
    }
    errs.throwIfAny();
    await em.execute(
      `insert into institution_docking_setting (institution_id, responsible_account_id, first_response_minutes, reply_minutes, resolution_minutes, updated_at)
       values (?, ?, ?, ?, ?, ?)
       on conflict (institution_id) do update set responsible_account_id = excluded.responsible_account_id,
         first_response_minutes = excluded.first_response_minutes, reply_minutes = excluded.reply_minutes,
         resolution_minutes = excluded.resolution_minutes, updated_at = excluded.updated_at`,
      [v.institutionId, responsible, input.firstResponseMinutes ?? null, input.replyMinutes ?? null, input.resolutionMinutes ?? null, ctx.clock.now()],
    );
    return { settings: await settingsOf({ ...ctx, em }, v.institutionId) };
  });
}

/** Reminders of the viewer (and, for operators, those addressed to all operators), newest first. */
export async function listReminders(ctx: Ctx, unreadOnly: boolean, args: PageArgs) {
  const v = ctx.viewer;
  if (!v) throw unauthenticated();
  const page = pageOf(args);
  const where = [isOperator(ctx) ? `(account_id = ? or audience = 'OPERATORS')` : 'account_id = ?'];
  const params: unknown[] = [v.accountId];
  if (unreadOnly) where.push('read_at is null');
  const clause = `where ${where.join(' and ')}`;
  const rows = await ctx.em.execute<Reminder[]>(`select ${REMINDER_COLUMNS} from reminder ${clause} order by created_at desc, id desc limit ? offset ?`, [
    ...params,
    page.limit + 1,
    page.offset,
  ]);
  return connectionOf(rows, page, () => countOf(ctx, `select count(*)::int as n from reminder ${clause}`, params));
}

export async function reminderForViewer(ctx: Ctx, id: string): Promise<Reminder | null> {
  const [r] = await ctx.em.execute<Reminder[]>(`select ${REMINDER_COLUMNS} from reminder where id = ?`, [id]);
  if (!r || !ctx.viewer) return null;
  return r.accountId === ctx.viewer.accountId || (r.accountId === null && isOperator(ctx)) ? r : null;
}

export function markReminderRead(ctx: Ctx, globalId: string) {
  if (!ctx.viewer) throw unauthenticated();
  return mutation(ctx, async (em) => {
    const id = fromGlobalId(globalId, 'Reminder');
    const r = id ? await reminderForViewer({ ...ctx, em }, id) : null;
    if (!r) fail(ErrorCode.NOT_FOUND, 'reminderId', '提醒不存在');
    await em.execute('update reminder set read_at = coalesce(read_at, ?) where id = ?', [ctx.clock.now(), r.id]);
    return { reminder: await reminderForViewer({ ...ctx, em }, r.id) };
  });
}
