import type { EnterpriseStatus } from './enterprise.entity.js';

/** Published (delivered after commit) when an operator decides on an enterprise's verification. */
export const ENTERPRISE_REVIEWED = 'enterprise.reviewed';
export interface EnterpriseReviewedEvent {
  enterpriseId: string;
  status: EnterpriseStatus;
  reason: string | null;
  at: string;
}

declare module '../../common/events.js' {
  interface EventMap {
    [ENTERPRISE_REVIEWED]: EnterpriseReviewedEvent;
  }
}
