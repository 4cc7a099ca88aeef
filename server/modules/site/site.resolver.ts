import { Ctx as GqlCtx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../common/context.js';
import { toGlobalId } from '../../common/ids.js';
import { Site } from './site.entity.js';

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
}
