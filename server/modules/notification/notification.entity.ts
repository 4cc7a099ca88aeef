import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../common/errors.js';
import { columns } from '../../db/columns.js';
import { NotificationChannel, NotificationKind } from './notification.kinds.js';

export enum DeliveryStatus {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  FAILED = 'FAILED',
  DEAD = 'DEAD',
}
registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: '发送状态 / Status of one e-mail or SMS of a notification.',
  valuesConfig: {
    QUEUED: { description: '排队中' },
    SENT: { description: '已发送' },
    FAILED: { description: '发送失败' },
    DEAD: { description: '多次重试失败' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'One e-mail or SMS of a notification and how it went. Visible to its recipient and to operators.' })
export class NotificationDelivery {
  id!: string;
  notificationId!: string;
  accountId!: string;
  address!: string | null;
  @Field(() => NotificationChannel, { description: 'EMAIL or SMS.' })
  channel!: NotificationChannel;
  @Field(() => DeliveryStatus, { description: 'Queued, sent, failed (with the reason) or dead (retries used up).' })
  status!: DeliveryStatus;
  @Field(() => Int, { description: 'Send attempts so far.' })
  attempts!: number;
  @Field(() => String, { nullable: true, description: 'Why it failed or waits (Chinese), when it did.' })
  reason!: string | null;
  @Field(() => Date, { description: 'Next attempt (after quiet hours or a back-off) while queued.' })
  nextAttemptAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When the provider accepted it.' })
  sentAt!: Date | null;
  @Field(() => Date, { description: 'When queued.' })
  createdAt!: Date;
  @Field(() => Date, { description: 'Last change.' })
  updatedAt!: Date;
}
export const DELIVERY_COLUMNS = columns('account_notification_delivery', { omit: ['providerMessageId'] });

@ObjectType({ simpleResolvers: true, description: 'A notification (我的消息) to the viewer. Visible to its recipient only; kept 180 days.' })
export class AccountNotification {
  id!: string;
  accountId!: string;
  @Field(() => NotificationKind, { description: 'What it is about.' })
  kind!: NotificationKind;
  @Field(() => String, { description: 'One line, Chinese.' })
  title!: string;
  @Field(() => String, { description: 'Details, Chinese (may be empty).' })
  body!: string;
  @Field(() => String, { nullable: true, description: 'Web path of what it is about.' })
  link!: string | null;
  @Field(() => Boolean, { description: 'Urgent: e-mail/SMS ignore quiet hours.' })
  urgent!: boolean;
  @Field(() => Date, { description: 'When created.' })
  createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When the recipient marked it read.' })
  readAt!: Date | null;
}
export const NOTIFICATION_COLUMNS = columns('account_notification', {
  only: ['id', 'accountId', 'kind', 'title', 'body', 'link', 'urgent', 'createdAt', 'readAt'],
});

@ObjectType({ description: 'A kind of notification and the channels the viewer gets it on.' })
export class NotificationKindPreference {
  @Field(() => NotificationKind, { description: 'The kind.' })
  kind!: NotificationKind;
  @Field(() => Boolean, { description: 'By e-mail.' })
  email!: boolean;
  @Field(() => Boolean, { description: 'By SMS.' })
  sms!: boolean;
}

@ObjectType({ description: 'The viewer’s notification preferences (in-app is always on).' })
export class NotificationPreferences {
  @Field(() => String, { description: 'Quiet hours start, HH:mm China time (default 22:00): non-urgent e-mail/SMS wait until they end.' })
  quietStart!: string;
  @Field(() => String, { description: 'Quiet hours end, HH:mm China time (default 08:00).' })
  quietEnd!: string;
  @Field(() => Int, { description: 'At most this many e-mails a day (default 20); the rest go the next day.' })
  emailDailyCap!: number;
  @Field(() => Int, { description: 'At most this many SMS a day (default 5).' })
  smsDailyCap!: number;
  @Field(() => Boolean, { description: 'Whether the account has an e-mail address (needed for e-mail).' })
  hasEmail!: boolean;
  @Field(() => Boolean, { description: 'Whether the account has a mobile number (needed for SMS).' })
  hasMobile!: boolean;
  @Field(() => [NotificationKindPreference], { description: 'Per kind: e-mail and SMS on or off.' })
  kinds!: NotificationKindPreference[];
}

@InputType({ description: 'One channel of one kind on or off.' })
export class NotificationChannelSetting {
  @Field(() => NotificationKind, { description: 'The kind.' })
  kind!: NotificationKind;
  @Field(() => NotificationChannel, { description: 'EMAIL or SMS (IN_APP cannot be turned off).' })
  channel!: NotificationChannel;
  @Field(() => Boolean, { description: 'On or off.' })
  enabled!: boolean;
}

@InputType({ description: 'Changes to the viewer’s notification preferences; omitted fields stay.' })
export class NotificationPreferencesInput {
  @Field(() => String, { nullable: true, description: 'Quiet hours start, HH:mm (equal start and end: no quiet hours).' })
  quietStart?: string | null;
  @Field(() => String, { nullable: true, description: 'Quiet hours end, HH:mm.' })
  quietEnd?: string | null;
  @Field(() => Int, { nullable: true, description: 'E-mails a day, 0–200.' })
  emailDailyCap?: number | null;
  @Field(() => Int, { nullable: true, description: 'SMS a day, 0–50.' })
  smsDailyCap?: number | null;
  @Field(() => [NotificationChannelSetting], { nullable: true, description: 'Channel switches (at most 100).' })
  channels?: NotificationChannelSetting[] | null;
}

@ObjectType({ description: 'Result of notificationPreferencesUpdate.' })
export class NotificationPreferencesPayload {
  @Field(() => NotificationPreferences, { nullable: true, description: 'The preferences after the change.' })
  preferences?: NotificationPreferences;
  @Field(() => [UserError], { description: 'Expected failures (INVALID).' })
  errors!: UserError[];
}

@InputType({ description: 'Notifications to mark read.' })
export class NotificationsMarkReadInput {
  @Field(() => [ID], { description: 'Global ids of the viewer’s notifications (1–100).' })
  ids!: string[];
}

@ObjectType({ description: 'Result of marking notifications read.' })
export class NotificationsMarkReadPayload {
  @Field(() => Int, { nullable: true, description: 'The viewer’s unread notifications after the change.' })
  unreadCount?: number;
  @Field(() => [UserError], { description: 'Expected failures (NOT_FOUND, REQUIRED, TOO_LONG).' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of a one-click unsubscribe.' })
export class NotificationUnsubscribePayload {
  @Field(() => NotificationKind, { nullable: true, description: 'The kind no longer sent by e-mail or SMS.' })
  kind?: NotificationKind;
  @Field(() => [UserError], { description: 'Expected failures (INVALID: a bad or forged token).' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of requeueing a failed or dead delivery.' })
export class NotificationDeliveryRetryPayload {
  @Field(() => NotificationDelivery, { nullable: true, description: 'The delivery, queued again.' })
  delivery?: NotificationDelivery;
  @Field(() => [UserError], { description: 'Expected failures (NOT_FOUND, INVALID_STATE).' })
  errors!: UserError[];
}
