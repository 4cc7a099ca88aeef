import 'reflect-metadata';
import type { QifuModule } from '../common/module.js';
import type { Extensions } from '../common/platform-services.js';
import { accountModule } from '../modules/account/index.js';
import { activityModule } from '../modules/activity/index.js';
import { auditModule } from '../modules/audit/index.js';
import { columnsModule } from '../modules/columns/index.js';
import { demandModule } from '../modules/demand/index.js';
import { dockingModule } from '../modules/docking/index.js';
import { enterpriseModule } from '../modules/enterprise/index.js';
import { helpModule } from '../modules/help/index.js';
import { institutionModule } from '../modules/institution/index.js';
import { jobsModule } from '../modules/jobs/index.js';
import { noticeModule } from '../modules/notice/index.js';
import { notificationModule } from '../modules/notification/index.js';
import { partnerModule } from '../modules/partner/index.js';
import { policyModule } from '../modules/policy/index.js';
import { productModule } from '../modules/product/index.js';
import { searchModule } from '../modules/search/index.js';
import { siteModule } from '../modules/site/index.js';
import { webhookModule } from '../modules/webhook/index.js';

/**
 * Every feature of the platform. The schema, jobs, event observers, HTTP routes, services and extension-point
 * contributions all come from this list (docs/architecture.md); a feature left out contributes nothing.
 */
export const MODULES: readonly QifuModule[] = [
  siteModule,
  accountModule,
  notificationModule,
  auditModule,
  jobsModule,
  helpModule,
  enterpriseModule,
  institutionModule,
  searchModule,
  productModule,
  dockingModule,
  demandModule,
  activityModule,
  policyModule,
  noticeModule,
  columnsModule,
  partnerModule,
  webhookModule,
];

/** Every extension point's contributions, in the order of `modules`; points nobody contributes to are empty. */
export function extensionsOf(modules: readonly QifuModule[]): Extensions {
  const out: Record<string, unknown[]> = {};
  for (const m of modules) for (const [point, items] of Object.entries(m.contributes ?? {})) (out[point] ??= []).push(...(items as unknown[]));
  return new Proxy(out, { get: (target, point: string) => target[point] ?? [] }) as unknown as Extensions;
}
