import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config/index.js';
import type { Clock } from './clock.js';
import type { EventBus } from './events.js';
import type { JobQueue } from './jobs.js';
import type { Loaders } from './loaders.js';
import type { Role } from './roles.js';
import type { SiteRegistry } from '../modules/site/site.registry.js';

/** The signed-in account, as resolved from the session for one request. */
export interface Viewer {
  accountId: string;
  sessionId: string;
  displayName: string;
  roles: Role[];
  enterpriseId: string | null;
  enterpriseRole: 'OWNER' | 'MEMBER' | null;
  institutionId: string | null;
  institutionAdmin: boolean;
}

/** The site a request is addressed to (from its host name or the X-Qifu-Site header). */
export interface SiteRef {
  id: string;
  code: string;
  name: string;
}

export interface CookieSink {
  setSession(token: string, maxAgeSeconds: number): void;
  clearSession(): void;
}

/** Everything one request needs; passed first to every service function. */
export interface Ctx {
  requestId: string;
  config: Config;
  em: EntityManager;
  viewer: Viewer | null;
  site: SiteRef;
  sites: SiteRegistry;
  ip: string;
  userAgent: string;
  loaders: Loaders;
  /** Cross-instance events (publish inside the mutation's transaction). */
  events: EventBus;
  /** Durable jobs: enqueue inside the mutation's transaction. */
  jobs: JobQueue;
  /** Current time (tests can move it). */
  clock: Clock;
  cookies: CookieSink;
  /** SQL statements issued for this request (when counting is enabled). */
  sql: { count: number };
}

export function hasRole(ctx: Ctx, ...roles: Role[]): boolean {
  return !!ctx.viewer && ctx.viewer.roles.some((r) => roles.includes(r));
}
