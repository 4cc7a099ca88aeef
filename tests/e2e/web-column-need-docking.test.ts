import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestAccount } from '../factories/accounts.js';
import {
  call,
  COLUMN_NEED_START_DOCKING,
  columnInstitution,
  dockedFinancingNeed,
  must,
  operatorAccount,
  type ColumnInstitution,
} from '../factories/columns.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { graphql } from '../gql/index.js';
import { useWebTest } from '../setup/browser.js';
import type { TestPlatform } from '../setup/platform.js';
import { SHOTS } from '../setup/web.js';

/** The enterprise's need page follows the docking the need continued as: timeline, amount financed, docking again after one ended. */

const web = useWebTest();
const { signedIn, pageErrors } = web;
let p: TestPlatform;
let op: TestAccount;
let bank: ColumnInstitution;
let guarantor: ColumnInstitution;
let owner: TestAccount & { enterpriseId: string };

/** The docking actions the test takes through the API, by mutation name. */
const ACTIONS = {
  dockingStart: graphql(`
    mutation WebColumnNeedDockingStart($i: DockingActionInput!) {
      dockingStart(input: $i) {
        docking {
          status
        }
        errors {
          ...TestUserError
        }
      }
    }
  `),
  dockingComplete: graphql(`
    mutation WebColumnNeedDockingComplete($i: DockingActionInput!) {
      dockingComplete(input: $i) {
        docking {
          status
        }
        errors {
          ...TestUserError
        }
      }
    }
  `),
  dockingDecline: graphql(`
    mutation WebColumnNeedDockingDecline($i: DockingActionInput!) {
      dockingDecline(input: $i) {
        docking {
          status
        }
        errors {
          ...TestUserError
        }
      }
    }
  `),
  dockingCancel: graphql(`
    mutation WebColumnNeedDockingCancel($i: DockingActionInput!) {
      dockingCancel(input: $i) {
        docking {
          status
        }
        errors {
          ...TestUserError
        }
      }
    }
  `),
};
const NEED_AMOUNT_FINANCED = graphql(`
  query WebColumnNeedDockingAmountFinanced($id: ID!) {
    columnNeed(id: $id) {
      amountFinanced
    }
  }
`);
const NEED_DOCKING = graphql(`
  query WebColumnNeedDockingDocking($id: ID!) {
    columnNeed(id: $id) {
      docking {
        id
      }
    }
  }
`);
const needPath = (id: string) => `/my/needs/${encodeURIComponent(id)}`;

beforeAll(async () => {
  p = web.p;
  op = await operatorAccount(p);
  bank = await columnInstitution(p, op, ['FINANCING'], ['340000'], '徽商银行股份有限公司合肥高新区支行');
  guarantor = await columnInstitution(p, op, ['FINANCING'], ['340000'], '合肥市融资担保有限公司');
  owner = await enterpriseOwner(p);
});

describe('web: a need completed through its docking', () => {
  it('shows the open docking instead of the close form, then 已办结 with the timeline, and takes the amount financed once (API field error first)', async () => {
    const { needId, dockingId } = await dockedFinancingNeed(p, owner, [bank, guarantor], bank, { amount: 600 });
    const page = await signedIn(owner.mobile, needPath(needId));
    const main = page.locator('#main');

    // While the docking is open: where to continue, no close-by-hand form, no second docking.
    const notice = main.getByTestId('need-docking');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('徽商银行股份有限公司合肥高新区支行');
    expect(await notice.textContent()).toContain('已受理');
    await main.getByTestId('close-in-docking').waitFor();
    expect(await main.getByRole('form', { name: '关闭需求' }).count()).toBe(0);
    expect(await main.getByRole('button', { name: /选择该机构对接/ }).count()).toBe(0);
    expect(await main.getByTestId('close-in-docking').getByRole('link', { name: '前往我的对接' }).getAttribute('href')).toBe(
      `/my/dockings/${encodeURIComponent(dockingId)}`,
    );
    expect(await main.getByTestId('need-event').count()).toBe(1);
    expect(await main.getByTestId('need-event').textContent()).toContain('转为对接');

    // The docking completes (through the API): the need is completed with it.
    await must(p, ACTIONS.dockingStart, { i: { dockingId } }, bank.token);
    await must(p, ACTIONS.dockingComplete, { i: { dockingId } }, owner.token);
    await page.reload();
    await main.getByTestId('need-status').filter({ hasText: '已办结' }).waitFor();
    expect(await notice.textContent()).toContain('对接已完成');
    const bankRow = main.getByTestId('routed-institution').filter({ hasText: '徽商银行股份有限公司合肥高新区支行' });
    expect(await bankRow.getByRole('link', { name: /查看对接/ }).textContent()).toBe('查看对接（已完成）');
    const events = main.getByTestId('need-event');
    expect(await events.count()).toBe(2);
    expect(await events.nth(0).textContent()).toContain('转为对接');
    expect(await events.nth(1).textContent()).toContain('企业确认对接已完成，需求随之办结，可补填融资到位金额');
    expect(await events.nth(1).locator('time').getAttribute('datetime')).toBeTruthy();

    // 登记融资到位金额: 0 comes back from the API at the field; a valid amount is then shown.
    const form = main.getByRole('form', { name: '登记融资到位金额' });
    await form.getByLabel('融资到位金额（万元）').fill('0');
    await form.getByRole('button', { name: '登记融资到位金额' }).click();
    await form.getByTestId('error-amountFinanced').waitFor();
    expect(await form.getByTestId('error-amountFinanced').textContent()).toContain('融资到位金额应大于0');
    expect(await form.getByLabel('融资到位金额（万元）').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: join(SHOTS, 'need-amount-financed-error.png'), fullPage: true });
    await form.getByLabel('融资到位金额（万元）').fill('450.5');
    await form.getByRole('button', { name: '登记融资到位金额' }).click();
    await main.getByTestId('need-outcome').filter({ hasText: '融资到位 450.5 万元' }).waitFor();
    expect(await form.count()).toBe(0);
    expect(await events.last().textContent()).toContain('企业填写融资到位金额450.5万元');
    expect((await call(p, NEED_AMOUNT_FINANCED, { id: needId }, owner.token))!.amountFinanced).toBe(450.5);
    await page.screenshot({ path: join(SHOTS, 'need-completed-with-docking.png'), fullPage: true });

    // The bank's inbox shows the need's timeline and its docking; the other institution does not see the bank's entries.
    const inbox = await signedIn(bank.mobile, '/institution/needs');
    const item = inbox.getByTestId('inbox-need').filter({ hasText: '融资需求：600万元' });
    await item.waitFor();
    expect(await item.getByTestId('inbox-docking').textContent()).toContain('已完成');
    expect(await item.getByTestId('need-event').count()).toBe(3);
    expect(await item.getByTestId('need-timeline').textContent()).toContain('企业填写融资到位金额450.5万元');
    const other = await signedIn(guarantor.mobile, '/institution/needs');
    const seen = other.getByTestId('inbox-need').filter({ hasText: '融资需求：600万元' });
    await seen.waitFor();
    expect(await seen.getByTestId('need-event').count()).toBe(0);
    expect(await seen.getByTestId('inbox-docking').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});

describe('web: a docking that ended without completing', () => {
  it('offers starting a docking again, shows the server refusal on a stale page, and hides the close form once docked again', async () => {
    const { needId, dockingId } = await dockedFinancingNeed(p, owner, [bank, guarantor], bank, { amount: 300 });
    await must(p, ACTIONS.dockingDecline, { i: { dockingId, note: '本季度信贷额度已满' } }, bank.token);

    const page = await signedIn(owner.mobile, needPath(needId));
    const main = page.locator('#main');
    await main.getByTestId('need-docking').waitFor();
    expect(await main.getByTestId('need-status').textContent()).toBe('已答复');
    expect(await main.getByTestId('need-docking').textContent()).toContain('已拒绝');
    expect(await main.getByTestId('need-event').last().textContent()).toContain('服务机构拒绝承接对接（理由：本季度信贷额度已满）');
    const bankRow = main.getByTestId('routed-institution').filter({ hasText: '徽商银行股份有限公司合肥高新区支行' });
    const guarantorRow = main.getByTestId('routed-institution').filter({ hasText: '合肥市融资担保有限公司' });
    await guarantorRow.getByRole('button', { name: /选择该机构对接/ }).waitFor();
    await bankRow.getByRole('button', { name: /选择该机构对接/ }).waitFor();
    expect(await bankRow.getByRole('link', { name: /查看对接/ }).textContent()).toBe('查看对接（已拒绝）');
    await main.getByRole('form', { name: '关闭需求' }).waitFor();

    // Meanwhile (another tab) the need continues with the guarantor: this page is stale, and the server says why it refuses.
    await must(p, COLUMN_NEED_START_DOCKING, { i: { needId, institutionId: guarantor.institutionId } }, owner.token);
    await bankRow.getByRole('button', { name: /选择该机构对接/ }).click();
    await bankRow.getByRole('alert').filter({ hasText: '该需求已转为对接，请在“我的对接”中继续' }).waitFor();
    const close = main.getByRole('form', { name: '关闭需求' });
    await close.getByRole('button', { name: '不再需要，撤销' }).click();
    await close.getByTestId('form-error').filter({ hasText: '需求正在对接中' }).waitFor();

    // Fresh: the guarantor's docking is open; no close form, no docking buttons.
    await page.reload();
    await main.getByTestId('close-in-docking').waitFor();
    expect(await guarantorRow.getByRole('link', { name: /查看对接/ }).textContent()).toBe('查看对接（已受理）');
    expect(await main.getByRole('button', { name: /选择该机构对接/ }).count()).toBe(0);
    expect(await main.getByRole('form', { name: '关闭需求' }).count()).toBe(0);
    expect(await main.getByTestId('need-event').count()).toBe(3);

    // The enterprise withdraws that docking too, then picks the bank again from the page.
    const second = (await call(p, NEED_DOCKING, { id: needId }, owner.token))!.docking!.id;
    await must(p, ACTIONS.dockingCancel, { i: { dockingId: second } }, owner.token);
    await page.reload();
    await main.getByTestId('need-docking').filter({ hasText: '已撤销' }).waitFor();
    await bankRow.getByRole('button', { name: /选择该机构对接/ }).click();
    await bankRow.getByRole('link', { name: '查看对接（已受理）' }).waitFor();
    await main.getByTestId('close-in-docking').waitFor();
    expect(await main.getByTestId('need-event').last().textContent()).toContain('转为对接');
    expect(await main.getByTestId('need-event').count()).toBe(5);
    await page.screenshot({ path: join(SHOTS, 'need-docking-again.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
