import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config/index.js';
import type { Ctx, SiteDirectory, Viewer } from './context.js';
import type { Clock } from './clock.js';
import type { EventBus } from './events.js';
import type { JobQueue } from './jobs.js';
import { Loaders } from './loaders.js';
import type { Extensions, PlatformServices } from './platform-services.js';

/**
 * A context for work that does not come from a request (seeding, jobs, CLI imports): the same services
 * run with it, acting as the given viewer on the given site.
 */
export interface PlatformDeps {
  config: Config;
  orm: MikroORM;
  sites: SiteDirectory;
  events: EventBus;
  jobs: JobQueue;
  clock: Clock;
  services: PlatformServices;
  extensions: Extensions;
}

export function systemContext(deps: PlatformDeps, viewer: Viewer | null, siteCode?: string): Ctx {
  const site = deps.sites.resolve(siteCode, undefined);
  if (!site) throw new Error('no site configured');
  return {
    requestId: `system-${randomUUID()}`,
    config: deps.config,
    em: deps.orm.em.fork(),
    viewer,
    site,
    sites: deps.sites,
    ip: '127.0.0.1',
    userAgent: 'qifu-system',
    loaders: new Loaders(),
    events: deps.events,
    jobs: deps.jobs,
    clock: deps.clock,
    services: deps.services,
    extensions: deps.extensions,
    cookies: { setSession: () => {}, clearSession: () => {} },
    sql: { count: 0 },
  };
}

export function viewerOf(account: {
  id: string;
  displayName: string;
  roles: Viewer['roles'];
  enterpriseId: string | null;
  enterpriseRole: Viewer['enterpriseRole'];
  institutionId: string | null;
  institutionAdmin: boolean;
}): Viewer {
  return {
    accountId: account.id,
    sessionId: 'system',
    displayName: account.displayName,
    roles: account.roles,
    enterpriseId: account.enterpriseId,
    enterpriseRole: account.enterpriseRole,
    institutionId: account.institutionId,
    institutionAdmin: account.institutionAdmin,
  };
}
