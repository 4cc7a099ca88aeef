import { Arg, Args, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { requireRole, requireViewer } from '../../common/auth.js';
import type { Ctx } from '../../common/context.js';
import { toGlobalId } from '../../common/ids.js';
import { ConnectionType, PageArgs } from '../../common/relay.js';
import { Role } from '../../common/roles.js';
import {
  AccountNotification,
  DeliveryStatus,
  NotificationDelivery,
  NotificationDeliveryRetryPayload,
  NotificationPreferences,
  NotificationPreferencesInput,
  NotificationPreferencesPayload,
  NotificationsMarkReadInput,
  NotificationsMarkReadPayload,
  NotificationUnsubscribePayload,
} from './notification.entity.js';
import { NOTIFICATION_CREATED, NOTIFICATION_READ, type NotificationCreatedEvent } from './notification.events.js';
import { NotificationChannel, NotificationKind } from './notification.kinds.js';
import * as svc from './notification.service.js';
import { NOTIFICATION_COLUMNS } from './notification.entity.js';

const AccountNotificationConnection = ConnectionType(AccountNotification, 'AccountNotification', 'notification');
const NotificationDeliveryConnection = ConnectionType(NotificationDelivery, 'NotificationDelivery', 'notification delivery');

/** Wraps an event stream so each event is turned into a value (or skipped, on null) before GraphQL executes it. */
function mapped<E, T>(events: AsyncIterableIterator<E>, load: (e: E) => Promise<T | null>): AsyncIterableIterator<T> {
  const it: AsyncIterableIterator<T> = {
    async next() {
      for (;;) {
        const r = await events.next();
        if (r.done) return { value: undefined, done: true };
        const value = await load(r.value);
        if (value !== null) return { value, done: false };
      }
    },
    return: async () => {
      await events.return?.();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return it;
    },
  };
  return it;
}

@Resolver(() => AccountNotification)
export class AccountNotificationResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() n: AccountNotification): string {
    return toGlobalId('AccountNotification', n.id);
  }

  @FieldResolver(() => [NotificationDelivery], { description: 'Its e-mail / SMS and how each went (empty when in-app only).' })
  deliveries(@Root() n: AccountNotification, @GqlCtx() ctx: Ctx) {
    return svc.deliveriesOf(ctx, n);
  }

  @Query(() => AccountNotificationConnection, { description: 'The viewer’s notifications (我的消息), newest first; kept 180 days. Signed in.' })
  myNotifications(
    @GqlCtx() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('unreadOnly', () => Boolean, { nullable: true, description: 'Only unread ones.' }) unreadOnly?: boolean,
    @Arg('kind', () => NotificationKind, { nullable: true, description: 'Only this kind.' }) kind?: NotificationKind,
  ) {
    requireViewer(ctx);
    return svc.listMine(ctx, page, !!unreadOnly, kind ?? null);
  }

  @Query(() => Int, { description: 'How many of the viewer’s notifications are unread (the header badge). Signed in.' })
  myUnreadNotificationCount(@GqlCtx() ctx: Ctx) {
    requireViewer(ctx);
    return svc.unreadCount(ctx);
  }

  @Mutation(() => NotificationsMarkReadPayload, { description: 'Mark some of the viewer’s notifications read (others’ ids are NOT_FOUND). Signed in.' })
  myNotificationsMarkRead(@GqlCtx() ctx: Ctx, @Arg('input', () => NotificationsMarkReadInput) input: NotificationsMarkReadInput) {
    requireViewer(ctx);
    return svc.markRead(ctx, input.ids ?? []);
  }

  @Mutation(() => NotificationsMarkReadPayload, { description: 'Mark all the viewer’s notifications read. Signed in.' })
  myNotificationsMarkAllRead(@GqlCtx() ctx: Ctx) {
    requireViewer(ctx);
    return svc.markRead(ctx, null);
  }

  @Subscription(() => AccountNotification, {
    description: 'The viewer’s new notifications, live over graphql-ws (the session is checked again for every event). Signed in.',
    subscribe: ({ context }) => {
      const ctx = context as Ctx;
      const v = requireViewer(ctx);
      const em = ctx.em.fork();
      return mapped(
        ctx.events.subscribe(NOTIFICATION_CREATED, (e: NotificationCreatedEvent) => e.accountIds.includes(v.accountId)),
        async (e) =>
          (
            await em.execute<AccountNotification[]>(`select ${NOTIFICATION_COLUMNS} from account_notification where batch_id = ? and account_id = ?`, [
              e.batchId,
              v.accountId,
            ])
          )[0] ?? null,
      );
    },
  })
  myNotificationReceived(@Root() n: AccountNotification): AccountNotification {
    return n;
  }

  @Subscription(() => Int, {
    description: 'The viewer’s unread count whenever it changes (new notifications, marked read in another tab), live over graphql-ws. Signed in.',
    subscribe: ({ context }) => {
      const ctx = context as Ctx;
      const v = requireViewer(ctx);
      const em = ctx.em.fork();
      const created = ctx.events.subscribe(NOTIFICATION_CREATED, (e: NotificationCreatedEvent) => e.accountIds.includes(v.accountId));
      const read = ctx.events.subscribe(NOTIFICATION_READ, (e) => e.accountId === v.accountId);
      return mapped(merge(created, read), () => svc.unreadCount(ctx, v.accountId, em));
    },
  })
  myUnreadNotificationCountChanged(@Root() n: number): number {
    return n;
  }
}

/** Both streams as one (either may end it). */
function merge<A, B>(a: AsyncIterableIterator<A>, b: AsyncIterableIterator<B>): AsyncIterableIterator<A | B> {
  let pa: Promise<{ from: 'a'; r: IteratorResult<A> }> | null = null;
  let pb: Promise<{ from: 'b'; r: IteratorResult<B> }> | null = null;
  const it: AsyncIterableIterator<A | B> = {
    async next() {
      pa ??= a.next().then((r) => ({ from: 'a' as const, r }));
      pb ??= b.next().then((r) => ({ from: 'b' as const, r }));
      const got = await Promise.race([pa, pb]);
      if (got.from === 'a') pa = null;
      else pb = null;
      if (got.r.done) {
        await it.return!();
        return { value: undefined, done: true };
      }
      return { value: got.r.value, done: false };
    },
    return: async () => {
      await Promise.all([a.return?.(), b.return?.()]);
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return it;
    },
  };
  return it;
}

@Resolver(() => NotificationPreferences)
export class NotificationPreferencesResolver {
  @Query(() => NotificationPreferences, { description: 'The viewer’s notification preferences: channels per kind, quiet hours, daily caps. Signed in.' })
  myNotificationPreferences(@GqlCtx() ctx: Ctx) {
    requireViewer(ctx);
    return svc.preferences(ctx);
  }

  @Mutation(() => NotificationPreferencesPayload, { description: 'Change the viewer’s notification preferences. Signed in. Errors: INVALID, TOO_LONG.' })
  myNotificationPreferencesUpdate(@GqlCtx() ctx: Ctx, @Arg('input', () => NotificationPreferencesInput) input: NotificationPreferencesInput) {
    requireViewer(ctx);
    return svc.updatePreferences(ctx, input);
  }

  @Mutation(() => NotificationUnsubscribePayload, {
    description:
      'One-click unsubscribe with the token from an e-mail: that kind stops by e-mail and SMS (in-app stays). No login needed; audited. Errors: INVALID.',
  })
  notificationUnsubscribe(@GqlCtx() ctx: Ctx, @Arg('token', () => String, { description: 'The token from the unsubscribe link.' }) token: string) {
    return svc.unsubscribe(ctx, token);
  }
}

@Resolver(() => NotificationDelivery)
export class NotificationDeliveryResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() d: NotificationDelivery): string {
    return toGlobalId('NotificationDelivery', d.id);
  }

  @FieldResolver(() => ID, { description: 'Global id of the notification.' })
  notificationId(@Root() d: NotificationDelivery): string {
    return toGlobalId('AccountNotification', d.notificationId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The address, masked (138****0000, z***@example.com).' })
  address(@Root() d: NotificationDelivery): string | null {
    if (!d.address) return null;
    return d.channel === NotificationChannel.SMS ? d.address.replace(/^(\d{3})\d{4}/, '$1****') : d.address.replace(/^(.).*(@.*)$/, '$1***$2');
  }

  @Query(() => NotificationDeliveryConnection, {
    description:
      'The delivery log: e-mail and SMS of all notifications with status and reason, newest change first (DEAD: the dead-letter list). Requires OPERATOR.',
  })
  notificationDeliveries(
    @GqlCtx() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => DeliveryStatus, { nullable: true, description: 'Only this status.' }) status?: DeliveryStatus,
    @Arg('channel', () => NotificationChannel, { nullable: true, description: 'Only this channel.' }) channel?: NotificationChannel,
  ) {
    requireRole(ctx, Role.OPERATOR);
    return svc.deliveryLog(ctx, page, status ?? null, channel ?? null);
  }

  @Mutation(() => NotificationDeliveryRetryPayload, {
    description: 'Send a FAILED or DEAD delivery again. Requires OPERATOR; audited. Errors: NOT_FOUND, INVALID_STATE.',
  })
  notificationDeliveryRetry(@GqlCtx() ctx: Ctx, @Arg('id', () => ID, { description: 'Global id of the delivery.' }) id: string) {
    requireRole(ctx, Role.OPERATOR);
    return svc.retryDelivery(ctx, id);
  }
}
