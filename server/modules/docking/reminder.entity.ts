import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { columns } from '../../db/columns.js';

export enum ReminderKind {
  NEW_DOCKING = 'NEW_DOCKING',
  NEW_MESSAGE = 'NEW_MESSAGE',
  DEADLINE_APPROACHING = 'DEADLINE_APPROACHING',
  SLA_BREACHED = 'SLA_BREACHED',
  ESCALATED = 'ESCALATED',
  URGED = 'URGED',
  DEMAND_NO_OFFER = 'DEMAND_NO_OFFER',
  DEMAND_OFFER = 'DEMAND_OFFER',
  DEMAND_DISPATCHED = 'DEMAND_DISPATCHED',
  STATUS_CHANGED = 'STATUS_CHANGED',
}
registerEnumType(ReminderKind, {
  name: 'ReminderKind',
  description: '提醒类型 / Kind of reminder (ESCALATED: to the operators; DEMAND_DISPATCHED: by an operator).',
  valuesConfig: {
    NEW_DOCKING: { description: '新的对接申请' },
    NEW_MESSAGE: { description: '新留言' },
    DEADLINE_APPROACHING: { description: '即将超时' },
    SLA_BREACHED: { description: '已超时' },
    ESCALATED: { description: '已升级督办' },
    URGED: { description: '企业催办' },
    DEMAND_NO_OFFER: { description: '诉求暂无响应' },
    DEMAND_OFFER: { description: '收到承接方案' },
    DEMAND_DISPATCHED: { description: '诉求派发' },
    STATUS_CHANGED: { description: '状态变更' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A reminder (提醒) to one account or to all operators. Visible to its recipient only.' })
export class Reminder {
  id!: string;
  accountId!: string | null;
  dockingId!: string | null;
  demandId!: string | null;
  @Field(() => ReminderKind, { description: 'What it is about.' })
  kind!: ReminderKind;
  @Field(() => String, { description: 'Text in Chinese.' })
  message!: string;
  @Field(() => Date, { description: 'When created.' })
  createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When the recipient marked it read.' })
  readAt!: Date | null;
}
export const REMINDER_COLUMNS = columns('reminder', { omit: ['audience'] });
