/**
 * Published (delivered after commit) when a freed seat goes to the first on the waiting list: the promoted
 * registration is REGISTERED from then on and its ticket admits at check-in.
 */
export const ACTIVITY_WAITLIST_PROMOTED = 'activity.waitlistPromoted';
export interface ActivityWaitlistPromotedEvent {
  activityId: string;
  registrationId: string;
  accountId: string;
}

/** A public activity changed (published after commit): it went public, or its public content changed. */
export const ACTIVITY_CHANGED = 'activity.changed';
export interface ActivityChangedEvent {
  /** Unique per change (webhook deliveries are keyed by it). */
  eventId: string;
  activityId: string;
  siteId: string;
  change: 'PUBLISHED' | 'CHANGED' | 'CANCELLED';
  name: string;
  status: string;
  startsAt: string;
  provinceOnly: boolean;
  at: string;
}

declare module '../../common/events.js' {
  interface EventMap {
    [ACTIVITY_WAITLIST_PROMOTED]: ActivityWaitlistPromotedEvent;
    [ACTIVITY_CHANGED]: ActivityChangedEvent;
  }
}
