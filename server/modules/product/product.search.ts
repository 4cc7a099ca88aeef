import type { EntityManager } from '@mikro-orm/postgresql';
import { toGlobalId } from '../../common/ids.js';
import { pgArray } from '../../db/sql.js';
import type { SearchDocument, SearchSource } from '../search/index.js';
import { columns } from '../../db/columns.js';

interface ProductRow {
  id: string;
  siteId: string;
  name: string;
  column: string;
  subcategory: string;
  description: string;
  targetAudience: string;
  regionCodes: string[];
  institutionName: string | null;
  listedAt: Date | null;
  createdAt: Date;
}

/** Listed service products are public (service cards); contact name and phone are never indexed. */
const SELECT = `select ${columns('service_product', {
  alias: 's',
  only: ['id', 'siteId', 'name', 'column', 'subcategory', 'description', 'targetAudience', 'regionCodes', 'listedAt', 'createdAt'],
  as: { id: '%s::text', siteId: '%s::text' },
})}, i.name as "institutionName"
  from service_product s left join institution i on i.id = s.institution_id where s.status = 'LISTED'`;

const toDoc = (r: ProductRow): SearchDocument => ({
  kind: 'serviceProduct',
  refId: r.id,
  siteId: r.siteId,
  columns: [r.column],
  type: r.subcategory,
  department: r.institutionName,
  regions: r.regionCodes,
  industries: [],
  publishedAt: r.listedAt ? new Date(r.listedAt) : new Date(r.createdAt),
  validTo: null,
  title: r.name,
  body: [r.description, r.targetAudience, r.institutionName].filter(Boolean).join('\n'),
  url: `/products/${toGlobalId('ServiceProduct', r.id)}`,
  inForce: true,
  popularity: 0,
  service: true,
});

export const productSearchSource: SearchSource = {
  kind: 'serviceProduct',
  graphqlType: 'ServiceProduct',
  label: '服务产品',
  institutionOf: { table: 'service_product', column: 'institution_id' },
  async load(em: EntityManager, ids) {
    const rows = await em.execute<ProductRow[]>(`${SELECT} and s.id = any(?::uuid[])`, [pgArray(ids)]);
    return rows.map(toDoc);
  },
  async all(em: EntityManager, afterId, limit) {
    const rows = await em.execute<ProductRow[]>(`${SELECT} and (?::uuid is null or s.id > ?::uuid) order by s.id limit ?`, [afterId, afterId, limit]);
    return rows.map(toDoc);
  },
};
