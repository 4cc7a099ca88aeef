/**
 * 创业需求公示 (S2): entrepreneurs' needs as a public directory, so institutions and partners see what is asked
 * for. Only what the form chose from lists is shown (category, stage, region, status, date): never the
 * description or the contact, which the submitter gave to the routed institutions alone.
 */
import { Arg, Args, Ctx as GqlCtx, Field, FieldResolver, ID, InputType, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { isRegionCode, regionName } from '../../../common/codes/regions.js';
import type { Ctx } from '../../../common/context.js';
import { ErrorCode, fail } from '../../../common/errors.js';
import { toGlobalId } from '../../../common/ids.js';
import { ConnectionType, connectionOf, pageOf, PageArgs } from '../../../common/relay.js';
import { pgArray, SqlFilter } from '../../../db/sql.js';
import { categoryInfo, ServiceCategory } from '../catalogue/index.js';
import { NeedStatus } from '../need/index.js';
import { regionRange } from './ranges.js';
import { StartupStage } from './startup-need.js';

@ObjectType({ description: "An entrepreneur's need as listed publicly (创业需求公示): what was chosen from lists only — no description, no contact. Public." })
export class StartupNeedListing {
  id!: string;
  @Field(() => ServiceCategory, { description: 'Category (an ENTREPRENEURSHIP service).' })
  category!: ServiceCategory;
  @Field(() => StartupStage, { description: 'Stage of the venture.' })
  stage!: StartupStage;
  @Field(() => String, { description: 'GB/T 2260 division of the need.' })
  regionCode!: string;
  @Field(() => NeedStatus, { description: 'OPEN (awaiting a first reply), ANSWERED, COMPLETED or CANCELLED.' })
  status!: NeedStatus;
  @Field(() => Date, { description: 'When it was submitted.' })
  createdAt!: Date;
}

@InputType({ description: "Filters of the public list of entrepreneurs' needs." })
export class StartupNeedBoardFilter {
  @Field(() => ServiceCategory, { nullable: true, description: 'Only this category.' })
  category?: ServiceCategory | null;
  @Field(() => StartupStage, { nullable: true, description: 'Only this stage.' })
  stage?: StartupStage | null;
  @Field(() => String, { nullable: true, description: 'Within this division (a city includes its districts).' })
  regionCode?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only needs still being handled (OPEN or ANSWERED); default true.' })
  activeOnly?: boolean | null;
}

const StartupNeedListingConnection = ConnectionType(StartupNeedListing, 'StartupNeedListing', 'publicly listed entrepreneur need');

export async function listStartupNeeds(ctx: Ctx, filter: StartupNeedBoardFilter | null | undefined, args: PageArgs) {
  const page = pageOf(args);
  const f = filter ?? {};
  const where = new SqlFilter()
    .and('n.site_id = any(?::uuid[])', pgArray(ctx.sites.scope(ctx.site.id)))
    .and(`n."column" = 'ENTREPRENEURSHIP'`)
    .andIf(f.category, 'n.category = ?', f.category)
    .andIf(f.stage, `n.details->>'stage' = ?`, f.stage);
  if (f.activeOnly !== false) where.and(`n.status in ('OPEN', 'ANSWERED')`);
  if (f.regionCode) {
    if (!isRegionCode(f.regionCode)) fail(ErrorCode.INVALID, 'filter.regionCode', '地区代码无效');
    const [lo, hi] = regionRange(f.regionCode);
    where.and('n.region_code >= ? and n.region_code < ?', lo, hi);
  }
  const rows = await ctx.em.execute<StartupNeedListing[]>(
    `select n.id, n.category, n.details->>'stage' as stage, n.region_code as "regionCode", n.status, n.created_at as "createdAt"
       from column_need n ${where.sql} order by n.created_at desc, n.id desc limit ? offset ?`,
    [...where.params, page.limit + 1, page.offset],
  );
  return connectionOf(rows, page, async () => {
    const [r] = await ctx.em.execute<{ n: number }[]>(`select count(*)::int as n from column_need n ${where.sql}`, where.params);
    return r.n;
  });
}

@Resolver(() => StartupNeedListing)
export class StartupNeedBoardResolver {
  @FieldResolver(() => ID, { description: "Global id of the need (reading it in full needs the requester's, a routed institution's or an operator's rights)." })
  id(@Root() n: StartupNeedListing): string {
    return toGlobalId('ColumnNeed', n.id);
  }

  @FieldResolver(() => String, { description: 'Category name (中文).' })
  categoryLabel(@Root() n: StartupNeedListing): string {
    return categoryInfo(n.category)?.label ?? n.category;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name of the division.' })
  regionName(@Root() n: StartupNeedListing): string | null {
    return regionName(n.regionCode);
  }

  @Query(() => StartupNeedListingConnection, {
    description: "Entrepreneurs' needs as a public directory (S2, 创业需求公示), newest first: category, stage, region, status and date only. Public.",
  })
  startupNeedBoard(
    @GqlCtx() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => StartupNeedBoardFilter, { nullable: true }) filter?: StartupNeedBoardFilter,
  ) {
    return listStartupNeeds(ctx, filter, page);
  }
}
