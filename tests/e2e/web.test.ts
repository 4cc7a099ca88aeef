import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeUscc, validateUscc } from '../../server/modules/enterprise/uscc.js';
import { PASSWORD, signUp, staff, uniqueMobile } from '../factories/accounts.js';
import { graphql } from '../gql/index.js';
import { gql } from '../setup/client.js';
import { useWebTest } from '../setup/browser.js';
import type { TestPlatform } from '../setup/platform.js';
import { SHOTS } from '../setup/web.js';

const MY_ENTERPRISE = graphql(`
  query WebMyEnterprise {
    me {
      enterprise {
        id
      }
    }
  }
`);
const REVIEW = graphql(`
  mutation WebEnterpriseReview($i: EnterpriseReviewInput!) {
    enterpriseReview(input: $i) {
      enterprise {
        status
      }
      errors {
        code
        message
      }
    }
  }
`);

/**
 * The web client in a real Chromium against the real server: the server serves web/dist (built here when
 * missing or older than its sources) and GraphQL on the same origin, with the HttpOnly session cookie.
 */

const COLUMNS: [string, string][] = [
  ['政策服务', '/policy'],
  ['融资服务', '/financing'],
  ['创业服务', '/entrepreneurship'],
  ['人才服务', '/talent'],
  ['技术服务', '/technology'],
  ['管理咨询服务', '/consulting'],
  ['搜索', '/search'],
];

const web = useWebTest();
const pageErrors = web.pageErrors;
let p: TestPlatform;
let page: Page;

beforeEach(() => {
  ({ p, page } = web); // this test's own page
});

const text = async (selector: string) => (await page.locator(selector).first().textContent())?.trim() ?? '';

describe('web client', () => {
  it('home page shows the site name, the seven columns and routes client-side', async () => {
    await page.goto(`${p.url}/`);
    const nav = page.getByRole('navigation', { name: '服务栏目' });
    await nav.waitFor();
    for (const [label, href] of COLUMNS) {
      const link = nav.getByRole('link', { name: label, exact: true });
      expect(await link.count(), label).toBe(1);
      expect(await link.getAttribute('href')).toBe(href);
    }
    await page.locator('.brand__name', { hasText: '安徽省企业公共服务平台' }).waitFor();
    await page.getByRole('link', { name: '登录' }).waitFor();
    // The institutions list settles on its empty state in a fresh database.
    await page.getByText('暂无入驻的服务机构').waitFor();
    await page.screenshot({ path: join(SHOTS, 'home.png'), fullPage: true });

    await nav.getByRole('link', { name: '融资服务', exact: true }).click();
    await page.waitForURL(`${p.url}/financing`);
    await page.getByRole('heading', { name: '融资服务', level: 1 }).waitFor();
    expect(await nav.getByRole('link', { name: '融资服务', exact: true }).getAttribute('aria-current')).toBe('page');

    // Narrow screens fold the columns behind a toggle.
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`${p.url}/`);
      const toggle = page.getByRole('button', { name: '菜单' });
      await toggle.waitFor();
      expect(await nav.getByRole('link', { name: '政策服务', exact: true }).isVisible()).toBe(false);
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await nav.getByRole('link', { name: '政策服务', exact: true }).isVisible()).toBe(true);
      await page.screenshot({ path: join(SHOTS, 'home-mobile.png'), fullPage: true });
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  }, 60_000);

  it('registers an account: the API password rule error sits under 密码, then signs in and goes to enterprise registration', async () => {
    const reg = await web.newPage();
    await reg.goto(`${p.url}/register`);
    await reg.getByText('至少8位').first().waitFor();
    await reg.getByLabel('手机号码').fill(uniqueMobile());
    await reg.getByLabel('姓名').fill('李青');
    await reg.getByLabel('密码').fill('abcdefgh');
    await reg.getByRole('button', { name: '注册' }).click();
    const passwordError = reg.locator('.field', { has: reg.locator('input[name="password"]') }).getByTestId('error-password');
    await passwordError.waitFor();
    expect((await passwordError.textContent())?.length).toBeGreaterThan(2);
    expect(reg.url()).toBe(`${p.url}/register`);
    await reg.screenshot({ path: join(SHOTS, 'register-error.png'), fullPage: true });
    await reg.getByLabel('密码').fill(PASSWORD);
    await reg.getByRole('button', { name: '注册' }).click();
    await reg.waitForURL(`${p.url}/enterprise/register`);
    await reg.getByRole('button', { name: '提交企业信息' }).waitFor();
    expect(await reg.locator('.user-menu__name').textContent()).toContain('李青');
  }, 60_000);

  it('logs in, shows the API field error under 统一社会信用代码, then registers the enterprise', async () => {
    const account = await signUp(p, '王晓');
    await page.goto(`${p.url}/login`);
    await page.getByLabel('手机号码或电子邮箱').fill(account.mobile);
    await page.getByLabel('密码').fill('Wrong@2026pass');
    await page.getByRole('button', { name: '登录' }).click();
    // The payload error, verbatim.
    await page.getByText('账号或密码错误').waitFor();
    expect(page.url()).toBe(`${p.url}/login`);
    await page.screenshot({ path: join(SHOTS, 'login-error.png') });
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    // An account without roles lands on its enterprise page.
    await page.waitForURL(`${p.url}/enterprise`);
    await page.getByText('您尚未登记企业').waitFor();
    expect(await text('.user-menu__name')).toContain('王晓');

    await page.goto(`${p.url}/enterprise/register`);
    await page.getByRole('heading', { name: '企业注册', level: 1 }).waitFor();
    await page.getByText('自动计算').first().waitFor();
    const wrong = '91340100MA2N0000X0';
    expect(validateUscc(wrong).ok).toBe(false);
    await page.getByLabel('统一社会信用代码').fill(wrong);
    await page.getByLabel('企业名称').fill('合肥云帆智能装备有限公司');
    await page.getByLabel('所在地区').selectOption('340104');
    await page.getByLabel('所属行业').selectOption('34');
    await page.getByLabel('成立日期').fill('2019-03-15');
    await page.getByLabel('从业人员').fill('50');
    await page.getByLabel('营业收入（万元）').fill('3000');
    await page.getByLabel('资产总额').fill('2000');
    await page.getByLabel('科技型中小企业').check();
    await page.getByLabel('联系人').fill('张敏');
    await page.getByLabel('联系电话').fill('0551-65123456');
    await page.getByLabel('联系邮箱').fill('zhangmin@example.cn');
    await page.getByRole('button', { name: '提交企业信息' }).click();

    // The API's message, under the uscc input (same field wrapper), and focus moved to the field at fault.
    const usccField = page.locator('.field', { has: page.locator('input[name="uscc"]') });
    const usccError = usccField.getByTestId('error-uscc');
    await usccError.waitFor();
    expect(await usccError.textContent()).toContain('统一社会信用代码');
    expect(await page.locator('[data-testid^="error-"]').count()).toBe(1);
    expect(await page.locator('input[name="uscc"]').getAttribute('aria-invalid')).toBe('true');
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.name === 'uscc', undefined, { timeout: 5_000 });
    expect(page.url()).toBe(`${p.url}/enterprise/register`);
    await page.screenshot({ path: join(SHOTS, 'enterprise-register-error.png'), fullPage: true });

    let seed = 20260131;
    const rng = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const valid = makeUscc(rng, '340104');
    await page.getByLabel('统一社会信用代码').fill(valid);
    // The enterprise page subscribes to review decisions over graphql-ws (authenticated by the cookie).
    const subscribed = page
      .waitForEvent('websocket')
      .then((ws) => ws.waitForEvent('framesent', { predicate: (f) => String(f.payload).includes('"subscribe"') }));
    await page.getByRole('button', { name: '提交企业信息' }).click();

    await page.waitForURL(`${p.url}/enterprise`);
    await page.getByRole('heading', { name: '合肥云帆智能装备有限公司' }).waitFor();
    expect(await text('[data-testid="enterprise-status"]')).toBe('待审核');
    // Industry 34 (工业), 50 people, 3,000 万元 revenue: 小型 by the size standard, computed by the server.
    expect(await text('[data-testid="enterprise-size"]')).toBe('小型');
    expect(await page.getByText(valid).count()).toBe(1);
    const [row] = await p.sql<{ size_class: string; status: string }>('select size_class, status from enterprise where uscc = $1', [valid]);
    expect(row).toEqual({ size_class: 'SMALL', status: 'PENDING' });
    await page.screenshot({ path: join(SHOTS, 'enterprise.png'), fullPage: true });

    // An operator verifies it; the open page turns 已认证 without a reload.
    await subscribed;
    await new Promise((r) => setTimeout(r, 1000)); // let the server finish registering the subscription
    const operator = await staff(p, ['OPERATOR'], '运营人员');
    const mine = await gql(p, MY_ENTERPRISE, {}, { token: account.token });
    const review = await gql(
      p,
      REVIEW,
      { i: { enterpriseId: mine.data.me!.enterprise!.id, decision: 'APPROVE', reason: '材料齐全' } },
      { token: operator.token },
    );
    expect(review.data.enterpriseReview.errors).toEqual([]);
    await page.locator('[data-testid="enterprise-status"]', { hasText: '已认证' }).waitFor({ timeout: 10_000 });
    await page.getByText('材料齐全').waitFor();
    await page.screenshot({ path: join(SHOTS, 'enterprise-verified.png'), fullPage: true });

    expect(pageErrors).toEqual([]);
  }, 90_000);
});
