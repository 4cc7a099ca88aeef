import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import type { TestAccount } from '../factories/accounts.js';
import { approvedInstitution, ok, operator, type TestInstitution } from '../factories/docking.js';
import { graphql } from '../gql/index.js';
import type { DemandCreateInput } from '../gql/graphql.js';

const DAY = 86_400_000;
let p: TestPlatform;
let op: TestAccount;
let consulting: TestInstitution; // CONSULTING in Anhui
let talent: TestInstitution; // TALENT only
let beijing: TestInstitution; // CONSULTING in Beijing

beforeAll(async () => {
  p = await startTestPlatform();
  op = await operator(p);
  consulting = await approvedInstitution(p, op);
  talent = await approvedInstitution(p, op, { columns: ['TALENT'] });
  beijing = await approvedInstitution(p, op, { regionCodes: ['110000'] });
});
afterAll(async () => {
  await p?.stop();
});

graphql(`
  fragment DemandTestDemand on Demand {
    id
    name
    status
    visibility
    regionName
    periodStart
    periodEnd
    budget
    offers {
      id
      plan
      status
      institution {
        name
      }
    }
    docking {
      id
      status
      kind
    }
  }
`);
const CREATE = graphql(`
  mutation DemandDemandCreate($i: DemandCreateInput!) {
    demandCreate(input: $i) {
      demand {
        ...DemandTestDemand
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const REVIEW = graphql(`
  mutation DemandDemandReview($i: DemandReviewInput!) {
    demandReview(input: $i) {
      demand {
        ...DemandTestDemand
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const OFFER = graphql(`
  mutation DemandDemandOffer($i: DemandOfferInput!) {
    demandOffer(input: $i) {
      offer {
        id
        status
      }
      demand {
        ...DemandTestDemand
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const CHOOSE = graphql(`
  mutation DemandDemandChooseOffer($i: DemandChooseInput!) {
    demandChooseOffer(input: $i) {
      docking {
        id
        status
        kind
        resolutionDue
        firstResponseAt
      }
      demand {
        ...DemandTestDemand
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const LIST = graphql(`
  query DemandDemands {
    demands(first: 100) {
      totalCount
      nodes {
        id
        name
      }
    }
  }
`);

const input = (o: Partial<DemandCreateInput> = {}): DemandCreateInput => ({
  name: '寻求企业管理体系诊断服务',
  description: '希望对公司现有管理流程进行诊断并给出改进建议。',
  column: 'CONSULTING',
  category: '管理诊断',
  contactName: '王磊',
  contactPhone: '13955120000',
  periodStart: '2026-12-01',
  periodEnd: '2027-03-31',
  budget: 5,
  visibility: 'ALL_INSTITUTIONS',
  ...o,
});

const ids = async (token: string) => (await gql(p, LIST, {}, { token })).data.demands.nodes.map((n) => n.id);

describe('demands (M3, O2)', () => {
  it('publishes the handling rules operators review against', async () => {
    const res = await gql(
      p,
      graphql(`
        query DemandDemandHandlingRules {
          demandHandlingRules {
            version
            scope
            reviewStandards
            process
            tracking
          }
        }
      `),
    );
    expect(res.data.demandHandlingRules.reviewStandards.length).toBeGreaterThan(0);
    expect(res.data.demandHandlingRules.tracking.join('')).toContain('催办');
  });

  it('goes review → open to matching institutions → offers → choice → docking → completion and evaluation', async () => {
    const ent = await enterpriseOwner(p);
    const created = await ok(p, CREATE, { i: input() }, ent.token);
    expect(created.demand).toMatchObject({ status: 'UNDER_REVIEW', regionName: '蜀山区', budget: 5, periodEnd: '2027-03-31' });
    const id = created.demand!.id;
    // not visible to institutions before review
    expect(await ids(consulting.token)).not.toContain(id);
    const rejected = await gql(p, REVIEW, { i: { demandId: id, decision: 'REJECT' } }, { token: op.token });
    expect(rejected.data.demandReview.errors[0].code).toBe('REQUIRED');
    expect((await ok(p, REVIEW, { i: { demandId: id, decision: 'APPROVE' } }, op.token)).demand!.status).toBe('OPEN');
    expect((await gql(p, REVIEW, { i: { demandId: id, decision: 'APPROVE' } }, { token: op.token })).data.demandReview.errors[0].code).toBe('INVALID_STATE');

    // matching by column and region
    expect(await ids(consulting.token)).toContain(id);
    expect(await ids(talent.token)).not.toContain(id);
    expect(await ids(beijing.token)).not.toContain(id);
    expect((await gql(p, OFFER, { i: { demandId: id, plan: '方案', terms: '免费' } }, { token: talent.token })).data.demandOffer.errors[0].code).toBe(
      'NOT_FOUND',
    );

    const offer = await ok(p, OFFER, { i: { demandId: id, plan: '两周内完成现场诊断并出具报告', terms: '首次诊断免费' } }, consulting.token);
    expect((await gql(p, OFFER, { i: { demandId: id, plan: '再来', terms: '再来' } }, { token: consulting.token })).data.demandOffer.errors[0].code).toBe(
      'DUPLICATE',
    );
    // an operator dispatches it to the talent institution, which may then offer too
    await ok(
      p,
      graphql(`
        mutation DemandDemandDispatch($i: DemandDispatchInput!) {
          demandDispatch(input: $i) {
            demand {
              id
            }
            errors {
              ...TestUserError
            }
          }
        }
      `),
      { i: { demandId: id, institutionId: talent.institutionId } },
      op.token,
    );
    const second = await ok(p, OFFER, { i: { demandId: id, plan: '人才测评方案', terms: '按次收费' } }, talent.token);
    // the enterprise sees both offers; each institution only its own
    const seen = await gql(
      p,
      graphql(`
        query DemandDemand($id: ID!) {
          demand(id: $id) {
            offers {
              plan
            }
          }
        }
      `),
      { id },
      { token: ent.token },
    );
    expect(seen.data.demand!.offers).toHaveLength(2);
    const theirs = await gql(
      p,
      graphql(`
        query DemandDemand2($id: ID!) {
          demand(id: $id) {
            offers {
              plan
            }
          }
        }
      `),
      { id },
      { token: talent.token },
    );
    expect(theirs.data.demand!.offers).toEqual([{ plan: '人才测评方案' }]);

    // another enterprise cannot choose
    const other = await enterpriseOwner(p);
    expect((await gql(p, CHOOSE, { i: { offerId: offer.offer!.id } }, { token: other.token })).data.demandChooseOffer.errors[0].code).toBe('NOT_FOUND');
    const chosen = await ok(p, CHOOSE, { i: { offerId: offer.offer!.id } }, ent.token);
    expect(chosen.docking).toMatchObject({ status: 'ACCEPTED', kind: 'DEMAND' });
    expect(chosen.docking!.resolutionDue).not.toBeNull();
    expect(chosen.demand!.status).toBe('MATCHED');
    expect(chosen.demand!.offers.map((o) => o.status)).toEqual(['CHOSEN', 'NOT_CHOSEN']);
    expect((await gql(p, CHOOSE, { i: { offerId: second.offer!.id } }, { token: ent.token })).data.demandChooseOffer.errors[0].code).toBe('INVALID_STATE');

    // docking continues as for products
    const dockingId = chosen.docking!.id;
    const START = graphql(`
      mutation DemandDockingStart($i: DockingActionInput!) {
        dockingStart(input: $i) {
          docking {
            status
            demand {
              name
            }
          }
          errors {
            ...TestUserError
          }
        }
      }
    `);
    const COMPLETE = graphql(`
      mutation DemandDockingComplete($i: DockingActionInput!) {
        dockingComplete(input: $i) {
          docking {
            status
            demand {
              name
            }
          }
          errors {
            ...TestUserError
          }
        }
      }
    `);
    expect((await gql(p, START, { i: { dockingId } }, { token: talent.token })).data.dockingStart.errors[0].code).toBe('NOT_FOUND');
    expect((await ok(p, START, { i: { dockingId } }, consulting.token)).docking!.status).toBe('IN_SERVICE');
    const done = await ok(p, COMPLETE, { i: { dockingId } }, ent.token);
    expect(done.docking).toMatchObject({ status: 'COMPLETED', demand: { name: '寻求企业管理体系诊断服务' } });
    const ev = await ok(
      p,
      graphql(`
        mutation DemandDockingEvaluate($i: DockingEvaluateInput!) {
          dockingEvaluate(input: $i) {
            docking {
              evaluation {
                average
              }
            }
            errors {
              ...TestUserError
            }
          }
        }
      `),
      {
        i: { dockingId, quality: 5, timeliness: 5, attitude: 4, professionalism: 4, comment: '诊断细致' },
      },
      ent.token,
    );
    expect(ev.docking!.evaluation!.average).toBe(4.5);
  });

  it('keeps OPERATORS_ONLY demands from institutions until dispatched', async () => {
    const ent = await enterpriseOwner(p);
    const d = (await ok(p, CREATE, { i: input({ visibility: 'OPERATORS_ONLY', name: '涉密技术改造咨询' }) }, ent.token)).demand;
    await ok(p, REVIEW, { i: { demandId: d!.id, decision: 'APPROVE' } }, op.token);
    expect(await ids(consulting.token)).not.toContain(d!.id);
    expect(
      (
        await gql(
          p,
          graphql(`
            query DemandDemand3($id: ID!) {
              demand(id: $id) {
                id
              }
            }
          `),
          { id: d!.id },
          { token: consulting.token },
        )
      ).data.demand,
    ).toBeNull();
    expect(await ids(op.token)).toContain(d!.id);
    await ok(
      p,
      graphql(`
        mutation DemandDemandDispatch2($i: DemandDispatchInput!) {
          demandDispatch(input: $i) {
            demand {
              id
            }
            errors {
              ...TestUserError
            }
          }
        }
      `),
      { i: { demandId: d!.id, institutionId: consulting.institutionId } },
      op.token,
    );
    expect(await ids(consulting.token)).toContain(d!.id);
  });

  it('validates input and reminds the enterprise and operators when a demand draws no offer', async () => {
    const ent = await enterpriseOwner(p);
    const bad = await gql(
      p,
      CREATE,
      { i: input({ name: '', periodStart: '2026-13-01', periodEnd: '2026-01-01', budget: -1, contactPhone: 'x' }) },
      { token: ent.token },
    );
    expect(bad.data.demandCreate.errors.map((e) => e.field).sort()).toEqual(['budget', 'contactPhone', 'name', 'periodStart']);
    const d = (await ok(p, CREATE, { i: input({ name: '寻求知识产权贯标服务' }) }, ent.token)).demand;
    await ok(p, REVIEW, { i: { demandId: d!.id, decision: 'APPROVE' } }, op.token);
    p.clock.advance(6 * DAY);
    await p.jobs.runDue();
    const R = graphql(`
      query DemandMyReminders {
        myReminders(first: 100) {
          nodes {
            kind
            demandId
          }
        }
      }
    `);
    const mine = (await gql(p, R, {}, { token: ent.token })).data.myReminders.nodes.filter((r) => r.demandId === d!.id).map((r) => r.kind);
    expect(mine).toEqual(['DEMAND_NO_OFFER', 'STATUS_CHANGED']);
    const ops = (await gql(p, R, {}, { token: op.token })).data.myReminders.nodes.filter((r) => r.demandId === d!.id).map((r) => r.kind);
    expect(ops).toContain('DEMAND_NO_OFFER');
    // withdrawing: only the enterprise (others NOT_FOUND)
    const C = graphql(`
      mutation DemandDemandCancel($i: DemandRefInput!) {
        demandCancel(input: $i) {
          demand {
            status
          }
          errors {
            ...TestUserError
          }
        }
      }
    `);
    expect((await gql(p, C, { i: { demandId: d!.id } }, { token: consulting.token })).data.demandCancel.errors[0].code).toBe('NOT_FOUND');
    expect((await ok(p, C, { i: { demandId: d!.id } }, ent.token)).demand!.status).toBe('CANCELLED');
  });

  it('lists a page of demands for an institution in a fixed number of statements', async () => {
    const res = await gql(
      p,
      graphql(`
        query DemandDemands2 {
          demands(first: 100) {
            totalCount
            nodes {
              id
              name
              regionName
              offers {
                plan
                institution {
                  name
                }
              }
              docking {
                status
              }
            }
          }
        }
      `),
      {},
      { token: consulting.token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.extensions?.sqlCount).toBeLessThanOrEqual(8);
  });

  it("lists an institution's demand dockings with their demands in a fixed number of statements", async () => {
    const inst = await approvedInstitution(p, op);
    const ent = await enterpriseOwner(p);
    const LIST_DOCKINGS = graphql(`
      query DemandDockings {
        dockings(first: 50) {
          totalCount
          nodes {
            id
            status
            demand {
              name
            }
            product {
              name
            }
            enterprise {
              name
            }
          }
        }
      }
    `);
    const count = async () => {
      const res = await gql(p, LIST_DOCKINGS, {}, { token: inst.token });
      expect(res.errors).toBeUndefined();
      return { n: res.data.dockings.totalCount, names: res.data.dockings.nodes.map((d) => d.demand?.name), sql: res.extensions?.sqlCount };
    };
    const matched = async (name: string) => {
      const d = (await ok(p, CREATE, { i: input({ name }) }, ent.token)).demand;
      await ok(p, REVIEW, { i: { demandId: d!.id, decision: 'APPROVE' } }, op.token);
      const offer = (await ok(p, OFFER, { i: { demandId: d!.id, plan: '两周内完成诊断', terms: '首次免费' } }, inst.token)).offer;
      await ok(p, CHOOSE, { i: { offerId: offer!.id } }, ent.token);
    };
    await matched('寻求管理诊断服务一');
    const one = await count();
    await matched('寻求管理诊断服务二');
    await matched('寻求管理诊断服务三');
    const three = await count();
    expect(three.n).toBe(3);
    expect([...three.names].sort()).toEqual(['寻求管理诊断服务一', '寻求管理诊断服务三', '寻求管理诊断服务二'].sort());
    expect(three.sql).toBe(one.sql);
  });
});
