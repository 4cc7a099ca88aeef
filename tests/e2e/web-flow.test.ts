import { describe, expect, it } from 'vitest';
import { signUp, staff } from '../factories/accounts.js';
import { publishedActivity } from '../factories/activities.js';
import { captureCodes } from '../factories/codes.js';
import { approvedInstitution, ok, operator } from '../factories/docking.js';
import { graphql } from '../gql/index.js';
import { useWebTest } from '../setup/browser.js';

/** Issue 16 item 6 (trust and flow), in Chromium: 忘记密码, 我的报名 with a confirmed cancel, 我的企业 only for enterprises. */

const web = useWebTest();

const REGISTER = graphql(`
  mutation TestWebFlowRegister($i: ActivityRefInput!) {
    activityRegister(input: $i) {
      registration {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

describe('trust and flow in the browser (issue 16)', () => {
  it('忘记密码: from the login page, a code by SMS, a new password, a success message, then sign-in with it', async () => {
    const sent = captureCodes(web.p);
    const user = await signUp(web.p, '找回密码用户');
    const page = web.page;
    await page.goto(`${web.p.url}/login`);
    await page.getByRole('link', { name: '忘记密码？' }).click();
    await page.waitForURL(`${web.p.url}/password/reset`);
    await page.getByRole('heading', { name: '找回密码' }).waitFor();
    await page.getByLabel('手机号码或电子邮箱').fill(user.mobile);
    await page.getByRole('button', { name: '发送验证码' }).click();
    await page.getByText(`如果 ${user.mobile} 是已注册的账号`).waitFor();
    await web.p.jobs.runDue();
    const code = sent.find((m) => m.to === user.mobile)?.code;
    expect(code).toMatch(/^\d{6}$/);
    await page.getByLabel('验证码').fill(code!);
    await page.locator('input[name="newPassword"]').fill('Browser#Reset2027');
    await page.getByLabel('再次输入新密码').fill('Browser#Reset2027');
    await page.getByRole('button', { name: '重置密码' }).click();
    await page.waitForURL(`${web.p.url}/login`);
    await page.getByRole('status').filter({ hasText: '密码已重置' }).waitFor();
    await web.signIn(user.mobile, '/my/registrations', page, 'Browser#Reset2027');
    expect(web.pageErrors).toEqual([]);
  }, 120_000);

  it('我的报名: shows the ticket code; cancelling asks first (Esc keeps it), then frees the seat and says so', async () => {
    const op = await operator(web.p);
    const inst = await approvedInstitution(web.p, op);
    const activityId = await publishedActivity(web.p, inst, op, '专精特新申报辅导会', 10);
    const user = await signUp(web.p, '报名用户');
    await ok(web.p, REGISTER, { i: { activityId: activityId } }, user.token);

    const page = web.page;
    await web.signIn(user.mobile, '/my/registrations', page);
    const card = page.getByTestId('my-registration');
    await card.getByRole('link', { name: '专精特新申报辅导会' }).waitFor();
    expect(await card.locator('.ticket-code').textContent()).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(await card.getByTestId('my-registration-status').textContent()).toBe('报名成功');

    await card.getByRole('button', { name: '取消报名' }).click();
    const dialog = page.getByRole('dialog', { name: '确认取消报名？' });
    await dialog.waitFor();
    // Focus is inside the dialog (on 取消, the safe choice); Esc closes it and nothing happens.
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await card.getByTestId('my-registration-status').textContent()).toBe('报名成功');

    await card.getByRole('button', { name: '取消报名' }).click();
    await dialog.getByRole('button', { name: '取消报名' }).click();
    await page.getByRole('status').filter({ hasText: '已取消“专精特新申报辅导会”的报名' }).waitFor();
    await card.getByTestId('my-registration-status').filter({ hasText: '已取消' }).waitFor();
    expect(await card.getByRole('button', { name: '取消报名' }).count()).toBe(0);
    expect(web.pageErrors).toEqual([]);
  }, 120_000);

  it('offers 我的企业 and 我的报名 to enterprise users, never to operators or institution staff', async () => {
    const user = await signUp(web.p, '普通用户');
    const op = await staff(web.p, ['OPERATOR']);
    const inst = await approvedInstitution(web.p, await operator(web.p));
    const header = (page: import('playwright-core').Page) => page.locator('#account-menu');

    const userPage = await web.signedIn(user.mobile, '/');
    await header(userPage).getByRole('link', { name: '我的企业' }).waitFor();
    await header(userPage).getByRole('link', { name: '我的报名' }).waitFor();

    for (const mobile of [op.mobile, inst.mobile]) {
      const page = await web.signedIn(mobile, '/');
      await header(page).getByRole('button', { name: '退出' }).waitFor();
      expect(await header(page).getByRole('link', { name: '我的企业' }).count()).toBe(0);
      expect(await header(page).getByRole('link', { name: '我的报名' }).count()).toBe(0);
    }
    expect(web.pageErrors).toEqual([]);
  }, 120_000);
});
