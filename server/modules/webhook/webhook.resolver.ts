import { Arg, Args, Ctx as GqlCtx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../common/context.js';
import { toGlobalId } from '../../common/ids.js';
import { ConnectionType, PageArgs } from '../../common/relay.js';
import {
  WebhookDeliveryFilter,
  WebhookDeliveryReplayInput,
  WebhookSubscriptionCreateInput,
  WebhookSubscriptionDeleteInput,
  WebhookSubscriptionUpdateInput,
} from './webhook.inputs.js';
import * as webhooks from './webhook.service.js';
import { WebhookDelivery, WebhookDeliveryPayload, WebhookSubscription, WebhookSubscriptionDeletePayload, WebhookSubscriptionPayload } from './webhook.types.js';

const WebhookSubscriptionConnection = ConnectionType(WebhookSubscription, 'WebhookSubscription', 'webhook subscription');
const WebhookDeliveryConnection = ConnectionType(WebhookDelivery, 'WebhookDelivery', 'webhook delivery');

const WHO = 'Requires SYSTEM_ADMIN (any app) or a partner app calling with its own access token or signed request (its own only; another app’s is NOT_FOUND)';

/** Webhook subscriptions and their delivery log (issue 12): managed by system administrators and by each partner app itself. */
@Resolver(() => WebhookSubscription)
export class WebhookSubscriptionResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() s: WebhookSubscription): string {
    return toGlobalId('WebhookSubscription', s.id);
  }

  @Query(() => WebhookSubscriptionConnection, { description: `Webhook subscriptions, newest first. ${WHO}.` })
  webhookSubscriptions(
    @GqlCtx() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('apiClientId', () => ID, { nullable: true, description: "Only this partner app's (administrators; an app always sees only its own)." })
    apiClientId?: string | null,
  ) {
    return webhooks.listSubscriptions(ctx, apiClientId, page);
  }

  @Mutation(() => WebhookSubscriptionPayload, {
    description: `Subscribe one of a partner app's allowed webhook URLs to events; answers the signing secret once. ${WHO}; audited. Errors: REQUIRED, NOT_FOUND, INVALID_STATE, INVALID, FORBIDDEN (event needs ENTERPRISE_DATA), WEBHOOK_URL_NOT_ALLOWED.`,
  })
  webhookSubscriptionCreate(@GqlCtx() ctx: Ctx, @Arg('input', () => WebhookSubscriptionCreateInput) input: WebhookSubscriptionCreateInput) {
    return webhooks.createSubscription(ctx, input);
  }

  @Mutation(() => WebhookSubscriptionPayload, {
    description: `Change, pause or resume a webhook subscription, or rotate its secret (answered once). ${WHO}; audited. Errors: NOT_FOUND, INVALID_STATE, INVALID, FORBIDDEN, WEBHOOK_URL_NOT_ALLOWED.`,
  })
  webhookSubscriptionUpdate(@GqlCtx() ctx: Ctx, @Arg('input', () => WebhookSubscriptionUpdateInput) input: WebhookSubscriptionUpdateInput) {
    return webhooks.updateSubscription(ctx, input);
  }

  @Mutation(() => WebhookSubscriptionDeletePayload, {
    description: `Delete a webhook subscription: nothing more is sent to it (its delivery log stays). ${WHO}; audited. Errors: NOT_FOUND.`,
  })
  webhookSubscriptionDelete(@GqlCtx() ctx: Ctx, @Arg('input', () => WebhookSubscriptionDeleteInput) input: WebhookSubscriptionDeleteInput) {
    return webhooks.deleteSubscription(ctx, input);
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => ID, { description: 'Global id; also the X-Qifu-Webhook-Id header of every attempt (the delivery id in the log is this id decoded).' })
  id(@Root() d: WebhookDelivery): string {
    return toGlobalId('WebhookDelivery', d.id);
  }

  @FieldResolver(() => String, { description: 'The X-Qifu-Webhook-Id header sent with each attempt (stable across retries and replays).' })
  webhookId(@Root() d: WebhookDelivery): string {
    return d.id;
  }

  @Query(() => WebhookDeliveryConnection, { description: `The webhook delivery log, newest first. ${WHO}.` })
  webhookDeliveries(
    @GqlCtx() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => WebhookDeliveryFilter, { nullable: true, description: 'Narrow by subscription, state or event type.' })
    filter?: WebhookDeliveryFilter | null,
  ) {
    return webhooks.listDeliveries(ctx, filter, page);
  }

  @Mutation(() => WebhookDeliveryPayload, {
    description: `Send a dead delivery again (same X-Qifu-Webhook-Id and body, a fresh set of attempts). ${WHO}; audited. Errors: NOT_FOUND, INVALID_STATE.`,
  })
  webhookDeliveryReplay(@GqlCtx() ctx: Ctx, @Arg('input', () => WebhookDeliveryReplayInput) input: WebhookDeliveryReplayInput) {
    return webhooks.replayDelivery(ctx, input);
  }
}
