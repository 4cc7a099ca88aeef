import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notifyNeedReply } from './need.notify.js';
import { audit } from '../../../common/audit.js';
import { requireViewer } from '../../../common/auth.js';
import { regionAncestors } from '../../../common/codes/regions.js';
import { hasRole, type Ctx } from '../../../common/context.js';
import { ErrorCode, fail, forbidden, Violations } from '../../../common/errors.js';
import { fromGlobalId } from '../../../common/ids.js';
import { byKeys } from '../../../common/loaders.js';
import { mutation } from '../../../common/mutation.js';
import { connectionOf, pageOf, type PageArgs } from '../../../common/relay.js';
import { Role } from '../../../common/roles.js';
import { clean } from '../../../common/validate.js';
import { pgArray, SqlFilter } from '../../../db/sql.js';
import type { ServiceColumn } from '../../../common/service-column.js';
import { addWorkingMinutes, WORKING_DAY_MINUTES, workingCalendar } from '../../docking/index.js';
import { OPEN_STATUSES, type DockingStatus } from '../../docking/index.js';
import {
  NEED_COLUMNS,
  NeedEventType,
  NeedOutcome,
  NeedStatus,
  type ColumnNeed,
  type ColumnNeedAmountFinancedInput,
  type ColumnNeedCloseInput,
  type ColumnNeedFilter,
  type ColumnNeedReplyInput,
  type NeedEvent,
  type NeedReply,
} from './need.types.js';
import { columns } from '../../../db/columns.js';

/** SLA clock of the first reply: one working day (Mon–Fri 09:00–17:00 CST), the same working time as dockings. */
export const FIRST_REPLY_WORKING_MINUTES = WORKING_DAY_MINUTES;
const OPERATORS = [Role.OPERATOR, Role.REVIEWER];

export interface NewNeed {
  column: ServiceColumn;
  title: string;
  description: string;
  enterpriseId: string | null;
  accountId: string | null;
  trackingHash?: string | null;
  contactName: string;
  contactPhone: string;
  regionCode: string;
  industryCode: string;
  amount?: number | null;
  headcount?: number | null;
  category: string;
  details: Record<string, unknown>;
  /** Matched by something other than institutions (e.g. financing products). */
  matchedByProducts?: boolean;
  /** Columns whose institutions receive the need (default: the need's column). */
  routeColumns?: ServiceColumn[];
}

/** Approved institutions of the site scope serving one of `columns` in the region or an ancestor of it. */
export async function routableInstitutions(ctx: Ctx, em: EntityManager, columns: ServiceColumn[], regionCode: string, limit = 50): Promise<string[]> {
  const rows = await em.execute<{ id: string }[]>(
    `select id from institution where status = 'APPROVED' and columns && ?::text[] and region_codes && ?::text[]
        and site_id = any(?::uuid[]) order by created_at, id limit ?`,
    [pgArray(columns), pgArray(regionAncestors(regionCode)), pgArray(ctx.sites.scope(ctx.site.id)), limit],
  );
  return rows.map((r) => r.id);
}

/**
 * Stores a need and routes it to the institutions serving its column in its region, in the caller's
 * transaction. Seam: when docking lands, a docking per route can be opened here (column_need.docking_id).
 */
export async function insertNeed(ctx: Ctx, em: EntityManager, n: NewNeed): Promise<{ need: ColumnNeed; institutionIds: string[] }> {
  const institutionIds = await routableInstitutions(ctx, em, n.routeColumns ?? [n.column], n.regionCode);
  const id = randomUUID();
  const now = ctx.clock.now();
  const due = addWorkingMinutes(now, FIRST_REPLY_WORKING_MINUTES, await workingCalendar(em));
  await em.execute(
    `insert into column_need (id, site_id, "column", title, description, enterprise_id, account_id, tracking_hash, contact_name,
        contact_phone, region_code, industry_code, amount, headcount, category, details, matched, first_reply_due, ip, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)`,
    [
      id,
      ctx.site.id,
      n.column,
      n.title,
      n.description,
      n.enterpriseId,
      n.accountId,
      n.trackingHash ?? null,
      n.contactName,
      n.contactPhone,
      n.regionCode,
      n.industryCode,
      n.amount ?? null,
      n.headcount ?? null,
      n.category,
      JSON.stringify(n.details),
      institutionIds.length > 0 || !!n.matchedByProducts,
      due,
      ctx.ip,
      now,
      now,
    ],
  );
  if (institutionIds.length) {
    await em.execute(`insert into column_need_route (need_id, institution_id, routed_at) select ?, unnest(?::uuid[]), ?`, [id, pgArray(institutionIds), now]);
  }
  await audit(
    ctx,
    { operation: `columnNeed.submit`, objectType: 'ColumnNeed', objectId: id, result: 'SUCCESS', detail: { column: n.column, routed: institutionIds.length } },
    em,
  );
  return { need: (await em.execute<ColumnNeed[]>(`select ${NEED_COLUMNS} from column_need n where n.id = ?`, [id]))[0], institutionIds };
}

/** A fresh tracking code for an anonymous submission and the hash that is stored. */
export function newTrackingCode(): { code: string; hash: string } {
  const code = randomBytes(12).toString('base64url');
  return { code, hash: hashTrackingCode(code) };
}
const hashTrackingCode = (code: string) => createHash('sha256').update(code).digest('hex');

/** Institutions a need is routed to, batched per request. */
export function needRoutes(ctx: Ctx, needId: string): Promise<string[]> {
  return ctx.loaders
    .get<string, string[]>('columnNeedRoutes', async (ids) => {
      const rows = await ctx.em.execute<{ needId: string; institutionId: string }[]>(
        `select need_id as "needId", institution_id as "institutionId" from column_need_route where need_id = any(?::uuid[]) order by routed_at, institution_id`,
        [pgArray(ids)],
      );
      return ids.map((id) => rows.filter((r) => r.needId === id).map((r) => r.institutionId));
    })
    .load(needId) as Promise<string[]>;
}

export function isRequester(ctx: Ctx, need: ColumnNeed): boolean {
  const v = ctx.viewer;
  if (!v) return false;
  return (need.accountId !== null && need.accountId === v.accountId) || (need.enterpriseId !== null && need.enterpriseId === v.enterpriseId);
}

/** Whether the viewer is staff of an (approved) institution the need is routed to. */
export async function isRoutedStaff(ctx: Ctx, need: ColumnNeed): Promise<boolean> {
  const inst = ctx.viewer?.institutionId;
  if (!inst || !hasRole(ctx, Role.INSTITUTION_STAFF)) return false;
  return (await needRoutes(ctx, need.id)).includes(inst);
}

async function canSeeNeed(ctx: Ctx, need: ColumnNeed): Promise<boolean> {
  return isRequester(ctx, need) || hasRole(ctx, ...OPERATORS) || (await isRoutedStaff(ctx, need));
}

export async function needById(ctx: Ctx, id: string): Promise<ColumnNeed | null> {
  const need = await ctx.loaders
    .get<string, ColumnNeed>('columnNeedById', async (ids) =>
      byKeys(ids, await ctx.em.execute<ColumnNeed[]>(`select ${NEED_COLUMNS} from column_need n where n.id = any(?::uuid[])`, [pgArray(ids)])),
    )
    .load(id);
  return need && (await canSeeNeed(ctx, need)) ? need : null;
}

export function needByGlobalId(ctx: Ctx, globalId: string): Promise<ColumnNeed | null> {
  const id = fromGlobalId(globalId, 'ColumnNeed');
  return id ? needById(ctx, id) : Promise.resolve(null);
}

export async function needByTrackingCode(ctx: Ctx, code: string): Promise<ColumnNeed | null> {
  if (typeof code !== 'string' || code.length > 64) return null;
  const [need] = await ctx.em.execute<ColumnNeed[]>(`select ${NEED_COLUMNS} from column_need n where n.tracking_hash = ?`, [hashTrackingCode(code)]);
  return need ?? null;
}

export function needReplies(ctx: Ctx, needId: string): Promise<NeedReply[]> {
  return ctx.loaders
    .get<string, NeedReply[]>('columnNeedReplies', async (ids) => {
      const rows = await ctx.em.execute<NeedReply[]>(
        `select ${columns('column_need_reply')}
           from column_need_reply where need_id = any(?::uuid[]) order by created_at, id`,
        [pgArray(ids)],
      );
      return ids.map((id) => rows.filter((r) => r.needId === id));
    })
    .load(needId) as Promise<NeedReply[]>;
}

/** Appends an entry to a need's timeline, in the caller's transaction. `institutionId` limits it to that institution among the routed ones. */
export async function addNeedEvent(
  ctx: Ctx,
  em: EntityManager,
  e: { needId: string; type: NeedEventType; body: string; dockingId?: string | null; institutionId?: string | null; actorId?: string | null },
): Promise<void> {
  await em.execute(`insert into column_need_event (id, need_id, at, type, body, docking_id, institution_id, actor_id) values (?, ?, ?, ?, ?, ?, ?, ?)`, [
    randomUUID(),
    e.needId,
    ctx.clock.now(),
    e.type,
    e.body,
    e.dockingId ?? null,
    e.institutionId ?? null,
    e.actorId ?? null,
  ]);
}

/**
 * A need's timeline, oldest first, batched per request. The requester and operators see every entry; anyone
 * else who can read the need (routed institutions) sees the entries about its own docking and the general ones,
 * not another institution's docking (who was declined and why).
 */
export async function needTimeline(ctx: Ctx, need: ColumnNeed): Promise<NeedEvent[]> {
  const events = (await ctx.loaders
    .get<string, NeedEvent[]>('columnNeedEvents', async (ids) => {
      const rows = await ctx.em.execute<NeedEvent[]>(
        // the newest 200 entries of each need (a need has a handful; the bound is per need, not per batch)
        `select id, "needId", at, type, body, "dockingId", "institutionId"
           from (select id, need_id as "needId", at, type, body, docking_id as "dockingId", institution_id as "institutionId",
                        row_number() over (partition by need_id order by at desc, id desc) as rn
                   from column_need_event where need_id = any(?::uuid[])) e
          where rn <= 200 order by at, id`,
        [pgArray(ids)],
      );
      return ids.map((id) => rows.filter((r) => r.needId === id));
    })
    .load(need.id)) as NeedEvent[];
  if (isRequester(ctx, need) || hasRole(ctx, ...OPERATORS)) return events;
  const own = hasRole(ctx, Role.INSTITUTION_STAFF) ? ctx.viewer?.institutionId : null;
  return events.filter((e) => !e.institutionId || e.institutionId === own);
}

/** Status and institution of the docking a need last continued as; null when none. */
export async function linkedDocking(em: EntityManager, need: Pick<ColumnNeed, 'dockingId'>): Promise<{ status: DockingStatus; institutionId: string } | null> {
  if (!need.dockingId) return null;
  const [d] = await em.execute<{ status: DockingStatus; institutionId: string }[]>(
    'select status, institution_id as "institutionId" from docking where id = ?',
    [need.dockingId],
  );
  return d ?? null;
}

function checkAmountFinanced(v: Violations, financed: number): void {
  if (!Number.isFinite(financed) || financed <= 0 || financed > 1_000_000) v.add(ErrorCode.INVALID, 'amountFinanced', '融资到位金额应大于0且不超过1000000万元');
}

function filterClauses(ctx: Ctx, where: SqlFilter, f: ColumnNeedFilter): SqlFilter {
  const now = ctx.clock.now();
  where.andIf(f.column, 'n."column" = ?', f.column).andIf(f.status, 'n.status = ?', f.status);
  if (f.overdue === true) where.and('n.first_replied_at is null and n.first_reply_due < ?', now);
  if (f.overdue === false) where.and('(n.first_replied_at is not null or n.first_reply_due >= ?)', now);
  return where;
}

async function pageNeeds(ctx: Ctx, from: string, where: SqlFilter, args: PageArgs) {
  const page = pageOf(args);
  const rows = await ctx.em.execute<ColumnNeed[]>(`select ${NEED_COLUMNS} from ${from} ${where.sql} order by n.created_at desc, n.id desc limit ? offset ?`, [
    ...where.params,
    page.limit + 1,
    page.offset,
  ]);
  return connectionOf(rows, page, async () => {
    const [r] = await ctx.em.execute<{ n: number }[]>(`select count(*)::int as n from ${from} ${where.sql}`, where.params);
    return r.n;
  });
}

/** The viewer's own needs: those of its enterprise and those it submitted itself. */
export function listMyNeeds(ctx: Ctx, filter: ColumnNeedFilter | null | undefined, args: PageArgs) {
  const v = requireViewer(ctx);
  const where = new SqlFilter();
  if (v.enterpriseId) where.and('(n.enterprise_id = ? or n.account_id = ?)', v.enterpriseId, v.accountId);
  else where.and('n.account_id = ?', v.accountId);
  return pageNeeds(ctx, 'column_need n', filterClauses(ctx, where, filter ?? {}), args);
}

/** Needs routed to the viewer's institution (its inbox). */
export function listInstitutionNeeds(ctx: Ctx, filter: ColumnNeedFilter | null | undefined, args: PageArgs) {
  const v = requireViewer(ctx);
  if (!v.institutionId || !v.roles.includes(Role.INSTITUTION_STAFF)) throw forbidden('只有已入驻服务机构的工作人员可以查看收到的需求');
  const where = new SqlFilter().and('r.institution_id = ?', v.institutionId);
  return pageNeeds(ctx, 'column_need n join column_need_route r on r.need_id = n.id', filterClauses(ctx, where, filter ?? {}), args);
}

/** Every need of the site scope (operators). */
export function listAllNeeds(ctx: Ctx, filter: ColumnNeedFilter | null | undefined, args: PageArgs) {
  const where = new SqlFilter().and('n.site_id = any(?::uuid[])', pgArray(ctx.sites.scope(ctx.site.id)));
  return pageNeeds(ctx, 'column_need n', filterClauses(ctx, where, filter ?? {}), args);
}

export function replyToNeed(ctx: Ctx, input: ColumnNeedReplyInput) {
  const viewer = requireViewer(ctx);
  return mutation(ctx, async (em) => {
    const v = new Violations();
    const body = clean(input.body);
    v.required('body', body, '答复内容');
    v.maxLength('body', body, 2000, '答复内容');
    v.throwIfAny();
    const need = await needByGlobalId(ctx, input.needId);
    if (!need) fail(ErrorCode.NOT_FOUND, 'needId', '需求不存在');
    const routed = await isRoutedStaff(ctx, need);
    if (!routed && !isRequester(ctx, need)) fail(ErrorCode.NOT_FOUND, 'needId', '需求不存在');
    if (need.status === NeedStatus.COMPLETED || need.status === NeedStatus.CANCELLED) fail(ErrorCode.INVALID_STATE, 'needId', '需求已关闭，不能再答复');
    const now = ctx.clock.now();
    const institutionId = routed ? viewer.institutionId : null;
    await em.execute(`insert into column_need_reply (id, need_id, institution_id, author_id, body, created_at) values (?, ?, ?, ?, ?, ?)`, [
      randomUUID(),
      need.id,
      institutionId,
      viewer.accountId,
      body,
      now,
    ]);
    if (institutionId) {
      await em.execute(`update column_need_route set first_replied_at = coalesce(first_replied_at, ?) where need_id = ? and institution_id = ?`, [
        now,
        need.id,
        institutionId,
      ]);
      await em.execute(
        `update column_need set first_replied_at = coalesce(first_replied_at, ?), status = case when status = 'OPEN' then 'ANSWERED' else status end,
                updated_at = ? where id = ?`,
        [now, now, need.id],
      );
      await notifyNeedReply(ctx, em, need, body!);
    }
    await audit(ctx, { operation: 'columnNeed.reply', objectType: 'ColumnNeed', objectId: need.id, result: 'SUCCESS', detail: { institutionId } }, em);
    return { need: (await em.execute<ColumnNeed[]>(`select ${NEED_COLUMNS} from column_need n where n.id = ?`, [need.id]))[0] };
  });
}

export function closeNeed(ctx: Ctx, input: ColumnNeedCloseInput) {
  requireViewer(ctx);
  return mutation(ctx, async (em) => {
    const found = await needByGlobalId(ctx, input.needId);
    if (!found || !isRequester(ctx, found)) fail(ErrorCode.NOT_FOUND, 'needId', '需求不存在');
    // locked: a docking starting or ending changes the need too
    const [need] = await em.execute<ColumnNeed[]>(`select ${NEED_COLUMNS} from column_need n where n.id = ? for update`, [found.id]);
    if (need.status === NeedStatus.COMPLETED || need.status === NeedStatus.CANCELLED) fail(ErrorCode.INVALID_STATE, 'needId', '需求已关闭');
    // While its docking is open the need follows the docking (need-docking.ts): complete or cancel that instead.
    const docking = await linkedDocking(em, need);
    if (docking && OPEN_STATUSES.includes(docking.status))
      fail(ErrorCode.INVALID_STATE, 'needId', '需求正在对接中，请在“我的对接”中确认完成或撤销对接，需求会随之更新');
    const v = new Violations();
    if (input.outcome !== NeedOutcome.COMPLETED && input.outcome !== NeedOutcome.CANCELLED) v.add(ErrorCode.INVALID, 'outcome', '关闭结果无效');
    const financed = input.amountFinanced ?? null;
    if (financed !== null) {
      if (need.column !== 'FINANCING' || input.outcome !== NeedOutcome.COMPLETED)
        v.add(ErrorCode.INVALID, 'amountFinanced', '只有办结的融资需求可以填写融资到位金额');
      else checkAmountFinanced(v, financed);
    }
    const rating = input.rating ?? null;
    if (rating !== null && (!Number.isInteger(rating) || rating < 1 || rating > 5)) v.add(ErrorCode.INVALID, 'rating', '评分应为1到5分');
    v.throwIfAny();
    const now = ctx.clock.now();
    await em.execute(`update column_need set status = ?, closed_at = ?, amount_financed = ?, rating = ?, updated_at = ? where id = ?`, [
      input.outcome,
      now,
      financed,
      rating,
      now,
      need.id,
    ]);
    const parts = [input.outcome === NeedOutcome.COMPLETED ? '需求方确认需求已解决，需求办结' : '需求方撤销了需求'];
    if (financed !== null) parts.push(`融资到位${financed}万元`);
    if (rating !== null) parts.push(`评分${rating}分`);
    await addNeedEvent(ctx, em, { needId: need.id, type: NeedEventType.CLOSED, body: parts.join('；'), actorId: ctx.viewer!.accountId });
    await audit(
      ctx,
      {
        operation: 'columnNeed.close',
        objectType: 'ColumnNeed',
        objectId: need.id,
        result: 'SUCCESS',
        detail: { outcome: input.outcome, amountFinanced: financed, rating },
      },
      em,
    );
    return { need: (await em.execute<ColumnNeed[]>(`select ${NEED_COLUMNS} from column_need n where n.id = ?`, [need.id]))[0] };
  });
}

/**
 * The enterprise records the amount financed on a FINANCING need completed through its docking (a need closed
 * by hand records it when closing). Once: the statistics count it from then on.
 */
export function recordAmountFinanced(ctx: Ctx, input: ColumnNeedAmountFinancedInput) {
  requireViewer(ctx);
  return mutation(ctx, async (em) => {
    const found = await needByGlobalId(ctx, input.needId);
    if (!found || !isRequester(ctx, found)) fail(ErrorCode.NOT_FOUND, 'needId', '需求不存在');
    const [need] = await em.execute<ColumnNeed[]>(`select ${NEED_COLUMNS} from column_need n where n.id = ? for update`, [found.id]);
    if (need.column !== 'FINANCING') fail(ErrorCode.INVALID, 'amountFinanced', '只有融资需求可以填写融资到位金额');
    const docking = await linkedDocking(em, need);
    if (need.status !== NeedStatus.COMPLETED || docking?.status !== 'COMPLETED')
      fail(ErrorCode.INVALID_STATE, 'needId', '只有随对接办结的融资需求可以补填融资到位金额');
    if (need.amountFinanced !== null) fail(ErrorCode.DUPLICATE, 'amountFinanced', '融资到位金额已填写，不能修改');
    const v = new Violations();
    checkAmountFinanced(v, input.amountFinanced);
    v.throwIfAny();
    const now = ctx.clock.now();
    await em.execute('update column_need set amount_financed = ?, updated_at = ? where id = ?', [input.amountFinanced, now, need.id]);
    await addNeedEvent(ctx, em, {
      needId: need.id,
      type: NeedEventType.AMOUNT_FINANCED,
      body: `企业填写融资到位金额${input.amountFinanced}万元`,
      dockingId: need.dockingId,
      institutionId: docking.institutionId,
      actorId: ctx.viewer!.accountId,
    });
    await audit(
      ctx,
      {
        operation: 'columnNeed.amountFinanced',
        objectType: 'ColumnNeed',
        objectId: need.id,
        result: 'SUCCESS',
        detail: { amountFinanced: input.amountFinanced, dockingId: need.dockingId },
      },
      em,
    );
    return { need: (await em.execute<ColumnNeed[]>(`select ${NEED_COLUMNS} from column_need n where n.id = ?`, [need.id]))[0] };
  });
}

/** At most `max` submissions from one IP address (anonymous) or account in the last hour. */
export async function checkRateLimit(ctx: Ctx, em: EntityManager, accountId: string | null, max: number): Promise<void> {
  const since = new Date(ctx.clock.now().getTime() - 3600_000);
  const [r] = accountId
    ? await em.execute<{ n: number }[]>(`select count(*)::int as n from column_need where account_id = ? and created_at > ?`, [accountId, since])
    : await em.execute<{ n: number }[]>(`select count(*)::int as n from column_need where ip = ? and account_id is null and created_at > ?`, [ctx.ip, since]);
  if (r.n >= max) fail(ErrorCode.FORBIDDEN, null, `提交过于频繁：每小时最多提交${max}条需求，请稍后再试`);
}
