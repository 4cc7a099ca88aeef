/**
 * Policy reach (惠企政策直达 / 免申即享): which verified enterprises of the policy's site scope a decomposed
 * policy reaches, for operators and reviewers.
 *
 * How the verdicts are stated in SQL without restating the matching rules: `conditionSql` (matching.ts, the
 * lead's) is true when a condition is MET or UNKNOWN. A condition can only be UNKNOWN when the profile lacks
 * the data to decide it (an undeclared field, size indicators that leave several classes possible, an industry
 * declared coarser than the condition), stated by `conditionKnownSql`. So per enterprise and condition:
 *   NOT_MET  = not conditionSql          (coalesced to false)
 *   UNKNOWN  = conditionSql and not known
 *   MET      = conditionSql and known
 * and the verdicts follow as in `evaluatePolicy` / `verdictOf`: ELIGIBLE every condition MET, LIKELY none
 * NOT_MET and some UNKNOWN, NEAR_MISS some NOT_MET but only changeable ones. One statement classifies every
 * enterprise (set-based); per-enterprise reasons come from `evaluatePolicy` for the rows of one page only.
 */
import type { Ctx } from '../../../common/context.js';
import { industryName } from '../../../common/codes/industries.js';
import { regionName } from '../../../common/codes/regions.js';
import { ErrorCode, fail } from '../../../common/errors.js';
import { exportFile, type ExportFile } from '../../../common/export.js';
import { fromGlobalId } from '../../../common/ids.js';
import { connectionOf, pageOf, type PageArgs } from '../../../common/relay.js';
import { XLSX_MIME, xlsxWorkbook } from '../../../common/xlsx.js';
import { pgArray } from '../../../db/sql.js';
import { CONDITION_COLUMNS } from '../conditions/conditions.service.js';
import type { PolicyCondition } from '../conditions/conditions.types.js';
import { uncheckedSentences } from '../matching/rulebook.js';
import {
  capped,
  conditionKnownSql,
  conditionSql,
  evaluatePolicy,
  PROFILE_COLUMNS,
  SIZE_LABELS,
  type MatchCondition,
  type MatchProfile,
} from '../matching/matching.js';
import { policyById } from '../policy.queries.js';
import { chinaDate } from '../../../common/china-time.js';
import { columns } from '../../../db/columns.js';

export type ReachVerdict = 'ELIGIBLE' | 'LIKELY' | 'NEAR_MISS';
export const REACH_VERDICT_LABELS: Record<ReachVerdict, string> = { ELIGIBLE: '符合条件', LIKELY: '可能符合', NEAR_MISS: '差一点符合' };

/** Rows an XLSX export holds at most. */
export const REACH_EXPORT_LIMIT = 10_000;

/** What a list row shows besides the `MatchProfile` columns. */
const ROW_COLUMNS = `${columns('enterprise', { alias: 'e', only: ['id', 'name', 'uscc'] })}, ${PROFILE_COLUMNS}`;

type ProfileRow = MatchProfile & { id: string; name: string; uscc: string; contactName?: string; contactPhone?: string };

interface Target {
  policyId: string;
  scope: string[];
  conditions: PolicyCondition[];
  today: string;
  /** At most LIKELY (not yet in force, or condition sentences not decomposed), as in the per-enterprise match. */
  capped: boolean;
}

const today = (ctx: Ctx) => chinaDate(ctx.clock.now());

/** The policy (visible to the staff viewer on this site) and its conditions; a policy without conditions is a user error. */
async function target(ctx: Ctx, policyGlobalId: string): Promise<Target> {
  const id = fromGlobalId(policyGlobalId, 'Policy');
  const policy = id ? await policyById(ctx, id) : null;
  if (!policy) fail(ErrorCode.NOT_FOUND, 'policyId', '政策不存在');
  const conditions = await ctx.em.execute<(PolicyCondition & { policySentences: string[] | null })[]>(
    `select ${CONDITION_COLUMNS}, (select w.condition_sentences from policy w where w.id = policy_condition.policy_id) as "policySentences"
       from policy_condition where policy_id = ? order by position`,
    [policy.id],
  );
  if (!conditions.length) fail(ErrorCode.INVALID_STATE, 'policyId', '该政策尚未拆解申报条件，无法判断直达哪些企业，请先在“条件拆解”中录入申报条件');
  const day = today(ctx);
  const cap = { effectiveFrom: policy.effectiveFrom, unchecked: uncheckedSentences(conditions[0].policySentences, conditions) };
  return { policyId: policy.id, scope: ctx.sites.scope(policy.siteId), conditions, today: day, capped: capped(cap, day) };
}

/**
 * `with reach as (…)`: every verified enterprise of the scope with its verdict (null: not reached), plus the
 * selected columns. Parameters are appended to `params` in text order.
 */
function reachCte(t: Target, columns: string, params: unknown[]): string {
  const judged = t.conditions.map(
    (c, i) =>
      `coalesce(${conditionSql(c as unknown as MatchCondition, params, t.today)}, false) as ok${i}, coalesce(${conditionKnownSql(c as unknown as MatchCondition, params)}, false) as known${i}`,
  );
  params.push(pgArray(t.scope));
  const all = (f: (i: number) => string, join: string, over = t.conditions.map((_, i) => i)) => (over.length ? over.map(f).join(join) : 'false');
  const missed = all((i) => `not ok${i}`, ' or ');
  const hardMissed = all(
    (i) => `not ok${i}`,
    ' or ',
    t.conditions.flatMap((c, i) => (c.changeable ? [] : [i])),
  );
  const unknown = all((i) => `(ok${i} and not known${i})`, ' or ');
  return `with judged as (
      select ${columns}, ${judged.join(', ')}
        from enterprise e where e.status = 'VERIFIED' and e.site_id = any(?::uuid[])),
    reach as (
      select judged.*, case when not (${missed}) and not (${unknown}) and not ${t.capped} then 'ELIGIBLE'
                            when not (${missed}) then 'LIKELY'
                            when not (${hardMissed}) then 'NEAR_MISS' end as verdict
        from judged)`;
}

export interface PolicyReachCounts {
  policyId: string;
  eligible: number;
  likely: number;
  nearMiss: number;
  notified: number;
}

/** The counts per verdict and of enterprises notified about the policy: two statements besides the policy. */
export async function policyReach(ctx: Ctx, policyGlobalId: string): Promise<PolicyReachCounts> {
  const t = await target(ctx, policyGlobalId);
  const params: unknown[] = [];
  const cte = reachCte(t, 'e.id', params);
  params.push(t.policyId);
  const [row] = await ctx.em.execute<Omit<PolicyReachCounts, 'policyId'>[]>(
    `${cte}
     select count(*) filter (where verdict = 'ELIGIBLE')::int as eligible, count(*) filter (where verdict = 'LIKELY')::int as likely,
            count(*) filter (where verdict = 'NEAR_MISS')::int as "nearMiss",
            (select count(distinct n.enterprise_id)::int from notification n where n.policy_id = ?) as notified
       from reach`,
    params,
  );
  return { policyId: t.policyId, ...row };
}

export interface ReachReason {
  condition: PolicyCondition;
  outcome: string;
  reason: string;
}

export interface PolicyReachEnterpriseRow {
  id: string;
  name: string;
  uscc: string;
  regionCode: string;
  regionName: string;
  industryCode: string;
  industryName: string;
  sizeClass: string;
  verdict: ReachVerdict;
  conditions: ReachReason[];
  contactName?: string;
  contactPhone?: string;
}

function withReasons(t: Target, verdict: ReachVerdict, rows: ProfileRow[]): PolicyReachEnterpriseRow[] {
  return rows.map((r) => {
    const result = evaluatePolicy(t.conditions as unknown as MatchCondition[], r, t.today, undefined, t.capped);
    return {
      id: r.id,
      name: r.name,
      uscc: r.uscc,
      regionCode: r.regionCode,
      regionName: regionName(r.regionCode) ?? r.regionCode,
      industryCode: r.industryCode,
      industryName: industryName(r.industryCode) ?? r.industryCode,
      sizeClass: r.sizeClasses.join(','),
      verdict,
      conditions: result.results.map((x) => ({ condition: x.condition as unknown as PolicyCondition, outcome: x.outcome, reason: x.reason })),
      contactName: r.contactName,
      contactPhone: r.contactPhone,
    };
  });
}

/** Rows of one verdict ordered by name: the page's profiles in the same statement as the classification. */
async function reachRows(ctx: Ctx, t: Target, verdict: ReachVerdict, limit: number, offset: number, contact: boolean): Promise<ProfileRow[]> {
  const params: unknown[] = [];
  const columns = contact ? `${ROW_COLUMNS}, e.contact_name as "contactName", e.contact_phone as "contactPhone"` : ROW_COLUMNS;
  const cte = reachCte(t, columns, params);
  params.push(verdict, limit, offset);
  const rows = await ctx.em.execute<(ProfileRow & Record<string, unknown>)[]>(
    `${cte} select * from reach where verdict = ? order by name, id limit ? offset ?`,
    params,
  );
  return rows;
}

/** One page of the enterprises with a verdict, each with every condition's outcome and reason (B2 rules). */
export async function policyReachEnterprises(ctx: Ctx, policyGlobalId: string, verdict: ReachVerdict, args: PageArgs) {
  const page = pageOf(args);
  const t = await target(ctx, policyGlobalId);
  const rows = await reachRows(ctx, t, verdict, page.limit + 1, page.offset, false);
  return connectionOf(withReasons(t, verdict, rows), page, async () => {
    const params: unknown[] = [];
    const cte = reachCte(t, 'e.id', params);
    params.push(verdict);
    const [row] = await ctx.em.execute<{ n: number }[]>(`${cte} select count(*)::int as n from reach where verdict = ?`, params);
    return row.n;
  });
}

const XLSX_HEADER = ['企业名称', '统一社会信用代码', '注册地', '所属行业', '企业规模', '判定', '联系人', '联系电话', '未满足或待核实的条件'];

/** The list as an XLSX workbook for outreach (at most 10,000 rows, by name), with contact data; audited. */
export async function policyReachXlsx(ctx: Ctx, policyGlobalId: string, verdict: ReachVerdict): Promise<ExportFile> {
  const t = await target(ctx, policyGlobalId);
  const rows = withReasons(t, verdict, await reachRows(ctx, t, verdict, REACH_EXPORT_LIMIT, 0, true));
  const cells = rows.map((r) => [
    r.name,
    r.uscc,
    r.regionName,
    r.industryName,
    r.sizeClass
      ? r.sizeClass
          .split(',')
          .map((x) => SIZE_LABELS[x] ?? x)
          .join('或')
      : '未申报',
    REACH_VERDICT_LABELS[verdict],
    r.contactName ?? '',
    r.contactPhone ?? '',
    r.conditions
      .filter((c) => c.outcome !== 'MET')
      .map((c) => c.reason)
      .join('；'),
  ]);
  const name = `政策直达-${REACH_VERDICT_LABELS[verdict]}`;
  const bytes = xlsxWorkbook([{ name, header: XLSX_HEADER, rows: cells }]);
  const record = { operation: 'policy.reach.export', objectType: 'Policy', objectId: t.policyId, rows: rows.length, detail: { verdict } };
  return exportFile(ctx, record, `${name}-${chinaDate(ctx.clock.now())}.xlsx`, XLSX_MIME, bytes);
}
