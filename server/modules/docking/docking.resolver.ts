import { Arg, Args, Ctx as GqlCtx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { requireRole, requireViewer } from '../../common/auth.js';
import type { Ctx } from '../../common/context.js';
import type { Row } from '../../common/raw-sql.js';
import { fromGlobalId, toGlobalId } from '../../common/ids.js';
import { byKeys, Loaders } from '../../common/loaders.js';
import { ConnectionType, PageArgs } from '../../common/relay.js';
import { Role } from '../../common/roles.js';
import { pgArray } from '../../db/sql.js';
import { Institution } from '../institution/index.js';
import { institutionById } from '../institution/index.js';
import { ServiceProduct } from '../product/index.js';
import { productById } from '../product/index.js';
import { Docking, DockingEvaluation, DockingEvent, DockingEventType } from './docking.entity.js';
import {
  DockingActionInput,
  DockingEvaluateInput,
  DockingEvaluationReplyInput,
  DockingFilter,
  DockingMessageInput,
  DockingSubmitInput,
  InstitutionDockingSettingsInput,
} from './docking.inputs.js';
import * as q from './docking.queries.js';
import * as dockings from './docking.service.js';
import {
  DockingEnterprise,
  DockingPayload,
  DockingSettings,
  DockingSettingsPayload,
  DockingStatistics,
  DockingUpdate,
  InstitutionSlaRow,
  PublicDockingSummary,
  ReminderPayload,
} from './docking.types.js';
import { Reminder } from './reminder.entity.js';
import { DOCKING_UPDATED, REMINDER_CREATED, type DockingUpdatedEvent, type ReminderCreatedEvent } from './sla.js';
import { isOperator } from '../../common/parties.js';

/** Rows of one bus event, shared by all subscribers of this instance (weakly held: gone with the event). */
const EVENT_ROWS = new WeakMap<object, Promise<[Docking | null, DockingEvent | null]>>();

const DockingConnection = ConnectionType(Docking, 'Docking', 'docking');
const ReminderConnection = ConnectionType(Reminder, 'Reminder', 'reminder');
const InstitutionSlaConnection = ConnectionType(InstitutionSlaRow, 'InstitutionSla', 'institution SLA statistics');

@Resolver(() => Docking)
export class DockingResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() d: Row<Docking>): string {
    return toGlobalId('Docking', d.id);
  }

  @FieldResolver(() => ServiceProduct, { nullable: true, description: 'The product asked for (PRODUCT dockings).' })
  product(@Root() d: Row<Docking>, @GqlCtx() ctx: Ctx) {
    return d.productId ? productById(ctx, d.productId) : null;
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The institution serving.' })
  institution(@Root() d: Row<Docking>, @GqlCtx() ctx: Ctx) {
    return institutionById(ctx, d.institutionId);
  }

  @FieldResolver(() => DockingEnterprise, { nullable: true, description: 'The enterprise asking (name, verification, contact), for the parties.' })
  enterprise(@Root() d: Row<Docking>, @GqlCtx() ctx: Ctx) {
    return ctx.loaders
      .get<string, DockingEnterprise>('dockingEnterprise', async (ids) =>
        byKeys(
          ids,
          await ctx.em.execute<DockingEnterprise[]>(
            `select id, name, status = 'VERIFIED' as verified, contact_name as "contactName", contact_phone as "contactPhone" from enterprise where id = any(?::uuid[])`,
            [pgArray(ids)],
          ),
        ),
      )
      .load(d.enterpriseId);
  }

  @FieldResolver(() => [DockingEvent], { description: `Timeline of timestamped events, oldest first (the last ${q.TIMELINE_CAP}).` })
  timeline(@Root() d: Row<Docking>, @GqlCtx() ctx: Ctx) {
    return q.dockingTimeline(ctx, d.id);
  }

  @FieldResolver(() => [DockingEvent], { description: `The message thread (timeline events of type MESSAGE), oldest first.` })
  async messages(@Root() d: Row<Docking>, @GqlCtx() ctx: Ctx) {
    return (await q.dockingTimeline(ctx, d.id)).filter((e) => e.type === DockingEventType.MESSAGE);
  }

  @FieldResolver(() => DockingEvaluation, { nullable: true, description: 'The evaluation, once the enterprise rated it.' })
  evaluation(@Root() d: Row<Docking>, @GqlCtx() ctx: Ctx) {
    return q.dockingEvaluation(ctx, d.id);
  }

  @Query(() => Docking, {
    nullable: true,
    description: 'A docking by global id: its enterprise members, its institution staff, operators and reviewers; null for anyone else.',
  })
  docking(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return q.dockingByGlobalId(ctx, id);
  }

  @Query(() => DockingConnection, {
    description:
      "Dockings of the viewer: an enterprise member sees the enterprise's, institution staff the institution's, operators and reviewers all of the site. Signed in.",
  })
  dockings(@GqlCtx() ctx: Ctx, @Args(() => PageArgs) page: PageArgs, @Arg('filter', () => DockingFilter, { nullable: true }) filter?: DockingFilter) {
    return q.listDockings(ctx, filter, page);
  }

  @Query(() => DockingStatistics, {
    description: 'Docking summary of the viewer enterprise or institution; operators and reviewers: of one institution or the whole site. Signed in.',
  })
  dockingStatistics(@GqlCtx() ctx: Ctx, @Arg('institutionId', () => ID, { nullable: true }) institutionId?: string) {
    return q.dockingStatistics(ctx, institutionId);
  }

  @Query(() => InstitutionSlaConnection, {
    description:
      'SLA statistics per institution, most breaches (first responses after the deadline; urges excluded) first, then most dockings. Requires OPERATOR or REVIEWER.',
  })
  institutionSlaStatistics(@GqlCtx() ctx: Ctx, @Args(() => PageArgs) page: PageArgs) {
    requireRole(ctx, Role.OPERATOR, Role.REVIEWER);
    return q.institutionSlaStatistics(ctx, page);
  }

  @Mutation(() => DockingPayload, {
    description:
      'Ask for a listed product (an enterprise member; verification not required). Starts the SLA clocks. Errors: REQUIRED, NOT_FOUND, DUPLICATE (an open request on the same product).',
  })
  dockingSubmit(@GqlCtx() ctx: Ctx, @Arg('input', () => DockingSubmitInput) input: DockingSubmitInput) {
    return dockings.submitDocking(ctx, input);
  }

  @Mutation(() => DockingPayload, { description: 'Accept a SUBMITTED docking. Staff of its institution. Errors: NOT_FOUND, FORBIDDEN, INVALID_STATE.' })
  dockingAccept(@GqlCtx() ctx: Ctx, @Arg('input', () => DockingActionInput) input: DockingActionInput) {
    return dockings.transitionDocking(ctx, 'accept', input);
  }

  @Mutation(() => DockingPayload, {
    description: 'Decline a SUBMITTED or ACCEPTED docking with a reason. Staff of its institution. Errors: NOT_FOUND, FORBIDDEN, INVALID_STATE, REQUIRED.',
  })
  dockingDecline(@GqlCtx() ctx: Ctx, @Arg('input', () => DockingActionInput) input: DockingActionInput) {
    return dockings.transitionDocking(ctx, 'decline', input);
  }

  @Mutation(() => DockingPayload, {
    description: 'Start the service of an ACCEPTED docking. Staff of its institution. Errors: NOT_FOUND, FORBIDDEN, INVALID_STATE.',
  })
  dockingStart(@GqlCtx() ctx: Ctx, @Arg('input', () => DockingActionInput) input: DockingActionInput) {
    return dockings.transitionDocking(ctx, 'start', input);
  }

  @Mutation(() => DockingPayload, {
    description: 'Confirm an IN_SERVICE docking as completed. Members of its enterprise. Errors: NOT_FOUND, FORBIDDEN, INVALID_STATE.',
  })
  dockingComplete(@GqlCtx() ctx: Ctx, @Arg('input', () => DockingActionInput) input: DockingActionInput) {
    return dockings.transitionDocking(ctx, 'complete', input);
  }

  @Mutation(() => DockingPayload, {
    description: 'Withdraw a SUBMITTED or ACCEPTED docking. Members of its enterprise. Errors: NOT_FOUND, FORBIDDEN, INVALID_STATE.',
  })
  dockingCancel(@GqlCtx() ctx: Ctx, @Arg('input', () => DockingActionInput) input: DockingActionInput) {
    return dockings.transitionDocking(ctx, 'cancel', input);
  }

  @Mutation(() => DockingPayload, { description: 'Close an open docking with a reason. Requires OPERATOR; audited.' })
  dockingClose(@GqlCtx() ctx: Ctx, @Arg('input', () => DockingActionInput) input: DockingActionInput) {
    requireRole(ctx, Role.OPERATOR);
    return dockings.transitionDocking(ctx, 'close', input);
  }

  @Mutation(() => DockingPayload, {
    description: 'Post a message in the thread. The two parties of an open docking. Errors: NOT_FOUND, INVALID_STATE, REQUIRED, TOO_LONG.',
  })
  dockingMessageSend(@GqlCtx() ctx: Ctx, @Arg('input', () => DockingMessageInput) input: DockingMessageInput) {
    requireViewer(ctx);
    return dockings.sendMessage(ctx, input);
  }

  @Mutation(() => DockingPayload, {
    description:
      "Urge (催办) an open docking, at most once a calendar day, China time (URGE_LIMITED otherwise). Members of its enterprise. Escalates to the institution's responsible person, then operators.",
  })
  dockingUrge(@GqlCtx() ctx: Ctx, @Arg('input', () => DockingActionInput) input: DockingActionInput) {
    requireViewer(ctx);
    return dockings.urgeDocking(ctx, input);
  }

  @Mutation(() => DockingPayload, {
    description: 'Rate a COMPLETED docking once (four dimensions 1–5, comment). Members of its enterprise. Errors: INVALID_STATE, INVALID, DUPLICATE.',
  })
  dockingEvaluate(@GqlCtx() ctx: Ctx, @Arg('input', () => DockingEvaluateInput) input: DockingEvaluateInput) {
    requireViewer(ctx);
    return dockings.evaluateDocking(ctx, input);
  }

  @Mutation(() => DockingPayload, { description: 'Answer the evaluation once. Staff of its institution. Errors: INVALID_STATE, DUPLICATE.' })
  dockingEvaluationReply(@GqlCtx() ctx: Ctx, @Arg('input', () => DockingEvaluationReplyInput) input: DockingEvaluationReplyInput) {
    requireViewer(ctx);
    return dockings.replyEvaluation(ctx, input);
  }

  @Subscription(() => DockingUpdate, {
    description:
      'Live changes (status, messages, reminders, urges, SLA events) on dockings of the viewer: members of the enterprise and staff of the institution concerned only. Optionally one docking.',
    subscribe: ({ context, args }) => {
      const ctx = context as Ctx;
      const v = requireViewer(ctx);
      const only = args.dockingId ? fromGlobalId(args.dockingId as string, 'Docking') : null;
      const staffOf = v.roles.includes(Role.INSTITUTION_STAFF) ? v.institutionId : null;
      const events = ctx.events.subscribe(
        DOCKING_UPDATED,
        (e) =>
          (!args.dockingId || e.dockingId === only) && ((!!v.enterpriseId && e.enterpriseId === v.enterpriseId) || (!!staffOf && e.institutionId === staffOf)),
      );
      return loadedUpdates(ctx, events);
    },
  })
  dockingUpdated(
    @Root() update: Row<DockingUpdate>,
    @Arg('dockingId', () => ID, { nullable: true, description: 'Only this docking.' }) _dockingId?: string,
  ): DockingUpdate {
    return update;
  }
}

/**
 * Turns bus events into loaded updates before GraphQL executes. One event object reaches every subscriber
 * of this instance, so its rows are read once (shared through EVENT_ROWS) and visibility is checked per viewer.
 */
function loadedUpdates(ctx: Ctx, events: AsyncIterableIterator<DockingUpdatedEvent>): AsyncIterableIterator<DockingUpdate> {
  const next = async (): Promise<IteratorResult<DockingUpdate>> => {
    for (;;) {
      const r = await events.next();
      if (r.done) return { value: undefined, done: true };
      let shared = EVENT_ROWS.get(r.value);
      if (!shared) {
        const read = { ...ctx, loaders: new Loaders() };
        shared = Promise.all([q.loadDocking(read, r.value.dockingId), q.dockingEventById(read, r.value.eventId)]);
        EVENT_ROWS.set(r.value, shared);
      }
      const [docking, event] = await shared;
      if (docking && event && q.canSeeDocking(ctx, docking)) {
        // The subscription's context lives as long as the subscription: fresh loaders per event, or the
        // timeline (and every other loaded field) would stay as it was at the first event.
        ctx.loaders = new Loaders();
        return { value: { docking, event }, done: false };
      }
    }
  };
  return {
    next,
    return: async () => {
      await events.return?.();
      return { value: undefined, done: true };
    },
    throw: async (err) => {
      await events.throw?.(err);
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

@Resolver(() => DockingEvent)
export class DockingEventResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() e: Row<DockingEvent>): string {
    return toGlobalId('DockingEvent', e.id);
  }
}

@Resolver(() => Reminder)
export class ReminderResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() r: Row<Reminder>): string {
    return toGlobalId('Reminder', r.id);
  }

  @FieldResolver(() => Docking, { nullable: true, description: 'The docking concerned, if any.' })
  docking(@Root() r: Row<Reminder>, @GqlCtx() ctx: Ctx) {
    return r.dockingId ? q.dockingById(ctx, r.dockingId) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Global id of the demand concerned, if any.' })
  demandId(@Root() r: Row<Reminder>): string | null {
    return r.demandId ? toGlobalId('Demand', r.demandId) : null;
  }

  @Query(() => ReminderConnection, { description: 'Reminders of the viewer (operators also get those to all operators), newest first. Signed in.' })
  myReminders(
    @GqlCtx() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('unreadOnly', () => Boolean, { nullable: true, description: 'Only unread ones.' }) unreadOnly?: boolean,
  ) {
    return q.listReminders(ctx, !!unreadOnly, page);
  }

  @Mutation(() => ReminderPayload, { description: 'Mark a reminder read. Its recipient only. Errors: NOT_FOUND.' })
  reminderMarkRead(@GqlCtx() ctx: Ctx, @Arg('id', () => ID, { description: 'Global id of the reminder.' }) id: string) {
    return q.markReminderRead(ctx, id);
  }

  @Subscription(() => Reminder, {
    description: 'Live reminders (提醒) to the viewer; operators also receive those to all operators. Signed in.',
    subscribe: ({ context }) => {
      const ctx = context as Ctx;
      const v = requireViewer(ctx);
      const operator = isOperator(ctx);
      return ctx.events.subscribe(REMINDER_CREATED, (e) => e.accountId === v.accountId || (e.accountId === null && operator));
    },
  })
  async reminderReceived(@Root() e: ReminderCreatedEvent, @GqlCtx() ctx: Ctx): Promise<Reminder> {
    // The subscription's context lives as long as the subscription: fresh loaders per event, or `docking`
    // would be served as it was at the first reminder (escalation level 0 while the docking is at 2).
    ctx.loaders = new Loaders();
    return (await q.reminderForViewer(ctx, e.reminderId))!;
  }
}

@Resolver(() => InstitutionSlaRow)
export class InstitutionSlaRowResolver {
  @FieldResolver(() => Institution, { nullable: true, description: 'The institution.' })
  institution(@Root() r: Row<InstitutionSlaRow>, @GqlCtx() ctx: Ctx) {
    return institutionById(ctx, r.institutionId);
  }
}

@Resolver(() => Institution)
export class InstitutionDockingResolver {
  @FieldResolver(() => PublicDockingSummary, { description: 'Public summary of docking: requests, completions, rating, first-response SLA compliance.' })
  dockingSummary(@Root() i: Row<Institution>, @GqlCtx() ctx: Ctx) {
    return q.publicSummary(ctx, 'institution_id', i.id);
  }

  @Query(() => DockingSettings, { description: 'Docking settings of the viewer institution. Requires INSTITUTION_STAFF.' })
  async myDockingSettings(@GqlCtx() ctx: Ctx) {
    const s = await q.myDockingSettings(ctx);
    return { ...s, responsiblePersonId: toGlobalId('Account', s.responsibleAccountId) };
  }

  @Mutation(() => DockingSettingsPayload, {
    description: 'Name the responsible person and set SLA clocks of the viewer institution. Institution administrator only. Errors: INVALID, NOT_FOUND.',
  })
  async institutionDockingSettingsUpdate(@GqlCtx() ctx: Ctx, @Arg('input', () => InstitutionDockingSettingsInput) input: InstitutionDockingSettingsInput) {
    const r = await q.updateDockingSettings(ctx, input);
    return r.settings ? { ...r, settings: { ...r.settings, responsiblePersonId: toGlobalId('Account', r.settings.responsibleAccountId) } } : r;
  }
}

@Resolver(() => ServiceProduct)
export class ProductDockingResolver {
  @FieldResolver(() => PublicDockingSummary, { description: "Public summary of the product's dockings." })
  dockingSummary(@Root() p: Row<ServiceProduct>, @GqlCtx() ctx: Ctx) {
    return q.publicSummary(ctx, 'product_id', p.id);
  }
}
