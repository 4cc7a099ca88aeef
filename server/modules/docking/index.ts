import type { PlatformDeps } from '../../app/system-context.js';
import { ProductPictureResolver, ServiceProductResolver } from '../product/product.resolver.js';
import {
  DockingEventResolver, DockingResolver, InstitutionDockingResolver, InstitutionSlaRowResolver, ProductDockingResolver, ReminderResolver,
} from './docking.resolver.js';
import { PlatformDockingSlaResolver } from './sla-default.js';
import { registerSlaJobs } from './sla.js';
import { ActivityRegistrationResolver, ActivityResolver } from '../activity/activity.resolver.js';
import { registerActivityStartup } from '../activity/activity.service.js';
import { DemandOfferResolver, DemandResolver, DockingDemandResolver } from '../demand/demand.resolver.js';
import { registerDemandJobs } from '../demand/demand.service.js';

/** Resolvers of the docking modules (products, demands, dockings, activities), spread into RESOLVERS. */
export const DOCKING_RESOLVERS = [
  ServiceProductResolver, ProductPictureResolver, DockingResolver, DockingEventResolver, ReminderResolver, InstitutionSlaRowResolver,
  InstitutionDockingResolver, ProductDockingResolver, DemandResolver, DemandOfferResolver, DockingDemandResolver,
  ActivityResolver, ActivityRegistrationResolver, PlatformDockingSlaResolver,
] as const;

/** Job registrars of the docking modules (SLA clocks, reminders), spread into JOB_REGISTRARS. */
export const DOCKING_JOB_REGISTRARS: ((deps: PlatformDeps) => void)[] = [registerSlaJobs, registerDemandJobs, registerActivityStartup];
