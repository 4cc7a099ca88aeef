import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate, chinaInstant } from '../../server/common/china-time.js';
import { call, gql } from '../setup/client.js';
import { startSecondInstance, startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { signUp, type TestAccount } from '../factories/accounts.js';
import { PNG_1X1, approvedInstitution, listedProduct, ok, operator, settle, subscribe, type TestInstitution } from '../factories/docking.js';
import { NotificationKind } from '../../server/modules/notification/index.js';
import { graphql } from '../gql/index.js';

/** An in-process SMTP server that keeps what it accepts and can refuse the next messages with a 451. */
interface Mail {
  to: string[];
  raw: string;
}
async function startSmtp() {
  const received: Mail[] = [];
  // Refusals per recipient, so mail still pending from another test never uses up this test's refusals.
  const state = { refuse: new Map<string, number>() };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    disableReverseLookup: true,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        const left = to.reduce((n, a) => n + (state.refuse.get(a) ?? 0), 0);
        if (left > 0) {
          for (const a of to) if (state.refuse.get(a)) state.refuse.set(a, state.refuse.get(a)! - 1);
          return callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
        }
        received.push({ to, raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { received, state, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** Decodes MIME encoded-words (=?UTF-8?B?…?= / ?Q?) in a header value. */
function decodeHeader(v: string): string {
  return v.replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
}
function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? decodeHeader(line.slice(name.length + 1).trim()) : '';
}
/** The message's text with quoted-printable and base64 parts decoded (enough to read the Chinese body and the link). */
function bodyText(raw: string): string {
  const parts = raw.split(/\r?\n--/);
  return parts
    .map((part) => {
      const [head, ...rest] = part.split(/\r?\n\r?\n/);
      const body = rest.join('\n\n');
      if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
      if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
        const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
        return Buffer.from(bytes, 'latin1').toString('utf8');
      }
      return body;
    })
    .join('\n');
}

const NOTIFS = graphql(`
  query NotificationMyNotifications($first: Int, $unreadOnly: Boolean, $kind: NotificationKind) {
    myNotifications(first: $first, unreadOnly: $unreadOnly, kind: $kind) {
      totalCount
      nodes {
        id
        kind
        title
        body
        link
        readAt
        deliveries {
          channel
          status
          attempts
          reason
        }
      }
    }
  }
`);
const UNREAD = graphql(`
  query NotificationMyUnreadNotificationCount {
    myUnreadNotificationCount
  }
`);
const PREFS_UPDATE = graphql(`
  mutation NotificationMyNotificationPreferencesUpdate($i: NotificationPreferencesInput!) {
    myNotificationPreferencesUpdate(input: $i) {
      preferences {
        quietStart
        quietEnd
        emailDailyCap
        kinds {
          kind
          email
          sms
        }
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const MESSAGE = graphql(`
  mutation NotificationDockingMessageSend($i: DockingMessageInput!) {
    dockingMessageSend(input: $i) {
      docking {
        id
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const SUBMIT = graphql(`
  mutation NotificationDockingSubmit($i: DockingSubmitInput!) {
    dockingSubmit(input: $i) {
      docking {
        id
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const DELIVERIES = graphql(`
  query NotificationNotificationDeliveries($status: DeliveryStatus) {
    notificationDeliveries(first: 100, status: $status) {
      totalCount
      nodes {
        id
        notificationId
        channel
        status
        attempts
        reason
        address
      }
    }
  }
`);

const PUBLIC_URL = 'https://qifu.example.gov.cn';
const savedEnv = { smtp: process.env.QIFU_SMTP_URL, pub: process.env.QIFU_PUBLIC_URL };
const restoreEnv = () => {
  if (savedEnv.smtp === undefined) delete process.env.QIFU_SMTP_URL;
  else process.env.QIFU_SMTP_URL = savedEnv.smtp;
  if (savedEnv.pub === undefined) delete process.env.QIFU_PUBLIC_URL;
  else process.env.QIFU_PUBLIC_URL = savedEnv.pub;
};

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let p: TestPlatform;
let op: TestAccount;
let inst: TestInstitution;
let productId: string;
let mailbox = 0;

/** An enterprise owner with an e-mail address and no quiet hours (so the test does not depend on the time of day). */
async function reachableEnterprise(): Promise<TestAccount & { email: string }> {
  const ent = await enterpriseOwner(p);
  const email = `owner${++mailbox}-${ent.mobile}@example.com`;
  await p.sql(`update account set email = $1 where mobile = $2`, [email, ent.mobile]);
  const r = await call(p, PREFS_UPDATE, { i: { quietStart: '00:00', quietEnd: '00:00' } }, ent.token);
  expect(r.errors).toEqual([]);
  return { ...ent, email };
}

async function dockingWith(ent: TestAccount): Promise<string> {
  return (await ok(p, SUBMIT, { i: { productId, needs: '需要专利布局咨询' } }, ent.token)).docking!.id;
}

const mailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address));

/** A published activity of the institution, starting in three days, with `capacity` seats. */
async function publishedActivity(name: string, capacity: number): Promise<string> {
  const start = new Date(p.clock.now().getTime() + 3 * 86_400_000);
  const created = await ok(
    p,
    graphql(`
      mutation NotificationActivityCreate($i: ActivityCreateInput!) {
        activityCreate(input: $i) {
          activity {
            id
          }
          errors {
            ...TestUserError
          }
        }
      }
    `),
    {
      i: {
        name,
        column: 'TECHNOLOGY',
        logo: { base64: PNG_1X1 },
        content: '解读申报条件。',
        agenda: [{ startsAt: start.toISOString(), title: '政策解读', speaker: '张华' }],
        participants: '中小企业负责人',
        organisers: ['安徽省中小企业服务中心'],
        placeAddress: '合肥市蜀山区黄山路1号',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
        registrationMethod: 'PLATFORM',
        registrationDeadline: new Date(start.getTime() - 86_400_000).toISOString(),
        capacity,
        contactName: '陈静',
        contactPhone: '0551-62345678',
        targetAudience: '省内中小企业',
      },
    },
    inst.token,
  );
  const activityId: string = created.activity!.id;
  await ok(
    p,
    graphql(`
      mutation NotificationActivityReview($i: ActivityReviewInput!) {
        activityReview(input: $i) {
          activity {
            id
          }
          errors {
            ...TestUserError
          }
        }
      }
    `),
    { i: { activityId, decision: 'APPROVE' } },
    op.token,
  );
  return activityId;
}

describe('notification centre (M1–M4, P5, B3; issue 17)', () => {
  beforeAll(async () => {
    smtp = await startSmtp();
    process.env.QIFU_SMTP_URL = smtp.url;
    process.env.QIFU_PUBLIC_URL = PUBLIC_URL;
    p = await startTestPlatform();
    op = await operator(p);
    inst = await approvedInstitution(p, op);
    productId = await listedProduct(p, inst, op);
  });
  afterAll(async () => {
    await p?.stop();
    await smtp?.close();
    restoreEnv();
  });

  it('e-mails the enterprise the Chinese notice of an institution’s reply, with recipient, subject and link (real SMTP)', async () => {
    const ent = await reachableEnterprise();
    const dockingId = await dockingWith(ent);
    await ok(p, MESSAGE, { i: { dockingId, body: '您好，请提供企业现有专利清单' } }, inst.token);
    await p.jobs.runDue();

    const mails = mailsTo(ent.email);
    expect(mails).toHaveLength(1);
    const link = `${PUBLIC_URL}/my/dockings/${encodeURIComponent(dockingId)}`;
    expect(header(mails[0].raw, 'Subject')).toBe('【企服平台】服务机构回复了您的服务对接');
    expect(header(mails[0].raw, 'To')).toBe(ent.email);
    expect(header(mails[0].raw, 'List-Unsubscribe')).toMatch(/^<https:\/\/qifu\.example\.gov\.cn\/notifications\/unsubscribe\?token=/);
    const text = bodyText(mails[0].raw);
    expect(text).toContain('您好，请提供企业现有专利清单');
    expect(text).toContain(`查看详情：${link}`);
    expect(text).toContain(`<a href="${link}">查看详情</a>`);

    const mine = (await gql(p, NOTIFS, { kind: 'DOCKING_MESSAGE' }, { token: ent.token })).data.myNotifications;
    expect(mine.nodes).toEqual([
      expect.objectContaining({
        kind: 'DOCKING_MESSAGE',
        title: '服务机构回复了您的服务对接',
        link: `/my/dockings/${encodeURIComponent(dockingId)}`,
        readAt: null,
        deliveries: [expect.objectContaining({ channel: 'EMAIL', status: 'SENT', attempts: 1 })],
      }),
    ]);
  });

  it('sends exactly one e-mail when SMTP refuses twice and then accepts (durable retries with back-off)', async () => {
    const ent = await reachableEnterprise();
    const dockingId = await dockingWith(ent);
    smtp.state.refuse.set(ent.email, 2);
    await ok(p, MESSAGE, { i: { dockingId, body: '第二次答复' } }, inst.token);
    await p.jobs.runDue();
    expect(mailsTo(ent.email)).toHaveLength(0);
    let [n] = (await gql(p, NOTIFS, { kind: 'DOCKING_MESSAGE' }, { token: ent.token })).data.myNotifications.nodes;
    expect(n.deliveries[0]).toMatchObject({ status: 'QUEUED', attempts: 1, reason: expect.stringContaining('451') });
    p.clock.advance(2 * 60_000);
    await p.jobs.runDue();
    expect(mailsTo(ent.email)).toHaveLength(0);
    p.clock.advance(4 * 60_000);
    await p.jobs.runDue();
    p.clock.advance(60 * 60_000);
    await p.jobs.runDue(); // nothing left to send: still one
    expect(mailsTo(ent.email)).toHaveLength(1);
    [n] = (await gql(p, NOTIFS, { kind: 'DOCKING_MESSAGE' }, { token: ent.token })).data.myNotifications.nodes;
    expect(n.deliveries[0]).toMatchObject({ status: 'SENT', attempts: 3, reason: null });
  });

  it('dead-letters a delivery after the last retry, shows it to operators with its reason, and an operator can send it again', async () => {
    const ent = await reachableEnterprise();
    const dockingId = await dockingWith(ent);
    smtp.state.refuse.set(ent.email, 5);
    await ok(p, MESSAGE, { i: { dockingId, body: '请查收附件' } }, inst.token);
    for (let i = 0; i < 6; i++) {
      await p.jobs.runDue();
      p.clock.advance(20 * 60_000);
    }
    expect(mailsTo(ent.email)).toHaveLength(0);
    const [n] = (await gql(p, NOTIFS, { kind: 'DOCKING_MESSAGE' }, { token: ent.token })).data.myNotifications.nodes;
    expect(n.deliveries[0]).toMatchObject({ status: 'DEAD', attempts: 5 });
    // operators only
    expect((await gql(p, DELIVERIES, { status: 'DEAD' }, { token: ent.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const dead = (await gql(p, DELIVERIES, { status: 'DEAD' }, { token: op.token })).data.notificationDeliveries.nodes;
    const row = dead.find((d) => d.notificationId === n.id);
    expect(row).toMatchObject({
      channel: 'EMAIL',
      status: 'DEAD',
      reason: expect.stringContaining('451'),
      address: expect.stringMatching(/^o\*\*\*@example\.com$/),
    });
    const retried = await call(
      p,
      graphql(`
        mutation NotificationNotificationDeliveryRetry($id: ID!) {
          notificationDeliveryRetry(id: $id) {
            delivery {
              status
            }
            errors {
              ...TestUserError
            }
          }
        }
      `),
      { id: row!.id },
      op.token,
    );
    expect(retried).toMatchObject({ errors: [], delivery: { status: 'QUEUED' } });
    await p.jobs.runDue();
    expect(mailsTo(ent.email)).toHaveLength(1);
  });

  it('never sends the same notification twice from two instances, even with duplicated delivery jobs', async () => {
    const p2 = await startSecondInstance(p);
    try {
      const people: (TestAccount & { email: string })[] = [];
      for (let i = 0; i < 6; i++) people.push(await reachableEnterprise());
      const ids = (await p.sql<{ id: string }>(`select id::text from account where mobile = any($1)`, [people.map((x) => x.mobile)])).map((r) => r.id);
      // A feature's notify() inside its transaction (the public API of the centre for features)
      await p.orm.em
        .fork()
        .transactional((em) =>
          p.services.notifications.notify(em, { accountIds: ids, kind: NotificationKind.SYSTEM, title: '平台维护通知', body: '今晚维护', link: '/help' }),
        );
      const deliveries = await p.sql<{ id: string }>(
        `select d.id::text from account_notification_delivery d join account_notification n on n.id = d.notification_id where n.title = '平台维护通知' and d.status = 'QUEUED'`,
      );
      expect(deliveries).toHaveLength(6);
      // the same deliveries queued again on both instances, as a duplicated or replayed job would be
      const em2 = p2.orm.em.fork();
      for (const d of deliveries) await p2.jobs.enqueue(em2, 'notification.deliver', { ids: [d.id] }, { dedupeKey: `dup:${d.id}` });
      await Promise.all([p.jobs.runDue(), p2.jobs.runDue(), p.jobs.runDue(), p2.jobs.runDue()]);
      for (const person of people) expect(mailsTo(person.email).filter((m) => header(m.raw, 'Subject').includes('平台维护通知'))).toHaveLength(1);
    } finally {
      await p2.stop();
    }
  });

  it('lists, counts and marks notifications read (one, then all) for their recipient only', async () => {
    const ent = await reachableEnterprise();
    const dockingId = await dockingWith(ent);
    await ok(p, MESSAGE, { i: { dockingId, body: '一' } }, inst.token);
    await ok(p, MESSAGE, { i: { dockingId, body: '二' } }, inst.token);
    expect((await gql(p, UNREAD, {}, { token: ent.token })).data.myUnreadNotificationCount).toBe(2);
    const nodes = (await gql(p, NOTIFS, { first: 10 }, { token: ent.token })).data.myNotifications.nodes;
    const other = await signUp(p);
    const MARK = graphql(`
      mutation NotificationMyNotificationsMarkRead($i: NotificationsMarkReadInput!) {
        myNotificationsMarkRead(input: $i) {
          unreadCount
          errors {
            ...TestUserError
          }
        }
      }
    `);
    expect((await call(p, MARK, { i: { ids: [nodes[0].id] } }, other.token)).errors[0].code).toBe('NOT_FOUND');
    expect(await call(p, MARK, { i: { ids: [nodes[0].id] } }, ent.token)).toEqual({ unreadCount: 1, errors: [] });
    expect((await gql(p, NOTIFS, { unreadOnly: true }, { token: ent.token })).data.myNotifications.totalCount).toBe(1);
    expect(
      await call(
        p,
        graphql(`
          mutation NotificationMyNotificationsMarkAllRead {
            myNotificationsMarkAllRead {
              unreadCount
              errors {
                ...TestUserError
              }
            }
          }
        `),
        {},
        ent.token,
      ),
    ).toEqual({ unreadCount: 0, errors: [] });
    expect((await gql(p, UNREAD)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('tells a promoted waitlister, live (badge count over graphql-ws) and in 我的消息', async () => {
    const ent = await reachableEnterprise();
    const activityId = await publishedActivity('专精特新企业申报辅导会', 1);
    const REGISTER = graphql(`
      mutation NotificationActivityRegister($i: ActivityRefInput!) {
        activityRegister(input: $i) {
          registration {
            id
            status
          }
          errors {
            ...TestUserError
          }
        }
      }
    `);
    const first = await signUp(p);
    const seat = await ok(p, REGISTER, { i: { activityId } }, first.token);
    expect((await ok(p, REGISTER, { i: { activityId } }, ent.token)).registration!.status).toBe('WAITLISTED');

    const live = await subscribe(
      p.wsUrl,
      ent.token,
      graphql(`
        subscription NotificationMyUnreadNotificationCountChanged {
          myUnreadNotificationCountChanged
        }
      `),
    );
    const before = (await gql(p, UNREAD, {}, { token: ent.token })).data.myUnreadNotificationCount;
    await ok(
      p,
      graphql(`
        mutation NotificationActivityRegistrationCancel($i: RegistrationRefInput!) {
          activityRegistrationCancel(input: $i) {
            registration {
              status
            }
            errors {
              ...TestUserError
            }
          }
        }
      `),
      { i: { registrationId: seat.registration!.id } },
      first.token,
    );
    const [count] = await live.waitFor(1);
    expect(count.myUnreadNotificationCountChanged).toBe(before + 1);
    await live.close();
    const [n] = (await gql(p, NOTIFS, { kind: 'WAITLIST_PROMOTED' }, { token: ent.token })).data.myNotifications.nodes;
    expect(n).toMatchObject({ title: '候补成功：您已获得活动“专精特新企业申报辅导会”的参加名额', link: `/activities/${encodeURIComponent(activityId)}` });
    await p.jobs.runDue();
    expect(mailsTo(ent.email).map((m) => header(m.raw, 'Subject'))).toContain('【企服平台】候补成功：您已获得活动“专精特新企业申报辅导会”的参加名额');
  });

  it('reminds the registered attendees the day before, once, and not the waitlisted', async () => {
    const ent = await reachableEnterprise();
    const activityId = await publishedActivity('数字化转型现场观摩会', 1);
    const REGISTER = graphql(`
      mutation NotificationActivityRegister2($i: ActivityRefInput!) {
        activityRegister(input: $i) {
          registration {
            status
          }
          errors {
            ...TestUserError
          }
        }
      }
    `);
    expect((await ok(p, REGISTER, { i: { activityId } }, ent.token)).registration!.status).toBe('REGISTERED');
    const late = await signUp(p);
    expect((await ok(p, REGISTER, { i: { activityId } }, late.token)).registration!.status).toBe('WAITLISTED');
    const reminders = async (token: string) => (await gql(p, NOTIFS, { kind: 'ACTIVITY_REMINDER' }, { token })).data.myNotifications.nodes;
    await p.jobs.runDue();
    expect(await reminders(ent.token)).toEqual([]);
    p.clock.advance(2 * 86_400_000 + 60_000);
    await p.jobs.runDue();
    await p.jobs.runDue();
    const [n] = await reminders(ent.token);
    expect(n.title).toMatch(/^活动提醒：“数字化转型现场观摩会”将于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 开始$/);
    expect(n.link).toBe(`/activities/${encodeURIComponent(activityId)}`);
    expect(await reminders(ent.token)).toHaveLength(1);
    expect(await reminders(late.token)).toEqual([]);
  });

  it('turns a channel off per kind and lets a one-click unsubscribe link do it without login', async () => {
    const ent = await reachableEnterprise();
    const r = await call(p, PREFS_UPDATE, { i: { channels: [{ kind: 'DOCKING_MESSAGE', channel: 'EMAIL', enabled: false }] } }, ent.token);
    expect(r.preferences!.kinds.find((k) => k.kind === 'DOCKING_MESSAGE')).toEqual({ kind: 'DOCKING_MESSAGE', email: false, sms: false });
    expect((await call(p, PREFS_UPDATE, { i: { quietStart: '25:00' } }, ent.token)).errors[0]).toMatchObject({ code: 'INVALID', field: 'quietStart' });
    expect((await call(p, PREFS_UPDATE, { i: { channels: [{ kind: 'SYSTEM', channel: 'IN_APP', enabled: false }] } }, ent.token)).errors[0].code).toBe(
      'INVALID',
    );
    const dockingId = await dockingWith(ent);
    await ok(p, MESSAGE, { i: { dockingId, body: '不发邮件' } }, inst.token);
    await p.jobs.runDue();
    expect(mailsTo(ent.email)).toHaveLength(0);
    const [n] = (await gql(p, NOTIFS, { kind: 'DOCKING_MESSAGE' }, { token: ent.token })).data.myNotifications.nodes;
    expect(n.deliveries).toEqual([]);

    const [acc] = await p.sql<{ id: string }>(`select id::text from account where mobile = $1`, [ent.mobile]);
    const token = p.services.notifications.unsubscribeToken(acc.id, NotificationKind.DOCKING_STATUS);
    const UNSUB = graphql(`
      mutation NotificationNotificationUnsubscribe($t: String!) {
        notificationUnsubscribe(token: $t) {
          kind
          errors {
            ...TestUserError
          }
        }
      }
    `);
    expect(await call(p, UNSUB, { t: token })).toEqual({ kind: 'DOCKING_STATUS', errors: [] });
    expect((await call(p, UNSUB, { t: token.slice(0, -2) + 'xx' })).errors[0].code).toBe('INVALID');
  });
});

describe('quiet hours (M2; issue 17)', () => {
  let q: TestPlatform;
  beforeAll(async () => {
    smtp = await startSmtp();
    process.env.QIFU_SMTP_URL = smtp.url;
    process.env.QIFU_PUBLIC_URL = PUBLIC_URL;
    q = await startTestPlatform();
  });
  afterAll(async () => {
    await q?.stop();
    await smtp?.close();
    restoreEnv();
  });

  it('holds a non-urgent e-mail made at 23:00 China time until 08:00; an urgent one goes at once', async () => {
    const person = await signUp(q);
    await q.sql(`update account set email = 'night@example.com' where mobile = $1`, [person.mobile]);
    const [acc] = await q.sql<{ id: string }>(`select id::text from account where mobile = $1`, [person.mobile]);
    // move the platform's clock to the next 23:00 in China
    const now = q.clock.now();
    let night = chinaInstant(chinaDate(now), '23:00:00');
    if (night.getTime() <= now.getTime()) night = new Date(night.getTime() + 86_400_000);
    q.clock.advance(night.getTime() - now.getTime());
    await q.orm.em.fork().transactional(async (em) => {
      await q.services.notifications.notify(em, {
        accountIds: [acc.id],
        kind: NotificationKind.DOCKING_REMINDER,
        title: '对接事项回复时限即将到期',
        link: '/help',
      });
      await q.services.notifications.notify(em, {
        accountIds: [acc.id],
        kind: NotificationKind.DOCKING_ESCALATION,
        title: '紧急：对接已升级督办',
        link: '/help',
        urgent: true,
      });
    });
    await q.jobs.runDue();
    const subjects = () => smtp.received.map((m) => header(m.raw, 'Subject'));
    expect(subjects()).toEqual(['【企服平台】紧急：对接已升级督办']);
    const [waiting] = (await gql(q, NOTIFS, { kind: 'DOCKING_REMINDER' }, { token: person.token })).data.myNotifications.nodes;
    expect(waiting.deliveries.find((d) => d.channel === 'EMAIL')).toMatchObject({ status: 'QUEUED', reason: '免打扰时段，将于结束后发送' });

    q.clock.advance(8 * 3_600_000); // 07:00
    await q.jobs.runDue();
    expect(subjects()).toHaveLength(1);
    q.clock.advance(3_600_000 + 60_000); // 08:01
    await q.jobs.runDue();
    expect(subjects()).toEqual(['【企服平台】紧急：对接已升级督办', '【企服平台】对接事项回复时限即将到期']);
    await settle(0);
  });
});
