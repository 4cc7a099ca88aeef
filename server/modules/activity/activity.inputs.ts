import { Field, ID, InputType, Int } from 'type-graphql';
import { ReviewDecision } from '../../common/review.js';
import { ServiceColumn } from '../../common/service-column.js';
import { PictureInput } from '../product/index.js';
import { ActivityStatus, RegistrationMethod } from './activity.entity.js';

@InputType({ description: 'One agenda item.' })
export class AgendaItemInput {
  @Field(() => Date, { description: 'Start (within the activity).' })
  startsAt!: Date;
  @Field(() => Date, { nullable: true, description: 'End.' })
  endsAt?: Date | null;
  @Field(() => String, { description: 'Title (1–100 characters).' })
  title!: string;
  @Field(() => String, { nullable: true, description: 'Speaker (at most 100 characters).' })
  speaker?: string | null;
}

@InputType({ description: 'Institution staff publish an activity; it goes to operator review.' })
export class ActivityCreateInput {
  @Field(() => String, { description: 'Name (4–60 characters).' })
  name!: string;
  @Field(() => ServiceColumn, { description: 'Service column.' })
  column!: ServiceColumn;
  @Field(() => PictureInput, { nullable: true, description: 'Logo (PNG or JPEG, at most 2 MB).' })
  logo?: PictureInput | null;
  @Field(() => String, { description: 'Content (1–10,000 characters).' })
  content!: string;
  @Field(() => [AgendaItemInput], { description: 'Agenda (1–30 items).' })
  agenda!: AgendaItemInput[];
  @Field(() => String, { description: 'Participants (1–1,000 characters).' })
  participants!: string;
  @Field(() => [String], { description: 'Organisers by full name (1–10); abbreviations draw a warning.' })
  organisers!: string[];
  @Field(() => String, { nullable: true, description: 'Address (on site); this or onlineUrl is required.' })
  placeAddress?: string | null;
  @Field(() => String, { nullable: true, description: 'https link (online).' })
  onlineUrl?: string | null;
  @Field(() => Date, { description: 'Start (in the future).' })
  startsAt!: Date;
  @Field(() => Date, { description: 'End (after the start, within 30 days).' })
  endsAt!: Date;
  @Field(() => RegistrationMethod, { description: 'Registration method.' })
  registrationMethod!: RegistrationMethod;
  @Field(() => Date, { description: 'Registration deadline (not after the start).' })
  registrationDeadline!: Date;
  @Field(() => Int, { description: 'Seats (1–100,000).' })
  capacity!: number;
  @Field(() => String, { description: 'Contact person.' })
  contactName!: string;
  @Field(() => String, { description: 'Contact telephone.' })
  contactPhone!: string;
  @Field(() => String, { description: 'Target audience (1–500 characters).' })
  targetAudience!: string;
}

@InputType({ description: 'An operator publishes or rejects an activity.' })
export class ActivityReviewInput {
  @Field(() => ID, { description: 'Global id of the activity.' })
  activityId!: string;
  @Field(() => ReviewDecision, { description: 'APPROVE publishes; REJECT needs a reason.' })
  decision!: ReviewDecision;
  @Field(() => String, { nullable: true, description: 'Reason (at most 500 characters).' })
  reason?: string | null;
}

@InputType({ description: 'An activity id.' })
export class ActivityRefInput {
  @Field(() => ID, { description: 'Global id of the activity.' })
  activityId!: string;
}

@InputType({ description: 'A registration id.' })
export class RegistrationRefInput {
  @Field(() => ID, { description: 'Global id of the registration.' })
  registrationId!: string;
}

@InputType({ description: 'Check-in by ticket at the door.' })
export class ActivityCheckInInput {
  @Field(() => String, { description: 'The ticket string read from the QR code, or the 8-character short ticket code (hyphen, spaces and case ignored).' })
  ticket!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Global id of the activity being checked in: required with a short ticket code (unique within its activity).',
  })
  activityId?: string | null;
}

@InputType({ description: "The organiser's summary after the activity." })
export class ActivitySummaryInput {
  @Field(() => ID, { description: 'Global id of the activity.' })
  activityId!: string;
  @Field(() => String, { description: 'Summary (1–10,000 characters).' })
  summary!: string;
}

@InputType({ description: 'An attendee rates the activity once.' })
export class ActivityEvaluateInput {
  @Field(() => ID, { description: "Global id of the viewer's registration." })
  registrationId!: string;
  @Field(() => Int, { description: 'Rating 1–5.' })
  rating!: number;
  @Field(() => String, { nullable: true, description: 'Comment (at most 1,000 characters).' })
  comment?: string | null;
}

@InputType({ description: 'Filters of activity lists.' })
export class ActivityFilter {
  @Field(() => ServiceColumn, { nullable: true, description: 'In this column.' })
  column?: ServiceColumn | null;
  @Field(() => ID, { nullable: true, description: 'Of this institution.' })
  institutionId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only those not yet ended.' })
  upcoming?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Only those taking place (at least partly) in this month, YYYY-MM, China time (for calendars).' })
  month?: string | null;
  @Field(() => ActivityStatus, {
    nullable: true,
    description: 'Status; anything but PUBLISHED requires OPERATOR or REVIEWER, or staff of the institution filtered on.',
  })
  status?: ActivityStatus | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Only the current site’s own (and its sub-sites’): a city site otherwise also lists its province’s published ones (B1).',
  })
  ownSiteOnly?: boolean | null;
}
