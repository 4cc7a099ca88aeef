import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit.js';
import { requireViewer } from '../../common/auth.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, Violations, fail } from '../../common/errors.js';
import { fromGlobalId } from '../../common/ids.js';
import { mutation } from '../../common/mutation.js';
import { pgArray } from '../../db/sql.js';
import { clean } from '../../common/validate.js';
import { POLICY_COLUMNS, PolicyStatus, type Policy } from './policy.entity.js';
import { POLICY_PUBLISHED } from './policy.events.js';
import { contentHash, dedupeKey, FIELD_CASTS, FIELD_COLUMNS, fieldValues, normalizePolicyFields, type PolicyFields } from './policy.fields.js';
import { PolicyReviewDecision, type PolicyCreateInput, type PolicyReviewInput, type PolicyTransitionInput, type PolicyUpdateInput } from './policy.inputs.js';

/** Event published (after commit) when a version is published; carries ids only. */
/** Queue of the fan-out job enqueued in the publish transaction. */
export const POLICY_FANOUT_QUEUE = 'policy.fanout';

const EDITABLE = [PolicyStatus.COLLECTED, PolicyStatus.DRAFT, PolicyStatus.RETURNED];

/** Binds values for `FIELD_COLUMNS`, arrays as PostgreSQL array literals. */
export function boundFieldValues(f: PolicyFields): unknown[] {
  return fieldValues(f).map((value) => (Array.isArray(value) ? pgArray(value as string[]) : value));
}
const placeholders = () => FIELD_CASTS.map((c) => `?::${c}`).join(', ');

/** A policy of the viewer's site scope, locked for the transaction; NOT_FOUND otherwise. */
export async function lockPolicy(ctx: Ctx, em: EntityManager, globalId: string, field = 'policyId'): Promise<Policy> {
  const id = fromGlobalId(globalId, 'Policy');
  const [row] = id
    ? await em.execute<Policy[]>(`select ${POLICY_COLUMNS} from policy where id = ? and site_id = any(?::uuid[]) for update`, [
        id,
        pgArray(ctx.sites.scope(ctx.site.id)),
      ])
    : [];
  if (!row) fail(ErrorCode.NOT_FOUND, field, '政策不存在');
  return row;
}

async function reread(em: EntityManager, id: string): Promise<Policy> {
  const [row] = await em.execute<Policy[]>(`select ${POLICY_COLUMNS} from policy where id = ?`, [id]);
  return row;
}

function note(value: string | null | undefined, field = 'note', max = 500): string | null {
  const s = clean(value);
  if (s && [...s].length > max) fail(ErrorCode.TOO_LONG, field, `说明不能超过${max}个字`);
  return s;
}

function requireStatus(policy: Policy, allowed: PolicyStatus[], action: string): void {
  if (!allowed.includes(policy.status)) {
    fail(ErrorCode.INVALID_STATE, 'policyId', `当前状态（${policy.status}）不能${action}`);
  }
}

/** Inserts a new working copy; used by the API and by imports (inside the caller's transaction). */
export async function insertPolicy(ctx: Ctx, em: EntityManager, f: PolicyFields, status: PolicyStatus, actorId: string | null): Promise<string> {
  const id = randomUUID();
  const now = ctx.clock.now();
  await em.execute(
    `insert into policy (id, site_id, ${FIELD_COLUMNS.join(', ')}, status, dedupe_key, content_hash, created_by, updated_by, created_at, updated_at)
     values (?, ?, ${placeholders()}, ?, ?, ?, ?, ?, ?, ?)`,
    [id, ctx.site.id, ...boundFieldValues(f), status, dedupeKey(f), contentHash(f), actorId, actorId, now, now],
  );
  return id;
}

export async function writePolicyFields(ctx: Ctx, em: EntityManager, id: string, f: PolicyFields, status: PolicyStatus, actorId: string | null): Promise<void> {
  await em.execute(
    `update policy set (${FIELD_COLUMNS.join(', ')}) = (${placeholders()}), status = ?, dedupe_key = ?, content_hash = ?,
            updated_by = ?, updated_at = ? where id = ?`,
    [...boundFieldValues(f), status, dedupeKey(f), contentHash(f), actorId, ctx.clock.now(), id],
  );
}

async function assertUnique(ctx: Ctx, em: EntityManager, f: PolicyFields, exceptId: string | null): Promise<void> {
  const [dup] = await em.execute<{ id: string }[]>(`select id from policy where site_id = ? and dedupe_key = ? and id is distinct from ?`, [
    ctx.site.id,
    dedupeKey(f),
    exceptId,
  ]);
  if (dup) fail(ErrorCode.DUPLICATE, 'fields.docNo', '同一发文部门已有相同文号（或标题）的政策');
}

export function createPolicy(ctx: Ctx, input: PolicyCreateInput) {
  const viewer = requireViewer(ctx);
  return mutation(ctx, async (em) => {
    const v = new Violations();
    const f = normalizePolicyFields(v, input.fields ?? {});
    v.throwIfAny();
    await assertUnique(ctx, em, f, null);
    const id = await insertPolicy(ctx, em, f, input.collected ? PolicyStatus.COLLECTED : PolicyStatus.DRAFT, viewer.accountId);
    await audit(ctx, { operation: 'policy.create', objectType: 'Policy', objectId: id, result: 'SUCCESS' }, em);
    return { policy: await reread(em, id) };
  });
}

export function updatePolicy(ctx: Ctx, input: PolicyUpdateInput) {
  const viewer = requireViewer(ctx);
  return mutation(ctx, async (em) => {
    const policy = await lockPolicy(ctx, em, input.policyId);
    requireStatus(policy, EDITABLE, '编辑（已提交或已发布的政策请先退回或发起修订）');
    const v = new Violations();
    const f = normalizePolicyFields(v, input.fields ?? {});
    v.throwIfAny();
    await assertUnique(ctx, em, f, policy.id);
    const status = policy.status === PolicyStatus.COLLECTED ? PolicyStatus.DRAFT : policy.status;
    await writePolicyFields(ctx, em, policy.id, f, status, viewer.accountId);
    await audit(ctx, { operation: 'policy.update', objectType: 'Policy', objectId: policy.id, result: 'SUCCESS' }, em);
    return { policy: await reread(em, policy.id) };
  });
}

export function submitPolicy(ctx: Ctx, input: PolicyTransitionInput) {
  const viewer = requireViewer(ctx);
  return mutation(ctx, async (em) => {
    const policy = await lockPolicy(ctx, em, input.policyId);
    requireStatus(policy, EDITABLE, '提交审核');
    const n = note(input.note);
    await em.execute(`update policy set status = 'SUBMITTED', submitted_by = ?, updated_at = ? where id = ?`, [viewer.accountId, ctx.clock.now(), policy.id]);
    await audit(
      ctx,
      { operation: 'policy.submit', objectType: 'Policy', objectId: policy.id, result: 'SUCCESS', detail: { from: policy.status, note: n } },
      em,
    );
    return { policy: await reread(em, policy.id) };
  });
}

export function reviewPolicy(ctx: Ctx, input: PolicyReviewInput) {
  const viewer = requireViewer(ctx);
  return mutation(ctx, async (em) => {
    const policy = await lockPolicy(ctx, em, input.policyId);
    requireStatus(policy, [PolicyStatus.SUBMITTED], '审核（仅已提交的政策可审核）');
    if ([policy.createdBy, policy.updatedBy, policy.submittedBy].includes(viewer.accountId)) {
      fail(ErrorCode.FORBIDDEN, 'policyId', '审核人不能审核自己编写或提交的政策');
    }
    const comment = clean(input.comment);
    if (comment && [...comment].length > 1000) fail(ErrorCode.TOO_LONG, 'comment', '审核意见不能超过1000个字');
    const approve = input.decision === PolicyReviewDecision.APPROVE;
    if (!approve && !comment) fail(ErrorCode.REQUIRED, 'comment', '退回时请填写审核意见');
    await em.execute(`update policy set status = ?, review_comment = ?, reviewed_by = ?, updated_at = ? where id = ?`, [
      approve ? PolicyStatus.APPROVED : PolicyStatus.RETURNED,
      comment,
      viewer.accountId,
      ctx.clock.now(),
      policy.id,
    ]);
    await audit(
      ctx,
      { operation: approve ? 'policy.approve' : 'policy.return', objectType: 'Policy', objectId: policy.id, result: 'SUCCESS', detail: { comment } },
      em,
    );
    return { policy: await reread(em, policy.id) };
  });
}

/** Publishes the approved working copy as a new immutable version and queues the notification fan-out. */
export function publishPolicy(ctx: Ctx, input: PolicyTransitionInput) {
  const viewer = requireViewer(ctx);
  return mutation(ctx, async (em) => {
    const policy = await lockPolicy(ctx, em, input.policyId);
    requireStatus(policy, [PolicyStatus.APPROVED], '发布（须先审核通过）');
    const changeNote = note(input.note);
    const version = (policy.publishedVersion ?? 0) + 1;
    const now = ctx.clock.now();
    await em.execute(
      `insert into policy_version (policy_id, version, ${FIELD_COLUMNS.filter((c) => c !== 'featured').join(', ')}, change_note, published_at, published_by, reviewed_by)
       select id, ?, ${FIELD_COLUMNS.filter((c) => c !== 'featured').join(', ')}, ?, ?, ?, reviewed_by from policy where id = ?`,
      [version, changeNote, now, viewer.accountId, policy.id],
    );
    await em.execute(`update policy set status = 'PUBLISHED', published_version = ?, published_at = coalesce(published_at, ?), updated_at = ? where id = ?`, [
      version,
      now,
      now,
      policy.id,
    ]);
    await ctx.jobs.enqueue(em, POLICY_FANOUT_QUEUE, { policyId: policy.id, version }, { dedupeKey: `policy.fanout:${policy.id}:${version}` });
    await ctx.events.publish(em, POLICY_PUBLISHED, {
      eventId: randomUUID(),
      policyId: policy.id,
      siteId: policy.siteId,
      version,
      title: policy.title,
      provinceOnly: policy.provinceOnly,
      publishedAt: now.toISOString(),
    });
    await audit(ctx, { operation: 'policy.publish', objectType: 'Policy', objectId: policy.id, result: 'SUCCESS', detail: { version, changeNote } }, em);
    return { policy: await reread(em, policy.id) };
  });
}

function simpleTransition(operation: string, allowed: PolicyStatus[], to: PolicyStatus, action: string) {
  return (ctx: Ctx, input: PolicyTransitionInput) => {
    requireViewer(ctx);
    return mutation(ctx, async (em) => {
      const policy = await lockPolicy(ctx, em, input.policyId);
      requireStatus(policy, allowed, action);
      const n = note(input.note);
      const validity = to === PolicyStatus.WITHDRAWN ? 'WITHDRAWN' : to === PolicyStatus.EXPIRED ? 'EXPIRED' : null;
      await em.execute(`update policy set status = ?, validity = coalesce(?, validity), updated_by = ?, updated_at = ? where id = ?`, [
        to,
        validity,
        ctx.viewer!.accountId,
        ctx.clock.now(),
        policy.id,
      ]);
      await audit(ctx, { operation, objectType: 'Policy', objectId: policy.id, result: 'SUCCESS', detail: { from: policy.status, note: n } }, em);
      return { policy: await reread(em, policy.id) };
    });
  };
}

/** Starts a revision of a published policy: the working copy becomes a draft; the published version stays public. */
export const revisePolicy = simpleTransition('policy.revise', [PolicyStatus.PUBLISHED], PolicyStatus.DRAFT, '发起修订（仅已发布的政策可修订）');
export const expirePolicy = simpleTransition('policy.expire', [PolicyStatus.PUBLISHED], PolicyStatus.EXPIRED, '标记为过期（仅已发布的政策）');
export const withdrawPolicy = simpleTransition(
  'policy.withdraw',
  [
    PolicyStatus.COLLECTED,
    PolicyStatus.DRAFT,
    PolicyStatus.SUBMITTED,
    PolicyStatus.APPROVED,
    PolicyStatus.RETURNED,
    PolicyStatus.PUBLISHED,
    PolicyStatus.EXPIRED,
  ],
  PolicyStatus.WITHDRAWN,
  '撤回（已撤回）',
);
