import type { QifuModule } from '../../common/module.js';
import { JobsResolver } from './jobs.resolver.js';

/** Operations on durable jobs (server/common/jobs.ts): dead letters and queue counts for system administrators. */
export const jobsModule: QifuModule = {
  name: 'jobs',
  resolvers: [JobsResolver],
};
