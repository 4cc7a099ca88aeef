import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingMinutes, WORKING_DAY_MINUTES } from '../../server/modules/docking/working-time.js';
import { signUp, type TestAccount } from '../factories/accounts.js';
import { call, columnInstitution, FINANCING_NEED_SUBMIT, financingNeedInput, must, operatorAccount, type ColumnInstitution } from '../factories/columns.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { graphql } from '../gql/index.js';

/** The columns' answer clock in working time (one working day, like dockings), and needs that continue as dockings. */

let p: TestPlatform;
let op: TestAccount;
let bank: ColumnInstitution;
let guarantor: ColumnInstitution;
let owner: TestAccount & { enterpriseId: string };

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const REPLY = graphql(`
  mutation ColumnsSlaDockingColumnNeedReply($i: ColumnNeedReplyInput!) {
    columnNeedReply(input: $i) {
      need {
        status
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const DOCK = graphql(`
  mutation ColumnsSlaDockingColumnNeedStartDocking($i: ColumnNeedDockingInput!) {
    columnNeedStartDocking(input: $i) {
      need {
        id
        docking {
          id
          status
        }
      }
      docking {
        id
        kind
        status
        firstResponseAt
        resolutionDue
        institution {
          name
        }
        demand {
          status
        }
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const STATS = graphql(`
  query ColumnsSlaDockingColumnStatistics {
    columnStatistics(groupBy: COLUMN, filter: { column: FINANCING }) {
      total {
        received
        answered
        answeredWithinSla
      }
    }
  }
`);

beforeAll(async () => {
  p = await startTestPlatform();
  op = await operatorAccount(p);
  bank = await columnInstitution(p, op, ['FINANCING'], ['340000'], '徽商银行股份有限公司合肥分行');
  guarantor = await columnInstitution(p, op, ['FINANCING'], ['340100'], '合肥市融资担保有限公司');
  owner = await enterpriseOwner(p);
});
afterAll(async () => {
  await p?.stop();
});

/** The next Friday 16:00 China time (08:00 UTC) strictly after the platform's now. */
function nextFriday4pm(now: Date): Date {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 8, 0, 0));
  do d.setUTCDate(d.getUTCDate() + 1);
  while (d.getUTCDay() !== 5);
  return d;
}

describe('the first-reply clock runs in working time', () => {
  it('is due one working day after submission, the same clock as dockings', async () => {
    const { need } = await must(p, FINANCING_NEED_SUBMIT, { i: financingNeedInput() }, owner.token);
    const created = (
      await p.sql<{ at: Date }>(`select created_at as at from column_need where id = (select id from column_need order by created_at desc limit 1)`)
    )[0].at;
    expect(new Date(need!.firstReplyDue).toISOString()).toBe(addWorkingMinutes(new Date(created), WORKING_DAY_MINUTES).toISOString());
  });

  it('hand-worked: submitted Friday 16:00 → due Monday 16:00 (1 h on Friday + 7 h on Monday), overdue only after that', async () => {
    const friday = nextFriday4pm(p.clock.now());
    p.clock.advance(friday.getTime() - p.clock.now().getTime());
    const { need } = await must(p, FINANCING_NEED_SUBMIT, { i: financingNeedInput({ amount: 300 }) }, owner.token);
    const due = new Date(need!.firstReplyDue);
    expect(due.getUTCDay()).toBe(1); // Monday
    expect(due.getTime() - friday.getTime()).toBeGreaterThanOrEqual(3 * DAY - 1000); // 72 calendar hours, one working day
    expect(due.getTime() - friday.getTime()).toBeLessThan(3 * DAY + 1000);
    expect(due.getUTCHours()).toBe(8); // 16:00 China time

    const OVERDUE = graphql(`
      query ColumnsSlaDockingInstitutionColumnNeeds {
        institutionColumnNeeds(first: 20, filter: { overdue: true }) {
          nodes {
            id
          }
        }
      }
    `);
    const NEED = graphql(`
      query ColumnsSlaDockingColumnNeed($id: ID!) {
        columnNeed(id: $id) {
          firstReplyOverdue
        }
      }
    `);
    // Saturday noon: 44 calendar hours later, more than the old 24-hour clock, but no working time has passed.
    p.clock.advance(20 * HOUR);
    expect((await call(p, NEED, { id: need!.id }, owner.token))!.firstReplyOverdue).toBe(false);
    p.clock.advance(due.getTime() - p.clock.now().getTime() - 60_000); // Monday 15:59
    expect((await call(p, OVERDUE, {}, bank.token)).nodes.map((n) => n.id)).not.toContain(need!.id);
    p.clock.advance(2 * 60_000); // Monday 16:01
    expect((await call(p, NEED, { id: need!.id }, owner.token))!.firstReplyOverdue).toBe(true);
    expect((await call(p, OVERDUE, {}, bank.token)).nodes.map((n) => n.id)).toContain(need!.id);
    await p.jobs.runDue(); // the columns' clock needs no job: overdue is read against the deadline
    expect((await call(p, NEED, { id: need!.id }, owner.token))!.firstReplyOverdue).toBe(true);
  });

  it('counts a Monday-morning answer to a Friday-afternoon need as within the SLA in the statistics', async () => {
    const before = (await call(p, STATS, {}, op.token)).total;
    const now = p.clock.now();
    const friday = nextFriday4pm(now);
    p.clock.advance(friday.getTime() - now.getTime());
    const { need } = await must(p, FINANCING_NEED_SUBMIT, { i: financingNeedInput({ amount: 200 }) }, owner.token);
    p.clock.advance(3 * DAY - 6 * HOUR); // Monday 10:00 China time: 66 calendar hours, 2 working hours
    await must(p, REPLY, { i: { needId: need!.id, body: '客户经理今天下午上门了解情况' } }, bank.token);
    const after = (await call(p, STATS, {}, op.token)).total;
    expect(after).toEqual({ received: before.received + 1, answered: before.answered + 1, answeredWithinSla: before.answeredWithinSla + 1 });
  });
});

describe('a need continues as a docking', () => {
  it('with an institution that answered, chosen by the enterprise: ACCEPTED, clocks running, linked both ways', async () => {
    const { need } = await must(p, FINANCING_NEED_SUBMIT, { i: financingNeedInput({ amount: 400, description: '采购设备需要资金' }) }, owner.token);
    const routed = await call(
      p,
      graphql(`
        query ColumnsSlaDockingColumnNeed2($id: ID!) {
          columnNeed(id: $id) {
            institutions {
              id
              name
            }
            docking {
              id
            }
          }
        }
      `),
      { id: need!.id },
      owner.token,
    );
    expect(routed!.institutions.map((i) => i.name).sort()).toEqual(['合肥市融资担保有限公司', '徽商银行股份有限公司合肥分行'].sort());
    expect(routed!.docking).toBeNull();
    const bankId = routed!.institutions.find((i) => i.name === '徽商银行股份有限公司合肥分行')!.id;
    const guarantorId = routed!.institutions.find((i) => i.name === '合肥市融资担保有限公司')!.id;

    // Only an institution that has answered can be chosen.
    const early = await call(p, DOCK, { i: { needId: need!.id, institutionId: bankId } }, owner.token);
    expect(early.errors[0]).toMatchObject({ code: 'INVALID_STATE', field: 'institutionId' });
    await must(p, REPLY, { i: { needId: need!.id, body: '可提供设备按揭贷款，年利率3.9%' } }, bank.token);
    expect((await call(p, DOCK, { i: { needId: need!.id, institutionId: guarantorId } }, owner.token)).errors[0].code).toBe('INVALID_STATE');
    // Nobody but the requester's enterprise may do it.
    const stranger = await enterpriseOwner(p);
    expect((await call(p, DOCK, { i: { needId: need!.id, institutionId: bankId } }, stranger.token)).errors[0]).toMatchObject({
      code: 'NOT_FOUND',
      field: 'needId',
    });
    expect((await call(p, DOCK, { i: { needId: need!.id, institutionId: bankId } }, bank.token)).errors[0].code).toBe('NOT_FOUND');
    expect(await p.sql(`select id from docking`)).toHaveLength(0);

    const res = await must(p, DOCK, { i: { needId: need!.id, institutionId: bankId } }, owner.token);
    expect(res.docking).toMatchObject({
      kind: 'DEMAND',
      status: 'ACCEPTED',
      institution: { name: '徽商银行股份有限公司合肥分行' },
      demand: { status: 'MATCHED' },
    });
    expect(res.docking!.firstResponseAt).toBeTruthy();
    expect(new Date(res.docking!.resolutionDue!).getTime()).toBeGreaterThan(p.clock.now().getTime());
    expect(res.need!.docking).toEqual({ id: res.docking!.id, status: 'ACCEPTED' });
    expect((await call(p, DOCK, { i: { needId: need!.id, institutionId: bankId } }, owner.token)).errors[0].code).toBe('DUPLICATE');

    // The institution now works it as a docking: its inbox, the timeline, the reminder, and the usual transitions.
    const DOCKING = graphql(`
      query ColumnsSlaDockingDocking($id: ID!) {
        docking(id: $id) {
          status
          timeline {
            type
            party
            body
          }
        }
      }
    `);
    const seen = await call(p, DOCKING, { id: res.docking!.id }, bank.token);
    expect(seen!.timeline.map((e) => e.type)).toEqual(['ACCEPTED']);
    expect(seen!.timeline[0].body).toContain('需求转为对接');
    expect(await call(p, DOCKING, { id: res.docking!.id }, guarantor.token)).toBeNull();
    const reminders = await call(
      p,
      graphql(`
        query ColumnsSlaDockingMyReminders {
          myReminders(first: 10) {
            nodes {
              kind
              message
            }
          }
        }
      `),
      {},
      bank.token,
    );
    expect(reminders.nodes.map((r) => r.kind)).toContain('NEW_DOCKING');
    await must(
      p,
      graphql(`
        mutation ColumnsSlaDockingDockingStart($i: DockingActionInput!) {
          dockingStart(input: $i) {
            docking {
              status
            }
            errors {
              ...TestUserError
            }
          }
        }
      `),
      { i: { dockingId: res.docking!.id } },
      bank.token,
    );
    await must(
      p,
      graphql(`
        mutation ColumnsSlaDockingDockingComplete($i: DockingActionInput!) {
          dockingComplete(input: $i) {
            docking {
              status
            }
            errors {
              ...TestUserError
            }
          }
        }
      `),
      { i: { dockingId: res.docking!.id } },
      owner.token,
    );
    expect(
      (await call(
        p,
        graphql(`
          query ColumnsSlaDockingColumnNeed3($id: ID!) {
            columnNeed(id: $id) {
              docking {
                status
              }
            }
          }
        `),
        { id: need!.id },
        owner.token,
      ))!.docking!.status,
    ).toBe('COMPLETED');
    const audit = await p.sql<{ n: number }>(`select count(*)::int as n from audit_log where operation = 'columnNeed.dock'`);
    expect(audit[0].n).toBe(1);
  });

  it('is not offered for anonymous needs or accounts without an enterprise', async () => {
    const founder = await signUp(p, '创业者');
    const incubator = await columnInstitution(p, op, ['ENTREPRENEURSHIP'], ['340000']);
    const SUBMIT = graphql(`
      mutation ColumnsSlaDockingEntrepreneurshipNeedSubmit($i: EntrepreneurshipNeedSubmitInput!) {
        entrepreneurshipNeedSubmit(input: $i) {
          need {
            ...TestColumnNeed
            institutions {
              id
            }
          }
          errors {
            ...TestUserError
          }
        }
      }
    `);
    const { need } = await must(
      p,
      SUBMIT,
      {
        i: {
          category: 'VENUE_DOCKING',
          stage: 'IDEA',
          description: '想找一个低租金的孵化工位',
          regionCode: '340104',
          contact: { name: '李想', phone: '13955500001' },
        },
      },
      founder.token,
    );
    await must(p, REPLY, { i: { needId: need!.id, body: '基地有空余工位' } }, incubator.token);
    const inst = need!.institutions[0].id;
    expect((await call(p, DOCK, { i: { needId: need!.id, institutionId: inst } }, founder.token)).errors[0].code).toBe('NOT_FOUND');
    const anonymous = await gql(p, DOCK, { i: { needId: need!.id, institutionId: inst } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
