/**
 * Child process: the baseline HTTP server — node:http, graphql-js `parse`/`validate` cached per query
 * string, `execute`, raw `pg`. Per request it does the same I/O as Qifu: one session statement for the
 * bearer token, then the page query.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execute, GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import pg from 'pg';
import { ENTERPRISE_PAGE_SQL, plainEnterpriseSchema, SESSION_SQL, tokenDigest, type EnterpriseRow, type PlainContext } from '../baselines/enterprise-schema.js';
import { serveChild } from '../lib/child.js';

export interface PlainChildArgs {
  databaseUrl: string;
  /** Site whose scope (itself and sub-sites) the list covers; default the root site, as for a request to 127.0.0.1. */
  siteCode?: string;
}

async function siteScope(pool: pg.Pool, code: string | undefined): Promise<string[]> {
  const { rows } = await pool.query<{ id: string; code: string; parent_id: string | null }>('select id, code, parent_id from site order by created_at');
  const root = rows.find((s) => (code ? s.code === code : !s.parent_id));
  if (!root) throw new Error('no site');
  const out = [root.id];
  for (let i = 0; i < out.length; i++) for (const s of rows) if (s.parent_id === out[i]) out.push(s.id);
  return out;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

type Prepared = { document: DocumentNode } | { errors: readonly GraphQLError[] };

serveChild<PlainChildArgs, Record<string, never>>(async ({ databaseUrl, siteCode }) => {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 });
  const scope = await siteScope(pool, siteCode);
  const schema: GraphQLSchema = plainEnterpriseSchema();
  const cache = new Map<string, Prepared>();
  const prepare = (query: string): Prepared => {
    let p = cache.get(query);
    if (!p) {
      try {
        const document = parse(query);
        const errors = validate(schema, document);
        p = errors.length ? { errors } : { document };
      } catch (err) {
        p = { errors: [err as GraphQLError] };
      }
      if (cache.size < 1000) cache.set(query, p);
    }
    return p;
  };
  const fetchEnterprises = async (limit: number, offset: number) => (await pool.query<EnterpriseRow>(ENTERPRISE_PAGE_SQL, [scope, limit, offset])).rows;

  const server = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
    };
    (async () => {
      if (req.method !== 'POST' || req.url !== '/graphql') return send(404, { errors: [{ message: 'not found' }] });
      const { query, variables, operationName } = JSON.parse(await readBody(req)) as {
        query: string;
        variables?: Record<string, unknown>;
        operationName?: string;
      };
      const auth = req.headers.authorization;
      let viewer: PlainContext['viewer'] = null;
      if (auth?.startsWith('Bearer ')) {
        const { rows } = await pool.query<{ roles: string[] }>(SESSION_SQL, [tokenDigest(auth.slice(7).trim())]);
        viewer = rows[0] ? { roles: rows[0].roles } : null;
      }
      const prepared = prepare(String(query));
      if ('errors' in prepared) return send(400, { errors: prepared.errors });
      const contextValue: PlainContext = { viewer, fetchEnterprises };
      const result = await execute({ schema, document: prepared.document, variableValues: variables, operationName, contextValue });
      send(200, result);
    })().catch((err: Error) => send(500, { errors: [{ message: err.message }] }));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    info: {},
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      await pool.end();
    },
  };
});
