import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, Violations, fail } from '../../common/errors.js';
import { fromGlobalId } from '../../common/ids.js';
import { mutation } from '../../common/mutation.js';
import { Role } from '../../common/roles.js';
import { clean } from '../../common/validate.js';
import { PRODUCT_COLUMNS, ProductStatus, type ServiceProduct } from '../product/index.js';
import {
  DOCKING_COLUMNS,
  DockingEventType,
  DockingKind,
  DockingParty,
  DockingStatus,
  EVALUATION_COLUMNS,
  OPEN_STATUSES,
  type Docking,
  type DockingEvaluation,
} from './docking.entity.js';
import type { DockingActionInput, DockingEvaluateInput, DockingEvaluationReplyInput, DockingMessageInput, DockingSubmitInput } from './docking.inputs.js';
import { requireEnterpriseMember } from '../../common/parties.js';
import { ReminderKind } from './reminder.entity.js';
import { addEvent, escalateToOperators, institutionSla, remind, startClock } from './sla.js';
import { DOCKING_CHANGE_TITLES, notifyDockingChange } from './reminder.notify.js';
import { workingCalendar } from './working-time.js';
import { chinaDate } from '../../common/china-time.js';

export async function reloadDocking(em: EntityManager, id: string): Promise<Docking> {
  return (await em.execute<Docking[]>(`select ${DOCKING_COLUMNS} from docking where id = ?`, [id]))[0];
}

/** Locks a docking the viewer is a party of and says which party; another party's docking is NOT_FOUND. */
async function lockAsParty(ctx: Ctx, em: EntityManager, globalId: string): Promise<{ d: Docking; party: DockingParty }> {
  const id = fromGlobalId(globalId, 'Docking');
  const [d] = id ? await em.execute<Docking[]>(`select ${DOCKING_COLUMNS} from docking where id = ? for update`, [id]) : [];
  const v = ctx.viewer;
  if (d && v) {
    if (v.enterpriseId === d.enterpriseId) return { d, party: DockingParty.ENTERPRISE };
    if (v.institutionId === d.institutionId && v.roles.includes(Role.INSTITUTION_STAFF)) return { d, party: DockingParty.INSTITUTION };
    if (v.roles.includes(Role.OPERATOR)) return { d, party: DockingParty.OPERATOR };
  }
  fail(ErrorCode.NOT_FOUND, 'dockingId', '对接事项不存在');
}

/** Starts the clocks of a docking that reached the institution (product request or chosen demand offer). */
export async function startDockingClocks(ctx: Ctx, em: EntityManager, d: Docking, respondedAlready: boolean): Promise<void> {
  const sla = await institutionSla(em, d.institutionId);
  const now = ctx.clock.now();
  const calendar = await workingCalendar(em);
  const firstDue = respondedAlready ? null : await startClock(ctx, em, d.id, 'FIRST_RESPONSE', now, sla.firstResponse, calendar);
  const resolutionDue = await startClock(ctx, em, d.id, 'RESOLUTION', now, sla.resolution, calendar);
  await em.execute('update docking set first_response_due = ?, resolution_due = ? where id = ?', [firstDue, resolutionDue, d.id]);
}

/**
 * An enterprise (verified or not: requests are free to make, and the institution sees the enterprise's
 * verification status) asks for a listed product.
 */
export function submitDocking(ctx: Ctx, input: DockingSubmitInput) {
  const viewer = requireEnterpriseMember(ctx);
  return mutation(ctx, async (em) => {
    const needs = clean(input.needs);
    const v = new Violations();
    if (v.required('needs', needs, '需求说明')) v.maxLength('needs', needs, 2000, '需求说明');
    v.throwIfAny();
    const productId = fromGlobalId(input.productId, 'ServiceProduct');
    const [product] = productId ? await em.execute<ServiceProduct[]>(`select ${PRODUCT_COLUMNS} from service_product where id = ?`, [productId]) : [];
    if (!product || product.status !== ProductStatus.LISTED) fail(ErrorCode.NOT_FOUND, 'productId', '服务产品不存在或已下架');
    const [open] = await em.execute<{ n: number }[]>(
      `select count(*)::int as n from docking where enterprise_id = ? and product_id = ? and status = any(?::text[])`,
      [viewer.enterpriseId, product.id, `{${OPEN_STATUSES.join(',')}}`],
    );
    if (open.n > 0) fail(ErrorCode.DUPLICATE, 'productId', '您已对该产品提交过对接申请，请在原对接中继续沟通');
    const id = randomUUID();
    const now = ctx.clock.now();
    await em.execute(
      `insert into docking (id, site_id, kind, product_id, enterprise_id, institution_id, needs, status, created_by, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        ctx.site.id,
        DockingKind.PRODUCT,
        product.id,
        viewer.enterpriseId,
        product.institutionId,
        needs,
        DockingStatus.SUBMITTED,
        viewer.accountId,
        now,
        now,
      ],
    );
    const d = await reloadDocking(em, id);
    await startDockingClocks(ctx, em, d, false);
    await addEvent(ctx, em, d, DockingParty.ENTERPRISE, DockingEventType.SUBMITTED, needs, viewer.accountId);
    const sla = await institutionSla(em, d.institutionId);
    await remind(ctx, em, {
      accountId: sla.responsibleAccountId,
      kind: ReminderKind.NEW_DOCKING,
      dockingId: id,
      message: `企业申请对接服务产品“${product.name}”，请在时限内响应`,
    });
    return { docking: await reloadDocking(em, id) };
  });
}

/**
 * Observers of a docking's outcome, run inside the transaction that records it: what they write commits or rolls
 * back with the docking's change, and a `fail(...)` they raise refuses the whole mutation. A feature that records
 * where a docking came from contributes one through its index.ts (`contributes: { dockingOutcomeObservers }`; the
 * column needs do), so that this feature needs to know none of them. Observers must find their own rows (most
 * dockings concern none).
 */
export interface DockingOutcomeObserver {
  /** The docking reached a final status (COMPLETED, DECLINED, CANCELLED or CLOSED; `d` is after the change); `note` is the reason or note given. */
  finished?(ctx: Ctx, em: EntityManager, d: Docking, note: string | null): Promise<void>;
  /** The enterprise evaluated the completed docking. */
  evaluated?(ctx: Ctx, em: EntityManager, d: Docking, e: Pick<DockingEvaluation, 'quality' | 'timeliness' | 'attitude' | 'professionalism'>): Promise<void>;
}
declare module '../../common/platform-services.js' {
  interface ExtensionPoints {
    /** In-transaction observers of a docking's outcome. */
    dockingOutcomeObservers: DockingOutcomeObserver;
  }
}

interface Transition {
  party: DockingParty;
  from: DockingStatus[];
  to: DockingStatus;
  event: DockingEventType;
  noteRequired?: string;
  stamp?: 'accepted_at' | 'service_started_at';
}

export const TRANSITIONS = {
  accept: {
    party: DockingParty.INSTITUTION,
    from: [DockingStatus.SUBMITTED],
    to: DockingStatus.ACCEPTED,
    event: DockingEventType.ACCEPTED,
    stamp: 'accepted_at',
  },
  decline: {
    party: DockingParty.INSTITUTION,
    from: [DockingStatus.SUBMITTED, DockingStatus.ACCEPTED],
    to: DockingStatus.DECLINED,
    event: DockingEventType.DECLINED,
    noteRequired: '拒绝理由',
  },
  start: {
    party: DockingParty.INSTITUTION,
    from: [DockingStatus.ACCEPTED],
    to: DockingStatus.IN_SERVICE,
    event: DockingEventType.IN_SERVICE,
    stamp: 'service_started_at',
  },
  complete: { party: DockingParty.ENTERPRISE, from: [DockingStatus.IN_SERVICE], to: DockingStatus.COMPLETED, event: DockingEventType.COMPLETED },
  cancel: {
    party: DockingParty.ENTERPRISE,
    from: [DockingStatus.SUBMITTED, DockingStatus.ACCEPTED],
    to: DockingStatus.CANCELLED,
    event: DockingEventType.CANCELLED,
  },
  close: { party: DockingParty.OPERATOR, from: OPEN_STATUSES, to: DockingStatus.CLOSED, event: DockingEventType.CLOSED, noteRequired: '关闭理由' },
} satisfies Record<string, Transition>;
export type DockingAction = keyof typeof TRANSITIONS;

const PARTY_LABEL: Record<DockingParty, string> = { ENTERPRISE: '企业', INSTITUTION: '服务机构', OPERATOR: '运营人员', SYSTEM: '系统' };

export function transitionDocking(ctx: Ctx, action: DockingAction, input: DockingActionInput) {
  const t: Transition = TRANSITIONS[action];
  return mutation(ctx, async (em) => {
    const { d, party } = await lockAsParty(ctx, em, input.dockingId);
    if (party !== t.party) fail(ErrorCode.FORBIDDEN, 'dockingId', `只有${PARTY_LABEL[t.party]}可以执行此操作`);
    if (!t.from.includes(d.status)) fail(ErrorCode.INVALID_STATE, 'dockingId', '当前状态不允许此操作');
    const note = clean(input.note);
    if (t.noteRequired && !note) fail(ErrorCode.REQUIRED, 'note', `请填写${t.noteRequired}`);
    if (note && [...note].length > 1000) fail(ErrorCode.TOO_LONG, 'note', '说明不能超过1000个字');
    const now = ctx.clock.now();
    const final = !OPEN_STATUSES.includes(t.to);
    await em.execute(
      `update docking set status = ?, updated_at = ?,
         first_response_at = case when ? then coalesce(first_response_at, ?::timestamptz) else first_response_at end,
         awaiting_reply_since = case when ? then null else awaiting_reply_since end,
         accepted_at = case when ? then ?::timestamptz else accepted_at end,
         service_started_at = case when ? then ?::timestamptz else service_started_at end,
         finished_at = case when ? then ?::timestamptz else finished_at end
       where id = ?`,
      [
        t.to,
        now,
        party === DockingParty.INSTITUTION,
        now,
        party === DockingParty.INSTITUTION || final,
        t.stamp === 'accepted_at',
        now,
        t.stamp === 'service_started_at',
        now,
        final,
        now,
        d.id,
      ],
    );
    await addEvent(ctx, em, d, party, t.event, note, ctx.viewer!.accountId);
    await notifyDockingChange(ctx, em, d, party, 'STATUS', DOCKING_CHANGE_TITLES[action], note);
    if (action === 'close') await audit(ctx, { operation: 'docking.close', objectType: 'Docking', objectId: d.id, result: 'SUCCESS', detail: { note } }, em);
    const after = await reloadDocking(em, d.id);
    if (final) for (const o of ctx.extensions.dockingOutcomeObservers) await o.finished?.(ctx, em, after, note || null);
    return { docking: after };
  });
}

/** A message in the thread; an enterprise message starts the institution's reply clock. */
export function sendMessage(ctx: Ctx, input: DockingMessageInput) {
  return mutation(ctx, async (em) => {
    const { d, party } = await lockAsParty(ctx, em, input.dockingId);
    if (party === DockingParty.OPERATOR) fail(ErrorCode.FORBIDDEN, 'dockingId', '运营人员不能在对接中留言');
    const body = clean(input.body);
    const v = new Violations();
    if (v.required('body', body, '留言内容')) v.maxLength('body', body, 2000, '留言内容');
    v.throwIfAny();
    if (!OPEN_STATUSES.includes(d.status)) fail(ErrorCode.INVALID_STATE, 'dockingId', '对接已结束，不能继续留言');
    const now = ctx.clock.now();
    if (party === DockingParty.INSTITUTION) {
      await em.execute('update docking set first_response_at = coalesce(first_response_at, ?), awaiting_reply_since = null, updated_at = ? where id = ?', [
        now,
        now,
        d.id,
      ]);
    } else {
      await em.execute('update docking set updated_at = ? where id = ?', [now, d.id]);
      if (d.firstResponseAt && !d.awaitingReplySince) {
        await em.execute('update docking set awaiting_reply_since = ? where id = ?', [now, d.id]);
        const sla = await institutionSla(em, d.institutionId);
        await startClock(ctx, em, d.id, 'REPLY', now, sla.reply);
      }
    }
    await addEvent(ctx, em, d, party, DockingEventType.MESSAGE, body, ctx.viewer!.accountId);
    await notifyDockingChange(ctx, em, d, party, 'MESSAGE', party === DockingParty.INSTITUTION ? '服务机构回复了您的服务对接' : '企业在服务对接中留言', body);
    return { docking: await reloadDocking(em, d.id) };
  });
}

/**
 * 催办: the enterprise urges an open docking, at most once per calendar day (China time). The first urge
 * goes to the institution's responsible person; a further urge, or one on an overdue docking, also to operators.
 */
export function urgeDocking(ctx: Ctx, input: DockingActionInput) {
  return mutation(ctx, async (em) => {
    const { d, party } = await lockAsParty(ctx, em, input.dockingId);
    if (party !== DockingParty.ENTERPRISE) fail(ErrorCode.FORBIDDEN, 'dockingId', '只有企业可以催办');
    if (!OPEN_STATUSES.includes(d.status)) fail(ErrorCode.INVALID_STATE, 'dockingId', '对接已结束，无需催办');
    const now = ctx.clock.now();
    if (d.lastUrgedAt && chinaDate(d.lastUrgedAt) === chinaDate(now)) fail(ErrorCode.URGE_LIMITED, 'dockingId', '今天已催办过，每个对接事项每天只能催办一次');
    const note = clean(input.note);
    if (note && [...note].length > 1000) fail(ErrorCode.TOO_LONG, 'note', '说明不能超过1000个字');
    await em.execute(
      'update docking set last_urged_at = ?, urge_count = urge_count + 1, escalation_level = greatest(escalation_level, 1), updated_at = ? where id = ?',
      [now, now, d.id],
    );
    await addEvent(ctx, em, d, DockingParty.ENTERPRISE, DockingEventType.URGED, note, ctx.viewer!.accountId);
    const sla = await institutionSla(em, d.institutionId);
    await remind(ctx, em, {
      accountId: sla.responsibleAccountId,
      kind: ReminderKind.URGED,
      dockingId: d.id,
      message: `企业催办对接事项${note ? `：${note}` : ''}，请尽快处理`,
    });
    if (d.urgeCount >= 1 || d.escalationLevel >= 1) await escalateToOperators(ctx, em, d, `企业第${d.urgeCount + 1}次催办`);
    return { docking: await reloadDocking(em, d.id) };
  });
}

const rating = (v: Violations, field: string, value: number) => {
  if (!Number.isInteger(value) || value < 1 || value > 5) v.add(ErrorCode.INVALID, field, '评分应为1到5的整数');
};

export function evaluateDocking(ctx: Ctx, input: DockingEvaluateInput) {
  return mutation(ctx, async (em) => {
    const { d, party } = await lockAsParty(ctx, em, input.dockingId);
    if (party !== DockingParty.ENTERPRISE) fail(ErrorCode.FORBIDDEN, 'dockingId', '只有企业可以评价');
    if (d.status !== DockingStatus.COMPLETED) fail(ErrorCode.INVALID_STATE, 'dockingId', '对接完成后才能评价');
    const v = new Violations();
    for (const k of ['quality', 'timeliness', 'attitude', 'professionalism'] as const) rating(v, k, input[k]);
    v.maxLength('comment', input.comment, 1000, '评价内容');
    v.throwIfAny();
    const done = await em.execute('select 1 from docking_evaluation where docking_id = ?', [d.id]);
    if (done.length) fail(ErrorCode.DUPLICATE, 'dockingId', '已评价过，不能重复评价');
    await em.execute(
      `insert into docking_evaluation (docking_id, quality, timeliness, attitude, professionalism, comment, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)`,
      [d.id, input.quality, input.timeliness, input.attitude, input.professionalism, clean(input.comment), ctx.viewer!.accountId, ctx.clock.now()],
    );
    await addEvent(ctx, em, d, party, DockingEventType.EVALUATED, clean(input.comment), ctx.viewer!.accountId);
    for (const o of ctx.extensions.dockingOutcomeObservers) await o.evaluated?.(ctx, em, d, input);
    return { docking: await reloadDocking(em, d.id) };
  });
}

export function replyEvaluation(ctx: Ctx, input: DockingEvaluationReplyInput) {
  return mutation(ctx, async (em) => {
    const { d, party } = await lockAsParty(ctx, em, input.dockingId);
    if (party !== DockingParty.INSTITUTION) fail(ErrorCode.FORBIDDEN, 'dockingId', '只有服务机构可以回复评价');
    const reply = clean(input.reply);
    const v = new Violations();
    if (v.required('reply', reply, '回复内容')) v.maxLength('reply', reply, 1000, '回复内容');
    v.throwIfAny();
    const [ev] = await em.execute<DockingEvaluation[]>(`select ${EVALUATION_COLUMNS} from docking_evaluation where docking_id = ? for update`, [d.id]);
    if (!ev) fail(ErrorCode.INVALID_STATE, 'dockingId', '企业尚未评价');
    if (ev.reply) fail(ErrorCode.DUPLICATE, 'reply', '评价只能回复一次');
    await em.execute('update docking_evaluation set reply = ?, replied_at = ? where docking_id = ?', [reply, ctx.clock.now(), d.id]);
    await addEvent(ctx, em, d, party, DockingEventType.EVALUATION_REPLIED, reply, ctx.viewer!.accountId);
    return { docking: await reloadDocking(em, d.id) };
  });
}
