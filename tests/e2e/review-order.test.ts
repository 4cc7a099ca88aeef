import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, staff } from '../factories/accounts.js';
import { enterpriseInput, REGISTER } from '../factories/enterprises.js';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
});
afterAll(async () => {
  await p?.stop();
});

const PENDING = `query($order: ReviewOrder, $first: Int, $after: String) {
  enterprises(filter: { status: PENDING }, order: $order, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id }
  }
}`;

describe('O2 review queues: oldest or newest submission first', () => {
  it('orders pending enterprises by submission time either way, pages without repeats, and keeps the default', async () => {
    const op = await staff(p, ['OPERATOR'], '审核排序运营');
    const mine: string[] = [];
    for (let i = 0; i < 3; i++) {
      const owner = await signUp(p, `排序企业${i}`);
      const res = await gql(p, REGISTER, { i: enterpriseInput({ name: `合肥市排序测试${i}有限公司` }) }, { token: owner.token });
      mine.push(res.data.enterpriseRegister.enterprise!.id);
    }
    const ids = async (order: string | null) => {
      const out: string[] = [];
      let after: string | null = null;
      // Pages of 2: the order must hold across pages, and no row may repeat or go missing.
      for (;;) {
        const res: { data: any; errors?: unknown } = await gql(p, PENDING, { order, first: 2, after }, { token: op.token });
        expect(res.errors).toBeUndefined();
        const page: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = res.data.enterprises;
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
    for (const [field, status] of [
      ['institutions', 'PENDING'],
      ['serviceProducts', 'UNDER_REVIEW'],
      ['activities', 'UNDER_REVIEW'],
      ['demands', 'UNDER_REVIEW'],
    ]) {
      const res = await gql(p, `{ ${field}(filter: { status: ${status} }, order: SUBMITTED_ASC, first: 5) { totalCount } }`, {}, { token: op.token });
      expect(res.errors, field).toBeUndefined();
      expect(typeof res.data[field].totalCount).toBe('number');
    }
    const policies = await gql(p, `{ policies(filter: { statuses: [SUBMITTED] }, orderBy: UPDATED_AT_ASC, first: 5) { totalCount } }`, {}, { token: op.token });
    expect(policies.errors).toBeUndefined();
  });
});
