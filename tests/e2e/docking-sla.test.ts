import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingMinutes } from '../../server/modules/docking/working-time.js';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { login, signUp, staff, type TestAccount } from '../factories/accounts.js';
import { approvedInstitution, listedProduct, ok, operator, settle, subscribe, type TestInstitution } from '../factories/docking.js';
import { graphql } from '../gql/index.js';

const DAY = 86_400_000;
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

const SUBMIT = graphql(`
  mutation DockingSlaDockingSubmit($i: DockingSubmitInput!) {
    dockingSubmit(input: $i) {
      docking {
        id
        firstResponseDue
        resolutionDue
        createdAt
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const URGE = graphql(`
  mutation DockingSlaDockingUrge($i: DockingActionInput!) {
    dockingUrge(input: $i) {
      docking {
        urgeCount
        escalationLevel
        lastUrgedAt
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const TIMELINE = graphql(`
  query DockingSlaDocking($id: ID!) {
    docking(id: $id) {
      escalationLevel
      timeline {
        type
        party
        body
      }
    }
  }
`);
const REMINDERS = graphql(`
  query DockingSlaMyReminders {
    myReminders(first: 100) {
      totalCount
      nodes {
        id
        kind
        message
        docking {
          id
        }
      }
    }
  }
`);

async function submit(ent: TestAccount) {
  return (await ok(p, SUBMIT, { i: { productId, needs: '申请知识产权咨询' } }, ent.token)).docking;
}
const types = async (id: string, token: string) => (await gql(p, TIMELINE, { id }, { token })).data.docking!.timeline.map((e) => e.type);
const reminderKinds = async (token: string, dockingId?: string) =>
  (await gql(p, REMINDERS, {}, { token })).data.myReminders.nodes.filter((r) => !dockingId || r.docking?.id === dockingId).map((r) => r.kind);

describe('SLA clocks, reminders and escalation (M1, M3)', () => {
  it('sets deadlines in working time: first response 2 working hours, resolution 15 working days', async () => {
    const ent = await enterpriseOwner(p);
    const d = await submit(ent);
    const created = new Date(d!.createdAt).getTime();
    const first = new Date(d!.firstResponseDue!).getTime() - created;
    expect(first).toBeGreaterThanOrEqual(2 * 3600_000);
    expect(first).toBeLessThanOrEqual(4 * DAY); // across a night or a weekend
    const resolution = new Date(d!.resolutionDue!).getTime() - created;
    expect(resolution).toBeGreaterThanOrEqual(19 * DAY);
    expect(resolution).toBeLessThanOrEqual(23 * DAY);
  });

  it('reminds before the deadline, records the breach for the responsible person, then escalates to operators', async () => {
    const ent = await enterpriseOwner(p);
    const live = await subscribe(
      p.wsUrl,
      inst.token,
      graphql(`
        subscription DockingSlaReminderReceived {
          reminderReceived {
            kind
            message
            docking {
              id
            }
          }
        }
      `),
    );
    const opLive = await subscribe(
      p.wsUrl,
      op.token,
      graphql(`
        subscription DockingSlaReminderReceived2 {
          reminderReceived {
            kind
            docking {
              id
            }
          }
        }
      `),
    );
    const entLive = await subscribe(
      p.wsUrl,
      ent.token,
      graphql(`
        subscription DockingSlaReminderReceived3 {
          reminderReceived {
            kind
          }
        }
      `),
    );
    try {
      const d = await submit(ent);
      p.clock.advance(5 * DAY);
      await p.jobs.runDue();
      expect(await types(d!.id, ent.token)).toEqual(['SUBMITTED', 'REMINDER', 'SLA_BREACHED']);
      const kinds = await reminderKinds(inst.token, d!.id);
      expect(kinds).toEqual(['SLA_BREACHED', 'DEADLINE_APPROACHING', 'NEW_DOCKING']);
      p.clock.advance(4 * DAY);
      await p.jobs.runDue();
      const after = await gql(p, TIMELINE, { id: d!.id }, { token: inst.token });
      expect(after.data.docking!.escalationLevel).toBe(2);
      expect(after.data.docking!.timeline.at(-1)).toMatchObject({ type: 'ESCALATED', party: 'SYSTEM' });
      expect(await reminderKinds(op.token)).toContain('ESCALATED');
      await live.waitFor(3);
      await opLive.waitFor(1);
      await settle();
      expect(live.received.filter((r) => r.reminderReceived.docking?.id === d!.id).map((r) => r.reminderReceived.kind)).toEqual([
        'NEW_DOCKING',
        'DEADLINE_APPROACHING',
        'SLA_BREACHED',
      ]);
      expect(opLive.received.filter((r) => r.reminderReceived.docking?.id === d!.id).map((r) => r.reminderReceived.kind)).toEqual(['ESCALATED']);
      expect(entLive.received).toEqual([]);
      // jobs ran once: running again does nothing more
      p.clock.advance(DAY);
      await p.jobs.runDue();
      expect((await types(d!.id, ent.token)).filter((t: string) => t === 'ESCALATED')).toHaveLength(1);
      // operators see the breach in SLA statistics
      const sla = (
        await gql(
          p,
          graphql(`
            query DockingSlaInstitutionSlaStatistics {
              institutionSlaStatistics(first: 10) {
                nodes {
                  breached
                  firstResponseOnTimeRate
                }
              }
            }
          `),
          {},
          { token: op.token },
        )
      ).data;
      expect(sla.institutionSlaStatistics.nodes[0].breached).toBeGreaterThanOrEqual(1);
    } finally {
      await Promise.all([live.close(), opLive.close(), entLive.close()]);
    }
  });

  it('pushes each live reminder with the docking as it is now (escalation level), not as it was at the first', async () => {
    const ent = await enterpriseOwner(p);
    const live = await subscribe(
      p.wsUrl,
      inst.token,
      graphql(`
        subscription DockingSlaReminderReceived4 {
          reminderReceived {
            kind
            docking {
              id
              escalationLevel
              urgeCount
            }
          }
        }
      `),
    );
    try {
      const d = await submit(ent);
      await ok(p, URGE, { i: { dockingId: d!.id } }, ent.token);
      p.clock.advance(DAY);
      expect((await ok(p, URGE, { i: { dockingId: d!.id } }, ent.token)).docking!.escalationLevel).toBe(2);
      const mine = () =>
        live.received
          .map((r) => r.reminderReceived)
          .filter((r) => r.docking?.id === d!.id && ['NEW_DOCKING', 'URGED'].includes(r.kind))
          .map((r) => [r.kind, r.docking!.escalationLevel, r.docking!.urgeCount]);
      const until = Date.now() + 5000;
      while (mine().length < 3 && Date.now() < until) await settle();
      expect(mine()).toEqual([
        ['NEW_DOCKING', 0, 0],
        ['URGED', 1, 1],
        ['URGED', 2, 2],
      ]);
    } finally {
      await live.close();
    }
  });

  it('counts breaches (first response after the deadline) apart from urges, and ranks institutions by breaches', async () => {
    const STATS = graphql(`
      query DockingSlaDockingStatistics($id: ID) {
        dockingStatistics(institutionId: $id) {
          total
          breached
          urges
          firstResponseOnTimeRate
        }
      }
    `);
    const ACCEPT = graphql(`
      mutation DockingSlaDockingAccept($i: DockingActionInput!) {
        dockingAccept(input: $i) {
          docking {
            id
          }
          errors {
            ...TestUserError
          }
        }
      }
    `);
    // Urged once, answered in time: not breached.
    const urged = await approvedInstitution(p, op);
    const urgedProduct = await listedProduct(p, urged, op);
    const ent = await enterpriseOwner(p);
    const d1 = (await ok(p, SUBMIT, { i: { productId: urgedProduct, needs: '申请知识产权咨询' } }, ent.token)).docking;
    await ok(p, URGE, { i: { dockingId: d1!.id, note: '比较着急' } }, ent.token);
    await ok(p, ACCEPT, { i: { dockingId: d1!.id } }, urged.token);
    expect((await gql(p, STATS, { id: urged.institutionId }, { token: op.token })).data.dockingStatistics).toEqual({
      total: 1,
      breached: 0,
      urges: 1,
      firstResponseOnTimeRate: 1,
    });
    // Never urged, answered after the deadline: breached.
    const late = await approvedInstitution(p, op);
    const lateProduct = await listedProduct(p, late, op);
    const d2 = (await ok(p, SUBMIT, { i: { productId: lateProduct, needs: '申请知识产权咨询' } }, (await enterpriseOwner(p)).token)).docking;
    p.clock.advance(5 * DAY);
    await ok(p, ACCEPT, { i: { dockingId: d2!.id } }, late.token);
    expect((await gql(p, STATS, { id: late.institutionId }, { token: op.token })).data.dockingStatistics).toEqual({
      total: 1,
      breached: 1,
      urges: 0,
      firstResponseOnTimeRate: 0,
    });
    const ranking = (
      await gql(
        p,
        graphql(`
          query DockingSlaInstitutionSlaStatistics2 {
            institutionSlaStatistics(first: 100) {
              nodes {
                institution {
                  id
                }
                breached
                urges
              }
            }
          }
        `),
        {},
        { token: op.token },
      )
    ).data.institutionSlaStatistics.nodes;
    const at = (id: string) => ranking.findIndex((n) => n.institution!.id === id);
    expect(ranking[at(urged.institutionId)]).toMatchObject({ breached: 0, urges: 1 });
    expect(at(late.institutionId)).toBeLessThan(at(urged.institutionId));
    const breaches = ranking.map((n) => n.breached);
    expect(breaches).toEqual([...breaches].sort((a, b) => b - a));
  });

  it('stops the first-response clock when the institution answers in time, and runs a reply clock on enterprise messages', async () => {
    const ent = await enterpriseOwner(p);
    const d = await submit(ent);
    await ok(
      p,
      graphql(`
        mutation DockingSlaDockingAccept2($i: DockingActionInput!) {
          dockingAccept(input: $i) {
            docking {
              id
            }
            errors {
              ...TestUserError
            }
          }
        }
      `),
      { i: { dockingId: d!.id } },
      inst.token,
    );
    await ok(
      p,
      graphql(`
        mutation DockingSlaDockingMessageSend($i: DockingMessageInput!) {
          dockingMessageSend(input: $i) {
            docking {
              awaitingReplySince
            }
            errors {
              ...TestUserError
            }
          }
        }
      `),
      { i: { dockingId: d!.id, body: '请问进度如何？' } },
      ent.token,
    );
    p.clock.advance(5 * DAY);
    await p.jobs.runDue();
    const t = await gql(p, TIMELINE, { id: d!.id }, { token: ent.token });
    const bodies = t.data.docking!.timeline.filter((e) => e.party === 'SYSTEM').map((e) => e.body);
    expect(bodies).toEqual(['回复时限即将到期', '回复已超出时限，已提醒机构负责人']);
    const s = (
      await gql(
        p,
        graphql(`
          query DockingSlaDockingStatistics2 {
            dockingStatistics {
              firstResponseOnTimeRate
              responded
            }
          }
        `),
        {},
        { token: ent.token },
      )
    ).data.dockingStatistics;
    expect(s).toEqual({ firstResponseOnTimeRate: 1, responded: 1 });
  });

  it('lets the enterprise urge once a day; a second urge escalates to operators', async () => {
    const ent = await enterpriseOwner(p);
    const d = await submit(ent);
    const first = await ok(p, URGE, { i: { dockingId: d!.id, note: '比较着急' } }, ent.token);
    expect(first.docking).toMatchObject({ urgeCount: 1, escalationLevel: 1 });
    const again = await gql(p, URGE, { i: { dockingId: d!.id } }, { token: ent.token });
    expect(again.data.dockingUrge.errors[0]).toMatchObject({ code: 'URGE_LIMITED', field: 'dockingId' });
    expect((await gql(p, URGE, { i: { dockingId: d!.id } }, { token: inst.token })).data.dockingUrge.errors[0].code).toBe('FORBIDDEN');
    expect(await reminderKinds(inst.token)).toContain('URGED');
    p.clock.advance(DAY);
    const second = await ok(p, URGE, { i: { dockingId: d!.id } }, ent.token);
    expect(second.docking).toMatchObject({ urgeCount: 2, escalationLevel: 2 });
    const timeline = await types(d!.id, ent.token);
    expect(timeline.slice(-3)).toEqual(['URGED', 'URGED', 'ESCALATED']);
  });

  it("sends reminders to the responsible person the administrator names, with the institution's own clocks", async () => {
    const inst2 = await approvedInstitution(p, op);
    const person = await signUp(p, '对接专员');
    await ok(
      p,
      graphql(`
        mutation DockingSlaInstitutionStaffAdd($i: InstitutionStaffAddInput!) {
          institutionStaffAdd(input: $i) {
            institution {
              id
            }
            errors {
              ...TestUserError
            }
          }
        }
      `),
      { i: { identifier: person.mobile } },
      inst2.token,
    );
    const personToken = await login(p, person.mobile);
    const set = await ok(
      p,
      graphql(`
        mutation DockingSlaInstitutionDockingSettingsUpdate($i: InstitutionDockingSettingsInput!) {
          institutionDockingSettingsUpdate(input: $i) {
            settings {
              responsibleDepartment
              responsiblePersonId
              firstResponseMinutes
              replyMinutes
              resolutionMinutes
            }
            errors {
              ...TestUserError
            }
          }
        }
      `),
      { i: { responsibleAccountId: person.id, firstResponseMinutes: 60 } },
      inst2.token,
    );
    expect(set.settings).toMatchObject({
      responsibleDepartment: '企业服务部',
      responsiblePersonId: person.id,
      firstResponseMinutes: 60,
      replyMinutes: 480,
      resolutionMinutes: 7200,
    });
    const denied = await gql(
      p,
      graphql(`
        mutation DockingSlaInstitutionDockingSettingsUpdate2($i: InstitutionDockingSettingsInput!) {
          institutionDockingSettingsUpdate(input: $i) {
            errors {
              ...TestUserError
            }
          }
        }
      `),
      { i: { firstResponseMinutes: 60 } },
      { token: personToken },
    );
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await gql(
      p,
      graphql(`
        mutation DockingSlaInstitutionDockingSettingsUpdate3($i: InstitutionDockingSettingsInput!) {
          institutionDockingSettingsUpdate(input: $i) {
            errors {
              ...TestUserError
            }
          }
        }
      `),
      { i: { responsibleAccountId: op.id, replyMinutes: 5 } },
      { token: inst2.token },
    );
    expect(bad.data.institutionDockingSettingsUpdate.errors.map((e) => e.field).sort()).toEqual(['replyMinutes', 'responsibleAccountId']);
    const prod2 = await listedProduct(p, inst2, op);
    const ent = await enterpriseOwner(p);
    await ok(p, SUBMIT, { i: { productId: prod2, needs: '咨询' } }, ent.token);
    expect(await reminderKinds(personToken)).toEqual(['NEW_DOCKING']);
  });

  it("lets operators change the platform-default clocks (audited) for new dockings and restore the built-in ones; institutions' own settings still win", async () => {
    const SLA = graphql(`
      query DockingSlaPlatformDockingSla {
        platformDockingSla {
          firstResponseMinutes
          replyMinutes
          resolutionMinutes
          builtIn
          updatedAt
        }
      }
    `);
    const UPDATE = graphql(`
      mutation DockingSlaPlatformDockingSlaUpdate($i: PlatformDockingSlaInput!) {
        platformDockingSlaUpdate(input: $i) {
          sla {
            firstResponseMinutes
            replyMinutes
            resolutionMinutes
            builtIn
          }
          errors {
            ...TestUserError
          }
        }
      }
    `);
    const ent = await enterpriseOwner(p);
    expect((await gql(p, SLA, {}, { token: ent.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      (await gql(p, UPDATE, { i: { firstResponseMinutes: 240, replyMinutes: 480, resolutionMinutes: 9600 } }, { token: inst.token })).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect((await gql(p, SLA, {}, { token: op.token })).data.platformDockingSla).toEqual({
      firstResponseMinutes: 120,
      replyMinutes: 480,
      resolutionMinutes: 7200,
      builtIn: true,
      updatedAt: null,
    });

    const bad = (await gql(p, UPDATE, { i: { firstResponseMinutes: 10, replyMinutes: 480, resolutionMinutes: 100 } }, { token: op.token })).data
      .platformDockingSlaUpdate;
    expect(bad.errors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID', 'firstResponseMinutes'],
      ['INVALID', 'resolutionMinutes'],
    ]);
    const set = await ok(p, UPDATE, { i: { firstResponseMinutes: 240, replyMinutes: 600, resolutionMinutes: 9600 } }, op.token);
    expect(set.sla).toEqual({ firstResponseMinutes: 240, replyMinutes: 600, resolutionMinutes: 9600, builtIn: false });
    const [entry] = await p.sql<{ detail: Record<string, unknown> }>(
      `select detail from audit_log where operation = 'docking.slaDefault.update' order by id desc limit 1`,
    );
    expect(entry!.detail).toEqual({
      before: { firstResponseMinutes: 120, replyMinutes: 480, resolutionMinutes: 7200 },
      after: { firstResponseMinutes: 240, replyMinutes: 600, resolutionMinutes: 9600 },
    });

    const near = (a: string, b: Date) => expect(Math.abs(new Date(a).getTime() - b.getTime())).toBeLessThan(5000);
    // An institution without settings: the new defaults.
    const d = await submit(ent);
    near(d!.firstResponseDue!, addWorkingMinutes(new Date(d!.createdAt), 240));
    near(d!.resolutionDue!, addWorkingMinutes(new Date(d!.createdAt), 9600));
    // An institution with its own first-response clock keeps it; the clocks it left empty follow the new default.
    const own = await approvedInstitution(p, op);
    await ok(
      p,
      graphql(`
        mutation DockingSlaInstitutionDockingSettingsUpdate4($i: InstitutionDockingSettingsInput!) {
          institutionDockingSettingsUpdate(input: $i) {
            settings {
              firstResponseMinutes
            }
            errors {
              ...TestUserError
            }
          }
        }
      `),
      { i: { firstResponseMinutes: 60 } },
      own.token,
    );
    const settings = (
      await gql(
        p,
        graphql(`
          query DockingSlaMyDockingSettings {
            myDockingSettings {
              firstResponseMinutes
              replyMinutes
              resolutionMinutes
            }
          }
        `),
        {},
        { token: own.token },
      )
    ).data.myDockingSettings;
    expect(settings).toEqual({ firstResponseMinutes: 60, replyMinutes: 600, resolutionMinutes: 9600 });
    const ownProduct = await listedProduct(p, own, op);
    const d2 = (await ok(p, SUBMIT, { i: { productId: ownProduct, needs: '咨询' } }, (await enterpriseOwner(p)).token)).docking;
    near(d2!.firstResponseDue!, addWorkingMinutes(new Date(d2!.createdAt), 60));
    near(d2!.resolutionDue!, addWorkingMinutes(new Date(d2!.createdAt), 9600));

    // Restoring the built-in defaults removes the operators' setting (audited with the values before); operators only.
    const RESET = graphql(`
      mutation DockingSlaPlatformDockingSlaReset {
        platformDockingSlaReset {
          sla {
            firstResponseMinutes
            replyMinutes
            resolutionMinutes
            builtIn
            updatedAt
          }
          errors {
            ...TestUserError
          }
        }
      }
    `);
    const resets = () => p.sql<{ detail: Record<string, unknown> }>(`select detail from audit_log where operation = 'docking.slaDefault.reset' order by id`);
    const reviewer = await staff(p, ['REVIEWER'], '审核人');
    for (const token of [reviewer.token, ent.token]) expect((await gql(p, RESET, {}, { token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(p, SLA, {}, { token: reviewer.token })).data.platformDockingSla.builtIn).toBe(false);
    expect(await resets()).toEqual([]);
    const reset = await ok(p, RESET, {}, op.token);
    expect(reset.sla).toEqual({ firstResponseMinutes: 120, replyMinutes: 480, resolutionMinutes: 7200, builtIn: true, updatedAt: null });
    expect((await gql(p, SLA, {}, { token: reviewer.token })).data.platformDockingSla).toEqual(reset.sla);
    expect((await resets()).map((r) => r.detail)).toEqual([
      {
        before: { firstResponseMinutes: 240, replyMinutes: 600, resolutionMinutes: 9600 },
        after: { firstResponseMinutes: 120, replyMinutes: 480, resolutionMinutes: 7200 },
      },
    ]);
    // New dockings use the built-in clocks again; the institution's own first-response clock still wins.
    const d3 = await submit(await enterpriseOwner(p));
    near(d3!.firstResponseDue!, addWorkingMinutes(new Date(d3!.createdAt), 120));
    near(d3!.resolutionDue!, addWorkingMinutes(new Date(d3!.createdAt), 7200));
    expect(
      (
        await gql(
          p,
          graphql(`
            query DockingSlaMyDockingSettings2 {
              myDockingSettings {
                firstResponseMinutes
                replyMinutes
                resolutionMinutes
              }
            }
          `),
          {},
          { token: own.token },
        )
      ).data.myDockingSettings,
    ).toEqual({ firstResponseMinutes: 60, replyMinutes: 480, resolutionMinutes: 7200 });
    // Resetting again while built-in is a success that changes and audits nothing.
    expect((await ok(p, RESET, {}, op.token)).sla).toEqual(reset.sla);
    expect(await resets()).toHaveLength(1);
  });
});
