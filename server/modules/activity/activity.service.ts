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
import { isPlatformStaff, requireInstitutionStaff } from '../../common/parties.js';
import { InputWarning } from '../../common/input-warning.js';
import { countOf } from '../../common/raw-sql.js';
import { checkPicture } from '../product/index.js';
import {
  ACTIVITY_COLUMNS,
  ActivityStatus,
  REGISTRATION_COLUMNS,
  RegistrationMethod,
  RegistrationStatus,
  type Activity,
  type ActivityAttendance,
  type ActivityRegistration,
} from './activity.entity.js';
import type {
  ActivityCheckInInput,
  ActivityCreateInput,
  ActivityEvaluateInput,
  ActivityFilter,
  ActivityRefInput,
  ActivityReviewInput,
  ActivitySummaryInput,
  RegistrationRefInput,
} from './activity.inputs.js';
import { looksAbbreviated } from './organiser.js';
import { makeTicket, verifyTicket } from './ticket.js';
import { newTicketCode, normaliseTicketCode } from './ticket-code.js';
import { notifyPromoted, scheduleActivityReminder } from './activity.notify.js';
import { chinaDateTime, chinaMonthStart } from '../../common/china-time.js';
import { isInvited } from './invitation.js';
import { ACTIVITY_CHANGED, ACTIVITY_WAITLIST_PROMOTED, type ActivityChangedEvent, type ActivityWaitlistPromotedEvent } from './activity.events.js';
import { siteScope } from '../site/index.js';

/** Check-in opens this long before the start and closes at the end. */
export const CHECK_IN_OPENS_MS = 60 * 60_000;
const ms = (d: Date | string) => new Date(d).getTime();

export const isOrganiser = (ctx: Ctx, a: Pick<Activity, 'institutionId'>) =>
  ctx.viewer?.institutionId === a.institutionId && !!ctx.viewer?.roles.includes(Role.INSTITUTION_STAFF);

export function canSeeActivity(ctx: Ctx, a: Activity): boolean {
  return a.status === ActivityStatus.PUBLISHED || isPlatformStaff(ctx) || isOrganiser(ctx, a);
}

function loadActivity(ctx: Ctx, id: string): Promise<Activity | null> {
  return ctx.loaders
    .get<string, Activity>('activityById', async (ids) =>
      byKeys(ids, await ctx.em.execute<Activity[]>(`select ${ACTIVITY_COLUMNS} from activity where id = any(?::uuid[])`, [pgArray(ids)])),
    )
    .load(id);
}

export async function activityById(ctx: Ctx, id: string): Promise<Activity | null> {
  const a = await loadActivity(ctx, id);
  return a && canSeeActivity(ctx, a) ? a : null;
}

export function activityByGlobalId(ctx: Ctx, globalId: string) {
  const id = fromGlobalId(globalId, 'Activity');
  return id ? activityById(ctx, id) : Promise.resolve(null);
}

export async function activityLogo(ctx: Ctx, id: string): Promise<string | null> {
  const [row] = await ctx.em.execute<{ t: string | null; b: string | null }[]>(
    `select logo_type as t, encode(logo, 'base64') as b from activity where id = ?`,
    [id],
  );
  return row?.t && row.b ? `data:${row.t};base64,${row.b.replace(/\n/g, '')}` : null;
}

export function attendance(ctx: Ctx, activityId: string): Promise<ActivityAttendance | null> {
  return ctx.loaders
    .get<string, ActivityAttendance & { id: string }>('activityAttendance', async (ids) => {
      const rows = await ctx.em.execute<(ActivityAttendance & { id: string })[]>(
        `select activity_id as id, count(*) filter (where status = 'REGISTERED')::int as registered,
                count(*) filter (where checked_in_at is not null)::int as "checkedIn",
                count(*) filter (where checked_in_at is not null)::float8 / nullif(count(*) filter (where status = 'REGISTERED'), 0) as rate,
                count(rating)::int as evaluations, avg(rating)::float8 as "averageRating"
           from activity_registration where activity_id = any(?::uuid[]) group by activity_id`,
        [pgArray(ids)],
      );
      return byKeys(ids, rows).map((r, i) => r ?? { id: ids[i], registered: 0, checkedIn: 0, rate: null, evaluations: 0, averageRating: null });
    })
    .load(activityId);
}

/** The viewer's live registration for an activity (batched). */
export function viewerRegistration(ctx: Ctx, activityId: string): Promise<ActivityRegistration | null> {
  const v = ctx.viewer;
  if (!v) return Promise.resolve(null);
  return ctx.loaders
    .get<string, ActivityRegistration>('viewerRegistration', async (ids) => {
      const rows = await ctx.em.execute<ActivityRegistration[]>(
        `select ${REGISTRATION_COLUMNS} from activity_registration where account_id = ? and activity_id = any(?::uuid[]) and status <> 'CANCELLED'`,
        [v.accountId, pgArray(ids)],
      );
      const map = new Map(rows.map((r) => [r.activityId, r]));
      return ids.map((id) => map.get(id) ?? null);
    })
    .load(activityId);
}

/** Position on the waiting list (1 = next), for a WAITLISTED registration. */
export async function waitlistPosition(ctx: Ctx, r: ActivityRegistration): Promise<number | null> {
  if (r.status !== RegistrationStatus.WAITLISTED) return null;
  const [row] = await ctx.em.execute<{ n: number }[]>(
    `select count(*)::int as n from activity_registration where activity_id = ? and status = 'WAITLISTED' and (created_at, id) <= (?::timestamptz, ?::uuid)`,
    [r.activityId, r.createdAt, r.id],
  );
  return row.n;
}

export async function listActivities(ctx: Ctx, filter: ActivityFilter | null | undefined, args: PageArgs, order?: ReviewOrder | null) {
  const page = pageOf(args);
  const f = filter ?? {};
  const status = f.status ?? ActivityStatus.PUBLISHED;
  const site = siteScope(ctx, { ownOnly: f.ownSiteOnly, inherit: status === ActivityStatus.PUBLISHED });
  const where = ['status = ?', site.sql];
  const params: unknown[] = [status, ...site.params];
  let institutionId: string | null = null;
  if (f.institutionId) {
    institutionId = fromGlobalId(f.institutionId, 'Institution');
    if (!institutionId) fail(ErrorCode.INVALID, 'filter.institutionId', '机构编号无效');
    where.push('institution_id = ?');
    params.push(institutionId);
  }
  if (status !== ActivityStatus.PUBLISHED && !isPlatformStaff(ctx) && !(institutionId && isOrganiser(ctx, { institutionId }))) {
    throw forbidden('只有运营人员或主办机构可以查看未发布的活动');
  }
  if (f.column) {
    where.push('"column" = ?');
    params.push(f.column);
  }
  if (f.upcoming) {
    where.push('ends_at > ?');
    params.push(ctx.clock.now());
  }
  if (f.month != null) {
    const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(f.month);
    if (!m) fail(ErrorCode.INVALID, 'filter.month', '月份格式应为 YYYY-MM');
    const [y, mo] = [Number(m[1]), Number(m[2])];
    where.push('starts_at < ? and ends_at >= ?');
    params.push(chinaMonthStart(y, mo + 1), chinaMonthStart(y, mo));
  }
  const clause = `where ${where.join(' and ')}`;
  const rows = await ctx.em.execute<Activity[]>(
    `select ${ACTIVITY_COLUMNS} from activity ${clause} order by ${reviewOrderBy(order, 'created_at', 'starts_at desc, id desc')} limit ? offset ?`,
    [...params, page.limit + 1, page.offset],
  );
  return connectionOf(rows, page, () => countOf(ctx, `select count(*)::int as n from activity ${clause}`, params));
}

export async function listMyRegistrations(ctx: Ctx, args: PageArgs) {
  const v = ctx.viewer;
  if (!v) throw unauthenticated();
  const page = pageOf(args);
  const rows = await ctx.em.execute<ActivityRegistration[]>(
    `select ${REGISTRATION_COLUMNS} from activity_registration where account_id = ? order by created_at desc, id desc limit ? offset ?`,
    [v.accountId, page.limit + 1, page.offset],
  );
  return connectionOf(rows, page, () => countOf(ctx, 'select count(*)::int as n from activity_registration where account_id = ?', [v.accountId]));
}

/** Registrations of an activity, in queue order: the organiser's staff and operators. */
export async function listRegistrations(ctx: Ctx, activityGlobalId: string, status: RegistrationStatus | null | undefined, args: PageArgs) {
  const page = pageOf(args);
  const id = fromGlobalId(activityGlobalId, 'Activity');
  const a = id ? await loadActivity(ctx, id) : null;
  if (!a || (!isOrganiser(ctx, a) && !isPlatformStaff(ctx))) throw forbidden('只有主办机构或运营人员可以查看报名名单');
  const where = ['activity_id = ?'];
  const params: unknown[] = [a.id];
  if (status) {
    where.push('status = ?');
    params.push(status);
  }
  const clause = `where ${where.join(' and ')}`;
  const rows = await ctx.em.execute<ActivityRegistration[]>(
    `select ${REGISTRATION_COLUMNS} from activity_registration ${clause} order by created_at, id limit ? offset ?`,
    [...params, page.limit + 1, page.offset],
  );
  return connectionOf(rows, page, () => countOf(ctx, `select count(*)::int as n from activity_registration ${clause}`, params));
}

const HTTPS = /^https:\/\/[^\s]{3,500}$/;

export function createActivity(ctx: Ctx, input: ActivityCreateInput) {
  const viewer = requireInstitutionStaff(ctx);
  return mutation(ctx, async (em) => {
    const v = new Violations();
    const name = clean(input.name);
    if (v.required('name', name, '活动名称')) {
      if ([...name!].length < 4) v.add(ErrorCode.INVALID, 'name', '活动名称至少4个字');
      v.maxLength('name', name, 60, '活动名称');
    }
    if (v.required('content', clean(input.content), '活动内容')) v.maxLength('content', input.content, 10000, '活动内容');
    if (v.required('participants', clean(input.participants), '参与人员')) v.maxLength('participants', input.participants, 1000, '参与人员');
    if (v.required('targetAudience', clean(input.targetAudience), '面向对象')) v.maxLength('targetAudience', input.targetAudience, 500, '面向对象');
    if (v.required('contactName', clean(input.contactName), '联系人')) v.maxLength('contactName', input.contactName, 50, '联系人');
    if (v.required('contactPhone', clean(input.contactPhone), '联系电话')) checkPhone(v, 'contactPhone', clean(input.contactPhone));
    const organisers = (input.organisers ?? []).map((o) => clean(o)).filter((o): o is string => !!o);
    if (organisers.length === 0) v.add(ErrorCode.REQUIRED, 'organisers', '请填写主办单位全称');
    if (organisers.length > 10) v.add(ErrorCode.INVALID, 'organisers', '主办单位最多10个');
    organisers.slice(0, 10).forEach((o, i) => v.maxLength(`organisers.${i}`, o, 100, '主办单位名称'));
    const address = clean(input.placeAddress);
    const url = clean(input.onlineUrl);
    if (!address && !url) v.add(ErrorCode.REQUIRED, 'placeAddress', '请填写活动地点或线上链接');
    v.maxLength('placeAddress', address, 200, '活动地点');
    if (url && !HTTPS.test(url)) v.add(ErrorCode.INVALID, 'onlineUrl', '线上链接应为 https 地址');
    const starts = ms(input.startsAt);
    const ends = ms(input.endsAt);
    const deadline = ms(input.registrationDeadline);
    const now = ctx.clock.now().getTime();
    if (!(starts > now)) v.add(ErrorCode.INVALID, 'startsAt', '开始时间应晚于当前时间');
    if (!(ends > starts)) v.add(ErrorCode.INVALID, 'endsAt', '结束时间应晚于开始时间');
    else if (ends - starts > 30 * 86_400_000) v.add(ErrorCode.INVALID, 'endsAt', '活动时长不能超过30天');
    if (!(deadline <= starts)) v.add(ErrorCode.INVALID, 'registrationDeadline', '报名截止时间不能晚于活动开始时间');
    if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > 100000) v.add(ErrorCode.INVALID, 'capacity', '名额应为1到100000之间的整数');
    const agenda = input.agenda ?? [];
    if (agenda.length === 0) v.add(ErrorCode.REQUIRED, 'agenda', '请填写活动议程');
    if (agenda.length > 30) v.add(ErrorCode.INVALID, 'agenda', '议程最多30项');
    agenda.slice(0, 30).forEach((item, i) => {
      if (v.required(`agenda.${i}.title`, clean(item.title), '议程标题')) v.maxLength(`agenda.${i}.title`, item.title, 100, '议程标题');
      v.maxLength(`agenda.${i}.speaker`, item.speaker, 100, '演讲嘉宾');
      const at = ms(item.startsAt);
      if (!(at >= starts && at <= ends)) v.add(ErrorCode.INVALID, `agenda.${i}.startsAt`, '议程时间应在活动时间内');
    });
    let logo: ReturnType<typeof checkPicture> | null = null;
    if (input.logo) {
      logo = checkPicture(input.logo.base64);
      if (typeof logo === 'string') v.add(ErrorCode.INVALID, 'logo', logo);
    }
    v.throwIfAny();
    const [inst] = await em.execute<{ columns: string[] }[]>('select columns from institution where id = ?', [viewer.institutionId]);
    if (!inst.columns.includes(input.column)) fail(ErrorCode.INVALID, 'column', '只能在本机构入驻的服务栏目下发布活动');
    const warnings: InputWarning[] = organisers
      .map((o, i) => ({ o, i }))
      .filter(({ o }) => looksAbbreviated(o))
      .map(({ o, i }) => ({ field: `organisers.${i}`, message: `“${o}”疑似简称，主办单位应使用全称（如“安徽省经济和信息化厅”）`, suggestion: null }));
    const id = randomUUID();
    const at = ctx.clock.now();
    const pic = logo && typeof logo !== 'string' ? logo : null;
    await em.execute(
      `insert into activity (id, site_id, institution_id, name, "column", logo_type, logo, content, agenda, participants, organisers, place_address, online_url,
         starts_at, ends_at, registration_method, registration_deadline, capacity, contact_name, contact_phone, target_audience, status, created_by, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, decode(?, 'base64'), ?, ?::jsonb, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        ctx.site.id,
        viewer.institutionId,
        name,
        input.column,
        pic?.contentType ?? null,
        pic ? pic.data.toString('base64') : null,
        clean(input.content),
        JSON.stringify(
          agenda.map((a) => ({
            startsAt: new Date(a.startsAt).toISOString(),
            endsAt: a.endsAt ? new Date(a.endsAt).toISOString() : null,
            title: clean(a.title),
            speaker: clean(a.speaker),
          })),
        ),
        clean(input.participants),
        pgArray(organisers),
        address,
        url,
        new Date(starts),
        new Date(ends),
        input.registrationMethod,
        new Date(deadline),
        input.capacity,
        clean(input.contactName),
        clean(input.contactPhone),
        clean(input.targetAudience),
        ActivityStatus.UNDER_REVIEW,
        viewer.accountId,
        at,
        at,
      ],
    );
    return { activity: await reload(em, id), warnings };
  });
}

async function reload(em: EntityManager, id: string): Promise<Activity> {
  return (await em.execute<Activity[]>(`select ${ACTIVITY_COLUMNS} from activity where id = ?`, [id]))[0];
}

export function reviewActivity(ctx: Ctx, input: ActivityReviewInput) {
  return mutation(ctx, async (em) => {
    const id = fromGlobalId(input.activityId, 'Activity');
    const [a] = id ? await em.execute<Activity[]>(`select ${ACTIVITY_COLUMNS} from activity where id = ? for update`, [id]) : [];
    if (!a) fail(ErrorCode.NOT_FOUND, 'activityId', '活动不存在');
    if (a.status !== ActivityStatus.UNDER_REVIEW) fail(ErrorCode.INVALID_STATE, 'activityId', '该活动不在待审核状态');
    const reason = reviewReason(input.decision, input.reason);
    await em.execute('update activity set status = ?, review_reason = ?, reviewed_by = ?, reviewed_at = ?, updated_at = ? where id = ?', [
      input.decision === ReviewDecision.APPROVE ? ActivityStatus.PUBLISHED : ActivityStatus.REJECTED,
      reason,
      ctx.viewer!.accountId,
      ctx.clock.now(),
      ctx.clock.now(),
      a.id,
    ]);
    await audit(
      ctx,
      { operation: 'activity.review', objectType: 'Activity', objectId: a.id, result: 'SUCCESS', detail: { decision: input.decision, reason } },
      em,
    );
    if (input.decision === ReviewDecision.APPROVE) {
      await scheduleActivityReminder(ctx, em, a.id, new Date(a.startsAt));
      await publishChange(ctx, em, await reload(em, a.id), 'PUBLISHED');
    }
    return { activity: await reload(em, a.id), warnings: [] };
  });
}

async function registration(em: EntityManager, id: string): Promise<ActivityRegistration> {
  return (await em.execute<ActivityRegistration[]>(`select ${REGISTRATION_COLUMNS} from activity_registration where id = ?`, [id]))[0];
}

/**
 * Registers the viewer: a seat while there is one, else the waiting list. The activity row is locked
 * (`for update`) so concurrent registrations are serialised: seats are never oversold, nobody is lost.
 */
export async function register(ctx: Ctx, input: ActivityRefInput) {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  const secret = await ctx.services.ticketKey.get(ctx.em.fork());
  return mutation(ctx, async (em) => {
    const id = fromGlobalId(input.activityId, 'Activity');
    const [a] = id ? await em.execute<Activity[]>(`select ${ACTIVITY_COLUMNS} from activity where id = ? for update`, [id]) : [];
    if (!a || a.status !== ActivityStatus.PUBLISHED) fail(ErrorCode.NOT_FOUND, 'activityId', '活动不存在或未发布');
    if (ctx.clock.now().getTime() > ms(a.registrationDeadline)) fail(ErrorCode.INVALID_STATE, 'activityId', '报名已截止');
    const existing = await em.execute('select 1 from activity_registration where activity_id = ? and account_id = ? and status <> ?', [
      a.id,
      viewer.accountId,
      RegistrationStatus.CANCELLED,
    ]);
    if (existing.length) fail(ErrorCode.DUPLICATE, 'activityId', '您已报名该活动');
    if (a.registrationMethod === RegistrationMethod.INVITATION && !(await isInvited(em, a.id, viewer.accountId)))
      fail(ErrorCode.NOT_INVITED, 'activityId', '该活动仅限受邀人员报名，您的手机号码或电子邮箱不在邀请名单中');
    const seat = a.registeredCount < a.capacity;
    const status = seat ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED;
    const regId = randomUUID();
    const now = ctx.clock.now();
    // Unique within the activity, whose row this transaction holds locked: the check cannot race.
    let code = newTicketCode();
    while ((await em.execute('select 1 from activity_registration where activity_id = ? and ticket_code = ?', [a.id, code])).length) code = newTicketCode();
    await em.execute(
      `insert into activity_registration (id, activity_id, account_id, enterprise_id, status, ticket, ticket_code, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [regId, a.id, viewer.accountId, viewer.enterpriseId, status, makeTicket(secret, regId), code, now, now],
    );
    await em.execute(`update activity set ${seat ? 'registered_count = registered_count + 1' : 'waitlisted_count = waitlisted_count + 1'} where id = ?`, [
      a.id,
    ]);
    return { registration: await registration(em, regId) };
  });
}

/** Cancels the viewer's registration; a freed seat goes to the first on the waiting list in the same transaction. */
export function cancelRegistration(ctx: Ctx, input: RegistrationRefInput) {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  return mutation(ctx, async (em) => {
    const id = fromGlobalId(input.registrationId, 'ActivityRegistration');
    const [r0] = id ? await em.execute<ActivityRegistration[]>(`select ${REGISTRATION_COLUMNS} from activity_registration where id = ?`, [id]) : [];
    if (!r0 || r0.accountId !== viewer.accountId) fail(ErrorCode.NOT_FOUND, 'registrationId', '报名记录不存在');
    await em.execute('select id from activity where id = ? for update', [r0.activityId]);
    const r = await registration(em, r0.id); // re-read under the activity lock
    if (r.status === RegistrationStatus.CANCELLED) fail(ErrorCode.INVALID_STATE, 'registrationId', '报名已取消');
    if (r.checkedInAt) fail(ErrorCode.INVALID_STATE, 'registrationId', '已签到，不能取消');
    const now = ctx.clock.now();
    const [a] = await em.execute<{ startsAt: Date }[]>('select starts_at as "startsAt" from activity where id = ?', [r.activityId]);
    if (now.getTime() >= ms(a.startsAt)) fail(ErrorCode.INVALID_STATE, 'registrationId', '活动已开始，不能取消报名');
    await em.execute('update activity_registration set status = ?, updated_at = ? where id = ?', [RegistrationStatus.CANCELLED, now, r.id]);
    if (r.status === RegistrationStatus.REGISTERED) {
      if (!(await promoteFromWaitlist(ctx, em, r.activityId)))
        await em.execute('update activity set registered_count = registered_count - 1 where id = ?', [r.activityId]);
    } else await em.execute('update activity set waitlisted_count = waitlisted_count - 1 where id = ?', [r.activityId]);
    await audit(
      ctx,
      {
        operation: 'activity.registrationCancel',
        objectType: 'ActivityRegistration',
        objectId: r.id,
        result: 'SUCCESS',
        detail: { activityId: r.activityId, was: r.status },
      },
      em,
    );
    return { registration: await registration(em, r.id) };
  });
}

/**
 * Gives a freed seat to the first on the waiting list, in the caller's transaction (which holds the activity
 * row lock), and announces it after commit (`activity.waitlistPromoted`). The registration keeps the ticket it
 * was issued at registration; from now on it admits at check-in. Returns the promoted registration, or null
 * when nobody waits (the seat stays free and the caller gives it back to `registered_count`).
 */
export async function promoteFromWaitlist(ctx: Ctx, em: EntityManager, activityId: string): Promise<ActivityWaitlistPromotedEvent | null> {
  const [next] = await em.execute<{ id: string; accountId: string }[]>(
    `select id, account_id as "accountId" from activity_registration where activity_id = ? and status = 'WAITLISTED' order by created_at, id limit 1 for update`,
    [activityId],
  );
  if (!next) return null;
  await em.execute(`update activity_registration set status = 'REGISTERED', updated_at = ? where id = ?`, [ctx.clock.now(), next.id]);
  await em.execute('update activity set waitlisted_count = waitlisted_count - 1 where id = ?', [activityId]);
  const promoted = { activityId, registrationId: next.id, accountId: next.accountId };
  await ctx.events.publish(em, ACTIVITY_WAITLIST_PROMOTED, promoted);
  await notifyPromoted(ctx, em, next.id);
  return promoted;
}

/** Check-in by ticket: organiser's staff, within the window; forged or unknown tickets TICKET_INVALID, a second check-in ALREADY_CHECKED_IN. */
export async function checkIn(ctx: Ctx, input: ActivityCheckInInput) {
  const viewer = requireInstitutionStaff(ctx);
  const secret = await ctx.services.ticketKey.get(ctx.em.fork());
  return mutation(ctx, async (em) => {
    const regId = verifyTicket(secret, input.ticket);
    const code = regId ? null : normaliseTicketCode(input.ticket ?? '');
    const activityId = input.activityId ? fromGlobalId(input.activityId, 'Activity') : null;
    if (!regId && !code) fail(ErrorCode.TICKET_INVALID, 'ticket', '电子票无效或已被篡改');
    if (code && !activityId) fail(ErrorCode.TICKET_INVALID, 'ticket', '使用8位票号签到时须指明活动');
    const [r] = regId
      ? await em.execute<ActivityRegistration[]>(`select ${REGISTRATION_COLUMNS} from activity_registration where id = ? for update`, [regId])
      : await em.execute<ActivityRegistration[]>(
          `select ${REGISTRATION_COLUMNS} from activity_registration where activity_id = ? and ticket_code = ? for update`,
          [activityId, code],
        );
    const [a] = r ? await em.execute<Activity[]>(`select ${ACTIVITY_COLUMNS} from activity where id = ?`, [r.activityId]) : [];
    if (!r || !a) fail(ErrorCode.TICKET_INVALID, 'ticket', '电子票无效：找不到对应的报名记录');
    if (a.institutionId !== viewer.institutionId) fail(ErrorCode.NOT_FOUND, 'ticket', '不是本机构活动的电子票');
    if (r.status !== RegistrationStatus.REGISTERED)
      fail(ErrorCode.INVALID_STATE, 'ticket', r.status === RegistrationStatus.WAITLISTED ? '候补报名尚未获得名额' : '报名已取消');
    const now = ctx.clock.now().getTime();
    if (now < ms(a.startsAt) - CHECK_IN_OPENS_MS || now > ms(a.endsAt)) fail(ErrorCode.INVALID_STATE, 'ticket', '不在签到时间内（活动开始前1小时至活动结束）');
    if (r.checkedInAt) fail(ErrorCode.ALREADY_CHECKED_IN, 'ticket', `该电子票已于${chinaDateTime(r.checkedInAt)}签到，不能重复签到`);
    await em.execute('update activity_registration set checked_in_at = ?, updated_at = ? where id = ?', [ctx.clock.now(), ctx.clock.now(), r.id]);
    return { registration: await registration(em, r.id) };
  });
}

export function publishSummary(ctx: Ctx, input: ActivitySummaryInput) {
  const viewer = requireInstitutionStaff(ctx);
  return mutation(ctx, async (em) => {
    const id = fromGlobalId(input.activityId, 'Activity');
    const [a] = id ? await em.execute<Activity[]>(`select ${ACTIVITY_COLUMNS} from activity where id = ? for update`, [id]) : [];
    if (!a || a.institutionId !== viewer.institutionId) fail(ErrorCode.NOT_FOUND, 'activityId', '活动不存在');
    if (a.status !== ActivityStatus.PUBLISHED || ctx.clock.now().getTime() < ms(a.startsAt))
      fail(ErrorCode.INVALID_STATE, 'activityId', '活动开始后才能发布总结');
    const summary = clean(input.summary);
    const v = new Violations();
    if (v.required('summary', summary, '活动总结')) v.maxLength('summary', summary, 10000, '活动总结');
    v.throwIfAny();
    await em.execute('update activity set summary = ?, summary_at = ?, updated_at = ? where id = ?', [summary, ctx.clock.now(), ctx.clock.now(), a.id]);
    await publishChange(ctx, em, a, 'CHANGED');
    return { activity: await reload(em, a.id), warnings: [] };
  });
}

/** Tells partners (webhooks, in this transaction) and live views that a public activity changed. */
async function publishChange(ctx: Ctx, em: EntityManager, a: Activity, change: ActivityChangedEvent['change']): Promise<void> {
  await ctx.events.publish(em, ACTIVITY_CHANGED, {
    eventId: randomUUID(),
    activityId: a.id,
    siteId: a.siteId,
    change,
    name: a.name,
    status: a.status,
    startsAt: new Date(a.startsAt).toISOString(),
    provinceOnly: a.provinceOnly,
    at: ctx.clock.now().toISOString(),
  });
}

/** Evaluation by attendees only (checked in), once, after the start. */
export function evaluate(ctx: Ctx, input: ActivityEvaluateInput) {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  return mutation(ctx, async (em) => {
    const id = fromGlobalId(input.registrationId, 'ActivityRegistration');
    const [r] = id
      ? await em.execute<(ActivityRegistration & { evaluatedAt: Date | null })[]>(
          `select ${REGISTRATION_COLUMNS}, evaluated_at as "evaluatedAt" from activity_registration where id = ? for update`,
          [id],
        )
      : [];
    if (!r || r.accountId !== viewer.accountId) fail(ErrorCode.NOT_FOUND, 'registrationId', '报名记录不存在');
    if (!r.checkedInAt) fail(ErrorCode.FORBIDDEN, 'registrationId', '只有签到参加的人员可以评价');
    if (r.evaluatedAt) fail(ErrorCode.DUPLICATE, 'registrationId', '已评价过');
    const v = new Violations();
    if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) v.add(ErrorCode.INVALID, 'rating', '评分应为1到5的整数');
    v.maxLength('comment', input.comment, 1000, '评价内容');
    v.throwIfAny();
    await em.execute('update activity_registration set rating = ?, comment = ?, evaluated_at = ?, updated_at = ? where id = ?', [
      input.rating,
      clean(input.comment),
      ctx.clock.now(),
      ctx.clock.now(),
      r.id,
    ]);
    return { registration: await registration(em, r.id) };
  });
}

/** Creates the ticket key at start-up when the environment gives none (stored in platform_secret). */
/** At start: make sure the ticket secret exists before the first registration needs it. */
export function startActivity(deps: PlatformDeps): void {
  void deps.services.ticketKey.get(deps.orm.em.fork()).catch(() => {});
}
