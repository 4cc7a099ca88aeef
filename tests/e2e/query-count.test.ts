import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staff } from '../factories/accounts.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { gql } from '../setup/client.js';
import { graphql } from '../gql/index.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';

const REVIEW = graphql(`
  mutation QueryCountEnterpriseReview($i: EnterpriseReviewInput!) {
    enterpriseReview(input: $i) {
      errors {
        code
      }
    }
  }
`);
const FIRST = graphql(`
  query QueryCountFirst {
    enterprises(first: 60) {
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
const REST = graphql(`
  query QueryCountRest($a: String) {
    enterprises(first: 60, after: $a) {
      pageInfo {
        hasNextPage
        hasPreviousPage
      }
      nodes {
        id
      }
    }
  }
`);

let p: TestPlatform;
let operator: { token: string };
beforeAll(async () => {
  p = await startTestPlatform();
  operator = await staff(p, ['OPERATOR']);
  const owners = [];
  for (let i = 0; i < 100; i++) owners.push(await enterpriseOwner(p));
  // Half reviewed, so that reviewedBy resolves for some rows.
  for (const o of owners.slice(0, 50)) {
    await gql(p, REVIEW, { i: { enterpriseId: o.enterpriseId, decision: 'APPROVE' } }, { token: operator.token });
  }
}, 120_000);
afterAll(async () => {
  await p?.stop();
});

const PAGE = graphql(`
  query QueryCountPage($n: Int!) {
    enterprises(first: $n) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        uscc
        name
        sizeClass
        status
        regionName
        industryName
        site {
          code
          parent {
            code
          }
        }
        createdBy {
          displayName
          enterprise {
            name
          }
        }
        reviewedBy {
          displayName
        }
        members {
          displayName
          roles
        }
      }
    }
  }
`);

describe('no N+1: SQL statements per request do not grow with the page', () => {
  it('issues the same, small number of statements for 10 and for 100 enterprises with their relations', async () => {
    const ten = await gql(p, PAGE, { n: 10 }, { token: operator.token });
    const hundred = await gql(p, PAGE, { n: 100 }, { token: operator.token });
    expect(hundred.errors).toBeUndefined();
    expect(hundred.data.enterprises.nodes).toHaveLength(100);
    expect(hundred.data.enterprises.nodes.filter((n) => n.reviewedBy).length).toBeGreaterThan(0);
    // session + page + count + accounts (createdBy and reviewedBy batched) + members + enterprise-of-creator
    expect(hundred.extensions?.sqlCount).toBe(6);
    expect(ten.extensions?.sqlCount).toBe(hundred.extensions?.sqlCount);
  });

  it('pages through with cursors', async () => {
    const first = await gql(p, FIRST, {}, { token: operator.token });
    const rest = await gql(p, REST, { a: first.data.enterprises.pageInfo.endCursor }, { token: operator.token });
    expect(first.data.enterprises.pageInfo.hasNextPage).toBe(true);
    expect(rest.data.enterprises.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    const ids = new Set([...first.data.enterprises.nodes, ...rest.data.enterprises.nodes].map((n) => n.id));
    expect(ids.size).toBe(100);
  });
});
