import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvedInstitution, listedProduct, operator as operatorOf, type TestInstitution } from '../factories/docking.js';
import type { TestAccount } from '../factories/accounts.js';
import { graphql } from '../gql/index.js';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';

let p: TestPlatform;
let op: TestAccount;
let first: TestInstitution;
let second: TestInstitution;

const SEARCH_HITS_INSTITUTION = graphql(`
  query SearchHitsInstitution($i: SearchInput!) {
    search(input: $i) {
      totalCount
      hits {
        nodes {
          id
          kind
          title
          institution {
            id
            name
          }
        }
      }
      serviceCards {
        id
        institution {
          name
        }
      }
    }
  }
`);
const SEARCH_HITS_IDS = graphql(`
  query SearchInstitutionHitIds($i: SearchInput!) {
    search(input: $i) {
      hits {
        nodes {
          id
        }
      }
    }
  }
`);

async function search(query: string, pageSize: number) {
  const res = await gql(p, SEARCH_HITS_INSTITUTION, { i: { query, kinds: ['serviceProduct'], first: pageSize } });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return { ...res.data!.search, sqlCount: res.extensions?.sqlCount as number };
}

beforeAll(async () => {
  p = await startTestPlatform();
  op = await operatorOf(p);
  first = await approvedInstitution(p, op, { name: '合肥市商标代理服务中心' });
  second = await approvedInstitution(p, op, { name: '芜湖市知识产权服务有限公司' });
}, 120_000);
afterAll(async () => {
  await p?.stop();
});

describe('search hits name the institution offering them', () => {
  it('tells two products with the same name apart by their institutions', async () => {
    const a = await listedProduct(p, first, op, { name: '商标注册代办服务' });
    const b = await listedProduct(p, second, op, { name: '商标注册代办服务' });
    await p.jobs.runDue();
    const r = await search('商标注册代办服务', 10);
    const byId = new Map(r.hits.nodes.map((h) => [h.id, h.institution]));
    expect(byId.get(a)).toEqual({ id: first.institutionId, name: '合肥市商标代理服务中心' });
    expect(byId.get(b)).toEqual({ id: second.institutionId, name: '芜湖市知识产权服务有限公司' });
  });

  it('has no institution on hits of kinds without one', async () => {
    const res = await gql(p, SEARCH_HITS_INSTITUTION, { i: { query: '芜湖市知识产权服务有限公司', kinds: ['institution'] } });
    expect(res.errors).toBeUndefined();
    const hit = res.data!.search.hits.nodes.find((h) => h.id === second.institutionId);
    expect(hit).toMatchObject({ kind: 'institution', institution: null });
  });

  it('reads the institutions of a page in a flat number of statements', async () => {
    for (let k = 1; k <= 12; k++) await listedProduct(p, k % 2 ? first : second, op, { name: `专利年费托管服务${'一二三四五六七八九十甲乙'[k - 1]}号` });
    await p.jobs.runDue();
    await search('专利年费托管', 1); // warms the per-instance caches (lexicon, sites)
    const few = await search('专利年费托管', 2);
    const many = await search('专利年费托管', 12);
    expect(few.hits.nodes).toHaveLength(2);
    expect(many.hits.nodes).toHaveLength(12);
    expect(many.hits.nodes.every((h) => h.institution?.name)).toBe(true);
    expect(new Set(many.hits.nodes.map((h) => h.institution!.name)).size).toBe(2);
    expect(many.sqlCount).toBe(few.sqlCount);
    const none = await gql(p, SEARCH_HITS_IDS, {
      i: { query: '专利年费托管', kinds: ['serviceProduct'], first: 12 },
    });
    // hit → institution ids in one statement, the institutions in another
    expect(many.sqlCount).toBe((none.extensions?.sqlCount as number) + 2);
  });
});
