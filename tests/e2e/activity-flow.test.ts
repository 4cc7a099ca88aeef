import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { signUp, type TestAccount } from '../factories/accounts.js';
import { publishedActivity } from '../factories/activities.js';
import { approvedInstitution, ok, operator, type TestInstitution } from '../factories/docking.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
let p: TestPlatform;
let op: TestAccount;
let inst: TestInstitution;
beforeAll(async () => {
  p = await startTestPlatform();
  op = await operator(p);
  inst = await approvedInstitution(p, op);
});
afterAll(async () => {
  await p?.stop();
});

const REGISTER = graphql(`
  mutation TestFlowRegister($i: ActivityRefInput!) {
    activityRegister(input: $i) {
      registration {
        id
        status
        ticket
        ticketCode
      }
      errors {
        code
        field
        message
      }
    }
  }
`);
const CANCEL = graphql(`
  mutation TestFlowCancel($i: RegistrationRefInput!) {
    activityRegistrationCancel(input: $i) {
      registration {
        id
        status
      }
      errors {
        code
        field
        message
      }
    }
  }
`);
const CHECK_IN = graphql(`
  mutation TestFlowCheckIn($i: ActivityCheckInInput!) {
    activityCheckIn(input: $i) {
      registration {
        id
        checkedInAt
      }
      errors {
        code
        field
        message
      }
    }
  }
`);
const MINE = graphql(`
  query TestFlowMyRegistrations {
    myActivityRegistrations(first: 10) {
      totalCount
      nodes {
        id
        status
        ticketCode
        activity {
          id
          name
          registeredCount
          waitlistedCount
        }
      }
    }
  }
`);

const published = (capacity: number) => publishedActivity(p, inst, op, '企业数字化转型沙龙', capacity);

describe('我的报名: cancel a registration before the activity starts', () => {
  it('lists the registration with its ticket code; cancelling frees the seat for the waitlist, audited; refused once started', async () => {
    const id = await published(1);
    const first = await signUp(p);
    const second = await signUp(p);
    const mine = await ok(p, REGISTER, { i: { activityId: id } }, first.token);
    expect(mine.registration!.ticketCode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    const waiting = await ok(p, REGISTER, { i: { activityId: id } }, second.token);
    expect(waiting.registration!.status).toBe('WAITLISTED');

    const list = (await gql(p, MINE, {}, { token: first.token })).data.myActivityRegistrations;
    expect(list).toMatchObject({ totalCount: 1, nodes: [{ status: 'REGISTERED', ticketCode: mine.registration!.ticketCode, activity: { id } }] });

    const cancelled = await ok(p, CANCEL, { i: { registrationId: mine.registration!.id } }, first.token);
    expect(cancelled.registration!.status).toBe('CANCELLED');
    const promoted = (await gql(p, MINE, {}, { token: second.token })).data.myActivityRegistrations.nodes[0];
    expect(promoted).toMatchObject({ status: 'REGISTERED', activity: { registeredCount: 1, waitlistedCount: 0 } });
    const [audit] = await p.sql<{ result: string }>(`select result from audit_log where operation = 'activity.registrationCancel' and object_id = $1`, [
      (
        await p.sql<{ id: string }>(`select r.id::text from activity_registration r join account a on a.id = r.account_id where a.mobile = $1`, [first.mobile])
      )[0].id,
    ]);
    expect(audit).toEqual({ result: 'SUCCESS' });

    // Someone else cannot cancel it; after the start the registrant cannot either.
    const other = await gql(p, CANCEL, { i: { registrationId: waiting.registration!.id } }, { token: first.token });
    expect(other.data.activityRegistrationCancel.errors[0].code).toBe('NOT_FOUND');
    p.clock.advance(3 * DAY + 60_000);
    const late = await gql(p, CANCEL, { i: { registrationId: waiting.registration!.id } }, { token: second.token });
    expect(late.data.activityRegistrationCancel.errors).toEqual([{ code: 'INVALID_STATE', field: 'registrationId', message: '活动已开始，不能取消报名' }]);
    p.clock.advance(-(3 * DAY + 60_000));
  });
});

describe('short ticket code at check-in', () => {
  it('checks in by the 8-character code typed in any case, with the activity; the same code twice is refused', async () => {
    const id = await published(5);
    const a = await signUp(p);
    const reg = (await ok(p, REGISTER, { i: { activityId: id } }, a.token)).registration!;
    p.clock.advance(3 * DAY - 30 * 60_000);
    try {
      const typed = reg.ticketCode!.toLowerCase().replace('-', ' ');
      const noActivity = await gql(p, CHECK_IN, { i: { ticket: typed } }, { token: inst.token });
      expect(noActivity.data.activityCheckIn.errors[0]).toMatchObject({ code: 'TICKET_INVALID', message: '使用8位票号签到时须指明活动' });
      const wrong = await gql(p, CHECK_IN, { i: { ticket: 'ZZZZ-ZZZZ', activityId: id } }, { token: inst.token });
      expect(wrong.data.activityCheckIn.errors[0].code).toBe('TICKET_INVALID');
      const done = await ok(p, CHECK_IN, { i: { ticket: typed, activityId: id } }, inst.token);
      expect(done.registration!.id).toBe(reg.id);
      const twice = await gql(p, CHECK_IN, { i: { ticket: reg.ticketCode!, activityId: id } }, { token: inst.token });
      expect(twice.data.activityCheckIn.errors[0].code).toBe('ALREADY_CHECKED_IN');
      // The QR payload still works for everyone else.
      expect(reg.ticket).toMatch(/^QF1\./);
    } finally {
      p.clock.advance(-(3 * DAY - 30 * 60_000));
    }
  });
});
