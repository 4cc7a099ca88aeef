import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import type { FetchLike } from '../../server/modules/search/typesense/transport.js';

/** One request as it left the adapter. */
export interface Recorded {
  node: string;
  method: string;
  path: string;
  query: URLSearchParams;
  queryString: string;
  body?: string;
  contentType?: string;
}

/** What a node does with a request instead of answering: a status, a network error, or no answer at all. */
export type Fault = number | 'network' | 'hang' | undefined;

type Doc = Record<string, unknown> & { id: string };

/**
 * An in-memory Typesense good enough for the adapter's calls (collections, aliases, import, export, delete,
 * multi_search returning the documents of the aliased collection, synonyms in the v28 or v30 way), recording
 * every request. It does not evaluate filters or ranking: the server-backed suite does.
 */
export class FakeTypesense {
  readonly requests: Recorded[] = [];
  readonly collections = new Map<string, { docs: Map<string, Doc>; created_at: number; synonym_sets?: string[] }>();
  readonly aliases = new Map<string, string>();
  readonly synonymSets = new Map<string, unknown>();
  /** Consulted before each request; the fault replaces the answer. */
  fault: (r: Recorded) => Fault = () => undefined;
  /** Delay before each import answers (to overlap a reindex with searches). */
  importDelayMs = 0;

  constructor(readonly major: 28 | 30 = 30) {}

  readonly fetch: FetchLike = async (url, init) => {
    const u = new URL(url);
    const r: Recorded = {
      node: u.origin,
      method: init.method,
      path: u.pathname,
      query: u.searchParams,
      queryString: u.search.replace(/^\?/, ''),
      body: init.body,
      contentType: Object.entries(init.headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1],
    };
    this.requests.push(r);
    const fault = this.fault(r);
    if (fault === 'hang') {
      return new Promise((_, fail) => init.signal.addEventListener('abort', () => fail(new Error('aborted'))));
    }
    if (fault === 'network') throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    if (typeof fault === 'number') return answer(fault, { message: `injected ${fault}` });
    if (!init.headers['X-TYPESENSE-API-KEY'] && !init.headers['x-typesense-api-key'])
      return answer(401, { message: 'Forbidden - a valid `x-typesense-api-key` header must be sent.' });
    if (r.path.endsWith('/documents/import') && this.importDelayMs) await new Promise((ok) => setTimeout(ok, this.importDelayMs));
    return this.handle(r);
  };

  private resolve(name: string) {
    return this.collections.get(this.aliases.get(name) ?? name);
  }

  private handle(r: Recorded) {
    const seg = r.path.split('/').filter(Boolean).map(decodeURIComponent);
    const body = r.body && r.contentType?.includes('json') ? JSON.parse(r.body) : undefined;
    const key = `${r.method} ${seg[0]}${seg.length > 1 ? '/:x' : ''}${seg
      .slice(2)
      .map((s) => `/${s}`)
      .join('')}`;
    if (r.method === 'GET' && r.path === '/health') return answer(200, { ok: true });
    if (r.method === 'GET' && r.path === '/debug') return answer(200, { state: 1, version: `${this.major}.0` });
    if (key === 'POST collections') {
      if (this.collections.has(body.name)) return answer(409, { message: 'already exists' });
      this.collections.set(body.name, { docs: new Map(), created_at: Math.floor(Date.now() / 1000), synonym_sets: body.synonym_sets });
      return answer(201, { ...body, num_documents: 0 });
    }
    if (key === 'GET collections')
      return answer(
        200,
        [...this.collections].map(([name, c]) => ({ name, num_documents: c.docs.size, created_at: c.created_at })),
      );
    if (key === 'GET collections/:x') {
      const c = this.resolve(seg[1]);
      return c
        ? answer(200, { name: this.aliases.get(seg[1]) ?? seg[1], num_documents: c.docs.size, created_at: c.created_at })
        : answer(404, { message: 'Not Found' });
    }
    if (key === 'DELETE collections/:x') return this.collections.delete(seg[1]) ? answer(200, { name: seg[1] }) : answer(404, { message: 'Not Found' });
    if (key === 'GET aliases/:x')
      return this.aliases.has(seg[1]) ? answer(200, { name: seg[1], collection_name: this.aliases.get(seg[1]) }) : answer(404, { message: 'Not Found' });
    if (key === 'PUT aliases/:x') {
      this.aliases.set(seg[1], body.collection_name);
      return answer(200, { name: seg[1], ...body });
    }
    if (this.major >= 30 && seg[0] === 'synonym_sets') {
      if (r.method === 'GET' && seg.length === 1)
        return answer(
          200,
          [...this.synonymSets.keys()].map((name) => ({ name, items: [] })),
        );
      if (r.method === 'PUT') this.synonymSets.set(seg[1], body);
      if (r.method === 'DELETE') this.synonymSets.delete(seg[1]);
      return answer(200, { name: seg[1], ...body });
    }
    if (this.major < 30 && seg[2] === 'synonyms' && r.method === 'PUT') return answer(200, { id: seg[3], ...body });
    if (seg[0] === 'collections' && seg[2] === 'documents') {
      const c = this.resolve(seg[1]);
      if (!c) return answer(404, { message: 'Not Found' });
      if (seg[3] === 'import') {
        const action = r.query.get('action');
        const lines = (r.body ?? '')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as Doc);
        const out = lines.map((d) => {
          if (action === 'create' && c.docs.has(d.id)) return { success: false, error: 'A document with id already exists.', code: 409 };
          c.docs.set(d.id, { ...(action === 'emplace' ? c.docs.get(d.id) : {}), ...d });
          return { success: true };
        });
        return answer(200, out.map((o) => JSON.stringify(o)).join('\n'), 'text/plain; charset=utf-8');
      }
      if (seg[3] === 'export') {
        const kind = /kind:=`([^`]*)`/.exec(r.query.get('filter_by') ?? '')?.[1];
        const docs = [...c.docs.values()].filter((d) => !kind || d.kind === kind);
        return answer(200, docs.map((d) => JSON.stringify(d)).join('\n'), 'text/plain; charset=utf-8');
      }
      if (seg.length === 3 && r.method === 'DELETE') {
        if (r.query.get('truncate') === 'true') {
          const n = c.docs.size;
          c.docs.clear();
          return answer(200, { num_deleted: n });
        }
        const f = r.query.get('filter_by') ?? '';
        const ids = [...f.matchAll(/`([^`]*)`/g)].map((m) => m[1]);
        let n = 0;
        for (const d of [...c.docs.values()]) {
          if ((f.startsWith('id:') && ids.includes(d.id)) || (f.startsWith('kind:') && ids.includes(String(d.kind)))) {
            c.docs.delete(d.id);
            n++;
          }
        }
        return answer(200, { num_deleted: n });
      }
      if (seg.length === 4 && r.method === 'PATCH') {
        const d = c.docs.get(seg[3]);
        if (!d) return answer(404, { message: 'Not Found' });
        Object.assign(d, body);
        return answer(200, d);
      }
    }
    if (r.method === 'POST' && r.path === '/multi_search') {
      return answer(200, {
        results: (body.searches as { collection: string; offset?: number; limit?: number }[]).map((s) => {
          const c = this.resolve(s.collection);
          if (!c) return { error: `Not found.`, code: 404 };
          const docs = [...c.docs.values()];
          const page = docs.slice(s.offset ?? 0, (s.offset ?? 0) + (s.limit ?? 10));
          return {
            found: docs.length,
            out_of: docs.length,
            page: 1,
            search_time_ms: 0,
            search_cutoff: false,
            hits: page.map((document) => ({ document, text_match: 1 })),
            facet_counts: [],
          };
        }),
      });
    }
    return answer(404, { message: `fake: no route for ${r.method} ${r.path}` });
  }
}

function answer(status: number, data: unknown, contentType = 'application/json; charset=utf-8') {
  const text = typeof data === 'string' ? data : JSON.stringify(data);
  return Promise.resolve({
    status,
    statusText: '',
    headers: { get: (n: string) => (n.toLowerCase() === 'content-type' ? contentType : null) },
    text: async () => text,
  });
}

// ---------------------------------------------------------------------------------------------------------
// Validation against the pinned official spec (tests/fixtures/typesense) and the server's own limits.

type Schema = Record<string, unknown>;

export class SpecValidator {
  private readonly spec: { paths: Record<string, Record<string, Schema>> } & Schema;
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });

  constructor(readonly version: '28.0' | '30.0') {
    this.spec = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), `../fixtures/typesense/openapi-v${version}.json`), 'utf8'));
    this.ajv.addSchema(this.spec, 'spec');
  }

  private deref(s: Schema | undefined): Schema | undefined {
    let cur = s;
    for (let i = 0; cur && typeof cur.$ref === 'string' && i < 10; i++) {
      cur = (cur.$ref as string)
        .replace(/^#\//, '')
        .split('/')
        .reduce<Schema | undefined>((o, k) => (o as Schema | undefined)?.[k] as Schema | undefined, this.spec);
    }
    return cur;
  }

  /** Property schemas of an object schema (through $ref and allOf); null when it is free-form. */
  private properties(s: Schema | undefined): Map<string, Schema> | null {
    const d = this.deref(s);
    if (!d) return null;
    const out = new Map<string, Schema>();
    let known = false;
    if (d.properties) {
      known = true;
      for (const [k, v] of Object.entries(d.properties as Record<string, Schema>)) out.set(k, v);
    }
    for (const part of (d.allOf as Schema[] | undefined) ?? []) {
      const p = this.properties(part);
      if (p) {
        known = true;
        for (const [k, v] of p) out.set(k, v);
      }
    }
    return known ? out : null;
  }

  /** Keys the schema does not define, at any depth (the spec leaves additionalProperties open). */
  private unknownKeys(s: Schema | undefined, value: unknown, at: string, ref: string): string[] {
    const d = this.deref(s);
    if (!d || value === null || typeof value !== 'object') return [];
    if (Array.isArray(value)) return value.flatMap((v, i) => this.unknownKeys(d.items as Schema, v, `${at}[${i}]`, ref));
    const props = this.properties(d);
    if (!props) return [];
    // The server hands each multi_search search to the handler of GET …/documents/search, which takes every
    // search parameter; the spec's MultiSearchParameters lists fewer (split_join_tokens, enable_highlight_v1).
    const fallback =
      ref === '/multi_search' && /^body\.searches\[\d+\]$/.test(at.split(' ').at(-1)!)
        ? this.properties({ $ref: '#/components/schemas/SearchParameters' })
        : null;
    return Object.entries(value).flatMap(([k, v]) => {
      const known = props.get(k) ?? fallback?.get(k);
      if (!known) return [`${at}.${k} is not in the spec`];
      const typeErrors = !props.has(k) ? this.check(known, v, `${at}.${k}`) : [];
      return [...typeErrors, ...this.unknownKeys(known, v, `${at}.${k}`, ref)];
    });
  }

  private check(schema: Schema, value: unknown, at: string, ref = ''): string[] {
    const validate = this.ajv.compile(this.rebase(schema));
    const errs = validate(value) ? [] : (validate.errors ?? []).map((e) => `${at}${e.instancePath} ${e.message}`);
    return [...errs, ...this.unknownKeys(schema, value, at, ref)];
  }

  private rebase(schema: Schema): Schema {
    return JSON.parse(JSON.stringify(schema).replace(/"\$ref":"#\//g, '"$ref":"spec#/'));
  }

  /** Every way the request leaves the spec or the server's own limits; empty when it conforms. */
  validate(r: Recorded): string[] {
    const where = `${r.method} ${r.path}`;
    const errors: string[] = [];
    if (r.queryString.length > 4_000) errors.push(`${where}: query string of ${r.queryString.length} characters (the server refuses over 4,000)`);
    const template = Object.keys(this.spec.paths).find((p) => new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(r.path));
    if (!template) return [...errors, `${where}: no such path in the v${this.version} spec`];
    const op = this.spec.paths[template][r.method.toLowerCase()] as Schema | undefined;
    if (!op) return [...errors, `${where}: no ${r.method} on ${template} in the v${this.version} spec`];
    // Query: each parameter is a key, or an object whose properties are the keys (style form, explode).
    const keys = new Map<string, Schema>();
    for (const raw of (op.parameters as Schema[] | undefined) ?? []) {
      const p = this.deref(raw)!;
      if (p.in !== 'query') continue;
      const props = this.properties(p.schema as Schema);
      if (props && this.deref(p.schema as Schema)?.type !== 'string') for (const [k, v] of props) keys.set(k, v);
      else keys.set(p.name as string, p.schema as Schema);
    }
    for (const [k, v] of r.query) {
      const s = keys.get(k);
      if (!s) {
        errors.push(`${where}: query parameter ${k} is not in the v${this.version} spec`);
        continue;
      }
      const type = this.deref(s)?.type;
      const typed = type === 'integer' || type === 'number' ? Number(v) : type === 'boolean' ? (v === 'true' ? true : v === 'false' ? false : v) : v;
      errors.push(...this.check(s, typed, `${where} ?${k}`));
    }
    // Body.
    const content = (this.deref(op.requestBody as Schema)?.content ?? {}) as Record<string, { schema: Schema }>;
    if (r.body !== undefined) {
      if (content['application/json'] && r.contentType?.includes('json')) {
        errors.push(...this.check(content['application/json'].schema, JSON.parse(r.body), `${where} body`, template));
      } else if (content['application/octet-stream'] || content['text/plain']) {
        for (const line of r.body.split('\n')) if (typeof JSON.parse(line) !== 'object') errors.push(`${where}: import line is not an object`);
      } else errors.push(`${where}: body of type ${r.contentType} where the spec takes ${Object.keys(content).join(', ') || 'none'}`);
    }
    if (r.path === '/multi_search' && r.body) {
      for (const s of JSON.parse(r.body).searches as Record<string, unknown>[]) {
        const per = Number(s.limit ?? s.per_page ?? 10);
        if (per > 250) errors.push(`${where}: ${per} hits per page (the server's maximum is 250)`);
        const sorts = sortFields(String(s.sort_by ?? ''));
        if (sorts.length > 3) errors.push(`${where}: ${sorts.length} sort fields (the server takes at most 3)`);
      }
    }
    return errors;
  }
}

/** sort_by fields: commas inside `_eval([...])` or `_text_match(...)` do not separate fields. */
export function sortFields(sortBy: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of sortBy) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur);
  return out;
}
