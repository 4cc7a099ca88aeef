import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../db/paths.js';

/** Written by `npm run codegen` (client preset `persistedDocuments`): the web client's and the widgets' operations by id. */
export const TRUSTED_DOCUMENTS_FILE = 'web/src/gql/persisted-documents.json';

export type TrustedDocuments = ReadonlyMap<string, string>;

/** Reads the manifest once per platform; ids are kept with and without the `sha256:` prefix. */
export function loadTrustedDocuments(file = join(projectRoot(), TRUSTED_DOCUMENTS_FILE)): TrustedDocuments {
  const out = new Map<string, string>();
  if (!existsSync(file)) return out;
  for (const [id, text] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)) {
    out.set(id, text);
    out.set(id.replace(/^sha256:/, ''), text);
  }
  return out;
}

export interface TrustedDocumentRefusal {
  status: number;
  body: { errors: { message: string; extensions: { code: string } }[] };
}

/**
 * A request that names a registered document by id (`extensions.persistedQuery.sha256Hash`, no `query`) gets
 * that document; an unknown id is refused, and never registered on the fly (Apollo's automatic persisted
 * queries would let anyone add documents). Requests with a full `query` pass unchanged: partners and tests
 * may send documents, under the open endpoint's limits.
 */
export function resolveTrustedDocument(body: unknown, documents: TrustedDocuments): TrustedDocumentRefusal | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const request = body as { query?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } };
  const persisted = request.extensions?.persistedQuery;
  if (!persisted || typeof persisted !== 'object') return null;
  const id = persisted.sha256Hash;
  const text = typeof id === 'string' ? documents.get(id) : undefined;
  if (request.query === undefined && text === undefined) {
    return {
      status: 400,
      body: { errors: [{ message: '未登记的查询文档编号：请使用构建时登记的文档，或发送完整的查询文档', extensions: { code: 'TRUSTED_DOCUMENT_UNKNOWN' } }] },
    };
  }
  if (request.query === undefined) request.query = text;
  // The id has served its purpose; Apollo's own APQ cache must not see (or store) it.
  delete request.extensions!.persistedQuery;
  return null;
}
