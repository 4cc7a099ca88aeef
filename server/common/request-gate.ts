import type { IncomingMessage } from 'node:http';
import type { ClientViewer } from './context.js';

/** Why a request was refused before GraphQL saw it: an HTTP status, a machine code and a Chinese message. */
export interface Refusal {
  status: number;
  code: string;
  message: string;
  /** Seconds, for 429 (the Retry-After header). */
  retryAfterSeconds?: number;
  /** For 401 of a bearer token (RFC 6750 §3). */
  wwwAuthenticate?: string;
}

export type Admission = { client: ClientViewer | null } | { refused: Refusal };

export interface AdmissionRequest {
  req: IncomingMessage;
  /** The raw body as received (signed requests sign its bytes); '' for GET. */
  body: string;
  /** Path with query string, as the client sent it. */
  pathWithQuery: string;
  /** The client address (after QIFU_TRUSTED_PROXIES). */
  address: string;
  /** The bearer token, if any. */
  bearer: string | undefined;
  /** The Origin of a browser page on another origin (CORS), else null. */
  foreignOrigin: string | null;
  /** The site the request addresses. */
  siteId: string;
  requestId: string;
}

/**
 * What the HTTP layer asks before a GraphQL request runs: which browser origins may call (CORS), and whether
 * the request is admitted (partner credentials, quotas and rate limits). Implemented by the partner feature;
 * without it every origin but our own is refused and nothing is counted.
 */
export interface RequestGate {
  /** An allowed cross-origin caller: for `siteId`, or for any site when it is omitted (preflights name no site). */
  originAllowed(origin: string, siteId?: string): boolean;
  /** The origin and the partner's credentials (access token or signed request) and quota: one statement for a partner. */
  admit(request: AdmissionRequest): Promise<Admission>;
  /** Counts a request that turned out anonymous (no person's session, no partner) against its client address. */
  countAnonymous(address: string, requestId: string): Promise<Refusal | null>;
}
