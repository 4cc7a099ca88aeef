import { Field, ID, InputType } from 'type-graphql';
import { WebhookDeliveryStatus, WebhookEventType } from './webhook.types.js';

@InputType({ description: 'A new webhook subscription.' })
export class WebhookSubscriptionCreateInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Global id of the partner app; required for SYSTEM_ADMIN, ignored for an app acting with its own token (its own).',
  })
  apiClientId?: string | null;

  @Field(() => String, { description: "The endpoint: exactly one of the app's webhookUrls." })
  url!: string;

  @Field(() => [WebhookEventType], { description: 'Events to send (1–10).' })
  eventTypes!: WebhookEventType[];

  @Field(() => Boolean, { nullable: true, description: 'Also sign with HMAC-SM3 (default false).' })
  sm3?: boolean | null;
}

@InputType({ description: 'Changes to a webhook subscription; unset fields stay as they are.' })
export class WebhookSubscriptionUpdateInput {
  @Field(() => ID, { description: 'Global id of the subscription.' })
  id!: string;

  @Field(() => String, { nullable: true, description: "New endpoint: one of the app's webhookUrls." })
  url?: string | null;

  @Field(() => [WebhookEventType], { nullable: true, description: 'New list of events (1–10).' })
  eventTypes?: WebhookEventType[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Also sign with HMAC-SM3.' })
  sm3?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Pause (false) or resume (true): paused subscriptions record no deliveries.' })
  active?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Generate a new signing secret (answered once in the payload); the old one stops at once.' })
  rotateSecret?: boolean | null;
}

@InputType({ description: 'A webhook subscription to delete.' })
export class WebhookSubscriptionDeleteInput {
  @Field(() => ID, { description: 'Global id of the subscription.' })
  id!: string;
}

@InputType({ description: 'A dead webhook delivery to send again.' })
export class WebhookDeliveryReplayInput {
  @Field(() => ID, { description: 'Global id of the delivery.' })
  id!: string;
}

@InputType({ description: 'Narrows the webhook delivery log.' })
export class WebhookDeliveryFilter {
  @Field(() => ID, { nullable: true, description: 'Only deliveries of this subscription (global id).' })
  subscriptionId?: string | null;

  @Field(() => WebhookDeliveryStatus, { nullable: true, description: 'Only deliveries in this state.' })
  status?: WebhookDeliveryStatus | null;

  @Field(() => WebhookEventType, { nullable: true, description: 'Only deliveries of this event type.' })
  eventType?: WebhookEventType | null;
}
