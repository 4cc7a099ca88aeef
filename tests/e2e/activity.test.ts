import { readXlsxSheet } from '../setup/xlsx-reader.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { PASSWORD, login, signUp, type TestAccount } from '../factories/accounts.js';
import { toGlobalId as toGlobal } from '../../server/common/ids.js';
import { ACTIVITY_WAITLIST_PROMOTED } from '../../server/modules/activity/index.js';
import { PNG_1X1, approvedInstitution, ok, operator, type TestInstitution } from '../factories/docking.js';
import { graphql } from '../gql/index.js';
import type { ActivityCreateInput } from '../gql/graphql.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
let p: TestPlatform;
let op: TestAccount;
let inst: TestInstitution;

/** Each describe gets its own database: the first counts what is public, the last aggregates over everything. */
function platformPerSuite() {
  beforeAll(async () => {
    p = await startTestPlatform();
    op = await operator(p);
    inst = await approvedInstitution(p, op);
  });
  afterAll(async () => {
    await p?.stop();
  });
}

graphql(`
  fragment ActivityTestActivity on Activity {
    id
    name
    status
    organisers
    capacity
    registeredCount
    waitlistedCount
    remainingSeats
    placeAddress
    logoDataUrl
    agenda {
      title
      speaker
      startsAt
    }
    summary
    attendance {
      registered
      checkedIn
      rate
      evaluations
      averageRating
    }
    institution {
      name
    }
  }
`);
const CREATE = graphql(`
  mutation ActivityActivityCreate($i: ActivityCreateInput!) {
    activityCreate(input: $i) {
      activity {
        ...ActivityTestActivity
      }
      warnings {
        field
        message
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const REVIEW = graphql(`
  mutation ActivityActivityReview($i: ActivityReviewInput!) {
    activityReview(input: $i) {
      activity {
        ...ActivityTestActivity
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
graphql(`
  fragment ActivityTestRegistration on ActivityRegistration {
    id
    status
    ticket
    checkedInAt
    waitlistPosition
    rating
  }
`);
const REGISTER = graphql(`
  mutation ActivityActivityRegister($i: ActivityRefInput!) {
    activityRegister(input: $i) {
      registration {
        ...ActivityTestRegistration
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const CANCEL = graphql(`
  mutation ActivityActivityRegistrationCancel($i: RegistrationRefInput!) {
    activityRegistrationCancel(input: $i) {
      registration {
        ...ActivityTestRegistration
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const CHECK_IN = graphql(`
  mutation ActivityActivityCheckIn($i: ActivityCheckInInput!) {
    activityCheckIn(input: $i) {
      registration {
        ...ActivityTestRegistration
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const EVALUATE = graphql(`
  mutation ActivityActivityEvaluate($i: ActivityEvaluateInput!) {
    activityEvaluate(input: $i) {
      registration {
        ...ActivityTestRegistration
      }
      errors {
        ...TestUserError
      }
    }
  }
`);

function input(o: Partial<ActivityCreateInput> = {}): ActivityCreateInput {
  const start = new Date(p.clock.now().getTime() + 3 * DAY);
  return {
    name: '中小企业数字化转型专题培训会',
    column: 'TECHNOLOGY',
    logo: { base64: PNG_1X1 },
    content: '邀请专家解读数字化转型政策并分享典型案例。',
    agenda: [
      { startsAt: start.toISOString(), title: '政策解读', speaker: '张华（安徽省经济和信息化厅）' },
      { startsAt: new Date(start.getTime() + HOUR).toISOString(), title: '案例分享', speaker: '李明' },
    ],
    participants: '省内中小企业负责人、信息化主管',
    organisers: ['安徽省经济和信息化厅', '安徽省中小企业服务中心'],
    placeAddress: '合肥市蜀山区黄山路1号会议中心',
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 3 * HOUR).toISOString(),
    registrationMethod: 'PLATFORM',
    registrationDeadline: new Date(start.getTime() - DAY).toISOString(),
    capacity: 2,
    contactName: '陈静',
    contactPhone: '0551-62345678',
    targetAudience: '省内中小企业',
    ...o,
  };
}

async function published(o: Partial<ActivityCreateInput> = {}): Promise<string> {
  const created = await ok(p, CREATE, { i: input(o) }, inst.token);
  await ok(p, REVIEW, { i: { activityId: created.activity!.id, decision: 'APPROVE' } }, op.token);
  return created.activity!.id;
}

describe('activities (M4, I2): publishing', () => {
  platformPerSuite();

  it('publishes after review, warns on abbreviated organisers, and validates', async () => {
    const res = await gql(p, CREATE, { i: input({ organisers: ['省经信厅', '安徽省中小企业服务中心'] }) }, { token: inst.token });
    const payload = res.data.activityCreate;
    expect(payload.errors).toEqual([]);
    expect(payload.warnings).toEqual([expect.objectContaining({ field: 'organisers.0' })]);
    expect(payload.activity).toMatchObject({ status: 'UNDER_REVIEW', logoDataUrl: `data:image/png;base64,${PNG_1X1}` });
    expect(
      (
        await gql(
          p,
          graphql(`
            query ActivityActivities {
              activities(first: 10) {
                totalCount
              }
            }
          `),
        )
      ).data.activities.totalCount,
    ).toBe(0);
    await ok(p, REVIEW, { i: { activityId: payload.activity!.id, decision: 'APPROVE' } }, op.token);
    const pub = await gql(
      p,
      graphql(`
        query ActivityActivities2 {
          activities(first: 10, filter: { column: TECHNOLOGY, upcoming: true }) {
            totalCount
            nodes {
              name
              organisers
              agenda {
                title
              }
              institution {
                name
              }
            }
          }
        }
      `),
    );
    expect(pub.data.activities.totalCount).toBe(1);
    // The calendar's month filter (China time): the month of the start has it, the next month not; a bad month is refused.
    const month = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 7);
    const startMs = p.clock.now().getTime() + 3 * DAY;
    const inMonth = async (m: string) =>
      (
        await gql(
          p,
          graphql(`
            query ActivityActivities3($m: String) {
              activities(first: 100, filter: { month: $m }) {
                totalCount
              }
            }
          `),
          { m },
        )
      ).data?.activities.totalCount;
    expect(await inMonth(month(startMs))).toBe(1);
    expect(await inMonth(month(startMs + 40 * DAY))).toBe(0);
    const badMonth = await gql(
      p,
      graphql(`
        query ActivityActivities4 {
          activities(first: 10, filter: { month: "2026-13" }) {
            totalCount
          }
        }
      `),
    );
    expect(badMonth.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.month' });
    const bad = await gql(
      p,
      CREATE,
      {
        i: input({
          placeAddress: null,
          organisers: [],
          capacity: 0,
          registrationDeadline: new Date(p.clock.now().getTime() + 10 * DAY).toISOString(),
          onlineUrl: 'http://x',
        }),
      },
      { token: inst.token },
    );
    expect(bad.data.activityCreate.errors.map((e) => e.field).sort()).toEqual(['capacity', 'onlineUrl', 'organisers', 'registrationDeadline']);
    const ent = await enterpriseOwner(p);
    expect((await gql(p, CREATE, { i: input() }, { token: ent.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('activities (M4, I2): registration and check-in', () => {
  platformPerSuite();

  it('200 concurrent registrations for 100 seats: exactly 100 REGISTERED and 100 WAITLISTED', async () => {
    const id = await published({ capacity: 100, name: '专精特新企业申报辅导会' });
    const people: TestAccount[] = [];
    for (let i = 0; i < 200; i += 25) people.push(...(await Promise.all(Array.from({ length: 25 }, () => signUp(p, '参会人')))));
    const results = await Promise.all(people.map((a) => gql(p, REGISTER, { i: { activityId: id } }, { token: a.token })));
    const statuses = results.map((r) => {
      if (r.errors || r.data.activityRegister.errors.length) throw new Error(JSON.stringify(r.errors ?? r.data.activityRegister.errors));
      return r.data.activityRegister.registration!.status;
    });
    expect(statuses.filter((s) => s === 'REGISTERED')).toHaveLength(100);
    expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(100);
    const rows = await p.sql<{
      status: string;
      n: number;
    }>(`select r.status, count(*)::int as n from activity_registration r join activity a on a.id = r.activity_id
      where a.name = '专精特新企业申报辅导会' group by r.status order by r.status`);
    expect(rows).toEqual([
      { status: 'REGISTERED', n: 100 },
      { status: 'WAITLISTED', n: 100 },
    ]);
    const a = (
      await gql(
        p,
        graphql(`
          query ActivityActivity($id: ID!) {
            activity(id: $id) {
              registeredCount
              waitlistedCount
              remainingSeats
            }
          }
        `),
        { id },
      )
    ).data.activity;
    expect(a).toEqual({ registeredCount: 100, waitlistedCount: 100, remainingSeats: 0 });
    // a cancellation promotes the first in line, concurrently with new registrations
    const registered = results.filter((r) => r.data.activityRegister.registration!.status === 'REGISTERED').slice(0, 10);
    const late = await Promise.all(Array.from({ length: 10 }, () => signUp(p, '晚到者')));
    await Promise.all([
      ...registered.map((r, i) =>
        gql(p, CANCEL, { i: { registrationId: r.data.activityRegister.registration!.id } }, { token: people[results.indexOf(r)].token }).then((x) => {
          expect(x.data.activityRegistrationCancel.errors).toEqual([]);
          return i;
        }),
      ),
      ...late.map((l) => gql(p, REGISTER, { i: { activityId: id } }, { token: l.token })),
    ]);
    const after = await p.sql<{
      status: string;
      n: number;
    }>(`select r.status, count(*)::int as n from activity_registration r join activity a on a.id = r.activity_id
      where a.name = '专精特新企业申报辅导会' group by r.status order by r.status`);
    expect(after).toEqual([
      { status: 'CANCELLED', n: 10 },
      { status: 'REGISTERED', n: 100 },
      { status: 'WAITLISTED', n: 100 },
    ]);
  }, 120_000);

  it('waiting list: duplicates refused, cancellation promotes the next in line, positions shown', async () => {
    const id = await published({ name: '小微企业融资对接沙龙', column: 'FINANCING', organisers: ['中国银行股份有限公司安徽省分行'] });
    const [a, b, c] = await Promise.all([signUp(p, '甲'), signUp(p, '乙'), signUp(p, '丙')]);
    const ra = (await ok(p, REGISTER, { i: { activityId: id } }, a.token)).registration;
    expect((await gql(p, REGISTER, { i: { activityId: id } }, { token: a.token })).data.activityRegister.errors[0].code).toBe('DUPLICATE');
    await ok(p, REGISTER, { i: { activityId: id } }, b.token);
    const rc = (await ok(p, REGISTER, { i: { activityId: id } }, c.token)).registration;
    expect(rc).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    expect((await gql(p, CANCEL, { i: { registrationId: ra!.id } }, { token: c.token })).data.activityRegistrationCancel.errors[0].code).toBe('NOT_FOUND');
    expect((await ok(p, CANCEL, { i: { registrationId: ra!.id } }, a.token)).registration!.status).toBe('CANCELLED');
    const mine = await gql(
      p,
      graphql(`
        query ActivityMyActivityRegistrations {
          myActivityRegistrations(first: 10) {
            nodes {
              status
              waitlistPosition
              activity {
                name
              }
            }
          }
        }
      `),
      {},
      { token: c.token },
    );
    expect(mine.data.myActivityRegistrations.nodes[0]).toMatchObject({
      status: 'REGISTERED',
      waitlistPosition: null,
      activity: { name: '小微企业融资对接沙龙' },
    });
    // the organiser sees the list, another institution does not
    const list = await gql(
      p,
      graphql(`
        query ActivityActivityRegistrations($id: ID!) {
          activityRegistrations(activityId: $id, first: 10) {
            totalCount
            nodes {
              status
              ticket
            }
          }
        }
      `),
      { id },
      { token: inst.token },
    );
    expect(list.data.activityRegistrations.totalCount).toBe(3);
    expect(list.data.activityRegistrations.nodes.every((n) => n.ticket === null)).toBe(true);
    const other = await approvedInstitution(p, op);
    expect(
      (
        await gql(
          p,
          graphql(`
            query ActivityActivityRegistrations2($id: ID!) {
              activityRegistrations(activityId: $id, first: 10) {
                totalCount
              }
            }
          `),
          { id },
          { token: other.token },
        )
      ).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('checks in signed tickets within the window, rejects second check-ins and forgeries, lets attendees only evaluate', async () => {
    const id = await published({ name: '企业知识产权保护讲座', column: 'CONSULTING' });
    const [a, b, c] = await Promise.all([signUp(p, '甲'), signUp(p, '乙'), signUp(p, '丙')]);
    const ra = (await ok(p, REGISTER, { i: { activityId: id } }, a.token)).registration;
    const rb = (await ok(p, REGISTER, { i: { activityId: id } }, b.token)).registration;
    const rc = (await ok(p, REGISTER, { i: { activityId: id } }, c.token)).registration;
    expect(ra!.ticket).toMatch(/^QF1\./);
    // The QR code of the ticket: an SVG for the registrant only; nobody else, not even the organiser, gets it.
    const QR = graphql(`
      query ActivityActivity2($id: ID!) {
        activity(id: $id) {
          myRegistration {
            ticketQrSvg
          }
        }
      }
    `);
    expect((await gql(p, QR, { id }, { token: a.token })).data.activity!.myRegistration!.ticketQrSvg).toMatch(/^<svg[^>]*viewBox="0 0 \d+ \d+"[\s\S]*<path/);
    expect(
      (
        await gql(
          p,
          graphql(`
            query ActivityActivityRegistrations3($id: ID!) {
              activityRegistrations(activityId: $id, first: 10) {
                nodes {
                  ticketQrSvg
                }
              }
            }
          `),
          { id },
          { token: inst.token },
        )
      ).data.activityRegistrations.nodes.map((n) => n.ticketQrSvg),
    ).toEqual([null, null, null]);
    expect((await gql(p, QR, { id }, { token: c.token })).data.activity!.myRegistration!.ticketQrSvg).toBeNull(); // waitlisted
    // too early
    expect((await gql(p, CHECK_IN, { i: { ticket: ra!.ticket! } }, { token: inst.token })).data.activityCheckIn.errors[0].code).toBe('INVALID_STATE');
    p.clock.advance(3 * DAY + 10 * 60_000);
    // deadline passed for newcomers
    const late = await signUp(p, '丁');
    expect((await gql(p, REGISTER, { i: { activityId: id } }, { token: late.token })).data.activityRegister.errors[0].code).toBe('INVALID_STATE');
    const first = await ok(p, CHECK_IN, { i: { ticket: ra!.ticket! } }, inst.token);
    expect(first.registration!.checkedInAt).not.toBeNull();
    const again = (await gql(p, CHECK_IN, { i: { ticket: ra!.ticket! } }, { token: inst.token })).data.activityCheckIn.errors[0];
    expect(again).toMatchObject({ code: 'ALREADY_CHECKED_IN', field: 'ticket' });
    expect(again.message).toMatch(/^该电子票已于\d{4}-\d{2}-\d{2} \d{2}:\d{2}签到/);
    const forged = ra!.ticket!.slice(0, -4) + (ra!.ticket!.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect((await gql(p, CHECK_IN, { i: { ticket: forged } }, { token: inst.token })).data.activityCheckIn.errors[0].code).toBe('TICKET_INVALID');
    expect(
      (await gql(p, CHECK_IN, { i: { ticket: rb!.ticket!.replace(/\.[^.]+$/, '.' + 'x'.repeat(43)) } }, { token: inst.token })).data.activityCheckIn.errors[0]
        .code,
    ).toBe('TICKET_INVALID');
    expect((await gql(p, CHECK_IN, { i: { ticket: rc!.ticket! } }, { token: inst.token })).data.activityCheckIn.errors[0].code).toBe('INVALID_STATE'); // waitlisted
    const other = await approvedInstitution(p, op);
    expect((await gql(p, CHECK_IN, { i: { ticket: rb!.ticket! } }, { token: other.token })).data.activityCheckIn.errors[0].code).toBe('NOT_FOUND');

    expect((await gql(p, EVALUATE, { i: { registrationId: rb!.id, rating: 5 } }, { token: b.token })).data.activityEvaluate.errors[0].code).toBe('FORBIDDEN');
    expect((await gql(p, EVALUATE, { i: { registrationId: ra!.id, rating: 5 } }, { token: b.token })).data.activityEvaluate.errors[0].code).toBe('NOT_FOUND');
    expect((await ok(p, EVALUATE, { i: { registrationId: ra!.id, rating: 4, comment: '内容实用' } }, a.token)).registration!.rating).toBe(4);
    expect((await gql(p, EVALUATE, { i: { registrationId: ra!.id, rating: 5 } }, { token: a.token })).data.activityEvaluate.errors[0].code).toBe('DUPLICATE');

    const sum = await ok(
      p,
      graphql(`
        mutation ActivityActivitySummaryPublish($i: ActivitySummaryInput!) {
          activitySummaryPublish(input: $i) {
            activity {
              ...ActivityTestActivity
            }
            errors {
              ...TestUserError
            }
          }
        }
      `),
      { i: { activityId: id, summary: '本次讲座到场1人，企业反馈良好。' } },
      inst.token,
    );
    expect(sum.activity!.summary).toBe('本次讲座到场1人，企业反馈良好。');
    expect(sum.activity!.attendance).toEqual({ registered: 2, checkedIn: 1, rate: 0.5, evaluations: 1, averageRating: 4 });
    p.clock.advance(4 * HOUR);
    expect((await gql(p, CHECK_IN, { i: { ticket: rb!.ticket! } }, { token: inst.token })).data.activityCheckIn.errors[0].code).toBe('INVALID_STATE'); // window closed
  });
});

describe('activities (M4): invitations and waiting-list promotion', () => {
  platformPerSuite();

  const INVITE = graphql(`
    mutation ActivityActivityInvitationsAdd($i: ActivityInvitationsAddInput!) {
      activityInvitationsAdd(input: $i) {
        invitations {
          id
          contactKind
          contact
          revokedAt
        }
        errors {
          ...TestUserError
        }
      }
    }
  `);
  const REVOKE = graphql(`
    mutation ActivityActivityInvitationRevoke($i: ActivityInvitationRevokeInput!) {
      activityInvitationRevoke(input: $i) {
        invitation {
          id
          revokedAt
        }
        errors {
          ...TestUserError
        }
      }
    }
  `);
  const LIST = graphql(`
    query ActivityActivityInvitations($id: ID!, $all: Boolean) {
      activityInvitations(activityId: $id, first: 100, includeRevoked: $all) {
        totalCount
        nodes {
          contact
          revokedAt
        }
      }
    }
  `);
  const INVITED = graphql(`
    query ActivityActivity3($id: ID!) {
      activity(id: $id) {
        registrationMethod
        viewerInvited
      }
    }
  `);
  const registerError = async (id: string, token: string) => (await gql(p, REGISTER, { i: { activityId: id } }, { token })).data.activityRegister.errors;

  async function emailAccount(email: string): Promise<TestAccount> {
    const reg = await gql(
      p,
      graphql(`
        mutation ActivityAccountRegister($i: AccountRegisterInput!) {
          accountRegister(input: $i) {
            account {
              id
            }
            errors {
              ...TestUserError
            }
          }
        }
      `),
      {
        i: { email, displayName: '邮箱用户', password: PASSWORD },
      },
    );
    expect(reg.data.accountRegister.errors).toEqual([]);
    return { id: reg.data.accountRegister.account!.id, mobile: '', token: await login(p, email.toLowerCase()) };
  }

  it('lets only invited accounts register (mobile or e-mail, normalised); revoked invitations and uninvited accounts are refused', async () => {
    const id = await published({ registrationMethod: 'INVITATION', capacity: 10, name: '专精特新企业闭门座谈会' });
    const [stranger, guest, dropped] = await Promise.all([signUp(p, '路人'), signUp(p, '嘉宾'), signUp(p, '撤销')]);
    const mailer = await emailAccount('Zhang.Wei@Example.com');
    // not invited: a payload error with a code and a Chinese message, and the activity says so
    expect(await registerError(id, stranger.token)).toEqual([
      { code: 'NOT_INVITED', field: 'activityId', message: '该活动仅限受邀人员报名，您的手机号码或电子邮箱不在邀请名单中' },
    ]);
    expect((await gql(p, INVITED, { id }, { token: stranger.token })).data.activity).toEqual({ registrationMethod: 'INVITATION', viewerInvited: false });
    // the organiser invites; bad contacts are reported by position, nothing is written
    const m = guest.mobile;
    const spaced = `+86 ${m.slice(0, 3)}-${m.slice(3, 7)} ${m.slice(7)}`;
    const bad = await gql(p, INVITE, { i: { activityId: id, contacts: [spaced, '不是号码'] } }, { token: inst.token });
    expect(bad.data.activityInvitationsAdd.errors.map((e) => [e.code, e.field])).toEqual([['INVALID', 'contacts.1']]);
    const added = await ok(p, INVITE, { i: { activityId: id, contacts: [spaced, 'ZHANG.WEI@example.COM', dropped.mobile] } }, inst.token);
    expect(added.invitations!.map((x) => [x.contactKind, x.contact])).toEqual([
      ['MOBILE', m],
      ['EMAIL', 'zhang.wei@example.com'],
      ['MOBILE', dropped.mobile],
    ]);
    // inviting again keeps the invitation, no duplicate
    await ok(p, INVITE, { i: { activityId: id, contacts: [m] } }, inst.token);
    expect((await gql(p, LIST, { id }, { token: inst.token })).data.activityInvitations!.totalCount).toBe(3);
    // the invitee sees the invitation, and registers
    const mine = await gql(
      p,
      graphql(`
        query ActivityMyActivityInvitations {
          myActivityInvitations(first: 10) {
            totalCount
            nodes {
              contactKind
              activity {
                id
                name
              }
            }
          }
        }
      `),
      {},
      { token: guest.token },
    );
    expect(mine.data.myActivityInvitations).toEqual({ totalCount: 1, nodes: [{ contactKind: 'MOBILE', activity: { id, name: '专精特新企业闭门座谈会' } }] });
    expect((await gql(p, INVITED, { id }, { token: guest.token })).data.activity!.viewerInvited).toBe(true);
    expect((await ok(p, REGISTER, { i: { activityId: id } }, guest.token)).registration!.status).toBe('REGISTERED');
    expect((await ok(p, REGISTER, { i: { activityId: id } }, mailer.token)).registration!.status).toBe('REGISTERED');
    // revoked: refused
    const revoked = added.invitations![2];
    expect((await ok(p, REVOKE, { i: { invitationId: revoked.id } }, inst.token)).invitation!.revokedAt).not.toBeNull();
    expect((await registerError(id, dropped.token))[0].code).toBe('NOT_INVITED');
    expect((await gql(p, REVOKE, { i: { invitationId: revoked.id } }, { token: inst.token })).data.activityInvitationRevoke.errors[0].code).toBe(
      'INVALID_STATE',
    );
    const all = await gql(p, LIST, { id, all: true }, { token: op.token });
    expect(all.data.activityInvitations!.totalCount).toBe(3);
    expect((await gql(p, LIST, { id }, { token: op.token })).data.activityInvitations!.totalCount).toBe(2);
    // this activity's invitation audit rows only (other tests invite too)
    const activityRaw = Buffer.from(id, 'base64url').toString('utf8').split(':')[1];
    const audited = await p.sql<{ operation: string }>(
      `select operation from audit_log
        where operation like 'activity.invitation.%'
          and object_id in (select $1::text union all select id::text from activity_invitation where activity_id = $1::uuid)
        order by id`,
      [activityRaw],
    );
    expect(audited.map((a) => a.operation)).toEqual(['activity.invitation.add', 'activity.invitation.add', 'activity.invitation.revoke']);
  });

  it("refuses invitations by another institution's staff and by anyone else, and on activities open to all", async () => {
    const id = await published({ registrationMethod: 'INVITATION', name: '企业出海合规闭门研讨会' });
    const other = await approvedInstitution(p, op);
    const someone = await signUp(p, '某人');
    for (const token of [other.token, someone.token]) {
      const r = await gql(p, INVITE, { i: { activityId: id, contacts: [someone.mobile] } }, { token });
      expect(r.data.activityInvitationsAdd.errors.map((e) => e.code)).toEqual(['NOT_FOUND']);
      expect((await gql(p, LIST, { id }, { token })).data.activityInvitations).toBeNull();
    }
    const mine = await ok(p, INVITE, { i: { activityId: id, contacts: [someone.mobile] } }, inst.token);
    const r = await gql(p, REVOKE, { i: { invitationId: mine.invitations![0].id } }, { token: other.token });
    expect(r.data.activityInvitationRevoke.errors[0].code).toBe('NOT_FOUND');
    // operators may invite too
    expect((await ok(p, INVITE, { i: { activityId: id, contacts: ['ops@example.com'] } }, op.token)).invitations).toHaveLength(1);
    const open = await published({ name: '数字化转型公开课' });
    const r2 = await gql(p, INVITE, { i: { activityId: open, contacts: [someone.mobile] } }, { token: inst.token });
    expect(r2.data.activityInvitationsAdd.errors[0].code).toBe('INVALID_STATE');
    expect((await gql(p, INVITED, { id: open }, { token: someone.token })).data.activity!.viewerInvited).toBeNull();
  });

  it('gives a freed seat to the first on the waiting list, with a ticket that admits, and announces the promotion', async () => {
    const id = await published({ capacity: 1, name: '企业数据安全合规培训' });
    const [a, b] = await Promise.all([signUp(p, '先到'), signUp(p, '候补')]);
    const ra = (await ok(p, REGISTER, { i: { activityId: id } }, a.token)).registration;
    const QR = graphql(`
      query ActivityMyActivityRegistrations2 {
        myActivityRegistrations(first: 1) {
          nodes {
            id
            status
            ticket
            ticketQrSvg
          }
        }
      }
    `);
    await ok(p, REGISTER, { i: { activityId: id } }, b.token);
    expect((await gql(p, QR, {}, { token: b.token })).data.myActivityRegistrations.nodes[0]).toMatchObject({ status: 'WAITLISTED', ticketQrSvg: null });
    const announced = p.events.subscribe(ACTIVITY_WAITLIST_PROMOTED);
    try {
      await ok(p, CANCEL, { i: { registrationId: ra!.id } }, a.token);
      const { value } = await announced.next();
      const rb = (await gql(p, QR, {}, { token: b.token })).data.myActivityRegistrations.nodes[0];
      expect(rb.status).toBe('REGISTERED');
      expect(rb.ticketQrSvg).toMatch(/^<svg/);
      expect(Object.keys(value).sort()).toEqual(['accountId', 'activityId', 'registrationId']);
      expect([toGlobal('Activity', value.activityId), toGlobal('ActivityRegistration', value.registrationId), toGlobal('Account', value.accountId)]).toEqual([
        id,
        rb.id,
        b.id,
      ]);
      // the promoted ticket admits at check-in
      p.clock.advance(3 * DAY - 30 * 60_000);
      expect((await ok(p, CHECK_IN, { i: { ticket: rb.ticket! } }, inst.token)).registration!.checkedInAt).not.toBeNull();
    } finally {
      await announced.return?.();
    }
  });
});

describe('activities (M4, I2): statistics', () => {
  platformPerSuite();

  // four activities of one institution; the consulting one with 2 seats, 3 registrations, 1 check-in rated 4
  beforeAll(async () => {
    await published();
    await published({ capacity: 100, name: '专精特新企业申报辅导会' });
    await published({ name: '小微企业融资对接沙龙', column: 'FINANCING', organisers: ['中国银行股份有限公司安徽省分行'] });
    const id = await published({ name: '企业知识产权保护讲座', column: 'CONSULTING' });
    const [a, b, c] = await Promise.all([signUp(p, '甲'), signUp(p, '乙'), signUp(p, '丙')]);
    const ra = (await ok(p, REGISTER, { i: { activityId: id } }, a.token)).registration;
    await ok(p, REGISTER, { i: { activityId: id } }, b.token);
    await ok(p, REGISTER, { i: { activityId: id } }, c.token);
    p.clock.advance(3 * DAY + 10 * 60_000);
    await ok(p, CHECK_IN, { i: { ticket: ra!.ticket! } }, inst.token);
    await ok(p, EVALUATE, { i: { registrationId: ra!.id, rating: 4, comment: '内容实用' } }, a.token);
  });

  it('aggregates statistics by column, institution and month, and exports CSV', async () => {
    const byColumn = await gql(
      p,
      graphql(`
        query ActivityActivityStatistics {
          activityStatistics(groupBy: COLUMN) {
            key
            label
            activities
            registered
            waitlisted
            checkedIn
            attendanceRate
            evaluations
            averageRating
          }
        }
      `),
      {},
      { token: op.token },
    );
    expect(byColumn.errors).toBeUndefined();
    const consulting = byColumn.data.activityStatistics.find((r) => r.key === 'CONSULTING');
    expect(consulting).toMatchObject({ label: '管理咨询服务', activities: 1, registered: 2, waitlisted: 1, checkedIn: 1, evaluations: 1, averageRating: 4 });
    const byInst = await gql(
      p,
      graphql(`
        query ActivityActivityStatistics2 {
          activityStatistics(groupBy: INSTITUTION) {
            key
            label
            activities
          }
        }
      `),
      {},
      { token: inst.token },
    );
    expect(byInst.data.activityStatistics).toHaveLength(1);
    expect(byInst.data.activityStatistics[0].activities).toBe(4);
    const byMonth = await gql(
      p,
      graphql(`
        query ActivityActivityStatistics3 {
          activityStatistics(groupBy: MONTH) {
            key
            activities
          }
        }
      `),
      {},
      { token: op.token },
    );
    expect(byMonth.data.activityStatistics[0].key).toMatch(/^\d{4}-\d{2}$/);
    const csv = (
      await gql(
        p,
        graphql(`
          query ActivityActivityStatisticsCsv {
            activityStatisticsCsv(groupBy: COLUMN)
          }
        `),
        {},
        { token: op.token },
      )
    ).data.activityStatisticsCsv as string;
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('分组,名称,活动数,名额,报名人数,候补人数,签到人数,签到率,评价数,平均评分');
    expect(lines.find((l) => l.startsWith('CONSULTING'))).toBe('CONSULTING,管理咨询服务,1,2,2,1,1,0.5000,1,4');
    const xlsx = (
      await gql(
        p,
        graphql(`
          query ActivityActivityStatisticsXlsx {
            activityStatisticsXlsx(groupBy: COLUMN) {
              filename
              mimeType
              byteSize
              contentBase64
            }
          }
        `),
        {},
        { token: op.token },
      )
    ).data.activityStatisticsXlsx;
    expect(xlsx.filename).toMatch(/^活动统计-按栏目-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(xlsx.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const bytes = Buffer.from(xlsx.contentBase64, 'base64');
    expect(bytes.length).toBe(xlsx.byteSize);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const sheet = readXlsxSheet(bytes);
    expect(sheet[0]).toEqual(lines[0]!.split(','));
    expect(sheet.find((r) => r[0] === 'CONSULTING')).toEqual(['CONSULTING', '管理咨询服务', '1', '2', '2', '1', '1', '0.5', '1', '4']);
    const ent = await enterpriseOwner(p);
    expect(
      (
        await gql(
          p,
          graphql(`
            query ActivityActivityStatistics4 {
              activityStatistics(groupBy: COLUMN) {
                key
              }
            }
          `),
          {},
          { token: ent.token },
        )
      ).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    const list = await gql(
      p,
      graphql(`
        query ActivityActivities5 {
          activities(first: 100) {
            nodes {
              name
              remainingSeats
              attendance {
                registered
              }
              institution {
                name
              }
              myRegistration {
                status
              }
            }
          }
        }
      `),
      {},
      { token: ent.token },
    );
    expect(list.errors).toBeUndefined();
    expect(list.extensions?.sqlCount).toBeLessThanOrEqual(6);
  });
});
