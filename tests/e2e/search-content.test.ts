import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvedInstitution, listedProduct, ok, PNG_1X1, operator as operatorOf, type TestInstitution } from '../factories/docking.js';
import { editors, publishedPolicy, type Editors } from '../factories/policies.js';
import type { TestAccount } from '../factories/accounts.js';
import { graphql } from '../gql/index.js';
import type { SearchInput } from '../gql/graphql.js';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';

let p: TestPlatform;
let e: Editors;
let op: TestAccount;
let inst: TestInstitution;

const SEARCH = graphql(`
  query SearchContentSearch($i: SearchInput!) {
    search(input: $i) {
      understanding {
        converted
        corrected
        autoRewritten
        serviceIntent
      }
      hits {
        nodes {
          kind
          kindLabel
          id
          title
          url
        }
      }
      serviceCards {
        kind
        id
        title
      }
    }
  }
`);
const POLICY = graphql(`
  query SearchContentPolicy($id: ID!) {
    policy(id: $id) {
      title
    }
  }
`);
const POLICY_WITHDRAW = graphql(`
  mutation SearchContentPolicyWithdraw($i: PolicyTransitionInput!) {
    policyWithdraw(input: $i) {
      policy {
        id
        status
        publishedVersion
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const PRODUCT_DELIST = graphql(`
  mutation SearchContentProductDelist($i: ServiceProductRefInput!) {
    serviceProductDelist(input: $i) {
      product {
        status
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const ACTIVITY_CREATE = graphql(`
  mutation SearchContentActivityCreate($i: ActivityCreateInput!) {
    activityCreate(input: $i) {
      activity {
        id
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const ACTIVITY_REVIEW = graphql(`
  mutation SearchContentActivityReview($i: ActivityReviewInput!) {
    activityReview(input: $i) {
      activity {
        status
      }
      errors {
        ...TestUserError
      }
    }
  }
`);

async function search(input: SearchInput) {
  const res = await gql(p, SEARCH, { i: input });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data.search;
}
const ids = (r: { hits: { nodes: { id: string }[] } }): string[] => r.hits.nodes.map((h) => h.id);

beforeAll(async () => {
  p = await startTestPlatform();
  e = await editors(p);
  op = await operatorOf(p);
  inst = await approvedInstitution(p, op);
});
afterAll(async () => {
  await p?.stop();
});

describe('policies in search', () => {
  it('indexes a published policy and removes it when withdrawn', async () => {
    const id = await publishedPolicy(p, e, {
      title: '关于印发合肥市专精特新企业培育奖补办法的通知',
      body: '<h2>总则</h2><p>对新认定的<strong>专精特新</strong>企业给予一次性奖补。</p>',
      hotWords: [],
      tags: [],
    });
    expect(ids(await search({ query: '培育奖补办法' }))).not.toContain(id); // not before the job ran
    await p.jobs.runDue();

    const byTitle = await search({ query: '专精特新 培育' });
    expect(ids(byTitle)).toContain(id);
    const hit = byTitle.hits.nodes.find((h) => h.id === id);
    expect(hit).toMatchObject({ kind: 'policy', kindLabel: '政策' });
    expect(hit?.url).toContain(id);

    // pinyin initials of a domain term in the title
    const initials = await search({ query: 'zjtx' });
    expect(initials.understanding.converted).toContain('专精特新');
    expect(ids(initials)).toContain(id);
    // a typo of a domain term (专精特新 typed with a homophone)
    const typo = await search({ query: '专精特心' });
    expect(typo.understanding.corrected).toContain('专精特新');
    expect(ids(typo)).toContain(id);
    // body text is indexed without markup
    expect(ids(await search({ query: '一次性奖补' }))).toContain(id);

    // a public view bumps the view count but queues no re-index
    const queued = async () => Number((await p.sql<{ n: string }>(`select count(*) as n from search_outbox where kind = 'policy'`))[0].n);
    const before = await queued();
    const viewed = await gql(p, POLICY, { id });
    expect(viewed.data.policy?.title).toContain('专精特新');
    expect(await queued()).toBe(before);

    const withdrawn = await gql(p, POLICY_WITHDRAW, { i: { policyId: id } }, { token: e.operator.token });
    expect(withdrawn.data.policyWithdraw.errors).toEqual([]);
    await p.jobs.runDue();
    expect(ids(await search({ query: '专精特新 培育' }))).not.toContain(id);
  });
});

describe('service products in search', () => {
  it('indexes a listed product (a service card) and removes it when delisted', async () => {
    const id = await listedProduct(p, inst, op, {
      name: '专利申请代理服务',
      description: '为科技型中小企业提供发明专利申请、商标注册代理。',
      contactName: '王敏',
      contactPhone: '13900001111',
    });
    await p.jobs.runDue();
    const found = await search({ query: '专利申请代理' });
    expect(ids(found)).toContain(id);
    expect(found.hits.nodes.find((h) => h.id === id)).toMatchObject({ kind: 'serviceProduct', kindLabel: '服务产品' });
    // contact data is not indexed
    expect(ids(await search({ query: '王敏' }))).not.toContain(id);
    // service intent (申请/专利) shows it as a service card
    const cards = await search({ query: '专利申请' });
    expect(cards.understanding.serviceIntent).toBe(true);
    expect(cards.serviceCards.map((c) => c.id)).toContain(id);

    await ok(p, PRODUCT_DELIST, { i: { productId: id } }, op.token);
    await p.jobs.runDue();
    expect(ids(await search({ query: '专利申请代理' }))).not.toContain(id);
  });
});

describe('activities in search', () => {
  it('indexes a published, coming activity (a service card) and removes it when no longer published', async () => {
    const start = new Date(p.clock.now().getTime() + 3 * 86_400_000);
    const created = await ok(
      p,
      ACTIVITY_CREATE,
      {
        i: {
          name: '高新技术企业认定申报辅导会',
          column: 'TECHNOLOGY',
          logo: { base64: PNG_1X1 },
          content: '讲解高新技术企业认定条件与申报材料准备。',
          agenda: [{ startsAt: start.toISOString(), title: '认定条件解读', speaker: '张华' }],
          participants: '拟申报高新技术企业的负责人',
          organisers: ['安徽省科学技术厅'],
          placeAddress: '合肥市蜀山区黄山路1号会议中心',
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
          registrationMethod: 'PLATFORM',
          registrationDeadline: new Date(start.getTime() - 86_400_000).toISOString(),
          capacity: 50,
          contactName: '陈静',
          contactPhone: '0551-62345678',
          targetAudience: '省内科技型中小企业',
        },
      },
      inst.token,
    );
    const id = created.activity!.id;
    await p.jobs.runDue();
    expect(ids(await search({ query: '高新技术企业 辅导会' }))).not.toContain(id); // under review: not public

    await ok(p, ACTIVITY_REVIEW, { i: { activityId: id, decision: 'APPROVE' } }, op.token);
    await p.jobs.runDue();
    const found = await search({ query: '高新技术企业 辅导会' });
    expect(found.hits.nodes.find((h) => h.id === id)).toMatchObject({ kind: 'activity', kindLabel: '服务活动' });
    expect(ids(await search({ query: '陈静' }))).not.toContain(id);
    const cards = await search({ query: '高新技术企业认定申报' });
    expect(cards.understanding.serviceIntent).toBe(true);
    expect(cards.serviceCards.map((c) => c.id)).toContain(id);

    // No mutation takes a published activity down today; a status change through SQL fires the same trigger.
    await p.sql(`update activity set status = 'CANCELLED' where id = $1`, [Buffer.from(id, 'base64url').toString().split(':')[1]]);
    await p.jobs.runDue();
    expect(ids(await search({ query: '高新技术企业 辅导会' }))).not.toContain(id);
  });
});
