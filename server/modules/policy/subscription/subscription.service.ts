import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../../common/audit.js';
import { requireViewer } from '../../../common/auth.js';
import { isIndustryCode } from '../../../common/codes/industries.js';
import { isRegionCode } from '../../../common/codes/regions.js';
import type { Ctx } from '../../../common/context.js';
import { ErrorCode, Violations, fail, forbidden } from '../../../common/errors.js';
import { fromGlobalId } from '../../../common/ids.js';
import { byKeys } from '../../../common/loaders.js';
import { mutation } from '../../../common/mutation.js';
import { connectionOf, pageOf, type PageArgs } from '../../../common/relay.js';
import { checkEmail, checkMobile, clean } from '../../../common/validate.js';
import { pgArray } from '../../../db/sql.js';
import { PolicyType } from '../policy.entity.js';
import { scheduleDigest } from './digest.js';
import {
  PushChannel,
  SubscriptionFrequency,
  type Notification,
  type NotificationMarkReadInput,
  type PolicySubscription,
  type PolicySubscriptionCreateInput,
  type PolicySubscriptionDeleteInput,
  type PolicySubscriptionUpdateInput,
  type PolicyUnsubscribeInput,
} from './subscription.types.js';
import { columns } from '../../../db/columns.js';

export const SUBSCRIPTION_COLUMNS = columns('policy_subscription', { omit: ['enterpriseId', 'accountId', 'unsubscribeToken'] });
export const NOTIFICATION_COLUMNS = columns('notification', { omit: ['enterpriseId', 'batchId'] });
const MAX_SUBSCRIPTIONS = 20;

export function viewerEnterpriseId(ctx: Ctx): string {
  const viewer = requireViewer(ctx);
  if (!viewer.enterpriseId) throw forbidden('请先注册或加入企业');
  return viewer.enterpriseId;
}

function list(
  v: Violations,
  field: string,
  label: string,
  values: string[] | null | undefined,
  maxItems: number,
  maxLen: number,
  valid?: (s: string) => boolean,
): string[] {
  const out = [...new Set((values ?? []).map((s) => s.trim()).filter(Boolean))];
  if (out.length > maxItems) v.add(ErrorCode.TOO_LONG, field, `${label}最多${maxItems}项`);
  if (out.some((s) => [...s].length > maxLen)) v.add(ErrorCode.TOO_LONG, field, `${label}每项不能超过${maxLen}个字`);
  if (valid && out.some((s) => !valid(s))) v.add(ErrorCode.INVALID, field, `${label}中有无效的代码`);
  return out;
}

/** Validated criteria and channels of a subscription (create and update share them). */
function criteria(input: PolicySubscriptionCreateInput) {
  const v = new Violations();
  const name = clean(input.name);
  v.required('name', name, '订阅名称');
  v.maxLength('name', name, 50, '订阅名称');
  const keywords = list(v, 'keywords', '关键词', input.keywords, 10, 20);
  const tags = list(v, 'tags', '标签', input.tags, 10, 20);
  const departments = list(v, 'departments', '发文部门', input.departments, 10, 50);
  const policyTypes = list(v, 'policyTypes', '政策类型', input.policyTypes, 9, 30, (s) => Object.values(PolicyType).includes(s as PolicyType));
  const industries = list(v, 'industries', '行业', input.industries, 20, 4, (s) => /^[A-T]$/.test(s) || (/^\d{2,4}$/.test(s) && isIndustryCode(s.slice(0, 2))));
  const regions = list(v, 'regions', '地区', input.regions, 20, 6, isRegionCode);
  const channels = list(v, 'channels', '推送渠道', input.channels, 2, 10, (s) => Object.values(PushChannel).includes(s as PushChannel));
  const email = clean(input.email);
  const mobile = clean(input.mobile);
  checkEmail(v, 'email', email);
  checkMobile(v, 'mobile', mobile);
  if (channels.includes(PushChannel.EMAIL) && !email) v.add(ErrorCode.REQUIRED, 'email', '选择邮件推送时请填写电子邮箱');
  if (channels.includes(PushChannel.SMS) && !mobile) v.add(ErrorCode.REQUIRED, 'mobile', '选择短信推送时请填写手机号码');
  const frequency = input.frequency ?? SubscriptionFrequency.IMMEDIATE;
  if (!Object.values(SubscriptionFrequency).includes(frequency)) v.add(ErrorCode.INVALID, 'frequency', '推送频率无效');
  if (frequency !== SubscriptionFrequency.IMMEDIATE && !channels.length) v.add(ErrorCode.REQUIRED, 'channels', '选择每日或每周摘要时请选择邮件或短信推送');
  v.throwIfAny();
  return { name: name!, keywords, tags, departments, policyTypes, industries, regions, channels, frequency, email, mobile };
}

/** Digest subscriptions get their first period's job (idempotent per period). */
async function scheduleIfDigest(ctx: Ctx, em: EntityManager, id: string, frequency: SubscriptionFrequency): Promise<void> {
  if (frequency !== SubscriptionFrequency.IMMEDIATE) await scheduleDigest(em, ctx.jobs, id, frequency, ctx.clock.now());
}

export function createSubscription(ctx: Ctx, input: PolicySubscriptionCreateInput) {
  const enterpriseId = viewerEnterpriseId(ctx);
  return mutation(ctx, async (em) => {
    const { name, keywords, tags, departments, policyTypes, industries, regions, channels, frequency, email, mobile } = criteria(input);
    const [{ n }] = await em.execute<{ n: number }[]>(`select count(*)::int as n from policy_subscription where enterprise_id = ? and active`, [enterpriseId]);
    if (n >= MAX_SUBSCRIPTIONS) fail(ErrorCode.INVALID, null, `每家企业最多${MAX_SUBSCRIPTIONS}个有效订阅`);
    const id = randomUUID();
    const a = (x: string[]) => pgArray(x);
    await em.execute(
      `insert into policy_subscription (id, enterprise_id, account_id, name, keywords, tags, departments, policy_types, industries, regions, channels, frequency, email, mobile, unsubscribe_token)
       values (?, ?, ?, ?, ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?, ?, ?, ?)`,
      [
        id,
        enterpriseId,
        ctx.viewer!.accountId,
        name,
        a(keywords),
        a(tags),
        a(departments),
        a(policyTypes),
        a(industries),
        a(regions),
        a(channels),
        frequency,
        email,
        mobile,
        randomBytes(24).toString('base64url'),
      ],
    );
    await scheduleIfDigest(ctx, em, id, frequency);
    await audit(ctx, { operation: 'policy.subscription.create', objectType: 'PolicySubscription', objectId: id, result: 'SUCCESS' }, em);
    const [subscription] = await em.execute<PolicySubscription[]>(`select ${SUBSCRIPTION_COLUMNS} from policy_subscription where id = ?`, [id]);
    return { subscription };
  });
}

export function updateSubscription(ctx: Ctx, input: PolicySubscriptionUpdateInput) {
  const enterpriseId = viewerEnterpriseId(ctx);
  return mutation(ctx, async (em) => {
    const id = fromGlobalId(input.subscriptionId, 'PolicySubscription');
    const [found] = id
      ? await em.execute<{ id: string }[]>(`select id from policy_subscription where id = ? and enterprise_id = ? and active for update`, [id, enterpriseId])
      : [];
    if (!found) fail(ErrorCode.NOT_FOUND, 'subscriptionId', '订阅不存在');
    const { name, keywords, tags, departments, policyTypes, industries, regions, channels, frequency, email, mobile } = criteria(input);
    const a = (x: string[]) => pgArray(x);
    const [subscription] = await em.execute<PolicySubscription[]>(
      `update policy_subscription set name = ?, keywords = ?::text[], tags = ?::text[], departments = ?::text[], policy_types = ?::text[], industries = ?::text[],
              regions = ?::text[], channels = ?::text[], frequency = ?, email = ?, mobile = ? where id = ? returning ${SUBSCRIPTION_COLUMNS}`,
      [name, a(keywords), a(tags), a(departments), a(policyTypes), a(industries), a(regions), a(channels), frequency, email, mobile, id],
    );
    await scheduleIfDigest(ctx, em, id!, frequency);
    await audit(ctx, { operation: 'policy.subscription.update', objectType: 'PolicySubscription', objectId: id, result: 'SUCCESS' }, em);
    return { subscription };
  });
}

/** Subscriptions of the viewer's enterprise by id (inactive ones included: a notification names its subscription even after unsubscribing). */
export function subscriptionById(ctx: Ctx, id: string): Promise<PolicySubscription | null> {
  const enterpriseId = viewerEnterpriseId(ctx);
  return ctx.loaders
    .get<string, PolicySubscription>('policySubscriptionById', async (ids) =>
      byKeys(
        ids,
        await ctx.em.execute<PolicySubscription[]>(`select ${SUBSCRIPTION_COLUMNS} from policy_subscription where id = any(?::uuid[]) and enterprise_id = ?`, [
          pgArray([...ids]),
          enterpriseId,
        ]),
      ),
    )
    .load(id);
}

export function deleteSubscription(ctx: Ctx, input: PolicySubscriptionDeleteInput) {
  const enterpriseId = viewerEnterpriseId(ctx);
  return mutation(ctx, async (em) => {
    const id = fromGlobalId(input.subscriptionId, 'PolicySubscription');
    const [subscription] = id
      ? await em.execute<PolicySubscription[]>(
          `update policy_subscription set active = false where id = ? and enterprise_id = ? and active returning ${SUBSCRIPTION_COLUMNS}`,
          [id, enterpriseId],
        )
      : [];
    if (!subscription) fail(ErrorCode.NOT_FOUND, 'subscriptionId', '订阅不存在');
    await audit(ctx, { operation: 'policy.subscription.delete', objectType: 'PolicySubscription', objectId: id, result: 'SUCCESS' }, em);
    return { subscription };
  });
}

/** Unsubscribes from the token printed in an e-mail or SMS; the caller need not be signed in. */
export function unsubscribeByToken(ctx: Ctx, input: PolicyUnsubscribeInput) {
  return mutation(ctx, async (em) => {
    const token = clean(input.token);
    if (!token || token.length > 100) fail(ErrorCode.INVALID, 'token', '退订链接无效');
    const [row] = await em.execute<{ id: string }[]>(`update policy_subscription set active = false where unsubscribe_token = ? returning id`, [token]);
    if (!row) fail(ErrorCode.NOT_FOUND, 'token', '退订链接无效或已失效');
    await audit(ctx, { operation: 'policy.subscription.unsubscribe', objectType: 'PolicySubscription', objectId: row.id, result: 'SUCCESS' }, em);
    return { subscription: null };
  });
}

export async function listSubscriptions(ctx: Ctx): Promise<PolicySubscription[]> {
  const enterpriseId = viewerEnterpriseId(ctx);
  return ctx.em.execute<PolicySubscription[]>(
    `select ${SUBSCRIPTION_COLUMNS} from policy_subscription where enterprise_id = ? and active order by created_at`,
    [enterpriseId],
  );
}

export async function listNotifications(ctx: Ctx, unreadOnly: boolean, args: PageArgs) {
  const enterpriseId = viewerEnterpriseId(ctx);
  const page = pageOf(args);
  const where = `where enterprise_id = ?${unreadOnly ? ' and read_at is null' : ''}`;
  const rows = await ctx.em.execute<Notification[]>(`select ${NOTIFICATION_COLUMNS} from notification ${where} order by created_at desc, id limit ? offset ?`, [
    enterpriseId,
    page.limit + 1,
    page.offset,
  ]);
  return connectionOf(
    rows,
    page,
    async () => (await ctx.em.execute<{ n: number }[]>(`select count(*)::int as n from notification ${where}`, [enterpriseId]))[0].n,
  );
}

export async function unreadCount(ctx: Ctx, enterpriseId = viewerEnterpriseId(ctx)): Promise<number> {
  const [r] = await ctx.em.execute<{ n: number }[]>(`select count(*)::int as n from notification where enterprise_id = ? and read_at is null`, [enterpriseId]);
  return r.n;
}

export function markRead(ctx: Ctx, input: NotificationMarkReadInput) {
  const enterpriseId = viewerEnterpriseId(ctx);
  return mutation(ctx, async (em) => {
    const ids = (input.notificationIds ?? []).map((g) => fromGlobalId(g, 'Notification'));
    if (ids.length > 100) fail(ErrorCode.TOO_LONG, 'notificationIds', '一次最多标记100条');
    if (!input.all && !ids.length) fail(ErrorCode.REQUIRED, 'notificationIds', '请选择要标记的通知');
    if (ids.some((x) => !x)) fail(ErrorCode.NOT_FOUND, 'notificationIds', '通知不存在');
    if (input.all) await em.execute(`update notification set read_at = ? where enterprise_id = ? and read_at is null`, [ctx.clock.now(), enterpriseId]);
    else {
      const rows = await em.execute<{ id: string }[]>(
        `update notification set read_at = coalesce(read_at, ?) where enterprise_id = ? and id = any(?::uuid[]) returning id`,
        [ctx.clock.now(), enterpriseId, pgArray(ids as string[])],
      );
      if (rows.length !== new Set(ids).size) fail(ErrorCode.NOT_FOUND, 'notificationIds', '通知不存在');
    }
    const [r] = await em.execute<{ n: number }[]>(`select count(*)::int as n from notification where enterprise_id = ? and read_at is null`, [enterpriseId]);
    return { unreadCount: r.n };
  });
}
