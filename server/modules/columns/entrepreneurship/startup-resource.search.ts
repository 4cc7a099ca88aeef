import type { EntityManager } from '@mikro-orm/postgresql';
import { toGlobalId } from '../../../common/ids.js';
import { pgArray } from '../../../db/sql.js';
import type { SearchDocument, SearchSource } from '../../search/index.js';
import { chinaDate, chinaInstant } from '../../../common/china-time.js';
import { columns } from '../../../db/columns.js';

interface StartupResourceRow {
  id: string;
  siteId: string;
  kind: string;
  name: string;
  summary: string;
  regionCode: string;
  address: string | null;
  institutionName: string | null;
  startsOn: string | null;
  endsOn: string | null;
  createdAt: Date;
}

/** Kinds as the entrepreneurship column labels them (columns/entrepreneurship/resource.types.ts). */
const TYPE_LABELS: Record<string, string> = {
  SUPPORT_MEASURE: '扶持措施',
  INCUBATOR: '孵化器',
  VENUE: '创业场地',
  TRAINING_COURSE: '创业培训课程',
};

/**
 * Entrepreneurship directory entries (S2: support measures, incubators, venues, training courses) are public;
 * contact name and phone are never indexed. An entry past its end date is not in force (ranked lower) and,
 * decided when indexed, no longer a service card.
 */
const SELECT = `select ${columns('startup_resource', {
  alias: 'r',
  only: ['id', 'siteId', 'kind', 'name', 'summary', 'regionCode', 'address', 'startsOn', 'endsOn', 'createdAt'],
  as: { id: '%s::text', siteId: '%s::text', startsOn: "to_char(%s, 'YYYY-MM-DD')", endsOn: "to_char(%s, 'YYYY-MM-DD')" },
})}, i.name as "institutionName"
  from startup_resource r left join institution i on i.id = r.institution_id where true`;

function toDoc(r: StartupResourceRow): SearchDocument {
  const today = chinaDate(new Date());
  const current = !r.endsOn || r.endsOn >= today;
  return {
    kind: 'startupResource',
    refId: r.id,
    siteId: r.siteId,
    columns: ['ENTREPRENEURSHIP'],
    type: r.kind,
    department: r.institutionName,
    regions: [r.regionCode],
    industries: [],
    publishedAt: new Date(r.createdAt),
    validTo: r.endsOn ? chinaInstant(r.endsOn, '23:59:59') : null,
    title: r.name,
    body: [r.summary, `创业服务 ${TYPE_LABELS[r.kind] ?? ''}`, r.address, r.institutionName].filter(Boolean).join('\n'),
    url: `/entrepreneurship#${toGlobalId('StartupResource', r.id)}`,
    inForce: current,
    popularity: 0,
    service: current,
  };
}

export const startupResourceSearchSource: SearchSource = {
  kind: 'startupResource',
  graphqlType: 'StartupResource',
  label: '创业资源',
  institutionOf: { table: 'startup_resource', column: 'institution_id' },
  typeLabels: TYPE_LABELS,
  async load(em: EntityManager, ids) {
    const rows = await em.execute<StartupResourceRow[]>(`${SELECT} and r.id = any(?::uuid[])`, [pgArray(ids)]);
    return rows.map(toDoc);
  },
  async all(em: EntityManager, afterId, limit) {
    const rows = await em.execute<StartupResourceRow[]>(`${SELECT} and (?::uuid is null or r.id > ?::uuid) order by r.id limit ?`, [afterId, afterId, limit]);
    return rows.map(toDoc);
  },
};
