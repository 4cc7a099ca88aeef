import type { QifuModule } from '../../common/module.js';
import { activitySearchSource } from './activity.search.js';
import { ActivityRegistrationResolver, ActivityResolver } from './activity.resolver.js';
import { startActivity } from './activity.service.js';
import { TicketKey } from './ticket.js';

/** Activities: publication, registration with tickets, check-in, evaluation and statistics. */
export const activityModule: QifuModule = {
  name: 'activity',
  resolvers: [ActivityResolver, ActivityRegistrationResolver],
  contributes: { searchSources: [activitySearchSource] },
  services: () => ({ ticketKey: new TicketKey() }),
  start: startActivity,
};

// Public API: what other features may use.
export { Activity } from './activity.entity.js';
export { ACTIVITY_WAITLIST_PROMOTED, type ActivityWaitlistPromotedEvent } from './activity.events.js';
