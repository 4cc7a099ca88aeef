import type { QifuModule } from '../../common/module.js';
import {
  DockingEventResolver,
  DockingResolver,
  InstitutionDockingResolver,
  InstitutionSlaRowResolver,
  ProductDockingResolver,
  ReminderResolver,
} from './docking.resolver.js';
import { PlatformDockingSlaResolver } from './sla-default.js';
import { slaJobs } from './sla.js';
import { WorkingCalendarResolver } from './working-calendar.js';

/** Dockings between enterprises and institutions: status machine, messages, response clocks, reminders, ratings. */
export const dockingModule: QifuModule = {
  name: 'docking',
  resolvers: [
    DockingResolver,
    DockingEventResolver,
    ReminderResolver,
    InstitutionSlaRowResolver,
    InstitutionDockingResolver,
    ProductDockingResolver,
    PlatformDockingSlaResolver,
    WorkingCalendarResolver,
  ],
  jobs: slaJobs,
};

// Public API: what other features may use.
export { Docking, type DockingEvaluation, DockingEventType, DockingKind, DockingParty, DockingStatus, OPEN_STATUSES } from './docking.entity.js';
export { DOCKING_UPDATED, type DockingUpdatedEvent } from './docking.events.js';
export { dockingById } from './docking.queries.js';
export { type DockingOutcomeObserver, reloadDocking, startDockingClocks } from './docking.service.js';
export { ReminderKind } from './reminder.entity.js';
export { addEvent, type Bus, institutionSla, remind } from './sla.js';
export { addWorkingMinutes, WORKING_DAY_MINUTES, workingCalendar } from './working-time.js';
