import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, gql } from '../setup/client.js';
import { startSecondInstance, startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql/index.js';
import type { DockingActionInput, DockingTestPayloadFragment } from '../gql/graphql.js';
import type { TestAccount } from '../factories/accounts.js';
import { approvedInstitution, listedProduct, ok, operator, settle, subscribe, type TestInstitution } from '../factories/docking.js';

let p: TestPlatform;
let op: TestAccount;
let inst: TestInstitution;
let productId: string;

beforeAll(async () => {
  p = await startTestPlatform();
  op = await operator(p);
  inst = await approvedInstitution(p, op);
  productId = await listedProduct(p, inst, op);
});
afterAll(async () => {
  await p?.stop();
});

graphql(`
  fragment DockingTestPayload on DockingPayload {
    docking {
      id
      status
      kind
      needs
      firstResponseAt
      acceptedAt
      serviceStartedAt
      finishedAt
      firstResponseDue
      resolutionDue
      urgeCount
      escalationLevel
      timeline {
        type
        party
        body
        at
      }
      messages {
        body
        party
      }
      evaluation {
        quality
        average
        comment
        reply
      }
      enterprise {
        name
        verified
      }
      product {
        name
      }
    }
    errors {
      ...TestUserError
    }
  }
`);
const SUBMIT = graphql(`
  mutation DockingSubmit($i: DockingSubmitInput!) {
    dockingSubmit(input: $i) {
      ...DockingTestPayload
    }
  }
`);
const MESSAGE = graphql(`
  mutation DockingMessageSend($i: DockingMessageInput!) {
    dockingMessageSend(input: $i) {
      ...DockingTestPayload
    }
  }
`);
const EVALUATE = graphql(`
  mutation DockingEvaluate($i: DockingEvaluateInput!) {
    dockingEvaluate(input: $i) {
      ...DockingTestPayload
    }
  }
`);
const REPLY = graphql(`
  mutation DockingEvaluationReply($i: DockingEvaluationReplyInput!) {
    dockingEvaluationReply(input: $i) {
      ...DockingTestPayload
    }
  }
`);
const ACCEPT = graphql(`
  mutation DockingAccept($i: DockingActionInput!) {
    dockingAccept(input: $i) {
      ...DockingTestPayload
    }
  }
`);
const START = graphql(`
  mutation DockingStart($i: DockingActionInput!) {
    dockingStart(input: $i) {
      ...DockingTestPayload
    }
  }
`);
const COMPLETE = graphql(`
  mutation DockingComplete($i: DockingActionInput!) {
    dockingComplete(input: $i) {
      ...DockingTestPayload
    }
  }
`);
const DECLINE = graphql(`
  mutation DockingDecline($i: DockingActionInput!) {
    dockingDecline(input: $i) {
      ...DockingTestPayload
    }
  }
`);
const CANCEL = graphql(`
  mutation DockingCancel($i: DockingActionInput!) {
    dockingCancel(input: $i) {
      ...DockingTestPayload
    }
  }
`);
const CLOSE = graphql(`
  mutation DockingClose($i: DockingActionInput!) {
    dockingClose(input: $i) {
      ...DockingTestPayload
    }
  }
`);
const URGE = graphql(`
  mutation DockingUrge($i: DockingActionInput!) {
    dockingUrge(input: $i) {
      ...DockingTestPayload
    }
  }
`);
const DOCKING_TIMELINE = graphql(`
  query DockingTimeline($id: ID!) {
    docking(id: $id) {
      timeline {
        type
        party
        at
      }
      messages {
        body
      }
    }
  }
`);
const DOCKING_ONE = graphql(`
  query DockingOne($id: ID!) {
    docking(id: $id) {
      id
    }
  }
`);
const DOCKINGS_COUNT = graphql(`
  query DockingCount {
    dockings(first: 100) {
      totalCount
    }
  }
`);
const STATISTICS = graphql(`
  query DockingStatistics {
    dockingStatistics {
      total
      open
      responded
      byStatus {
        status
        count
      }
      averageRating
      firstResponseOnTimeRate
    }
  }
`);
const PUBLIC_SUMMARIES = graphql(`
  query DockingPublicSummaries {
    serviceProducts(first: 100) {
      nodes {
        id
        dockingSummary {
          requests
          completed
          averageRating
        }
        institution {
          dockingSummary {
            completed
            evaluations
          }
        }
      }
    }
  }
`);
const LIST = graphql(`
  query DockingList {
    dockings(first: 100) {
      totalCount
      nodes {
        id
        status
        product {
          name
        }
        institution {
          name
        }
        enterprise {
          name
        }
        evaluation {
          average
        }
        timeline {
          type
        }
      }
    }
  }
`);
const SLA = graphql(`
  query DockingSlaStatistics {
    institutionSlaStatistics(first: 10) {
      totalCount
      nodes {
        institution {
          name
        }
        total
        breached
        urges
      }
    }
  }
`);
const SLA_COUNT = graphql(`
  query DockingSlaCount {
    institutionSlaStatistics(first: 10) {
      totalCount
    }
  }
`);
const UPDATED = graphql(`
  subscription DockingUpdated($id: ID) {
    dockingUpdated(dockingId: $id) {
      docking {
        id
        status
      }
      event {
        type
        party
        body
      }
    }
  }
`);
const UPDATED_TIMELINE = graphql(`
  subscription DockingUpdatedTimeline($id: ID) {
    dockingUpdated(dockingId: $id) {
      docking {
        status
        timeline {
          type
          body
        }
      }
    }
  }
`);

/** The actions on a docking that take only its id (and a note), by name. */
const ACTIONS = {
  dockingAccept: ACCEPT,
  dockingStart: START,
  dockingComplete: COMPLETE,
  dockingDecline: DECLINE,
  dockingCancel: CANCEL,
  dockingClose: CLOSE,
  dockingUrge: URGE,
} satisfies Record<string, TypedDocumentNode<Record<string, DockingTestPayloadFragment>, { i: DockingActionInput }>>;
type Action = keyof typeof ACTIONS;

async function submit(ent: TestAccount, needs = '需要专利布局咨询', product = productId): Promise<string> {
  const r = await ok(p, SUBMIT, { i: { productId: product, needs } }, ent.token);
  return r.docking!.id;
}

/** Runs an action on a docking by name and returns its payload. */
function act(name: Action, token: string, i: DockingActionInput): Promise<DockingTestPayloadFragment> {
  const doc: TypedDocumentNode<Record<string, DockingTestPayloadFragment>, { i: DockingActionInput }> = ACTIONS[name];
  return call(p, doc, { i }, token);
}

/** Runs a docking mutation and returns its payload. */
function run<V>(doc: TypedDocumentNode<Record<string, DockingTestPayloadFragment>, { i: V }>, token: string, i: V): Promise<DockingTestPayloadFragment> {
  return call(p, doc, { i }, token);
}

describe('product docking (M2)', () => {
  it('runs SUBMITTED → ACCEPTED → IN_SERVICE → COMPLETED with a thread, a timeline, an evaluation and one reply', async () => {
    const ent = await enterpriseOwner(p);
    const id = await submit(ent);
    const r1 = await run(MESSAGE, inst.token, { dockingId: id, body: '您好，请提供企业现有专利清单' });
    expect(r1.docking?.firstResponseAt).not.toBeNull();
    await run(MESSAGE, ent.token, { dockingId: id, body: '已上传，请查收' });
    expect((await act('dockingAccept', inst.token, { dockingId: id })).docking?.status).toBe('ACCEPTED');
    expect((await act('dockingStart', inst.token, { dockingId: id })).docking?.status).toBe('IN_SERVICE');
    const done = await act('dockingComplete', ent.token, { dockingId: id, note: '服务已完成' });
    expect(done.errors).toEqual([]);
    expect(done.docking).toMatchObject({ status: 'COMPLETED', enterprise: { verified: false }, product: { name: '安徽省知识产权咨询服务' } });
    expect(done.docking?.finishedAt).not.toBeNull();

    const ev = await run(EVALUATE, ent.token, { dockingId: id, quality: 5, timeliness: 4, attitude: 5, professionalism: 4, comment: '专业高效' });
    expect(ev.docking?.evaluation).toMatchObject({ quality: 5, average: 4.5, comment: '专业高效', reply: null });
    expect((await run(EVALUATE, ent.token, { dockingId: id, quality: 1, timeliness: 1, attitude: 1, professionalism: 1 })).errors[0].code).toBe('DUPLICATE');
    expect((await run(REPLY, inst.token, { dockingId: id, reply: '感谢认可' })).docking?.evaluation?.reply).toBe('感谢认可');
    expect((await run(REPLY, inst.token, { dockingId: id, reply: '再次感谢' })).errors[0].code).toBe('DUPLICATE');

    const timeline = (await gql(p, DOCKING_TIMELINE, { id }, { token: ent.token })).data.docking!;
    expect(timeline.timeline.map((e) => e.type)).toEqual([
      'SUBMITTED',
      'MESSAGE',
      'MESSAGE',
      'ACCEPTED',
      'IN_SERVICE',
      'COMPLETED',
      'EVALUATED',
      'EVALUATION_REPLIED',
    ]);
    expect(timeline.messages.map((m) => m.body)).toEqual(['您好，请提供企业现有专利清单', '已上传，请查收']);
  });

  it('rejects every illegal transition with INVALID_STATE and wrong-party actions with FORBIDDEN', async () => {
    const ent = await enterpriseOwner(p);
    const id = await submit(ent);
    expect((await act('dockingComplete', ent.token, { dockingId: id })).errors[0].code).toBe('INVALID_STATE');
    expect((await act('dockingStart', inst.token, { dockingId: id })).errors[0].code).toBe('INVALID_STATE');
    expect((await act('dockingAccept', ent.token, { dockingId: id })).errors[0].code).toBe('FORBIDDEN');
    expect((await run(EVALUATE, ent.token, { dockingId: id, quality: 5, timeliness: 5, attitude: 5, professionalism: 5 })).errors[0].code).toBe(
      'INVALID_STATE',
    );
    expect((await act('dockingDecline', inst.token, { dockingId: id })).errors[0].code).toBe('REQUIRED');
    expect((await act('dockingDecline', inst.token, { dockingId: id, note: '超出服务范围' })).docking?.status).toBe('DECLINED');
    for (const name of ['dockingAccept', 'dockingDecline', 'dockingStart'] as const) {
      expect((await act(name, inst.token, { dockingId: id, note: 'x' })).errors[0].code).toBe('INVALID_STATE');
    }
    expect((await act('dockingCancel', ent.token, { dockingId: id })).errors[0].code).toBe('INVALID_STATE');
    expect((await run(MESSAGE, ent.token, { dockingId: id, body: '还在吗' })).errors[0].code).toBe('INVALID_STATE');
    // a second open request on the same product is refused; after the refusal a new one is fine
    const again = await submit(ent, '重新申请');
    expect((await gql(p, SUBMIT, { i: { productId, needs: '再来一次' } }, { token: ent.token })).data.dockingSubmit.errors[0].code).toBe('DUPLICATE');
    expect((await act('dockingCancel', ent.token, { dockingId: again })).docking?.status).toBe('CANCELLED');
    const closing = await submit(ent, '第三次');
    expect((await act('dockingClose', op.token, { dockingId: closing, note: '企业重复提交' })).docking?.status).toBe('CLOSED');
  });

  it('never lets another enterprise or institution see or act on a docking (NOT_FOUND)', async () => {
    const ent = await enterpriseOwner(p);
    const id = await submit(ent);
    const stranger = await enterpriseOwner(p);
    const otherInst = await approvedInstitution(p, op);
    for (const t of [stranger.token, otherInst.token]) {
      expect((await gql(p, DOCKING_ONE, { id }, { token: t })).data.docking).toBeNull();
      for (const name of ['dockingAccept', 'dockingCancel', 'dockingUrge'] as const) {
        expect((await act(name, t, { dockingId: id })).errors[0].code).toBe('NOT_FOUND');
      }
      expect((await run(MESSAGE, t, { dockingId: id, body: '偷看' })).errors[0].code).toBe('NOT_FOUND');
    }
    const list = await gql(p, DOCKINGS_COUNT, {}, { token: stranger.token });
    expect(list.data.dockings.totalCount).toBe(0);
    // without a company one cannot submit
    const nobody = await approvedInstitution(p, op);
    expect((await gql(p, SUBMIT, { i: { productId, needs: 'x' } }, { token: nobody.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('summarises dockings for the enterprise, the institution, per product and publicly, with a fixed number of statements', async () => {
    // its own institution and product with five dockings, one completed and rated 4.5: what other tests submit does not count
    const own = await approvedInstitution(p, op);
    const ownProduct = await listedProduct(p, own, op);
    const rater = await enterpriseOwner(p);
    const rated = await submit(rater, '需要专利布局咨询', ownProduct);
    await ok(p, ACCEPT, { i: { dockingId: rated } }, own.token);
    await ok(p, START, { i: { dockingId: rated } }, own.token);
    await ok(p, COMPLETE, { i: { dockingId: rated } }, rater.token);
    await ok(p, EVALUATE, { i: { dockingId: rated, quality: 5, timeliness: 4, attitude: 5, professionalism: 4 } }, rater.token);
    for (let i = 0; i < 3; i++) await submit(await enterpriseOwner(p), '需要专利布局咨询', ownProduct);
    const ent = await enterpriseOwner(p);
    await submit(ent, '需要专利布局咨询', ownProduct);
    const mine = (await gql(p, STATISTICS, {}, { token: ent.token })).data.dockingStatistics;
    expect(mine).toMatchObject({ total: 1, open: 1, responded: 0, byStatus: [{ status: 'SUBMITTED', count: 1 }] });
    const theirs = (await gql(p, STATISTICS, {}, { token: own.token })).data.dockingStatistics;
    expect(theirs.total).toBeGreaterThanOrEqual(5);
    expect(theirs.averageRating).toBe(4.5);
    const pub = await gql(p, PUBLIC_SUMMARIES);
    const ownNode = pub.data.serviceProducts.nodes.find((n) => n.id === ownProduct);
    expect(ownNode?.dockingSummary).toMatchObject({ completed: 1, averageRating: 4.5 });
    expect(ownNode?.institution?.dockingSummary).toMatchObject({ completed: 1, evaluations: 1 });
    const list = await gql(p, LIST, {}, { token: own.token });
    expect(list.errors).toBeUndefined();
    expect(list.data.dockings.nodes.length).toBeGreaterThanOrEqual(5);
    expect(list.extensions?.sqlCount).toBeLessThanOrEqual(9);
    const sla = await gql(p, SLA, {}, { token: op.token });
    expect(sla.errors).toBeUndefined();
    expect(sla.data.institutionSlaStatistics.nodes[0].total).toBeGreaterThanOrEqual(5);
    expect((await gql(p, SLA_COUNT, {}, { token: inst.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('live updates over graphql-ws (dockingUpdated)', () => {
  it('pushes status changes and messages to both parties only', async () => {
    const ent = await enterpriseOwner(p);
    const id = await submit(ent);
    const stranger = await enterpriseOwner(p);
    const otherInst = await approvedInstitution(p, op);
    const forEnt = await subscribe(p.wsUrl, ent.token, UPDATED);
    const forInst = await subscribe(p.wsUrl, inst.token, UPDATED, { id });
    const forStranger = await subscribe(p.wsUrl, stranger.token, UPDATED);
    const forOtherInst = await subscribe(p.wsUrl, otherInst.token, UPDATED);
    try {
      await act('dockingAccept', inst.token, { dockingId: id });
      await run(MESSAGE, ent.token, { dockingId: id, body: '何时开始？' });
      await forEnt.waitFor(2);
      await forInst.waitFor(2);
      await settle();
      expect(forEnt.received.map((r) => r.dockingUpdated.event?.type)).toEqual(['ACCEPTED', 'MESSAGE']);
      expect(forInst.received.map((r) => r.dockingUpdated.docking?.status)).toEqual(['ACCEPTED', 'ACCEPTED']);
      expect(forInst.received[1].dockingUpdated.event).toEqual({ type: 'MESSAGE', party: 'ENTERPRISE', body: '何时开始？' });
      expect(forStranger.received).toEqual([]);
      expect(forOtherInst.received).toEqual([]);
    } finally {
      await Promise.all([forEnt, forInst, forStranger, forOtherInst].map((s) => s.close()));
    }
  });

  it('pushes the docking as it is now with every event (loaded fields are not cached across events)', async () => {
    const ent = await enterpriseOwner(p);
    const id = await submit(ent);
    const live = await subscribe(p.wsUrl, ent.token, UPDATED_TIMELINE, { id });
    try {
      await act('dockingAccept', inst.token, { dockingId: id });
      // Each push loads the docking when it is delivered: the message waits for the first push, or that push
      // could already show it (the race a shuffled order exposed).
      await live.waitFor(1);
      await run(MESSAGE, inst.token, { dockingId: id, body: '请提供专利清单' });
      const [first, second] = await live.waitFor(2);
      expect(first.dockingUpdated.docking?.timeline.map((e) => e.type)).toEqual(['SUBMITTED', 'ACCEPTED']);
      expect(second.dockingUpdated.docking?.timeline.map((e) => e.type)).toEqual(['SUBMITTED', 'ACCEPTED', 'MESSAGE']);
    } finally {
      await live.close();
    }
  });

  it('delivers a change made through instance B exactly once to a subscriber on instance A', async () => {
    const b = await startSecondInstance(p);
    try {
      const ent = await enterpriseOwner(p);
      const id = await submit(ent);
      const stranger = await enterpriseOwner(p);
      const onA = await subscribe(p.wsUrl, ent.token, UPDATED);
      const strangerOnA = await subscribe(p.wsUrl, stranger.token, UPDATED);
      const strangerOnB = await subscribe(b.wsUrl, stranger.token, UPDATED);
      try {
        const res = await gql(b, ACCEPT, { i: { dockingId: id } }, { token: inst.token });
        expect(res.data.dockingAccept.errors).toEqual([]);
        await onA.waitFor(1);
        await settle(600);
        expect(onA.received).toEqual([
          { dockingUpdated: { docking: { id, status: 'ACCEPTED' }, event: { type: 'ACCEPTED', party: 'INSTITUTION', body: null } } },
        ]);
        expect(strangerOnA.received).toEqual([]);
        expect(strangerOnB.received).toEqual([]);
      } finally {
        await Promise.all([onA, strangerOnA, strangerOnB].map((s) => s.close()));
      }
    } finally {
      await b.stop();
    }
  });

  it('refuses a subscription without a session', async () => {
    const anon = await subscribe(p.wsUrl, 'not-a-token', UPDATED);
    await settle(200);
    expect(anon.errors.length).toBe(1);
    await anon.close();
  });
});
