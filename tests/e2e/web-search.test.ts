import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { approvedInstitution, listedProduct, operator } from '../factories/docking.js';
import { editors, publishedPolicy } from '../factories/policies.js';
import { useWebTest } from '../setup/browser.js';
import type { TestPlatform } from '../setup/platform.js';
import { SHOTS } from '../setup/web.js';

/** The /search and /policy pages in a real Chromium against the real server and its search index. */

const web = useWebTest();
const pageErrors = web.pageErrors;
let p: TestPlatform;
let page: Page;

const TITLE = '关于印发合肥市专精特新企业培育奖补办法的通知';

beforeEach(() => {
  ({ p, page } = web); // this test's own page
});

describe('web search and policies', () => {
  it('finds a published policy by pinyin initials, opens it, and lists it under 政策服务', async () => {
    const e = await editors(p);
    const id = await publishedPolicy(p, e, {
      title: TITLE,
      docNo: '合经信〔2026〕88号',
      departments: ['合肥市经济和信息化局'],
      body: '<h2>总则</h2><p>对新认定的<strong>专精特新</strong>企业给予一次性奖补。</p>',
      hotWords: [],
      tags: [],
    });
    // Markup typed into a title is text: the page shows it literally and builds no element from it.
    await publishedPolicy(p, e, { title: '专精特新<b>加粗</b><img src=x onerror="window.__xss=1">政策', hotWords: [], tags: [] });
    await p.jobs.runDue();

    // The header box navigates to /search?q=…
    await page.goto(`${p.url}/`);
    const header = page.getByRole('search', { name: '全站搜索' });
    await header.getByLabel('全站搜索关键词').fill('zjtx');
    await header.getByRole('button', { name: '搜索' }).click();
    await page.waitForURL(`${p.url}/search?q=zjtx`);

    // Pinyin initials are converted; the notice offers the literal search.
    const notice = page.getByTestId('search-rewritten');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('已为您显示「专精特新」的结果');
    expect(await notice.textContent()).toContain('仍搜索「zjtx」');
    const main = page.locator('#main');
    const hit = main.locator('.search-hit', { hasText: '培育奖补办法' }).first();
    await hit.waitFor();
    expect(await hit.locator('.tag').first().textContent()).toBe('政策');
    // The matched words are marked, and nothing else in the excerpt became markup.
    expect(await hit.locator('mark').count()).toBeGreaterThan(0);
    expect(await main.locator('.search-hit em, .search-hit script, .search-hit img').count()).toBe(0);
    const link = hit.getByRole('link');
    expect(await link.getAttribute('href')).toBe(`/policy/${encodeURIComponent(id)}`);
    const markup = main.locator('.search-hit', { hasText: '加粗' }).first();
    await markup.waitFor();
    expect(await markup.locator('.search-hit__title').textContent()).toContain('<b>加粗</b><img');
    expect(await main.locator('.search-hit b, .search-hit img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.screenshot({ path: join(SHOTS, 'search.png'), fullPage: true });

    // A facet filters the results (and shows as pressed).
    const side = page.getByRole('complementary', { name: '筛选' });
    await side.getByRole('button', { name: /合肥市经济和信息化局/ }).click();
    await page.waitForURL(/departments=/);
    await side.getByRole('button', { name: /合肥市经济和信息化局/, pressed: true }).waitFor();
    await main.locator('.search-count', { hasText: '找到 1 条结果' }).waitFor();
    expect(await main.locator('.search-hit', { hasText: '加粗' }).count()).toBe(0);
    await page.goto(`${p.url}/search?q=zjtx`);
    await notice.waitFor();

    // 仍搜索「zjtx」: searches exactly as typed, without the notice.
    await notice.getByRole('link', { name: 'zjtx' }).click();
    await page.waitForURL(/exact=1/);
    await main.locator('.search-count').waitFor();
    expect(await page.getByTestId('search-rewritten').count()).toBe(0);

    // Suggestions appear under the box as one types.
    await page.goto(`${p.url}/search`);
    const box = main.getByRole('combobox');
    await box.fill('专精');
    const suggestions = main.getByRole('listbox', { name: '搜索建议' });
    await suggestions.getByRole('option').first().waitFor();
    await page.screenshot({ path: join(SHOTS, 'search-suggest.png') });
    // Arrow keys move through the suggestions; Enter searches the chosen one.
    const first = (await suggestions.getByRole('option').first().textContent())?.trim() ?? '';
    await box.press('ArrowDown');
    expect(await suggestions.getByRole('option').first().getAttribute('aria-selected')).toBe('true');
    await box.press('Enter');
    await page.waitForURL(`${p.url}/search?q=${encodeURIComponent(first)}`);
    await main.locator('.search-count').waitFor();

    // 在结果中搜索 keeps the previous query in `within`.
    await page.goto(`${p.url}/search?q=${encodeURIComponent('专精特新')}`);
    await main.locator('.search-hit', { hasText: '培育奖补办法' }).first().waitFor();
    await main.getByLabel('在结果中搜索').check();
    await main.getByRole('combobox').fill('奖补');
    await main.getByRole('button', { name: '搜索', exact: true }).click();
    await page.waitForURL(/within=/);
    expect(new URL(page.url()).searchParams.getAll('within')).toEqual(['专精特新']);
    await main.locator('.search-hit', { hasText: '培育奖补办法' }).first().waitFor();

    // Through to the policy page.
    await main.locator('.search-hit', { hasText: '培育奖补办法' }).first().getByRole('link').click();
    await page.waitForURL(`${p.url}/policy/${encodeURIComponent(id)}`);
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    expect(await page.getByTestId('policy-body').textContent()).toContain('对新认定的专精特新企业给予一次性奖补。');
    await page.getByText('合经信〔2026〕88号').waitFor();
    // interpretations and guides are tabs beside the body
    await page.getByRole('tab', { name: /政策解读/ }).click();
    await page.getByRole('heading', { name: '政策解读' }).waitFor();
    await page.getByRole('tab', { name: /申报指南/ }).click();
    await page.getByRole('heading', { name: '申报指南' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'policy-detail.png'), fullPage: true });

    // The list under 政策服务, with its filters.
    await page.getByRole('navigation', { name: '服务栏目' }).getByRole('link', { name: '政策服务', exact: true }).click();
    await page.waitForURL(`${p.url}/policy`);
    await main.getByRole('link', { name: TITLE }).waitFor();
    await main.getByLabel('标题关键词').fill('不存在的标题');
    await main.getByRole('button', { name: '筛选' }).click();
    await page.getByText('暂无符合条件的政策').waitFor();
    // 发文部门 is a list of the departments that issued visible policies
    await main.getByLabel('标题关键词').fill('');
    await main.getByLabel('发文部门').selectOption('合肥市经济和信息化局');
    await main.getByRole('button', { name: '筛选' }).click();
    await main.getByRole('link', { name: TITLE }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'policy-list.png'), fullPage: true });

    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('pages through search hits with 加载更多', async () => {
    const e = await editors(p);
    for (let i = 1; i <= 12; i++) {
      await publishedPolicy(p, e, { title: `数字化转型示范项目申报通知（第${i}批）`, hotWords: [], tags: [] });
    }
    await p.jobs.runDue();
    await page.goto(`${p.url}/search?q=${encodeURIComponent('数字化转型示范项目')}`);
    const main = page.locator('#main');
    await main.locator('.search-count', { hasText: '12' }).waitFor();
    expect(await main.locator('.search-hits > li').count()).toBe(10);
    await main.getByRole('button', { name: '加载更多' }).click();
    await main.locator('.search-hits > li').nth(11).waitFor();
    expect(await main.locator('.search-hits > li').count()).toBe(12);
    expect(await main.getByRole('button', { name: '加载更多' }).count()).toBe(0);
    const titles = await main.locator('.search-hit__title').allTextContents();
    expect(new Set(titles).size).toBe(12);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('shows the typo correction: the corrected results with a way back, or 您是不是要找', async () => {
    await page.goto(`${p.url}/search?q=${encodeURIComponent('专精特心')}`);
    const main = page.locator('#main');
    await main.locator('.search-count').waitFor();
    const notice = main.locator('[data-testid="search-rewritten"], [data-testid="search-did-you-mean"]').first();
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/已为您显示「专精特新」的结果，仍搜索「专精特心」|您是不是要找「专精特新」/);
    await page.screenshot({ path: join(SHOTS, 'search-corrected.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('names the institution offering each of two services with the same name; the service list keeps its filters in the URL', async () => {
    const op = await operator(p);
    const a = await approvedInstitution(p, op, { name: '合肥市同名服务甲中心' });
    const b = await approvedInstitution(p, op, { name: '芜湖市同名服务乙公司' });
    await listedProduct(p, a, op, { name: '企业合规体检服务' });
    await listedProduct(p, b, op, { name: '企业合规体检服务' });
    await p.jobs.runDue();
    await page.goto(`${p.url}/search?q=${encodeURIComponent('企业合规体检服务')}`);
    const main = page.locator('#main');
    const hits = main.locator('.search-hits .search-hit', { hasText: '企业合规体检服务' });
    await hits.nth(1).waitFor();
    const institutions = await hits.locator('.search-hit__institution').allTextContents();
    expect(institutions).toEqual(expect.arrayContaining(['提供机构：合肥市同名服务甲中心', '提供机构：芜湖市同名服务乙公司']));

    await page.goto(`${p.url}/services`);
    await main.getByLabel('关键词').fill('企业合规体检');
    await main.getByLabel('收费方式').selectOption('FREE');
    await main.getByRole('button', { name: '筛选' }).click();
    await page.waitForURL(`${p.url}/services?keyword=${encodeURIComponent('企业合规体检')}&feeType=FREE`);
    await main.locator('.search-count', { hasText: '共 2 项服务产品' }).waitFor();
    await page.reload();
    expect(await main.getByLabel('收费方式').inputValue()).toBe('FREE');
    await main.locator('.search-count', { hasText: '共 2 项服务产品' }).waitFor();
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
