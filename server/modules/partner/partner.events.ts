/** Allowed browser origins changed (a site's list, or a partner app's: created, updated, revoked); every instance reloads its CORS lists. */
export const ORIGINS_CHANGED = 'partner.originsChanged';
export interface OriginsChangedEvent {
  siteId: string;
  clientId: string | null;
}

declare module '../../common/events.js' {
  interface EventMap {
    [ORIGINS_CHANGED]: OriginsChangedEvent;
  }
}
