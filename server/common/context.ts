import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config/index.js';
import type { AuditRow } from './audit.js';
import type { Clock } from './clock.js';
import type { EventBus } from './events.js';
import type { JobQueue } from './jobs.js';
import type { Loaders } from './loaders.js';
import type { Role } from './roles.js';
import type { Extensions, PlatformServices } from './platform-services.js';

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
  /**
   * Staff roles held back until the account binds a TOTP second factor (QIFU_REQUIRE_TOTP): the session may
   * bind one and read its own account, nothing a staff role allows.
   */
  withheldRoles?: Role[];
}

/**
 * A partner app calling with an access token or a signed request (server/modules/partner). It is not a person:
 * `viewer` stays null, so every role check refuses it and it reads what the public reads, plus what its scopes
 * grant where a field checks them.
 */
export interface ClientViewer {
  clientId: string;
  name: string;
  siteId: string;
  scopes: string[];
}

/** The site a request is addressed to (from its host name or the X-Qifu-Site header). */
export interface SiteRef {
  id: string;
  code: string;
  name: string;
}

/** A site with what routing and scoping need (kept by the site feature, modules/site). */
export interface SiteInfo extends SiteRef {
  hosts: string[];
  regionCode: string;
  parentId: string | null;
  createdAt: Date;
}

/** The platform's sites, held in memory; implemented by the site feature's SiteRegistry. */
export interface SiteDirectory {
  all(): SiteInfo[];
  /** The root site (no parent): the default when a request names no site. */
  root(): SiteInfo | undefined;
  byId(id: string): SiteInfo | undefined;
  /** Picks the site from the X-Qifu-Site header, then the host name, else the root site. */
  resolve(header: string | undefined, host: string | undefined): SiteRef | undefined;
  /** The site and every site below it. */
  scope(siteId: string): string[];
  reload(): Promise<void>;
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
  /** The partner app behind the request (access token or signed request); null for people and anonymous callers. */
  client?: ClientViewer | null;
  site: SiteRef;
  sites: SiteDirectory;
  ip: string;
  userAgent: string;
  /** The request came from a browser page (it carries an Origin header): sessions travel only as HttpOnly cookies. */
  browser?: boolean;
  loaders: Loaders;
  /** Cross-instance events (publish inside the mutation's transaction). */
  events: EventBus;
  /** Durable jobs: enqueue inside the mutation's transaction. */
  jobs: JobQueue;
  /** Current time (tests can move it). */
  clock: Clock;
  /** Services owned by the running platform (caches, registries), added by the features. */
  services: PlatformServices;
  /** Every feature's contributions to the extension points. */
  extensions: Extensions;
  cookies: CookieSink;
  /** SQL statements issued for this request (when counting is enabled). */
  sql: { count: number };
  /**
   * Audit rows of the running mutation's transaction, appended to the hash chain just before it commits
   * (server/common/mutation.ts), so the chain's lock is held for the commit only.
   */
  deferredAudit?: { em: EntityManager; rows: AuditRow[] };
}

export function hasRole(ctx: Ctx, ...roles: Role[]): boolean {
  return !!ctx.viewer && ctx.viewer.roles.some((r) => roles.includes(r));
}
