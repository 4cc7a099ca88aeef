import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { staff, type TestAccount } from '../factories/accounts.js';
import { ok } from '../factories/docking.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { graphql } from '../gql/index.js';
import { useWebTest } from '../setup/browser.js';
import { gql } from '../setup/client.js';
import { SHOTS } from '../setup/web.js';

/**
 * The operator console's page for the platform-default docking clocks (M1) in a real Chromium: operators read
 * and change them in working hours and days, reviewers only read them, other accounts are refused.
 * The clocks are one platform-wide setting: each test on its own database, so each starts from the built-in values.
 */

const web = useWebTest({ platformPerTest: true });
let op: TestAccount;

const SLA = graphql(`
  query WebAdminSlaDefaults {
    platformDockingSla {
      firstResponseMinutes
      replyMinutes
      resolutionMinutes
      builtIn
    }
  }
`);
const UPDATE = graphql(`
  mutation WebAdminSlaUpdate($i: PlatformDockingSlaInput!) {
    platformDockingSlaUpdate(input: $i) {
      sla {
        firstResponseMinutes
      }
      errors {
        ...TestUserError
      }
    }
  }
`);

async function apiSla() {
  return (await gql(web.p, SLA, {}, { token: op.token })).data.platformDockingSla;
}

beforeEach(async () => {
  op = await staff(web.p, ['OPERATOR'], '运营专员');
});

describe('docking clock defaults page', () => {
  it('shows an operator the built-in defaults and lets them change the clocks in working hours and days', async () => {
    const { p, page, signIn } = web;
    await signIn(op.mobile, '/admin');
    await page.getByRole('link', { name: /对接时限默认值/ }).click();
    await page.waitForURL(`${p.url}/admin/docking-sla`);
    await page.getByRole('heading', { name: '对接时限默认值', level: 1 }).waitFor();
    await page.getByText('机构自己的设置始终优先').waitFor();

    expect(await page.getByTestId('sla-firstResponseMinutes').innerText()).toContain('2 个工作小时');
    expect(await page.getByTestId('sla-replyMinutes').innerText()).toContain('1 个工作日');
    expect(await page.getByTestId('sla-resolutionMinutes').innerText()).toContain('15 个工作日');
    expect(await page.getByTestId('sla-source').innerText()).toContain('尚未修改');
    // The form starts from the current values, in the unit a person thinks in.
    const first = page.getByLabel('首次响应时限（工作小时）');
    const reply = page.getByLabel('回复时限（工作小时）');
    const resolution = page.getByLabel('办结时限（工作日）');
    expect([await first.inputValue(), await reply.inputValue(), await resolution.inputValue()]).toEqual(['2', '8', '15']);
    expect(await page.getByRole('button', { name: '恢复内置默认值' }).isDisabled()).toBe(true);

    // A quarter of an hour is under the 30-minute floor: the server's message at the field, nothing changes.
    await first.fill('0.25');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByTestId('error-firstResponseMinutes').filter({ hasText: '应为30到4800之间的整数（工作分钟）' }).waitFor();
    expect(await first.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('sla-notice').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'docking-sla-error.png'), fullPage: true });
    expect(await apiSla()).toEqual({ firstResponseMinutes: 120, replyMinutes: 480, resolutionMinutes: 7200, builtIn: true });
    expect(await page.getByTestId('sla-firstResponseMinutes').innerText()).toContain('2 个工作小时');

    await first.fill('4');
    await reply.fill('10');
    await resolution.fill('20');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByTestId('sla-notice').filter({ hasText: '已保存' }).waitFor();
    expect(await page.getByTestId('error-firstResponseMinutes').count()).toBe(0);
    await page.getByTestId('sla-firstResponseMinutes').filter({ hasText: '4 个工作小时' }).waitFor();
    expect(await page.getByTestId('sla-replyMinutes').innerText()).toContain('1 个工作日 2 个工作小时');
    expect(await page.getByTestId('sla-resolutionMinutes').innerText()).toContain('20 个工作日');
    expect(await page.getByTestId('sla-source').innerText()).toContain('最近修改');
    await page.screenshot({ path: join(SHOTS, 'docking-sla-saved.png'), fullPage: true });
    expect(await apiSla()).toEqual({ firstResponseMinutes: 240, replyMinutes: 600, resolutionMinutes: 9600, builtIn: false });

    // Dismissing the confirmation changes nothing.
    await page.getByRole('button', { name: '恢复内置默认值' }).click();
    await page.getByRole('dialog', { name: '恢复内置默认时限？' }).getByRole('button', { name: '取消' }).click();
    expect(await apiSla()).toEqual({ firstResponseMinutes: 240, replyMinutes: 600, resolutionMinutes: 9600, builtIn: false });
    expect(await page.getByTestId('sla-notice').filter({ hasText: '已恢复内置默认值' }).count()).toBe(0);

    // Back to the built-in defaults: the operators' setting is removed, not saved again with the built-in values.
    await page.getByRole('button', { name: '恢复内置默认值' }).click();
    await page.getByRole('dialog', { name: '恢复内置默认时限？' }).getByRole('button', { name: '恢复默认值' }).click();
    await page.getByTestId('sla-notice').filter({ hasText: '已恢复内置默认值' }).waitFor();
    await page.getByTestId('sla-source').filter({ hasText: '尚未修改' }).waitFor();
    expect(await page.getByTestId('sla-source').innerText()).not.toContain('已设置');
    expect(await page.getByTestId('sla-firstResponseMinutes').innerText()).toContain('2 个工作小时');
    expect(await page.getByTestId('sla-replyMinutes').innerText()).toContain('1 个工作日');
    expect(await page.getByTestId('sla-resolutionMinutes').innerText()).toContain('15 个工作日');
    expect(await apiSla()).toEqual({ firstResponseMinutes: 120, replyMinutes: 480, resolutionMinutes: 7200, builtIn: true });
    expect([await first.inputValue(), await reply.inputValue(), await resolution.inputValue()]).toEqual(['2', '8', '15']);
    expect(await page.getByRole('button', { name: '恢复内置默认值' }).isDisabled()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'docking-sla-restored.png'), fullPage: true });
    expect(web.pageErrors).toEqual([]);
  });

  it('shows a reviewer the values without a form', async () => {
    const { p, signedIn } = web;
    await ok(p, UPDATE, { i: { firstResponseMinutes: 90, replyMinutes: 960, resolutionMinutes: 4800 } }, op.token);
    const reviewer = await staff(p, ['REVIEWER'], '审核专员');
    const page = await signedIn(reviewer.mobile, '/admin/docking-sla');
    await page.getByRole('heading', { name: '对接时限默认值', level: 1 }).waitFor();
    await page.getByTestId('sla-firstResponseMinutes').filter({ hasText: '1 个工作小时 30 个工作分钟' }).waitFor();
    expect(await page.getByTestId('sla-replyMinutes').innerText()).toContain('2 个工作日');
    expect(await page.getByTestId('sla-resolutionMinutes').innerText()).toContain('10 个工作日');
    await page.getByText('审核人仅可查看').waitFor();
    expect(await page.getByRole('form', { name: '修改对接时限默认值' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '保存', exact: true }).count()).toBe(0);
    expect(web.pageErrors).toEqual([]);
  });

  it('refuses an enterprise user', async () => {
    const { p, signedIn } = web;
    const owner = await enterpriseOwner(p);
    const page = await signedIn(owner.mobile, '/admin/docking-sla');
    await page.getByText('您没有运营后台的权限').waitFor();
    expect(await page.getByTestId('sla-current').count()).toBe(0);
    expect(web.pageErrors).toEqual([]);
  });
});
