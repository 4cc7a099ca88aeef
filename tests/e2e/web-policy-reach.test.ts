import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { enterpriseOwner } from '../factories/enterprises.js';
import { editors, publishedPolicy, type Editors } from '../factories/policies.js';
import { graphql } from '../gql/index.js';
import type { PolicyConditionInput } from '../gql/graphql.js';
import { useWebTest } from '../setup/browser.js';
import { gql } from '../setup/client.js';
import { SHOTS } from '../setup/web.js';

/** 政策直达 in a real Chromium: an operator sees how many verified enterprises a policy reaches, why, and switches verdicts. */

const w = useWebTest();
let e: Editors;
let policyId: string;

const SET = graphql(`
  mutation WebPolicyReachConditionsSet($i: PolicyConditionsSetInput!) {
    policyConditionsSet(input: $i) {
      errors {
        ...TestUserError
      }
    }
  }
`);
const REVIEW = graphql(`
  mutation WebPolicyReachEnterpriseReview($i: EnterpriseReviewInput!) {
    enterpriseReview(input: $i) {
      errors {
        code
      }
    }
  }
`);
const HEFEI: PolicyConditionInput = { field: 'REGION', operator: 'IN', values: ['340100'], sourceSentence: '申报主体须在合肥市注册。', changeable: false };
const RD: PolicyConditionInput = { field: 'RD_RATIO', operator: 'GTE', values: ['3'], sourceSentence: '研发投入占比不低于3%。', changeable: false };

beforeAll(async () => {
  e = await editors(w.p);
  const firms = [
    { name: '直达网页甲科技有限公司', rdRatio: 5 },
    { name: '直达网页乙科技有限公司', rdRatio: 4 },
    { name: '直达网页待核实科技有限公司', rdRatio: null },
  ];
  for (const f of firms) {
    const o = await enterpriseOwner(w.p, { regionCode: '340104', ...f });
    const r = await gql(w.p, REVIEW, { i: { enterpriseId: o.enterpriseId, decision: 'APPROVE' } }, { token: e.operator.token });
    expect(r.data.enterpriseReview.errors).toEqual([]);
  }
  policyId = await publishedPolicy(w.p, e, { title: '合肥市研发投入直达奖补', body: `<p>${HEFEI.sourceSentence}</p><p>${RD.sourceSentence}</p>` });
  const res = await gql(w.p, SET, { i: { policyId, conditions: [HEFEI, RD] } }, { token: e.operator.token });
  expect(res.data.policyConditionsSet.errors).toEqual([]);
}, 120_000);

describe('web policy reach (政策直达)', () => {
  it('shows the counts, a reason per enterprise, and switches verdict', async () => {
    const { p } = w;
    const page = await w.signedIn(e.operator.mobile, `/admin/policies/${encodeURIComponent(policyId)}/conditions`);
    const main = page.locator('#main');
    await main.getByRole('link', { name: '政策直达' }).click();
    await page.waitForURL(`${p.url}/admin/policies/${encodeURIComponent(policyId)}/reach`);

    await expect.poll(() => main.getByTestId('reach-count-ELIGIBLE').locator('dd').textContent()).toBe('2 家');
    expect(await main.getByTestId('reach-count-LIKELY').locator('dd').textContent()).toBe('1 家');
    expect(await main.getByTestId('reach-count-NEAR_MISS').locator('dd').textContent()).toBe('0 家');

    const items = main.getByTestId('reach-enterprise');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.locator('strong').allTextContents()).toEqual(['直达网页乙科技有限公司', '直达网页甲科技有限公司'].sort());
    await items.first().locator('summary').click();
    expect(await items.first().getByTestId('reach-reason').first().textContent()).toBe('【符合】注册地要求为合肥市，企业为蜀山区（企业自报），符合');

    await main.getByRole('radio', { name: /^可能符合/ }).check();
    await expect.poll(() => items.locator('strong').allTextContents()).toEqual(['直达网页待核实科技有限公司']);
    await items.first().locator('summary').click();
    expect(await items.first().getByTestId('reach-reason').nth(1).textContent()).toContain('企业未申报该信息');

    await main.getByRole('radio', { name: /^差一点符合/ }).check();
    await main.getByText('暂无差一点符合的企业').waitFor();
    expect(await main.getByRole('button', { name: '导出 XLSX' }).isDisabled()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'policy-reach.png'), fullPage: true });
    expect(w.pageErrors).toEqual([]);
  });
});
