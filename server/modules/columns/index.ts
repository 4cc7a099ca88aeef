import type { QifuModule } from '../../common/module.js';
import { AdvisoryResolver } from './advisory/advisory.resolver.js';
import { StartupNeedFieldsResolver, StartupResourceResolver } from './entrepreneurship/entrepreneurship.resolver.js';
import { StartupNeedBoardResolver } from './entrepreneurship/need-board.js';
import { startupResourceSearchSource } from './entrepreneurship/startup-resource.search.js';
import { financingProductSearchSource } from './financing/financing-product.search.js';
import { ColumnNeedFinancingResolver, EnterpriseCreditRatingResolver, FinancingProductResolver, SharedProfileResolver } from './financing/financing.resolver.js';
import { NeedDockingResolver, needDockingObserver } from './need/need-docking.js';
import { ColumnNeedResolver, NeedReplyResolver, ProfileConsentResolver } from './need/need.resolver.js';
import { ScenarioResolver } from './scenario/scenario.resolver.js';
import { ColumnStatsResolver } from './stats/stats.resolver.js';
import { TalentResolver } from './talent/talent.resolver.js';

/** The service columns (financing, entrepreneurship, talent, technology and consulting), their needs, statistics and scenarios. */
export const columnsModule: QifuModule = {
  name: 'columns',
  resolvers: [
    ColumnNeedResolver,
    NeedReplyResolver,
    NeedDockingResolver,
    ProfileConsentResolver,
    ColumnNeedFinancingResolver,
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
  ],
  contributes: {
    searchSources: [financingProductSearchSource, startupResourceSearchSource],
    dockingOutcomeObservers: [needDockingObserver],
  },
};
