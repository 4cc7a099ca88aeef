import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../../common/errors.js';
import { PolicyType } from '../policy.entity.js';

export enum PushChannel {
  EMAIL = 'EMAIL',
  SMS = 'SMS',
}
registerEnumType(PushChannel, {
  name: 'PushChannel',
  description: 'Channel besides the in-app inbox (which is always used).',
  valuesConfig: { EMAIL: { description: '电子邮件' }, SMS: { description: '短信' } },
});

export enum SubscriptionFrequency {
  IMMEDIATE = 'IMMEDIATE',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
}
registerEnumType(SubscriptionFrequency, {
  name: 'SubscriptionFrequency',
  description:
    'How often e-mail / SMS go out for a subscription (the in-app inbox is always immediate). IMMEDIATE: one message per new policy; DAILY: at Beijing midnight, the previous day; WEEKLY: at Beijing midnight on Monday, the previous week.',
  valuesConfig: {
    IMMEDIATE: { description: '即时推送' },
    DAILY: { description: '每日摘要' },
    WEEKLY: { description: '每周摘要' },
  },
});

export enum NotificationReason {
  SUBSCRIPTION = 'SUBSCRIPTION',
  ELIGIBLE = 'ELIGIBLE',
  SUBSCRIPTION_AND_ELIGIBLE = 'SUBSCRIPTION_AND_ELIGIBLE',
}
registerEnumType(NotificationReason, {
  name: 'NotificationReason',
  description: 'Why the enterprise was notified (ELIGIBLE: by policy matching).',
  valuesConfig: {
    SUBSCRIPTION: { description: '符合您的订阅' },
    ELIGIBLE: { description: '您的企业可能符合申报条件' },
    SUBSCRIPTION_AND_ELIGIBLE: { description: '符合订阅，且可能符合申报条件' },
  },
});

@ObjectType({ description: 'A policy subscription of an enterprise (P5). Visible to members of that enterprise only.' })
export class PolicySubscription {
  id!: string;
  @Field(() => String, { description: 'Name given by the enterprise.' })
  name!: string;
  @Field(() => [String], { description: 'Keywords matched against title, tags and hot words.' })
  keywords!: string[];
  @Field(() => [String], { description: 'Tags.' })
  tags!: string[];
  @Field(() => [String], { description: 'Issuing departments.' })
  departments!: string[];
  @Field(() => [PolicyType], { description: 'Policy types.' })
  policyTypes!: PolicyType[];
  @Field(() => [String], { description: 'Industry codes.' })
  industries!: string[];
  @Field(() => [String], { description: 'Region codes.' })
  regions!: string[];
  @Field(() => [PushChannel], { description: 'Extra channels (e-mail, SMS).' })
  channels!: PushChannel[];
  @Field(() => SubscriptionFrequency, { description: 'Each policy at once, or one daily or weekly digest per channel.' })
  frequency!: SubscriptionFrequency;
  @Field(() => String, { nullable: true, description: 'E-mail address for EMAIL pushes.' })
  email!: string | null;
  @Field(() => String, { nullable: true, description: 'Mobile number for SMS pushes.' })
  mobile!: string | null;
  @Field(() => Boolean, { description: 'False after unsubscribing.' })
  active!: boolean;
  @Field(() => Date, { description: 'When it was created.' })
  createdAt!: Date;
}

@ObjectType({ description: 'An in-app notification of the viewer’s enterprise (B4 smart push).' })
export class Notification {
  id!: string;
  policyId!: string;
  subscriptionId!: string | null;
  @Field(() => String, { description: 'Title of the notification.' })
  title!: string;
  @Field(() => NotificationReason, { description: 'Why it was sent.' })
  reason!: NotificationReason;
  @Field(() => Int, { description: 'Published version of the policy it announces.' })
  policyVersion!: number;
  @Field(() => Date, { description: 'When it was sent.' })
  createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When it was marked read; null while unread.' })
  readAt!: Date | null;
}

@InputType({ description: 'Subscribe the viewer’s enterprise to policies; every non-empty criterion must match (any value within it).' })
export class PolicySubscriptionCreateInput {
  @Field(() => String, { description: 'Name, 1–50 characters.' })
  name!: string;
  @Field(() => [String], { nullable: true, description: 'Keywords, at most 10 of at most 20 characters.' })
  keywords?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Tags, at most 10 of at most 20 characters.' })
  tags?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Issuing departments, at most 10 of at most 50 characters.' })
  departments?: string[] | null;
  @Field(() => [PolicyType], { nullable: true, description: 'Policy types.' })
  policyTypes?: PolicyType[] | null;
  @Field(() => [String], { nullable: true, description: 'GB/T 4754 codes, at most 20.' })
  industries?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'GB/T 2260 codes, at most 20.' })
  regions?: string[] | null;
  @Field(() => [PushChannel], { nullable: true, description: 'Extra channels; the in-app inbox is always used.' })
  channels?: PushChannel[] | null;
  @Field(() => SubscriptionFrequency, {
    nullable: true,
    description:
      'E-mail / SMS frequency (default IMMEDIATE). A change never repeats a policy already sent on a channel; what the old frequency had gathered still goes out at the end of its period.',
  })
  frequency?: SubscriptionFrequency | null;
  @Field(() => String, { nullable: true, description: 'E-mail address, required for EMAIL.' })
  email?: string | null;
  @Field(() => String, { nullable: true, description: 'Mobile number, required for SMS.' })
  mobile?: string | null;
}

@InputType({ description: 'Replace the criteria of a subscription of the viewer’s enterprise (same fields and limits as creating one).' })
export class PolicySubscriptionUpdateInput extends PolicySubscriptionCreateInput {
  @Field(() => ID, { description: 'Global id of the subscription.' })
  subscriptionId!: string;
}

@InputType({ description: 'Delete a subscription of the viewer’s enterprise.' })
export class PolicySubscriptionDeleteInput {
  @Field(() => ID, { description: 'Global id of the subscription.' })
  subscriptionId!: string;
}

@InputType({ description: 'Unsubscribe with the token printed in a message (no login needed).' })
export class PolicyUnsubscribeInput {
  @Field(() => String, { description: 'Unsubscribe token from the e-mail or SMS.' })
  token!: string;
}

@InputType({ description: 'Mark notifications read.' })
export class NotificationMarkReadInput {
  @Field(() => [ID], { nullable: true, description: 'Global ids, at most 100.' })
  notificationIds?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Mark every notification of the enterprise read.' })
  all?: boolean | null;
}

@ObjectType({ description: 'Result of a subscription change.' })
export class PolicySubscriptionPayload {
  @Field(() => PolicySubscription, { nullable: true, description: 'The subscription (null for token unsubscribes).' })
  subscription?: PolicySubscription | null;
  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of marking notifications read.' })
export class NotificationMarkReadPayload {
  @Field(() => Int, { nullable: true, description: 'Unread notifications left.' })
  unreadCount?: number | null;
  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}
