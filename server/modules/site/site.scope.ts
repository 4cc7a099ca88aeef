import type { Ctx } from '../../common/context.js';
import { pgArray } from '../../db/sql.js';

/** Tables whose rows a city site inherits from its province (each has `site_id` and `province_only`). */
export const INHERITED_CONTENT = ['policy', 'activity', 'service_product'] as const;
export type InheritedTable = (typeof INHERITED_CONTENT)[number];

export interface SiteScopeOptions {
  /** Table alias of `site_id` / `province_only` (`p` gives `p.site_id`). */
  alias?: string;
  /** Only the site itself and its sub-sites: the "本市" facet of a city site. */
  ownOnly?: boolean | null;
  /**
   * Public content (policies, activities, service products) is inherited from the ancestors; private data
   * (enterprises, dockings, demands, needs, statistics) is not: pass `false` for it.
   */
  inherit?: boolean;
}

export interface SiteScope {
  /** The site and its sub-sites: content they own, always visible. */
  own: string[];
  /** The ancestors (province): their content is visible unless marked province-only. */
  inherited: string[];
  /** Every site whose content may appear (for engines that filter by site id only). */
  ids: string[];
  /** The WHERE condition, with `?` placeholders for `params`. */
  sql: string;
  params: unknown[];
}

/** The ancestors of a site, nearest first (the province of a city site). */
export function siteAncestors(ctx: Pick<Ctx, 'sites'>, siteId: string): string[] {
  const out: string[] = [];
  for (let s = ctx.sites.byId(siteId); s?.parentId && !out.includes(s.parentId); s = ctx.sites.byId(s.parentId)) out.push(s.parentId);
  return out;
}

/**
 * The one rule for which sites' rows a request sees (B1 "sites inherit"): the addressed site and its sub-sites
 * always, and for public content also the ancestors' rows that the operator has not marked province-only.
 * Every list and search that filters by site goes through this, so a city widget, list and search agree.
 */
export function siteScope(ctx: Pick<Ctx, 'sites' | 'site'>, opts: SiteScopeOptions = {}): SiteScope {
  const own = ctx.sites.scope(ctx.site.id);
  const inherited = opts.inherit === false || opts.ownOnly ? [] : siteAncestors(ctx, ctx.site.id);
  const col = (name: string) => (opts.alias ? `${opts.alias}.${name}` : name);
  if (!inherited.length) return { own, inherited, ids: own, sql: `${col('site_id')} = any(?::uuid[])`, params: [pgArray(own)] };
  return {
    own,
    inherited,
    ids: [...own, ...inherited],
    sql: `(${col('site_id')} = any(?::uuid[]) or (${col('site_id')} = any(?::uuid[]) and not ${col('province_only')}))`,
    params: [pgArray(own), pgArray(inherited)],
  };
}

/**
 * Ids of the ancestors' province-only rows, for the search engines (their index holds the site, not the flag).
 * Empty on the provincial portal; at most `limit` ids (an operator marks a few notices, not thousands).
 */
export async function provinceOnlyIds(ctx: Ctx, scope: SiteScope, limit = 1000): Promise<string[]> {
  if (!scope.inherited.length) return [];
  const rows = await ctx.em.execute<{ id: string }[]>(
    `${INHERITED_CONTENT.map((t) => `(select id::text as id from ${t} where province_only and site_id = any(?::uuid[]) limit ${limit})`).join(' union all ')}`,
    INHERITED_CONTENT.map(() => pgArray(scope.inherited)),
  );
  return rows.map((r) => r.id);
}
