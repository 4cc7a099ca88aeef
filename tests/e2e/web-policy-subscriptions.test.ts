import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { enterpriseOwner } from '../factories/enterprises.js';
import { editors, publishedPolicy, type Editors } from '../factories/policies.js';
import { graphql } from '../gql/index.js';
import { useWebTest } from '../setup/browser.js';
import { gql } from '../setup/client.js';
import { SHOTS } from '../setup/web.js';

/** Enterprise side of push (P5, B4) in a real Chromium: manage subscriptions, see pushes arrive live in the inbox, unsubscribe. */

const w = useWebTest();
const SUBSCRIBE = graphql(`
  mutation WebPolicySubscriptionsCreate($i: PolicySubscriptionCreateInput!) {
    policySubscriptionCreate(input: $i) {
      errors {
        code
      }
    }
  }
`);
let e: Editors;

beforeAll(async () => {
  e = await editors(w.p);
});

describe('web policy subscriptions and inbox', () => {
  it('creates, edits and deletes subscriptions; a publish arrives live in the inbox; mark read and unsubscribe there', async () => {
    const { p } = w;
    const owner = await enterpriseOwner(p, { regionCode: '340104' });
    const page = await w.signedIn(owner.mobile, '/policy/subscriptions');
    const main = page.locator('#main');
    await main.getByText('暂无订阅').waitFor();

    // create: validation from the API shows next to the field, then success
    await main.getByRole('button', { name: '新建订阅' }).click();
    const form = main.getByRole('form', { name: '新建订阅' });
    await form.getByLabel('订阅名称').fill('专精特新奖补');
    await form.getByLabel('关键词').fill('专精特新、小巨人');
    await form.getByLabel('电子邮件').check();
    await form.getByRole('button', { name: '创建订阅' }).click();
    await form.getByTestId('error-email').waitFor();
    expect(await form.getByTestId('error-email').textContent()).toBe('选择邮件推送时请填写电子邮箱');
    await form.getByLabel('电子邮箱').fill('boss@example.cn');
    await form.getByLabel('地区').selectOption(['340100']);
    await form.getByRole('button', { name: '创建订阅' }).click();
    const item = main.getByTestId('policy-subscription').filter({ hasText: '专精特新奖补' });
    await item.waitFor();
    expect(await item.textContent()).toContain('专精特新、小巨人');
    expect(await item.textContent()).toContain('合肥市（市本级）');
    expect(await item.textContent()).toContain('站内消息、电子邮件');

    // edit
    await item.getByRole('button', { name: '修改' }).click();
    const edit = main.getByRole('form', { name: '修改订阅' });
    await edit.getByLabel('关键词').fill('专精特新');
    await edit.getByLabel('申报通知').check();
    await edit.getByLabel('邮件、短信推送频率').selectOption('DAILY');
    await edit.getByRole('button', { name: '保存修改' }).click();
    await edit.waitFor({ state: 'detached' });
    expect(await item.textContent()).toContain('申报通知');
    expect(await item.textContent()).not.toContain('小巨人');
    expect(await item.textContent()).toContain('每日摘要');

    // a second one, deleted with a confirmation
    await main.getByRole('button', { name: '新建订阅' }).click();
    await main.getByRole('form', { name: '新建订阅' }).getByLabel('订阅名称').fill('临时订阅');
    await main.getByRole('form', { name: '新建订阅' }).getByLabel('标签').fill('稳岗');
    await main.getByRole('button', { name: '创建订阅' }).click();
    const temp = main.getByTestId('policy-subscription').filter({ hasText: '临时订阅' });
    await temp.waitFor();
    await temp.getByRole('button', { name: '删除' }).click();
    await temp.getByRole('button', { name: '确认删除' }).click();
    await temp.waitFor({ state: 'detached' });
    await page.screenshot({ path: join(SHOTS, 'policy-subscriptions.png'), fullPage: true });

    // inbox: empty, then a matching publish arrives over the graphql-ws subscription without reloading
    await main.getByRole('link', { name: '查看消息' }).click();
    await page.waitForURL(`${p.url}/my/inbox`);
    await main.getByText('暂无消息').waitFor();
    await page.waitForTimeout(500); // let the live subscription register
    await publishedPolicy(p, e, { title: '关于组织申报2026年专精特新企业奖补的通知', policyType: 'APPLICATION_NOTICE', regions: ['340100'] });
    await p.jobs.runDue();
    await main.getByTestId('inbox-arrived').waitFor();
    expect(await main.getByTestId('inbox-arrived').textContent()).toBe('新消息：新政策：关于组织申报2026年专精特新企业奖补的通知');
    const note = main.getByTestId('inbox-item');
    await note.waitFor();
    expect(await note.textContent()).toContain('符合您的订阅');
    expect(await note.textContent()).toContain('来自订阅「专精特新奖补」');
    expect(await main.getByTestId('inbox-unread').textContent()).toBe('未读 1 条，共 1 条');
    await page.screenshot({ path: join(SHOTS, 'policy-inbox.png'), fullPage: true });

    await note.getByRole('button', { name: '标为已读' }).click();
    await main.getByTestId('inbox-unread').filter({ hasText: '未读 0 条' }).waitFor();
    await note.getByRole('button', { name: '退订「专精特新奖补」' }).click();
    await note.getByText('已退订').waitFor();
    const [row] = await p.sql<{ active: boolean }>(`select active from policy_subscription where name = '专精特新奖补'`);
    expect(row.active).toBe(false);
    expect(w.pageErrors).toEqual([]);
  }, 120_000);

  it('unsubscribes from the link in an e-mail without signing in', async () => {
    const { p } = w;
    const owner = await enterpriseOwner(p);
    const res = await gql(p, SUBSCRIBE, { i: { name: '邮件订阅' } }, { token: owner.token });
    expect(res.data.policySubscriptionCreate.errors).toEqual([]);
    const [{ token }] = await p.sql<{ token: string }>(`select unsubscribe_token as token from policy_subscription where name = '邮件订阅'`);
    const page = await w.newPage();
    await page.goto(`${p.url}/unsubscribe?token=${encodeURIComponent(token)}`);
    await page.getByRole('button', { name: '确认退订' }).click();
    await page.getByText('已退订').waitFor();
    const [row] = await p.sql<{ active: boolean }>(`select active from policy_subscription where unsubscribe_token = $1`, [token]);
    expect(row.active).toBe(false);
    await page.goto(`${p.url}/unsubscribe?token=nope`);
    await page.getByRole('button', { name: '确认退订' }).click();
    expect(await page.getByTestId('form-error').textContent()).toBe('退订链接无效或已失效');
    expect(w.pageErrors).toEqual([]);
  });
});
