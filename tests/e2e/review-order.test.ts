import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, staff } from '../factories/accounts.js';
import { enterpriseInput, REGISTER } from '../factories/enterprises.js';
import type { ResultOf, TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql/index.js';
import type { ReviewOrder } from '../gql/graphql.js';
import { gql, type GqlResult } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
});
afterAll(async () => {
  await p?.stop();
});

const PENDING = graphql(`
  query ReviewOrderPendingEnterprises($order: ReviewOrder, $first: Int, $after: String) {
    enterprises(filter: { status: PENDING }, order: $order, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
      }
    }
  }
`);
/** Each queue an operator works, oldest submission first. */
const QUEUES: [field: string, query: TypedDocumentNode<unknown, { [key: string]: never }>][] = [
  [
    'institutions',
    graphql(`
      query ReviewOrderInstitutions {
        institutions(filter: { status: PENDING }, order: SUBMITTED_ASC, first: 5) {
          totalCount
        }
      }
    `),
  ],
  [
    'serviceProducts',
    graphql(`
      query ReviewOrderServiceProducts {
        serviceProducts(filter: { status: UNDER_REVIEW }, order: SUBMITTED_ASC, first: 5) {
          totalCount
        }
      }
    `),
  ],
  [
    'activities',
    graphql(`
      query ReviewOrderActivities {
        activities(filter: { status: UNDER_REVIEW }, order: SUBMITTED_ASC, first: 5) {
          totalCount
        }
      }
    `),
  ],
  [
    'demands',
    graphql(`
      query ReviewOrderDemands {
        demands(filter: { status: UNDER_REVIEW }, order: SUBMITTED_ASC, first: 5) {
          totalCount
        }
      }
    `),
  ],
];
const SUBMITTED_POLICIES = graphql(`
  query ReviewOrderSubmittedPolicies {
    policies(filter: { statuses: [SUBMITTED] }, orderBy: UPDATED_AT_ASC, first: 5) {
      totalCount
    }
  }
`);

describe('O2 review queues: oldest or newest submission first', () => {
  it('orders pending enterprises by submission time either way, pages without repeats, and keeps the default', async () => {
    const op = await staff(p, ['OPERATOR'], '审核排序运营');
    const mine: string[] = [];
    for (let i = 0; i < 3; i++) {
      const owner = await signUp(p, `排序企业${i}`);
      const res = await gql(p, REGISTER, { i: enterpriseInput({ name: `合肥市排序测试${i}有限公司` }) }, { token: owner.token });
      mine.push(res.data.enterpriseRegister.enterprise!.id);
    }
    const ids = async (order: ReviewOrder | null) => {
      const out: string[] = [];
      let after: string | null = null;
      // Pages of 2: the order must hold across pages, and no row may repeat or go missing.
      for (;;) {
        const res: GqlResult<ResultOf<typeof PENDING>> = await gql(p, PENDING, { order, first: 2, after }, { token: op.token });
        expect(res.errors).toBeUndefined();
        const page = res.data.enterprises;
        out.push(...page.nodes.map((n) => n.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(new Set(out).size).toBe(out.length);
      return out.filter((id) => mine.includes(id));
    };
    expect(await ids('SUBMITTED_ASC')).toEqual(mine);
    expect(await ids('SUBMITTED_DESC')).toEqual([...mine].reverse());
    // Without an order the list keeps its documented order (newest first).
    expect(await ids(null)).toEqual([...mine].reverse());
  });

  it('takes the order on every queue an operator works', async () => {
    const op = await staff(p, ['OPERATOR'], '审核排序运营');
    for (const [field, queue] of QUEUES) {
      const res = await gql(p, queue, {}, { token: op.token });
      expect(res.errors, field).toBeUndefined();
      expect(typeof (res.data as Record<string, { totalCount: unknown }>)[field].totalCount).toBe('number');
    }
    const policies = await gql(p, SUBMITTED_POLICIES, {}, { token: op.token });
    expect(policies.errors).toBeUndefined();
  });
});
