import type { QifuModule } from '../../common/module.js';
import { DemandOfferResolver, DemandResolver, DockingDemandResolver } from './demand.resolver.js';
import { demandJobs } from './demand.service.js';

/** Enterprises' demands, institutions' offers and the chosen offer's docking. */
export const demandModule: QifuModule = {
  name: 'demand',
  resolvers: [DemandResolver, DemandOfferResolver, DockingDemandResolver],
  jobs: demandJobs,
};

// Public API: what other features may use.
export { Demand } from './demand.entity.js';
export { DEMAND_OFFER_CHANGED, type DemandOfferChangedEvent } from './demand.events.js';
