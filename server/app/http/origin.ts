import type { IncomingMessage } from 'node:http';

/** True without an Origin (not a browser), for a configured origin, or for the page's own host. */
export function sameOrigin(req: IncomingMessage, allowed: string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // not a browser
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
