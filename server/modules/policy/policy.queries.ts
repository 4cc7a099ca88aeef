import { isPlatformStaff } from '../../common/auth.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, fail, forbidden } from '../../common/errors.js';
import { fromGlobalId } from '../../common/ids.js';
import { byKeys } from '../../common/loaders.js';
import { connectionOf, pageOf, type PageArgs } from '../../common/relay.js';
import { pgArray } from '../../db/sql.js';
import { industryDivisions } from '../../common/codes/industries.js';
import { diffParagraphs } from './version/diff.js';
import { industryKeys, regionKeys } from './matching/matching.js';
import { POLICY_COLUMNS, type Policy } from './policy.entity.js';
import { isDate } from './policy.fields.js';
import { PolicyApplicationStatus, PolicyOrder, type PolicyFilter } from './policy.inputs.js';
import { chinaDate } from '../../common/china-time.js';
import { bodyParagraphs } from './content/sanitize.js';
import { columns } from '../../db/columns.js';
import { siteScope } from '../site/index.js';

/** Operators and reviewers read working copies; everyone else (including anonymous visitors) published versions. */
export function isEditor(ctx: Ctx): boolean {
  return isPlatformStaff(ctx);
}

export function policySource(ctx: Ctx): string {
  return isEditor(ctx) ? 'policy' : 'policy_published';
}

/** Published policies are inherited by city sites (site module's rule); working copies stay with their site. */
function scope(ctx: Ctx, source: string, ownOnly?: boolean | null) {
  return siteScope(ctx, { inherit: source === 'policy_published', ownOnly });
}

/** A policy visible to the viewer on this site (working copy for editors, published version otherwise), or null. */
export function policyById(ctx: Ctx, id: string): Promise<Policy | null> {
  const source = policySource(ctx);
  return ctx.loaders
    .get<string, Policy>(`policyById:${source}`, async (ids) =>
      byKeys(
        ids,
        await ctx.em.execute<Policy[]>(`select ${POLICY_COLUMNS} from ${source} where id = any(?::uuid[]) and ${scope(ctx, source).sql}`, [
          pgArray(ids),
          ...scope(ctx, source).params,
        ]),
      ),
    )
    .load(id);
}

/** Detail read: counts a view when the public reads a published policy. */
export async function policyDetail(ctx: Ctx, globalId: string): Promise<Policy | null> {
  const id = fromGlobalId(globalId, 'Policy');
  if (!id) return null;
  const policy = await policyById(ctx, id);
  if (policy && !isEditor(ctx)) await ctx.em.execute('update policy set view_count = view_count + 1 where id = ?', [id]);
  return policy;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const OPEN_GUIDE = `(g.application_start is not null or g.application_end is not null)
   and (g.application_start is null or g.application_start <= ?::date) and (g.application_end is null or g.application_end >= ?::date)`;
/** 申报状态 from the windows of the policy's guides (`source` is the listed table); each `?` is today's China date. */
function applicationStatusSql(status: PolicyApplicationStatus, source: string): string {
  const guide = (cond: string) => `exists (select 1 from policy_guide g where g.policy_id = ${source}.id and ${cond})`;
  if (status === PolicyApplicationStatus.OPEN) return guide(OPEN_GUIDE);
  if (status === PolicyApplicationStatus.UPCOMING) return `${guide('g.application_start > ?::date')} and not ${guide(OPEN_GUIDE)}`;
  return `${guide('g.application_end < ?::date')} and not ${guide(OPEN_GUIDE)} and not ${guide('g.application_start > ?::date')}`;
}

/** 发文部门 of the visible published policies with how many each issued, most first (for the list's department filter). */
export async function policyDepartments(ctx: Ctx, first: number | null | undefined) {
  const limit = first ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) fail(ErrorCode.INVALID, 'first', '数量应在 1 到 100 之间');
  const site = scope(ctx, 'policy_published');
  return ctx.em.execute<{ name: string; count: number }[]>(
    `select d as name, count(*)::int as count from policy_published, unnest(departments) d where ${site.sql} group by d order by count(*) desc, d limit ?`,
    [...site.params, limit],
  );
}

export interface PolicyListOptions {
  /** Restrict to these policy ids (the seam for the search module's full-text results). */
  ids?: string[] | null;
}

export async function listPolicies(
  ctx: Ctx,
  filter: PolicyFilter | null | undefined,
  orderBy: PolicyOrder | null | undefined,
  args: PageArgs,
  opts: PolicyListOptions = {},
) {
  const page = pageOf(args);
  const f = filter ?? {};
  const source = f.statuses?.length ? 'policy' : 'policy_published';
  const site = scope(ctx, source, f.ownSiteOnly);
  const where: string[] = [site.sql];
  const params: unknown[] = [...site.params];
  if (f.statuses?.length) {
    if (!isEditor(ctx)) throw forbidden('仅平台运营人员和审核人可按编辑状态查看政策');
    where.push('status = any(?::text[])');
    params.push(pgArray(f.statuses));
  }
  if (f.keyword) {
    if ([...f.keyword].length > 50) fail(ErrorCode.TOO_LONG, 'filter.keyword', '关键词不能超过50个字');
    where.push(`title ilike ? escape '\\'`);
    params.push(`%${escapeLike(f.keyword.trim())}%`);
  }
  for (const [key, op] of [
    ['publishedFrom', '>='],
    ['publishedTo', '<='],
  ] as const) {
    const value = f[key];
    if (!value) continue;
    if (!isDate(value)) fail(ErrorCode.INVALID, `filter.${key}`, '日期格式应为 YYYY-MM-DD');
    where.push(`published_on ${op} ?::date`);
    params.push(value);
  }
  if (f.department) {
    if ([...f.department].length > 50) fail(ErrorCode.TOO_LONG, 'filter.department', '发文部门不能超过50个字');
    where.push('? = any(departments)');
    params.push(f.department.trim());
  }
  if (f.policyTypes?.length) {
    where.push('policy_type = any(?::text[])');
    params.push(pgArray(f.policyTypes.slice(0, 9)));
  }
  if (f.industry) {
    const code = f.industry.trim().slice(0, 4);
    const keys = /^[A-T]$/.test(code) ? [code, ...industryDivisions(code).map((d) => d.code)] : industryKeys(code);
    where.push(`(industries = '{}' or industries && ?::text[])`);
    params.push(pgArray(keys));
  }
  if (f.sizeClass) {
    where.push(`(size_classes = '{}' or ? = any(size_classes))`);
    params.push(f.sizeClass);
  }
  if (f.region) {
    if (!/^\d{6}$/.test(f.region)) fail(ErrorCode.INVALID, 'filter.region', '地区代码应为6位数字');
    where.push(`(regions = '{}' or regions && ?::text[])`);
    params.push(pgArray(regionKeys(f.region)));
  }
  const add = (clause: string, value: unknown) => {
    where.push(clause);
    params.push(value);
  };
  if (f.validity) add('validity = ?', f.validity);
  if (f.tag) add('? = any(tags)', f.tag.trim().slice(0, 20));
  if (f.featured != null) add('featured = ?', f.featured);
  if (opts.ids) add('id = any(?::uuid[])', pgArray(opts.ids));
  if (f.applicationStatus) {
    const sql = applicationStatusSql(f.applicationStatus, source);
    where.push(sql);
    params.push(
      ...sql
        .split('?')
        .slice(1)
        .map(() => chinaDate(ctx.clock.now())),
    );
  }
  const order =
    orderBy === PolicyOrder.UPDATED_AT_DESC
      ? 'updated_at desc, id desc'
      : orderBy === PolicyOrder.UPDATED_AT_ASC
        ? 'updated_at asc, id asc'
        : orderBy === PolicyOrder.VIEW_COUNT_DESC
          ? 'view_count desc, id desc'
          : 'published_on desc nulls last, id desc';
  const clause = `where ${where.join(' and ')}`;
  const rows = await ctx.em.execute<Policy[]>(`select ${POLICY_COLUMNS} from ${source} ${clause} order by ${order} limit ? offset ?`, [
    ...params,
    page.limit + 1,
    page.offset,
  ]);
  const count = async () => (await ctx.em.execute<{ n: number }[]>(`select count(*)::int as n from ${source} ${clause}`, params))[0].n;
  return connectionOf(rows, page, count);
}

/** Loads child rows of many policies in one statement, grouped by policy id. */
export function childrenOf<T extends { policyId: string }>(ctx: Ctx, name: string, sql: string) {
  return (policyId: string): Promise<T[]> =>
    ctx.loaders
      .get<string, T[]>(name, async (ids) => {
        const rows = await ctx.em.execute<T[]>(sql, [pgArray(ids)]);
        return ids.map((id) => rows.filter((r) => r.policyId === id));
      })
      .load(policyId) as Promise<T[]>;
}

export interface PolicyVersionRow {
  policyId: string;
  version: number;
  title: string;
  docNo: string | null;
  body: string;
  changeNote: string | null;
  publishedAt: Date;
}

export function policyVersions(ctx: Ctx, policyId: string): Promise<PolicyVersionRow[]> {
  return childrenOf<PolicyVersionRow>(
    ctx,
    'policyVersions',
    `select ${columns('policy_version', { only: ['policyId', 'version', 'title', 'docNo', 'body', 'changeNote', 'publishedAt'] })}
       from policy_version where policy_id = any(?::uuid[]) order by version desc`,
  )(policyId);
}

const DIFF_FIELDS: [string, string][] = [
  ['title', '标题'],
  ['doc_no', '文号'],
  ['departments', '发文部门'],
  ['published_on', '发布日期'],
  ['effective_from', '生效日期'],
  ['effective_to', '失效日期'],
  ['validity', '效力状态'],
  ['author', '作者'],
  ['source_name', '来源名称'],
  ['source_url', '来源网址'],
  ['tags', '标签'],
  ['policy_type', '政策类型'],
  ['industries', '行业'],
  ['size_classes', '企业规模'],
  ['regions', '适用地区'],
  ['hot_words', '热词'],
];

/** A readable difference between two published versions: changed fields and a paragraph diff of the body. */
export async function versionDiff(ctx: Ctx, globalId: string, from: number, to: number) {
  const id = fromGlobalId(globalId, 'Policy');
  const policy = id ? await policyById(ctx, id) : null;
  if (!policy) return null;
  const rows = await ctx.em.execute<Record<string, unknown>[]>(
    `select version, body, ${DIFF_FIELDS.map(([c]) => `${c}::text as ${c}`).join(', ')} from policy_version where policy_id = ? and version = any(?::int[])`,
    [policy.id, `{${Number(from) | 0},${Number(to) | 0}}`],
  );
  const a = rows.find((r) => r.version === from);
  const b = rows.find((r) => r.version === to);
  if (!a || !b) return null;
  return {
    fromVersion: from,
    toVersion: to,
    fields: DIFF_FIELDS.filter(([c]) => a[c] !== b[c]).map(([c, label]) => ({
      field: c,
      label,
      before: (a[c] as string) ?? null,
      after: (b[c] as string) ?? null,
    })),
    body: diffParagraphs(bodyParagraphs(a.body as string), bodyParagraphs(b.body as string)),
  };
}

/**
 * What the working copy changes against the current published version (a revision under review): fields and
 * a paragraph diff of the body. OPERATOR and REVIEWER only; null when never published or unchanged status.
 * Batched per request, so a review queue of many revisions costs one statement.
 */
export async function pendingDiff(ctx: Ctx, policy: Policy) {
  if (!isEditor(ctx) || !policy.publishedVersion || policy.status === 'PUBLISHED') return null;
  const cols = (a: string) => DIFF_FIELDS.map(([c]) => `${a}.${c}::text as "${a}_${c}"`).join(', ');
  const row = await ctx.loaders
    .get<string, Record<string, unknown> & { id: string }>('policyPendingDiff', async (ids) =>
      byKeys(
        ids,
        await ctx.em.execute<(Record<string, unknown> & { id: string })[]>(
          `select p.id, p.published_version as version, v.body as "v_body", p.body as "p_body", ${cols('v')}, ${cols('p')}
             from policy p join policy_version v on v.policy_id = p.id and v.version = p.published_version where p.id = any(?::uuid[])`,
          [pgArray([...ids])],
        ),
      ),
    )
    .load(policy.id);
  if (!row) return null;
  return {
    fromVersion: row.version as number,
    toVersion: (row.version as number) + 1,
    fields: DIFF_FIELDS.filter(([c]) => row[`v_${c}`] !== row[`p_${c}`]).map(([c, label]) => ({
      field: c,
      label,
      before: (row[`v_${c}`] as string) ?? null,
      after: (row[`p_${c}`] as string) ?? null,
    })),
    body: diffParagraphs(bodyParagraphs(row.v_body as string), bodyParagraphs(row.p_body as string)),
  };
}
