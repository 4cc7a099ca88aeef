import { Arg, Ctx as GqlCtx, Query, Resolver } from 'type-graphql';
import { requireRole } from '../../../common/auth.js';
import type { Ctx } from '../../../common/context.js';
import { ExportFile } from '../../../common/export.js';
import { Role } from '../../../common/roles.js';
import { columnStatistics, columnStatisticsCsv, columnStatisticsXlsx } from './stats.service.js';
import { ColumnStatsFilter, ColumnStatsTable, StatsDimension } from './stats.types.js';
import { RateLimited } from '../../../common/rate-limit.js';

@Resolver()
export class ColumnStatsResolver {
  @Query(() => ColumnStatsTable, {
    description:
      'Service statistics of the column needs (F5, T4): received, matched, answered (within SLA), completed, amounts and people requested, grouped by column, month, region or industry. OPERATOR or REVIEWER.',
  })
  columnStatistics(
    @GqlCtx() ctx: Ctx,
    @Arg('groupBy', () => StatsDimension) groupBy: StatsDimension,
    @Arg('filter', () => ColumnStatsFilter, { nullable: true }) filter?: ColumnStatsFilter,
  ) {
    requireRole(ctx, Role.OPERATOR, Role.REVIEWER);
    return columnStatistics(ctx, filter, groupBy);
  }

  @Query(() => String, { description: 'The same statistics table as CSV text (UTF-8, Chinese header, total row last) for export. OPERATOR or REVIEWER.' })
  @RateLimited('export')
  columnStatisticsCsv(
    @GqlCtx() ctx: Ctx,
    @Arg('groupBy', () => StatsDimension) groupBy: StatsDimension,
    @Arg('filter', () => ColumnStatsFilter, { nullable: true }) filter?: ColumnStatsFilter,
  ) {
    requireRole(ctx, Role.OPERATOR, Role.REVIEWER);
    return columnStatisticsCsv(ctx, filter, groupBy);
  }

  @Query(() => ExportFile, {
    description:
      'The same statistics table as an XLSX workbook (one sheet, Chinese header, numbers as numbers, total row last; text never read as formulas). OPERATOR or REVIEWER.',
  })
  @RateLimited('export')
  columnStatisticsXlsx(
    @GqlCtx() ctx: Ctx,
    @Arg('groupBy', () => StatsDimension) groupBy: StatsDimension,
    @Arg('filter', () => ColumnStatsFilter, { nullable: true }) filter?: ColumnStatsFilter,
  ) {
    requireRole(ctx, Role.OPERATOR, Role.REVIEWER);
    return columnStatisticsXlsx(ctx, filter, groupBy);
  }
}
