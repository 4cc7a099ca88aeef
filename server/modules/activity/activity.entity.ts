import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { labelValues } from '../../common/labels.js';
import { ServiceColumn } from '../../common/service-column.js';
import { columns } from '../../db/columns.js';

export enum ActivityStatus {
  UNDER_REVIEW = 'UNDER_REVIEW',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ActivityStatus, {
  name: 'ActivityStatus',
  description: '活动状态 / Activity status.',
  valuesConfig: {
    UNDER_REVIEW: { description: '待审核' },
    PUBLISHED: { description: '已发布' },
    REJECTED: { description: '审核未通过' },
    CANCELLED: { description: '已取消' },
  },
});

export enum RegistrationMethod {
  PLATFORM = 'PLATFORM',
  PLATFORM_AND_PHONE = 'PLATFORM_AND_PHONE',
  INVITATION = 'INVITATION',
}
registerEnumType(RegistrationMethod, {
  name: 'RegistrationMethod',
  description: '报名方式 / How to register (registration is always recorded on the platform).',
  valuesConfig: {
    PLATFORM: { description: '平台在线报名' },
    PLATFORM_AND_PHONE: { description: '平台在线报名或电话报名（由主办方代为登记）' },
    INVITATION: { description: '定向邀请，受邀企业在平台确认' },
  },
});

export enum RegistrationStatus {
  REGISTERED = 'REGISTERED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(RegistrationStatus, {
  name: 'RegistrationStatus',
  description: '报名状态 / Registration status.',
  valuesConfig: { REGISTERED: { description: '报名成功' }, WAITLISTED: { description: '候补中' }, CANCELLED: { description: '已取消' } },
});

@ObjectType({ description: 'One agenda item.' })
export class AgendaItem {
  @Field(() => Date, { description: 'Start.' })
  startsAt!: Date;
  @Field(() => Date, { nullable: true, description: 'End.' })
  endsAt!: Date | null;
  @Field(() => String, { description: 'Title.' })
  title!: string;
  @Field(() => String, { nullable: true, description: 'Speaker (name and affiliation).' })
  speaker!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A service activity an institution organises (M4, I2). Published ones are public; others for the institution and operators.',
})
export class Activity {
  id!: string;
  siteId!: string;
  institutionId!: string;
  @Field(() => String, { description: 'Name.' })
  name!: string;
  @Field(() => ServiceColumn, { description: 'Service column.' })
  column!: ServiceColumn;
  logoType!: string | null;
  @Field(() => String, { description: 'Content / description.' })
  content!: string;
  @Field(() => [AgendaItem], { description: 'Agenda in order.' })
  agenda!: AgendaItem[];
  @Field(() => String, { description: 'Participants (guests, speakers, invited parties).' })
  participants!: string;
  @Field(() => [String], { description: 'Organisers by full name (never abbreviated).' })
  organisers!: string[];
  @Field(() => String, { nullable: true, description: 'Address, when held on site.' })
  placeAddress!: string | null;
  @Field(() => String, { nullable: true, description: 'Online link, when held online.' })
  onlineUrl!: string | null;
  @Field(() => Date, { description: 'Start.' })
  startsAt!: Date;
  @Field(() => Date, { description: 'End.' })
  endsAt!: Date;
  @Field(() => RegistrationMethod, { description: 'Registration method.' })
  registrationMethod!: RegistrationMethod;
  @Field(() => Date, { description: 'Registration deadline.' })
  registrationDeadline!: Date;
  @Field(() => Int, { description: 'Seats.' })
  capacity!: number;
  @Field(() => String, { description: 'Contact person.' })
  contactName!: string;
  @Field(() => String, { description: 'Contact telephone.' })
  contactPhone!: string;
  @Field(() => String, { description: 'Target audience.' })
  targetAudience!: string;
  @Field(() => ActivityStatus, { description: 'Status.' })
  status!: ActivityStatus;
  @Field(() => Boolean, { description: '仅省级: city sites do not inherit it from their province (operators set it with provinceOnlySet).' })
  provinceOnly!: boolean;
  @Field(() => String, { nullable: true, description: 'Reason of the review decision.' })
  reviewReason!: string | null;
  @Field(() => Int, { description: 'Registered (seats taken).' })
  registeredCount!: number;
  @Field(() => Int, { description: 'On the waiting list.' })
  waitlistedCount!: number;
  @Field(() => String, { nullable: true, description: "Organiser's summary (活动总结) after the activity." })
  summary!: string | null;
  @Field(() => Date, { nullable: true, description: 'When the summary was published.' })
  summaryAt!: Date | null;
  createdBy!: string;
  @Field(() => Date, { description: 'When created.' })
  createdAt!: Date;
  updatedAt!: Date;
}

export const ACTIVITY_COLUMNS = columns('activity', { omit: ['logo', 'reviewedBy', 'reviewedAt'] });

@ObjectType({ simpleResolvers: true, description: "A registration for an activity. Visible to the registrant and the organiser's staff." })
export class ActivityRegistration {
  id!: string;
  activityId!: string;
  accountId!: string;
  enterpriseId!: string | null;
  ticketValue!: string | null;
  ticketCode!: string | null;
  @Field(() => RegistrationStatus, { description: 'Status.' })
  status!: RegistrationStatus;
  @Field(() => Date, { nullable: true, description: 'When checked in.' })
  checkedInAt!: Date | null;
  @Field(() => Int, { nullable: true, description: "Attendee's rating 1–5." })
  rating!: number | null;
  @Field(() => String, { nullable: true, description: "Attendee's comment." })
  comment!: string | null;
  @Field(() => Date, { description: 'When registered.' })
  createdAt!: Date;
}
export const REGISTRATION_COLUMNS = columns('activity_registration', { omit: ['evaluatedAt', 'updatedAt'], rename: { ticket: 'ticketValue' } });

@ObjectType({ description: 'Attendance and evaluation of an activity.' })
export class ActivityAttendance {
  @Field(() => Int, { description: 'Registered.' })
  registered!: number;
  @Field(() => Int, { description: 'Checked in.' })
  checkedIn!: number;
  @Field(() => Float, { nullable: true, description: 'Checked in / registered.' })
  rate!: number | null;
  @Field(() => Int, { description: 'Evaluations.' })
  evaluations!: number;
  @Field(() => Float, { nullable: true, description: 'Average rating 1–5.' })
  averageRating!: number | null;
}

export enum ActivityStatsGroup {
  COLUMN = 'COLUMN',
  INSTITUTION = 'INSTITUTION',
  MONTH = 'MONTH',
}
/** Also the sheet and file names of the statistics export. */
export const ACTIVITY_STATS_GROUP_LABELS: Readonly<Record<ActivityStatsGroup, string>> = { COLUMN: '按栏目', INSTITUTION: '按机构', MONTH: '按月份' };

registerEnumType(ActivityStatsGroup, {
  name: 'ActivityStatsGroup',
  description: '活动统计维度 / How to group activity statistics (MONTH: in China time).',
  valuesConfig: labelValues(ACTIVITY_STATS_GROUP_LABELS),
});

@ObjectType({ description: 'Aggregated figures of published activities in one group.' })
export class ActivityStatsRow {
  @Field(() => String, { description: 'Group key: column code, institution global id or YYYY-MM.' })
  key!: string;
  @Field(() => String, { description: 'Group label in Chinese.' })
  label!: string;
  @Field(() => Int, { description: 'Published activities.' })
  activities!: number;
  @Field(() => Int, { description: 'Seats offered.' })
  capacity!: number;
  @Field(() => Int, { description: 'Registrations (seats taken).' })
  registered!: number;
  @Field(() => Int, { description: 'On waiting lists.' })
  waitlisted!: number;
  @Field(() => Int, { description: 'Check-ins.' })
  checkedIn!: number;
  @Field(() => Float, { nullable: true, description: 'Check-ins / registrations.' })
  attendanceRate!: number | null;
  @Field(() => Int, { description: 'Evaluations.' })
  evaluations!: number;
  @Field(() => Float, { nullable: true, description: 'Average rating 1–5.' })
  averageRating!: number | null;
}
