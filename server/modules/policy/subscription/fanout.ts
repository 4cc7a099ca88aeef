import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { industryDivisions } from '../../../common/codes/industries.js';
import { pgArray } from '../../../db/sql.js';
import { conditionSql, type MatchCondition } from '../matching/matching.js';

export { NOTIFICATION_BATCH } from '../policy.events.js';
export const POLICY_DELIVERY_QUEUE = 'policy.deliver';

interface PublishedRow {
  id: string;
  siteId: string;
  title: string;
  policyType: string;
  departments: string[];
  tags: string[];
  hotWords: string[];
  industries: string[];
  regions: string[];
  validity: string;
  inForce: boolean;
}

export interface FanoutResult {
  batchId: string;
  /** The notification's title (for the notification centre). */
  title: string;
  notifications: number;
  deliveries: number;
}

const prefix = (code: string) => code.replace(/(00)+$/, '');

/**
 * Finds every enterprise to notify about a published version and writes the notifications and the e-mail
 * / SMS outbox rows with set-based SQL (one INSERT … SELECT each): subscribers whose criteria match, and
 * verified enterprises that the conditions make eligible (or likely) and that were never told about this
 * policy. One notification per enterprise per version, whatever the number of reasons. E-mail / SMS go to
 * the outbox only for IMMEDIATE subscriptions; DAILY and WEEKLY ones get them in their digest (digest.ts).
 */
export async function fanOut(
  em: EntityManager,
  policyId: string,
  version: number,
  scope: string[],
  today: string,
  now: Date = new Date(),
): Promise<FanoutResult> {
  const [p] = await em.execute<PublishedRow[]>(
    `select p.id, p.site_id as "siteId", v.title, v.policy_type as "policyType", v.departments, v.tags, v.hot_words as "hotWords", v.industries, v.regions,
            p.validity, (p.status = 'PUBLISHED' and v.validity = 'IN_FORCE' and (v.effective_to is null or v.effective_to >= ?::date)) as "inForce"
       from policy p join policy_version v on v.policy_id = p.id and v.version = ? where p.id = ?`,
    [today, version, policyId],
  );
  const batchId = randomUUID();
  if (!p) return { batchId, title: '', notifications: 0, deliveries: 0 };
  const params: unknown[] = [];
  const bind = (value: unknown) => (params.push(value), '?');
  const industryKeys = p.industries.flatMap((c) => (/^[A-T]$/.test(c) ? [c, ...industryDivisions(c).map((d) => d.code)] : [c]));
  const regionPrefixes = p.regions.map(prefix);

  const subscriberSql = `select s.enterprise_id, s.id as subscription_id, true as sub, false as elig
      from policy_subscription s join enterprise e on e.id = s.enterprise_id
     where s.active and e.site_id = any(${bind(pgArray(scope))}::uuid[])
       and (s.keywords = '{}' or exists (select 1 from unnest(s.keywords) k where strpos(${bind(p.title)}, k) > 0 or k = any(${bind(pgArray(p.tags))}::text[]) or k = any(${bind(pgArray(p.hotWords))}::text[])))
       and (s.tags = '{}' or s.tags && ${bind(pgArray(p.tags))}::text[])
       and (s.departments = '{}' or s.departments && ${bind(pgArray(p.departments))}::text[])
       and (s.policy_types = '{}' or ${bind(p.policyType)} = any(s.policy_types))
       and (s.industries = '{}' or ${bind(industryKeys.length === 0)} or exists (select 1 from unnest(s.industries) si where si = any(${bind(pgArray(industryKeys))}::text[]) or left(si, 2) = any(${bind(pgArray(industryKeys))}::text[])))
       and (s.regions = '{}' or ${bind(regionPrefixes.length === 0)} or exists (select 1 from unnest(s.regions) sr, unnest(${bind(pgArray(regionPrefixes))}::text[]) pr
              where regexp_replace(sr, '(00)+$', '') like pr || '%' or pr like regexp_replace(sr, '(00)+$', '') || '%'))`;

  const conditions = await em.execute<MatchCondition[]>(
    `select field, operator, "values", changeable, source_sentence as "sourceSentence" from policy_condition where policy_id = ? order by position`,
    [policyId],
  );
  let eligibleSql = '';
  if (p.inForce && conditions.length) {
    const scopeParam = bind(pgArray(scope)); // binds must be made in the order they appear in the text
    const where = conditions.map((c) => conditionSql(c, params, today)).join(' and ');
    const policyParam = bind(policyId);
    eligibleSql = `union all
    select e.id, null, false, true from enterprise e
     where e.status = 'VERIFIED' and e.site_id = any(${scopeParam}::uuid[]) and ${where}
       and not exists (select 1 from notification n where n.policy_id = ${policyParam} and n.enterprise_id = e.id)`;
  }
  const title = `新政策：${p.title}`.slice(0, 200);
  const rows = await em.execute<{ notifications: number; deliveries: number }[]>(
    `with candidates as (${subscriberSql} ${eligibleSql}),
     grouped as (
       select enterprise_id, bool_or(sub) as sub, bool_or(elig) as elig, (array_agg(subscription_id) filter (where subscription_id is not null))[1] as subscription_id
         from candidates group by enterprise_id),
     inserted as (
       insert into notification (enterprise_id, policy_id, policy_version, batch_id, reason, subscription_id, title, created_at)
       select enterprise_id, ${bind(policyId)}, ${bind(version)}, ${bind(batchId)},
              case when sub and elig then 'SUBSCRIPTION_AND_ELIGIBLE' when sub then 'SUBSCRIPTION' else 'ELIGIBLE' end, subscription_id, ${bind(title)}, ${bind(now)}::timestamptz
         from grouped
       on conflict (enterprise_id, policy_id, policy_version) do nothing
       returning id, subscription_id),
     outbox as (
       insert into notification_delivery (notification_id, channel, address, unsubscribe_token)
       select i.id, ch, case when ch = 'EMAIL' then s.email else s.mobile end, s.unsubscribe_token
         from inserted i join policy_subscription s on s.id = i.subscription_id cross join unnest(s.channels) ch
        where s.frequency = 'IMMEDIATE' and ((ch = 'EMAIL' and s.email is not null) or (ch = 'SMS' and s.mobile is not null))
       returning 1)
     select (select count(*)::int from inserted) as notifications, (select count(*)::int from outbox) as deliveries`,
    params,
  );
  return { batchId, title, ...rows[0] };
}
