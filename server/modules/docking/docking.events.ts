/** A docking changed (status, message, clock); the parties' live views re-read it. */
export const DOCKING_UPDATED = 'docking.updated';
export interface DockingUpdatedEvent {
  dockingId: string;
  enterpriseId: string;
  institutionId: string;
  eventId: string;
  /** The timeline event's type (a status change, a message, a reminder, …). */
  type: string;
}

/** A reminder was written for an account (or for the operators when `accountId` is null). */
export const REMINDER_CREATED = 'reminder.created';
export interface ReminderCreatedEvent {
  reminderId: string;
  accountId: string | null;
}

declare module '../../common/events.js' {
  interface EventMap {
    [DOCKING_UPDATED]: DockingUpdatedEvent;
    [REMINDER_CREATED]: ReminderCreatedEvent;
  }
}
