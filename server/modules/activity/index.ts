import type { QifuModule } from '../../common/module.js';
import { ACTIVITY_REMINDER_QUEUE, activityReminderJob } from './activity.notify.js';
import { activitySearchSource } from './activity.search.js';
import { ActivityRegistrationResolver, ActivityResolver } from './activity.resolver.js';
import { startActivity } from './activity.service.js';
import { ActivityInvitationFieldsResolver, ActivityInvitationResolver } from './invitation.resolver.js';
import { TicketKey } from './ticket.js';

/** Activities: publication, invitations, registration with tickets, check-in, evaluation and statistics. */
export const activityModule: QifuModule = {
  name: 'activity',
  resolvers: [ActivityResolver, ActivityRegistrationResolver, ActivityInvitationResolver, ActivityInvitationFieldsResolver],
  contributes: { searchSources: [activitySearchSource] },
  services: () => ({ ticketKey: new TicketKey() }),
  jobs: (deps) => ({ [ACTIVITY_REMINDER_QUEUE]: activityReminderJob(deps) }),
  start: startActivity,
};

// Public API: what other features may use.
export { Activity } from './activity.entity.js';
export { ACTIVITY_CHANGED, ACTIVITY_WAITLIST_PROMOTED, type ActivityChangedEvent, type ActivityWaitlistPromotedEvent } from './activity.events.js';
