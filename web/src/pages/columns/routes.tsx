import type { ReactNode } from 'react';
import { AdvisoryPage } from './AdvisoryPage.js';
import { EntrepreneurshipPage } from './EntrepreneurshipPage.js';
import { FinancingPage } from './FinancingPage.js';
import { InstitutionNeedsPage } from './InstitutionNeedsPage.js';
import { MyNeedsPage, NeedDetailPage } from './NeedPages.js';
import { ScenarioPage } from './ScenarioPage.js';
import { StatisticsPage } from './StatisticsPage.js';
import { TalentPage } from './TalentPage.js';

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The columns pages' routes: the page for a path, or null when the path is not one of them.
 * App.tsx asks this before its own fallbacks; this file (and the pages beside it) belong to the columns area.
 */
export function columnsRoute(path: string): ReactNode | null {
  switch (path) {
    case '/financing':
      return <FinancingPage />;
    case '/entrepreneurship':
      return <EntrepreneurshipPage />;
    case '/talent':
      return <TalentPage />;
    case '/technology':
      return <AdvisoryPage column="TECHNOLOGY" />;
    case '/consulting':
      return <AdvisoryPage column="CONSULTING" />;
    case '/my/needs':
      return <MyNeedsPage />;
    case '/admin/statistics':
      return <StatisticsPage />;
    case '/institution/needs':
      return <InstitutionNeedsPage />;
  }
  const need = /^\/my\/needs\/([^/]+)$/.exec(path);
  if (need?.[1]) return <NeedDetailPage id={decodeSegment(need[1])} />;
  const scenario = /^\/scenarios\/([^/]+)$/.exec(path);
  if (scenario?.[1]) return <ScenarioPage scenarioKey={decodeSegment(scenario[1])} />;
  return null;
}
