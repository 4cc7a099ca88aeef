import { Arg, Args, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { toGlobalId } from '../../../common/ids.js';
import { ConnectionType, PageArgs } from '../../../common/relay.js';
import { Policy } from '../policy.entity.js';
import { policyById } from '../policy.queries.js';
import { NOTIFICATION_BATCH } from './fanout.js';
import * as subs from './subscription.service.js';
import {
  Notification,
  NotificationMarkReadInput,
  NotificationMarkReadPayload,
  PolicySubscription,
  PolicySubscriptionCreateInput,
  PolicySubscriptionDeleteInput,
  PolicySubscriptionPayload,
  PolicySubscriptionUpdateInput,
  PolicyUnsubscribeInput,
} from './subscription.types.js';

const NotificationConnection = ConnectionType(Notification, 'Notification', 'notification');

/** Live notifications of one enterprise: each batch event is checked against the inbox (one query per event). */
function liveNotifications(ctx: Ctx): AsyncIterableIterator<Notification> {
  const enterpriseId = subs.viewerEnterpriseId(ctx);
  const events = ctx.events.subscribe(NOTIFICATION_BATCH);
  const em = ctx.em.fork();
  const iterator: AsyncIterableIterator<Notification> = {
    async next() {
      for (;;) {
        const ev = await events.next();
        if (ev.done) return { value: undefined, done: true };
        const [n] = await em.execute<Notification[]>(`select ${subs.NOTIFICATION_COLUMNS} from notification where batch_id = ? and enterprise_id = ?`, [
          ev.value.batchId,
          enterpriseId,
        ]);
        if (n) return { value: n, done: false };
      }
    },
    return: async () => {
      await events.return!();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

@Resolver(() => Notification)
export class NotificationResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() n: Notification): string {
    return toGlobalId('Notification', n.id);
  }

  @FieldResolver(() => Policy, { nullable: true, description: 'The policy announced (its published version; null if withdrawn since).' })
  policy(@Root() n: Notification, @GqlCtx() ctx: Ctx) {
    return policyById(ctx, n.policyId);
  }

  @FieldResolver(() => PolicySubscription, {
    nullable: true,
    description: 'The subscription that matched (null when sent for eligibility only); inactive after unsubscribing.',
  })
  subscription(@Root() n: Notification, @GqlCtx() ctx: Ctx) {
    return n.subscriptionId ? subs.subscriptionById(ctx, n.subscriptionId) : null;
  }

  @Query(() => NotificationConnection, { description: 'The viewer enterprise’s inbox, newest first. Enterprise members only.' })
  notifications(
    @GqlCtx() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('unreadOnly', () => Boolean, { nullable: true, description: 'Only unread notifications.' }) unreadOnly?: boolean,
  ) {
    return subs.listNotifications(ctx, !!unreadOnly, page);
  }

  @Query(() => Int, { description: 'Unread notifications of the viewer’s enterprise. Enterprise members only.' })
  notificationUnreadCount(@GqlCtx() ctx: Ctx) {
    return subs.unreadCount(ctx);
  }

  @Mutation(() => NotificationMarkReadPayload, {
    description: 'Mark notifications of the viewer’s enterprise read. Enterprise members only; others’ ids are NOT_FOUND.',
  })
  notificationMarkRead(@GqlCtx() ctx: Ctx, @Arg('input', () => NotificationMarkReadInput) input: NotificationMarkReadInput) {
    return subs.markRead(ctx, input);
  }

  @Subscription(() => Notification, {
    description: 'Live notifications of the viewer’s enterprise (policy push, B4), over graphql-ws. Enterprise members only.',
    subscribe: ({ context }) => liveNotifications(context as Ctx),
  })
  notificationReceived(@Root() n: Notification) {
    return n;
  }
}

@Resolver(() => PolicySubscription)
export class PolicySubscriptionResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() s: PolicySubscription): string {
    return toGlobalId('PolicySubscription', s.id);
  }

  @Query(() => [PolicySubscription], { description: 'Active policy subscriptions of the viewer’s enterprise (at most 20). Enterprise members only.' })
  policySubscriptions(@GqlCtx() ctx: Ctx) {
    return subs.listSubscriptions(ctx);
  }

  @Mutation(() => PolicySubscriptionPayload, {
    description: 'Subscribe the viewer’s enterprise to new policies by keyword, tag, department, type, industry and region. Enterprise members only; audited.',
  })
  policySubscriptionCreate(@GqlCtx() ctx: Ctx, @Arg('input', () => PolicySubscriptionCreateInput) input: PolicySubscriptionCreateInput) {
    return subs.createSubscription(ctx, input);
  }

  @Mutation(() => PolicySubscriptionPayload, {
    description: 'Change the criteria and channels of a subscription of the viewer’s enterprise (others’ are NOT_FOUND). Enterprise members only; audited.',
  })
  policySubscriptionUpdate(@GqlCtx() ctx: Ctx, @Arg('input', () => PolicySubscriptionUpdateInput) input: PolicySubscriptionUpdateInput) {
    return subs.updateSubscription(ctx, input);
  }

  @Mutation(() => PolicySubscriptionPayload, {
    description: 'Delete a subscription of the viewer’s enterprise (others’ are NOT_FOUND). Enterprise members only; audited.',
  })
  policySubscriptionDelete(@GqlCtx() ctx: Ctx, @Arg('input', () => PolicySubscriptionDeleteInput) input: PolicySubscriptionDeleteInput) {
    return subs.deleteSubscription(ctx, input);
  }

  @Mutation(() => PolicySubscriptionPayload, { description: 'Unsubscribe with the token from an e-mail or SMS. No login needed; audited.' })
  policySubscriptionUnsubscribe(@GqlCtx() ctx: Ctx, @Arg('input', () => PolicyUnsubscribeInput) input: PolicyUnsubscribeInput) {
    return subs.unsubscribeByToken(ctx, input);
  }
}
