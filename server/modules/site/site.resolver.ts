import { Arg, Ctx as GqlCtx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireRole } from '../../common/auth.js';
import { Role } from '../../common/roles.js';
import type { Ctx } from '../../common/context.js';
import { toGlobalId } from '../../common/ids.js';
import { Site } from './site.entity.js';
import { SiteFooter, SiteFooterInput, SiteFooterPayload, siteFooter, updateSiteFooter } from './site-setting.js';
import { ProvinceOnlySetInput, ProvinceOnlySetPayload, setProvinceOnly } from './province-only.js';

@Resolver(() => Site)
export class SiteResolver {
  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() site: Site): string {
    return toGlobalId('Site', site.id);
  }

  @FieldResolver(() => Site, { nullable: true, description: 'The parent site; null for the provincial portal.' })
  parent(@Root() site: Site, @GqlCtx() ctx: Ctx): Site | null {
    return (site.parentId && ctx.sites.byId(site.parentId)) || null;
  }

  @FieldResolver(() => SiteFooter, { description: 'The portal footer: 主办单位, 承办单位, 备案号 and contact (public; empty fields are null).' })
  footer(@Root() site: Site, @GqlCtx() ctx: Ctx): Promise<SiteFooter> {
    return siteFooter(ctx, site.id);
  }

  @Query(() => [Site], { description: 'All sites of this installation (public, at most a few dozen).' })
  sites(@GqlCtx() ctx: Ctx): Site[] {
    return ctx.sites.all();
  }

  @Query(() => Site, { description: 'The site this request is addressed to (host name or X-Qifu-Site header).' })
  currentSite(@GqlCtx() ctx: Ctx): Site {
    return ctx.sites.byId(ctx.site.id)!;
  }

  @Mutation(() => SiteFooterPayload, {
    description: 'Set the footer of the current site (or the site named in the input). Requires SYSTEM_ADMIN; audited. Errors: INVALID, TOO_LONG, NOT_FOUND.',
  })
  siteFooterUpdate(@Arg('input', () => SiteFooterInput) input: SiteFooterInput, @GqlCtx() ctx: Ctx) {
    requireRole(ctx, Role.SYSTEM_ADMIN);
    return updateSiteFooter(ctx, input);
  }

  @Mutation(() => ProvinceOnlySetPayload, {
    description:
      'Mark a policy, activity or service product of this site as province-only (its city sites do not inherit it) or inherited again. Requires OPERATOR; audited.',
  })
  provinceOnlySet(@Arg('input', () => ProvinceOnlySetInput) input: ProvinceOnlySetInput, @GqlCtx() ctx: Ctx) {
    requireRole(ctx, Role.OPERATOR);
    return setProvinceOnly(ctx, input);
  }
}
