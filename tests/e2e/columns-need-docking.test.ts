import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAccount } from '../factories/accounts.js';
import {
  call,
  columnInstitution,
  dockedFinancingNeed,
  FINANCING_NEED_SUBMIT,
  financingNeedInput,
  must,
  COLUMN_NEED_REPLY,
  COLUMN_NEED_START_DOCKING,
  operatorAccount,
  type ColumnInstitution,
} from '../factories/columns.js';
import { approvedInstitution, listedProduct } from '../factories/docking.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { graphql } from '../gql/index.js';
import type { ColumnsNeedDockingActionFragment, DockingActionInput } from '../gql/graphql.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** A column need continued as a docking follows that docking to its end: status, rating, amount financed, timeline, statistics. */

let p: TestPlatform;
let op: TestAccount;
let bank: ColumnInstitution;
let guarantor: ColumnInstitution;
let owner: TestAccount & { enterpriseId: string };
let stranger: TestAccount & { enterpriseId: string };

const NEED = graphql(`
  query ColumnsNeedDockingColumnNeed($id: ID!) {
    columnNeed(id: $id) {
      id
      status
      closedAt
      rating
      amountFinanced
      docking {
        id
        status
      }
      timeline {
        type
        body
      }
    }
  }
`);
graphql(`
  fragment ColumnsNeedDockingAction on DockingPayload {
    docking {
      status
    }
    errors {
      ...TestUserError
    }
  }
`);
const ACTIONS = {
  dockingAccept: graphql(`
    mutation ColumnsNeedDockingDockingAccept($i: DockingActionInput!) {
      dockingAccept(input: $i) {
        ...ColumnsNeedDockingAction
      }
    }
  `),
  dockingStart: graphql(`
    mutation ColumnsNeedDockingDockingStart($i: DockingActionInput!) {
      dockingStart(input: $i) {
        ...ColumnsNeedDockingAction
      }
    }
  `),
  dockingComplete: graphql(`
    mutation ColumnsNeedDockingDockingComplete($i: DockingActionInput!) {
      dockingComplete(input: $i) {
        ...ColumnsNeedDockingAction
      }
    }
  `),
  dockingDecline: graphql(`
    mutation ColumnsNeedDockingDockingDecline($i: DockingActionInput!) {
      dockingDecline(input: $i) {
        ...ColumnsNeedDockingAction
      }
    }
  `),
  dockingCancel: graphql(`
    mutation ColumnsNeedDockingDockingCancel($i: DockingActionInput!) {
      dockingCancel(input: $i) {
        ...ColumnsNeedDockingAction
      }
    }
  `),
  dockingClose: graphql(`
    mutation ColumnsNeedDockingDockingClose($i: DockingActionInput!) {
      dockingClose(input: $i) {
        ...ColumnsNeedDockingAction
      }
    }
  `),
};
// the same payload under each action's root field
const action = (name: keyof typeof ACTIONS): TypedDocumentNode<Record<string, ColumnsNeedDockingActionFragment>, { i: DockingActionInput }> => ACTIONS[name];
const EVALUATE = graphql(`
  mutation ColumnsNeedDockingDockingEvaluate($i: DockingEvaluateInput!) {
    dockingEvaluate(input: $i) {
      docking {
        status
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const CLOSE = graphql(`
  mutation ColumnsNeedDockingColumnNeedClose($i: ColumnNeedCloseInput!) {
    columnNeedClose(input: $i) {
      need {
        status
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const FINANCED = graphql(`
  mutation ColumnsNeedDockingColumnNeedRecordAmountFinanced($i: ColumnNeedAmountFinancedInput!) {
    columnNeedRecordAmountFinanced(input: $i) {
      need {
        status
        amountFinanced
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const STATS = graphql(`
  query ColumnsNeedDockingColumnStatistics {
    columnStatistics(groupBy: COLUMN, filter: { column: FINANCING }) {
      total {
        received
        completed
        amountFinanced
        rated
        averageRating
      }
    }
  }
`);

const stats = async () => (await call(p, STATS, {}, op.token)).total;
const audits = async (operation: string) => (await p.sql<{ n: number }>(`select count(*)::int as n from audit_log where operation = $1`, [operation]))[0].n;

beforeAll(async () => {
  p = await startTestPlatform();
  op = await operatorAccount(p);
  bank = await columnInstitution(p, op, ['FINANCING'], ['340000'], '徽商银行股份有限公司合肥分行');
  guarantor = await columnInstitution(p, op, ['FINANCING'], ['340000'], '安徽省信用融资担保集团有限公司');
  owner = await enterpriseOwner(p);
  stranger = await enterpriseOwner(p);
});
afterAll(async () => {
  await p?.stop();
});

describe('a completed docking completes its need', () => {
  it('need → answer → docking → completed: the need is COMPLETED in the same change, then carries the rating and the amount financed', async () => {
    const before = await stats();
    // other tests' dockings also end (and are audited): count this test's own entries
    const [followed, financed] = [await audits('columnNeed.followDocking'), await audits('columnNeed.amountFinanced')];
    const { needId, dockingId } = await dockedFinancingNeed(p, owner, [bank, guarantor], bank, { amount: 600 });

    let need = await call(p, NEED, { id: needId }, owner.token);
    expect(need).toMatchObject({ status: 'ANSWERED', docking: { id: dockingId, status: 'ACCEPTED' } });
    expect(need!.timeline).toEqual([{ type: 'DOCKING_STARTED', body: expect.stringContaining('徽商银行股份有限公司合肥分行') }]);

    // While the docking is open the need follows it: closing by hand is refused, nothing written.
    const early = await call(p, CLOSE, { i: { needId, outcome: 'COMPLETED', rating: 5 } }, owner.token);
    expect(early.errors[0]).toMatchObject({ code: 'INVALID_STATE', field: 'needId' });
    expect(early.errors[0].message).toContain('我的对接');
    // and the amount cannot be recorded yet.
    expect((await call(p, FINANCED, { i: { needId, amountFinanced: 500 } }, owner.token)).errors[0].code).toBe('INVALID_STATE');

    await must(p, action('dockingStart'), { i: { dockingId } }, bank.token);
    const done = await must(p, action('dockingComplete'), { i: { dockingId } }, owner.token);
    expect(done.docking!.status).toBe('COMPLETED');

    need = await call(p, NEED, { id: needId }, owner.token);
    expect(need).toMatchObject({ status: 'COMPLETED', rating: null, amountFinanced: null, docking: { status: 'COMPLETED' } });
    expect(need!.closedAt).toBeTruthy();
    expect(need!.timeline.map((e) => e.type)).toEqual(['DOCKING_STARTED', 'DOCKING_COMPLETED']);
    expect(need!.timeline[1].body).toBe('企业确认对接已完成，需求随之办结，可补填融资到位金额');
    // The institution of the docking sees the same status and what happened.
    const seenByBank = await call(p, NEED, { id: needId }, bank.token);
    expect(seenByBank!.status).toBe('COMPLETED');
    expect(seenByBank!.timeline.map((e) => e.body)).toEqual(need!.timeline.map((e) => e.body));
    // Another routed institution sees the status, not the other institution's docking entries.
    expect(await call(p, NEED, { id: needId }, guarantor.token)).toMatchObject({ status: 'COMPLETED', timeline: [] });
    expect(await audits('columnNeed.followDocking')).toBe(followed + 1);

    let now = await stats();
    expect(now.completed - before.completed).toBe(1);
    expect(now.rated).toBe(before.rated);

    // Rated: the four dimensions' average rounded half up (5, 4, 4, 2 → 3.75 → 4) becomes the need's rating.
    await must(p, EVALUATE, { i: { dockingId, quality: 5, timeliness: 4, attitude: 4, professionalism: 2, comment: '放款及时' } }, owner.token);
    need = await call(p, NEED, { id: needId }, owner.token);
    expect(need!.rating).toBe(4);
    expect(need!.timeline.at(-1)).toEqual({ type: 'RATED', body: '企业评价了对接（四项平均3.75分），需求评分记为4分' });
    now = await stats();
    expect(now.rated - before.rated).toBe(1);

    // The amount financed, recorded afterwards: validated, once, audited, counted.
    expect((await call(p, FINANCED, { i: { needId, amountFinanced: 0 } }, owner.token)).errors[0]).toMatchObject({ code: 'INVALID', field: 'amountFinanced' });
    expect((await call(p, FINANCED, { i: { needId, amountFinanced: 2_000_000 } }, owner.token)).errors[0].code).toBe('INVALID');
    const recorded = await must(p, FINANCED, { i: { needId, amountFinanced: 450.5 } }, owner.token);
    expect(recorded.need).toEqual({ status: 'COMPLETED', amountFinanced: 450.5 });
    expect((await call(p, FINANCED, { i: { needId, amountFinanced: 500 } }, owner.token)).errors[0]).toMatchObject({
      code: 'DUPLICATE',
      field: 'amountFinanced',
    });
    expect(await audits('columnNeed.amountFinanced')).toBe(financed + 1);
    need = await call(p, NEED, { id: needId }, bank.token);
    expect(need!.timeline.at(-1)).toEqual({ type: 'AMOUNT_FINANCED', body: '企业填写融资到位金额450.5万元' });
    now = await stats();
    expect(now.amountFinanced - before.amountFinanced).toBeCloseTo(450.5);
    expect(now.averageRating).not.toBeNull();

    // A completed need stays closed.
    expect((await call(p, CLOSE, { i: { needId, outcome: 'CANCELLED' } }, owner.token)).errors[0].code).toBe('INVALID_STATE');
    expect((await call(p, COLUMN_NEED_START_DOCKING, { i: { needId, institutionId: guarantor.institutionId } }, owner.token)).errors[0].code).toBe(
      'INVALID_STATE',
    );
  });

  it('a need closed by hand says so on its timeline; the amount afterwards is only for needs completed through their docking', async () => {
    const needId = (await must(p, FINANCING_NEED_SUBMIT, { i: financingNeedInput({ amount: 200 }) }, owner.token)).need!.id;
    await must(p, CLOSE, { i: { needId, outcome: 'COMPLETED', rating: 5 } }, owner.token);
    const res = await call(p, FINANCED, { i: { needId, amountFinanced: 100 } }, owner.token);
    expect(res.errors[0]).toMatchObject({ code: 'INVALID_STATE', field: 'needId' });
    const need = await call(p, NEED, { id: needId }, owner.token);
    expect(need!.timeline).toEqual([{ type: 'CLOSED', body: '需求方确认需求已解决，需求办结；评分5分' }]);
  });
});

describe('a docking that ends without completion leaves the need open', () => {
  it('declined by the institution: the need stays ANSWERED, says why, and continues with another institution; then cancelled by the enterprise', async () => {
    const before = await stats();
    const { needId, dockingId } = await dockedFinancingNeed(p, owner, [bank, guarantor], bank, { amount: 300 });
    await must(p, action('dockingDecline'), { i: { dockingId, note: '本季度信贷额度已满' } }, bank.token);

    let need = await call(p, NEED, { id: needId }, owner.token);
    expect(need).toMatchObject({ status: 'ANSWERED', closedAt: null, docking: { id: dockingId, status: 'DECLINED' } });
    expect(need!.timeline.at(-1)).toEqual({
      type: 'DOCKING_ENDED',
      body: '服务机构拒绝承接对接（理由：本季度信贷额度已满），需求仍为已答复，可另选已答复的服务机构继续对接，或关闭需求',
    });
    expect((await call(p, NEED, { id: needId }, bank.token))!.timeline.map((e) => e.type)).toEqual(['DOCKING_STARTED', 'DOCKING_ENDED']);
    // The other routed institution does not learn who declined and why.
    expect((await call(p, NEED, { id: needId }, guarantor.token))!.timeline).toEqual([]);
    expect((await call(p, FINANCED, { i: { needId, amountFinanced: 100 } }, owner.token)).errors[0].code).toBe('INVALID_STATE');

    // It continues as a new docking with the other answering institution, which then the enterprise withdraws.
    const again = await must(p, COLUMN_NEED_START_DOCKING, { i: { needId, institutionId: guarantor.institutionId } }, owner.token);
    expect(again.docking!.id).not.toBe(dockingId);
    expect((await call(p, COLUMN_NEED_START_DOCKING, { i: { needId, institutionId: bank.institutionId } }, owner.token)).errors[0].code).toBe('DUPLICATE');
    await must(p, action('dockingCancel'), { i: { dockingId: again.docking!.id } }, owner.token);
    need = await call(p, NEED, { id: needId }, owner.token);
    expect(need).toMatchObject({ status: 'ANSWERED', docking: { id: again.docking!.id, status: 'CANCELLED' } });
    expect(need!.timeline.map((e) => e.type)).toEqual(['DOCKING_STARTED', 'DOCKING_ENDED', 'DOCKING_STARTED', 'DOCKING_ENDED']);
    expect(need!.timeline.at(-1)!.body).toBe('企业撤销了对接，需求仍为已答复，可另选已答复的服务机构继续对接，或关闭需求');
    // The guarantor sees its own docking's entries only.
    expect((await call(p, NEED, { id: needId }, guarantor.token))!.timeline.map((e) => e.type)).toEqual(['DOCKING_STARTED', 'DOCKING_ENDED']);

    // The enterprise decides: it closes the need by hand.
    await must(p, CLOSE, { i: { needId, outcome: 'CANCELLED' } }, owner.token);
    expect((await call(p, NEED, { id: needId }, owner.token))!.status).toBe('CANCELLED');
    const now = await stats();
    expect(now.received - before.received).toBe(1);
    expect(now.completed).toBe(before.completed);
  });

  it('closed by an operator: the need stays open and the reason is on its timeline', async () => {
    const { needId, dockingId } = await dockedFinancingNeed(p, owner, [bank]);
    await must(p, action('dockingStart'), { i: { dockingId } }, bank.token);
    await must(p, action('dockingClose'), { i: { dockingId, note: '企业长期未联系，按规则关闭' } }, op.token);
    const need = await call(p, NEED, { id: needId }, owner.token);
    expect(need!.status).toBe('ANSWERED');
    expect(need!.timeline.at(-1)).toEqual({
      type: 'DOCKING_ENDED',
      body: '运营人员关闭了对接（理由：企业长期未联系，按规则关闭），需求仍为已答复，可另选已答复的服务机构继续对接，或关闭需求',
    });
  });

  it('a docking that did not come from a need completes as before', async () => {
    const events = async () => (await p.sql<{ n: number }>(`select count(*)::int as n from column_need_event`))[0].n;
    const before = await events();
    const consultancy = await approvedInstitution(p, op);
    const productId = await listedProduct(p, consultancy, op);
    const submitted = await must(
      p,
      graphql(`
        mutation ColumnsNeedDockingDockingSubmit($i: DockingSubmitInput!) {
          dockingSubmit(input: $i) {
            docking {
              id
            }
            errors {
              ...TestUserError
            }
          }
        }
      `),
      {
        i: { productId, needs: '咨询知识产权布局' },
      },
      owner.token,
    );
    const dockingId = submitted.docking!.id;
    for (const [name, who] of [
      ['dockingAccept', consultancy],
      ['dockingStart', consultancy],
      ['dockingComplete', owner],
    ] as const) {
      await must(p, action(name), { i: { dockingId } }, who.token);
    }
    await must(p, EVALUATE, { i: { dockingId, quality: 5, timeliness: 5, attitude: 5, professionalism: 5 } }, owner.token);
    expect(await events()).toBe(before);
  });
});

describe('another enterprise cannot touch the need or its docking', () => {
  it('sees nothing and changes nothing', async () => {
    const { needId, dockingId } = await dockedFinancingNeed(p, owner, [bank], bank, { amount: 100 });
    expect(await call(p, NEED, { id: needId }, stranger.token)).toBeNull();
    expect((await call(p, action('dockingStart'), { i: { dockingId } }, stranger.token)).errors[0].code).toBe('NOT_FOUND');
    await must(p, action('dockingStart'), { i: { dockingId } }, bank.token);
    expect((await call(p, action('dockingComplete'), { i: { dockingId } }, stranger.token)).errors[0].code).toBe('NOT_FOUND');
    // The institution cannot complete it for the enterprise either.
    expect((await call(p, action('dockingComplete'), { i: { dockingId } }, bank.token)).errors[0].code).toBe('FORBIDDEN');
    expect((await call(p, CLOSE, { i: { needId, outcome: 'CANCELLED' } }, stranger.token)).errors[0].code).toBe('NOT_FOUND');
    expect((await call(p, COLUMN_NEED_REPLY, { i: { needId, body: '我也来' } }, stranger.token)).errors[0].code).toBe('NOT_FOUND');

    await must(p, action('dockingComplete'), { i: { dockingId } }, owner.token);
    expect((await call(p, EVALUATE, { i: { dockingId, quality: 1, timeliness: 1, attitude: 1, professionalism: 1 } }, stranger.token)).errors[0].code).toBe(
      'NOT_FOUND',
    );
    expect((await call(p, FINANCED, { i: { needId, amountFinanced: 90 } }, stranger.token)).errors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'needId' });
    expect((await call(p, FINANCED, { i: { needId, amountFinanced: 90 } }, bank.token)).errors[0].code).toBe('NOT_FOUND');
    const need = await call(p, NEED, { id: needId }, owner.token);
    expect(need).toMatchObject({ status: 'COMPLETED', rating: null, amountFinanced: null });
  });
});
