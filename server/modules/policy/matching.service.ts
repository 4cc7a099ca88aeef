import { requireViewer } from '../../common/auth.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, fail, forbidden } from '../../common/errors.js';
import { fromGlobalId } from '../../common/ids.js';
import { connectionOf, pageOf, type PageArgs } from '../../common/relay.js';
import { pgArray } from '../../db/sql.js';
import { CONDITION_COLUMNS } from './conditions.service.js';
import type { PolicyCondition } from './conditions.types.js';
import { evaluatePolicy, fullYears, industryKeys, regionKeys, type MatchCondition, type MatchProfile, type Verdict } from './matching.js';
import { policyById } from './policy.query.js';

type Outcome = { condition: PolicyCondition; outcome: string; reason: string };

export interface MatchRow {
  policyId: string;
  verdict: Verdict;
  deadline: string | null;
  publishedOn: string | null;
  conditions: Outcome[];
  improvements: Outcome[];
}

/** Loads an enterprise's profile (R&D ratio and credit rating are not collected yet: unknown). */
export async function enterpriseProfile(ctx: Ctx, enterpriseId: string): Promise<MatchProfile | null> {
  const [row] = await ctx.em.execute<MatchProfile[]>(
    `select region_code as "regionCode", industry_code as "industryCode", size_class as "sizeClass", to_char(established_on, 'YYYY-MM-DD') as "establishedOn",
            employees, revenue::float8 as revenue, total_assets::float8 as "totalAssets", qualifications from enterprise where id = ?`,
    [enterpriseId],
  );
  return row ?? null;
}

const today = (ctx: Ctx) => ctx.clock.now().toISOString().slice(0, 10);

/**
 * The profile as one row per condition field (kind 0 unknown, 1 code set, 2 number), joined to each condition
 * by field: one hash probe per row instead of re-testing the field name in every branch.
 */
const FIELDS_SQL = `(values ('REGION', 1, ?::text[], null::numeric), ('INDUSTRY', 1, ?::text[], null), ('SIZE_CLASS', 1, ?::text[], null),
    ('QUALIFICATION', 1, ?::text[], null), ('AGE_YEARS', 2, null, ?::numeric), ('EMPLOYEES', 2, null, ?::numeric), ('REVENUE', 2, null, ?::numeric),
    ('TOTAL_ASSETS', 2, null, ?::numeric), ('RD_RATIO', 0, null, null), ('CREDIT_RATING', 0, null, null)) as f(field, kind, arr, num)`;
/** SQL outcome of one condition row `c` for the profile field `f`: 0 MET, 1 UNKNOWN, 2 NOT_MET (same rules as `evaluateCondition`). */
const OUTCOME_SQL = `case f.kind
    when 0 then 1
    when 1 then case when (c."values" && f.arr) = (c.operator <> 'NOT_IN') then 0 else 2 end
    else case c.operator
      when 'GTE' then case when f.num >= c."values"[1]::numeric then 0 else 2 end
      when 'LTE' then case when f.num <= c."values"[1]::numeric then 0 else 2 end
      else case when f.num between c."values"[1]::numeric and c."values"[2]::numeric then 0 else 2 end end
  end`;
/**
 * The outcome as one bit, so a single `bit_or` per policy says everything: 1 MET, 2 UNKNOWN, 4 NOT_MET but
 * changeable, 8 NOT_MET for good. Verdict: ≥ 4 not eligible, ≥ 2 likely, else eligible; a near miss has no 8.
 */
const OUTCOME_BITS = `case ${OUTCOME_SQL} when 0 then 1 when 1 then 2 else case when c.changeable then 4 else 8 end end`;

function viewerEnterprise(ctx: Ctx): string {
  const viewer = requireViewer(ctx);
  if (!viewer.enterpriseId) throw forbidden('请先注册或加入企业，再查看精准匹配结果');
  return viewer.enterpriseId;
}

/** Evaluates the given policies in full (reasons and improvements), keeping their order. */
async function evaluate(ctx: Ctx, profile: MatchProfile, day: string, rows: { id: string; deadline: string | null; publishedOn: string | null }[]): Promise<MatchRow[]> {
  if (!rows.length) return [];
  const conditions = await ctx.em.execute<PolicyCondition[]>(`select ${CONDITION_COLUMNS} from policy_condition where policy_id = any(?::uuid[]) order by position`, [
    pgArray(rows.map((r) => r.id)),
  ]);
  return rows.map((r) => {
    const result = evaluatePolicy(conditions.filter((c) => c.policyId === r.id) as unknown as MatchCondition[], profile, day);
    const wrap = (x: (typeof result.results)[number]): Outcome => ({ condition: x.condition as unknown as PolicyCondition, outcome: x.outcome, reason: x.reason });
    return { policyId: r.id, verdict: result.verdict, deadline: r.deadline, publishedOn: r.publishedOn, conditions: result.results.map(wrap), improvements: result.improvements.map(wrap) };
  });
}

async function withPolicies(ctx: Ctx, rows: MatchRow[]) {
  const policies = await Promise.all(rows.map((r) => policyById(ctx, r.policyId)));
  return rows.map((r, i) => ({ ...r, policy: policies[i]! })).filter((r) => r.policy);
}

/**
 * The viewer enterprise's matches, ranked by verdict then nearest deadline. Verdicts and ranking come from
 * one SQL statement over every published in-force decomposed policy of the site; only the page is
 * evaluated again in full (for the reasons). NOT_ELIGIBLE results are listed only when asked for and only
 * when every unmet condition is one the enterprise can change.
 */
export async function listMatches(ctx: Ctx, verdicts: Verdict[] | null | undefined, args: PageArgs) {
  const page = pageOf(args);
  const profile = await enterpriseProfile(ctx, viewerEnterprise(ctx));
  if (!profile) fail(ErrorCode.NOT_FOUND, null, '企业不存在');
  const day = today(ctx);
  const wanted = verdicts?.length ? verdicts : (['ELIGIBLE', 'LIKELY'] as Verdict[]);
  const ranked = await ctx.em.execute<{ id: string; verdict: Verdict; publishedOn: string | null; deadline: string | null; total: number }[]>(
    `with ev as (select c.policy_id, bit_or(${OUTCOME_BITS}) as mask from policy_condition c join ${FIELDS_SQL} on f.field = c.field group by c.policy_id),
     m as (select p.id, p.published_on, case when ev.mask >= 4 then 'NOT_ELIGIBLE' when ev.mask >= 2 then 'LIKELY' else 'ELIGIBLE' end as verdict,
                  case when ev.mask >= 4 then 2 when ev.mask >= 2 then 1 else 0 end as worst
             from ev join policy_published p on p.id = ev.policy_id
            where p.site_id = any(?::uuid[]) and p.validity = 'IN_FORCE' and (p.effective_to is null or p.effective_to >= ?::date)
              and ev.mask & 8 = 0)
     select m.id, m.verdict, to_char(m.published_on, 'YYYY-MM-DD') as "publishedOn", count(*) over ()::int as total,
            (select to_char(min(g.application_end), 'YYYY-MM-DD') from policy_guide g where g.policy_id = m.id and g.application_end >= ?::date) as deadline
       from m where m.verdict = any(?::text[])
      order by m.worst, deadline nulls last, m.published_on desc nulls last, m.id
      limit ? offset ?`,
    [
      pgArray(regionKeys(profile.regionCode)), pgArray(industryKeys(profile.industryCode)), pgArray([profile.sizeClass]), pgArray(profile.qualifications),
      fullYears(profile.establishedOn, day), profile.employees, profile.revenue, profile.totalAssets,
      pgArray(ctx.sites.scope(ctx.site.id)), day, day, pgArray(wanted), page.limit + 1, page.offset,
    ],
  );
  const total = ranked[0]?.total ?? 0;
  const rows = await evaluate(ctx, profile, day, ranked);
  return connectionOf(await withPolicies(ctx, rows), page, async () => total);
}

/** One published, in-force, decomposed policy matched against the viewer's enterprise (null otherwise). */
export async function matchOne(ctx: Ctx, policyGlobalId: string) {
  const enterpriseId = viewerEnterprise(ctx);
  const id = fromGlobalId(policyGlobalId, 'Policy');
  const profile = await enterpriseProfile(ctx, enterpriseId);
  if (!id || !profile) return null;
  const day = today(ctx);
  const [row] = await ctx.em.execute<{ id: string; publishedOn: string | null; deadline: string | null }[]>(
    `select p.id, to_char(p.published_on, 'YYYY-MM-DD') as "publishedOn",
            (select to_char(min(g.application_end), 'YYYY-MM-DD') from policy_guide g where g.policy_id = p.id and g.application_end >= ?::date) as deadline
       from policy_published p
      where p.id = ? and p.site_id = any(?::uuid[]) and p.validity = 'IN_FORCE' and (p.effective_to is null or p.effective_to >= ?::date)
        and exists (select 1 from policy_condition c where c.policy_id = p.id)`,
    [day, id, pgArray(ctx.sites.scope(ctx.site.id)), day],
  );
  if (!row) return null;
  return (await withPolicies(ctx, await evaluate(ctx, profile, day, [row])))[0] ?? null;
}
