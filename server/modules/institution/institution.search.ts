import type { EntityManager } from '@mikro-orm/postgresql';
import { toGlobalId } from '../../common/ids.js';
import { pgArray } from '../../db/sql.js';
import type { SearchDocument, SearchSource } from '../search/index.js';
import { columns } from '../../db/columns.js';

interface InstitutionRow {
  id: string;
  siteId: string;
  name: string;
  type: string;
  columns: string[];
  regionCodes: string[];
  qualifications: string;
  description: string;
  responsibleDepartment: string;
  reviewedAt: Date | null;
  createdAt: Date;
}

const SELECT = `select ${columns('institution', {
  only: ['id', 'siteId', 'name', 'type', 'columns', 'regionCodes', 'qualifications', 'description', 'responsibleDepartment', 'reviewedAt', 'createdAt'],
  as: { id: '%s::text', siteId: '%s::text' },
})}
  from institution where status = 'APPROVED'`;

const toDoc = (r: InstitutionRow): SearchDocument => ({
  kind: 'institution',
  refId: r.id,
  siteId: r.siteId,
  columns: r.columns,
  type: r.type,
  department: r.responsibleDepartment,
  regions: r.regionCodes,
  industries: [],
  publishedAt: r.reviewedAt ? new Date(r.reviewedAt) : new Date(r.createdAt),
  validTo: null,
  title: r.name,
  body: [r.description, r.qualifications].filter(Boolean).join('\n'),
  url: `/institutions/${toGlobalId('Institution', r.id)}`,
  inForce: true,
  popularity: 0,
  service: true,
});

/** Approved institutions are public and indexable (service cards); others are removed from the index. */
export const institutionSearchSource: SearchSource = {
  kind: 'institution',
  graphqlType: 'Institution',
  label: '服务机构',
  typeLabels: { PUBLIC_INTEREST: '公益性机构', GOVERNMENT: '政府主办机构', MARKET: '市场化机构' },
  async load(em: EntityManager, ids) {
    const rows = await em.execute<InstitutionRow[]>(`${SELECT} and id = any(?::uuid[])`, [pgArray(ids)]);
    return rows.map(toDoc);
  },
  async all(em: EntityManager, afterId, limit) {
    const rows = await em.execute<InstitutionRow[]>(`${SELECT} and (?::uuid is null or id > ?::uuid) order by id limit ?`, [afterId, afterId, limit]);
    return rows.map(toDoc);
  },
};
