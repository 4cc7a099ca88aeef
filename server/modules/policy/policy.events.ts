/** Tells live subscribers (every instance) that a batch of policy notifications exists; carries the batch id only. */
export const NOTIFICATION_BATCH = 'policy.notifications';
export interface NotificationBatchEvent {
  batchId: string;
}

/** A version of a policy went public (published after commit): version 1 is its first publication, later ones revisions. */
export const POLICY_PUBLISHED = 'policy.published';
export interface PolicyPublishedEvent {
  /** Unique per publication (webhook deliveries are keyed by it). */
  eventId: string;
  policyId: string;
  siteId: string;
  version: number;
  title: string;
  provinceOnly: boolean;
  publishedAt: string;
}

declare module '../../common/events.js' {
  interface EventMap {
    [NOTIFICATION_BATCH]: NotificationBatchEvent;
    [POLICY_PUBLISHED]: PolicyPublishedEvent;
  }
}
