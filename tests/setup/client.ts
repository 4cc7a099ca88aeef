import type { TestPlatform } from './platform.js';

export interface GqlResult<T = any> {
  status: number;
  data: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: string[] }[];
  extensions?: Record<string, any>;
  headers: Headers;
}

export interface GqlOptions {
  token?: string;
  site?: string;
  headers?: Record<string, string>;
}

/** Sends one GraphQL operation over real HTTP. */
export async function gql<T = any>(p: TestPlatform, query: string, variables?: Record<string, unknown>, opts: GqlOptions = {}): Promise<GqlResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.site) headers['x-qifu-site'] = opts.site;
  const res = await fetch(p.graphqlUrl, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const text = await res.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: text }] };
  }
  return { status: res.status, data: body.data, errors: body.errors, extensions: body.extensions, headers: res.headers };
}

/** Sends an operation and returns its single root field, throwing on transport or GraphQL errors. */
export async function call<T = any>(p: TestPlatform, query: string, vars: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await gql(p, query, vars, { token });
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return Object.values(res.data as Record<string, any>)[0] as T;
}

/** Like `call` for mutations, also throwing on payload errors: returns the payload. */
export async function must<T = any>(p: TestPlatform, query: string, vars: Record<string, unknown>, token?: string): Promise<T> {
  const payload = await call(p, query, vars, token);
  if (payload?.errors?.length) throw new Error(JSON.stringify(payload.errors));
  return payload as T;
}
