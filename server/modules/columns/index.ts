import type { QifuModule } from '../../common/module.js';
import { AdvisoryResolver } from './advisory/index.js';
import { StartupNeedFieldsResolver, StartupResourceResolver } from './entrepreneurship/index.js';
import { StartupNeedBoardResolver } from './entrepreneurship/index.js';
import { startupResourceSearchSource } from './entrepreneurship/index.js';
import { financingProductSearchSource } from './financing/index.js';
import { ColumnNeedFinancingResolver, EnterpriseCreditRatingResolver, FinancingProductResolver, SharedProfileResolver } from './financing/index.js';
import { NeedDockingResolver, needDockingObserver } from './need/index.js';
import { ColumnNeedResolver, NeedReplyResolver, ProfileConsentResolver } from './need/index.js';
import { ScenarioResolver } from './scenario/index.js';
import { ColumnStatsResolver } from './stats/index.js';
import { TalentResolver } from './talent/index.js';

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
