import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodOf } from '../../server/modules/policy/digest.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { editors, publishedPolicy, type Editors } from '../factories/policies.js';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';

/** Daily and weekly digests (P5, B4) driven by the platform clock: one per subscriber per period, never twice; unsubscribing from the message works. */

let p: TestPlatform;
let e: Editors;
const HOUR = 3_600_000;
const SUBSCRIBE = `mutation($i: PolicySubscriptionCreateInput!) { policySubscriptionCreate(input: $i) { subscription { id frequency } errors { code field message } } }`;

/** Moves the platform clock to `at` (never backwards). */
function moveTo(at: Date) {
  const delta = at.getTime() - p.clock.now().getTime();
  expect(delta).toBeGreaterThanOrEqual(0);
  p.clock.advance(delta);
}

async function publish(title: string) {
  await publishedPolicy(p, e, { title, hotWords: [], tags: ['数字化转型'] });
  await p.jobs.runDue();
}

const digests = (name: string) =>
  p.sql<{ channel: string; status: string; notification_count: number; message: string; period_start: Date }>(
    `select d.channel, d.status, d.notification_count, d.message, d.period_start from policy_digest d join policy_subscription s on s.id = d.subscription_id
      where s.name = $1 order by d.period_start, d.channel`,
    [name],
  );

beforeAll(async () => {
  p = await startTestPlatform();
  e = await editors(p);
});
afterAll(async () => {
  await p?.stop();
});

describe('policy digests', () => {
  it('periods are China-time days and Monday-start weeks', () => {
    const at = new Date('2026-11-26T17:30:00Z'); // Friday 01:30 in China
    expect(periodOf(at, 'DAILY')).toEqual({ start: new Date('2026-11-26T16:00:00Z'), end: new Date('2026-11-27T16:00:00Z') });
    expect(periodOf(at, 'WEEKLY')).toEqual({ start: new Date('2026-11-22T16:00:00Z'), end: new Date('2026-11-29T16:00:00Z') });
  });

  it('sends one daily and one weekly digest per period through the outbox, never twice, and stops after unsubscribing', async () => {
    const monday = periodOf(p.clock.now(), 'WEEKLY').end; // next Monday 00:00 China time
    moveTo(new Date(monday.getTime() + 2 * HOUR));
    const daily = await enterpriseOwner(p);
    const weekly = await enterpriseOwner(p);
    const immediate = await enterpriseOwner(p);
    const d = await gql(p, SUBSCRIBE, { i: { name: '数字化日报', keywords: ['数字化'], channels: ['EMAIL'], email: 'daily@example.cn', frequency: 'DAILY' } }, { token: daily.token });
    expect(d.data.policySubscriptionCreate).toMatchObject({ subscription: { frequency: 'DAILY' }, errors: [] });
    await gql(p, SUBSCRIBE, { i: { name: '数字化周报', keywords: ['数字化'], channels: ['SMS'], mobile: '13955551111', frequency: 'WEEKLY' } }, { token: weekly.token });
    await gql(p, SUBSCRIBE, { i: { name: '数字化即时', keywords: ['数字化'], channels: ['EMAIL'], email: 'now@example.cn' } }, { token: immediate.token });
    const bad = await gql(p, SUBSCRIBE, { i: { name: '无渠道摘要', frequency: 'DAILY' } }, { token: daily.token });
    expect(bad.data.policySubscriptionCreate.errors).toEqual([{ code: 'REQUIRED', field: 'channels', message: '选择每日或每周摘要时请选择邮件或短信推送' }]);

    // Monday: two policies; the inbox gets them at once, e-mail only for the immediate subscriber
    await publish('关于推进中小企业数字化转型的实施意见');
    p.clock.advance(3 * HOUR);
    await publish('2026年度数字化车间认定申报通知');
    const [{ n: immediateMails }] = await p.sql<{ n: number }>(
      `select count(*)::int as n from notification_delivery d join notification n on n.id = d.notification_id join policy_subscription s on s.id = n.subscription_id where s.name = $1`,
      ['数字化即时'],
    );
    expect(immediateMails).toBe(2);
    const [{ n: digestMails }] = await p.sql<{ n: number }>(
      `select count(*)::int as n from notification_delivery d join notification n on n.id = d.notification_id join policy_subscription s on s.id = n.subscription_id where s.frequency <> 'IMMEDIATE'`,
    );
    expect(digestMails).toBe(0);
    expect(await digests('数字化日报')).toEqual([]);

    // Tuesday 00:05: Monday's daily digest, both policies, sent; running again or a duplicated job changes nothing
    moveTo(new Date(monday.getTime() + 24 * HOUR + 5 * 60_000));
    await p.jobs.runDue();
    let day = await digests('数字化日报');
    expect(day.map((x) => [x.channel, x.status, x.notification_count])).toEqual([['EMAIL', 'SENT', 2]]);
    expect(day[0].message).toContain('1. 关于推进中小企业数字化转型的实施意见');
    expect(day[0].message).toContain('2. 2026年度数字化车间认定申报通知');
    expect(day[0].period_start.toISOString()).toBe(monday.toISOString());
    await p.jobs.runDue();
    await p.sql(`insert into job (queue, payload, run_at) select queue, payload, run_at from job where queue = 'policy.digest' and done_at is not null and payload->>'periodStart' = $1`, [monday.toISOString()]);
    await p.jobs.runDue();
    expect((await digests('数字化日报')).length).toBe(1);
    expect(await digests('数字化周报')).toEqual([]);

    // Tuesday is quiet (no digest); Wednesday one policy → Thursday's run sends a digest of one
    moveTo(new Date(monday.getTime() + 2 * 24 * HOUR + 10 * HOUR));
    await publish('数字化服务商遴选结果公示');
    moveTo(new Date(monday.getTime() + 3 * 24 * HOUR + 60_000));
    await p.jobs.runDue();
    day = await digests('数字化日报');
    expect(day.map((x) => [x.period_start.toISOString(), x.notification_count])).toEqual([
      [monday.toISOString(), 2],
      [new Date(monday.getTime() + 2 * 24 * HOUR).toISOString(), 1],
    ]);

    // unsubscribe from the link in the digest: no more notifications or digests for it
    const token = /token=([\w-]+)/.exec(day[0].message)![1];
    const unsub = await gql(p, `mutation($i: PolicyUnsubscribeInput!) { policySubscriptionUnsubscribe(input: $i) { errors { code } } }`, { i: { token } });
    expect(unsub.data.policySubscriptionUnsubscribe.errors).toEqual([]);
    p.clock.advance(10 * HOUR);
    await publish('数字化转型专项资金管理办法');
    moveTo(new Date(monday.getTime() + 5 * 24 * HOUR));
    await p.jobs.runDue();
    expect((await digests('数字化日报')).length).toBe(2);

    // next Monday 00:01: one weekly digest by SMS with the week's four policies
    moveTo(new Date(monday.getTime() + 7 * 24 * HOUR + 60_000));
    await p.jobs.runDue();
    const week = await digests('数字化周报');
    expect(week.map((x) => [x.channel, x.status, x.notification_count, x.period_start.toISOString()])).toEqual([['SMS', 'SENT', 4, monday.toISOString()]]);
    expect(week[0].message.split('\n')[0]).toBe('每周政策摘要：4条新政策');
    await p.jobs.runDue();
    expect((await digests('数字化周报')).length).toBe(1);
  }, 120_000);
});
