import { describe, expect, it } from 'vitest';
import { useWebTest } from '../setup/browser.js';

/**
 * GraphiQL on /developers (issue 12), bundled from npm: its chunk, Monaco and Monaco's workers come from our own
 * origin under the page's CSP, only when a developer opens it, and a query runs against /graphql.
 */

const web = useWebTest();

describe('A2 developer page: GraphiQL bundled from npm', () => {
  it('loads nothing until opened, then only from our origin; runs a query with the SDL schema', async () => {
    const { p, page } = web;
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(`${p.url}/developers`);
    await page.getByRole('heading', { name: '开发者', level: 1 }).waitFor();
    await page.getByLabel('搜索类型、字段或说明').waitFor();
    expect(urls.filter((u) => /GraphiQLPanel|monaco/.test(u))).toEqual([]);

    await page.getByRole('button', { name: '打开 GraphiQL 在线调试' }).click();
    const panel = page.getByTestId('graphiql');
    await panel.locator('.graphiql-container').waitFor();
    await panel.locator('.graphiql-query-editor .monaco-editor').waitFor();
    await panel.getByRole('button', { name: /Execute query/i }).click();
    await expect.poll(async () => panel.locator('.graphiql-response').innerText(), { timeout: 20_000 }).toContain('"totalCount"');
    expect(urls.some((u) => /GraphiQLPanel/.test(u))).toBe(true);
    expect(workers.length).toBeGreaterThan(0);
    for (const u of [...urls, ...workers]) expect(u.startsWith(p.url) || u.startsWith('data:') || u.startsWith('blob:'), u).toBe(true);
    // The SDL browser stays on the page beside it.
    await page.getByLabel('搜索类型、字段或说明').waitFor();
    expect(web.pageErrors).toEqual([]);
  }, 240_000);
});
