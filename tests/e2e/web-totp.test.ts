import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { PASSWORD, staff } from '../factories/accounts.js';
import { useWebTest } from '../setup/browser.js';
import { startSecondInstance } from '../setup/platform.js';

/**
 * Issue #13 (D2): with QIFU_REQUIRE_TOTP (on by default in production) a staff member who signs in before binding a
 * second factor is sent to 账号安全, binds an authenticator there, and only then acts in the role.
 */

const web = useWebTest();

describe('a second factor for staff, in the browser (issue #13)', () => {
  it('asks an operator without one to bind it, and the binding works from the page', async () => {
    const strict = await startSecondInstance(web.p, { requireTotp: true });
    try {
      const operator = await staff(web.p, ['OPERATOR']);
      const page = await web.newPage();
      await page.goto(`${strict.url}/login?next=${encodeURIComponent('/admin')}`);
      await page.getByLabel('手机号码或电子邮箱').fill(operator.mobile);
      await page.getByLabel('密码').fill(PASSWORD);
      await page.getByRole('button', { name: '登录' }).click();
      await page.waitForURL(`${strict.url}/admin`);
      const notice = page.getByRole('alert').filter({ hasText: '请先绑定动态口令' });
      await notice.getByRole('link', { name: '立即绑定' }).click();
      await page.waitForURL(`${strict.url}/account/security`);
      await page.getByRole('button', { name: '开始绑定动态口令' }).click();
      await page.getByAltText(/动态口令二维码/).waitFor();
      const secret = (await page.getByTestId('totp-secret').textContent())!.replace(/\s+/g, '');
      await page.getByLabel('动态口令').fill('000000');
      await page.getByRole('button', { name: '完成绑定' }).click();
      await page.getByText('动态口令不正确或已使用').waitFor();
      await page.getByLabel('动态口令').fill(TOTP.generate({ secret: Secret.fromBase32(secret) }));
      await page.getByRole('button', { name: '完成绑定' }).click();
      await page.getByText('已绑定动态口令').waitFor();
      expect(await page.getByText('请先绑定动态口令').count()).toBe(0);
      expect(web.pageErrors).toEqual([]);
    } finally {
      await strict.stop();
    }
  }, 120_000);
});
