import { Arg, Ctx as GqlCtx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireRole } from '../../common/auth.js';
import { Role } from '../../common/roles.js';
import type { Ctx } from '../../common/context.js';
import { toGlobalId } from '../../common/ids.js';
import { Site } from './site.entity.js';
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

  @Query(() => [Site], { description: 'All sites of this installation (public, at most a few dozen).' })
  sites(@GqlCtx() ctx: Ctx): Site[] {
    return ctx.sites.all();
  }

  @Query(() => Site, { description: 'The site this request is addressed to (host name or X-Qifu-Site header).' })
  currentSite(@GqlCtx() ctx: Ctx): Site {
    return ctx.sites.byId(ctx.site.id)!;
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
