import type { EntityManager } from '@mikro-orm/postgresql';
import { toGlobalId } from '../../common/ids.js';
import { pgArray } from '../../db/sql.js';
import type { SearchDocument, SearchSource } from '../search/index.js';
import { columns } from '../../db/columns.js';

interface ActivityRow {
  id: string;
  siteId: string;
  name: string;
  column: string;
  content: string;
  participants: string;
  organisers: string[];
  targetAudience: string;
  placeAddress: string | null;
  online: boolean;
  startsAt: Date;
  endsAt: Date;
  institutionName: string | null;
  registeredCount: number;
}

/**
 * Published (approved) activities are public. Only activities that have not ended are service cards; `service`
 * is decided when the document is indexed, so an activity that ends later stays a card until its next change,
 * a reconcile (the fingerprint covers `service`) or a reindex. Contact name and phone are never indexed.
 */
const SELECT = `select ${columns('activity', {
  alias: 'a',
  only: ['id', 'siteId', 'name', 'column', 'content', 'participants', 'organisers', 'targetAudience', 'placeAddress', 'startsAt', 'endsAt', 'registeredCount'],
  as: { id: '%s::text', siteId: '%s::text' },
})},
  a.online_url is not null as online, i.name as "institutionName"
  from activity a left join institution i on i.id = a.institution_id where a.status = 'PUBLISHED'`;

const toDoc = (r: ActivityRow): SearchDocument => {
  const startsAt = new Date(r.startsAt);
  const endsAt = new Date(r.endsAt);
  return {
    kind: 'activity',
    refId: r.id,
    siteId: r.siteId,
    columns: [r.column],
    type: r.online ? (r.placeAddress ? 'HYBRID' : 'ONLINE') : 'OFFLINE',
    department: r.institutionName,
    regions: [],
    industries: [],
    publishedAt: startsAt,
    validTo: endsAt,
    title: r.name,
    body: [r.content, r.placeAddress, r.participants, r.targetAudience, r.organisers.join(' '), r.institutionName].filter(Boolean).join('\n'),
    url: `/activities/${toGlobalId('Activity', r.id)}`,
    inForce: endsAt.getTime() > Date.now(),
    popularity: Number(r.registeredCount) || 0,
    service: endsAt.getTime() > Date.now(),
  };
};

export const activitySearchSource: SearchSource = {
  kind: 'activity',
  graphqlType: 'Activity',
  label: '服务活动',
  institutionOf: { table: 'activity', column: 'institution_id' },
  typeLabels: { OFFLINE: '线下活动', ONLINE: '线上活动', HYBRID: '线上线下活动' },
  async load(em: EntityManager, ids) {
    const rows = await em.execute<ActivityRow[]>(`${SELECT} and a.id = any(?::uuid[])`, [pgArray(ids)]);
    return rows.map(toDoc);
  },
  async all(em: EntityManager, afterId, limit) {
    const rows = await em.execute<ActivityRow[]>(`${SELECT} and (?::uuid is null or a.id > ?::uuid) order by a.id limit ?`, [afterId, afterId, limit]);
    return rows.map(toDoc);
  },
};
