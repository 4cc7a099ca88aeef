import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestAccount } from '../factories/accounts.js';
import { CREATE as ACTIVITY_CREATE, REVIEW as ACTIVITY_REVIEW } from '../factories/activities.js';
import { approvedInstitution, listedProduct, ok, operator, PNG_1X1, type TestInstitution } from '../factories/docking.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { useWebTest } from '../setup/browser.js';
import type { TestPlatform } from '../setup/platform.js';
import { SHOTS } from '../setup/web.js';

/** The 服务产品 catalogue, docking submission, 我的对接 and activity registration in a real Chromium. */

const web = useWebTest();
const { pageErrors, signIn } = web;
let p: TestPlatform;
let page: Page;
let op: TestAccount;
let inst: TestInstitution;

const PRODUCT = '安徽省专利布局咨询服务';
const HOUR = 3600_000;
const DAY = 24 * HOUR;

beforeAll(async () => {
  p = web.p;
  op = await operator(p);
  inst = await approvedInstitution(p, op);
});

beforeEach(() => {
  page = web.page; // this test's own page, signed out
});

describe('web services, dockings and activities', () => {
  it('lists a product under 服务产品, submits 选择此服务 and shows the docking under 我的对接', async () => {
    await listedProduct(p, inst, op, { name: PRODUCT });
    const owner = await enterpriseOwner(p);
    const main = page.locator('#main');

    // Signed out: the detail page offers a sign-in link that returns to it.
    await page.goto(`${p.url}/`);
    await page.getByRole('navigation', { name: '服务栏目' }).getByRole('link', { name: '服务产品', exact: true }).click();
    await page.waitForURL(`${p.url}/services`);
    await main.getByRole('link', { name: PRODUCT }).click();
    await page.getByRole('heading', { name: PRODUCT, level: 1 }).waitFor();
    const detailUrl = page.url();
    const loginLink = main.getByRole('link', { name: '登录' });
    expect(await loginLink.getAttribute('href')).toBe(`/login?next=${encodeURIComponent(new URL(detailUrl).pathname)}`);

    await signIn(owner.mobile, '/services');
    // The column filter narrows the list.
    await main.getByLabel('服务栏目').selectOption('FINANCING');
    await main.getByRole('button', { name: '筛选' }).click();
    await page.getByText('暂无符合条件的服务产品').waitFor();
    await main.getByLabel('服务栏目').selectOption('CONSULTING');
    await main.getByRole('button', { name: '筛选' }).click();
    const item = main.locator('.policy-item', { hasText: PRODUCT });
    await item.waitFor();
    expect(await item.textContent()).toContain('免费');
    expect(await item.textContent()).toContain('管理咨询');
    await page.screenshot({ path: join(SHOTS, 'services.png'), fullPage: true });

    await item.getByRole('link', { name: PRODUCT }).click();
    await page.getByRole('heading', { name: PRODUCT, level: 1 }).waitFor();
    await page.getByRole('heading', { name: '服务流程' }).waitFor();
    await main.getByText('专家诊断').waitFor();
    await main.getByRole('button', { name: '选择此服务' }).click();
    // An empty submission shows the API's field error under 需求描述.
    await main.getByRole('button', { name: '提交对接' }).click();
    await page.getByTestId('error-needs').waitFor();
    expect(await main.getByLabel('需求描述').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: join(SHOTS, 'service-docking-error.png'), fullPage: true });
    await main.getByLabel('需求描述').fill('希望就两项发明专利的海外布局进行咨询。');
    await main.getByRole('button', { name: '提交对接' }).click();

    // Lands on the docking with its timeline.
    await page.waitForURL(/\/my\/dockings\/[^/?]+\?submitted=1$/);
    await page.getByRole('heading', { name: PRODUCT, level: 1 }).waitFor();
    expect(await page.getByTestId('docking-status').textContent()).toBe('已提交');
    await main.locator('.timeline__item', { hasText: '提交对接' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'docking-detail.png'), fullPage: true });

    // 我的对接 lists it.
    await page.getByRole('link', { name: '我的对接' }).click();
    await page.waitForURL(`${p.url}/my/dockings`);
    const row = main.locator('.docking-item', { hasText: PRODUCT });
    await row.waitFor();
    expect(await row.getByTestId('docking-status').textContent()).toBe('已提交');
    await page.screenshot({ path: join(SHOTS, 'my-dockings.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.screenshot({ path: join(SHOTS, 'my-dockings-narrow.png'), fullPage: true });
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('registers for an activity and shows the status and ticket', async () => {
    const start = new Date(p.clock.now().getTime() + 3 * DAY);
    const created = await ok(
      p,
      ACTIVITY_CREATE,
      {
        i: {
          name: '中小企业数字化转型专题培训会',
          column: 'TECHNOLOGY',
          logo: { base64: PNG_1X1 },
          content: '邀请专家解读数字化转型政策并分享典型案例。',
          agenda: [{ startsAt: start.toISOString(), title: '政策解读', speaker: '张华' }],
          participants: '省内中小企业负责人',
          organisers: ['安徽省中小企业服务中心'],
          placeAddress: '合肥市蜀山区黄山路1号会议中心',
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 3 * HOUR).toISOString(),
          registrationMethod: 'PLATFORM',
          registrationDeadline: new Date(start.getTime() - DAY).toISOString(),
          capacity: 30,
          contactName: '陈静',
          contactPhone: '0551-62345678',
          targetAudience: '省内中小企业',
        },
      },
      inst.token,
    );
    await ok(
      p,
      ACTIVITY_REVIEW,
      {
        i: { activityId: created.activity!.id, decision: 'APPROVE' },
      },
      op.token,
    );

    const owner = await enterpriseOwner(p);
    await signIn(owner.mobile, '/activities');
    const main = page.locator('#main');
    const item = main.locator('.policy-item', { hasText: '数字化转型专题培训会' });
    await item.waitFor();
    expect(await item.textContent()).toContain('已报名 0 / 30');
    await item.getByRole('link').click();
    await page.getByRole('heading', { name: '中小企业数字化转型专题培训会', level: 1 }).waitFor();
    await main.getByRole('button', { name: '报名' }).click();
    expect(await page.getByTestId('registration-status').textContent()).toBe('报名成功');
    await main.getByText('已报名 1 人').waitFor();
    expect((await page.getByTestId('registration-ticket').textContent())?.length).toBeGreaterThan(10);
    await page.screenshot({ path: join(SHOTS, 'activity-registered.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
