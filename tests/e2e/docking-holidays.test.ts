import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import type { TestAccount } from '../factories/accounts.js';
import { FINANCING_NEED_SUBMIT, financingNeedInput } from '../factories/columns.js';
import { approvedInstitution, listedProduct, ok, operator, type TestInstitution } from '../factories/docking.js';
import { graphql } from '../gql/index.js';

// China dates of the chinese-days package (State Council notice for 2026): 1–7 October National Day holiday,
// Saturday 10 October a make-up working day (调休). The platform's clock is set into October 2026.
const cst = (s: string) => new Date(`${s}+08:00`);
const MIN = 60_000;
let p: TestPlatform;
let op: TestAccount;
let inst: TestInstitution;
let productId: string;

beforeAll(async () => {
  p = await startTestPlatform();
  p.clock.setNow(cst('2026-09-21T10:00:00'));
  op = await operator(p);
  inst = await approvedInstitution(p, op);
  productId = await listedProduct(p, inst, op);
});
afterAll(async () => {
  await p?.stop();
});

const SUBMIT = graphql(`
  mutation DockingHolidaysDockingSubmit($i: DockingSubmitInput!) {
    dockingSubmit(input: $i) {
      docking {
        id
        firstResponseDue
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const TIMELINE = graphql(`
  query DockingHolidaysDocking($id: ID!) {
    docking(id: $id) {
      timeline {
        type
        at
      }
    }
  }
`);
const OVERRIDE = graphql(`
  mutation DockingHolidaysWorkingDayOverrideSet($i: WorkingDayOverrideInput!) {
    workingDayOverrideSet(input: $i) {
      day {
        date
        working
        source
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const REMOVE = graphql(`
  mutation DockingHolidaysWorkingDayOverrideRemove($i: WorkingDayOverrideRemoveInput!) {
    workingDayOverrideRemove(input: $i) {
      day {
        date
        working
        source
      }
      errors {
        ...TestUserError
      }
    }
  }
`);

/** Submits a docking (first response: the default 120 working minutes, reminder at 90) at a China wall time. */
async function submitAt(at: string) {
  p.clock.setNow(cst(at));
  const ent = await enterpriseOwner(p);
  const d = (await ok(p, SUBMIT, { i: { productId, needs: '申请知识产权咨询' } }, ent.token)).docking;
  return { ...d, ent };
}
async function systemEvents(id: string, token: string) {
  const t = (await gql(p, TIMELINE, { id }, { token })).data.docking!.timeline;
  return t.filter((e) => e.type !== 'SUBMITTED').map((e) => ({ type: e.type, at: new Date(e.at) }));
}
const near = (at: string | Date, expected: string) => expect(Math.abs(new Date(at).getTime() - cst(expected).getTime())).toBeLessThan(5 * MIN);

describe('SLA working-time calendar: public holidays and 调休 (M1, M3)', () => {
  it('a reminder that would fall in the National Day holiday fires on the next working day', async () => {
    // Wednesday 30 September 16:00: one working hour that day, the next working day is Thursday 8 October
    const d = await submitAt('2026-09-30T16:00:00');
    near(d.firstResponseDue!, '2026-10-08T10:00:00');
    // 1 October 10:30: on a Monday-to-Friday calendar the reminder (09:30) and the deadline (10:00) were due
    p.clock.setNow(cst('2026-10-01T10:30:00'));
    await p.jobs.runDue();
    p.clock.setNow(cst('2026-10-07T16:59:00'));
    await p.jobs.runDue();
    expect(await systemEvents(d.id!, d.ent.token)).toEqual([]);
    p.clock.setNow(cst('2026-10-08T09:45:00'));
    await p.jobs.runDue();
    const events = await systemEvents(d.id!, d.ent.token);
    expect(events.map((e) => e.type)).toEqual(['REMINDER']);
    near(events[0].at, '2026-10-08T09:45:00');
  });

  it('a reminder due on a make-up working Saturday (调休) fires that day', async () => {
    // Friday 9 October 16:30: half an hour that day, the rest on Saturday 10 October
    const d = await submitAt('2026-10-09T16:30:00');
    near(d.firstResponseDue!, '2026-10-10T10:30:00');
    p.clock.setNow(cst('2026-10-10T10:15:00'));
    await p.jobs.runDue();
    const events = await systemEvents(d.id!, d.ent.token);
    expect(events.map((e) => e.type)).toEqual(['REMINDER']);
    near(events[0].at, '2026-10-10T10:15:00');
    p.clock.setNow(cst('2026-10-10T11:00:00'));
    await p.jobs.runDue();
    expect((await systemEvents(d.id!, d.ent.token)).map((e) => e.type)).toEqual(['REMINDER', 'SLA_BREACHED']);
  });

  it('lets operators override a day (audited), which new clocks follow; others may not', async () => {
    p.clock.setNow(cst('2026-10-12T09:00:00'));
    const set = await ok(p, OVERRIDE, { i: { date: '2026-10-13', workday: false, note: '本地防汛停工' } }, op.token);
    expect(set.day).toEqual({ date: '2026-10-13', working: false, source: 'OVERRIDE' });
    const bad = await gql(p, OVERRIDE, { i: { date: '2026-02-30', workday: true, note: '' } }, { token: op.token });
    expect(bad.data.workingDayOverrideSet.errors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID', 'date'],
      ['REQUIRED', 'note'],
    ]);
    const denied = await gql(p, OVERRIDE, { i: { date: '2026-10-14', workday: false, note: '试试' } }, { token: inst.token });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Monday 12 October 16:00: an hour that day; Tuesday is off now, so the deadline is Wednesday 10:00
    const d = await submitAt('2026-10-12T16:00:00');
    near(d.firstResponseDue!, '2026-10-14T10:00:00');
    // column needs keep the same calendar: one working day (480 minutes) from Monday 16:00 ends Wednesday 16:00
    const need = (await ok(p, FINANCING_NEED_SUBMIT, { i: financingNeedInput() }, d.ent.token)).need;
    near(need!.firstReplyDue, '2026-10-14T16:00:00');
    const days = await gql(
      p,
      graphql(`
        query DockingHolidaysWorkingDays {
          workingDays(from: "2026-10-09", days: 5) {
            date
            working
            source
            publicCalendarKnown
          }
        }
      `),
      {},
      { token: op.token },
    );
    expect(days.data.workingDays.map((x) => [x.date, x.working, x.source])).toEqual([
      ['2026-10-09', true, 'WEEK'],
      ['2026-10-10', true, 'MAKE_UP_WORKDAY'],
      ['2026-10-11', false, 'WEEK'],
      ['2026-10-12', true, 'WEEK'],
      ['2026-10-13', false, 'OVERRIDE'],
    ]);
    const list = await gql(
      p,
      graphql(`
        query DockingHolidaysWorkingDayOverrides {
          workingDayOverrides(year: 2026) {
            date
            workday
            note
          }
        }
      `),
      {},
      { token: op.token },
    );
    expect(list.data.workingDayOverrides).toEqual([{ date: '2026-10-13', workday: false, note: '本地防汛停工' }]);
    const removed = await ok(p, REMOVE, { i: { date: '2026-10-13' } }, op.token);
    expect(removed.day).toEqual({ date: '2026-10-13', working: true, source: 'WEEK' });
    expect((await gql(p, REMOVE, { i: { date: '2026-10-13' } }, { token: op.token })).data.workingDayOverrideRemove.errors[0].code).toBe('NOT_FOUND');
    const audit = await p.sql<{ operation: string }>(`select operation from audit_log where object_type = 'WorkingDayOverride' order by id`);
    expect(audit.map((a) => a.operation)).toEqual(['docking.workingDay.set', 'docking.workingDay.remove']);
  });
});
