import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodOf, STRAGGLER_LOOKBACK } from '../../server/modules/policy/subscription/digest.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { editors, publishedPolicy, type Editors } from '../factories/policies.js';
import { fromGlobalId } from '../../server/common/ids.js';
import { gql } from '../setup/client.js';
import { graphql } from '../gql/index.js';
import type { PolicySubscriptionCreateInput, SubscriptionFrequency } from '../gql/graphql.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';

/** Daily and weekly digests (P5, B4) driven by the platform clock: one per subscriber per period, never twice; unsubscribing from the message works. */

let p: TestPlatform;
let e: Editors;
const HOUR = 3_600_000;
const SUBSCRIBE = graphql(`
  mutation PolicyDigestSubscribe($i: PolicySubscriptionCreateInput!) {
    policySubscriptionCreate(input: $i) {
      subscription {
        id
        frequency
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation PolicyDigestSubscriptionUpdate($i: PolicySubscriptionUpdateInput!) {
    policySubscriptionUpdate(input: $i) {
      subscription {
        id
        frequency
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const UNSUBSCRIBE = graphql(`
  mutation PolicyDigestUnsubscribe($i: PolicyUnsubscribeInput!) {
    policySubscriptionUnsubscribe(input: $i) {
      errors {
        code
      }
    }
  }
`);

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
      where s.name = $1 order by d.period_start, d.period_end, d.channel`,
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
    const d = await gql(
      p,
      SUBSCRIBE,
      { i: { name: '数字化日报', keywords: ['数字化'], channels: ['EMAIL'], email: 'daily@example.cn', frequency: 'DAILY' } },
      { token: daily.token },
    );
    expect(d.data.policySubscriptionCreate).toMatchObject({ subscription: { frequency: 'DAILY' }, errors: [] });
    await gql(
      p,
      SUBSCRIBE,
      { i: { name: '数字化周报', keywords: ['数字化'], channels: ['SMS'], mobile: '13955551111', frequency: 'WEEKLY' } },
      { token: weekly.token },
    );
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
    await p.sql(
      `insert into job (queue, payload, run_at) select queue, payload, run_at from job where queue = 'policy.digest' and done_at is not null and payload->>'periodStart' = $1`,
      [monday.toISOString()],
    );
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
    const unsub = await gql(p, UNSUBSCRIBE, { i: { token } });
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

  it('sends each policy to a subscription once per channel while its frequency changes (IMMEDIATE → DAILY → WEEKLY → DAILY → IMMEDIATE)', async () => {
    const monday = periodOf(p.clock.now(), 'WEEKLY').end; // a fresh week, Monday 00:00 China time
    const at = (days: number, hours: number) => moveTo(new Date(monday.getTime() + days * 24 * HOUR + hours * HOUR));
    const owner = await enterpriseOwner(p);
    const fields: PolicySubscriptionCreateInput = { name: '低空经济', keywords: ['低空经济'], channels: ['EMAIL'], email: 'sky@example.cn' };
    at(0, 2);
    const created = await gql(p, SUBSCRIBE, { i: fields }, { token: owner.token });
    expect(created.data.policySubscriptionCreate).toMatchObject({ subscription: { frequency: 'IMMEDIATE' }, errors: [] });
    const subscriptionId = created.data.policySubscriptionCreate.subscription!.id;
    const switchTo = async (frequency: SubscriptionFrequency) => {
      const res = await gql(p, UPDATE, { i: { ...fields, subscriptionId, frequency } }, { token: owner.token });
      expect(res.data.policySubscriptionUpdate).toEqual({ subscription: { id: subscriptionId, frequency }, errors: [] });
    };

    // Monday: A is e-mailed at once; after switching to DAILY, B waits for the digest, which leaves A out
    at(0, 3);
    await publish('关于促进低空经济高质量发展的若干措施（甲）');
    at(0, 4);
    await switchTo('DAILY');
    at(0, 5);
    await publish('低空经济产业园入园企业申报通知（乙）');
    at(1, 0.1);
    await p.jobs.runDue();
    let sent = await digests('低空经济');
    expect(sent.map((x) => [x.channel, x.status, x.notification_count])).toEqual([['EMAIL', 'SENT', 1]]);
    expect(sent[0].message).toContain('1. 低空经济产业园入园企业申报通知（乙）');
    expect(sent[0].message).not.toContain('（甲）');
    // a re-run or a duplicated job of the same period sends nothing more
    await p.sql(
      `insert into job (queue, payload, run_at) select queue, payload, run_at from job where queue = 'policy.digest' and payload->>'subscriptionId' = $1 and payload->>'periodStart' = $2`,
      [fromGlobalId(subscriptionId, 'PolicySubscription'), monday.toISOString()],
    );
    await p.jobs.runDue();
    expect((await digests('低空经济')).length).toBe(1);

    // Tuesday: C under DAILY, then WEEKLY, then D; the day's digest still goes out with both, and the week's leaves them out
    at(1, 9);
    await publish('低空经济应用场景征集公告（丙）');
    at(1, 10);
    await switchTo('WEEKLY');
    at(1, 11);
    await publish('低空经济专项资金管理办法（丁）');
    // Wednesday: E under WEEKLY; Thursday back to DAILY (F), then IMMEDIATE (G is e-mailed at once)
    at(2, 10);
    await publish('低空经济人才引进实施细则（戊）');
    at(3, 11);
    await switchTo('DAILY');
    at(3, 11.5);
    await publish('低空经济飞行服务站建设指南（己）');
    at(3, 12);
    await switchTo('IMMEDIATE');
    at(3, 13);
    await publish('低空经济标准体系建设通知（庚）');
    // Friday 00:06, then the next Monday 00:06: every period's job has run
    at(4, 0.1);
    await p.jobs.runDue();
    at(7, 0.1);
    await p.jobs.runDue();
    await p.jobs.runDue();

    sent = await digests('低空经济');
    const day = (d: number) => new Date(monday.getTime() + d * 24 * HOUR).toISOString();
    expect(sent.map((x) => [x.period_start.toISOString(), x.notification_count, x.status])).toEqual([
      [day(0), 1, 'SENT'], // Monday's daily: 乙
      [day(0), 1, 'SENT'], // the week, what no other message carried: 戊
      [day(1), 2, 'SENT'], // Tuesday's daily (the last before WEEKLY): 丙, 丁
      [day(3), 1, 'SENT'], // Thursday's daily (the last before IMMEDIATE): 己
    ]);
    expect(sent[1].message.split('\n')[0]).toBe('每周政策摘要：1条新政策');
    expect(sent[1].message).toContain('（戊）');
    expect(sent[2].message).toContain('1. 低空经济应用场景征集公告（丙）');
    expect(sent[2].message).toContain('2. 低空经济专项资金管理办法（丁）');
    expect(sent[3].message).toContain('（己）');

    // each of the seven policies reached the subscription by e-mail exactly once, at once or in one digest
    const reached = await p.sql<{ title: string; immediate: number; digested: number }>(
      `select n.title, (select count(*)::int from notification_delivery d where d.notification_id = n.id and d.channel = 'EMAIL') as immediate,
              (select count(*)::int from policy_digest_item i where i.notification_id = n.id and i.channel = 'EMAIL') as digested
         from notification n join policy_subscription s on s.id = n.subscription_id where s.name = '低空经济' order by n.created_at`,
    );
    expect(reached.map((r) => [r.title.slice(-3), r.immediate, r.digested])).toEqual([
      ['（甲）', 1, 0],
      ['（乙）', 0, 1],
      ['（丙）', 0, 1],
      ['（丁）', 0, 1],
      ['（戊）', 0, 1],
      ['（己）', 0, 1],
      ['（庚）', 1, 0],
    ]);
    const allText = sent.map((x) => x.message).join('\n');
    for (const mark of ['（乙）', '（丙）', '（丁）', '（戊）', '（己）']) expect(allText.split(mark).length - 1).toBe(1);
    expect(allText).not.toContain('（甲）');
    expect(allText).not.toContain('（庚）');
  }, 120_000);

  it('a notification stamped before a period ends but committed after its digest ran goes out once, in the next digest', async () => {
    const monday = periodOf(p.clock.now(), 'WEEKLY').end; // a fresh week, Monday 00:00 China time
    const time = (days: number, hours: number) => new Date(monday.getTime() + days * 24 * HOUR + hours * HOUR);
    const at = (days: number, hours: number) => moveTo(time(days, hours));
    const owner = await enterpriseOwner(p);
    at(0, 2);
    const created = await gql(
      p,
      SUBSCRIBE,
      { i: { name: '跨境电商日报', keywords: ['跨境电商'], channels: ['EMAIL'], email: 'trade@example.cn', frequency: 'DAILY' } },
      { token: owner.token },
    );
    expect(created.data.policySubscriptionCreate).toMatchObject({ subscription: { frequency: 'DAILY' }, errors: [] });
    const subscriptionId = fromGlobalId(created.data.policySubscriptionCreate.subscription!.id, 'PolicySubscription');
    // what a fan-out whose transaction started at `stamp` and committed only now leaves behind
    const committedLate = (mark: string, stamp: Date) =>
      p.sql(`update notification set created_at = $1 where subscription_id = $2 and title like '%' || $3`, [stamp, subscriptionId, mark]);

    // Monday: 一; Tuesday 00:06 Monday's digest carries it
    at(0, 10);
    await publish('跨境电商综合试验区建设方案（一）');
    at(1, 0.1);
    await p.jobs.runDue();
    expect((await digests('跨境电商日报')).map((x) => [x.period_start.toISOString(), x.notification_count])).toEqual([[time(0, 0).toISOString(), 1]]);

    // the race: 二 stamped Monday 23:59:30 commits after Monday's digest; then 三 on Tuesday
    await publish('跨境电商海外仓扶持办法（二）');
    await committedLate('（二）', time(0, 24 - 1 / 120));
    at(1, 10);
    await publish('跨境电商人才培训补贴通知（三）');
    // Wednesday 00:06: Tuesday's digest takes the straggler (first, by its stamp) and 三
    at(2, 0.1);
    await p.jobs.runDue();
    let sent = await digests('跨境电商日报');
    expect(sent.map((x) => [x.period_start.toISOString(), x.notification_count, x.status])).toEqual([
      [time(0, 0).toISOString(), 1, 'SENT'],
      [time(1, 0).toISOString(), 2, 'SENT'],
    ]);
    expect(sent[1].message).toContain('1. 跨境电商海外仓扶持办法（二）');
    expect(sent[1].message).toContain('2. 跨境电商人才培训补贴通知（三）');

    // a straggler older than the look-back is an old backlog: never mailed; 五 goes out on Wednesday's digest alone
    await publish('跨境电商出口退税便利化措施（四）');
    await committedLate('（四）', new Date(time(2, 0).getTime() - STRAGGLER_LOOKBACK - HOUR));
    at(2, 10);
    await publish('跨境电商品牌出海行动计划（五）');
    at(3, 0.1);
    await p.jobs.runDue();
    // a duplicated job of Tuesday's period sends nothing more
    await p.sql(
      `insert into job (queue, payload, run_at) select queue, payload, run_at from job where queue = 'policy.digest' and payload->>'subscriptionId' = $1 and payload->>'periodStart' = $2`,
      [subscriptionId, time(1, 0).toISOString()],
    );
    await p.jobs.runDue();
    sent = await digests('跨境电商日报');
    expect(sent.map((x) => [x.period_start.toISOString(), x.notification_count])).toEqual([
      [time(0, 0).toISOString(), 1],
      [time(1, 0).toISOString(), 2],
      [time(2, 0).toISOString(), 1],
    ]);
    expect(sent[2].message).toContain('1. 跨境电商品牌出海行动计划（五）');
    expect(sent[2].message).not.toContain('（二）');
    expect(sent[2].message).not.toContain('（四）');

    const reached = await p.sql<{ title: string; digested: number }>(
      `select n.title, (select count(*)::int from policy_digest_item i where i.notification_id = n.id and i.channel = 'EMAIL') as digested
         from notification n where n.subscription_id = $1 order by n.title`,
      [subscriptionId],
    );
    expect(Object.fromEntries(reached.map((r) => [r.title.slice(-3), r.digested]))).toEqual({
      '（一）': 1,
      '（二）': 1,
      '（三）': 1,
      '（四）': 0,
      '（五）': 1,
    });
  }, 120_000);
});
