import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit.js';
import { isPlatformStaff } from '../../common/auth.js';
import type { Ctx } from '../../common/context.js';
import { ErrorCode, fail, Violations } from '../../common/errors.js';
import { fromGlobalId } from '../../common/ids.js';
import { mutation } from '../../common/mutation.js';
import { connectionOf, pageOf, type PageArgs } from '../../common/relay.js';
import { insertRow, updateRow } from '../../db/columns.js';
import { pgArray } from '../../db/sql.js';
import { sanitizeBody } from '../policy/index.js';
import { siteScope } from '../site/index.js';
import { Notice, NOTICE_COLUMNS } from './notice.entity.js';
import type { NoticeCreateInput, NoticeIdInput, NoticeUpdateInput } from './notice.inputs.js';

const TITLE_MAX = 100;
const BODY_MAX = 20_000;

/**
 * Published notices of the site, its sub-sites and (unless province-only) its ancestors, pinned first then newest.
 * `drafts` (operators only) lists the notices the operator manages instead: this site and its sub-sites, in every state.
 */
export async function listNotices(ctx: Ctx, args: PageArgs, drafts: boolean) {
  const page = pageOf(args);
  const scope = siteScope(ctx, { inherit: !drafts });
  const where = drafts ? scope.sql : `published_at is not null and ${scope.sql}`;
  const order = drafts ? 'published_at is null desc, pinned desc, coalesce(published_at, updated_at) desc, id desc' : 'pinned desc, published_at desc, id desc';
  const rows = await ctx.em.execute<Notice[]>(`select ${NOTICE_COLUMNS} from notice where ${where} order by ${order} limit ? offset ?`, [
    ...scope.params,
    page.limit + 1,
    page.offset,
  ]);
  return connectionOf(
    rows,
    page,
    async () => (await ctx.em.execute<{ n: number }[]>(`select count(*)::int as n from notice where ${where}`, scope.params))[0].n,
  );
}

/** A notice visible on this site: published ones to everyone (inherited from the province too), drafts to operators of its site. */
export async function noticeById(ctx: Ctx, globalId: string): Promise<Notice | null> {
  const id = fromGlobalId(globalId, 'Notice');
  if (!id) return null;
  const scope = siteScope(ctx, { inherit: true });
  const [row] = await ctx.em.execute<Notice[]>(`select ${NOTICE_COLUMNS} from notice where id = ? and ${scope.sql}`, [id, ...scope.params]);
  if (!row) return null;
  if (row.publishedAt) return row;
  return isPlatformStaff(ctx) && scope.own.includes(row.siteId) ? row : null;
}

function validate(input: { title?: string | null; body?: string | null }, creating: boolean): { title?: string; body?: string } {
  const v = new Violations();
  const title = input.title?.trim();
  const rawBody = input.body?.trim();
  if (creating || input.title != null) v.required('title', title, '标题');
  v.maxLength('title', title, TITLE_MAX, '标题');
  if (creating || input.body != null) v.required('body', rawBody, '正文');
  v.maxLength('body', rawBody, BODY_MAX, '正文');
  v.throwIfAny();
  const body = rawBody ? sanitizeBody(rawBody) : undefined;
  if (rawBody && !body?.replace(/<[^>]*>/g, '').trim()) fail(ErrorCode.REQUIRED, 'body', '正文不能为空（不支持的标签和脚本会被去除）');
  return { title, body };
}

/** The notice for a change, locked: only notices of this site and its sub-sites (a city operator cannot edit the province's). */
async function lockOwn(ctx: Ctx, em: EntityManager, globalId: string): Promise<Notice> {
  const id = fromGlobalId(globalId, 'Notice');
  const own = ctx.sites.scope(ctx.site.id);
  const [row] = id
    ? await em.execute<Notice[]>(`select ${NOTICE_COLUMNS} from notice where id = ? and site_id = any(?::uuid[]) for update`, [id, pgArray(own)])
    : [];
  if (!row) fail(ErrorCode.NOT_FOUND, 'id', '未找到该通知公告');
  return row;
}

async function reload(em: EntityManager, id: string): Promise<Notice> {
  const [row] = await em.execute<Notice[]>(`select ${NOTICE_COLUMNS} from notice where id = ?`, [id]);
  return row;
}

export function createNotice(ctx: Ctx, input: NoticeCreateInput) {
  return mutation(ctx, async (em) => {
    const { title, body } = validate(input, true);
    const id = randomUUID();
    const now = ctx.clock.now();
    const by = ctx.viewer!.accountId;
    await insertRow(em, 'notice', {
      id,
      siteId: ctx.site.id,
      title,
      body,
      pinned: input.pinned ?? false,
      provinceOnly: input.provinceOnly ?? false,
      createdBy: by,
      updatedBy: by,
      createdAt: now,
      updatedAt: now,
    });
    await audit(ctx, { operation: 'notice.create', objectType: 'Notice', objectId: id, result: 'SUCCESS', detail: { title } }, em);
    return { notice: await reload(em, id) };
  });
}

export function updateNotice(ctx: Ctx, input: NoticeUpdateInput) {
  return mutation(ctx, async (em) => {
    const row = await lockOwn(ctx, em, input.id);
    const { title, body } = validate(input, false);
    await updateRow(em, 'notice', row.id, {
      title,
      body,
      pinned: input.pinned ?? undefined,
      provinceOnly: input.provinceOnly ?? undefined,
      updatedBy: ctx.viewer!.accountId,
      updatedAt: ctx.clock.now(),
    });
    const changed = Object.entries({ title, body, pinned: input.pinned, provinceOnly: input.provinceOnly })
      .filter(([, value]) => value != null)
      .map(([key]) => key);
    await audit(ctx, { operation: 'notice.update', objectType: 'Notice', objectId: row.id, result: 'SUCCESS', detail: { changed } }, em);
    return { notice: await reload(em, row.id) };
  });
}

/** Publishing sets `published_at` to now (republishing after an unpublish counts as new); unpublishing clears it. */
export function setNoticePublished(ctx: Ctx, input: NoticeIdInput, publish: boolean) {
  return mutation(ctx, async (em) => {
    const row = await lockOwn(ctx, em, input.id);
    if (publish === (row.publishedAt != null)) fail(ErrorCode.INVALID_STATE, 'id', publish ? '该通知公告已发布' : '该通知公告尚未发布');
    await updateRow(em, 'notice', row.id, { publishedAt: publish ? ctx.clock.now() : null, updatedBy: ctx.viewer!.accountId, updatedAt: ctx.clock.now() });
    await audit(ctx, { operation: publish ? 'notice.publish' : 'notice.unpublish', objectType: 'Notice', objectId: row.id, result: 'SUCCESS' }, em);
    return { notice: await reload(em, row.id) };
  });
}

export function deleteNotice(ctx: Ctx, input: NoticeIdInput) {
  return mutation(ctx, async (em) => {
    const row = await lockOwn(ctx, em, input.id);
    await em.execute('delete from notice where id = ?', [row.id]);
    await audit(ctx, { operation: 'notice.delete', objectType: 'Notice', objectId: row.id, result: 'SUCCESS', detail: { title: row.title } }, em);
    return { deletedId: input.id };
  });
}
