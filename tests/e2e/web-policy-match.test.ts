import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../factories/accounts.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { editors, publishedPolicy, type Editors } from '../factories/policies.js';
import { graphql } from '../gql/index.js';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { ensureWebBuilt, launchChromium, SHOTS } from '../setup/web.js';

/** /policy/for-me in a real Chromium: an enterprise owner sees the policies matched against its profile. */

let p: TestPlatform;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

const TITLE = '合肥市软件企业成长奖补政策';
const DETAIL_TITLE = '合肥市软件企业研发奖补政策'; // the tabs test's own policy (neither title contains the other)
const BODY = '<p>一、申报主体须在合肥市注册。</p><p>二、研发投入占比不低于3%。</p>';
const SET = graphql(`
  mutation WebPolicyMatchConditionsSet($i: PolicyConditionsSetInput!) {
    policyConditionsSet(input: $i) {
      errors {
        ...TestUserError
      }
    }
  }
`);
const LINK = graphql(`
  mutation WebPolicyMatchLink($i: PolicyLinkInput!) {
    policyLink(input: $i) {
      errors {
        code
      }
    }
  }
`);

/** A published policy for enterprises registered in Hefei with an R&D ratio of at least 3%. */
async function matchedPolicy(e: Editors, title: string): Promise<string> {
  const id = await publishedPolicy(p, e, { title, body: BODY, hotWords: [], tags: [] });
  const res = await gql(
    p,
    SET,
    {
      i: {
        policyId: id,
        conditions: [
          { field: 'REGION', operator: 'IN', values: ['340100'], sourceSentence: '申报主体须在合肥市注册。', changeable: false },
          { field: 'RD_RATIO', operator: 'GTE', values: ['3'], sourceSentence: '研发投入占比不低于3%。', changeable: true },
        ],
      },
    },
    { token: e.operator.token },
  );
  expect(res.data.policyConditionsSet.errors).toEqual([]);
  return id;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
  await ensureWebBuilt();
  p = await startTestPlatform();
  context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') pageErrors.push(msg.text());
  });
}, 180_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await p?.stop();
});

describe('web policy matching', () => {
  it('shows a signed-in enterprise owner the matched policy with its verdict and condition reasons', async () => {
    const e = await editors(p);
    const owner = await enterpriseOwner(p, { regionCode: '340104' });
    const id = await matchedPolicy(e, TITLE);

    // Signed out: a sign-in link that comes back here.
    await context.clearCookies();
    await page.goto(`${p.url}/policy/for-me`);
    const main = page.locator('#main');
    const loginLink = main.getByRole('link', { name: '登录' });
    await loginLink.waitFor();
    expect(await loginLink.getAttribute('href')).toBe(`/login?next=${encodeURIComponent('/policy/for-me')}`);

    await loginLink.click();
    await page.getByLabel('手机号码或电子邮箱').fill(owner.mobile);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${p.url}/policy/for-me`);

    const item = main.getByTestId('policy-match').filter({ hasText: TITLE });
    await item.waitFor();
    expect(await item.getByTestId('match-verdict').textContent()).toBe('可能符合（信息不全）');
    expect(await item.getByRole('link', { name: TITLE }).getAttribute('href')).toBe(`/policy/${encodeURIComponent(id)}`);
    await item.locator('summary').click();
    const region = item.locator('.policy-match__condition', { hasText: '申报主体须在合肥市注册。' });
    await region.waitFor();
    expect(await region.locator('.policy-match__mark').textContent()).toBe('✓');
    expect(await region.locator('.policy-match__reason').textContent()).toContain('注册地要求为合肥市');
    expect(await item.locator('.policy-match__condition--unknown .policy-match__mark').textContent()).toBe('?');
    // what would make it eligible: supply the R&D ratio (an UNKNOWN the enterprise can resolve)
    expect(await item.getByTestId('match-supply').locator('li').allTextContents()).toEqual(['补充研发投入占营业收入比例后可判断（要求不低于3%）']);
    await page.screenshot({ path: join(SHOTS, 'policy-for-me.png'), fullPage: true });

    // The owner supplies it: the link opens the profile editor; the server's range check shows at the field.
    await item.getByTestId('match-supply').getByRole('link', { name: '完善企业信息' }).click();
    await page.waitForURL(`${p.url}/enterprise/edit`);
    const rd = page.getByLabel('研发投入占营业收入比例（%）');
    await rd.fill('120');
    await page.getByRole('button', { name: '保存企业信息' }).click();
    await expect.poll(() => main.locator('.field-error').allTextContents()).toEqual(['研发投入占营业收入比例应为0到100之间的百分数，最多两位小数']);
    expect(await rd.getAttribute('aria-invalid')).toBe('true');
    await rd.fill('4.5');
    await page.getByLabel('纳税信用等级').selectOption('B');
    await page.getByRole('button', { name: '保存企业信息' }).click();
    await page.waitForURL(`${p.url}/enterprise?saved=1`);
    await main.getByTestId('enterprise-saved').waitFor();
    expect(await main.getByTestId('enterprise-rd-ratio').textContent()).toBe('4.5%');
    expect(await main.getByTestId('enterprise-tax-grade').textContent()).toBe('B级');

    // …and the policy now matches outright.
    await page.goto(`${p.url}/policy/for-me`);
    const again = main.getByTestId('policy-match').filter({ hasText: TITLE });
    await again.waitFor();
    expect(await again.getByTestId('match-verdict').textContent()).toBe('符合');
    expect(pageErrors).toEqual([]);
  });

  it("shows the policy page in tabs, with the enterprise's own match and the related documents", async () => {
    const e = await editors(p);
    // an owner eligible from the start (R&D ratio declared), signed in through the form
    const owner = await enterpriseOwner(p, { regionCode: '340104', rdRatio: 4.5, taxCreditGrade: 'B' });
    const id = await matchedPolicy(e, DETAIL_TITLE);
    const notice = await publishedPolicy(p, e, { title: '关于组织申报2026年软件企业成长奖补的通知', policyType: 'APPLICATION_NOTICE', hotWords: [], tags: [] });
    const linked = await gql(p, LINK, { i: { policyId: id, relatedPolicyId: notice } }, { token: e.operator.token });
    expect(linked.data.policyLink.errors).toEqual([]);

    await context.clearCookies();
    await page.goto(`${p.url}/login?next=${encodeURIComponent(`/policy/${id}`)}`);
    await page.getByLabel('手机号码或电子邮箱').fill(owner.mobile);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${p.url}/policy/${encodeURIComponent(id)}`);
    const main = page.locator('#main');
    const panel = main.getByTestId('policy-match-panel');
    await panel.waitFor();
    expect(await panel.getByTestId('match-verdict').textContent()).toBe('符合');
    expect(await main.getByTestId('policy-body').textContent()).toContain('研发投入占比不低于3%。');

    const tabs = main.getByRole('tablist', { name: '政策内容' });
    expect(await tabs.getByRole('tab').allTextContents()).toEqual(['政策正文', '政策解读0', '申报指南0', '相关文件1']);
    await tabs.getByRole('tab', { name: /相关文件/ }).click();
    await page.waitForURL(`${p.url}/policy/${encodeURIComponent(id)}?tab=related`);
    const related = main.getByTestId('policy-related');
    await related.getByRole('link', { name: '关于组织申报2026年软件企业成长奖补的通知' }).waitFor();
    // arrow keys move between tabs (WAI-ARIA tabs)
    await tabs.getByRole('tab', { name: /相关文件/ }).press('ArrowLeft');
    await main.getByText('暂无申报指南').waitFor();
    expect(await tabs.getByRole('tab', { name: /申报指南/ }).getAttribute('aria-selected')).toBe('true');
    // the tab survives a reload, and the linked notice links back
    await page.reload();
    await main.getByText('暂无申报指南').waitFor();
    await page.goto(`${p.url}/policy/${encodeURIComponent(notice)}?tab=related`);
    await main.getByTestId('policy-related').getByRole('link', { name: DETAIL_TITLE }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'policy-detail-tabs.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
