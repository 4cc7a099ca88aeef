import type { IncomingMessage } from 'node:http';
import type { CookieSink } from '../../common/context.js';

export const SESSION_COOKIE = 'qifu_session';

/** For requests that cannot change the session (file routes, WebSocket operations). */
export const NO_COOKIES: CookieSink = { setSession: () => {}, clearSession: () => {} };

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return decodeURIComponent(part.slice(i + 1).trim());
  }
  return undefined;
}

/** The `Authorization: Bearer` token alone (requests from other origins: their cookies are never used). */
export function bearerOf(headers: IncomingMessage['headers'], params?: Record<string, unknown>): string | undefined {
  const auth = headers.authorization ?? (typeof params?.authorization === 'string' ? params.authorization : undefined);
  return auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
}

/** The session token: `Authorization: Bearer` (header, or graphql-ws connection params), else the session cookie. */
export function tokenOf(headers: IncomingMessage['headers'], params?: Record<string, unknown>): string | undefined {
  const auth = headers.authorization ?? (typeof params?.authorization === 'string' ? params.authorization : undefined);
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  return readCookie(headers.cookie, SESSION_COOKIE);
}

/** A sink collecting the `Set-Cookie` values a GraphQL operation asks for (sign-in, sign-out). */
export function sessionCookies(production: boolean): { sink: CookieSink; setCookies: string[] } {
  const setCookies: string[] = [];
  const secure = production ? '; Secure' : '';
  const sink: CookieSink = {
    setSession: (token) => setCookies.push(`${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax${secure}`),
    clearSession: () => setCookies.push(`${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure}`),
  };
  return { sink, setCookies };
}
