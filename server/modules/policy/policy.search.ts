import type { EntityManager } from '@mikro-orm/postgresql';
import { toGlobalId } from '../../common/ids.js';
import { pgArray } from '../../db/sql.js';
import type { SearchDocument, SearchSource } from '../search/index.js';
import { plainText } from '../../common/text.js';
import { POLICY_TYPE_LABELS } from './policy.entity.js';
import { columns } from '../../db/columns.js';

interface PolicyRow {
  id: string;
  siteId: string;
  title: string;
  docNo: string | null;
  departments: string[];
  policyType: string;
  industries: string[];
  regions: string[];
  columns: string[];
  body: string;
  hotWords: string[];
  tags: string[];
  interpretations: string | null;
  /** Names and aliases of the qualifications its conditions require (found by 专精特新, 高企 …). */
  qualifications: string | null;
  validity: string;
  effectiveTo: string | null;
  publishedOn: string | null;
  publishedAt: Date | null;
  viewCount: string | number;
}

/**
 * Published, not withdrawn policies, read from the public view `policy_published` (the last published version;
 * the view already drops WITHDRAWN working copies). Interpretations' text is indexed with the policy body.
 * `policy_interpretation` has no outbox trigger: an edited interpretation reaches the index with the next change
 * of its policy, a reconcile or a reindex. Qualification names and aliases are read from the catalogue: a change of
 * conditions (0082) or of a catalogue entry's name or aliases (0084) queues the policy in the outbox.
 */
const SELECT = `select ${columns('policy', {
  alias: 'p',
  only: [
    'id',
    'siteId',
    'title',
    'docNo',
    'departments',
    'policyType',
    'industries',
    'regions',
    'columns',
    'body',
    'hotWords',
    'tags',
    'validity',
    'effectiveTo',
    'publishedOn',
    'publishedAt',
    'viewCount',
  ],
  as: { id: '%s::text', siteId: '%s::text', effectiveTo: '%s::text', publishedOn: '%s::text' },
})},
  (select string_agg(i.title || E'\\n' || i.body, E'\\n' order by i.created_at, i.id) from policy_interpretation i where i.policy_id = p.id) as interpretations,
  (select string_agg(concat_ws(' ', q.name, array_to_string(q.aliases, ' ')), ' ' order by q.code) from qualification q
    where exists (select 1 from policy_condition c where c.policy_id = p.id and c.field in ('QUALIFICATION', 'QUALIFICATION_COUNT') and q.code = any(c."values")))
    as qualifications
  from policy_published p where p.validity <> 'WITHDRAWN'`;

const dateOf = (d: string | null): Date | null => (d ? new Date(`${d}T00:00:00Z`) : null);

const toDoc = (r: PolicyRow): SearchDocument => ({
  kind: 'policy',
  refId: r.id,
  siteId: r.siteId,
  columns: r.columns.length ? r.columns : ['POLICY'],
  type: r.policyType,
  department: r.departments[0] ?? null,
  regions: r.regions,
  industries: r.industries,
  publishedAt: dateOf(r.publishedOn) ?? (r.publishedAt ? new Date(r.publishedAt) : null),
  validTo: dateOf(r.effectiveTo),
  title: r.title,
  body: [r.docNo, r.departments.join(' '), plainText(r.body), plainText(r.interpretations), [...r.hotWords, ...r.tags].join(' '), r.qualifications]
    .filter(Boolean)
    .join('\n'),
  url: `/policies/${toGlobalId('Policy', r.id)}`,
  inForce: r.validity === 'IN_FORCE',
  popularity: Number(r.viewCount) || 0,
  service: false,
});

export const policySearchSource: SearchSource = {
  kind: 'policy',
  graphqlType: 'Policy',
  label: '政策',
  typeLabels: POLICY_TYPE_LABELS,
  async load(em: EntityManager, ids) {
    const rows = await em.execute<PolicyRow[]>(`${SELECT} and p.id = any(?::uuid[])`, [pgArray(ids)]);
    return rows.map(toDoc);
  },
  async all(em: EntityManager, afterId, limit) {
    const rows = await em.execute<PolicyRow[]>(`${SELECT} and (?::uuid is null or p.id > ?::uuid) order by p.id limit ?`, [afterId, afterId, limit]);
    return rows.map(toDoc);
  },
};
