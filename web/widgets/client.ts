import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** The origin the script was loaded from: the widgets' default endpoint (read once, while the script runs). */
export const SCRIPT_ORIGIN = (() => {
  const src = (document.currentScript as HTMLScriptElement | null)?.src;
  try {
    return new URL(src || location.href).origin;
  } catch {
    return location.origin;
  }
})();

export class WidgetError extends Error {}

/**
 * Sends a registered operation by its id only (trusted documents). Never with credentials: the widget runs on
 * another site's page and must neither send nor see the platform's session cookie.
 */
export async function request<R, V>(endpoint: string, site: string | null, doc: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  const hash = (doc as { __meta__?: { hash?: string } }).__meta__?.hash;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (site) headers['x-qifu-site'] = site;
  let res: Response;
  try {
    res = await fetch(`${endpoint.replace(/\/+$/, '')}/graphql`, {
      method: 'POST',
      mode: 'cors',
      credentials: 'omit',
      referrerPolicy: 'strict-origin-when-cross-origin',
      headers,
      body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
    });
  } catch {
    throw new WidgetError('无法连接企业公共服务平台，请稍后再试');
  }
  const body = (await res.json().catch(() => null)) as { data?: R; errors?: { message: string }[] } | null;
  if (!body?.data) throw new WidgetError(body?.errors?.[0]?.message ?? `服务暂不可用（${res.status}）`);
  return body.data;
}
