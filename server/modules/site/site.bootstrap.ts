import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { insertRow } from '../../db/columns.js';
import type { Site } from './site.entity.js';

/** The sites of a fresh installation: the Anhui provincial portal with the Hefei and Wuhu sub-sites. */
export const DEFAULT_SITES = [
  { code: 'anhui', name: '安徽省企业公共服务平台', regionCode: '340000', hosts: ['localhost', '127.0.0.1', 'qifu.local'], parent: null },
  { code: 'hefei', name: '合肥市企业公共服务平台', regionCode: '340100', hosts: ['hefei.qifu.local'], parent: 'anhui' },
  { code: 'wuhu', name: '芜湖市企业公共服务平台', regionCode: '340200', hosts: ['wuhu.qifu.local'], parent: 'anhui' },
] as const;

/** Creates the default sites when the installation has none (idempotent). */
export async function bootstrapSites(em: EntityManager): Promise<void> {
  if ((await em.execute('select 1 from site limit 1')).length > 0) return;
  const ids = new Map<string, string>();
  const sites: Site[] = [];
  for (const s of DEFAULT_SITES) {
    const id = randomUUID();
    ids.set(s.code, id);
    sites.push({
      id,
      code: s.code,
      name: s.name,
      hosts: [...s.hosts],
      regionCode: s.regionCode,
      parentId: s.parent ? ids.get(s.parent)! : null,
      createdAt: new Date(Date.now() + ids.size), // keeps the root first
    });
  }
  await em.transactional(async (tem) => {
    for (const site of sites) await insertRow(tem, 'site', site);
  });
}
