import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../common/errors.js';
import { Docking, DockingEvent, DockingStatus } from './docking.entity.js';
import { Reminder } from './reminder.entity.js';

@ObjectType({ description: 'Result of a mutation on a docking.' })
export class DockingPayload {
  @Field(() => Docking, { nullable: true, description: 'The docking after the change.' })
  docking?: Docking | null;
  @Field(() => [UserError], {
    description:
      "Why the change was refused; empty on success. Another party's docking is NOT_FOUND; an action not allowed in the current status INVALID_STATE.",
  })
  errors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'A live change on a docking: its new state and the timeline event that caused it.' })
export class DockingUpdate {
  @Field(() => Docking, { description: 'The docking now.' })
  docking!: Docking;
  @Field(() => DockingEvent, { description: 'What happened.' })
  event!: DockingEvent;
}

@ObjectType({ description: 'Number of dockings in one status.' })
export class DockingStatusCount {
  @Field(() => DockingStatus, { description: 'Status.' })
  status!: DockingStatus;
  @Field(() => Int, { description: 'Dockings in it.' })
  count!: number;
}

@ObjectType({ description: 'Summary of dockings in a scope: counts, response and resolution times, SLA compliance, evaluations.' })
export class DockingStatistics {
  @Field(() => Int, { description: 'All dockings.' })
  total!: number;
  @Field(() => Int, { description: 'Not yet finished.' })
  open!: number;
  @Field(() => Int, { description: 'With a first response of the institution.' })
  responded!: number;
  @Field(() => Float, { nullable: true, description: 'Average minutes (wall clock) from request to first response.' })
  averageFirstResponseMinutes!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of first responses within the SLA (0–1), among dockings answered or overdue.' })
  firstResponseOnTimeRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share completed within the resolution SLA (0–1), among completed or overdue.' })
  resolutionOnTimeRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Average hours (wall clock) from request to completion.' })
  averageResolutionHours!: number | null;
  @Field(() => Int, {
    description: 'Dockings whose first response came after its deadline, or is still missing past it (breaches). Urges are not breaches: see urges.',
  })
  breached!: number;
  @Field(() => Int, { description: 'Urges (催办) received, counted on their own (an urged docking answered in time is not breached).' })
  urges!: number;
  @Field(() => Int, { description: 'Evaluations received.' })
  evaluations!: number;
  @Field(() => Float, { nullable: true, description: 'Average rating (1–5) over all dimensions.' })
  averageRating!: number | null;
  @Field(() => [DockingStatusCount], { description: 'Counts by status (empty in per-institution rows).' })
  byStatus!: DockingStatusCount[];
}

@ObjectType({ description: 'SLA statistics of one institution (operators).' })
export class InstitutionSlaRow extends DockingStatistics {
  institutionId!: string;
}

@ObjectType({ description: "Public summary of an institution's or a product's dockings." })
export class PublicDockingSummary {
  @Field(() => Int, { description: 'Requests received.' })
  requests!: number;
  @Field(() => Int, { description: 'Completed.' })
  completed!: number;
  @Field(() => Int, { description: 'Evaluations.' })
  evaluations!: number;
  @Field(() => Float, { nullable: true, description: 'Average rating 1–5.' })
  averageRating!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of first responses within the SLA (0–1).' })
  firstResponseOnTimeRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Average minutes to first response (wall clock).' })
  averageFirstResponseMinutes!: number | null;
}

@ObjectType({
  description:
    'Docking settings of an institution (M1): responsible department and person, SLA clocks in working minutes (09:00–17:00 China time on working days: Mon–Fri except public holidays, plus 调休 working weekends, and operator overrides).',
})
export class DockingSettings {
  institutionId!: string;
  responsibleAccountId!: string;
  @Field(() => String, { description: 'Responsible department (from onboarding).' })
  responsibleDepartment!: string;
  @Field(() => ID, { description: 'Global id of the responsible person (default: the administrator).' })
  responsiblePersonId!: string;
  @Field(() => Int, { description: 'First-response clock.' })
  firstResponseMinutes!: number;
  @Field(() => Int, { description: 'Reply clock.' })
  replyMinutes!: number;
  @Field(() => Int, { description: 'Resolution clock.' })
  resolutionMinutes!: number;
}

@ObjectType({ description: 'Result of changing docking settings.' })
export class DockingSettingsPayload {
  @Field(() => DockingSettings, { nullable: true, description: 'Settings after the change.' })
  settings?: DockingSettings | null;
  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of marking a reminder read.' })
export class ReminderPayload {
  @Field(() => Reminder, { nullable: true, description: 'The reminder.' })
  reminder?: Reminder | null;
  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'The enterprise side of a docking as the institution sees it.' })
export class DockingEnterprise {
  @Field(() => String, { description: 'Enterprise name.' })
  name!: string;
  @Field(() => Boolean, { description: 'Whether the platform verified it.' })
  verified!: boolean;
  @Field(() => String, { description: 'Contact person.' })
  contactName!: string;
  @Field(() => String, { description: 'Contact telephone.' })
  contactPhone!: string;
  id!: string;
}
