import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { approvedInstitution, listedProduct, operator } from '../factories/docking.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { publishedNotice } from '../factories/notices.js';
import { useWebTest } from '../setup/browser.js';
import { staff as staffAccount } from '../factories/accounts.js';
import { ENTERPRISE_ROUTES, INSTITUTION_ROUTES, OPERATOR_ROUTES, publicRoutes, settle, SYSTEM_ADMIN_ROUTES } from '../setup/routes.js';

/**
 * Issue #16: axe-core (WCAG 2.1 A and AA rules) on every route, as each role: no serious or critical violation.
 */

const web = useWebTest();

/** Serious and critical violations of each route, as "route: rule (n nodes) first target". */
async function audit(page: Page, routes: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const route of routes) {
    await page.goto(`${web.p.url}${route}`);
    await settle(page);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    for (const v of result.violations) {
      if (v.impact === 'serious' || v.impact === 'critical')
        found.push(`${route}: ${v.id} [${v.impact}] ×${v.nodes.length} e.g. ${v.nodes[0]?.target.join(' ')}`);
    }
  }
  return found;
}

describe('accessibility of every route (issue #16)', () => {
  it('anonymous, enterprise, institution and operator pages: 0 serious or critical', async () => {
    const { p } = web;
    const op = await operator(p);
    const inst = await approvedInstitution(p, op, { name: '合肥市无障碍测试服务中心' });
    const product = await listedProduct(p, inst, op, { name: '无障碍测试咨询服务' });
    const owner = await enterpriseOwner(p);
    const found: string[] = [];
    const anonymous = await web.newPage();
    found.push(...(await audit(anonymous, publicRoutes({ product, institution: inst.institutionId, notice: await publishedNotice(p, op) }))));
    const enterprise = await web.signedIn(owner.mobile, '/enterprise');
    found.push(...(await audit(enterprise, ENTERPRISE_ROUTES)));
    const staff = await web.signedIn(inst.mobile, '/institution/dockings');
    found.push(...(await audit(staff, INSTITUTION_ROUTES)));
    const console = await web.signedIn(op.mobile, '/admin');
    found.push(...(await audit(console, [...OPERATOR_ROUTES, '/account/security'])));
    const sysadmin = await staffAccount(p, ['SYSTEM_ADMIN'], '系统管理员');
    const adminPage = await web.signedIn(sysadmin.mobile, '/admin/partners');
    found.push(...(await audit(adminPage, SYSTEM_ADMIN_ROUTES)));
    expect(found).toEqual([]);
    expect(web.pageErrors).toEqual([]);
  }, 600_000);
});
