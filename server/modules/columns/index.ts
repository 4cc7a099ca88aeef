import { AdvisoryResolver } from './advisory/advisory.resolver.js';
import { StartupNeedFieldsResolver, StartupResourceResolver } from './entrepreneurship/entrepreneurship.resolver.js';
import { StartupNeedBoardResolver } from './entrepreneurship/need-board.js';
import { EnterpriseCreditRatingResolver, FinancingProductResolver, SharedProfileResolver } from './financing/financing.resolver.js';
import { NeedDockingResolver } from './need/need-docking.js';
import { ColumnNeedResolver, NeedReplyResolver, ProfileConsentResolver } from './need/need.resolver.js';
import { ScenarioResolver } from './scenario/scenario.resolver.js';
import { ColumnStatsResolver } from './stats/stats.resolver.js';
import { TalentResolver } from './talent/talent.resolver.js';

/** Resolvers of the service columns (financing, entrepreneurship, talent, technology/consulting, statistics, scenarios). */
export const COLUMNS_RESOLVERS = [
  ColumnNeedResolver,
  NeedReplyResolver,
  NeedDockingResolver,
  ProfileConsentResolver,
  FinancingProductResolver,
  EnterpriseCreditRatingResolver,
  SharedProfileResolver,
  StartupResourceResolver,
  StartupNeedFieldsResolver,
  StartupNeedBoardResolver,
  TalentResolver,
  AdvisoryResolver,
  ColumnStatsResolver,
  ScenarioResolver,
] as const;
