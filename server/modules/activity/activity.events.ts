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

declare module '../../common/events.js' {
  interface EventMap {
    [ACTIVITY_WAITLIST_PROMOTED]: ActivityWaitlistPromotedEvent;
  }
}
