import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestAccount } from '../factories/accounts.js';
import { approvedInstitution, ok, operator, type TestInstitution } from '../factories/docking.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { graphql } from '../gql/index.js';
import { useWebTest } from '../setup/browser.js';
import type { TestPlatform } from '../setup/platform.js';
import { SHOTS } from '../setup/web.js';

/** The demand form (errors at the field), operator review, the institution's demand board with an offer, and "pick this offer". */

const web = useWebTest();
const { signedIn, pageErrors } = web;
let p: TestPlatform;
let op: TestAccount;
let inst: TestInstitution;

const NAME = '高新技术企业认定申报辅导';

beforeAll(async () => {
  p = web.p;
  op = await operator(p);
  inst = await approvedInstitution(p, op);
});

const DEMAND_REVIEW = graphql(`
  mutation WebDockingDemandsReview($i: DemandReviewInput!) {
    demandReview(input: $i) {
      demand {
        status
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const DEMAND_CREATE = graphql(`
  mutation WebDockingDemandsCreate($i: DemandCreateInput!) {
    demandCreate(input: $i) {
      demand {
        id
      }
      errors {
        ...TestUserError
      }
    }
  }
`);

describe('web demands', () => {
  it('posts a demand with field errors from the API, gets an offer on the institution board and picks it into a docking', async () => {
    const owner = await enterpriseOwner(p);
    const ent = await signedIn(owner.mobile, '/');
    const main = ent.locator('#main');
    await ent.getByRole('link', { name: '我的诉求' }).click();
    await ent.waitForURL(`${p.url}/my/demands`);
    await ent.getByText('暂无服务诉求').waitFor();
    await main.getByRole('link', { name: '发布服务诉求' }).click();
    await ent.waitForURL(`${p.url}/demands/new`);

    // Empty: the column is checked in the page, the rest comes back from the API at its field.
    await main.getByRole('button', { name: '提交诉求' }).click();
    await ent.getByTestId('error-column').waitFor();
    await main.getByLabel('服务栏目').selectOption('CONSULTING');
    await main.getByRole('button', { name: '提交诉求' }).click();
    await ent.getByTestId('error-name').waitFor();
    expect(await main.getByLabel('诉求名称').getAttribute('aria-invalid')).toBe('true');
    await ent.getByTestId('error-contactPhone').waitFor();
    await ent.screenshot({ path: join(SHOTS, 'demand-form-errors.png'), fullPage: true });

    await main.getByLabel('诉求名称').fill(NAME);
    await main.getByLabel('诉求描述').fill('企业拟于明年申报高新技术企业，需要梳理知识产权和研发费用归集。');
    await main.getByLabel('诉求类别').fill('资质认定');
    await main.getByLabel('联系人').fill('张敏');
    await main.getByLabel('联系电话').fill('13955123456');
    await main.getByLabel('服务期限开始').fill('2026-12-01');
    await main.getByLabel('服务期限结束').fill('2026-11-01');
    await main.getByLabel('预算（万元）').fill('5');
    await main.getByRole('button', { name: '提交诉求' }).click();
    await ent.getByTestId('error-periodEnd').filter({ hasText: '结束日期不能早于开始日期' }).waitFor();
    await main.getByLabel('服务期限结束').fill('2027-06-30');
    await main.getByRole('button', { name: '提交诉求' }).click();
    await ent.waitForURL(/\/my\/demands\/[^/?]+\?created=1$/);
    expect(await ent.getByTestId('demand-status').textContent()).toBe('待审核');
    const demandId = decodeURIComponent(new URL(ent.url()).pathname.split('/').pop()!);

    await ok(p, DEMAND_REVIEW, { i: { demandId, decision: 'APPROVE' } }, op.token);

    // The institution's board shows it; an empty offer is refused at the field, a full one is recorded.
    const org = await signedIn(inst.mobile, '/');
    await org.getByRole('link', { name: '机构工作台' }).click();
    await org.getByRole('navigation', { name: '机构工作台' }).getByRole('link', { name: '诉求大厅' }).click();
    await org.waitForURL(`${p.url}/institution/demands`);
    const card = org.locator('.demand-item', { hasText: NAME });
    await card.waitFor();
    expect(await card.textContent()).toContain('5 万元');
    await card.getByRole('button', { name: '承接此诉求' }).click();
    await card.getByRole('button', { name: '提交方案' }).click();
    await card.getByTestId('error-plan').waitFor();
    await card.getByLabel('服务方案').fill('安排注册会计师和专利代理师各一名，4周内完成知识产权梳理与研发费用专账。');
    await card.getByLabel('服务条件').fill('服务费3万元，分两期支付。');
    await card.getByRole('button', { name: '提交方案' }).click();
    await card.getByTestId('my-offer').waitFor();
    await org.screenshot({ path: join(SHOTS, 'institution-demand-board.png'), fullPage: true });

    // The enterprise is reminded of the offer (linked to the demand), sees it and picks it: the docking starts, accepted.
    await ent.goto(`${p.url}/my/demands`);
    await ent.getByTestId('reminder').filter({ hasText: '收到承接方案' }).getByRole('link').click();
    await ent.waitForURL(`${p.url}/my/demands/${encodeURIComponent(demandId)}`);
    const offer = ent.getByTestId('demand-offer');
    await offer.waitFor();
    expect(await offer.textContent()).toContain('服务费3万元');
    expect(await ent.getByTestId('demand-status').textContent()).toBe('征集方案中');
    await ent.screenshot({ path: join(SHOTS, 'demand-offers.png'), fullPage: true });
    await offer.getByRole('button', { name: '选定此方案' }).click();
    await ent.waitForURL(/\/my\/dockings\/[^/?]+$/);
    await ent.getByRole('heading', { name: NAME, level: 1 }).waitFor();
    expect(await ent.getByTestId('docking-status').textContent()).toBe('已受理');

    await ent.goto(`${p.url}/my/demands`);
    const row = ent.locator('.demand-item', { hasText: NAME });
    await row.waitFor();
    expect(await row.getByTestId('demand-status').textContent()).toBe('已选定机构');

    // A demand under review can be withdrawn, after a confirmation.
    const second = await ok(
      p,
      DEMAND_CREATE,
      {
        i: {
          name: '出口退税业务咨询',
          description: '了解出口退税申报流程',
          column: 'CONSULTING',
          category: '财税咨询',
          contactName: '张敏',
          contactPhone: '13955123456',
          periodStart: '2026-12-01',
          periodEnd: '2027-03-31',
          visibility: 'ALL_INSTITUTIONS',
        },
      },
      owner.token,
    );
    await ent.goto(`${p.url}/my/demands/${encodeURIComponent(second.demand!.id)}`);
    expect(await ent.getByTestId('demand-status').textContent()).toBe('待审核');
    await main.getByRole('button', { name: '撤销诉求' }).click();
    await main.getByRole('button', { name: '确认撤销' }).click();
    await ent.getByTestId('demand-status').filter({ hasText: '已撤销' }).waitFor();
    expect(await main.getByRole('button', { name: '撤销诉求' }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 180_000);
});
