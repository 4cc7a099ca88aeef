import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { beforeEach, describe, expect, it } from 'vitest';
import { staff, type TestAccount } from '../factories/accounts.js';
import { graphql } from '../gql/index.js';
import { useWebTest } from '../setup/browser.js';
import { gql } from '../setup/client.js';
import { settle } from '../setup/routes.js';
import { SHOTS } from '../setup/web.js';

/**
 * The partner apps page of the console (/admin/partners, issue 12) in a real Chromium: a system administrator
 * registers an app and sees its secret once (copy button), edits it, rotates the secret and revokes it, each
 * change confirmed first and checked against the API; the security administrator may only view and revoke;
 * others are refused. Each test on its own database (the list is platform-wide).
 */

const web = useWebTest({ platformPerTest: true });
let admin: TestAccount;

beforeEach(async () => {
  admin = await staff(web.p, ['SYSTEM_ADMIN'], '系统管理员');
});

async function tokenStatus(clientId: string, secret: string): Promise<{ status: number; error?: string }> {
  const res = await fetch(`${web.p.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}` },
    body: 'grant_type=client_credentials',
  });
  const body = (await res.json()) as { error?: string };
  return { status: res.status, error: body.error };
}

const CLIENTS = graphql(`
  query WebPartnersClients {
    apiClients {
      nodes {
        clientId
        scopes
        allowedOrigins
        requestsPerMinute
      }
    }
  }
`);
const CLIENT_CREATE = graphql(`
  mutation WebPartnersClientCreate($i: ApiClientCreateInput!) {
    apiClientCreate(input: $i) {
      errors {
        code
      }
    }
  }
`);
const SITE_ID = graphql(`
  query WebPartnersSiteId {
    currentSite {
      id
    }
  }
`);

async function serious(page: import('playwright-core').Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
}

describe('A2 partner apps console page', () => {
  it('a system administrator registers an app, sees the secret once, edits, rotates with confirmation and revokes', async () => {
    const { p, page, context, signIn } = web;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: p.url });
    await signIn(admin.mobile, '/admin/partners');
    await page.getByRole('heading', { name: '合作应用', level: 1 }).waitFor();
    await page.getByText('还没有合作应用').waitFor();

    await page.getByRole('button', { name: '登记合作应用' }).click();
    const form = page.getByRole('form', { name: '登记合作应用' });
    await form.getByLabel('允许的浏览器来源').fill('https://app.example.cn/path');
    await form.getByRole('button', { name: '登记并生成密钥' }).click();
    await page.getByTestId('error-name').waitFor();
    await page.getByTestId('error-allowedOrigins').waitFor();
    expect(await form.getByLabel('应用名称').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('应用名称').fill('合肥园区服务');
    await form.getByLabel('联系人').fill('王工 13900000001');
    await form.getByLabel('企业授权数据').check();
    await form.getByLabel('允许的浏览器来源').fill('https://app.example.cn');
    await form.getByRole('button', { name: '登记并生成密钥' }).click();

    const secretBox = page.getByTestId('partner-secret');
    await secretBox.waitFor();
    const secret = await secretBox.innerText();
    expect(secret).toMatch(/^qcs_/);
    await page.getByText('此密钥只显示这一次').waitFor();
    await page.getByRole('button', { name: '复制密钥' }).click();
    await page.getByText('已复制到剪贴板。').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    expect(await serious(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'admin-partners-secret.png'), fullPage: true });

    const list = (await gql(p, CLIENTS, {}, { token: admin.token })).data.apiClients.nodes;
    expect(list).toEqual([
      { clientId: expect.any(String), scopes: ['PUBLIC_READ', 'ENTERPRISE_DATA'], allowedOrigins: ['https://app.example.cn'], requestsPerMinute: 600 },
    ]);
    const clientId = list[0].clientId;
    expect(await tokenStatus(clientId, secret)).toEqual({ status: 200 });
    await page.getByRole('button', { name: '我已妥善保存' }).click();
    expect(await secretBox.count()).toBe(0);

    // Edit: the quota and a webhook.
    await page.getByRole('button', { name: '编辑“合肥园区服务”' }).click();
    const edit = page.getByRole('form', { name: '编辑“合肥园区服务”' });
    expect(await edit.getByLabel('应用名称').inputValue()).toBe('合肥园区服务');
    await edit.getByLabel('每分钟请求上限').fill('30');
    await edit.getByLabel('回调地址（Webhook）').fill('https://app.example.cn/hook');
    await edit.getByRole('button', { name: '保存修改' }).click();
    await edit.waitFor({ state: 'detached' });
    const card = page.getByRole('listitem').filter({ hasText: '合肥园区服务' });
    await card.getByText('https://app.example.cn/hook').waitFor();
    expect(await card.innerText()).toContain('30');

    // Rotate: nothing happens until confirmed; the old secret ends at once when asked to.
    await card.getByRole('button', { name: '更换“合肥园区服务”的密钥' }).click();
    const confirmRotate = card.getByRole('group', { name: '确认更换“合肥园区服务”的密钥' });
    await confirmRotate.getByRole('button', { name: '取消' }).click();
    expect(await tokenStatus(clientId, secret)).toEqual({ status: 200 });
    await card.getByRole('button', { name: '更换“合肥园区服务”的密钥' }).click();
    await confirmRotate.getByLabel('旧密钥保留').selectOption('0');
    await confirmRotate.getByRole('button', { name: '确认更换密钥' }).click();
    await expect.poll(async () => (await secretBox.count()) && (await secretBox.innerText())).not.toBe(secret);
    const rotated = await secretBox.innerText();
    expect(rotated).toMatch(/^qcs_/);
    expect(await tokenStatus(clientId, secret)).toMatchObject({ status: 401, error: 'invalid_client' });
    expect(await tokenStatus(clientId, rotated)).toEqual({ status: 200 });
    await page.getByRole('button', { name: '我已妥善保存' }).click();

    // Revoke, after a confirmation that says what it does.
    await card.getByRole('button', { name: '吊销“合肥园区服务”' }).click();
    const confirmRevoke = card.getByRole('group', { name: '确认吊销“合肥园区服务”' });
    await confirmRevoke.getByText('不可恢复').waitFor();
    await confirmRevoke.getByRole('button', { name: '确认吊销' }).click();
    await card.getByText('已吊销：该应用的令牌和签名请求即刻失效。').waitFor();
    expect(await tokenStatus(clientId, rotated)).toMatchObject({ status: 400, error: 'invalid_grant' });
    const audits = await p.sql<{ operation: string }>(
      `select operation from audit_log where object_id = $1 and operation like 'partner.client.%' order by seq`,
      [clientId],
    );
    expect(audits.map((a) => a.operation)).toEqual(['partner.client.create', 'partner.client.update', 'partner.client.rotateSecret', 'partner.client.revoke']);
    expect(web.pageErrors).toEqual([]);
  }, 180_000);

  it('the security administrator views and revokes but cannot register or rotate; an operator is refused; the console links to it', async () => {
    const { p, page, signIn } = web;
    await gql(p, CLIENT_CREATE, { i: { name: '芜湖政务应用', contact: '赵工', siteId: (await gql(p, SITE_ID)).data.currentSite.id } }, { token: admin.token });
    const security = await staff(p, ['SECURITY_ADMIN'], '安全管理员');
    await signIn(security.mobile, '/account/security');
    await page.getByRole('link', { name: '合作应用' }).click();
    await page.waitForURL(`${p.url}/admin/partners`);
    const card = page.getByRole('listitem').filter({ hasText: '芜湖政务应用' });
    await card.waitFor();
    await settle(page);
    expect(await page.getByRole('button', { name: '登记合作应用' }).count()).toBe(0);
    expect(await card.getByRole('button', { name: /更换|编辑/ }).count()).toBe(0);
    await card.getByRole('button', { name: '吊销“芜湖政务应用”' }).click();
    await card.getByRole('button', { name: '确认吊销' }).click();
    await card.getByText('已吊销：').waitFor();

    const operator = await staff(p, ['OPERATOR'], '运营专员');
    await signIn(operator.mobile, '/admin');
    await page
      .getByRole('link', { name: /合作应用/ })
      .first()
      .click();
    await page.waitForURL(`${p.url}/admin/partners`);
    await page.getByText('您没有管理合作应用的权限').waitFor();
    expect(web.pageErrors).toEqual([]);
  }, 180_000);
});
