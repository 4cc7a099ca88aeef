import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPolicies } from '../../seeds/policies.js';
import { login, PASSWORD } from '../factories/accounts.js';
import { enterpriseInput, REGISTER } from '../factories/enterprises.js';
import { gql } from '../setup/client.js';
import { graphql } from '../gql/index.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';

const REGISTER_ACCOUNT = graphql(`
  mutation PolicySeedAccountRegister($i: AccountRegisterInput!) {
    accountRegister(input: $i) {
      errors {
        code
      }
    }
  }
`);
const LIST = graphql(`
  query PolicySeedPolicies {
    policies(first: 5, filter: { keyword: "专精特新" }) {
      totalCount
      nodes {
        title
        docNo
        departments
      }
    }
  }
`);
const INBOX = graphql(`
  query PolicySeedInbox {
    policySubscriptions {
      name
      frequency
      channels
    }
    notifications(first: 1) {
      totalCount
      nodes {
        reason
        subscription {
          name
        }
      }
    }
  }
`);

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
  for (const [mobile, role] of [
    ['13800000004', 'OPERATOR'],
    ['13800000005', 'REVIEWER'],
  ]) {
    await gql(p, REGISTER_ACCOUNT, { i: { mobile, displayName: role, password: PASSWORD } });
    await p.sql('update account set roles = $1 where mobile = $2', [[role], mobile]);
  }
  // the demo enterprise user, whose subscription the seed creates
  await gql(p, REGISTER_ACCOUNT, { i: { mobile: '13800000006', displayName: '企业用户', password: PASSWORD } });
  const reg = await gql(p, REGISTER, { i: enterpriseInput() }, { token: await login(p, '13800000006') });
  expect(reg.data.enterpriseRegister.errors).toEqual([]);
});
afterAll(async () => {
  await p?.stop();
});

describe('demo policies (seed)', () => {
  it('seeds 320 published policies with interpretations, guides, links and ≥ 50 decompositions', async () => {
    const started = Date.now();
    await seedPolicies(p, { info: (m: string, f?: object) => console.log(m, JSON.stringify(f)), debug() {}, warn() {}, error() {} });
    console.log(`seedPolicies took ${Date.now() - started} ms`);
    const [counts] = await p.sql<Record<string, number>>(`select
      (select count(*)::int from policy_published) as published,
      (select count(distinct policy_id)::int from policy_condition) as decomposed,
      (select count(*)::int from policy_interpretation) as interpretations,
      (select count(*)::int from policy_guide) as guides,
      (select count(*)::int from policy_link) as links`);
    expect(counts.published).toBe(320);
    expect(counts.decomposed).toBeGreaterThanOrEqual(50);
    expect(counts.interpretations).toBeGreaterThan(90);
    expect(counts.guides).toBeGreaterThan(90);
    expect(counts.links).toBeGreaterThan(10);
    const list = await gql(p, LIST);
    expect(list.data.policies.totalCount).toBeGreaterThan(10);

    // the demo enterprise user's daily-digest subscription: publishing filled its inbox
    await p.jobs.runDue();
    const token = await login(p, '13800000006');
    const inbox = await gql(p, INBOX, {}, { token });
    expect(inbox.data.policySubscriptions).toEqual([{ name: '专精特新与数字化', frequency: 'DAILY', channels: ['EMAIL'] }]);
    expect(inbox.data.notifications.totalCount).toBeGreaterThan(5);
    const [{ n }] = await p.sql<{ n: number }>(`select count(*)::int as n from notification_delivery`);
    expect(n).toBe(0); // e-mail waits for the daily digest
  }, 120_000);
});
