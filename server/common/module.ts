import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Ctx } from './context.js';
import type { EventObservers } from './events.js';
import type { JobHandler, QueueOptions } from './jobs.js';
import type { Contributions, PlatformServices } from './platform-services.js';
import type { PlatformDeps } from './system-context.js';

/** What a route handler gets besides `req` and `res`. */
export interface HttpRouteRequest {
  url: URL;
  /** The request context (viewer from the session token or cookie; the session cannot be changed here). */
  ctx: Ctx;
  /** False for a browser request from another origin (see app/http/origin.ts): refuse state changes then. */
  sameOrigin: boolean;
}

/** A plain-HTTP endpoint a feature contributes (file upload and download, exports), beside /graphql. */
export interface HttpRoute {
  /** `GET` (also answers HEAD), `POST`, … or `*` for any method (the handler then answers 405 itself). */
  method: string;
  /** Matches this path and the paths below it: `/files/x` matches `/files/x` and `/files/x/1`, not `/files/xy`. */
  pathPrefix: string;
  handler(req: IncomingMessage, res: ServerResponse, request: HttpRouteRequest): Promise<void>;
}

/** A recurring job: five cron fields read in China time, e.g. `0 3 * * *` every day at 03:00. */
export interface CronEntry {
  /** Stable name of the schedule (its jobs' idempotency keys derive from it). */
  name: string;
  cron: string;
  queue: string;
  payload?: Record<string, unknown>;
}

/**
 * What one feature contributes to the platform, declared in its `index.ts` and listed in server/app/modules.ts.
 * Nothing registers itself on import: leave a feature out of that list and its schema, jobs, observers, routes,
 * services and contributions are gone.
 */
export interface QifuModule {
  /** The folder name under server/modules. */
  name: string;
  /** type-graphql resolver classes (queries, mutations, subscriptions and field resolvers). */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers?: readonly Function[];
  /** Services this feature owns for the life of the platform; built before anything else runs. */
  services?: (deps: Omit<PlatformDeps, 'services'>) => Partial<PlatformServices>;
  /** Contributions to other features' extension points (search sources, docking outcome observers, …). */
  contributes?: Contributions;
  /** Durable job handlers by queue name. */
  jobs?: (deps: PlatformDeps) => Record<string, JobHandler>;
  /** Retry policy of this feature's queues (attempts, exponential backoff, lease), by queue name. */
  queueOptions?: Record<string, QueueOptions>;
  /** Cron schedules: each tick enqueues one job on `queue`, once across all instances (`JobQueue.schedule`). */
  cron?: readonly CronEntry[];
  /** Typed event observers: run after commit on every instance. */
  observers?: (deps: PlatformDeps) => EventObservers;
  /** Plain HTTP routes. */
  routes?: readonly HttpRoute[];
  /** Runs once when the platform starts, after every feature is registered (schedule chains, warm caches). */
  start?: (deps: PlatformDeps) => Promise<void> | void;
}
