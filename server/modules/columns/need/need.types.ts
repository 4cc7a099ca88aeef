import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../../common/errors.js';
import { ServiceColumn } from '../../../common/service-column.js';
import { columns } from '../../../db/columns.js';

export enum NeedStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(NeedStatus, {
  name: 'NeedStatus',
  description: '需求状态 / Status of a column need (COMPLETED: the requester confirmed it solved).',
  valuesConfig: {
    OPEN: { description: '待答复' },
    ANSWERED: { description: '已答复' },
    COMPLETED: { description: '已办结' },
    CANCELLED: { description: '已撤销' },
  },
});

export enum NeedOutcome {
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(NeedOutcome, {
  name: 'NeedOutcome',
  description: '关闭需求的结果 / How the requester closes a need.',
  valuesConfig: { COMPLETED: { description: '已解决，办结' }, CANCELLED: { description: '不再需要，撤销' } },
});

export enum NeedEventType {
  DOCKING_STARTED = 'DOCKING_STARTED',
  DOCKING_COMPLETED = 'DOCKING_COMPLETED',
  DOCKING_ENDED = 'DOCKING_ENDED',
  RATED = 'RATED',
  AMOUNT_FINANCED = 'AMOUNT_FINANCED',
  CLOSED = 'CLOSED',
}
registerEnumType(NeedEventType, {
  name: 'NeedEventType',
  description:
    "需求进展事件 / What happened to a need besides its replies. DOCKING_STARTED: the need became a docking; DOCKING_COMPLETED: the docking completed and the need with it; DOCKING_ENDED: the docking ended without completing (declined, cancelled or closed) and the need is open to docking again; RATED: the docking's rating counts as the need's; AMOUNT_FINANCED: the amount financed was filled in; CLOSED: the requester completed or cancelled it.",
  valuesConfig: {
    DOCKING_STARTED: { description: '转为对接' },
    DOCKING_COMPLETED: { description: '对接完成' },
    DOCKING_ENDED: { description: '对接结束' },
    RATED: { description: '评价计分' },
    AMOUNT_FINANCED: { description: '融资到位' },
    CLOSED: { description: '需求方关闭' },
  },
});

/** A need row as selected by NEED_COLUMNS (the GraphQL object without hydration). */
@ObjectType({
  description:
    'A need submitted to a service column (融资需求 financingNeed, 创业需求, 人才需求 talentNeed, 技术/咨询诊断需求), routed to the institutions serving that column in its region. Visible to the requester (its account or enterprise), to the institutions it is routed to, and to OPERATOR/REVIEWER.',
})
export class ColumnNeed {
  id!: string;
  siteId!: string;
  enterpriseId!: string | null;
  accountId!: string | null;
  dockingId!: string | null;
  details!: Record<string, any>;

  @Field(() => ServiceColumn, { description: 'Column the need was submitted to (never POLICY).' })
  column!: ServiceColumn;
  @Field(() => String, { description: 'Short title (generated from the form when not given), at most 100 characters.' })
  title!: string;
  @Field(() => String, { description: "What is needed, in the requester's words (at most 2,000 characters)." })
  description!: string;
  @Field(() => String, { description: 'Contact person given with the need.' })
  contactName!: string;
  @Field(() => String, { description: 'Contact telephone given with the need.' })
  contactPhone!: string;
  @Field(() => String, { description: 'GB/T 2260 division where the need is (routing uses it and its ancestors).' })
  regionCode!: string;
  @Field(() => String, { description: 'GB/T 4754 division of the requesting enterprise; empty when there is none.' })
  industryCode!: string;
  @Field(() => Float, { nullable: true, description: 'Amount requested in 万元 (financing needs).' })
  amount!: number | null;
  @Field(() => Int, { nullable: true, description: 'People wanted in total (talent needs).' })
  headcount!: number | null;
  @Field(() => String, { description: 'Category code within the column (financing purpose, diagnosis category, …).' })
  category!: string;
  @Field(() => Boolean, { description: 'Whether the need was matched to at least one product or institution when submitted.' })
  matched!: boolean;
  @Field(() => NeedStatus, { description: 'Status.' })
  status!: NeedStatus;
  @Field(() => Date, {
    description:
      'SLA clock: the first reply is due by this time, one working day after submission (480 working minutes, 09:00–17:00 China Standard Time on working days: Mon–Fri except public holidays, plus 调休 working weekends).',
  })
  firstReplyDue!: Date;
  @Field(() => Date, { nullable: true, description: 'When an institution first replied.' })
  firstRepliedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the need was completed or cancelled (by the requester, or completed when its docking was).' })
  closedAt!: Date | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Amount actually financed, 万元, reported by the enterprise when completing a financing need by hand, or afterwards (`columnNeedRecordAmountFinanced`) when it was completed through its docking.',
  })
  amountFinanced!: number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      "The requester's rating of the service (1–5): given when closing the need by hand, or carried over from the evaluation of the docking it continued as (the four dimensions' average, rounded half up).",
  })
  rating!: number | null;
  @Field(() => Date, { description: 'When the need was submitted.' })
  createdAt!: Date;
}

export const NEED_COLUMNS = columns('column_need', {
  alias: 'n',
  omit: ['trackingHash', 'ip', 'updatedAt'],
  as: { amount: '%s::float8', amountFinanced: '%s::float8' },
});

@ObjectType({ description: 'A message on a need: a reply by a routed institution, or a follow-up by the requester.' })
export class NeedReply {
  id!: string;
  needId!: string;
  institutionId!: string | null;
  authorId!: string;
  @Field(() => String, { description: 'Text of the message (at most 2,000 characters).' })
  body!: string;
  @Field(() => Date, { description: 'When it was written.' })
  createdAt!: Date;
}

@ObjectType({ description: "An entry of a need's timeline: what happened to it besides the replies, in Chinese." })
export class NeedEvent {
  id!: string;
  needId!: string;
  dockingId!: string | null;
  institutionId!: string | null;
  @Field(() => Date, { description: 'When it happened.' })
  at!: Date;
  @Field(() => NeedEventType, { description: 'What happened.' })
  type!: NeedEventType;
  @Field(() => String, { description: 'What happened, in words (Chinese), e.g. 企业确认对接已完成，需求随之办结.' })
  body!: string;
}

@InputType({ description: 'The amount financed on a financing need completed through its docking (recorded once).' })
export class ColumnNeedAmountFinancedInput {
  @Field(() => String, { description: 'Global id of the need.' })
  needId!: string;
  @Field(() => Float, { description: 'Amount actually financed, 万元, more than 0 and at most 1,000,000.' })
  amountFinanced!: number;
}

@ObjectType({ description: 'Result of a mutation on a need.' })
export class ColumnNeedPayload {
  @Field(() => ColumnNeed, { nullable: true, description: 'The need after the change; null when refused.' })
  need?: ColumnNeed | null;
  @Field(() => String, {
    nullable: true,
    description: 'Anonymous submissions only: the tracking code to read the need and its replies later (`columnNeedByTrackingCode`); shown once.',
  })
  trackingCode?: string | null;
  @Field(() => [UserError], { description: 'Why the change was refused; empty on success. Nothing is written when not empty.' })
  errors!: UserError[];
}

@InputType({ description: 'A reply to a need by staff of an institution it is routed to, or a follow-up by the requester.' })
export class ColumnNeedReplyInput {
  @Field(() => String, { description: 'Global id of the need.' })
  needId!: string;
  @Field(() => String, { description: 'Message, 1–2,000 characters.' })
  body!: string;
}

@InputType({ description: 'The requester closes its need.' })
export class ColumnNeedCloseInput {
  @Field(() => String, { description: 'Global id of the need.' })
  needId!: string;
  @Field(() => NeedOutcome, { description: 'COMPLETED (solved) or CANCELLED.' })
  outcome!: NeedOutcome;
  @Field(() => Float, { nullable: true, description: 'Amount actually financed, 万元, more than 0 and at most 1,000,000 (COMPLETED financing needs only).' })
  amountFinanced?: number | null;
  @Field(() => Int, { nullable: true, description: 'Rating of the service received, 1–5 (optional).' })
  rating?: number | null;
}

@InputType({ description: 'Filters of need lists.' })
export class ColumnNeedFilter {
  @Field(() => ServiceColumn, { nullable: true, description: 'Only this column.' })
  column?: ServiceColumn | null;
  @Field(() => NeedStatus, { nullable: true, description: 'Only this status.' })
  status?: NeedStatus | null;
  @Field(() => Boolean, { nullable: true, description: 'Only needs whose first reply is overdue (true) or not (false).' })
  overdue?: boolean | null;
}

@InputType({ description: 'Contact given with a need; defaults to the enterprise contact when omitted.' })
export class NeedContactInput {
  @Field(() => String, { description: 'Contact person, at most 50 characters.' })
  name!: string;
  @Field(() => String, { description: 'Mobile or landline with area code.' })
  phone!: string;
}
