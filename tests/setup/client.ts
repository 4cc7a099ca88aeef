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
