import { beforeEach, describe, expect, it } from 'vitest';
import { signUp, staff, type TestAccount } from '../factories/accounts.js';
import { INSTITUTION_APPLY, ok } from '../factories/docking.js';
import { enterpriseInput, REGISTER } from '../factories/enterprises.js';
import { graphql } from '../gql/index.js';
import { useWebTest } from '../setup/browser.js';
import { gql } from '../setup/client.js';

/** The operator console in a real Chromium: pending counts, review queues (O2), search operations (Q4). */

// The queue counts are platform-wide: each test on its own database.
const web = useWebTest({ platformPerTest: true });
let op: TestAccount;

beforeEach(async () => {
  op = await staff(web.p, ['OPERATOR'], '运营专员');
});

const INSTITUTION_STATUS = graphql(`
  query WebAdminInstitutionStatus($id: ID!) {
    institution(id: $id) {
      status
    }
  }
`);
const ENTERPRISE_STATUS = graphql(`
  query WebAdminEnterpriseStatus($id: ID!) {
    enterprise(id: $id) {
      status
      reviewReason
    }
  }
`);
const SEARCH_TOTAL = graphql(`
  query WebAdminSearchTotal($i: SearchInput!) {
    search(input: $i) {
      totalCount
    }
  }
`);
const ZERO_RESULT_QUERIES = graphql(`
  query WebAdminZeroResultQueries {
    searchZeroResultQueries(first: 20) {
      query
    }
  }
`);
const CONCEPTS = graphql(`
  query WebAdminSearchConcepts {
    searchConcepts(first: 100) {
      nodes {
        phrase
        expansions
      }
    }
  }
`);
const SEARCH_EXPANSIONS = graphql(`
  query WebAdminSearchExpansions($i: SearchInput!) {
    search(input: $i) {
      understanding {
        expansions {
          phrase
          terms
        }
      }
    }
  }
`);

async function pendingEnterprise(name: string): Promise<string> {
  const { p } = web;
  const owner = await signUp(p, '企业负责人');
  const res = await gql(p, REGISTER, { i: enterpriseInput({ name }) }, { token: owner.token });
  return res.data.enterpriseRegister.enterprise!.id;
}

describe('operator console', () => {
  it('is closed to an account without operator or reviewer roles', async () => {
    const { p, page, signIn } = web;
    const someone = await signUp(p, '普通用户');
    await signIn(someone.mobile, '/admin');
    await page.getByText('您没有运营后台的权限').waitFor();
  });

  it('counts pending items and reviews enterprises and institutions: reject with a reason, approve', async () => {
    const { p, page, signIn } = web;
    const rejected = await pendingEnterprise('合肥市退回测试科技有限公司');
    const approved = await pendingEnterprise('芜湖市通过测试机械有限公司');
    const applicant = await signUp(p, '机构申请人');
    const applied = await ok(
      p,
      INSTITUTION_APPLY,
      {
        i: {
          name: '安徽省待审核企业服务中心',
          type: 'PUBLIC_INTEREST',
          columns: ['CONSULTING'],
          regionCodes: ['340000'],
          qualifications: '具备相关服务资质',
          description: '面向中小企业提供管理咨询服务',
          responsibleDepartment: '省经信厅',
          contactName: '刘洋',
          contactPhone: '0551-65123456',
        },
      },
      applicant.token,
    );

    await signIn(op.mobile, '/');
    await page.getByRole('link', { name: '运营后台' }).click();
    await page.waitForURL(`${p.url}/admin`);
    await page.getByRole('heading', { name: '运营后台', level: 1 }).waitFor();
    await page.getByRole('link', { name: '企业认证审核：2 项待审核' }).waitFor();
    await page.getByRole('link', { name: '机构入驻审核：1 项待审核' }).click();
    await page.waitForURL(`${p.url}/admin/reviews/institutions`);
    const inst = page.locator('.review-item', { hasText: '安徽省待审核企业服务中心' });
    await inst.getByText('省经信厅').waitFor();
    await inst.getByRole('button', { name: '通过' }).click();
    // Approval is binding: it asks first, then says it went through.
    await inst.getByText('确认审核通过「安徽省待审核企业服务中心」？').waitFor();
    await inst.getByRole('button', { name: '确认通过' }).click();
    await page.getByRole('status').getByText('已通过「安徽省待审核企业服务中心」。').waitFor();
    await page.getByText('暂无待审核的入驻申请').waitFor();
    const instNow = await gql(p, INSTITUTION_STATUS, { id: applied.institution!.id }, { token: op.token });
    expect(instNow.data.institution!.status).toBe('APPROVED');

    await page.getByRole('navigation', { name: '审核队列' }).getByRole('link', { name: '企业认证' }).click();
    await page.waitForURL(`${p.url}/admin/reviews/enterprises`);
    const toReject = page.locator('.review-item', { hasText: '合肥市退回测试科技有限公司' });
    await toReject.getByRole('button', { name: '退回' }).click();
    await toReject.getByLabel('退回理由（将告知申请方）').fill('营业执照名称与统一社会信用代码不一致，请核对后重新提交。');
    await toReject.getByRole('button', { name: '确认退回' }).click();
    await toReject.waitFor({ state: 'detached' });
    const toApprove = page.locator('.review-item', { hasText: '芜湖市通过测试机械有限公司' });
    await toApprove.getByRole('button', { name: '通过' }).click();
    await toApprove.getByRole('button', { name: '确认通过' }).click();
    await page.getByText('暂无待认证的企业').waitFor();

    expect((await gql(p, ENTERPRISE_STATUS, { id: rejected }, { token: op.token })).data.enterprise).toEqual({
      status: 'REJECTED',
      reviewReason: '营业执照名称与统一社会信用代码不一致，请核对后重新提交。',
    });
    expect((await gql(p, ENTERPRISE_STATUS, { id: approved }, { token: op.token })).data.enterprise!.status).toBe('VERIFIED');
  });

  it('pages a long queue: every pending enterprise is reachable with 加载更多, the count says how many', async () => {
    const { page, signIn } = web;
    for (let i = 0; i < 22; i++) await pendingEnterprise(`滁州市分页测试${String(i).padStart(2, '0')}有限公司`);
    await signIn(op.mobile, '/admin/reviews/enterprises');
    const count = page.locator('.search-count');
    await count.getByText('共 22 项待审核，已显示 20 项').waitFor();
    await page.getByRole('button', { name: '加载更多' }).click();
    await page.locator('.review-item').nth(21).waitFor();
    expect(await page.locator('.review-item').count()).toBe(22);
    expect(await count.textContent()).toBe('共 22 项待审核');
    expect(await page.getByRole('button', { name: '加载更多' }).count()).toBe(0);
  }, 60_000);

  it('shows zero-result queries and turns one into a concept that search then uses', async () => {
    const { p, page, signIn } = web;
    const phrase = '搞点周转金';
    await gql(p, SEARCH_TOTAL, { i: { query: phrase } });
    // The query log may be written just after the response.
    await expect
      .poll(async () => (await gql(p, ZERO_RESULT_QUERIES, {}, { token: op.token })).data.searchZeroResultQueries.map((q) => q.query), { timeout: 10_000 })
      .toContain(phrase);

    await signIn(op.mobile, '/admin/search');
    await page.getByRole('heading', { name: '搜索运营', level: 1 }).waitFor();
    await page.getByRole('button', { name: `把“${phrase}”加为概念` }).click();
    expect(await page.getByLabel('口语说法').inputValue()).toBe(phrase);
    await page.getByLabel('对应的规范词').fill('融资、贷款');
    await page.getByRole('button', { name: '保存概念' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `已保存：搜索“${phrase}”时也会查找 融资、贷款` })
      .waitFor();
    await page.locator('#concepts').getByRole('cell', { name: phrase, exact: true }).waitFor();
    // The seeded table has a few hundred phrases: the operator pages through all of them.
    const rows = page.locator('#concepts tbody tr');
    expect(await rows.count()).toBe(100);
    await page.locator('#concepts').getByRole('button', { name: '加载更多' }).click();
    await expect.poll(() => rows.count()).toBe(200);

    const concepts = await gql(p, CONCEPTS, {}, { token: op.token });
    expect(concepts.data.searchConcepts.nodes).toContainEqual({ phrase, expansions: ['融资', '贷款'] });
    const again = await gql(p, SEARCH_EXPANSIONS, { i: { query: phrase } });
    expect(again.data.search.understanding!.expansions).toContainEqual({ phrase, terms: ['融资', '贷款'] });
    expect(web.pageErrors).toEqual([]);
  });
});
