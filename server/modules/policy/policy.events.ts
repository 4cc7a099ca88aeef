/** Tells live subscribers (every instance) that a batch of policy notifications exists; carries the batch id only. */
export const NOTIFICATION_BATCH = 'policy.notifications';
export interface NotificationBatchEvent {
  batchId: string;
}

declare module '../../common/events.js' {
  interface EventMap {
    [NOTIFICATION_BATCH]: NotificationBatchEvent;
  }
}
