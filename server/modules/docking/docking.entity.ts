import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { columns } from '../../db/columns.js';

export enum DockingStatus {
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  IN_SERVICE = 'IN_SERVICE',
  COMPLETED = 'COMPLETED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
  CLOSED = 'CLOSED',
}
registerEnumType(DockingStatus, {
  name: 'DockingStatus',
  description:
    '对接状态 / Docking status: SUBMITTED (waiting for the institution) → ACCEPTED → IN_SERVICE → COMPLETED (confirmed by the enterprise), or DECLINED (by the institution) / CANCELLED (by the enterprise) / CLOSED (by an operator).',
  valuesConfig: {
    SUBMITTED: { description: '已提交' },
    ACCEPTED: { description: '已受理' },
    IN_SERVICE: { description: '服务中' },
    COMPLETED: { description: '已完成' },
    DECLINED: { description: '已拒绝' },
    CANCELLED: { description: '已撤销' },
    CLOSED: { description: '已关闭' },
  },
});
export const OPEN_STATUSES = [DockingStatus.SUBMITTED, DockingStatus.ACCEPTED, DockingStatus.IN_SERVICE];

export enum DockingKind {
  PRODUCT = 'PRODUCT',
  DEMAND = 'DEMAND',
}
registerEnumType(DockingKind, {
  name: 'DockingKind',
  description: '对接来源 / What the docking started from.',
  valuesConfig: { PRODUCT: { description: '服务产品对接' }, DEMAND: { description: '服务诉求对接' } },
});

export enum DockingParty {
  ENTERPRISE = 'ENTERPRISE',
  INSTITUTION = 'INSTITUTION',
  OPERATOR = 'OPERATOR',
  SYSTEM = 'SYSTEM',
}
registerEnumType(DockingParty, {
  name: 'DockingParty',
  description: '时间线事件的发起方 / Who caused a timeline event (SYSTEM: reminders and deadline breaches).',
  valuesConfig: {
    ENTERPRISE: { description: '企业' },
    INSTITUTION: { description: '服务机构' },
    OPERATOR: { description: '平台运营' },
    SYSTEM: { description: '系统' },
  },
});

export enum DockingEventType {
  SUBMITTED = 'SUBMITTED',
  MESSAGE = 'MESSAGE',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  IN_SERVICE = 'IN_SERVICE',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  CLOSED = 'CLOSED',
  URGED = 'URGED',
  REMINDER = 'REMINDER',
  SLA_BREACHED = 'SLA_BREACHED',
  ESCALATED = 'ESCALATED',
  EVALUATED = 'EVALUATED',
  EVALUATION_REPLIED = 'EVALUATION_REPLIED',
}
registerEnumType(DockingEventType, {
  name: 'DockingEventType',
  description: '对接时间线事件类型 / Kind of timeline event.',
  valuesConfig: {
    SUBMITTED: { description: '提交对接' },
    MESSAGE: { description: '留言' },
    ACCEPTED: { description: '受理' },
    DECLINED: { description: '拒绝' },
    IN_SERVICE: { description: '开始服务' },
    COMPLETED: { description: '确认完成' },
    CANCELLED: { description: '撤销' },
    CLOSED: { description: '关闭' },
    URGED: { description: '企业催办' },
    REMINDER: { description: '时限提醒' },
    SLA_BREACHED: { description: '超出时限' },
    ESCALATED: { description: '升级至运营人员' },
    EVALUATED: { description: '企业评价' },
    EVALUATION_REPLIED: { description: '机构回复评价' },
  },
});

@ObjectType({
  simpleResolvers: true,
  description:
    "A docking between an enterprise and an institution (M2, M3): visible to that enterprise's members, that institution's staff and operators only.",
})
export class Docking {
  id!: string;
  siteId!: string;
  @Field(() => DockingKind, { description: 'Started from a product or a demand.' })
  kind!: DockingKind;
  productId!: string | null;
  demandId!: string | null;
  offerId!: string | null;
  enterpriseId!: string;
  institutionId!: string;
  @Field(() => String, { description: 'What the enterprise needs.' })
  needs!: string;
  @Field(() => DockingStatus, { description: 'Current status.' })
  status!: DockingStatus;
  createdBy!: string;
  @Field(() => Date, { description: 'When submitted.' })
  createdAt!: Date;
  @Field(() => Date, { description: 'When last changed.' })
  updatedAt!: Date;
  @Field(() => Date, { nullable: true, description: 'First response of the institution (message, acceptance or refusal).' })
  firstResponseAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When accepted.' })
  acceptedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the service started.' })
  serviceStartedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it reached a final status.' })
  finishedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Deadline of the first response (SLA, working time).' })
  firstResponseDue!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Deadline of completion (SLA, working time).' })
  resolutionDue!: Date | null;
  @Field(() => Date, { nullable: true, description: "Since when an enterprise message awaits the institution's reply; null when none." })
  awaitingReplySince!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Last urge (催办) by the enterprise.' })
  lastUrgedAt!: Date | null;
  @Field(() => Int, { description: 'Number of urges.' })
  urgeCount!: number;
  @Field(() => Int, { description: "0 none, 1 escalated to the institution's responsible person, 2 to operators." })
  escalationLevel!: number;
}

export const DOCKING_COLUMNS = columns('docking');

@ObjectType({ simpleResolvers: true, description: 'A timestamped event on a docking timeline (messages are events of type MESSAGE).' })
export class DockingEvent {
  id!: string;
  dockingId!: string;
  actorId!: string | null;
  @Field(() => Date, { description: 'When it happened.' })
  at!: Date;
  @Field(() => DockingParty, { description: 'Who caused it.' })
  party!: DockingParty;
  @Field(() => DockingEventType, { description: 'What happened.' })
  type!: DockingEventType;
  @Field(() => String, { nullable: true, description: 'Message text, reason or note.' })
  body!: string | null;
}
export const EVENT_COLUMNS = columns('docking_event');

@ObjectType({ description: "The enterprise's evaluation of a completed docking (1–5 per dimension) and the institution's single reply." })
export class DockingEvaluation {
  dockingId!: string;
  @Field(() => Int, { description: 'Quality of the service, 1–5.' })
  quality!: number;
  @Field(() => Int, { description: 'Timeliness, 1–5.' })
  timeliness!: number;
  @Field(() => Int, { description: 'Attitude, 1–5.' })
  attitude!: number;
  @Field(() => Int, { description: 'Professionalism, 1–5.' })
  professionalism!: number;
  @Field(() => Float, { description: 'Average of the four dimensions.' })
  average!: number;
  @Field(() => String, { nullable: true, description: 'Comment (at most 1,000 characters).' })
  comment!: string | null;
  @Field(() => String, { nullable: true, description: "The institution's reply (once)." })
  reply!: string | null;
  @Field(() => Date, { nullable: true, description: 'When replied.' })
  repliedAt!: Date | null;
  @Field(() => Date, { description: 'When evaluated.' })
  createdAt!: Date;
}
export const EVALUATION_COLUMNS = `${columns('docking_evaluation', { omit: ['createdBy'] })},
  (quality + timeliness + attitude + professionalism) / 4.0::float8 as average`;
