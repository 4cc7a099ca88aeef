import { requireViewer } from '../../../common/auth.js';
import type { Ctx } from '../../../common/context.js';
import { ErrorCode, fail, forbidden } from '../../../common/errors.js';
import { fromGlobalId } from '../../../common/ids.js';
import { connectionOf, pageOf, type PageArgs } from '../../../common/relay.js';
import type { PolicyCondition } from '../conditions/conditions.types.js';
import {
  capped,
  effectOf,
  evaluatePolicy,
  OUT_OF_REACH,
  PROFILE_COLUMNS,
  profileFacts,
  VERDICTS,
  type MatchProfile,
  type ProfileFacts,
  type Verdict,
} from './matching.js';
import { policyById } from '../policy.queries.js';
import { GENERATION_SQL, nextDeadline, rulebookView, type RulebookPolicy } from './rulebook.js';
import { chinaDate } from '../../../common/china-time.js';

type Outcome = { condition: PolicyCondition; outcome: string; reason: string };

export interface MatchRow {
  policyId: string;
  verdict: Verdict;
  deadline: string | null;
  publishedOn: string | null;
  conditions: Outcome[];
  improvements: Outcome[];
  /** In force from this date, later than today (即将施行); null when in force. */
  upcomingFrom: string | null;
  /** Conditions compared (已比对 N 项条件). */
  checkedCount: number;
  /** Sentences of the conditions section not decomposed, so not checked. */
  uncheckedSentences: string[];
  /** Plain Chinese summary of what was compared and what was not. */
  coverage: string;
}

/** An enterprise's profile (R&D ratio and tax credit grade as declared; null: unknown) and the rulebook's generation. */
async function profileAndGeneration(ctx: Ctx, enterpriseId: string): Promise<{ profile: MatchProfile; generation: string } | null> {
  const [row] = await ctx.em.execute<(MatchProfile & { generation: string })[]>(
    `select ${PROFILE_COLUMNS}, ${GENERATION_SQL} as generation from enterprise e where e.id = ?`,
    [enterpriseId],
  );
  if (!row) return null;
  const { generation, ...profile } = row;
  return { profile, generation };
}

const today = (ctx: Ctx) => chinaDate(ctx.clock.now());

const inForce = (p: RulebookPolicy, scope: Set<string>, day: string) => scope.has(p.siteId) && (p.effectiveTo === null || p.effectiveTo >= day);

function viewerEnterprise(ctx: Ctx): string {
  const viewer = requireViewer(ctx);
  if (!viewer.enterpriseId) throw forbidden('请先注册或加入企业，再查看精准匹配结果');
  return viewer.enterpriseId;
}

/** One policy evaluated in full: per condition its outcome and reason, and what would make the enterprise eligible. */
function evaluate(p: RulebookPolicy, profile: MatchProfile, day: string, facts: ProfileFacts): MatchRow {
  const result = evaluatePolicy(p.conditions, profile, day, facts, capped(p, day));
  const upcomingFrom = p.effectiveFrom && p.effectiveFrom > day ? p.effectiveFrom : null;
  const manual = p.conditions.filter((c) => c.field === 'MANUAL').length;
  const coverage = [
    `已比对 ${p.conditions.length - manual} 项条件`,
    manual ? `${manual} 项需人工核验` : '',
    p.unchecked.length ? `以下 ${p.unchecked.length} 句申报条件尚未拆解、未比对，请自行核对：${p.unchecked.map((x) => `“${x}”`).join('')}` : '',
    upcomingFrom ? `本政策自${upcomingFrom}起施行（即将施行），施行后方可按此判定` : '',
  ]
    .filter(Boolean)
    .join('；');
  const wrap = (x: (typeof result.results)[number]): Outcome => ({
    condition: x.condition as unknown as PolicyCondition,
    outcome: x.outcome,
    reason: x.reason,
  });
  return {
    policyId: p.id,
    verdict: result.verdict,
    deadline: nextDeadline(p, day),
    publishedOn: p.publishedOn,
    conditions: result.results.map(wrap),
    improvements: result.improvements.map(wrap),
    upcomingFrom,
    checkedCount: p.conditions.length - manual,
    uncheckedSentences: p.unchecked,
    coverage,
  };
}

async function withPolicies(ctx: Ctx, rows: MatchRow[]) {
  const policies = await Promise.all(rows.map((r) => policyById(ctx, r.policyId)));
  return rows.map((r, i) => ({ ...r, policy: policies[i]! })).filter((r) => r.policy);
}

type Ranked = { id: string; p: RulebookPolicy; verdict: Verdict };

/**
 * Every published in-force decomposed policy of the site with a wanted verdict for the enterprise, ranked by
 * verdict, then nearest deadline (none last), then newest publication: one pass over the rulebook's view for
 * the day and site (already in that order within a verdict), verdicts only, bucketed by verdict. A policy with
 * an unmet condition the enterprise cannot change is never among them (unless `all`).
 */
async function rank(ctx: Ctx, enterpriseId: string, wanted: ReadonlySet<Verdict>, all = false) {
  const found = await profileAndGeneration(ctx, enterpriseId);
  if (!found) return null;
  const { profile, generation } = found;
  const day = today(ctx);
  const book = await ctx.services.rulebook.get(ctx.em, generation);
  const view = rulebookView(book, day, ctx.sites.scope(ctx.site.id));
  const facts = profileFacts(profile, day);
  // each distinct condition once, then per policy the largest effect of its conditions (see `effectOf`)
  const effects = new Uint8Array(book.conditions.length);
  for (let k = 0; k < effects.length; k++) effects[k] = effectOf(book.conditions[k], facts.slots);
  const want = VERDICTS.map((v) => wanted.has(v));
  const buckets: RulebookPolicy[][] = [[], [], []];
  const { policies, floor, starts, condIds } = view;
  for (let i = 0; i < policies.length; i++) {
    let v = floor[i];
    for (let j = starts[i], end = starts[i + 1]; j < end && v < OUT_OF_REACH; j++) {
      const e = effects[condIds[j]];
      if (e > v) v = e;
    }
    if (v === OUT_OF_REACH) {
      if (!all) continue;
      v = 2;
    }
    if (want[v]) buckets[v].push(policies[i]);
  }
  const ranked: Ranked[] = [];
  for (let v = 0; v < 3; v++) for (const p of buckets[v]) ranked.push({ id: p.id, p, verdict: VERDICTS[v] });
  return { profile, day, facts, ranked };
}

/**
 * The viewer enterprise's matches in ranking order. Only the page is evaluated in full, for the reasons.
 * NOT_ELIGIBLE results are listed only when asked for (near misses: every unmet condition changeable; with
 * `all`, every policy, each with its reasons).
 */
export async function listMatches(ctx: Ctx, verdicts: Verdict[] | null | undefined, args: PageArgs, all = false) {
  const page = pageOf(args);
  const wanted: Verdict[] = verdicts?.length ? verdicts : all ? ['ELIGIBLE', 'LIKELY', 'NOT_ELIGIBLE'] : ['ELIGIBLE', 'LIKELY'];
  const found = await rank(ctx, viewerEnterprise(ctx), new Set(wanted), all);
  if (!found) fail(ErrorCode.NOT_FOUND, null, '企业不存在');
  const { profile, day, facts, ranked } = found;
  const rows = ranked.slice(page.offset, page.offset + page.limit + 1).map((r) => evaluate(r.p, profile, day, facts));
  return connectionOf(await withPolicies(ctx, rows), page, async () => ranked.length);
}

/** The enterprise's profile and the ids of the first `limit` policies it is eligible for (search ranking). */
export async function eligiblePolicies(ctx: Ctx, enterpriseId: string, limit: number): Promise<{ profile: MatchProfile; policyIds: string[] } | null> {
  const found = await rank(ctx, enterpriseId, new Set(['ELIGIBLE']));
  return found && { profile: found.profile, policyIds: found.ranked.slice(0, limit).map((r) => r.id) };
}

/** One published, in-force, decomposed policy matched against the viewer's enterprise (null otherwise). */
export async function matchOne(ctx: Ctx, policyGlobalId: string) {
  const id = fromGlobalId(policyGlobalId, 'Policy');
  const found = await profileAndGeneration(ctx, viewerEnterprise(ctx));
  if (!id || !found) return null;
  const day = today(ctx);
  const p = (await ctx.services.rulebook.get(ctx.em, found.generation)).byId.get(id);
  if (!p || !inForce(p, new Set(ctx.sites.scope(ctx.site.id)), day)) return null;
  return (await withPolicies(ctx, [evaluate(p, found.profile, day, profileFacts(found.profile, day))]))[0] ?? null;
}
