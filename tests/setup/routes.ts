import type { Page } from 'playwright-core';

/**
 * The web client's routes, by who can open them: the browser tests that visit every page (phones, accessibility)
 * walk these lists. Keep them in step with web/src/app/routes.tsx.
 */
export function publicRoutes(ids: { product: string; institution: string; notice: string }): string[] {
  return [
    '/',
    '/login',
    '/register',
    '/password/reset',
    '/search?q=%E6%94%BF%E7%AD%96',
    '/policy',
    '/services',
    `/services/${encodeURIComponent(ids.product)}`,
    '/institutions',
    `/institutions/${encodeURIComponent(ids.institution)}`,
    '/notices',
    `/notices/${encodeURIComponent(ids.notice)}`,
    '/activities',
    '/activities/calendar',
    '/financing',
    '/entrepreneurship',
    '/talent',
    '/technology',
    '/consulting',
    '/help',
    '/no-such-page',
  ];
}

export const ENTERPRISE_ROUTES = [
  '/enterprise',
  '/enterprise/edit',
  '/my/dockings',
  '/my/demands',
  '/demands/new',
  '/my/needs',
  '/my/registrations',
  '/my/inbox',
  '/my/notifications',
  '/my/notifications/preferences',
  '/policy/for-me',
  '/policy/subscriptions',
] as const;

export const INSTITUTION_ROUTES = ['/institution/dockings', '/institution/demands', '/institution/needs', '/institution/activities'] as const;

export const OPERATOR_ROUTES = [
  '/admin',
  '/admin/reviews/enterprises',
  '/admin/reviews/products',
  '/admin/policies',
  '/admin/policies/review',
  '/admin/policies/new',
  '/admin/search',
  '/admin/docking-sla',
  '/admin/statistics',
  '/admin/notices',
  // SYSTEM_ADMIN's page: an operator is shown which role it needs.
  '/admin/site',
] as const;

/** The system administrator's pages (SYSTEM_ADMIN holds no operator role: 三权分立). */
export const SYSTEM_ADMIN_ROUTES = ['/admin/partners', '/admin/site'] as const;

/** A page is settled when no skeleton or spinner is left in it. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('.skeleton, .state--loading, .boot')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
}
