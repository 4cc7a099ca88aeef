import type { EntityManager } from '@mikro-orm/postgresql';
import type { SiteRef } from '../../common/context.js';
import { columns } from '../../db/columns.js';
import { Site } from './site.entity.js';

const SITE_COLUMNS = columns('site');

/**
 * Sites change rarely and every request needs one, so they are held in memory per server instance and
 * reloaded after a change (and every minute, for changes made by another instance).
 */
export class SiteRegistry {
  private sites: Site[] = [];
  private loadedAt = 0;

  constructor(private readonly em: EntityManager) {}

  async reload(): Promise<void> {
    this.sites = await this.em.fork().execute<Site[]>(`select ${SITE_COLUMNS} from site order by created_at`);
    this.loadedAt = Date.now();
  }

  all(): Site[] {
    if (Date.now() - this.loadedAt > 60_000) void this.reload().catch(() => {});
    return this.sites;
  }

  /** The root site (no parent): the default when a request names no site. */
  root(): Site | undefined {
    return this.sites.find((s) => !s.parentId);
  }

  byId(id: string): Site | undefined {
    return this.sites.find((s) => s.id === id);
  }

  /** Picks the site from the X-Qifu-Site header, then the host name, else the root site. */
  resolve(header: string | undefined, host: string | undefined): SiteRef | undefined {
    const sites = this.all();
    const hostName = host?.split(':')[0]?.toLowerCase();
    const site = (header && sites.find((s) => s.code === header.toLowerCase())) || (hostName && sites.find((s) => s.hosts.includes(hostName))) || this.root();
    return site && { id: site.id, code: site.code, name: site.name };
  }

  /** The site and every site below it (content of sub-sites is shared upward). */
  scope(siteId: string): string[] {
    const out = [siteId];
    for (let i = 0; i < out.length; i++) {
      for (const s of this.sites) if (s.parentId === out[i]) out.push(s.id);
    }
    return out;
  }
}
