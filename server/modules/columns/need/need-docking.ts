/**
 * A need continues as a docking: the requesting enterprise picks an institution that answered it, and the
 * docking machinery (timeline, working-time SLA clocks, reminders, urging, evaluation) takes over. The need
 * follows its docking to the end (`needFollowsDocking`, `needTakesRating` below, registered with the docking
 * module's outcome observers so that module knows nothing of columns).
 *
 * The docking module knows two kinds of docking, PRODUCT and DEMAND (a demand with a chosen offer). A need
 * taken up this way is recorded as exactly that: a MATCHED demand (诉求) visible to operators only, whose
 * chosen offer is the institution's answer, and a DEMAND docking in ACCEPTED — the same rows `demandChooseOffer`
 * writes, then the docking module's own exported functions start the clocks and the timeline.
 */
import { randomUUID } from 'node:crypto';
import { Arg, Ctx as GqlCtx, Field, FieldResolver, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { audit } from '../../../common/audit.js';
import { requireViewer } from '../../../common/auth.js';
import type { Ctx } from '../../../common/context.js';
import { ErrorCode, fail, UserError } from '../../../common/errors.js';
import { fromGlobalId } from '../../../common/ids.js';
import { mutation } from '../../../common/mutation.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Docking, DockingEventType, DockingKind, DockingParty, DockingStatus, OPEN_STATUSES, type DockingEvaluation } from '../../docking/index.js';
import { dockingById } from '../../docking/index.js';
import { type DockingOutcomeObserver, reloadDocking, startDockingClocks } from '../../docking/index.js';
import { ReminderKind } from '../../docking/index.js';
import { addEvent, institutionSla, remind } from '../../docking/index.js';
import { addNeedEvent, isRequester, linkedDocking, needByGlobalId } from './need.service.js';
import { ColumnNeed, NEED_COLUMNS, NeedEventType, NeedStatus } from './need.types.js';
import { chinaDate } from '../../../common/china-time.js';

@InputType({ description: 'Continue a need as a docking with one institution that answered it.' })
export class ColumnNeedDockingInput {
  @Field(() => String, { description: "Global id of the need (of the viewer's enterprise)." })
  needId!: string;
  @Field(() => String, { description: 'Global id of an institution the need was routed to and that has replied.' })
  institutionId!: string;
}

@ObjectType({ description: 'Result of continuing a need as a docking.' })
export class ColumnNeedDockingPayload {
  @Field(() => ColumnNeed, { nullable: true, description: 'The need, now linked to its docking.' })
  need?: ColumnNeed | null;
  @Field(() => Docking, { nullable: true, description: 'The docking that was opened (ACCEPTED, resolution clock running).' })
  docking?: Docking | null;
  @Field(() => [UserError], { description: 'Why it was refused; empty on success. Nothing is written when not empty.' })
  errors!: UserError[];
}

const DEMAND_DAYS = 90;

export function startNeedDocking(ctx: Ctx, input: ColumnNeedDockingInput) {
  const viewer = requireViewer(ctx);
  return mutation(ctx, async (em) => {
    const found = await needByGlobalId(ctx, input.needId);
    if (!found || !isRequester(ctx, found) || !found.enterpriseId || found.enterpriseId !== viewer.enterpriseId)
      fail(ErrorCode.NOT_FOUND, 'needId', '需求不存在');
    const [need] = await em.execute<ColumnNeed[]>(`select ${NEED_COLUMNS} from column_need n where n.id = ? for update`, [found.id]);
    // A docking that ended without completion (declined, cancelled, closed) leaves the need open for another one.
    const linked = await linkedDocking(em, need);
    if (linked && OPEN_STATUSES.includes(linked.status)) fail(ErrorCode.DUPLICATE, 'needId', '该需求已转为对接，请在“我的对接”中继续');
    if (need.status === NeedStatus.COMPLETED || need.status === NeedStatus.CANCELLED) fail(ErrorCode.INVALID_STATE, 'needId', '需求已关闭，不能再转为对接');
    const institutionId = fromGlobalId(input.institutionId, 'Institution');
    const [answer] = institutionId
      ? await em.execute<{ body: string; authorId: string; at: Date }[]>(
          `select r.body, r.author_id as "authorId", r.created_at as at from column_need_route t
             join column_need_reply r on r.need_id = t.need_id and r.institution_id = t.institution_id
            where t.need_id = ? and t.institution_id = ? order by r.created_at, r.id limit 1`,
          [need.id, institutionId],
        )
      : [];
    if (!answer) fail(ErrorCode.INVALID_STATE, 'institutionId', '只能选择已答复该需求的服务机构');
    const inst = institutionId!;
    const now = ctx.clock.now();

    // The demand and its chosen offer: the need as the docking module records where a DEMAND docking came from.
    const demandId = randomUUID();
    const offerId = randomUUID();
    const deadline = (need.details?.deadline as string | undefined) ?? chinaDate(now.getTime() + DEMAND_DAYS * 86_400_000);
    await em.execute(
      `insert into demand (id, site_id, enterprise_id, name, description, "column", category, contact_name, contact_phone, period_start, period_end,
          budget, visibility, region_code, status, created_by, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::date, greatest(?::date, ?::date), ?, 'OPERATORS_ONLY', ?, 'MATCHED', ?, ?, ?)`,
      [
        demandId,
        need.siteId,
        need.enterpriseId,
        need.title.slice(0, 100),
        need.description || need.title,
        need.column,
        need.category,
        need.contactName,
        need.contactPhone,
        chinaDate(now),
        deadline,
        chinaDate(now),
        need.amount,
        need.regionCode,
        viewer.accountId,
        now,
        now,
      ],
    );
    await em.execute(
      `insert into demand_offer (id, demand_id, institution_id, plan, terms, status, created_by, created_at) values (?, ?, ?, ?, ?, 'CHOSEN', ?, ?)`,
      [offerId, demandId, inst, answer.body, '按机构对栏目需求的答复执行', answer.authorId, answer.at],
    );
    await em.execute('update demand set chosen_offer_id = ? where id = ?', [offerId, demandId]);

    const dockingId = randomUUID();
    await em.execute(
      `insert into docking (id, site_id, kind, demand_id, offer_id, enterprise_id, institution_id, needs, status, created_by, created_at, updated_at, first_response_at, accepted_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        dockingId,
        need.siteId,
        DockingKind.DEMAND,
        demandId,
        offerId,
        need.enterpriseId,
        inst,
        `${need.title}：${need.description}`.slice(0, 2000),
        DockingStatus.ACCEPTED,
        viewer.accountId,
        now,
        now,
        answer.at,
        now,
      ],
    );
    const docking = await reloadDocking(em, dockingId);
    await startDockingClocks(ctx, em, docking, true);
    await addEvent(ctx, em, docking, DockingParty.ENTERPRISE, DockingEventType.ACCEPTED, '企业选择了贵机构对栏目需求的答复，需求转为对接', viewer.accountId);
    const sla = await institutionSla(em, inst);
    await remind(ctx, em, {
      accountId: sla.responsibleAccountId,
      kind: ReminderKind.NEW_DOCKING,
      dockingId,
      message: `企业选择贵机构承接需求“${need.title}”，请开始服务`,
    });
    await em.execute('update column_need set docking_id = ?, updated_at = ? where id = ?', [dockingId, now, need.id]);
    const [{ name }] = await em.execute<{ name: string }[]>('select name from institution where id = ?', [inst]);
    await addNeedEvent(ctx, em, {
      needId: need.id,
      type: NeedEventType.DOCKING_STARTED,
      body: `企业选择了“${name}”的答复，需求转为对接，请在“我的对接”中跟进`,
      dockingId,
      institutionId: inst,
      actorId: viewer.accountId,
    });
    await audit(
      ctx,
      { operation: 'columnNeed.dock', objectType: 'ColumnNeed', objectId: need.id, result: 'SUCCESS', detail: { institutionId: inst, dockingId } },
      em,
    );
    const [after] = await em.execute<ColumnNeed[]>(`select ${NEED_COLUMNS} from column_need n where n.id = ?`, [need.id]);
    return { need: after, docking: await reloadDocking(em, dockingId) };
  });
}

/**
 * What the need becomes when its docking reaches a final status, in the docking's transaction:
 * - COMPLETED (the enterprise confirmed the service done): the need is COMPLETED, closed now — the enterprise's
 *   confirmation of the docking is its confirmation that the need is solved, so the statistics count it as
 *   closing by hand would. The amount financed can be recorded afterwards (`columnNeedRecordAmountFinanced`).
 * - DECLINED (the institution refused), CANCELLED (the enterprise withdrew the docking), CLOSED (an operator
 *   closed it): the service did not happen, but nobody said the need went away; closing a need is the
 *   requester's decision. It stays ANSWERED (open, still routed) and can continue as a docking with another
 *   (or the same) answering institution, or be closed by hand. Irreversibly cancelling it here would lose a
 *   need the enterprise still has.
 * A need closed by hand before its docking ended (refused since, but older rows may exist) keeps its status;
 * the timeline still says what happened.
 */
async function needFollowsDocking(ctx: Ctx, em: EntityManager, d: Docking, note: string | null): Promise<void> {
  const [need] = await em.execute<ColumnNeed[]>(`select ${NEED_COLUMNS} from column_need n where n.docking_id = ? for update`, [d.id]);
  if (!need) return;
  const now = ctx.clock.now();
  const closed = need.status === NeedStatus.COMPLETED || need.status === NeedStatus.CANCELLED;
  const reason = note ? `（理由：${note}）` : '';
  const reopened = closed ? '需求此前已关闭，状态不变' : '需求仍为已答复，可另选已答复的服务机构继续对接，或关闭需求';
  const status = closed || d.status !== DockingStatus.COMPLETED ? need.status : NeedStatus.COMPLETED;
  await em.execute(`update column_need set status = ?, closed_at = coalesce(closed_at, ?), updated_at = ? where id = ?`, [
    status,
    status === NeedStatus.COMPLETED ? now : null,
    now,
    need.id,
  ]);
  let body: string;
  switch (d.status) {
    case DockingStatus.COMPLETED:
      body = closed
        ? '企业确认对接已完成，需求此前已关闭，状态不变'
        : `企业确认对接已完成，需求随之办结${need.column === 'FINANCING' ? '，可补填融资到位金额' : ''}`;
      break;
    case DockingStatus.DECLINED:
      body = `服务机构拒绝承接对接${reason}，${reopened}`;
      break;
    case DockingStatus.CANCELLED:
      body = `企业撤销了对接${reason}，${reopened}`;
      break;
    default:
      body = `运营人员关闭了对接${reason}，${reopened}`;
  }
  const type = d.status === DockingStatus.COMPLETED ? NeedEventType.DOCKING_COMPLETED : NeedEventType.DOCKING_ENDED;
  await addNeedEvent(ctx, em, { needId: need.id, type, body, dockingId: d.id, institutionId: d.institutionId, actorId: ctx.viewer?.accountId ?? null });
  await audit(
    ctx,
    {
      operation: 'columnNeed.followDocking',
      objectType: 'ColumnNeed',
      objectId: need.id,
      result: 'SUCCESS',
      detail: { dockingId: d.id, dockingStatus: d.status, needStatus: status },
    },
    em,
  );
}

/**
 * The enterprise's evaluation of the docking becomes the need's rating (1–5) unless the need has one: the
 * average of the four dimensions rounded half up (4, 4, 3, 3 → 4), so the statistics count the outcome.
 */
async function needTakesRating(
  ctx: Ctx,
  em: EntityManager,
  d: Docking,
  e: Pick<DockingEvaluation, 'quality' | 'timeliness' | 'attitude' | 'professionalism'>,
): Promise<void> {
  const [need] = await em.execute<{ id: string; rating: number | null }[]>('select id, rating from column_need where docking_id = ? for update', [d.id]);
  if (!need || need.rating !== null) return;
  const sum = e.quality + e.timeliness + e.attitude + e.professionalism;
  const rating = Math.floor(sum / 4 + 0.5);
  await em.execute('update column_need set rating = ?, updated_at = ? where id = ?', [rating, ctx.clock.now(), need.id]);
  await addNeedEvent(ctx, em, {
    needId: need.id,
    type: NeedEventType.RATED,
    body: `企业评价了对接（四项平均${Math.round((sum / 4) * 100) / 100}分），需求评分记为${rating}分`,
    dockingId: d.id,
    institutionId: d.institutionId,
    actorId: ctx.viewer?.accountId ?? null,
  });
}

/** A column need follows the docking it became: contributed to docking's outcome observers by the columns feature. */
export const needDockingObserver: DockingOutcomeObserver = { finished: needFollowsDocking, evaluated: needTakesRating };

@Resolver(() => ColumnNeed)
export class NeedDockingResolver {
  @FieldResolver(() => Docking, {
    nullable: true,
    description:
      "The docking this need continued as; null until the enterprise picks an answering institution. Visible to the docking's parties and operators.",
  })
  async docking(@Root() n: ColumnNeed, @GqlCtx() ctx: Ctx): Promise<Docking | null> {
    return n.dockingId ? dockingById(ctx, n.dockingId) : null;
  }

  @Mutation(() => ColumnNeedDockingPayload, {
    description:
      "Continue a need as a docking with an institution that answered it (the enterprise's members; anonymous needs cannot). Opens an ACCEPTED docking with its working-time resolution clock, recorded as a matched demand. Errors: NOT_FOUND, INVALID_STATE, DUPLICATE. Audited.",
  })
  columnNeedStartDocking(@GqlCtx() ctx: Ctx, @Arg('input', () => ColumnNeedDockingInput) input: ColumnNeedDockingInput) {
    return startNeedDocking(ctx, input);
  }
}
