import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editors, publishedPolicy, transition, type Editors } from '../factories/policies.js';
import { gql } from '../setup/client.js';
import { graphql } from '../gql/index.js';
import type { PolicyFilter, PolicyOrder } from '../gql/graphql.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';

let p: TestPlatform;
let e: Editors;
const ids: Record<string, string> = {};
beforeAll(async () => {
  p = await startTestPlatform();
  e = await editors(p);
  ids.tech = await publishedPolicy(p, e, {
    title: '科技创新券管理办法',
    departments: ['安徽省科学技术厅'],
    policyType: 'MANAGEMENT_MEASURES',
    publishedOn: '2025-06-01',
    industries: ['M'],
    sizeClasses: ['MICRO'],
    regions: ['340100'],
    tags: ['科技'],
  });
  ids.finance = await publishedPolicy(p, e, {
    title: '中小企业融资担保降费奖补通知',
    departments: ['安徽省财政厅'],
    policyType: 'APPLICATION_NOTICE',
    publishedOn: '2026-02-10',
    industries: [],
    sizeClasses: [],
    regions: [],
    tags: ['融资'],
  });
  ids.national = await publishedPolicy(p, e, {
    title: '优质中小企业梯度培育管理暂行办法',
    departments: ['工业和信息化部'],
    policyType: 'RULE',
    publishedOn: '2022-06-01',
    industries: ['C'],
    sizeClasses: ['SMALL', 'MEDIUM'],
    regions: ['320000'],
    validity: 'IN_FORCE',
  });
});
afterAll(async () => {
  await p?.stop();
});

const LIST = graphql(`
  query PolicyQueriesList($f: PolicyFilter, $o: PolicyOrder, $n: Int) {
    policies(filter: $f, orderBy: $o, first: $n) {
      totalCount
      nodes {
        id
        title
      }
    }
  }
`);
const VIEW = graphql(`
  query PolicyQueriesView($id: ID!) {
    policy(id: $id) {
      id
      viewCount
    }
  }
`);
const PAGE = graphql(`
  query PolicyQueriesPage($n: Int) {
    policies(first: $n) {
      totalCount
      edges {
        cursor
        node {
          id
          title
          departments
          attachments {
            id
            fileName
          }
          interpretations {
            id
            title
          }
          guides {
            id
            title
            applicationEnd
          }
          relatedPolicies {
            id
            title
          }
          versions {
            version
          }
        }
      }
    }
  }
`);
const GUIDE_ADD = graphql(`
  mutation PolicyQueriesGuideAdd($i: PolicyGuideAddInput!) {
    policyGuideAdd(input: $i) {
      errors {
        code
      }
    }
  }
`);
const INTERPRETATION_ADD = graphql(`
  mutation PolicyQueriesInterpretationAdd($i: PolicyInterpretationAddInput!) {
    policyInterpretationAdd(input: $i) {
      errors {
        code
      }
    }
  }
`);
const DETAIL = graphql(`
  query PolicyQueriesDetail($id: ID!) {
    policy(id: $id) {
      id
      attachments {
        id
      }
      interpretations {
        id
      }
      guides {
        id
      }
      relatedPolicies {
        id
      }
      versions {
        version
      }
    }
  }
`);
const QUEUE = graphql(`
  query PolicyQueriesQueue {
    policies(first: 50, filter: { statuses: [SUBMITTED] }) {
      nodes {
        id
        title
        createdBy {
          displayName
        }
        pendingChanges {
          fromVersion
          fields {
            field
          }
          body {
            op
          }
        }
      }
    }
  }
`);

const titles = async (f: PolicyFilter, o?: PolicyOrder) => {
  const res = await gql(p, LIST, { f, o });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.policies.nodes.map((n) => Object.entries(ids).find(([, v]) => v === n.id)?.[0]);
};

describe('policy queries (P2)', () => {
  it('filters by keyword, date range, department, type, industry, size, region, tag', async () => {
    expect(await titles({})).toEqual(['finance', 'tech', 'national']);
    expect(await titles({ keyword: '融资' })).toEqual(['finance']);
    expect(await titles({ keyword: '%' })).toEqual([]);
    expect(await titles({ publishedFrom: '2025-01-01', publishedTo: '2025-12-31' })).toEqual(['tech']);
    expect(await titles({ department: '工业和信息化部' })).toEqual(['national']);
    expect(await titles({ policyTypes: ['RULE', 'APPLICATION_NOTICE'] })).toEqual(['finance', 'national']);
    expect(await titles({ industry: '34' })).toEqual(['finance', 'national']); // 34 is in section C; finance applies to all
    expect(await titles({ industry: 'M' })).toEqual(['finance', 'tech']);
    expect(await titles({ sizeClass: 'MICRO' })).toEqual(['finance', 'tech']);
    expect(await titles({ region: '340104' })).toEqual(['finance', 'tech']); // within 340100; finance is nationwide
    expect(await titles({ tag: '科技' })).toEqual(['tech']);
    expect(await titles({ validity: 'EXPIRED' })).toEqual([]);
  });

  it('rejects oversized filters and lets only editors list working copies', async () => {
    const long = await gql(p, LIST, { f: { keyword: '长'.repeat(51) } });
    expect(long.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const anon = await gql(p, LIST, { f: { statuses: ['DRAFT'] } });
    expect(anon.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const staffList = await gql(p, LIST, { f: { statuses: ['PUBLISHED'] } }, { token: e.reviewer.token });
    expect(staffList.data.policies.totalCount).toBe(3);
  });

  it('most viewed and recently updated', async () => {
    for (let i = 0; i < 3; i++) await gql(p, VIEW, { id: ids.national });
    await gql(p, VIEW, { id: ids.tech });
    expect(await titles({}, 'VIEW_COUNT_DESC')).toEqual(['national', 'tech', 'finance']);
    const viewed = await gql(p, VIEW, { id: ids.national });
    expect(viewed.data.policy!.viewCount).toBe(3); // the count before this view
    expect((await titles({}, 'UPDATED_AT_DESC'))[0]).toBe('national');
  });
});

// These tests publish dozens of policies, which the exact lists above would see: a platform of their own.
describe('no N+1 (sqlCount)', () => {
  let p: TestPlatform;
  let e: Editors;
  beforeAll(async () => {
    p = await startTestPlatform();
    e = await editors(p);
  });
  afterAll(async () => {
    await p?.stop();
  });

  it('a page of 10 and a page of 50 with every relation cost the same number of statements', async () => {
    const more: string[] = [];
    for (let i = 0; i < 5; i++) more.push(...(await Promise.all(Array.from({ length: 10 }, () => publishedPolicy(p, e)))));
    await Promise.all(
      more.slice(0, 20).map(async (id) => {
        await gql(
          p,
          GUIDE_ADD,
          {
            i: { policyId: id, fields: { title: '指引', beneficiaries: '中小企业', conditions: '条件', whereToApply: '平台', applicationEnd: '2026-12-31' } },
          },
          { token: e.operator.token },
        );
        await gql(
          p,
          INTERPRETATION_ADD,
          {
            i: { policyId: id, fields: { title: '解读', authority: '省经信厅', body: '解读' } },
          },
          { token: e.operator.token },
        );
      }),
    );
    const ten = await gql(p, PAGE, { n: 10 });
    const fifty = await gql(p, PAGE, { n: 50 });
    expect(ten.errors).toBeUndefined();
    expect(fifty.errors).toBeUndefined();
    expect(fifty.data.policies.edges).toHaveLength(50);
    expect(fifty.data.policies.edges.filter((x) => x.node.guides.length).length).toBeGreaterThan(0);
    // page + count + attachments + interpretations + guides + related + versions
    expect(fifty.extensions?.sqlCount).toBe(7);
    expect(ten.extensions?.sqlCount).toBe(fifty.extensions?.sqlCount);
    const detail = await gql(p, DETAIL, { id: more[0] });
    expect(detail.extensions?.sqlCount).toBe(7); // policy + view counter + 5 relations
  });

  it('the review queue with each revision’s pending changes costs the same for 3 and for 9 revisions', async () => {
    const revise = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const id = await publishedPolicy(p, e);
        await gql(p, transition('policyRevise'), { i: { policyId: id } }, { token: e.operator.token });
        await gql(p, transition('policySubmit'), { i: { policyId: id } }, { token: e.operator.token });
      }
    };
    await revise(3);
    const three = await gql(p, QUEUE, {}, { token: e.reviewer.token });
    await revise(6);
    const nine = await gql(p, QUEUE, {}, { token: e.reviewer.token });
    expect(nine.errors).toBeUndefined();
    expect(nine.data.policies.nodes).toHaveLength(9);
    expect(nine.data.policies.nodes.every((n) => n.pendingChanges?.fromVersion === 1)).toBe(true);
    expect(nine.extensions?.sqlCount).toBe(three.extensions?.sqlCount);
  });
});
