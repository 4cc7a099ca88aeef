import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../server/common/ids.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { REVIEW, draftPolicy, editors, transition, type Editors } from '../factories/policies.js';
import { gql } from '../setup/client.js';
import { graphql } from '../gql/index.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';

/** Attachments over HTTP (I1): streamed upload with size/type checks, byte-identical download named as uploaded with its SHA-256. */

let p: TestPlatform;
let e: Editors;
const ADD = graphql(`
  mutation PolicyFilesAttachmentAdd($i: PolicyAttachmentAddInput!) {
    policyAttachmentAdd(input: $i) {
      attachment {
        id
        fileName
        contentType
        sizeBytes
        sha256
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const NAME = '附件1：2026年专精特新企业申报表（含说明）.pdf';

function pdfBytes(size: number): Buffer {
  const bytes = randomBytes(size);
  bytes.write('%PDF-1.7\n', 0, 'latin1');
  return bytes;
}

async function upload(body: Buffer, opts: { name?: string; type?: string; token?: string; origin?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': opts.type ?? 'application/pdf', 'x-file-name': encodeURIComponent(opts.name ?? NAME) };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.origin) headers.origin = opts.origin;
  const res = await fetch(`${p.url}/files/policy-attachments`, { method: 'POST', headers, body: new Uint8Array(body) });
  return {
    status: res.status,
    body: (await res.json()) as {
      upload?: { id: string; sha256: string; sizeBytes: number; contentType: string };
      errors: { code: string; field: string | null; message: string }[];
    },
  };
}

beforeAll(async () => {
  p = await startTestPlatform();
  e = await editors(p);
});
afterAll(async () => {
  await p?.stop();
});

describe('policy attachments over HTTP', () => {
  it('uploads 3 MB (past the GraphQL body cap), attaches it, and serves the same bytes with name, ETag and Digest', async () => {
    const policy = await draftPolicy(p, e);
    const audited = async () => (await p.sql<{ n: number }>(`select count(*)::int as n from audit_log where operation = 'policy.attachment.add'`))[0].n;
    const auditedBefore = await audited();
    const bytes = pdfBytes(3 * 1024 * 1024 + 17);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const up = await upload(bytes, { token: e.operator.token });
    expect(up.status).toBe(201);
    expect(up.body.upload).toMatchObject({ sha256: sha, sizeBytes: bytes.length, contentType: 'application/pdf' });

    const added = await gql(p, ADD, { i: { policyId: policy.id, uploadId: up.body.upload!.id } }, { token: e.operator.token });
    expect(added.data.policyAttachmentAdd.errors).toEqual([]);
    const att = added.data.policyAttachmentAdd.attachment!;
    expect(att).toMatchObject({ fileName: NAME, sha256: sha, sizeBytes: bytes.length });
    // an upload is claimed once
    const again = await gql(p, ADD, { i: { policyId: policy.id, uploadId: up.body.upload!.id } }, { token: e.operator.token });
    expect(again.data.policyAttachmentAdd.errors).toEqual([{ code: 'NOT_FOUND', field: 'uploadId', message: '上传的文件不存在或已使用，请重新上传' }]);
    expect(await audited()).toBe(auditedBefore + 1);

    const url = `${p.url}/files/policy-attachments/${encodeURIComponent(att.id)}`;
    // a draft's attachment is not public
    expect((await fetch(url)).status).toBe(404);
    const res = await fetch(url, { headers: { authorization: `Bearer ${e.operator.token}` } });
    expect(res.status).toBe(200);
    const got = Buffer.from(await res.arrayBuffer());
    expect(got.equals(bytes)).toBe(true);
    expect(createHash('sha256').update(got).digest('hex')).toBe(sha);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('etag')).toBe(`"sha256-${sha}"`);
    expect(res.headers.get('digest')).toBe(`SHA-256=${Buffer.from(sha, 'hex').toString('base64')}`);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="${NAME.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(NAME).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
    );
    const cached = await fetch(url, { headers: { authorization: `Bearer ${e.operator.token}`, 'if-none-match': `"sha256-${sha}"` } });
    expect(cached.status).toBe(304);

    // once published, anyone can download it, unchanged
    await gql(p, transition('policySubmit'), { i: { policyId: policy.id } }, { token: e.operator.token });
    await gql(p, REVIEW, { i: { policyId: policy.id, decision: 'APPROVE' } }, { token: e.reviewer.token });
    await gql(p, transition('policyPublish'), { i: { policyId: policy.id } }, { token: e.operator.token });
    const pub = await fetch(url);
    expect(pub.status).toBe(200);
    expect(Buffer.from(await pub.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('refuses oversize, wrong or disguised types, anonymous and non-operator uploads, and cross-site posts', async () => {
    const over = await upload(pdfBytes(10 * 1024 * 1024 + 1), { token: e.operator.token });
    expect(over.status).toBe(413);
    expect(over.body.errors[0]).toMatchObject({ code: 'TOO_LONG', field: 'file' });
    const exe = await upload(pdfBytes(100), { token: e.operator.token, name: 'setup.exe', type: 'application/octet-stream' });
    expect([exe.status, exe.body.errors[0].code, exe.body.errors[0].field]).toEqual([400, 'INVALID', 'contentType']);
    const mismatch = await upload(pdfBytes(100), { token: e.operator.token, name: 'photo.pdf', type: 'image/png' });
    expect(mismatch.status).toBe(400);
    const disguised = await upload(randomBytes(100), { token: e.operator.token, name: 'real.pdf' });
    expect([disguised.status, disguised.body.errors[0].message]).toEqual([400, '文件内容与扩展名不符']);
    const empty = await upload(Buffer.alloc(0), { token: e.operator.token });
    expect(empty.status).toBe(400);
    const pathName = await upload(pdfBytes(100), { token: e.operator.token, name: '../../etc/passwd.pdf' });
    expect(pathName.body.errors[0].field).toBe('fileName');

    const anon = await upload(pdfBytes(100));
    expect([anon.status, anon.body.errors[0].code]).toEqual([401, 'UNAUTHENTICATED']);
    const owner = await enterpriseOwner(p);
    const notOperator = await upload(pdfBytes(100), { token: owner.token });
    expect([notOperator.status, notOperator.body.errors[0].code]).toEqual([403, 'FORBIDDEN']);
    const crossSite = await upload(pdfBytes(100), { token: e.operator.token, origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    // another operator cannot claim someone else's upload
    const mine = await upload(pdfBytes(100), { token: e.operator.token });
    const other = await editors(p);
    const policy = await draftPolicy(p, other);
    const stolen = await gql(p, ADD, { i: { policyId: policy.id, uploadId: mine.body.upload!.id } }, { token: other.operator.token });
    expect(stolen.data.policyAttachmentAdd.errors[0].code).toBe('NOT_FOUND');
    const [{ n }] = await p.sql<{ n: number }>('select count(*)::int as n from policy_upload');
    expect(n).toBe(1); // only the unclaimed valid one
    // a day later the operator's next upload drops the one never attached
    p.clock.advance(25 * 3_600_000);
    const fresh = await upload(pdfBytes(100), { token: e.operator.token });
    expect((await p.sql<{ id: string }>('select id from policy_upload')).length).toBe(1);
    expect(fresh.status).toBe(201);
    expect((await fetch(`${p.url}/files/policy-attachments/nope`)).status).toBe(404);
  });

  it('an hourly job removes uploads never attached after 24 hours; attached and fresh ones stay', async () => {
    const HOUR = 3_600_000;
    const stale = await editors(p); // uploads once and never again, so only the sweep can remove it
    const policy = await draftPolicy(p, stale);
    const bytes = pdfBytes(2048);
    const left = await upload(bytes, { token: stale.operator.token });
    const kept = await upload(bytes, { token: stale.operator.token });
    const added = await gql(p, ADD, { i: { policyId: policy.id, uploadId: kept.body.upload!.id } }, { token: stale.operator.token });
    expect(added.data.policyAttachmentAdd.errors).toEqual([]);
    const attachmentUrl = `${p.url}/files/policy-attachments/${encodeURIComponent(added.data.policyAttachmentAdd.attachment!.id)}`;
    const uploads = () => p.sql<{ id: string }>('select id from policy_upload where id = $1', [fromGlobalId(left.body.upload!.id, 'PolicyUpload')]);

    // 23 hours on, the sweep runs and keeps it
    p.clock.advance(23 * HOUR);
    await p.jobs.runDue();
    expect((await uploads()).length).toBe(1);

    // past 24 hours: gone (it can no longer be attached); the attachment stays; another operator's fresh upload stays
    p.clock.advance(2 * HOUR);
    const fresh = await upload(bytes, { token: e.operator.token });
    expect(fresh.status).toBe(201);
    await p.jobs.runDue();
    expect(await uploads()).toEqual([]);
    const late = await gql(p, ADD, { i: { policyId: policy.id, uploadId: left.body.upload!.id } }, { token: stale.operator.token });
    expect(late.data.policyAttachmentAdd.errors).toEqual([{ code: 'NOT_FOUND', field: 'uploadId', message: '上传的文件不存在或已使用，请重新上传' }]);
    const res = await fetch(attachmentUrl, { headers: { authorization: `Bearer ${stale.operator.token}` } });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
    const mine = await draftPolicy(p, e);
    const attached = await gql(p, ADD, { i: { policyId: mine.id, uploadId: fresh.body.upload!.id } }, { token: e.operator.token });
    expect(attached.data.policyAttachmentAdd.errors).toEqual([]);

    // the next run is queued for the next hour, once, whatever the number of instances or restarts
    const [{ n }] = await p.sql<{ n: number }>(`select count(*)::int as n from job where queue = 'policy.uploads.sweep' and done_at is null`);
    expect(n).toBe(1);
  });
});
