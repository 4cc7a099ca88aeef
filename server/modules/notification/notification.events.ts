/** Notifications were written for these accounts (one event per ≤100 recipients of a notify() call); carries ids only. */
export const NOTIFICATION_CREATED = 'notification.created';
export interface NotificationCreatedEvent {
  batchId: string;
  accountIds: string[];
}

/** An account's unread count changed other than by a new notification (marked read). */
export const NOTIFICATION_READ = 'notification.read';
export interface NotificationReadEvent {
  accountId: string;
}

declare module '../../common/events.js' {
  interface EventMap {
    [NOTIFICATION_CREATED]: NotificationCreatedEvent;
    [NOTIFICATION_READ]: NotificationReadEvent;
  }
}
