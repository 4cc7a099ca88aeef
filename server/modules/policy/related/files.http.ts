import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../../common/audit.js';
import { hasRole, type Ctx } from '../../../common/context.js';
import type { JobQueue } from '../../../common/jobs.js';
import { fromGlobalId, toGlobalId } from '../../../common/ids.js';
import { Role } from '../../../common/roles.js';
import type { HttpRoute } from '../../../common/module.js';
import { checkFile, startsWith, type FileError } from './file-types.js';
import { siteScope } from '../../site/index.js';
import { MAX_ATTACHMENT_BYTES } from './related.service.js';

/**
 * Attachments over plain HTTP (the 256 KB GraphQL body cap would limit base64 uploads to ~190 KB):
 * `POST /files/policy-attachments` streams one file (OPERATOR, same session as GraphQL), hashing it while it
 * arrives, and answers an upload id for `policyAttachmentAdd(input: { uploadId })`;
 * `GET /files/policy-attachments/{attachment id}` serves the stored bytes unchanged, named as uploaded,
 * with the SHA-256 as ETag and Digest so "identical to the original" can be checked by anyone. Uploads
 * never attached are removed after `UPLOAD_TTL_HOURS`.
 */
export const POLICY_FILES_PATH = '/files/policy-attachments';

/**
 * Uploads never attached are removed once older than this: by the hourly sweep (`policy.uploads.sweep`,
 * registered in policy.jobs.ts), and an operator's own also on their next upload.
 */
export const UPLOAD_TTL_HOURS = 24;
export const POLICY_UPLOAD_SWEEP_QUEUE = 'policy.uploads.sweep';
const SWEEP_EVERY_MS = 3_600_000;
/** Uploads deleted per sweep transaction (up to 10 MB each); a full batch queues another run at once. */
export const SWEEP_BATCH = 200;

/** Queues the sweep of the hour containing `at`, due at the start of that hour (one job per hour across instances and restarts). */
export async function scheduleUploadSweep(em: EntityManager, jobs: JobQueue, at: Date): Promise<void> {
  const slot = new Date(Math.floor(at.getTime() / SWEEP_EVERY_MS) * SWEEP_EVERY_MS);
  await jobs.enqueue(em, POLICY_UPLOAD_SWEEP_QUEUE, {}, { runAt: slot, dedupeKey: `${POLICY_UPLOAD_SWEEP_QUEUE}:${slot.toISOString()}` });
}

/** Deletes up to `SWEEP_BATCH` uploads older than `UPLOAD_TTL_HOURS` (never attached: attaching moves the row); returns how many. */
export async function sweepUploads(em: EntityManager, now: Date): Promise<number> {
  const rows = await em.execute<{ id: string }[]>(
    `delete from policy_upload where id in (
       select id from policy_upload where created_at < ?::timestamptz - make_interval(hours => ?) order by created_at limit ? for update skip locked)
     returning id`,
    [now, UPLOAD_TTL_HOURS, SWEEP_BATCH],
  );
  return rows.length;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
const refuse = (res: ServerResponse, status: number, code: string, field: string | null, message: string) =>
  send(res, status, { errors: [{ code, field, message } satisfies FileError] });

function decodeName(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null;
  try {
    return decodeURIComponent(header).normalize('NFC').trim();
  } catch {
    return null;
  }
}

async function handleUpload(req: IncomingMessage, res: ServerResponse, ctx: Ctx, sameOrigin: boolean): Promise<void> {
  // A custom header makes a cross-site browser POST preflighted (and refused); the Origin check covers the rest.
  if (!sameOrigin) return refuse(res, 403, 'FORBIDDEN', null, '不允许跨站上传');
  if (!ctx.viewer) return refuse(res, 401, 'UNAUTHENTICATED', null, '请先登录');
  if (!hasRole(ctx, Role.OPERATOR)) {
    await audit(ctx, { operation: 'authz.denied', result: 'FAILURE', detail: { path: 'POST /files/policy-attachments' } });
    return refuse(res, 403, 'FORBIDDEN', null, '仅平台运营人员可上传政策附件');
  }
  const checked = checkFile(decodeName(req.headers['x-file-name']), String(req.headers['content-type'] ?? ''));
  if ('code' in checked) return refuse(res, 400, checked.code, checked.field, checked.message);
  const tooLarge = () => refuse(res, 413, 'TOO_LONG', 'file', `附件不能超过${MAX_ATTACHMENT_BYTES / 1024 / 1024}MB`);
  if (Number(req.headers['content-length'] ?? 0) > MAX_ATTACHMENT_BYTES) {
    req.resume();
    return tooLarge();
  }
  const hash = createHash('sha256');
  const chunks: Buffer[] = [];
  let size = 0;
  // Past the cap the rest is read and dropped (leaving the loop would destroy the socket before the 413 is sent).
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_ATTACHMENT_BYTES) continue;
    hash.update(buf);
    chunks.push(buf);
  }
  if (size > MAX_ATTACHMENT_BYTES) return tooLarge();
  if (!size) return refuse(res, 400, 'REQUIRED', 'file', '附件内容为空');
  const bytes = Buffer.concat(chunks, size);
  if (!startsWith(bytes, checked.magic)) return refuse(res, 400, 'INVALID', 'contentType', '文件内容与扩展名不符');
  const id = randomUUID();
  const sha256 = hash.digest('hex');
  // The operator's own expired uploads go now (an index range); the hourly sweep removes everyone else's.
  await ctx.em.execute(`delete from policy_upload where account_id = ? and created_at < ?::timestamptz - make_interval(hours => ?)`, [
    ctx.viewer.accountId,
    ctx.clock.now(),
    UPLOAD_TTL_HOURS,
  ]);
  const fileName = decodeName(req.headers['x-file-name'])!;
  await ctx.em.execute(
    `insert into policy_upload (id, account_id, file_name, content_type, size_bytes, sha256, content, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, ctx.viewer.accountId, fileName, checked.type, size, sha256, bytes, ctx.clock.now()],
  );
  await audit(ctx, {
    operation: 'policy.upload',
    objectType: 'PolicyUpload',
    objectId: id,
    result: 'SUCCESS',
    detail: { fileName, contentType: checked.type, sizeBytes: size, sha256 },
  });
  send(res, 201, { upload: { id: toGlobalId('PolicyUpload', id), fileName, contentType: checked.type, sizeBytes: size, sha256 }, errors: [] });
}

/** RFC 6266 / 5987: an ASCII fallback and the exact UTF-8 name. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

async function handleDownload(req: IncomingMessage, res: ServerResponse, ctx: Ctx, globalId: string): Promise<void> {
  const id = fromGlobalId(globalId, 'PolicyAttachment');
  const editor = hasRole(ctx, Role.OPERATOR, Role.REVIEWER);
  // The public may fetch attachments of published policies (a city site's inherited ones too); operators and
  // reviewers those of their own site's working copies.
  const scope = siteScope(ctx, { alias: 'p', inherit: !editor });
  const [row] = id
    ? await ctx.em.execute<{ fileName: string; contentType: string; sha256: string; content: Buffer }[]>(
        `select a.file_name as "fileName", a.content_type as "contentType", a.sha256, a.content
           from policy_attachment a join policy p on p.id = a.policy_id
          where a.id = ? and ${scope.sql} and (? or exists (select 1 from policy_published pp where pp.id = p.id))`,
        [id, ...scope.params, editor],
      )
    : [];
  if (!row) return refuse(res, 404, 'NOT_FOUND', null, '附件不存在');
  const etag = `"sha256-${row.sha256}"`;
  const digest = Buffer.from(row.sha256, 'hex').toString('base64');
  const headers = {
    etag,
    digest: `SHA-256=${digest}`,
    'repr-digest': `sha-256=:${digest}:`,
    'cache-control': editor ? 'private, no-cache' : 'public, no-cache',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, {
    ...headers,
    'content-type': row.contentType,
    'content-length': String(row.content.length),
    'content-disposition': contentDisposition(row.fileName),
  });
  res.end(req.method === 'HEAD' ? undefined : row.content);
}

/** The policy file routes; server.ts hands over every request under `POLICY_FILES_PATH` with its context. */
export async function handlePolicyFiles(req: IncomingMessage, res: ServerResponse, url: URL, ctx: Ctx, sameOrigin: boolean): Promise<void> {
  const rest = url.pathname.slice(POLICY_FILES_PATH.length);
  if (!rest && req.method === 'POST') return handleUpload(req, res, ctx, sameOrigin);
  if (/^\/[^/]+$/.test(rest) && (req.method === 'GET' || req.method === 'HEAD')) return handleDownload(req, res, ctx, decodeURIComponent(rest.slice(1)));
  req.resume();
  return refuse(res, 405, 'METHOD_NOT_ALLOWED', null, '不支持的请求方法');
}

/** The policy feature's plain-HTTP routes, served beside /graphql (server/app/http/routes.ts). */
export const POLICY_FILE_ROUTES: readonly HttpRoute[] = [
  { method: '*', pathPrefix: POLICY_FILES_PATH, handler: (req, res, { url, ctx, sameOrigin }) => handlePolicyFiles(req, res, url, ctx, sameOrigin) },
];
