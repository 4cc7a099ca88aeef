import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../common/errors.js';
import { labelValues } from '../../common/labels.js';

/** What a partner may subscribe to. DOCKING_STATUS_CHANGED and DEMAND_OFFER concern enterprises' private affairs. */
export enum WebhookEventType {
  POLICY_PUBLISHED = 'POLICY_PUBLISHED',
  POLICY_REVISED = 'POLICY_REVISED',
  DOCKING_STATUS_CHANGED = 'DOCKING_STATUS_CHANGED',
  DEMAND_OFFER = 'DEMAND_OFFER',
  ACTIVITY_CHANGED = 'ACTIVITY_CHANGED',
}

export const WEBHOOK_EVENT_LABELS: Record<WebhookEventType, string> = {
  POLICY_PUBLISHED: '政策发布',
  POLICY_REVISED: '政策修订发布',
  DOCKING_STATUS_CHANGED: '对接状态变化（需企业授权数据范围）',
  DEMAND_OFFER: '诉求收到承接方案或选定方案（需企业授权数据范围）',
  ACTIVITY_CHANGED: '活动发布或变更',
};

/** Event types whose payloads concern an enterprise's own affairs: only clients holding ENTERPRISE_DATA receive them. */
export const PRIVATE_EVENT_TYPES: ReadonlySet<WebhookEventType> = new Set([WebhookEventType.DOCKING_STATUS_CHANGED, WebhookEventType.DEMAND_OFFER]);

registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description:
    'Webhook 事件类型 / Event a partner app may subscribe to. Payloads carry public data only (global ids, titles, states, times; never personal data); DOCKING_STATUS_CHANGED and DEMAND_OFFER need the ENTERPRISE_DATA scope and carry ids and states only.',
  valuesConfig: labelValues(WEBHOOK_EVENT_LABELS),
});

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  DEAD = 'DEAD',
}

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Webhook 投递状态 / State of one delivery (one event to one subscription).',
  valuesConfig: labelValues({ PENDING: '待投递或等待重试', DELIVERED: '已送达（回调返回 2xx）', DEAD: '重试用尽，可重放' }),
});

@ObjectType({
  description:
    "A partner app's webhook subscription: one of its allowed endpoints and the events sent there, signed with a secret shown once. Visible to SYSTEM_ADMIN and to the app itself.",
})
export class WebhookSubscription {
  id!: string;
  clientId!: string;

  @Field(() => ID, { description: 'Global id of the partner app (ApiClient) it belongs to.' })
  apiClientId!: string;

  @Field(() => String, { description: "The endpoint (one of the app's webhookUrls) that receives POSTs." })
  url!: string;

  @Field(() => [WebhookEventType], { description: 'Events sent to it (1–10).' })
  eventTypes!: WebhookEventType[];

  @Field(() => Boolean, { description: 'Also sign with HMAC-SM3 (`sm3=` in X-Qifu-Signature) beside HMAC-SHA256.' })
  sm3!: boolean;

  @Field(() => Boolean, { description: 'False while paused: events are not recorded for it.' })
  active!: boolean;

  @Field(() => GraphQLISODateTime, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it was last changed.' })
  updatedAt!: Date;
}

@ObjectType({ description: 'One event sent (or to be sent) to one subscription, with its attempts: the webhook delivery log.' })
export class WebhookDelivery {
  id!: string;
  subscriptionId!: string;

  @Field(() => ID, { description: 'Global id of the subscription.' })
  webhookSubscriptionId!: string;

  @Field(() => String, { description: 'Id of the event (the `id` of the JSON body); the same in every delivery of the event.' })
  eventId!: string;

  @Field(() => WebhookEventType, { description: 'Type of the event (X-Qifu-Event).' })
  eventType!: WebhookEventType;

  @Field(() => String, { description: 'The endpoint it goes to.' })
  url!: string;

  @Field(() => WebhookDeliveryStatus, { description: 'PENDING, DELIVERED or DEAD.' })
  status!: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'POSTs made so far (replays included).' })
  attempts!: number;

  @Field(() => Int, { nullable: true, description: 'HTTP status of the last answer; null when none came (timeout, refused connection).' })
  lastStatusCode!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed (Chinese); null after success.' })
  lastError!: string | null;

  @Field(() => String, { nullable: true, description: 'The start of the last answer body (at most 500 characters).' })
  lastResponse!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the next attempt is due; null when delivered or dead.' })
  nextAttemptAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the endpoint answered 2xx.' })
  deliveredAt!: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When the event happened (the delivery was recorded with it).' })
  createdAt!: Date;
}

@ObjectType({ description: 'Result of webhookSubscriptionCreate and webhookSubscriptionUpdate.' })
export class WebhookSubscriptionPayload {
  @Field(() => WebhookSubscription, { nullable: true, description: 'The subscription.' })
  subscription?: WebhookSubscription | null;
  @Field(() => String, {
    nullable: true,
    description: 'The signing secret, shown this once (on create and on rotateSecret) and never again; null otherwise.',
  })
  secret?: string | null;
  @Field(() => [UserError], { description: 'REQUIRED, INVALID, NOT_FOUND, FORBIDDEN or WEBHOOK_URL_NOT_ALLOWED; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of webhookSubscriptionDelete.' })
export class WebhookSubscriptionDeletePayload {
  @Field(() => ID, { nullable: true, description: 'Global id of the deleted subscription.' })
  deletedId?: string | null;
  @Field(() => [UserError], { description: 'NOT_FOUND; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of webhookDeliveryReplay.' })
export class WebhookDeliveryPayload {
  @Field(() => WebhookDelivery, { nullable: true, description: 'The delivery, PENDING again with its next attempt due now.' })
  delivery?: WebhookDelivery | null;
  @Field(() => [UserError], { description: 'NOT_FOUND or INVALID_STATE; empty on success.' })
  errors!: UserError[];
}
