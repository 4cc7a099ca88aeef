import { Arg, Args, Ctx as GqlCtx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { requireRole, requireViewer } from '../../common/auth.js';
import type { Ctx } from '../../common/context.js';
import type { Row } from '../../common/raw-sql.js';
import { formatTicketCode } from './ticket-code.js';
import { UserError } from '../../common/errors.js';
import { toGlobalId } from '../../common/ids.js';
import { ConnectionType, PageArgs } from '../../common/relay.js';
import { Role } from '../../common/roles.js';
import { Institution } from '../institution/index.js';
import { institutionById } from '../institution/index.js';
import { isPlatformStaff, requireInstitutionStaff } from '../../common/parties.js';
import { InputWarning } from '../../common/input-warning.js';
import { Activity, ActivityAttendance, ActivityRegistration, ActivityStatsGroup, ActivityStatsRow, RegistrationStatus } from './activity.entity.js';
import {
  ActivityCheckInInput,
  ActivityCreateInput,
  ActivityEvaluateInput,
  ActivityFilter,
  ActivityRefInput,
  ActivityReviewInput,
  ActivitySummaryInput,
  RegistrationRefInput,
} from './activity.inputs.js';
import * as activities from './activity.service.js';
import { ticketQrSvg } from './ticket.js';
import { activityStatistics, statisticsCsv, statisticsXlsx } from './activity.stats.js';
import { ExportFile } from '../../common/export.js';
import { RateLimited } from '../../common/rate-limit.js';
import { REVIEW_ORDER_ARG, ReviewOrder } from '../../common/review.js';

const ActivityConnection = ConnectionType(Activity, 'Activity', 'activity');
const RegistrationConnection = ConnectionType(ActivityRegistration, 'ActivityRegistration', 'activity registration');

@ObjectType({ description: 'Result of a mutation on an activity.' })
export class ActivityPayload {
  @Field(() => Activity, { nullable: true, description: 'The activity after the change.' })
  activity?: Activity | null;
  @Field(() => [InputWarning], { description: 'Non-blocking advice, e.g. organiser names that look abbreviated (I2).' })
  warnings!: InputWarning[];
  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of a mutation on a registration.' })
export class ActivityRegistrationPayload {
  @Field(() => ActivityRegistration, { nullable: true, description: 'The registration after the change.' })
  registration?: ActivityRegistration | null;
  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

const withWarnings = async <T extends { warnings?: InputWarning[] }>(p: Promise<T>) => ({ ...(await p), warnings: (await p).warnings ?? [] });

/** The statistics scope: operators and reviewers see the site, institution staff their own institution. */
function statsScope(ctx: Ctx): string | null {
  if (isPlatformStaff(ctx)) return null;
  return requireInstitutionStaff(ctx).institutionId;
}

@Resolver(() => ActivityRegistration)
export class ActivityRegistrationResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() r: Row<ActivityRegistration>): string {
    return toGlobalId('ActivityRegistration', r.id);
  }

  @FieldResolver(() => Activity, { nullable: true, description: 'The activity.' })
  activity(@Root() r: Row<ActivityRegistration>, @GqlCtx() ctx: Ctx) {
    return activities.activityById(ctx, r.activityId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Signed ticket to show as a QR code at check-in: the registrant only; null for others.' })
  ticket(@Root() r: Row<ActivityRegistration>, @GqlCtx() ctx: Ctx): string | null {
    return ctx.viewer?.accountId === r.accountId ? r.ticketValue : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Short ticket code to read out or type at check-in instead of scanning (8 characters without look-alikes, shown as ABCD-EFGH; unique within the activity): the registrant only; null for others.',
  })
  ticketCode(@Root() r: Row<ActivityRegistration>, @GqlCtx() ctx: Ctx): string | null {
    return ctx.viewer?.accountId === r.accountId && r.ticketCode ? formatTicketCode(r.ticketCode) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The ticket as a QR code, an SVG document (scales without blur; error correction M), to show for scanning at check-in: the registrant only, while registered; null otherwise.',
  })
  ticketQrSvg(@Root() r: Row<ActivityRegistration>, @GqlCtx() ctx: Ctx): Promise<string> | null {
    if (ctx.viewer?.accountId !== r.accountId || !r.ticketValue || r.status !== RegistrationStatus.REGISTERED) return null;
    return ticketQrSvg(r.ticketValue);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Position on the waiting list (1 = next), when waitlisted.' })
  waitlistPosition(@Root() r: Row<ActivityRegistration>, @GqlCtx() ctx: Ctx) {
    return activities.waitlistPosition(ctx, r);
  }
}

@Resolver(() => Activity)
export class ActivityResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() a: Row<Activity>): string {
    return toGlobalId('Activity', a.id);
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The publishing institution.' })
  institution(@Root() a: Row<Activity>, @GqlCtx() ctx: Ctx) {
    return institutionById(ctx, a.institutionId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Logo as a data: URL (read it on detail pages; one statement per activity).' })
  logoDataUrl(@Root() a: Row<Activity>, @GqlCtx() ctx: Ctx) {
    return a.logoType ? activities.activityLogo(ctx, a.id) : null;
  }

  @FieldResolver(() => Int, { description: 'Seats left.' })
  remainingSeats(@Root() a: Row<Activity>): number {
    return Math.max(0, a.capacity - a.registeredCount);
  }

  @FieldResolver(() => ActivityRegistration, { nullable: true, description: "The viewer's live registration, if any." })
  myRegistration(@Root() a: Row<Activity>, @GqlCtx() ctx: Ctx) {
    return activities.viewerRegistration(ctx, a.id);
  }

  @FieldResolver(() => ActivityAttendance, { description: 'Attendance (check-ins) and evaluation summary.' })
  attendance(@Root() a: Row<Activity>, @GqlCtx() ctx: Ctx) {
    return activities.attendance(ctx, a.id);
  }

  @Query(() => Activity, { nullable: true, description: 'An activity by global id: published ones are public; others for the institution and operators.' })
  activity(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return activities.activityByGlobalId(ctx, id);
  }

  @Query(() => ActivityConnection, {
    description:
      "Published activities of the current site and its sub-sites, latest first (public). Other statuses: operators and reviewers, or the institution's staff with filter.institutionId.",
  })
  activities(
    @GqlCtx() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ActivityFilter, { nullable: true }) filter?: ActivityFilter,
    @Arg('order', () => ReviewOrder, { nullable: true, description: REVIEW_ORDER_ARG }) order?: ReviewOrder,
  ) {
    return activities.listActivities(ctx, filter, page, order);
  }

  @Query(() => RegistrationConnection, { description: "The viewer's registrations, newest first. Signed in." })
  myActivityRegistrations(@GqlCtx() ctx: Ctx, @Args(() => PageArgs) page: PageArgs) {
    return activities.listMyRegistrations(ctx, page);
  }

  @Query(() => RegistrationConnection, { description: "Registrations of an activity in queue order. The organiser's staff, operators and reviewers." })
  activityRegistrations(
    @GqlCtx() ctx: Ctx,
    @Arg('activityId', () => ID, { description: 'Global id of the activity.' }) activityId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => RegistrationStatus, { nullable: true, description: 'Only this status.' }) status?: RegistrationStatus,
  ) {
    requireViewer(ctx);
    return activities.listRegistrations(ctx, activityId, status, page);
  }

  @Query(() => [ActivityStatsRow], {
    description:
      'Published activities aggregated by column, institution or month (at most 500 groups). Operators and reviewers: the site; institution staff: their institution.',
  })
  activityStatistics(@GqlCtx() ctx: Ctx, @Arg('groupBy', () => ActivityStatsGroup, { description: 'Grouping.' }) groupBy: ActivityStatsGroup) {
    return activityStatistics(ctx, groupBy, statsScope(ctx));
  }

  @Query(() => String, {
    description: 'The same statistics as CSV (UTF-8 with BOM, formula cells neutralised) for download. Same permissions as activityStatistics.',
  })
  @RateLimited('export')
  async activityStatisticsCsv(@GqlCtx() ctx: Ctx, @Arg('groupBy', () => ActivityStatsGroup, { description: 'Grouping.' }) groupBy: ActivityStatsGroup) {
    return statisticsCsv(ctx, await activityStatistics(ctx, groupBy, statsScope(ctx)), groupBy);
  }

  @Query(() => ExportFile, {
    description:
      'The same statistics as an XLSX workbook (one sheet, header row, numbers as numbers; text never read as formulas). Same permissions as activityStatistics.',
  })
  @RateLimited('export')
  async activityStatisticsXlsx(@GqlCtx() ctx: Ctx, @Arg('groupBy', () => ActivityStatsGroup, { description: 'Grouping.' }) groupBy: ActivityStatsGroup) {
    return statisticsXlsx(ctx, await activityStatistics(ctx, groupBy, statsScope(ctx)), groupBy);
  }

  @Mutation(() => ActivityPayload, {
    description: 'Publish an activity for review. Requires INSTITUTION_STAFF. Warnings for abbreviated organiser names. Errors: REQUIRED, INVALID, TOO_LONG.',
  })
  activityCreate(@GqlCtx() ctx: Ctx, @Arg('input', () => ActivityCreateInput) input: ActivityCreateInput) {
    return withWarnings(activities.createActivity(ctx, input));
  }

  @Mutation(() => ActivityPayload, { description: 'Publish or reject an activity under review. Requires OPERATOR; audited.' })
  activityReview(@GqlCtx() ctx: Ctx, @Arg('input', () => ActivityReviewInput) input: ActivityReviewInput) {
    requireRole(ctx, Role.OPERATOR);
    return withWarnings(activities.reviewActivity(ctx, input));
  }

  @Mutation(() => ActivityPayload, {
    description: "Publish the organiser's summary once the activity started. The organiser's staff. Errors: NOT_FOUND, INVALID_STATE.",
  })
  activitySummaryPublish(@GqlCtx() ctx: Ctx, @Arg('input', () => ActivitySummaryInput) input: ActivitySummaryInput) {
    return withWarnings(activities.publishSummary(ctx, input));
  }

  @Mutation(() => ActivityRegistrationPayload, {
    description:
      'Register the viewer: a seat while any is left, else the waiting list. Signed in. Errors: NOT_FOUND, INVALID_STATE (deadline passed), DUPLICATE.',
  })
  activityRegister(@GqlCtx() ctx: Ctx, @Arg('input', () => ActivityRefInput) input: ActivityRefInput) {
    return activities.register(ctx, input);
  }

  @Mutation(() => ActivityRegistrationPayload, {
    description:
      "Cancel the viewer's registration before the activity starts; the first on the waiting list takes the seat. Audited. Errors: NOT_FOUND, INVALID_STATE (cancelled already, checked in, or the activity has started).",
  })
  activityRegistrationCancel(@GqlCtx() ctx: Ctx, @Arg('input', () => RegistrationRefInput) input: RegistrationRefInput) {
    return activities.cancelRegistration(ctx, input);
  }

  @Mutation(() => ActivityRegistrationPayload, {
    description:
      'Check a ticket in (the QR payload, or the short ticket code with activityId), from 1 hour before the start to the end. Staff of the organising institution. Errors: TICKET_INVALID (forged, tampered or unknown), ALREADY_CHECKED_IN (second check-in), INVALID_STATE (window, waitlisted, cancelled), NOT_FOUND (an activity of another institution).',
  })
  activityCheckIn(@GqlCtx() ctx: Ctx, @Arg('input', () => ActivityCheckInInput) input: ActivityCheckInInput) {
    return activities.checkIn(ctx, input);
  }

  @Mutation(() => ActivityRegistrationPayload, {
    description: 'Rate an attended activity once (attendees who checked in only). Errors: NOT_FOUND, FORBIDDEN, DUPLICATE, INVALID.',
  })
  activityEvaluate(@GqlCtx() ctx: Ctx, @Arg('input', () => ActivityEvaluateInput) input: ActivityEvaluateInput) {
    return activities.evaluate(ctx, input);
  }
}
