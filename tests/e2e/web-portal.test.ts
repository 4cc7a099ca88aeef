import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { staff, type TestAccount } from '../factories/accounts.js';
import { approvedInstitution, listedProduct } from '../factories/docking.js';
import { NOTICE_CREATE, NOTICE_PUBLISH } from '../factories/notices.js';
import { editors, publishedPolicy, type Editors } from '../factories/policies.js';
import { graphql } from '../gql/index.js';
import { useWebTest } from '../setup/browser.js';
import { gql } from '../setup/client.js';
import type { TestPlatform } from '../setup/platform.js';
import { SHOTS } from '../setup/web.js';

/** Portal furniture in a real Chromium: 通知公告 and 最新政策 on the home page, the footer, the institution directory, policy filters, notice admin. */

const web = useWebTest();
let p: TestPlatform;
let page: Page;
let e: Editors;

const rand = () => Math.floor(Math.random() * 1e6);
const GUIDE = graphql(`
  mutation WebPortalPolicyGuideAdd($i: PolicyGuideAddInput!) {
    policyGuideAdd(input: $i) {
      errors {
        message
      }
    }
  }
`);

async function publishNotice(op: TestAccount, title: string, pinned = false): Promise<string> {
  const c = await gql(p, NOTICE_CREATE, { i: { title, body: `<p>${title}的正文。</p>`, pinned } }, { token: op.token });
  const id = c.data.noticeCreate.notice!.id;
  await gql(p, NOTICE_PUBLISH, { i: { id } }, { token: op.token });
  return id;
}

beforeAll(async () => {
  p = web.p;
  e = await editors(p);
});
beforeEach(() => {
  page = web.page;
});

describe('home page: 通知公告 and 最新政策', () => {
  it('shows the newest notices pinned first, links to the list and a notice, and the newest policies', async () => {
    const tag = rand();
    await publishNotice(e.operator, `普通公告${tag}`);
    await publishNotice(e.operator, `置顶公告${tag}`, true);
    const policyTitle = `首页最新政策${tag}`;
    await publishedPolicy(p, e, { title: policyTitle, publishedOn: '2099-01-01' });

    await page.goto(`${p.url}/`);
    const notices = page.getByTestId('home-notices');
    await notices.getByRole('link', { name: `普通公告${tag}` }).waitFor();
    const titles = await notices.locator('li a').allInnerTexts();
    expect(titles.indexOf(`置顶公告${tag}`)).toBeLessThan(titles.indexOf(`普通公告${tag}`));
    expect(titles.length).toBeLessThanOrEqual(5);
    const policies = page.getByTestId('home-policies');
    await policies.getByRole('link', { name: policyTitle }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'home-notices-policies.png'), fullPage: true });

    await notices.getByRole('link', { name: '更多通知公告' }).click();
    await page.waitForURL(`${p.url}/notices`);
    await page.getByRole('heading', { name: '通知公告', level: 1 }).waitFor();
    await page.getByRole('link', { name: `普通公告${tag}` }).click();
    await page.getByRole('heading', { name: `普通公告${tag}`, level: 1 }).waitFor();
    expect(await page.getByTestId('notice-body').innerText()).toContain(`普通公告${tag}的正文。`);

    await page.goto(`${p.url}/`);
    await page.getByTestId('home-policies').getByRole('link', { name: policyTitle }).click();
    await page.getByRole('heading', { name: policyTitle, level: 1 }).waitFor();
    expect(web.pageErrors).toEqual([]);
  });
});

describe('footer', () => {
  it('names the standard correctly and shows only the configured lines, which the system administrator edits at /admin/site', async () => {
    const admin = await staff(p, ['SYSTEM_ADMIN'], '站点管理员');
    await web.signIn(admin.mobile, '/admin/site');
    const form = page.getByRole('form', { name: '页脚信息' });
    await form.getByLabel('ICP备案号').fill('12345');
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByText('ICP备案号格式不正确').waitFor();
    await form.getByLabel('主办单位').fill('安徽省经济和信息化厅');
    await form.getByLabel('ICP备案号').fill('皖ICP备12345678号-1');
    await form.getByLabel('联系电话').fill('0551-62871234');
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('site-footer-saved').waitFor();

    await page.goto(`${p.url}/`);
    const footer = page.locator('footer');
    await footer.getByText('主办单位：安徽省经济和信息化厅').waitFor();
    expect(await footer.innerText()).toContain('DB34/T 3727-2020《企业公共服务网络平台建设和管理规范》');
    expect(await footer.innerText()).toContain('联系电话：0551-62871234');
    expect(await footer.innerText()).not.toContain('承办单位');
    expect(await footer.innerText()).not.toContain('公网安备');
    expect(await footer.getByRole('link', { name: '皖ICP备12345678号-1' }).getAttribute('href')).toBe('https://beian.miit.gov.cn/');
  });
});

describe('institution directory', () => {
  it('lists approved institutions with region, columns and product count, and filters by name, column and region', async () => {
    const key = `名录${rand()}`;
    const inst = await approvedInstitution(p, e.operator, {
      name: `合肥市${key}技术转移服务中心`,
      columns: ['TECHNOLOGY', 'CONSULTING'],
      regionCodes: ['340100'],
    });
    await listedProduct(p, inst, e.operator);

    await page.goto(`${p.url}/institutions`);
    await page.getByRole('heading', { name: '服务机构', level: 1 }).waitFor();
    await page.getByTestId('directory-count').waitFor();
    await page.getByLabel('机构名称').fill(key);
    await page.getByRole('button', { name: '筛选' }).click();
    await page.getByTestId('directory-count').filter({ hasText: '共 1 家服务机构' }).waitFor();
    const card = page.getByTestId('directory-card');
    expect(await card.innerText()).toContain('服务地区：合肥市');
    expect(await card.innerText()).toContain('在架服务产品：1 项');
    expect(await card.innerText()).toContain('技术服务');

    await page.getByRole('combobox', { name: '服务栏目' }).selectOption('FINANCING');
    await page.getByRole('button', { name: '筛选' }).click();
    await page.getByText('暂无符合条件的服务机构').waitFor();
    await page.getByRole('combobox', { name: '服务栏目' }).selectOption('');
    await page.getByRole('combobox', { name: '服务地区' }).selectOption('340200');
    await page.getByRole('button', { name: '筛选' }).click();
    await page.getByText('暂无符合条件的服务机构').waitFor();
    await page.getByRole('button', { name: '重置' }).click();
    await page.getByTestId('directory-card').first().waitFor();
    expect(web.pageErrors).toEqual([]);
  });
});

describe('policy list filters', () => {
  it('offers 发文部门 from the data and filters by 申报状态; on a phone the filters sit in a drawer', async () => {
    const tag = rand();
    const dept = `安徽省测试发文厅${tag}`;
    const make = async (title: string, start: string, end: string) => {
      const id = await publishedPolicy(p, e, { title, departments: [dept] });
      await gql(
        p,
        GUIDE,
        {
          i: {
            policyId: id,
            fields: {
              title: `${title}指南`,
              beneficiaries: '中小企业',
              conditions: '在皖注册',
              applicationStart: start,
              applicationEnd: end,
              whereToApply: '线上',
            },
          },
        },
        { token: e.operator.token },
      );
    };
    await make(`申报中的政策${tag}`, '2000-01-01', '2099-12-31');
    await make(`已截止的政策${tag}`, '2000-01-01', '2000-06-30');

    await page.goto(`${p.url}/policy`);
    const department = page.getByLabel('发文部门');
    await department.locator('option', { hasText: `${dept}（2）` }).waitFor({ state: 'attached' });
    await department.selectOption(dept);
    await page.getByRole('button', { name: '筛选' }).click();
    await page.getByText('共 2 条政策').waitFor();
    await page.getByLabel('申报状态').selectOption('OPEN');
    await page.getByRole('button', { name: '筛选' }).click();
    await page.getByText('共 1 条政策').waitFor();
    expect(await page.locator('.policy-list').innerText()).toContain(`申报中的政策${tag}`);
    await page.getByLabel('申报状态').selectOption('CLOSED');
    await page.getByRole('button', { name: '筛选' }).click();
    await page.getByRole('link', { name: `已截止的政策${tag}` }).waitFor();
    expect(await page.getByLabel('适用地区').count()).toBe(1);
    expect(await page.getByLabel('适用行业').count()).toBe(1);

    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`${p.url}/policy`);
    const toggle = page.getByRole('button', { name: /^筛选/ }).first();
    await toggle.waitFor();
    expect(await page.getByLabel('申报状态').isVisible()).toBe(false);
    await toggle.click();
    expect(await page.getByLabel('申报状态').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'policy-filters-390.png'), fullPage: true });
  });
});

describe('application guidance leads somewhere real', () => {
  it('the enterprise guide links to the policies open for application, with 申报中 already chosen', async () => {
    await page.goto(`${p.url}/help/enterprise-start`);
    await page.getByRole('link', { name: '申报中的政策' }).click();
    await page.waitForURL(`${p.url}/policy?applicationStatus=OPEN`);
    await page.getByRole('heading', { name: '政策服务', level: 1 }).waitFor();
    expect(await page.getByLabel('申报状态').inputValue()).toBe('OPEN');
    expect(web.pageErrors).toEqual([]);
  });
});

describe('notice administration', () => {
  it('lets an operator write a notice, refuses an empty one at the field, publishes it after confirmation and shows success', async () => {
    const op = await staff(p, ['OPERATOR'], '公告编辑');
    const title = `关于开展中小企业服务月活动的通知${rand()}`;
    await web.signIn(op.mobile, '/admin/notices');
    await page.getByRole('heading', { name: '通知公告管理', level: 1 }).waitFor();
    await page.getByRole('button', { name: '新建通知公告' }).click();
    const form = page.getByRole('form', { name: '新建通知公告' });
    await form.getByRole('button', { name: '保存' }).click();
    await form.getByText('请填写标题').waitFor();
    expect(await form.getByLabel('标题').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('标题').fill(title);
    await form.getByLabel('正文').fill('各有关单位：\n\n现将服务月活动安排通知如下。<script>alert(1)</script>');
    await form.getByLabel('置顶').check();
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('notice-admin-message').filter({ hasText: '未发布' }).waitFor();

    const row = page.getByTestId('notice-admin-row').filter({ hasText: title });
    await row.getByText('未发布').waitFor();
    await row.getByRole('button', { name: '发布' }).click();
    const confirm = page.getByTestId('notice-confirm');
    await confirm.getByText(`确定发布“${title}”吗？`).waitFor();
    await confirm.getByRole('button', { name: '确认发布' }).click();
    await page
      .getByTestId('notice-admin-message')
      .filter({ hasText: `已发布“${title}”` })
      .waitFor();
    await row.getByText(/已发布/).waitFor();
    await page.screenshot({ path: join(SHOTS, 'admin-notices.png'), fullPage: true });

    const visitor = await web.newPage();
    await visitor.goto(`${p.url}/notices`);
    await visitor.getByRole('link', { name: title }).click();
    await visitor.getByRole('heading', { name: title, level: 1 }).waitFor();
    const body = await visitor.getByTestId('notice-body').innerHTML();
    expect(body).toContain('现将服务月活动安排通知如下。');
    expect(body).not.toContain('<script');
    expect(web.pageErrors).toEqual([]);
  });
});
