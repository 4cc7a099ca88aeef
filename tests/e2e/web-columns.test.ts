import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readXlsxSheet } from '../setup/xlsx-reader.js';
import type { TestAccount } from '../factories/accounts.js';
import {
  call,
  COLUMN_NEED_REPLY,
  columnInstitution,
  FINANCING_NEED_SUBMIT,
  FINANCING_PRODUCT_CREATE,
  financingNeedInput,
  must,
  operatorAccount,
  productInput,
  type ColumnInstitution,
} from '../factories/columns.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { graphql } from '../gql/index.js';
import { useWebTest } from '../setup/browser.js';
import type { TestPlatform } from '../setup/platform.js';
import { SHOTS } from '../setup/web.js';

/** The service columns in a real Chromium: financing need → matches → consent, directories, open need channel, dashboard. */

// The tests read totals over every need: each test on its own database, with the bank, its products and the owner.
const web = useWebTest({ platformPerTest: true });
const { newPage, signedIn, pageErrors } = web;
let p: TestPlatform;
let op: TestAccount;
let bank: ColumnInstitution;
let owner: TestAccount & { enterpriseId: string };

beforeEach(async () => {
  p = web.p;
  op = await operatorAccount(p);
  bank = await columnInstitution(p, op, ['FINANCING'], ['340000'], '徽商银行股份有限公司合肥科技支行');
  await must(p, FINANCING_PRODUCT_CREATE, { i: productInput() }, bank.token); // 科技贷: 100–1000 万元, 6–36 months, 合肥, C/65, small and micro
  await must(
    p,
    FINANCING_PRODUCT_CREATE,
    { i: productInput({ name: '设备融资租赁', productType: 'LEASING', regionCodes: ['340200'], industryCodes: [] }) },
    bank.token,
  );
  owner = await enterpriseOwner(p); // 合肥蜀山区, 软件业 65, established 2018, small
});

const STATISTICS_BY_COLUMN = graphql(`
  query StatisticsByColumn {
    columnStatistics(groupBy: COLUMN) {
      rows {
        key
        received
      }
      total {
        received
        amountRequested
        headcountRequested
        amountFinanced
      }
    }
  }
`);
const PROFILE = graphql(`
  query WebColumnsNeedProfile($id: ID!) {
    columnNeed(id: $id) {
      enterpriseProfile {
        name
      }
    }
  }
`);
const NEED_DOCKING = graphql(`
  query WebColumnsNeedDocking($id: ID!) {
    columnNeed(id: $id) {
      docking {
        id
      }
    }
  }
`);
const DOCKING_CANCEL = graphql(`
  mutation WebColumnsDockingCancel($i: DockingActionInput!) {
    dockingCancel(input: $i) {
      docking {
        status
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const CONSENT_GRANT = graphql(`
  mutation WebColumnsConsentGrant($i: ProfileConsentInput!) {
    profileConsentGrant(input: $i) {
      consent {
        active
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const CONSENT_REVOKE = graphql(`
  mutation WebColumnsConsentRevoke($i: ProfileConsentInput!) {
    profileConsentRevoke(input: $i) {
      consent {
        active
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const STARTUP_RESOURCE_CREATE = graphql(`
  mutation WebColumnsStartupResourceCreate($i: StartupResourceCreateInput!) {
    startupResourceCreate(input: $i) {
      resource {
        id
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const NEED_CLOSE = graphql(`
  mutation WebColumnsNeedClose($i: ColumnNeedCloseInput!) {
    columnNeedClose(input: $i) {
      errors {
        ...TestUserError
      }
    }
  }
`);
const TALENT_NEED_SUBMIT = graphql(`
  mutation WebColumnsTalentNeedSubmit($i: TalentNeedSubmitInput!) {
    talentNeedSubmit(input: $i) {
      need {
        id
      }
      errors {
        ...TestUserError
      }
    }
  }
`);

describe('web: financing column', () => {
  it('filters the shelf, shows API field errors at the fields, then matching results with reasons, and grants and revokes consent', async () => {
    const page = await signedIn(owner.mobile, '/financing');
    const main = page.locator('#main');
    await page.getByRole('heading', { name: '融资服务', level: 1 }).waitFor();
    // F1: routes explained.
    await main.getByText('融资租赁', { exact: true }).first().waitFor();
    // Product shelf filter: a type narrows the list.
    const shelf = main.locator('#products');
    await shelf.locator('.columns-product', { hasText: '科技贷' }).waitFor();
    await shelf.getByLabel('产品类型').selectOption('LEASING');
    await shelf.getByRole('button', { name: '筛选' }).click();
    await shelf.locator('.columns-product', { hasText: '设备融资租赁' }).waitFor();
    expect(await shelf.locator('.columns-product').count()).toBe(1);
    // The scorecard with its factors.
    await main.getByTestId('rating-score').waitFor();
    expect(await main.locator('#rating tbody tr').count()).toBe(6);

    // The need form: amount 0 and no collateral come back from the API as field errors.
    const form = main.getByRole('form', { name: '融资需求' });
    expect(await form.getByTestId('profile-summary').textContent()).toContain('软件和信息技术服务业'); // reused, not retyped
    await form.getByLabel('融资金额（万元）').fill('0');
    await form.getByLabel('融资期限（月）').fill('12');
    await form.getByLabel('融资用途').selectOption('WORKING_CAPITAL');
    await form.getByLabel('资金需求时间').selectOption('WITHIN_MONTH');
    await form.getByRole('button', { name: '提交融资需求' }).click();
    await page.getByTestId('error-amount').waitFor();
    expect(await page.getByTestId('error-amount').textContent()).toContain('融资金额应大于0');
    expect(await page.getByTestId('error-collateral').textContent()).toContain('抵质押物');
    expect(await form.getByLabel('融资金额（万元）').getAttribute('aria-invalid')).toBe('true');
    expect(await p.sql(`select id from column_need`)).toHaveLength(0);
    await page.screenshot({ path: join(SHOTS, 'financing-need-errors.png'), fullPage: true });

    // Nothing typed is lost: fix the two fields and submit.
    await form.getByLabel('融资金额（万元）').fill('500');
    await form.getByRole('checkbox', { name: '无', exact: true }).check();
    await form.getByRole('button', { name: '提交融资需求' }).click();
    await page.waitForURL(/\/my\/needs\/[^/?]+\?submitted=1$/);
    const needId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const matched = main.getByTestId('matched-product');
    await matched.first().waitFor();
    expect(await matched.count()).toBe(1);
    expect(await matched.textContent()).toContain('科技贷');
    expect(await matched.textContent()).toContain('申请500万元，产品额度100–1000万元，在范围内');
    expect(await matched.textContent()).toContain('蜀山区在产品服务地区（合肥市）内');
    // 设备融资租赁 fails only the region: a near miss with its reason.
    expect(await main.getByTestId('near-miss').textContent()).toContain('产品仅服务芜湖市');
    await page.screenshot({ path: join(SHOTS, 'financing-matches.png'), fullPage: true });

    // Consent per institution: the bank sees the profile only while it is granted.
    expect((await call(p, PROFILE, { id: needId }, bank.token))!.enterpriseProfile).toBeNull();
    const row = main.getByTestId('routed-institution').filter({ hasText: '徽商银行股份有限公司合肥科技支行' });
    await row.getByRole('button', { name: /授权查看企业信息/ }).click();
    await row.getByText('已授权查看').waitFor();
    expect((await call(p, PROFILE, { id: needId }, bank.token))!.enterpriseProfile!.name).toBeTruthy();
    await row.getByRole('button', { name: /撤销授权/ }).click();
    // a binding action asks first
    const confirm = page.getByRole('dialog', { name: '确认撤销授权？' });
    await confirm.getByRole('button', { name: '撤销授权' }).click();
    await row.getByText('未授权').waitFor();
    expect((await call(p, PROFILE, { id: needId }, bank.token))!.enterpriseProfile).toBeNull();

    // The consent list on the column page shows the revocation.
    await page.goto(`${p.url}/financing#consents`);
    await main.getByTestId('consent-status').first().waitFor();
    expect(await main.getByTestId('consent-status').first().textContent()).toContain('已撤销');
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('offers a referral when no product matches', async () => {
    const need = (await must(p, FINANCING_NEED_SUBMIT, { i: financingNeedInput({ amount: 5000 }) }, owner.token)).need;
    const page = await signedIn(owner.mobile, `/my/needs/${encodeURIComponent(need!.id)}`);
    await page.getByTestId('referral').waitFor();
    expect(await page.getByTestId('referral').textContent()).toContain('暂未找到完全符合条件的融资产品');
    expect(await page.getByTestId('matched-product').count()).toBe(0);

    // The bank answers; the enterprise takes the answer on as a docking.
    await must(p, COLUMN_NEED_REPLY, { i: { needId: need!.id, body: '可为贵司设计担保加信用的组合方案' } }, bank.token);
    await page.reload();
    const row = page.getByTestId('routed-institution').filter({ hasText: '徽商银行股份有限公司合肥科技支行' });
    await row.getByRole('button', { name: /选择该机构对接/ }).click();
    const link = row.getByRole('link', { name: '查看对接' });
    await link.waitFor();
    await link.click();
    await page.waitForURL(/\/my\/dockings\/[^/]+$/);
    expect(await page.getByTestId('docking-status').textContent()).toBe('已受理');

    // While the docking is open the need follows it: no closing by hand, a link to the docking instead.
    await page.goto(`${p.url}/my/needs/${encodeURIComponent(need!.id)}`);
    await page.getByTestId('close-in-docking').getByRole('link', { name: '前往我的对接' }).waitFor();
    expect(await page.getByRole('form', { name: '关闭需求' }).count()).toBe(0);
    // The enterprise withdraws the docking: the need is open again and can be closed by hand.
    const { docking } = (await call(p, NEED_DOCKING, { id: need!.id }, owner.token))!;
    await must(p, DOCKING_CANCEL, { i: { dockingId: docking!.id } }, owner.token);
    await page.reload();
    await row.getByRole('button', { name: /选择该机构对接/ }).waitFor();

    // Completing the need reports the amount financed (checked by the API, shown at the field) and a rating.
    const close = page.getByRole('form', { name: '关闭需求' });
    await close.getByLabel('融资到位金额（万元）').fill('-5');
    await close.getByRole('button', { name: '已解决，办结' }).click();
    await page.getByTestId('error-amountFinanced').waitFor();
    await close.getByLabel('融资到位金额（万元）').fill('3000');
    await close.getByLabel('服务评分').selectOption('4');
    await close.getByRole('button', { name: '已解决，办结' }).click();
    await page.getByText('融资到位 3000 万元，评分 4 分').waitFor();
    expect(await page.getByTestId('need-status').textContent()).toBe('已办结');
    expect(pageErrors).toEqual([]);
  }, 60_000);
});

describe('web: an institution answers from its inbox', () => {
  it('lists the needs routed to it, hides the profile without consent, and takes a reply with a field error first', async () => {
    // The owner's need, consent granted and revoked.
    await must(p, FINANCING_NEED_SUBMIT, { i: financingNeedInput({ amount: 500 }) }, owner.token);
    await must(p, CONSENT_GRANT, { i: { institutionId: bank.institutionId } }, owner.token);
    await must(p, CONSENT_REVOKE, { i: { institutionId: bank.institutionId } }, owner.token);
    const page = await signedIn(bank.mobile, '/financing');
    const main = page.locator('#main');
    await main.getByRole('link', { name: '收到的需求' }).click();
    await page.waitForURL(`${p.url}/institution/needs`);
    await main.getByLabel('状态').selectOption('OPEN');
    const item = main.getByTestId('inbox-need').filter({ hasText: '融资需求：500万元' });
    await item.waitFor();
    expect(await main.getByTestId('inbox-need').count()).toBe(1);
    await item.getByTestId('profile-hidden').waitFor(); // consent was revoked
    await item.getByRole('button', { name: '发送答复' }).click();
    await item.getByTestId('error-body').waitFor();
    await item.getByLabel('答复内容').fill('您好，科技贷可满足需求，客户经理将于明日联系您。');
    await item.getByRole('button', { name: '发送答复' }).click();
    await item.getByText('科技贷可满足需求').waitFor();
    await item.getByTestId('need-status').filter({ hasText: '已答复' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'institution-needs.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 60_000);
});

describe('web: talent and consulting forms', () => {
  it('show per-position API errors at the field, then submit; the diagnosis form likewise', async () => {
    const page = await signedIn(owner.mobile, '/talent');
    const form = page.getByRole('form', { name: '人才需求' });
    await form.getByLabel('岗位名称').fill('工');
    await form.getByLabel('招聘人数').fill('2');
    await form.getByLabel('截止日期').fill(new Date(p.clock.now().getTime() + 20 * 86_400_000).toISOString().slice(0, 10));
    await form.getByRole('button', { name: '提交人才需求' }).click();
    await page.getByTestId('error-positions.0.title').waitFor();
    expect(await page.getByTestId('error-positions.0.title').textContent()).toContain('至少2个字');
    await form.getByLabel('岗位名称').fill('嵌入式工程师');
    await form.getByRole('button', { name: '提交人才需求' }).click();
    await page.waitForURL(/\/my\/needs\/[^/?]+\?submitted=1$/);
    await page.getByRole('heading', { name: /人才需求：嵌入式工程师，共2人/ }).waitFor();

    await page.goto(`${p.url}/consulting#need`);
    const diagnosis = page.getByRole('form', { name: '咨询诊断需求' });
    await diagnosis.getByLabel('服务类别').selectOption('DIAGNOSIS_LEAN');
    await diagnosis.getByLabel('问题描述').fill('产线效率低');
    await diagnosis.getByRole('button', { name: '提交需求' }).click();
    await page.getByTestId('error-description').waitFor();
    await diagnosis.getByLabel('问题描述').fill('产线换型时间长，希望专家上门做精益生产诊断。');
    await diagnosis.getByRole('button', { name: '提交需求' }).click();
    await page.waitForURL(/\/my\/needs\/[^/?]+\?submitted=1$/);
    await page.getByRole('heading', { name: '管理咨询需求：精益生产诊断' }).waitFor();
    expect(pageErrors).toEqual([]);
  }, 60_000);
});

describe('web: scenario pages', () => {
  it('are linked from the home page and lead to the next step', async () => {
    const page = await newPage();
    await page.goto(`${p.url}/`);
    await page.getByRole('link', { name: /我要融资/ }).click();
    await page.waitForURL(`${p.url}/scenarios/financing`);
    await page.getByRole('heading', { name: '我要融资', level: 1 }).waitFor();
    const main = page.locator('#main');
    expect(await main.locator('.columns-steps > li').count()).toBe(7);
    await main.getByText('科技贷').waitFor(); // products of the region, lowest rate first
    expect(await page.getByTestId('scenario-next').textContent()).toBe('注册或登录');
    await main.getByRole('link', { name: '我要创业' }).click();
    await page.waitForURL(`${p.url}/scenarios/startup`);
    await page.getByRole('heading', { name: '我要创业', level: 1 }).waitFor();
    await main.getByRole('link', { name: '查看扶持措施' }).click();
    await page.waitForURL(`${p.url}/entrepreneurship#directory`);
    await page.getByRole('heading', { name: '创业服务', level: 1 }).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${p.url}/scenarios/hiring`);
    await page.getByRole('heading', { name: '我要招人', level: 1 }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'scenario-hiring-narrow.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 60_000);
});

describe('web: entrepreneurship column', () => {
  it('filters the directories and takes an anonymous need with a field error first', async () => {
    await must(
      p,
      STARTUP_RESOURCE_CREATE,
      {
        i: {
          kind: 'INCUBATOR',
          name: '合肥高新区创业孵化中心',
          regionCode: '340104',
          areaM2: 1200,
          priceYuanPerM2Month: 25,
          vacancies: 6,
          latitude: 31.82,
          longitude: 117.13,
        },
      },
      op.token,
    );
    await must(
      p,
      STARTUP_RESOURCE_CREATE,
      { i: { kind: 'VENUE', name: '芜湖科创园标准厂房', regionCode: '340202', areaM2: 3000, priceYuanPerM2Month: 18, vacancies: 0 } },
      op.token,
    );
    await must(
      p,
      STARTUP_RESOURCE_CREATE,
      { i: { kind: 'TRAINING_COURSE', name: 'SYB创业培训第12期', regionCode: '340100', vacancies: 30, startsOn: '2026-12-01', endsOn: '2026-12-10' } },
      op.token,
    );

    const page = await newPage();
    await page.goto(`${p.url}/entrepreneurship`);
    const main = page.locator('#main');
    const items = main.getByTestId('startup-resource');
    await items.first().waitFor();
    expect(await items.count()).toBe(3);
    await main.getByRole('button', { name: '孵化器、众创空间' }).click();
    await main.getByText('共 1 条').waitFor();
    expect(await items.textContent()).toContain('合肥高新区创业孵化中心');
    expect(await items.textContent()).toContain('空余 6 个');
    await main.getByRole('button', { name: '全部', exact: true }).click();
    await main.getByText('共 3 条').waitFor();
    await main.getByRole('checkbox', { name: '只看有空余' }).check();
    await main.getByRole('button', { name: '筛选' }).click();
    await main.getByText('共 2 条').waitFor();
    expect(await main.getByText('芜湖科创园标准厂房').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'entrepreneurship.png'), fullPage: true });

    // Anonymous need: too short a description is refused at the field, then accepted with a tracking code.
    const form = main.getByRole('form', { name: '创业需求' });
    await form.getByLabel('需求类别').selectOption('VENUE_DOCKING');
    await form.getByLabel('创业阶段').selectOption('PREPARING');
    await form.getByLabel('所在地区').selectOption('340104');
    await form.getByLabel('联系人').fill('王磊');
    await form.getByLabel('联系电话').fill('13955512345');
    await form.getByLabel('需求描述').fill('找场地');
    await form.getByRole('button', { name: '提交创业需求' }).click();
    await page.getByTestId('error-description').waitFor();
    expect(await page.getByTestId('error-description').textContent()).toContain('至少10个字');
    await form.getByLabel('需求描述').fill('准备开一家软件工作室，想找50平方米左右的低租金孵化场地。');
    await form.getByRole('button', { name: '提交创业需求' }).click();
    const code = await page.getByTestId('tracking-code').textContent();
    expect(code).toMatch(/^[\w-]{10,}$/);
    // The tracking code finds the need without an account.
    await main.getByRole('textbox', { name: '查询码' }).fill(code!);
    await main.getByRole('button', { name: '查询' }).click();
    await main.locator('strong', { hasText: '创业需求：创业场地信息与对接' }).last().waitFor();
    // The public list of needs shows it by category, stage and region only.
    await page.reload();
    const listing = main.getByTestId('startup-need-listing').first();
    await listing.waitFor();
    expect(await listing.textContent()).toContain('创业场地信息与对接');
    expect(await listing.textContent()).toContain('筹备中，尚未注册');
    expect(await main.locator('#needs-board').textContent()).not.toContain('50平方米');
    expect(pageErrors).toEqual([]);
  }, 120_000);
});

describe('web: operator statistics dashboard', () => {
  it('renders totals, charts and a table that agree with the API, and filters by column', async () => {
    // Its own needs: three financing needs, one of them completed with 3000 万元 financed, and a talent need.
    const financed = (await must(p, FINANCING_NEED_SUBMIT, { i: financingNeedInput({ amount: 500 }) }, owner.token)).need;
    await must(p, FINANCING_NEED_SUBMIT, { i: financingNeedInput({ amount: 5000, purpose: 'EQUIPMENT' }) }, owner.token);
    await must(p, FINANCING_NEED_SUBMIT, { i: financingNeedInput({ amount: 800, purpose: 'RND' }) }, owner.token);
    await must(p, NEED_CLOSE, { i: { needId: financed!.id, outcome: 'COMPLETED', amountFinanced: 3000, rating: 4 } }, owner.token);
    await must(
      p,
      TALENT_NEED_SUBMIT,
      {
        i: {
          positions: [{ title: '嵌入式软件工程师', headcount: 3 }],
          deadline: new Date(p.clock.now().getTime() + 30 * 86_400_000).toISOString().slice(0, 10),
        },
      },
      owner.token,
    );
    const api = await call(p, STATISTICS_BY_COLUMN, {}, op.token);
    expect(api.total.received).toBeGreaterThanOrEqual(4);

    const page = await signedIn(op.mobile, '/admin/statistics');
    const main = page.locator('#main');
    await main.getByTestId('kpi-received').waitFor();
    expect(await main.getByTestId('kpi-received').textContent()).toBe(String(api.total.received));
    expect(await main.getByTestId('kpi-amountRequested').textContent()).toBe(`${api.total.amountRequested}万元`);
    expect(await main.getByTestId('kpi-headcountRequested').textContent()).toBe(`${api.total.headcountRequested}人`);
    expect(await main.getByTestId('kpi-amountFinanced').textContent()).toBe(`${api.total.amountFinanced}万元`);
    expect(api.total.amountFinanced).toBe(3000);
    await main.getByTestId('bar-chart').waitFor();
    await main.getByTestId('line-chart').waitFor();
    const rows = main.getByTestId('stats-table').locator('tbody tr');
    expect(await rows.count()).toBe(api.rows.length + 1);
    await page.screenshot({ path: join(SHOTS, 'statistics.png'), fullPage: true });

    const financing = api.rows.find((r) => r.key === 'FINANCING')!;
    await main.getByLabel('栏目', { exact: true }).selectOption('FINANCING');
    await main.getByRole('button', { name: '统计' }).click();
    await main
      .getByTestId('kpi-received')
      .filter({ hasText: new RegExp(`^${financing.received}$`) })
      .waitFor();

    // CSV download carries the same total.
    const [download] = await Promise.all([page.waitForEvent('download'), main.getByRole('button', { name: '下载 CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csvText = (await readFile((await download.path())!, 'utf8')).replace(/^\ufeff/, '');
    expect(csvText.trimEnd().split('\r\n').at(-1)).toMatch(new RegExp(`^TOTAL,合计,${financing.received},`));
    const [xlsx] = await Promise.all([page.waitForEvent('download'), main.getByRole('button', { name: '下载 XLSX' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^栏目服务统计-按栏目-.*\.xlsx$/);
    const sheet = readXlsxSheet(await readFile((await xlsx.path())!));
    expect(sheet.at(-1)?.slice(0, 3)).toEqual(['TOTAL', '合计', String(financing.received)]);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('tells other viewers that the dashboard is for operators', async () => {
    const page = await signedIn(owner.mobile, '/admin/statistics');
    await page.getByText('仅平台运营人员可以查看').waitFor();
  }, 60_000);
});
