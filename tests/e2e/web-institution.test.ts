import { describe, expect, it } from 'vitest';
import { approvedInstitution, listedProduct, operator } from '../factories/docking.js';
import { useWebTest } from '../setup/browser.js';

/** The institution's public page: who it is, its public service record (M1), its listed services, its contact. */

const web = useWebTest();

describe('institution page', () => {
  it('shows the institution, its empty service record, its listed product linked to the product page, and its contact', async () => {
    const { p, page } = web;
    const op = await operator(p);
    const inst = await approvedInstitution(p, op, { name: '合肥市中小企业公共服务中心', contactName: '周敏' });
    await listedProduct(p, inst, op, { name: '安徽省专利布局咨询服务' });

    await page.goto(`${p.url}/institutions/${encodeURIComponent(inst.institutionId)}`);
    await page.getByRole('heading', { name: '合肥市中小企业公共服务中心', level: 1 }).waitFor();
    await page.getByText('该机构尚未受理过对接请求。').waitFor();
    await page.getByText('暂无即将举办的活动').waitFor();
    const product = page.getByRole('link', { name: '安徽省专利布局咨询服务' });
    expect(await product.getAttribute('href')).toMatch(/^\/services\//);
    await page.getByRole('heading', { name: '服务产品（1）' }).waitFor();
    await page.getByText('周敏').waitFor();
    expect(await page.title()).toContain('合肥市中小企业公共服务中心');

    await product.click();
    await page.waitForURL(/\/services\//);
    await page.getByRole('heading', { name: '安徽省专利布局咨询服务' }).waitFor();
  });

  it('is where an institution found by search opens', async () => {
    const { p, page } = web;
    const op = await operator(p);
    const inst = await approvedInstitution(p, op, { name: '芜湖市检验检测公共服务平台' });
    await p.jobs.runDue(); // the search outbox
    await page.goto(`${p.url}/search?q=${encodeURIComponent('芜湖市检验检测公共服务平台')}`);
    await page.locator('.search-hit', { hasText: '芜湖市检验检测公共服务平台' }).first().getByRole('link').click();
    await page.waitForURL(`${p.url}/institutions/${encodeURIComponent(inst.institutionId)}`);
    await page.getByRole('heading', { name: '芜湖市检验检测公共服务平台', level: 1 }).waitFor();
  });

  it('says plainly when there is no such institution', async () => {
    const { p, page } = web;
    await page.goto(`${p.url}/institutions/not-an-id`);
    await page.getByRole('heading', { name: '找不到这家服务机构' }).waitFor();
    expect(web.pageErrors).toEqual([]);
  });
});
