import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../../common/audit.js';
import type { Ctx } from '../../../common/context.js';
import { ErrorCode, Violations, fail } from '../../../common/errors.js';
import { fromGlobalId } from '../../../common/ids.js';
import { mutation } from '../../../common/mutation.js';
import { clean } from '../../../common/validate.js';
import { pgArray } from '../../../db/sql.js';
import { POLICY_COLUMNS, policyColumns, PolicyStatus, PolicyType, type Policy } from '../policy.entity.js';
import { isDate } from '../policy.fields.js';
import { childrenOf, isEditor, policySource } from '../policy.queries.js';
import { lockPolicy } from '../policy.service.js';
import type {
  PolicyAttachment,
  PolicyAttachmentAddInput,
  PolicyAttachmentRemoveInput,
  PolicyGuide,
  PolicyGuideAddInput,
  PolicyGuideFieldsInput,
  PolicyGuideUpdateInput,
  PolicyInterpretation,
  PolicyInterpretationAddInput,
  PolicyInterpretationFieldsInput,
  PolicyInterpretationUpdateInput,
  PolicyLinkInput,
  PolicyRelatedRemoveInput,
} from './related.types.js';
import { sanitizeBody } from '../content/sanitize.js';
import { checkFile, startsWith } from './file-types.js';
import { columns } from '../../../db/columns.js';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const ATTACHMENT_COLUMNS = columns('policy_attachment', { omit: ['content', 'createdBy'] });
const INTERPRETATION_COLUMNS = columns('policy_interpretation', { omit: ['createdBy', 'createdAt', 'updatedAt'] });
const GUIDE_COLUMNS = columns('policy_guide', { omit: ['createdBy', 'createdAt', 'updatedAt'] });

// ---- reads (batched per request) ----

export const attachmentsOf = (ctx: Ctx, policyId: string) =>
  childrenOf<PolicyAttachment>(
    ctx,
    'policyAttachments',
    `select ${ATTACHMENT_COLUMNS} from policy_attachment where policy_id = any(?::uuid[]) order by created_at, id`,
  )(policyId);
export const interpretationsOf = (ctx: Ctx, policyId: string) =>
  childrenOf<PolicyInterpretation>(
    ctx,
    'policyInterpretations',
    `select ${INTERPRETATION_COLUMNS} from policy_interpretation where policy_id = any(?::uuid[]) order by created_at, id`,
  )(policyId);
export const guidesOf = (ctx: Ctx, policyId: string) =>
  childrenOf<PolicyGuide>(ctx, 'policyGuides', `select ${GUIDE_COLUMNS} from policy_guide where policy_id = any(?::uuid[]) order by created_at, id`)(policyId);

/** Linked policies in both directions, only those the viewer may see. */
export function relatedPoliciesOf(ctx: Ctx, policyId: string): Promise<Policy[]> {
  const source = policySource(ctx);
  return childrenOf<Policy & { policyId: string }>(
    ctx,
    `policyRelated:${source}`,
    `with ids as (select unnest(?::uuid[]) as id)
     select l.owner as "policyId", ${policyColumns('r')}
       from (select policy_id as owner, related_id as other from policy_link where policy_id in (select id from ids)
             union select related_id, policy_id from policy_link where related_id in (select id from ids)) l
       join ${source} r on r.id = l.other order by r.published_on desc nulls last, r.id`,
  )(policyId);
}

/** Base64 content of one attachment (only selected on demand). */
export async function attachmentContent(ctx: Ctx, attachmentId: string): Promise<string | null> {
  return ctx.loaders
    .get<string, string>('attachmentContent', async (ids) => {
      const rows = await ctx.em.execute<{ id: string; content: Buffer }[]>(`select id, content from policy_attachment where id = any(?::uuid[])`, [
        pgArray(ids),
      ]);
      const map = new Map(rows.map((r) => [r.id, r.content.toString('base64')]));
      return ids.map((id) => map.get(id) ?? null);
    })
    .load(attachmentId);
}

// ---- writes ----

async function touch(ctx: Ctx, em: EntityManager, policyId: string): Promise<Policy> {
  const [row] = await em.execute<Policy[]>(`update policy set updated_at = ?, updated_by = ? where id = ? returning ${POLICY_COLUMNS}`, [
    ctx.clock.now(),
    ctx.viewer?.accountId ?? null,
    policyId,
  ]);
  return row;
}

function editable(policy: Policy): void {
  if (policy.status === PolicyStatus.WITHDRAWN) fail(ErrorCode.INVALID_STATE, 'policyId', '已撤回的政策不能再修改');
}

export function addAttachment(ctx: Ctx, input: PolicyAttachmentAddInput) {
  return mutation(ctx, async (em) => {
    const policy = await lockPolicy(ctx, em, input.policyId);
    editable(policy);
    if (input.uploadId) return claimUpload(ctx, em, policy, input.uploadId);
    const v = new Violations();
    const fileName = clean(input.fileName);
    if (v.required('fileName', fileName, '文件名')) {
      v.maxLength('fileName', fileName, 200, '文件名');
      if (/[/\\]/.test(fileName!) || [...fileName!].some((ch) => ch.charCodeAt(0) < 32)) v.add(ErrorCode.INVALID, 'fileName', '文件名不能包含路径或控制字符');
    }
    const contentType = clean(input.contentType);
    if (v.required('contentType', contentType, '文件类型') && !/^[\w.+-]{1,50}\/[\w.+-]{1,50}$/.test(contentType!))
      v.add(ErrorCode.INVALID, 'contentType', '文件类型格式不正确');
    // The same allow-list as the HTTP route: extension, declared type, and (below) the leading bytes.
    const checked = !v.errors.length ? checkFile(fileName, contentType!) : undefined;
    if (checked && 'code' in checked) v.add(checked.code as ErrorCode, checked.field ?? 'contentType', checked.message);
    const b64 = (input.contentBase64 ?? '').replace(/\s+/g, '');
    if (b64.length > Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4) v.add(ErrorCode.TOO_LONG, 'contentBase64', '附件不能超过10MB');
    else if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) v.add(ErrorCode.INVALID, 'contentBase64', '附件内容不是有效的 base64 编码');
    else if (!b64.length) v.add(ErrorCode.REQUIRED, 'contentBase64', '附件内容为空');
    v.throwIfAny();
    const bytes = Buffer.from(b64, 'base64');
    const { type, magic } = checked as { type: string; magic?: number[][] };
    if (!startsWith(bytes, magic)) v.add(ErrorCode.INVALID, 'contentBase64', '文件内容与扩展名不符');
    v.throwIfAny();
    const id = randomUUID();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await em.execute(
      `insert into policy_attachment (id, policy_id, file_name, content_type, size_bytes, sha256, content, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, policy.id, fileName, type, bytes.length, sha256, bytes, ctx.viewer!.accountId, ctx.clock.now()],
    );
    await audit(
      ctx,
      {
        operation: 'policy.attachment.add',
        objectType: 'Policy',
        objectId: policy.id,
        result: 'SUCCESS',
        detail: { attachmentId: id, sha256, size: bytes.length },
      },
      em,
    );
    const [attachment] = await em.execute<PolicyAttachment[]>(`select ${ATTACHMENT_COLUMNS} from policy_attachment where id = ?`, [id]);
    return { attachment, policy: await touch(ctx, em, policy.id) };
  });
}

/** Moves a file uploaded over HTTP by the viewer onto the policy (name, type, size and SHA-256 as computed while streaming). */
async function claimUpload(ctx: Ctx, em: EntityManager, policy: Policy, uploadGlobalId: string) {
  const uploadId = fromGlobalId(uploadGlobalId, 'PolicyUpload');
  const [moved] = uploadId
    ? await em.execute<{ id: string; sha256: string; sizeBytes: number }[]>(
        `with claimed as (delete from policy_upload where id = ? and account_id = ? returning *)
         insert into policy_attachment (id, policy_id, file_name, content_type, size_bytes, sha256, content, created_by, created_at)
         select id, ?, file_name, content_type, size_bytes, sha256, content, account_id, ? from claimed
         returning id, sha256, size_bytes as "sizeBytes"`,
        [uploadId, ctx.viewer!.accountId, policy.id, ctx.clock.now()],
      )
    : [];
  if (!moved) fail(ErrorCode.NOT_FOUND, 'uploadId', '上传的文件不存在或已使用，请重新上传');
  await audit(
    ctx,
    {
      operation: 'policy.attachment.add',
      objectType: 'Policy',
      objectId: policy.id,
      result: 'SUCCESS',
      detail: { attachmentId: moved.id, sha256: moved.sha256, size: moved.sizeBytes },
    },
    em,
  );
  const [attachment] = await em.execute<PolicyAttachment[]>(`select ${ATTACHMENT_COLUMNS} from policy_attachment where id = ?`, [moved.id]);
  return { attachment, policy: await touch(ctx, em, policy.id) };
}

/** Finds a child row whose policy is in the viewer's site scope, locking the policy. */
async function lockChild(ctx: Ctx, em: EntityManager, table: string, type: string, globalId: string, field: string): Promise<{ id: string; policy: Policy }> {
  const id = fromGlobalId(globalId, type);
  const [row] = id
    ? await em.execute<{ policyId: string }[]>(
        `select c.policy_id as "policyId" from ${table} c join policy p on p.id = c.policy_id where c.id = ? and p.site_id = any(?::uuid[])`,
        [id, pgArray(ctx.sites.scope(ctx.site.id))],
      )
    : [];
  if (!row) fail(ErrorCode.NOT_FOUND, field, '对象不存在');
  const [policy] = await em.execute<Policy[]>(`select ${POLICY_COLUMNS} from policy where id = ? for update`, [row.policyId]);
  editable(policy);
  return { id: id!, policy };
}

export function removeAttachment(ctx: Ctx, input: PolicyAttachmentRemoveInput) {
  return mutation(ctx, async (em) => {
    const { id, policy } = await lockChild(ctx, em, 'policy_attachment', 'PolicyAttachment', input.attachmentId, 'attachmentId');
    await em.execute('delete from policy_attachment where id = ?', [id]);
    await audit(ctx, { operation: 'policy.attachment.remove', objectType: 'Policy', objectId: policy.id, result: 'SUCCESS', detail: { attachmentId: id } }, em);
    return { policy: await touch(ctx, em, policy.id) };
  });
}

function interpretationValues(input: PolicyInterpretationFieldsInput | undefined): unknown[] {
  const f = input ?? ({} as PolicyInterpretationFieldsInput);
  const v = new Violations();
  const title = clean(f.title);
  const authority = clean(f.authority);
  const author = clean(f.author);
  v.required('fields.title', title, '解读标题');
  v.maxLength('fields.title', title, 200, '解读标题');
  v.required('fields.authority', authority, '解读机关');
  v.maxLength('fields.authority', authority, 100, '解读机关');
  v.maxLength('fields.author', author, 100, '作者');
  let body = '';
  if (!f.body?.trim()) v.add(ErrorCode.REQUIRED, 'fields.body', '请填写解读正文');
  else if (f.body.length > 100_000) v.add(ErrorCode.TOO_LONG, 'fields.body', '解读正文不能超过100000个字符');
  else body = sanitizeBody(f.body);
  const publishedOn = clean(f.publishedOn);
  if (publishedOn && !isDate(publishedOn)) v.add(ErrorCode.INVALID, 'fields.publishedOn', '日期格式应为 YYYY-MM-DD');
  v.throwIfAny();
  return [title, authority, author, body, publishedOn];
}

export function addInterpretation(ctx: Ctx, input: PolicyInterpretationAddInput) {
  return mutation(ctx, async (em) => {
    const policy = await lockPolicy(ctx, em, input.policyId);
    editable(policy);
    const values = interpretationValues(input.fields);
    const id = randomUUID();
    await em.execute(
      `insert into policy_interpretation (id, policy_id, title, authority, author, body, published_on, created_by) values (?, ?, ?, ?, ?, ?, ?::date, ?)`,
      [id, policy.id, ...values, ctx.viewer!.accountId],
    );
    await audit(
      ctx,
      { operation: 'policy.interpretation.add', objectType: 'Policy', objectId: policy.id, result: 'SUCCESS', detail: { interpretationId: id } },
      em,
    );
    const [interpretation] = await em.execute<PolicyInterpretation[]>(`select ${INTERPRETATION_COLUMNS} from policy_interpretation where id = ?`, [id]);
    return { interpretation, policy: await touch(ctx, em, policy.id) };
  });
}

export function updateInterpretation(ctx: Ctx, input: PolicyInterpretationUpdateInput) {
  return mutation(ctx, async (em) => {
    const { id, policy } = await lockChild(ctx, em, 'policy_interpretation', 'PolicyInterpretation', input.interpretationId, 'interpretationId');
    const values = interpretationValues(input.fields);
    await em.execute(
      `update policy_interpretation set (title, authority, author, body, published_on) = (?, ?, ?, ?, ?::date), updated_at = now() where id = ?`,
      [...values, id],
    );
    await audit(
      ctx,
      { operation: 'policy.interpretation.update', objectType: 'Policy', objectId: policy.id, result: 'SUCCESS', detail: { interpretationId: id } },
      em,
    );
    const [interpretation] = await em.execute<PolicyInterpretation[]>(`select ${INTERPRETATION_COLUMNS} from policy_interpretation where id = ?`, [id]);
    return { interpretation, policy: await touch(ctx, em, policy.id) };
  });
}

function guideValues(input: PolicyGuideFieldsInput | undefined): unknown[] {
  const f = input ?? ({} as PolicyGuideFieldsInput);
  const v = new Violations();
  const req = (name: keyof PolicyGuideFieldsInput, label: string, max: number) => {
    const s = clean(f[name] as string);
    v.required(`fields.${name}`, s, label);
    v.maxLength(`fields.${name}`, s, max, label);
    return s;
  };
  const opt = (name: keyof PolicyGuideFieldsInput, label: string, max: number) => {
    const s = clean(f[name] as string);
    v.maxLength(`fields.${name}`, s, max, label);
    return s;
  };
  const title = req('title', '指引标题', 200);
  const beneficiaries = req('beneficiaries', '支持对象', 2000);
  const conditions = req('conditions', '申报条件', 5000);
  const whereToApply = req('whereToApply', '受理地点', 500);
  const paymentDeadline = opt('paymentDeadline', '资金拨付时限', 200);
  const hotline = opt('hotline', '咨询电话', 50);
  const dates = (['applicationStart', 'applicationEnd'] as const).map((k) => {
    const s = clean(f[k]);
    if (s && !isDate(s)) v.add(ErrorCode.INVALID, `fields.${k}`, '日期格式应为 YYYY-MM-DD');
    return s;
  });
  if (dates[0] && dates[1] && dates[1] < dates[0]) v.add(ErrorCode.INVALID, 'fields.applicationEnd', '申报截止日期不能早于开始日期');
  const materials = (f.materials ?? []).map((m) => m.trim()).filter(Boolean);
  if (materials.length > 50) v.add(ErrorCode.TOO_LONG, 'fields.materials', '申报材料最多50项');
  if (materials.some((m) => [...m].length > 200)) v.add(ErrorCode.TOO_LONG, 'fields.materials', '每项申报材料不能超过200个字');
  v.throwIfAny();
  return [title, beneficiaries, conditions, dates[0], dates[1], paymentDeadline, whereToApply, hotline, pgArray(materials)];
}

const GUIDE_SET = `(title, beneficiaries, conditions, application_start, application_end, payment_deadline, where_to_apply, hotline, materials)`;
const GUIDE_VALUES = `(?, ?, ?, ?::date, ?::date, ?, ?, ?, ?::text[])`;

export function addGuide(ctx: Ctx, input: PolicyGuideAddInput) {
  return mutation(ctx, async (em) => {
    const policy = await lockPolicy(ctx, em, input.policyId);
    editable(policy);
    const values = guideValues(input.fields);
    const id = randomUUID();
    await em.execute(
      `insert into policy_guide (id, policy_id, title, beneficiaries, conditions, application_start, application_end, payment_deadline, where_to_apply, hotline, materials, created_by)
       values (?, ?, ?, ?, ?, ?::date, ?::date, ?, ?, ?, ?::text[], ?)`,
      [id, policy.id, ...values, ctx.viewer!.accountId],
    );
    await audit(ctx, { operation: 'policy.guide.add', objectType: 'Policy', objectId: policy.id, result: 'SUCCESS', detail: { guideId: id } }, em);
    const [guide] = await em.execute<PolicyGuide[]>(`select ${GUIDE_COLUMNS} from policy_guide where id = ?`, [id]);
    return { guide, policy: await touch(ctx, em, policy.id) };
  });
}

export function updateGuide(ctx: Ctx, input: PolicyGuideUpdateInput) {
  return mutation(ctx, async (em) => {
    const { id, policy } = await lockChild(ctx, em, 'policy_guide', 'PolicyGuide', input.guideId, 'guideId');
    const values = guideValues(input.fields);
    await em.execute(`update policy_guide set ${GUIDE_SET} = ${GUIDE_VALUES}, updated_at = now() where id = ?`, [...values, id]);
    await audit(ctx, { operation: 'policy.guide.update', objectType: 'Policy', objectId: policy.id, result: 'SUCCESS', detail: { guideId: id } }, em);
    const [guide] = await em.execute<PolicyGuide[]>(`select ${GUIDE_COLUMNS} from policy_guide where id = ?`, [id]);
    return { guide, policy: await touch(ctx, em, policy.id) };
  });
}

/** Removes an interpretation or a guide (the global id tells which). */
export function removeRelated(ctx: Ctx, input: PolicyRelatedRemoveInput) {
  return mutation(ctx, async (em) => {
    const isGuide = !!fromGlobalId(input.id, 'PolicyGuide');
    const [table, type] = isGuide ? ['policy_guide', 'PolicyGuide'] : ['policy_interpretation', 'PolicyInterpretation'];
    const { id, policy } = await lockChild(ctx, em, table, type, input.id, 'id');
    await em.execute(`delete from ${table} where id = ?`, [id]);
    await audit(
      ctx,
      { operation: `policy.${isGuide ? 'guide' : 'interpretation'}.remove`, objectType: 'Policy', objectId: policy.id, result: 'SUCCESS', detail: { id } },
      em,
    );
    return { policy: await touch(ctx, em, policy.id) };
  });
}

const LINKABLE = [PolicyType.MANAGEMENT_MEASURES, PolicyType.APPLICATION_NOTICE];

export function linkPolicies(ctx: Ctx, input: PolicyLinkInput, link: boolean) {
  return mutation(ctx, async (em) => {
    const a = await lockPolicy(ctx, em, input.policyId, 'policyId');
    const b = await lockPolicy(ctx, em, input.relatedPolicyId, 'relatedPolicyId');
    if (a.id === b.id) fail(ErrorCode.INVALID, 'relatedPolicyId', '不能关联政策自身');
    if (link) {
      if (!LINKABLE.includes(a.policyType) && !LINKABLE.includes(b.policyType)) {
        fail(ErrorCode.INVALID, 'relatedPolicyId', '政策精选只能关联管理办法或申报通知');
      }
      await em.execute(
        `insert into policy_link (policy_id, related_id) select ?, ? where not exists (select 1 from policy_link where policy_id = ? and related_id = ?)`,
        [a.id, b.id, b.id, a.id],
      );
    } else {
      await em.execute('delete from policy_link where (policy_id = ? and related_id = ?) or (policy_id = ? and related_id = ?)', [a.id, b.id, b.id, a.id]);
    }
    await audit(
      ctx,
      { operation: link ? 'policy.link' : 'policy.unlink', objectType: 'Policy', objectId: a.id, result: 'SUCCESS', detail: { relatedId: b.id } },
      em,
    );
    return { policy: await touch(ctx, em, a.id) };
  });
}

export { isEditor };
