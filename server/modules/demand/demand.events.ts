/**
 * An institution offered to take on a demand, or the enterprise chose an offer (published after commit). Carries
 * ids and states only: demands are private to their enterprise.
 */
export const DEMAND_OFFER_CHANGED = 'demand.offerChanged';
export interface DemandOfferChangedEvent {
  /** Unique per change (webhook deliveries are keyed by it). */
  eventId: string;
  demandId: string;
  offerId: string;
  siteId: string;
  /** OFFERED: a new offer; CHOSEN: the enterprise chose it (the demand is MATCHED). */
  offerStatus: 'OFFERED' | 'CHOSEN';
  demandStatus: string;
  at: string;
}

declare module '../../common/events.js' {
  interface EventMap {
    [DEMAND_OFFER_CHANGED]: DemandOfferChangedEvent;
  }
}
