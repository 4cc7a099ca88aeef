import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRUSTED_DOCUMENTS_FILE } from '../../server/app/http/trusted-documents.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { ROOT } from '../setup/web.js';

/** A2 trusted documents: the web client and the widgets send ids registered at build time; partners may still send text. */

let p: TestPlatform;
const manifest = JSON.parse(readFileSync(join(ROOT, TRUSTED_DOCUMENTS_FILE), 'utf8')) as Record<string, string>;
const idOf = (operation: string) => Object.entries(manifest).find(([, text]) => text.startsWith(operation))![0];

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(p.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

beforeAll(async () => {
  p = await startTestPlatform();
});
afterAll(async () => {
  await p?.stop();
});

describe('A2 trusted documents', () => {
  it('runs a registered document by id, with or without the sha256: prefix', async () => {
    const id = idOf('query WidgetSite ');
    for (const sha256Hash of [id, id.replace(/^sha256:/, '')]) {
      const res = await post({ extensions: { persistedQuery: { version: 1, sha256Hash } } }, { 'x-qifu-site': 'hefei' });
      expect(res.status).toBe(200);
      expect((await res.json()).data.currentSite).toEqual({ __typename: 'Site', name: '合肥市企业公共服务平台', regionCode: '340100' });
    }
  });

  it('refuses an unknown id with a clear code, and never registers one sent with a document', async () => {
    const unknown = { extensions: { persistedQuery: { version: 1, sha256Hash: `sha256:${'0'.repeat(64)}` } } };
    const res = await post(unknown);
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0]).toMatchObject({ extensions: { code: 'TRUSTED_DOCUMENT_UNKNOWN' }, message: expect.stringContaining('未登记') });
    // A full document with a made-up id runs (open endpoint) but does not make the id known.
    const both = await post({ query: '{ currentSite { code } }', ...unknown });
    expect((await both.json()).data.currentSite.code).toBe('anhui');
    expect((await post(unknown)).status).toBe(400);
  });

  it('still accepts full documents from partners and tests', async () => {
    const res = await post({ query: '{ currentSite { code } }' }, { 'x-qifu-site': 'wuhu' });
    expect((await res.json()).data.currentSite.code).toBe('wuhu');
  });
});
