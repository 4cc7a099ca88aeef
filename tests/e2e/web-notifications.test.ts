import { beforeAll, describe, expect, it } from 'vitest';
import type { TestAccount } from '../factories/accounts.js';
import { approvedInstitution, DOCKING_SUBMIT, listedProduct, ok, operator, type TestInstitution } from '../factories/docking.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { graphql } from '../gql/index.js';
import { useWebTest } from '../setup/browser.js';
import type { TestPlatform } from '../setup/platform.js';

/** Issue 17 in the browser: one live badge in the header, 我的消息 with mark read / all read, preferences, the operator's reminders page. */

const web = useWebTest();
const { signedIn } = web;
let p: TestPlatform;
let op: TestAccount;
let inst: TestInstitution;

beforeAll(async () => {
  p = web.p;
  op = await operator(p);
  inst = await approvedInstitution(p, op);
});

const MESSAGE = graphql(`
  mutation WebNotificationsMessageSend($i: DockingMessageInput!) {
    dockingMessageSend(input: $i) {
      docking {
        id
      }
      errors {
        ...TestUserError
      }
    }
  }
`);

describe('web notifications (M2, B3; issue 17)', () => {
  it('an institution’s reply raises the enterprise’s badge live; 我的消息 lists it, links to the docking and marks all read', async () => {
    const owner = await enterpriseOwner(p);
    const productId = await listedProduct(p, inst, op, { name: '知识产权托管服务' });
    const submitted = await ok(p, DOCKING_SUBMIT, { i: { productId, needs: '托管五项专利' } }, owner.token);
    const id: string = submitted.docking!.id;

    const page = await signedIn(owner.mobile, '/enterprise');
    const badge = page.getByTestId('notification-badge');
    await badge.waitFor();
    expect(await badge.textContent()).toBe('我的消息');
    await ok(p, MESSAGE, { i: { dockingId: id, body: '已收到，明天联系您' } }, inst.token);
    await expect.poll(() => badge.textContent(), { timeout: 10_000 }).toBe('我的消息1');

    await badge.click();
    await page.waitForURL(`${p.url}/my/notifications`);
    const item = page.getByTestId('notification').filter({ hasText: '服务机构回复了您的服务对接' });
    await item.waitFor();
    expect(await item.textContent()).toContain('已收到，明天联系您');
    expect(await item.getByRole('link', { name: '服务机构回复了您的服务对接' }).getAttribute('href')).toBe(`/my/dockings/${encodeURIComponent(id)}`);
    await page.getByRole('button', { name: '全部标为已读' }).click();
    await expect.poll(() => badge.textContent(), { timeout: 10_000 }).toBe('我的消息');
    expect(await page.getByTestId('notifications-unread').textContent()).toContain('未读 0 条');

    await page.getByRole('link', { name: '通知设置' }).click();
    await page.getByRole('heading', { name: '通知设置', level: 1 }).waitFor();
    await page.getByRole('checkbox', { name: '对接新留言 邮件' }).uncheck();
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    expect(web.pageErrors).toEqual([]);
  }, 120_000);

  it('the operator’s header links to 督办提醒, titled for operators', async () => {
    const page = await signedIn(op.mobile, '/admin');
    await page.getByRole('link', { name: '督办提醒' }).click();
    await page.waitForURL(`${p.url}/admin/reminders`);
    await page.getByRole('heading', { name: '督办提醒', level: 1 }).waitFor();
    expect(await page.locator('#main').textContent()).not.toContain('本企业发起的服务对接');
    expect(web.pageErrors).toEqual([]);
  }, 120_000);
});
