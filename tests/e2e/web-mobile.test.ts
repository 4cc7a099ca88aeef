import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { approvedInstitution, listedProduct, operator } from '../factories/docking.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { publishedNotice } from '../factories/notices.js';
import { useWebTest } from '../setup/browser.js';
import { staff } from '../factories/accounts.js';
import { ENTERPRISE_ROUTES, INSTITUTION_ROUTES, OPERATOR_ROUTES, publicRoutes, settle, SYSTEM_ADMIN_ROUTES } from '../setup/routes.js';
import { SHOTS } from '../setup/web.js';

/**
 * Issue #16: the client on slow networks (compressed, cached, split: the first script for `/` within budget)
 * and on phones (every main route at 360 and 390 px without horizontal overflow or console errors).
 */

const web = useWebTest();

/** Initial JavaScript for `/`, gzip (the budget). */
const BUDGET_GZIP = 200 * 1024;
const WIDTHS = [360, 390] as const;

/** Elements sticking out to the right of the viewport (for the failure message). */
async function overflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const culprits: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.right > window.innerWidth + 1 && r.width > 0)
        culprits.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(r.right)}`);
      if (culprits.length >= 6) break;
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, culprits };
  });
}

async function checkRoutes(page: Page, who: string, routes: readonly string[], shots: Record<string, string> = {}): Promise<void> {
  const errors = web.pageErrors.length;
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    for (const route of routes) {
      await page.goto(`${web.p.url}${route}`);
      await settle(page);
      const o = await overflow(page);
      expect(o.scrollWidth, `${who} ${route} at ${width}px: ${o.culprits.join('; ')}`).toBeLessThanOrEqual(o.innerWidth);
      const shot = shots[route];
      if (shot) await page.screenshot({ path: join(SHOTS, `mobile-${shot}-${width}.png`), fullPage: true });
    }
  }
  expect(web.pageErrors.slice(errors), who).toEqual([]);
}

describe('slow networks (issue #16)', () => {
  it('serves / and its assets precompressed, hashed assets immutable, and the initial script within 200 KB gzip', async () => {
    const { p, page } = web;
    const index = await fetch(`${p.url}/`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(index.headers.get('content-encoding')).toBe('br');
    expect(index.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const gz = await fetch(`${p.url}/policy`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(await gz.text()).toContain('<div id="root">');
    const plain = await fetch(`${p.url}/`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    // The skeleton is painted before any script runs.
    expect(await plain.text()).toContain('class="boot"');

    // Every script `/` loads before it is interactive.
    await page.goto(`${p.url}/`);
    await settle(page);
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.endsWith('.js')),
    );
    expect(scripts.length).toBeGreaterThan(0);
    let total = 0;
    let raw = 0;
    for (const url of scripts) {
      const res = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
      expect(res.headers.get('cache-control'), url).toBe('public, max-age=31536000, immutable');
      const body = Buffer.from(await res.arrayBuffer());
      const encoding = res.headers.get('content-encoding');
      // fetch() decodes bodies: measure what went over the wire as the server's .gz would be.
      total += encoding === 'gzip' ? gzipSync(body, { level: 9 }).length : body.length;
      raw += body.length;
    }
    console.info(`initial JavaScript for /: ${scripts.length} files, ${(raw / 1024).toFixed(1)} KB, ${(total / 1024).toFixed(1)} KB gzip`);
    expect(total).toBeLessThanOrEqual(BUDGET_GZIP);
    // Admin pages are not part of it.
    expect(scripts.some((s) => /\/admin-/.test(s))).toBe(false);

    const missing = await fetch(`${p.url}/assets/gone-0000.js`);
    expect(missing.status).toBe(404);
    expect(web.pageErrors).toEqual([]);
  }, 60_000);
});

describe('phones (issue #16)', () => {
  it('anonymous: public pages fit 360 and 390 px', async () => {
    const { p } = web;
    const op = await operator(p);
    const inst = await approvedInstitution(p, op, { name: '合肥市中小企业公共服务中心' });
    const product = await listedProduct(p, inst, op, { name: '安徽省专利布局咨询服务' });
    const page = await web.newPage();
    await checkRoutes(page, 'anonymous', publicRoutes({ product, institution: inst.institutionId, notice: await publishedNotice(p, op) }), {
      '/': 'home',
      '/search?q=%E6%94%BF%E7%AD%96': 'search',
      '/policy': 'policy-list',
      '/activities/calendar': 'calendar',
      '/financing': 'financing',
    });
  }, 180_000);

  it('enterprise: its pages fit, and the menu button reaches 我的消息 and 退出', async () => {
    const { p } = web;
    const owner = await enterpriseOwner(p);
    const page = await web.signedIn(owner.mobile, '/enterprise');
    await checkRoutes(page, 'enterprise', ENTERPRISE_ROUTES, {
      '/enterprise': 'enterprise',
      '/my/dockings': 'my-dockings',
    });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${p.url}/enterprise`);
    await settle(page);
    const inbox = page.getByRole('link', { name: '我的消息' });
    expect(await inbox.isVisible()).toBe(false);
    const menu = page.getByRole('button', { name: '菜单' });
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await inbox.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '退出' }).isVisible()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'mobile-menu-360.png') });
    await inbox.click();
    await page.waitForURL(`${p.url}/my/notifications`);
    // The menu folds again once the new page is shown.
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
  }, 180_000);

  it('institution staff: the workbench fits', async () => {
    const { p } = web;
    const op = await operator(p);
    const inst = await approvedInstitution(p, op);
    const page = await web.signedIn(inst.mobile, '/institution/dockings');
    await checkRoutes(page, 'institution', INSTITUTION_ROUTES, {
      '/institution/dockings': 'institution-dockings',
    });
  }, 180_000);

  it('operator: the console fits', async () => {
    const { p } = web;
    const op = await operator(p);
    const page = await web.signedIn(op.mobile, '/admin');
    await checkRoutes(page, 'operator', OPERATOR_ROUTES, { '/admin': 'admin', '/admin/docking-sla': 'docking-sla' });
  }, 180_000);

  it('system administrator: the partner apps page fits', async () => {
    const { p } = web;
    const admin = await staff(p, ['SYSTEM_ADMIN'], '系统管理员');
    const page = await web.signedIn(admin.mobile, '/admin/partners');
    await checkRoutes(page, 'system admin', SYSTEM_ADMIN_ROUTES, { '/admin/partners': 'admin-partners' });
  }, 180_000);
});
