import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PASSWORD } from '../factories/accounts.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { useWebTest } from '../setup/browser.js';

/**
 * Issue #16: errors by code. A FORBIDDEN answer says it is about permission and which role, an ended session
 * asks to sign in again and comes back to the page, and only a request that never got an answer is called
 * a network failure.
 */

const web = useWebTest();

/** Answers one operation (by name) with `handle`; every other request goes through. */
async function onOperation(page: Page, operationName: string, handle: (route: Route) => Promise<void>): Promise<void> {
  await page.route('**/graphql', async (route) => {
    const body = route.request().postDataJSON() as { operationName?: string } | null;
    if (body?.operationName === operationName) return handle(route);
    return route.continue();
  });
}

describe('errors that say what happened (issue #16)', () => {
  it('FORBIDDEN names the role needed, not the network', async () => {
    const owner = await enterpriseOwner(web.p);
    const page = await web.signedIn(owner.mobile, '/');
    // The answer the server gives a signed-in account without the role (see server/common/errors.ts forbidden()).
    await onOperation(page, 'MyDockings', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ data: null, errors: [{ message: '仅平台运营人员可以查看', extensions: { code: 'FORBIDDEN' } }] }),
      }),
    );
    await page.goto(`${web.p.url}/my/dockings`);
    const alert = page.locator('main').getByRole('alert');
    await alert.getByText('没有权限：仅平台运营人员可以查看。').waitFor();
    expect(await alert.textContent()).not.toContain('网络');
  }, 60_000);

  it('an expired session asks to sign in again and returns to the page', async () => {
    const owner = await enterpriseOwner(web.p);
    const page = await web.signedIn(owner.mobile, '/my/dockings');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    // The session ends on the server (idle timeout passed).
    await web.p.sql(
      `update session set last_seen_at = now() - interval '1 day', idle_timeout_s = 60 where account_id = (select id from account where mobile = $1)`,
      [owner.mobile],
    );
    // Go on inside the app. Not by clicking the header's 我的诉求: a background request (the unread badge, a live
    // subscription) may find the session ended first, and then the header rightly drops the account's links.
    await page.evaluate(() => {
      window.history.pushState({}, '', '/my/demands');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.waitForURL(`${web.p.url}/my/demands`);
    const notice = page.locator('.session-notice');
    await notice.getByText('登录已过期，请重新登录后继续。').waitFor();
    expect(await page.locator('main').textContent()).not.toContain('仅平台运营人员');
    await notice.getByRole('link', { name: '重新登录' }).click();
    await page.waitForURL(/\/login\?next=%2Fmy%2Fdemands/);
    await page.getByLabel('手机号码或电子邮箱').fill(owner.mobile);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${web.p.url}/my/demands`);
    await page.locator('.user-menu__name').waitFor();
    expect(await notice.count()).toBe(0);
  }, 60_000);

  it('only a request that never got an answer is a network failure', async () => {
    const owner = await enterpriseOwner(web.p);
    const page = await web.signedIn(owner.mobile, '/');
    await onOperation(page, 'MyDockings', (route) => route.abort('internetdisconnected'));
    await page.goto(`${web.p.url}/my/dockings`);
    await page.locator('main').getByRole('alert').getByText('网络连接异常，请检查网络后重试。').waitFor();
    // The failed fetch is the only console error of these tests.
    expect(web.pageErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
  }, 60_000);
});
