import type { JobHandler } from '../../common/jobs.js';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PlatformDeps } from '../../common/system-context.js';
import { audit } from '../../common/audit.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, Violations, fail, forbidden, unauthenticated } from '../../common/errors.js';
import { fromGlobalId } from '../../common/ids.js';
import { byKeys } from '../../common/loaders.js';
import { mutation } from '../../common/mutation.js';
import { connectionOf, pageOf, type PageArgs } from '../../common/relay.js';
import { Role } from '../../common/roles.js';
import { checkPhone, clean } from '../../common/validate.js';
import { pgArray } from '../../db/sql.js';
import { ReviewDecision, ReviewOrder, reviewOrderBy, reviewReason } from '../../common/review.js';
import { DockingEventType, DockingKind, DockingParty, DockingStatus } from '../docking/index.js';
import { reloadDocking, startDockingClocks } from '../docking/index.js';
import { isPlatformStaff, requireEnterpriseMember, requireInstitutionStaff } from '../../common/parties.js';
import { countOf } from '../../common/raw-sql.js';
import { ReminderKind } from '../docking/index.js';
import { addEvent, institutionSla, remind, type Bus } from '../docking/index.js';
import { WORKING_DAY_MINUTES, addWorkingMinutes, workingCalendar } from '../docking/index.js';
import { DEMAND_OFFER_CHANGED } from './demand.events.js';
import { DEMAND_COLUMNS, DemandStatus, OFFER_COLUMNS, OfferStatus, type Demand, type DemandOffer } from './demand.entity.js';
import type {
  DemandChooseInput,
  DemandCreateInput,
  DemandDispatchInput,
  DemandFilter,
  DemandOfferInput,
  DemandRefInput,
  DemandReviewInput,
} from './demand.inputs.js';

export const DEMAND_NO_OFFER_QUEUE = 'demand.noOffer';
const NO_OFFER_WORKING_DAYS = 3;

/** GB/T 2260 prefix patterns: an institution serving 340000 serves 34xxxx, 340100 serves 3401xx. */
export const regionPatterns = (codes: string[]) => codes.map((c) => `${c.replace(/(00)+$/, '')}%`);

interface InstitutionScope {
  id: string;
  columns: string[];
  regionCodes: string[];
}

async function institutionScope(ctx: Ctx, institutionId: string): Promise<InstitutionScope> {
  const [row] = await ctx.em.execute<InstitutionScope[]>('select id, columns, region_codes as "regionCodes" from institution where id = ?', [institutionId]);
  return row;
}

/**
 * SQL condition: an open (or matched) demand an institution may see; params appended to `params`. The alias
 * defaults to the table name: a bare `id` inside the offer subquery would mean demand_offer.id.
 */
function institutionSees(scope: InstitutionScope, params: unknown[], alias = 'demand.'): string {
  params.push(scope.id, scope.id, pgArray(scope.columns), pgArray(regionPatterns(scope.regionCodes)));
  return `(${alias}status in ('OPEN', 'MATCHED') and (? = any(${alias}dispatched_institution_ids)
    or exists (select 1 from demand_offer o where o.demand_id = ${alias}id and o.institution_id = ?)
    or (${alias}status = 'OPEN' and ${alias}visibility = 'ALL_INSTITUTIONS' and ${alias}"column" = any(?::text[]) and ${alias}region_code like any(?::text[]))))`;
}

async function canSeeDemand(ctx: Ctx, d: Demand): Promise<boolean> {
  const v = ctx.viewer;
  if (!v) return false;
  if (v.enterpriseId === d.enterpriseId || isPlatformStaff(ctx)) return true;
  if (!v.institutionId || !v.roles.includes(Role.INSTITUTION_STAFF)) return false;
  const params: unknown[] = [d.id];
  const cond = institutionSees(await institutionScope(ctx, v.institutionId), params);
  const rows = await ctx.em.execute(`select 1 from demand where id = ? and ${cond}`, params);
  return rows.length > 0;
}

/** canSeeDemand for reads: the demands of a list (e.g. an institution's demand dockings) checked in one statement. */
async function canSeeDemandBatched(ctx: Ctx, d: Demand): Promise<boolean> {
  const v = ctx.viewer;
  if (!v) return false;
  if (v.enterpriseId === d.enterpriseId || isPlatformStaff(ctx)) return true;
  if (!v.institutionId || !v.roles.includes(Role.INSTITUTION_STAFF)) return false;
  const institutionId = v.institutionId;
  const visible = await ctx.loaders
    .get<string, boolean>('demandVisibleToInstitution', async (ids) => {
      const params: unknown[] = [pgArray(ids)];
      const cond = institutionSees(await institutionScope(ctx, institutionId), params);
      const rows = await ctx.em.execute<{ id: string }[]>(`select id from demand where id = any(?::uuid[]) and ${cond}`, params);
      const seen = new Set(rows.map((r) => r.id));
      return ids.map((id) => seen.has(id));
    })
    .load(d.id);
  return !!visible;
}

export async function demandById(ctx: Ctx, id: string): Promise<Demand | null> {
  const d = await ctx.loaders
    .get<string, Demand>('demandById', async (ids) =>
      byKeys(ids, await ctx.em.execute<Demand[]>(`select ${DEMAND_COLUMNS} from demand where id = any(?::uuid[])`, [pgArray(ids)])),
    )
    .load(id);
  return d && (await canSeeDemandBatched(ctx, d)) ? d : null;
}

export function demandByGlobalId(ctx: Ctx, globalId: string) {
  const id = fromGlobalId(globalId, 'Demand');
  return id ? demandById(ctx, id) : Promise.resolve(null);
}

/** Offers on a demand: all for its enterprise and operators, only its own for an institution. */
export async function demandOffers(ctx: Ctx, d: Demand): Promise<DemandOffer[]> {
  const all = (await ctx.loaders
    .get<string, DemandOffer[]>('demandOffers', async (ids) => {
      const rows = await ctx.em.execute<DemandOffer[]>(`select ${OFFER_COLUMNS} from demand_offer where demand_id = any(?::uuid[]) order by created_at`, [
        pgArray(ids),
      ]);
      return ids.map((id) => rows.filter((r) => r.demandId === id));
    })
    .load(d.id)) as DemandOffer[];
  const v = ctx.viewer;
  if (v?.enterpriseId === d.enterpriseId || isPlatformStaff(ctx)) return all;
  return all.filter((o) => o.institutionId === v?.institutionId);
}

/**
 * Demands in the viewer's scope: an enterprise member sees the enterprise's, institution staff the open
 * demands matching their columns and regions (plus dispatched and offered ones), operators all of the site.
 */
export async function listDemands(ctx: Ctx, filter: DemandFilter | null | undefined, args: PageArgs, order?: ReviewOrder | null) {
  const v = ctx.viewer;
  if (!v) throw unauthenticated();
  const page = pageOf(args);
  const where: string[] = [];
  const params: unknown[] = [];
  if (v.enterpriseId) {
    where.push('enterprise_id = ?');
    params.push(v.enterpriseId);
  } else if (v.institutionId && v.roles.includes(Role.INSTITUTION_STAFF)) where.push(institutionSees(await institutionScope(ctx, v.institutionId), params));
  else if (isPlatformStaff(ctx)) {
    where.push('site_id = any(?::uuid[])');
    params.push(pgArray(ctx.sites.scope(ctx.site.id)));
  } else throw forbidden('需要企业、服务机构或运营人员账号');
  if (filter?.status) {
    where.push('status = ?');
    params.push(filter.status);
  }
  if (filter?.column) {
    where.push('"column" = ?');
    params.push(filter.column);
  }
  const clause = `where ${where.join(' and ')}`;
  const rows = await ctx.em.execute<Demand[]>(
    `select ${DEMAND_COLUMNS} from demand ${clause} order by ${reviewOrderBy(order, 'created_at', 'created_at desc, id desc')} limit ? offset ?`,
    [...params, page.limit + 1, page.offset],
  );
  return connectionOf(rows, page, () => countOf(ctx, `select count(*)::int as n from demand ${clause}`, params));
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (s: string) => DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

async function reload(em: EntityManager, id: string): Promise<Demand> {
  return (await em.execute<Demand[]>(`select ${DEMAND_COLUMNS} from demand where id = ?`, [id]))[0];
}

async function lockDemand(em: EntityManager, globalId: string): Promise<Demand | null> {
  const id = fromGlobalId(globalId, 'Demand');
  const [d] = id ? await em.execute<Demand[]>(`select ${DEMAND_COLUMNS} from demand where id = ? for update`, [id]) : [];
  return d ?? null;
}

export function createDemand(ctx: Ctx, input: DemandCreateInput) {
  const viewer = requireEnterpriseMember(ctx);
  return mutation(ctx, async (em) => {
    const v = new Violations();
    const name = clean(input.name);
    if (v.required('name', name, '诉求名称')) {
      if ([...name!].length < 4) v.add(ErrorCode.INVALID, 'name', '诉求名称至少4个字');
      v.maxLength('name', name, 60, '诉求名称');
    }
    if (v.required('description', clean(input.description), '诉求描述')) v.maxLength('description', input.description, 5000, '诉求描述');
    if (v.required('category', clean(input.category), '诉求类别')) v.maxLength('category', input.category, 30, '诉求类别');
    if (v.required('contactName', clean(input.contactName), '联系人')) v.maxLength('contactName', input.contactName, 50, '联系人');
    if (v.required('contactPhone', clean(input.contactPhone), '联系电话')) checkPhone(v, 'contactPhone', clean(input.contactPhone));
    const okStart = validDate(input.periodStart ?? '');
    const okEnd = validDate(input.periodEnd ?? '');
    if (!okStart) v.add(ErrorCode.INVALID, 'periodStart', '服务期限开始日期格式应为 YYYY-MM-DD');
    if (!okEnd) v.add(ErrorCode.INVALID, 'periodEnd', '服务期限结束日期格式应为 YYYY-MM-DD');
    if (okStart && okEnd) {
      if (input.periodEnd < input.periodStart) v.add(ErrorCode.INVALID, 'periodEnd', '结束日期不能早于开始日期');
      else if (new Date(input.periodEnd).getTime() - new Date(input.periodStart).getTime() > 731 * 86_400_000)
        v.add(ErrorCode.INVALID, 'periodEnd', '服务期限不能超过2年');
    }
    if (input.budget != null && (!Number.isFinite(input.budget) || input.budget < 0 || input.budget > 100_000))
      v.add(ErrorCode.INVALID, 'budget', '预算应为0到100000之间的金额（万元）');
    v.throwIfAny();
    const [ent] = await em.execute<{ regionCode: string }[]>('select region_code as "regionCode" from enterprise where id = ?', [viewer.enterpriseId]);
    const id = randomUUID();
    const now = ctx.clock.now();
    await em.execute(
      `insert into demand (id, site_id, enterprise_id, name, description, "column", category, contact_name, contact_phone, period_start, period_end,
         budget, visibility, region_code, status, created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        ctx.site.id,
        viewer.enterpriseId,
        name,
        clean(input.description),
        input.column,
        clean(input.category),
        clean(input.contactName),
        clean(input.contactPhone),
        input.periodStart,
        input.periodEnd,
        input.budget ?? null,
        input.visibility,
        ent.regionCode,
        DemandStatus.UNDER_REVIEW,
        viewer.accountId,
        now,
        now,
      ],
    );
    await remind(ctx, em, {
      accountId: null,
      kind: ReminderKind.STATUS_CHANGED,
      demandId: id,
      message: `企业提交了新的服务诉求“${name}”，请按诉求处理规则审核`,
    });
    return { demand: await reload(em, id) };
  });
}

export function reviewDemand(ctx: Ctx, input: DemandReviewInput) {
  return mutation(ctx, async (em) => {
    const d = await lockDemand(em, input.demandId);
    if (!d) fail(ErrorCode.NOT_FOUND, 'demandId', '诉求不存在');
    if (d.status !== DemandStatus.UNDER_REVIEW) fail(ErrorCode.INVALID_STATE, 'demandId', '该诉求不在待审核状态');
    const reason = reviewReason(input.decision, input.reason, '驳回时请说明不符合哪条诉求处理规则');
    const approve = input.decision === ReviewDecision.APPROVE;
    const now = ctx.clock.now();
    await em.execute('update demand set status = ?, review_reason = ?, reviewed_by = ?, reviewed_at = ?, updated_at = ? where id = ?', [
      approve ? DemandStatus.OPEN : DemandStatus.REJECTED,
      reason,
      ctx.viewer!.accountId,
      now,
      now,
      d.id,
    ]);
    await remind(ctx, em, {
      accountId: d.createdBy,
      kind: ReminderKind.STATUS_CHANGED,
      demandId: d.id,
      message: approve ? `您的诉求“${d.name}”已通过审核并发布` : `您的诉求“${d.name}”未通过审核：${reason}`,
    });
    if (approve) {
      await ctx.jobs.enqueue(
        em,
        DEMAND_NO_OFFER_QUEUE,
        { demandId: d.id },
        {
          runAt: addWorkingMinutes(now, NO_OFFER_WORKING_DAYS * WORKING_DAY_MINUTES, await workingCalendar(em)),
          dedupeKey: `demand-no-offer:${d.id}`,
        },
      );
    }
    await audit(ctx, { operation: 'demand.review', objectType: 'Demand', objectId: d.id, result: 'SUCCESS', detail: { decision: input.decision, reason } }, em);
    return { demand: await reload(em, d.id) };
  });
}

export function dispatchDemand(ctx: Ctx, input: DemandDispatchInput) {
  return mutation(ctx, async (em) => {
    const d = await lockDemand(em, input.demandId);
    if (!d) fail(ErrorCode.NOT_FOUND, 'demandId', '诉求不存在');
    if (d.status !== DemandStatus.OPEN) fail(ErrorCode.INVALID_STATE, 'demandId', '只有已发布的诉求可以派发');
    const instId = fromGlobalId(input.institutionId, 'Institution');
    const [inst] = instId ? await em.execute<{ id: string; status: string }[]>('select id, status from institution where id = ?', [instId]) : [];
    if (!inst || inst.status !== 'APPROVED') fail(ErrorCode.NOT_FOUND, 'institutionId', '机构不存在或未入驻');
    await em.execute(
      'update demand set dispatched_institution_ids = array_append(array_remove(dispatched_institution_ids, ?::uuid), ?::uuid), updated_at = ? where id = ?',
      [inst.id, inst.id, ctx.clock.now(), d.id],
    );
    const sla = await institutionSla(em, inst.id);
    await remind(ctx, em, {
      accountId: sla.responsibleAccountId,
      kind: ReminderKind.DEMAND_DISPATCHED,
      demandId: d.id,
      message: `运营人员向贵机构派发了服务诉求“${d.name}”，请查看并提交承接方案`,
    });
    await audit(ctx, { operation: 'demand.dispatch', objectType: 'Demand', objectId: d.id, result: 'SUCCESS', detail: { institutionId: inst.id } }, em);
    return { demand: await reload(em, d.id) };
  });
}

/** The enterprise withdraws its demand (before an offer is chosen); operators may close it. */
export function cancelDemand(ctx: Ctx, input: DemandRefInput) {
  return mutation(ctx, async (em) => {
    const d = await lockDemand(em, input.demandId);
    const mine = d && ctx.viewer?.enterpriseId === d.enterpriseId;
    const operator = !!ctx.viewer?.roles.includes(Role.OPERATOR);
    if (!d || (!mine && !operator)) fail(ErrorCode.NOT_FOUND, 'demandId', '诉求不存在');
    if (d.status !== DemandStatus.UNDER_REVIEW && d.status !== DemandStatus.OPEN) fail(ErrorCode.INVALID_STATE, 'demandId', '当前状态不能撤销或关闭');
    const reason = clean(input.reason);
    if (reason && [...reason].length > 500) fail(ErrorCode.TOO_LONG, 'reason', '理由不能超过500个字');
    await em.execute('update demand set status = ?, review_reason = coalesce(?, review_reason), updated_at = ? where id = ?', [
      mine ? DemandStatus.CANCELLED : DemandStatus.CLOSED,
      reason,
      ctx.clock.now(),
      d.id,
    ]);
    return { demand: await reload(em, d.id) };
  });
}

export function offerDemand(ctx: Ctx, input: DemandOfferInput) {
  const viewer = requireInstitutionStaff(ctx);
  return mutation(ctx, async (em) => {
    const v = new Violations();
    if (v.required('plan', clean(input.plan), '承接方案')) v.maxLength('plan', input.plan, 3000, '承接方案');
    if (v.required('terms', clean(input.terms), '服务条款')) v.maxLength('terms', input.terms, 1000, '服务条款');
    v.throwIfAny();
    const d = await lockDemand(em, input.demandId);
    if (!d || !(await canSeeDemand({ ...ctx, em }, d))) fail(ErrorCode.NOT_FOUND, 'demandId', '诉求不存在');
    if (d.status !== DemandStatus.OPEN) fail(ErrorCode.INVALID_STATE, 'demandId', '该诉求已不再征集方案');
    const dup = await em.execute('select 1 from demand_offer where demand_id = ? and institution_id = ?', [d.id, viewer.institutionId]);
    if (dup.length) fail(ErrorCode.DUPLICATE, 'demandId', '贵机构已提交过承接方案');
    const id = randomUUID();
    await em.execute('insert into demand_offer (id, demand_id, institution_id, plan, terms, status, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)', [
      id,
      d.id,
      viewer.institutionId,
      clean(input.plan),
      clean(input.terms),
      OfferStatus.OFFERED,
      viewer.accountId,
      ctx.clock.now(),
    ]);
    await remind(ctx, em, { accountId: d.createdBy, kind: ReminderKind.DEMAND_OFFER, demandId: d.id, message: `您的诉求“${d.name}”收到新的承接方案` });
    const [offer] = await em.execute<DemandOffer[]>(`select ${OFFER_COLUMNS} from demand_offer where id = ?`, [id]);
    await ctx.events.publish(em, DEMAND_OFFER_CHANGED, {
      eventId: randomUUID(),
      demandId: d.id,
      offerId: id,
      siteId: d.siteId,
      offerStatus: 'OFFERED',
      demandStatus: d.status,
      at: ctx.clock.now().toISOString(),
    });
    return { offer, demand: await reload(em, d.id) };
  });
}

/** The enterprise picks one offer: the demand is MATCHED and a docking starts in ACCEPTED with its resolution clock. */
export function chooseOffer(ctx: Ctx, input: DemandChooseInput) {
  const viewer = requireEnterpriseMember(ctx);
  return mutation(ctx, async (em) => {
    const offerId = fromGlobalId(input.offerId, 'DemandOffer');
    const [offer] = offerId ? await em.execute<DemandOffer[]>(`select ${OFFER_COLUMNS} from demand_offer where id = ?`, [offerId]) : [];
    const [d] = offer ? await em.execute<Demand[]>(`select ${DEMAND_COLUMNS} from demand where id = ? for update`, [offer.demandId]) : [];
    if (!offer || !d || d.enterpriseId !== viewer.enterpriseId) fail(ErrorCode.NOT_FOUND, 'offerId', '承接方案不存在');
    if (d.status !== DemandStatus.OPEN || offer.status !== OfferStatus.OFFERED) fail(ErrorCode.INVALID_STATE, 'offerId', '该诉求已选定机构或已结束');
    const now = ctx.clock.now();
    await em.execute(`update demand_offer set status = case when id = ? then 'CHOSEN' else 'NOT_CHOSEN' end where demand_id = ? and status = 'OFFERED'`, [
      offer.id,
      d.id,
    ]);
    await em.execute('update demand set status = ?, chosen_offer_id = ?, updated_at = ? where id = ?', [DemandStatus.MATCHED, offer.id, now, d.id]);
    const dockingId = randomUUID();
    await em.execute(
      `insert into docking (id, site_id, kind, demand_id, offer_id, enterprise_id, institution_id, needs, status, created_by, created_at, updated_at, first_response_at, accepted_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        dockingId,
        d.siteId,
        DockingKind.DEMAND,
        d.id,
        offer.id,
        d.enterpriseId,
        offer.institutionId,
        `${d.name}：${d.description}`.slice(0, 2000),
        DockingStatus.ACCEPTED,
        viewer.accountId,
        now,
        now,
        offer.createdAt,
        now,
      ],
    );
    const docking = await reloadDocking(em, dockingId);
    await startDockingClocks(ctx, em, docking, true);
    await addEvent(ctx, em, docking, DockingParty.ENTERPRISE, DockingEventType.ACCEPTED, '企业选定承接方案，进入对接', viewer.accountId);
    const sla = await institutionSla(em, offer.institutionId);
    await remind(ctx, em, {
      accountId: sla.responsibleAccountId,
      kind: ReminderKind.NEW_DOCKING,
      dockingId,
      demandId: d.id,
      message: `企业选定了贵机构对诉求“${d.name}”的承接方案，请开始服务`,
    });
    await ctx.events.publish(em, DEMAND_OFFER_CHANGED, {
      eventId: randomUUID(),
      demandId: d.id,
      offerId: offer.id,
      siteId: d.siteId,
      offerStatus: 'CHOSEN',
      demandStatus: DemandStatus.MATCHED,
      at: now.toISOString(),
    });
    return { demand: await reload(em, d.id), docking: await reloadDocking(em, dockingId) };
  });
}

export function dockingOfDemand(ctx: Ctx, demandId: string): Promise<string | null> {
  return ctx.loaders
    .get<string, string>('dockingIdOfDemand', async (ids) => {
      const rows = await ctx.em.execute<{ id: string; demandId: string }[]>(
        'select id, demand_id as "demandId" from docking where demand_id = any(?::uuid[])',
        [pgArray(ids)],
      );
      const map = new Map(rows.map((r) => [r.demandId, r.id]));
      return ids.map((id) => map.get(id) ?? null);
    })
    .load(demandId);
}

/** Reminder when an open demand drew no offer after three working days (to the enterprise and operators, who may dispatch it). */
async function runNoOffer(bus: Bus, em: EntityManager, demandId: string): Promise<void> {
  const [d] = await em.execute<(Demand & { offers: number })[]>(
    `select ${DEMAND_COLUMNS}, (select count(*)::int from demand_offer o where o.demand_id = demand.id) as offers from demand where id = ? for update`,
    [demandId],
  );
  if (!d || d.status !== DemandStatus.OPEN || d.offers > 0) return;
  await remind(bus, em, {
    accountId: d.createdBy,
    kind: ReminderKind.DEMAND_NO_OFFER,
    demandId: d.id,
    message: `您的诉求“${d.name}”发布${NO_OFFER_WORKING_DAYS}个工作日仍无机构响应，平台将协助派发`,
  });
  await remind(bus, em, {
    accountId: null,
    kind: ReminderKind.DEMAND_NO_OFFER,
    demandId: d.id,
    message: `诉求“${d.name}”发布${NO_OFFER_WORKING_DAYS}个工作日无机构响应，请派发给合适机构`,
  });
}

export function demandJobs(deps: PlatformDeps): Record<string, JobHandler<{ demandId: string }>> {
  return { [DEMAND_NO_OFFER_QUEUE]: (job, em) => runNoOffer(deps, em, job.payload.demandId) };
}
