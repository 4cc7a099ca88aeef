import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestAccount } from '../factories/accounts.js';
import { approvedInstitution, DOCKING_SUBMIT, listedProduct, ok, operator, type TestInstitution } from '../factories/docking.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { useWebTest } from '../setup/browser.js';
import type { TestPlatform } from '../setup/platform.js';
import { SHOTS } from '../setup/web.js';

/** Both parties of a docking act in their own browser; each sees the other's steps live (graphql-ws), no reload. */

const web = useWebTest();
const { signedIn, pageErrors } = web;
let p: TestPlatform;
let op: TestAccount;
let inst: TestInstitution;
let owner: TestAccount & { enterpriseId: string };

const PRODUCT = '安徽省专利布局咨询服务';

beforeAll(async () => {
  p = web.p;
  op = await operator(p);
  inst = await approvedInstitution(p, op);
  owner = await enterpriseOwner(p);
});

const status = (page: Page) => page.locator('#main').getByTestId('docking-status').first();

describe('web docking actions', () => {
  it('institution accepts, replies and starts; enterprise urges (once a day), completes and rates; the reply comes back — all live', async () => {
    const productId = await listedProduct(p, inst, op, { name: PRODUCT });
    const submitted = await ok(
      p,
      DOCKING_SUBMIT,
      {
        i: { productId, needs: '希望就两项发明专利的海外布局进行咨询。' },
      },
      owner.token,
    );
    const id: string = submitted.docking!.id;

    const ent = await signedIn(owner.mobile, `/my/dockings/${encodeURIComponent(id)}`);
    await ent.getByRole('heading', { name: PRODUCT, level: 1 }).waitFor();
    expect(await status(ent).textContent()).toBe('已提交');

    // The institution finds the request in its list (header link) and opens it.
    const org = await signedIn(inst.mobile, '/');
    await org.getByRole('link', { name: '机构工作台' }).click();
    await org.waitForURL(`${p.url}/institution/dockings`);
    const row = org.locator('.docking-item', { hasText: PRODUCT });
    await row.waitFor();
    expect(await row.textContent()).toContain('希望就两项发明专利');
    await org.screenshot({ path: join(SHOTS, 'institution-dockings.png'), fullPage: true });
    await row.getByRole('link', { name: PRODUCT }).click();
    await org.getByRole('heading', { name: PRODUCT, level: 1 }).waitFor();
    const orgMain = org.locator('#main');
    const entMain = ent.locator('#main');

    // Declining needs a reason: the API's error shows at the note field.
    await orgMain.getByRole('button', { name: '拒绝' }).click();
    await org.getByTestId('error-note').waitFor();

    // Accept: the enterprise's open page follows without a reload.
    await orgMain.getByRole('button', { name: '受理' }).click();
    await org.locator('[data-testid="docking-status"]', { hasText: '已受理' }).waitFor();
    await ent.locator('[data-testid="docking-status"]', { hasText: '已受理' }).waitFor();

    // A message from the institution reaches the enterprise live, and the answer goes back.
    await orgMain.getByLabel('留言内容').fill('您好，请提供企业现有专利清单。');
    await orgMain.getByRole('button', { name: '发送留言' }).click();
    await entMain.locator('.timeline__item', { hasText: '请提供企业现有专利清单' }).waitFor();
    await entMain.getByLabel('留言内容').fill('清单已发送至联系邮箱。');
    await entMain.getByRole('button', { name: '发送留言' }).click();
    await orgMain.locator('.timeline__item', { hasText: '清单已发送至联系邮箱' }).waitFor();

    // 催办: the first goes through and appears for the institution; the second the same day is refused with the limit.
    await entMain.getByLabel('说明或催办事由').fill('请尽快安排专家');
    await entMain.getByRole('button', { name: '催办' }).click();
    await orgMain.locator('.timeline__item', { hasText: '企业催办' }).waitFor();
    await entMain.getByRole('button', { name: '催办' }).click();
    await ent.getByTestId('form-error').filter({ hasText: '今天已催办过' }).waitFor();
    await ent.screenshot({ path: join(SHOTS, 'docking-urge-limited.png'), fullPage: true });

    await orgMain.getByRole('button', { name: '开始服务' }).click();
    await ent.locator('[data-testid="docking-status"]', { hasText: '服务中' }).waitFor();
    await entMain.getByRole('button', { name: '确认完成' }).click();
    await ent.locator('[data-testid="docking-status"]', { hasText: '已完成' }).waitFor();
    await org.locator('[data-testid="docking-status"]', { hasText: '已完成' }).waitFor();

    // Rating in four dimensions and a comment; the institution sees it live and answers once.
    const form = entMain.getByRole('form', { name: '评价服务' });
    await form.getByRole('group', { name: '响应及时' }).getByLabel('4 分').check();
    await form.getByRole('group', { name: '专业水平' }).getByLabel('4 分').check();
    await form.getByLabel('评价内容').fill('专家专业，响应及时。');
    await form.getByRole('button', { name: '提交评价' }).click();
    const evaluation = entMain.getByTestId('docking-evaluation');
    await evaluation.waitFor();
    expect(await evaluation.textContent()).toContain('综合评分 4.5 分');
    await orgMain.getByTestId('docking-evaluation').waitFor();
    await orgMain.getByLabel('回复内容').fill('感谢认可，欢迎再次合作。');
    await orgMain.getByRole('button', { name: '提交回复' }).click();
    await ent.getByTestId('evaluation-reply').filter({ hasText: '感谢认可' }).waitFor();
    expect(await orgMain.getByRole('form', { name: '回复评价' }).count()).toBe(0);
    await ent.screenshot({ path: join(SHOTS, 'docking-rated.png'), fullPage: true });
    await org.screenshot({ path: join(SHOTS, 'institution-docking-detail.png'), fullPage: true });
    await org.setViewportSize({ width: 390, height: 844 });
    await org.screenshot({ path: join(SHOTS, 'institution-docking-detail-narrow.png'), fullPage: true });
    await org.setViewportSize({ width: 1280, height: 900 });

    // The workbench: unread reminders (the request, the urge), marked read one by one; a new request arrives live.
    await org.goto(`${p.url}/institution/dockings`);
    const urged = org.getByTestId('reminder').filter({ hasText: '企业催办对接事项' });
    await urged.waitFor();
    await urged.getByRole('button', { name: '标为已读' }).click();
    await urged.waitFor({ state: 'detached' });
    const second = await listedProduct(p, inst, op, { name: '安徽省商标注册咨询服务' });
    const secondId: string = (await ok(p, DOCKING_SUBMIT, { i: { productId: second, needs: '商标注册咨询' } }, owner.token)).docking!.id;
    await org.locator('.docking-item', { hasText: '安徽省商标注册咨询服务' }).waitFor();
    await org
      .getByTestId('reminder')
      .filter({ hasText: '安徽省商标注册咨询服务' })
      .or(org.getByTestId('reminder').filter({ hasText: '新的对接申请' }))
      .first()
      .waitFor();
    await org.screenshot({ path: join(SHOTS, 'institution-workbench.png'), fullPage: true });

    // The institution's list shows the first one completed (the status filter narrows it).
    await org.getByLabel('对接状态').selectOption('COMPLETED');
    await org.locator('.docking-item', { hasText: PRODUCT }).waitFor();
    await org.locator('.docking-item', { hasText: '安徽省商标注册咨询服务' }).waitFor({ state: 'detached' });
    await org.getByLabel('对接状态').selectOption('DECLINED');
    await org.getByText('暂无对接请求').waitFor();

    // The institution declines the second request with a reason; the enterprise withdraws a third one.
    await org.goto(`${p.url}/institution/dockings/${encodeURIComponent(secondId)}`);
    await orgMain.getByLabel('说明或拒绝理由').fill('商标注册不在本机构服务范围内，建议联系商标代理机构。');
    await orgMain.getByRole('button', { name: '拒绝' }).click();
    await org.locator('[data-testid="docking-status"]', { hasText: '已拒绝' }).waitFor();
    expect(await orgMain.getByRole('button', { name: '受理' }).count()).toBe(0);
    const thirdId: string = (await ok(p, DOCKING_SUBMIT, { i: { productId: second, needs: '重新申请商标咨询' } }, owner.token)).docking!.id;
    await ent.goto(`${p.url}/my/dockings/${encodeURIComponent(thirdId)}`);
    await entMain.getByRole('button', { name: '撤销对接' }).click();
    // Withdrawing cannot be undone: it asks first, then says it is done.
    await entMain.getByText('确认撤销该对接请求？撤销后服务机构将不再办理，且无法恢复。').waitFor();
    await entMain.getByRole('button', { name: '确认撤销对接' }).click();
    await ent.locator('[data-testid="docking-status"]', { hasText: '已撤销' }).waitFor();
    await entMain.getByRole('status').getByText('已撤销该对接请求。').waitFor();
    expect(await entMain.getByRole('form', { name: '发送留言' }).count()).toBe(0);

    // Another party's docking is not shown to an enterprise.
    const stranger = await enterpriseOwner(p);
    const other = await signedIn(stranger.mobile, `/my/dockings/${encodeURIComponent(id)}`);
    await other.getByText('未找到该服务对接').waitFor();
    expect(pageErrors).toEqual([]);
  }, 180_000);
});
