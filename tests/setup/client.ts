import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { TestPlatform } from './platform.js';

/** A GraphQL error as the server sends it. */
export interface GqlError {
  message: string;
  extensions?: Record<string, unknown>;
  path?: string[];
}

/**
 * One HTTP answer. `data` is typed by the document; it is absent (typed as present, as tests read it after
 * checking `errors`) when the request failed before execution.
 */
export interface GqlResult<T = unknown> {
  status: number;
  data: T;
  errors?: GqlError[];
  extensions?: Record<string, unknown> & { sqlCount?: number };
  headers: Headers;
}

export interface GqlOptions {
  token?: string;
  site?: string;
  headers?: Record<string, string>;
}

/** Untyped operation text: only for operations a test deliberately sends malformed, hostile or outside the schema. */
export type RawOperation = string;

const printed = new WeakMap<object, string>();
function text(query: TypedDocumentNode<unknown, never>): string {
  let s = printed.get(query);
  if (s === undefined) printed.set(query, (s = print(query)));
  return s;
}

/** The single root field of an operation's result (what `call` and `must` return). */
export type RootField<T> = T[Exclude<keyof T, '__typename'>];

async function send(p: TestPlatform, query: string, variables: unknown, opts: GqlOptions): Promise<GqlResult<unknown>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.site) headers['x-qifu-site'] = opts.site;
  const res = await fetch(p.graphqlUrl, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await res.text();
  let parsed: { data?: unknown; errors?: GqlError[]; extensions?: Record<string, unknown> };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    parsed = { errors: [{ message: body }] };
  }
  return { status: res.status, data: parsed.data, errors: parsed.errors, extensions: parsed.extensions, headers: res.headers };
}

/** Sends one GraphQL operation over real HTTP. */
export function gql<T, V>(p: TestPlatform, query: TypedDocumentNode<T, V>, variables?: V, opts?: GqlOptions): Promise<GqlResult<T>>;
export async function gql(
  p: TestPlatform,
  query: TypedDocumentNode<unknown, unknown>,
  variables?: unknown,
  opts: GqlOptions = {},
): Promise<GqlResult<unknown>> {
  return send(p, text(query), variables, opts);
}

/**
 * Sends operation text as it is, its result unknown: the escape hatch for operations a test deliberately sends
 * malformed, hostile or outside the schema (codegen would refuse them as documents).
 */
export function gqlRaw(p: TestPlatform, query: RawOperation, variables?: Record<string, unknown>, opts: GqlOptions = {}): Promise<GqlResult<unknown>> {
  return send(p, query, variables, opts);
}

/** Sends an operation and returns its single root field, throwing on transport or GraphQL errors. */
export function call<T, V>(p: TestPlatform, query: TypedDocumentNode<T, V>, vars?: V, token?: string): Promise<RootField<T>>;
export async function call(p: TestPlatform, query: TypedDocumentNode<unknown, unknown>, vars: unknown = {}, token?: string): Promise<unknown> {
  const res = await send(p, text(query), vars, { token });
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return Object.values(res.data as Record<string, unknown>)[0];
}

/** Like `call` for mutations, also throwing on payload errors: returns the payload. */
export function must<T, V>(p: TestPlatform, query: TypedDocumentNode<T, V>, vars: V, token?: string): Promise<RootField<T>>;
export async function must(p: TestPlatform, query: TypedDocumentNode<unknown, unknown>, vars: unknown, token?: string): Promise<unknown> {
  const payload = (await call(p, query, vars, token)) as { errors?: unknown[] } | null;
  if (payload?.errors?.length) throw new Error(JSON.stringify(payload.errors));
  return payload;
}
