import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editors, publishedPolicy, type Editors } from '../factories/policies.js';
import { gql } from '../setup/client.js';
import { graphql } from '../gql/index.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';

/** Search finds a policy by the catalogue name or alias of a qualification its conditions require (issue 15). */

let p: TestPlatform;
let e: Editors;

const SEARCH = graphql(`
  query PolicyQualificationSearchSearch($i: SearchInput!) {
    search(input: $i) {
      hits {
        nodes {
          kind
          id
        }
      }
    }
  }
`);
const SET = graphql(`
  mutation PolicyQualificationSearchConditionsSet($i: PolicyConditionsSetInput!) {
    policyConditionsSet(input: $i) {
      errors {
        ...TestUserError
      }
    }
  }
`);

async function found(query: string): Promise<string[]> {
  const res = await gql(p, SEARCH, { i: { query } });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data.search.hits.nodes.map((h) => h.id);
}

beforeAll(async () => {
  p = await startTestPlatform();
  e = await editors(p);
});
afterAll(async () => {
  await p?.stop();
});

describe('qualifications in policy search', () => {
  it('finds a policy by the name and the alias of a qualification its conditions require, once they are set', async () => {
    const sentence = '申报企业须为规模以上工业企业。';
    const id = await publishedPolicy(p, e, {
      title: `关于开展制造业数字化改造奖补的通知（${Math.floor(Math.random() * 1e6)}）`,
      body: `<p>第一条 对实施数字化改造的企业给予奖补。</p><p>第二条 ${sentence.replace('规模以上工业企业', '符合本办法规定条件的企业')}</p>`,
      hotWords: [],
      tags: [],
    });
    await p.jobs.runDue();
    expect(await found('规上企业')).not.toContain(id);

    const res = await gql(
      p,
      SET,
      {
        i: {
          policyId: id,
          conditions: [
            {
              field: 'QUALIFICATION',
              operator: 'HAS',
              values: ['ABOVE_SCALE_INDUSTRY'],
              sourceSentence: '第一条 对实施数字化改造的企业给予奖补。',
              changeable: true,
            },
          ],
        },
      },
      { token: e.operator.token },
    );
    expect(res.data.policyConditionsSet.errors).toEqual([]);
    await p.jobs.runDue();
    expect(await found('规上企业')).toContain(id); // an alias
    expect(await found('规模以上工业企业')).toContain(id); // the catalogue name

    // conditions removed: no longer found by the alias
    const cleared = await gql(p, SET, { i: { policyId: id, conditions: [] } }, { token: e.operator.token });
    expect(cleared.data.policyConditionsSet.errors).toEqual([]);
    await p.jobs.runDue();
    expect(await found('规上企业')).not.toContain(id);
  });
});
