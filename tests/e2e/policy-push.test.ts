import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscribe, type LiveSubscription } from '../factories/docking.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { REVIEW, draftPolicy, editors, transition, type Editors } from '../factories/policies.js';
import { graphql } from '../gql/index.js';
import type { PolicyPushNotificationReceivedSubscription } from '../gql/graphql.js';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';

let p: TestPlatform;
let e: Editors;
type Owner = Awaited<ReturnType<typeof enterpriseOwner>>;
let subscriber: Owner; // subscribes by keyword, e-mail and SMS
let eligible: Owner; // never subscribes, matches the conditions
let both: Owner; // subscribes by department and matches
let other: Owner; // subscribes to another department
let live: LiveSubscription<PolicyPushNotificationReceivedSubscription> | undefined;

const SUBSCRIBE = graphql(`
  mutation PolicyPushSubscriptionCreate($i: PolicySubscriptionCreateInput!) {
    policySubscriptionCreate(input: $i) {
      subscription {
        id
        name
        keywords
        channels
        active
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation PolicyPushSubscriptionUpdate($i: PolicySubscriptionUpdateInput!) {
    policySubscriptionUpdate(input: $i) {
      subscription {
        id
        name
        keywords
        tags
        regions
        channels
        email
        mobile
        active
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const DELETE = graphql(`
  mutation PolicyPushSubscriptionDelete($i: PolicySubscriptionDeleteInput!) {
    policySubscriptionDelete(input: $i) {
      errors {
        code
      }
    }
  }
`);
const SUBSCRIPTIONS = graphql(`
  query PolicyPushSubscriptions {
    policySubscriptions {
      id
    }
  }
`);
const INBOX = graphql(`
  query PolicyPushInbox {
    notifications(first: 10) {
      totalCount
      nodes {
        id
        title
        reason
        policyVersion
        readAt
        policy {
          id
          title
        }
      }
    }
    notificationUnreadCount
  }
`);
const INBOX_SUBSCRIPTION = graphql(`
  query PolicyPushInboxSubscription {
    notifications(first: 10) {
      nodes {
        subscription {
          name
          active
        }
      }
    }
  }
`);
const MARK_READ = graphql(`
  mutation PolicyPushMarkRead($i: NotificationMarkReadInput!) {
    notificationMarkRead(input: $i) {
      unreadCount
      errors {
        code
      }
    }
  }
`);
const UNSUBSCRIBE = graphql(`
  mutation PolicyPushUnsubscribe($i: PolicyUnsubscribeInput!) {
    policySubscriptionUnsubscribe(input: $i) {
      errors {
        code
      }
    }
  }
`);
const VERIFY = graphql(`
  mutation PolicyPushEnterpriseReview($i: EnterpriseReviewInput!) {
    enterpriseReview(input: $i) {
      errors {
        code
      }
    }
  }
`);
const CONDITIONS_SET = graphql(`
  mutation PolicyPushConditionsSet($i: PolicyConditionsSetInput!) {
    policyConditionsSet(input: $i) {
      errors {
        ...TestUserError
      }
    }
  }
`);
const LIVE = graphql(`
  subscription PolicyPushNotificationReceived {
    notificationReceived {
      id
      title
      reason
      policy {
        title
      }
    }
  }
`);
const BODY = '<p>一、申报主体须在合肥市注册。</p><p>二、专精特新企业优先支持。</p>';

async function verify(id: string) {
  const r = await gql(p, VERIFY, { i: { enterpriseId: id, decision: 'APPROVE' } }, { token: e.operator.token });
  expect(r.data.enterpriseReview.errors).toEqual([]);
}

async function publish(id: string) {
  await gql(p, transition('policySubmit'), { i: { policyId: id } }, { token: e.operator.token });
  await gql(p, REVIEW, { i: { policyId: id, decision: 'APPROVE' } }, { token: e.reviewer.token });
  const r = await gql(p, transition('policyPublish'), { i: { policyId: id } }, { token: e.operator.token });
  expect(r.data.policyPublish.errors).toEqual([]);
}

beforeAll(async () => {
  p = await startTestPlatform();
  e = await editors(p);
  subscriber = await enterpriseOwner(p, { regionCode: '340202' }); // 芜湖, not eligible
  eligible = await enterpriseOwner(p, { regionCode: '340104' });
  both = await enterpriseOwner(p, { regionCode: '340103' });
  other = await enterpriseOwner(p, { regionCode: '340104' });
  for (const o of [subscriber, eligible, both]) await verify(o.enterpriseId);
  // `other` stays unverified: eligible by data, but only verified enterprises are pushed by matching
  const s1 = await gql(
    p,
    SUBSCRIBE,
    { i: { name: '专精特新', keywords: ['专精特新'], channels: ['EMAIL', 'SMS'], email: 'boss@example.cn', mobile: '13955550000' } },
    { token: subscriber.token },
  );
  expect(s1.data.policySubscriptionCreate.errors).toEqual([]);
  await gql(p, SUBSCRIBE, { i: { name: '经信厅', departments: ['安徽省经济和信息化厅'] } }, { token: both.token });
  await gql(p, SUBSCRIBE, { i: { name: '财政厅', departments: ['安徽省财政厅'], regions: ['340000'] } }, { token: other.token });
});
afterAll(async () => {
  await live?.close();
  await p?.stop();
});

describe('subscriptions and push (P5, B4)', () => {
  it('validates subscriptions', async () => {
    const bad = await gql(
      p,
      SUBSCRIBE,
      { i: { name: '', keywords: Array.from({ length: 11 }, (_, i) => `词${i}`), regions: ['999999'], channels: ['EMAIL'] } },
      { token: subscriber.token },
    );
    expect(bad.data.policySubscriptionCreate.errors.map((x) => x.field)).toEqual(['name', 'keywords', 'regions', 'email']);
    const anon = await gql(p, SUBSCRIBE, { i: { name: 'x' } });
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // another enterprise's subscription is not found (`other` keeps its subscription; the push test unsubscribes `subscriber`)
    const theirs = await gql(p, SUBSCRIPTIONS, {}, { token: other.token });
    const foreign = await gql(p, DELETE, { i: { subscriptionId: theirs.data.policySubscriptions[0].id } }, { token: subscriber.token });
    expect(foreign.data.policySubscriptionDelete.errors[0].code).toBe('NOT_FOUND');
  });

  it('edits a subscription: criteria replaced and validated; another enterprise’s is NOT_FOUND', async () => {
    const created = await gql(p, SUBSCRIBE, { i: { name: '临时', keywords: ['稳岗'] } }, { token: other.token });
    const id = created.data.policySubscriptionCreate.subscription!.id;
    const ok = await gql(
      p,
      UPDATE,
      {
        i: {
          subscriptionId: id,
          name: '稳岗与就业',
          keywords: ['稳岗', '就业'],
          tags: ['补贴'],
          regions: ['340100'],
          channels: ['EMAIL'],
          email: 'hr@example.cn',
        },
      },
      { token: other.token },
    );
    expect(ok.data.policySubscriptionUpdate).toEqual({
      subscription: {
        id,
        name: '稳岗与就业',
        keywords: ['稳岗', '就业'],
        tags: ['补贴'],
        regions: ['340100'],
        channels: ['EMAIL'],
        email: 'hr@example.cn',
        mobile: null,
        active: true,
      },
      errors: [],
    });
    const bad = await gql(p, UPDATE, { i: { subscriptionId: id, name: '', channels: ['SMS'] } }, { token: other.token });
    expect(bad.data.policySubscriptionUpdate.errors.map((x) => x.field)).toEqual(['name', 'mobile']);
    const foreign = await gql(p, UPDATE, { i: { subscriptionId: id, name: '抢' } }, { token: subscriber.token });
    expect(foreign.data.policySubscriptionUpdate.errors[0].code).toBe('NOT_FOUND');
    const del = await gql(p, DELETE, { i: { subscriptionId: id } }, { token: other.token });
    expect(del.data.policySubscriptionDelete.errors).toEqual([]);
  });

  it('on publish, notifies each subscriber and newly eligible enterprise exactly once: inbox, live, e-mail and SMS', async () => {
    live = await subscribe(p.wsUrl, subscriber.token, LIVE);

    const policy = await draftPolicy(p, e, { title: '关于支持专精特新企业高质量发展的通知', body: BODY, departments: ['安徽省经济和信息化厅'] });
    const conds = await gql(
      p,
      CONDITIONS_SET,
      {
        i: { policyId: policy.id, conditions: [{ field: 'REGION', operator: 'IN', values: ['340100'], sourceSentence: '申报主体须在合肥市注册。' }] },
      },
      { token: e.operator.token },
    );
    expect(conds.data.policyConditionsSet.errors).toEqual([]);
    await publish(policy.id);
    // the fan-out is a job enqueued by the publish transaction
    const [job] = await p.sql<{ n: number }>(`select count(*)::int as n from job where queue = 'policy.fanout' and done_at is null`);
    expect(job.n).toBe(1);
    await p.jobs.runDue();
    const [received] = await live.waitFor(1);
    expect(received?.notificationReceived).toMatchObject({ reason: 'SUBSCRIPTION', policy: { title: '关于支持专精特新企业高质量发展的通知' } });

    const inbox = async (o: Owner) => (await gql(p, INBOX, {}, { token: o.token })).data;
    expect((await inbox(subscriber)).notifications.nodes.map((n) => n.reason)).toEqual(['SUBSCRIPTION']);
    // the inbox names the subscription that matched (for its unsubscribe link), one query for all rows
    const named = await gql(p, INBOX_SUBSCRIPTION, {}, { token: subscriber.token });
    expect(named.data.notifications.nodes).toEqual([{ subscription: { name: '专精特新', active: true } }]);
    expect((await gql(p, INBOX_SUBSCRIPTION, {}, { token: eligible.token })).data.notifications.nodes).toEqual([{ subscription: null }]);
    expect((await inbox(eligible)).notifications.nodes.map((n) => n.reason)).toEqual(['ELIGIBLE']);
    expect((await inbox(both)).notifications.nodes.map((n) => n.reason)).toEqual(['SUBSCRIPTION_AND_ELIGIBLE']);
    expect((await inbox(other)).notifications.totalCount).toBe(0);
    const [{ n }] = await p.sql<{ n: number }>('select count(*)::int as n from notification');
    expect(n).toBe(3);

    // e-mail and SMS went through the outbox, each with an unsubscribe token
    const deliveries = await p.sql<{ channel: string; status: string; message: string }>(
      `select channel, status, message from notification_delivery order by channel`,
    );
    expect(deliveries.map((d) => [d.channel, d.status])).toEqual([
      ['EMAIL', 'SENT'],
      ['SMS', 'SENT'],
    ]);
    const token = /token=([\w-]+)/.exec(deliveries[0].message)![1];

    // read state
    const first = (await inbox(subscriber)).notifications.nodes[0];
    const read = await gql(p, MARK_READ, { i: { notificationIds: [first.id] } }, { token: subscriber.token });
    expect(read.data.notificationMarkRead).toEqual({ unreadCount: 0, errors: [] });
    const foreign = await gql(p, MARK_READ, { i: { notificationIds: [first.id] } }, { token: eligible.token });
    expect(foreign.data.notificationMarkRead.errors[0].code).toBe('NOT_FOUND');

    // a revision notifies subscribers again, but not enterprises already told they are eligible
    await gql(p, transition('policyRevise'), { i: { policyId: policy.id } }, { token: e.operator.token });
    await publish(policy.id);
    await p.jobs.runDue();
    expect((await inbox(subscriber)).notifications.nodes.map((x) => x.policyVersion)).toEqual([2, 1]);
    expect((await inbox(eligible)).notifications.totalCount).toBe(1);
    expect((await inbox(both)).notifications.totalCount).toBe(2);

    // unsubscribe from the message token (no login): no more pushes
    const unsub = await gql(p, UNSUBSCRIBE, { i: { token } });
    expect(unsub.data.policySubscriptionUnsubscribe.errors).toEqual([]);
    expect((await gql(p, SUBSCRIPTIONS, {}, { token: subscriber.token })).data.policySubscriptions).toEqual([]);
    await gql(p, transition('policyRevise'), { i: { policyId: policy.id } }, { token: e.operator.token });
    await publish(policy.id);
    await p.jobs.runDue();
    expect((await inbox(subscriber)).notifications.totalCount).toBe(2);
    const badToken = await gql(p, UNSUBSCRIBE, {
      i: { token: 'nope' },
    });
    expect(badToken.data.policySubscriptionUnsubscribe.errors[0].code).toBe('NOT_FOUND');
  });
});
