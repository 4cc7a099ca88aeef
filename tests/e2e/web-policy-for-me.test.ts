import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { enterpriseOwner } from '../factories/enterprises.js';
import { editors, publishedPolicy, type Editors } from '../factories/policies.js';
import { graphql } from '../gql/index.js';
import type { PolicyConditionInput } from '../gql/graphql.js';
import { useWebTest } from '../setup/browser.js';
import { gql } from '../setup/client.js';
import { SHOTS } from '../setup/web.js';

/** /policy/for-me in a real Chromium: every match reachable 20 at a time, a verdict filter with counts kept in the address. */

const w = useWebTest();
let e: Editors;

const SET = graphql(`
  mutation WebPolicyForMeConditionsSet($i: PolicyConditionsSetInput!) {
    policyConditionsSet(input: $i) {
      errors {
        ...TestUserError
      }
    }
  }
`);
const GUIDE = graphql(`
  mutation WebPolicyForMeGuideAdd($i: PolicyGuideAddInput!) {
    policyGuideAdd(input: $i) {
      errors {
        code
      }
    }
  }
`);
const COUNTS = graphql(`
  query WebPolicyForMeCounts {
    eligible: policyMatches(verdicts: [ELIGIBLE], first: 1) {
      totalCount
    }
    likely: policyMatches(verdicts: [LIKELY], first: 1) {
      totalCount
    }
    nearMiss: policyMatches(verdicts: [NOT_ELIGIBLE], first: 1) {
      totalCount
    }
  }
`);

const HEFEI: PolicyConditionInput = { field: 'REGION', operator: 'IN', values: ['340100'], sourceSentence: '申报主体须在合肥市注册。', changeable: false };
const WUHU: PolicyConditionInput = { field: 'REGION', operator: 'IN', values: ['340200'], sourceSentence: '申报主体须在芜湖市注册。', changeable: false };
const RD: PolicyConditionInput = { field: 'RD_RATIO', operator: 'GTE', values: ['3'], sourceSentence: '研发投入占比不低于3%。', changeable: true };
const STAFF: PolicyConditionInput = { field: 'EMPLOYEES', operator: 'GTE', values: ['100'], sourceSentence: '从业人员不少于100人。', changeable: true };

async function decomposed(title: string, conditions: PolicyConditionInput[], applicationEnd?: string): Promise<string> {
  const body = conditions.map((c) => `<p>${c.sourceSentence}</p>`).join('');
  const id = await publishedPolicy(w.p, e, { title, body, hotWords: [], tags: [] });
  const res = await gql(w.p, SET, { i: { policyId: id, conditions } }, { token: e.operator.token });
  expect(res.data.policyConditionsSet.errors).toEqual([]);
  if (applicationEnd) {
    const guide = await gql(
      w.p,
      GUIDE,
      {
        i: { policyId: id, fields: { title: '申报指南', beneficiaries: '中小企业', conditions: '见通知', whereToApply: '平台', applicationEnd } },
      },
      { token: e.operator.token },
    );
    expect(guide.data.policyGuideAdd.errors).toEqual([]);
  }
  return id;
}

beforeAll(async () => {
  e = await editors(w.p);
  const made: Promise<string>[] = [];
  for (let i = 1; i <= 25; i++) made.push(decomposed(`合肥市企业发展奖补第${i}号`, [HEFEI], i === 7 ? '2099-12-31' : undefined));
  for (let i = 1; i <= 2; i++) made.push(decomposed(`合肥市研发投入奖补第${i}号`, [HEFEI, RD]));
  for (let i = 1; i <= 3; i++) made.push(decomposed(`合肥市规模企业奖励第${i}号`, [HEFEI, STAFF]));
  made.push(decomposed('芜湖市企业发展奖补', [WUHU]));
  await Promise.all(made);
}, 180_000);

describe('web policies for my enterprise', () => {
  it('pages through every match, filters by verdict with counts, and keeps the filter in the address', async () => {
    const { p } = w;
    const owner = await enterpriseOwner(p, { regionCode: '340104', employees: 45 });
    const api = (await gql(p, COUNTS, {}, { token: owner.token })).data;
    expect([api.eligible.totalCount, api.likely.totalCount, api.nearMiss.totalCount]).toEqual([25, 2, 3]);

    const page = await w.signedIn(owner.mobile, '/policy/for-me');
    const main = page.locator('#main');
    const filter = main.getByTestId('match-filter');
    const items = main.getByTestId('policy-match');

    // the counts beside the filter are the API's totalCount per verdict
    await expect.poll(() => filter.getByTestId('match-count-eligible').textContent()).toBe(String(api.eligible.totalCount));
    expect(await filter.getByTestId('match-count-likely').textContent()).toBe(String(api.likely.totalCount));
    expect(await filter.getByTestId('match-count-near-miss').textContent()).toBe(String(api.nearMiss.totalCount));
    expect(await filter.getByRole('checkbox', { name: /^符合/ }).isChecked()).toBe(true);
    expect(await filter.getByRole('checkbox', { name: /^可能符合/ }).isChecked()).toBe(true);
    expect(await filter.getByRole('checkbox', { name: /^差一点/ }).isChecked()).toBe(false);

    // default: 符合 + 可能符合, 20 a page
    await items.first().waitFor();
    expect(await items.count()).toBe(20);
    expect(await main.getByTestId('match-total').textContent()).toBe('共匹配 27 条政策，已显示 20 条');
    expect(await main.getByTestId('match-group-eligible').locator('h2').textContent()).toBe('符合（25）');
    expect(await main.getByTestId('match-group-eligible').textContent()).toContain('企业信息满足该政策的全部申报条件');
    // the one with an application deadline ranks first and shows it; the others say the notice decides
    expect(await items.first().locator('h3').textContent()).toBe('合肥市企业发展奖补第7号');
    expect(await items.first().getByTestId('match-deadline').textContent()).toBe('申报截止：2099-12-31');
    expect(await items.nth(1).textContent()).toContain('申报时间以通知为准');

    // 加载更多: the other 5 eligible, then the 2 likely, and the button is gone
    const more = main.getByRole('button', { name: '加载更多' });
    await more.click();
    await expect.poll(() => items.count()).toBe(27);
    await more.waitFor({ state: 'detached' });
    expect(await main.getByTestId('match-group-eligible').getByTestId('policy-match').count()).toBe(25);
    const likely = main.getByTestId('match-group-likely');
    expect(await likely.getByTestId('policy-match').count()).toBe(2);
    expect(await likely.getByTestId('match-verdict').allTextContents()).toEqual(['可能符合（信息不全）', '可能符合（信息不全）']);
    expect(new Set(await items.locator('h3').allTextContents()).size).toBe(27);
    expect(await main.getByTestId('match-total').textContent()).toBe('共匹配 27 条政策');
    expect(await main.getByText('芜湖市企业发展奖补').count()).toBe(0);

    // switch to 差一点 only: the near misses with what would make them eligible
    await filter.getByRole('checkbox', { name: /^差一点/ }).check();
    await page.waitForURL(`${p.url}/policy/for-me?verdict=eligible,likely,near-miss`);
    await filter.getByRole('checkbox', { name: /^符合/ }).uncheck();
    await filter.getByRole('checkbox', { name: /^可能符合/ }).uncheck();
    await page.waitForURL(`${p.url}/policy/for-me?verdict=near-miss`);
    // the one verdict left cannot be unchecked
    expect(await filter.getByRole('checkbox', { name: /^差一点/ }).isDisabled()).toBe(true);
    const near = main.getByTestId('match-group-near-miss');
    await expect.poll(() => items.count()).toBe(3);
    expect(await near.locator('h2').textContent()).toBe('差一点（3）');
    expect(await near.getByTestId('match-verdict').allTextContents()).toEqual(['差一点', '差一点', '差一点']);
    expect(await main.getByRole('button', { name: '加载更多' }).count()).toBe(0);
    const first = items.first();
    await first.locator('summary').click();
    const improve = first.getByTestId('match-improve');
    await improve.waitFor();
    expect(await improve.getByRole('heading', { name: '如何满足条件' }).count()).toBe(1);
    expect(await improve.locator('li').allTextContents()).toEqual([expect.stringContaining('100')]);
    await page.screenshot({ path: join(SHOTS, 'policy-for-me-near-miss.png'), fullPage: true });

    // the filter survives a reload
    await page.reload();
    await expect.poll(() => items.count()).toBe(3);
    expect(await filter.getByRole('checkbox', { name: /^差一点/ }).isChecked()).toBe(true);
    expect(await filter.getByRole('checkbox', { name: /^符合/ }).isChecked()).toBe(false);
    expect(await main.getByTestId('match-group-near-miss').locator('h2').textContent()).toBe('差一点（3）');

    // adding a verdict widens the list and the address
    await filter.getByRole('checkbox', { name: /^符合/ }).check();
    await page.waitForURL(`${p.url}/policy/for-me?verdict=eligible,near-miss`);
    await expect.poll(() => main.getByTestId('match-total').textContent()).toBe('共匹配 28 条政策，已显示 20 条');

    // 符合 alone: 20, then the other 5, and no more button
    await page.goto(`${p.url}/policy/for-me?verdict=eligible`);
    await expect.poll(() => items.count()).toBe(20);
    await main.getByRole('button', { name: '加载更多' }).click();
    await expect.poll(() => items.count()).toBe(25);
    await main.getByRole('button', { name: '加载更多' }).waitFor({ state: 'detached' });
    expect(await main.getByTestId('match-group-likely').count()).toBe(0);
    expect(w.pageErrors).toEqual([]);
  });

  it('says in Chinese when a filter has nothing, with a way to complete the profile and to the verdicts that do', async () => {
    const { p } = w;
    const owner = await enterpriseOwner(p, { regionCode: '340202' });
    const page = await w.signedIn(owner.mobile, '/policy/for-me?verdict=likely');
    const main = page.locator('#main');
    const empty = main.getByText('暂无可能符合的政策');
    await empty.waitFor();
    expect(await main.getByRole('link', { name: '完善企业信息' }).getAttribute('href')).toBe('/enterprise/edit');
    await expect.poll(() => main.getByTestId('match-count-eligible').textContent()).toBe('1');
    const other = main.getByRole('link', { name: '查看符合的政策（1）' });
    await other.click();
    await page.waitForURL(`${p.url}/policy/for-me?verdict=eligible`);
    await main.getByTestId('policy-match').filter({ hasText: '芜湖市企业发展奖补' }).waitFor();
    expect(await main.getByTestId('policy-match').count()).toBe(1);
    expect(w.pageErrors).toEqual([]);
  });
});
