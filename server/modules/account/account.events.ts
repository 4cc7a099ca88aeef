/**
 * Published by the database (migration 0020) when a session of the account is revoked or the account's
 * access changes (disabled, roles, enterprise or institution): open subscriptions must be re-checked.
 */
export const ACCOUNT_ACCESS_CHANGED = 'account.accessChanged';
export interface AccountAccessChangedEvent {
  accountId: string;
}

declare module '../../common/events.js' {
  interface EventMap {
    [ACCOUNT_ACCESS_CHANGED]: AccountAccessChangedEvent;
  }
}
