import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestGate } from '../../common/request-gate.js';
import type { Config } from '../../config/index.js';

/** Request headers a cross-origin page may send to /graphql (the partner signature headers among them). */
const ALLOW_HEADERS = [
  'content-type',
  'authorization',
  'x-qifu-site',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'x-qifu-client',
  'x-qifu-timestamp',
  'x-qifu-nonce',
  'x-qifu-signature',
].join(', ');
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * CORS for /graphql (Fetch standard, "CORS protocol"). An allowed origin gets `Access-Control-Allow-Origin` echoing
 * it and `Vary: Origin`, never `Access-Control-Allow-Credentials`: no credentials cross origins, so the platform's
 * session cookie is ignored on such requests and a page elsewhere can act only as the public or with a partner's
 * bearer token. Origins come from QIFU_ALLOWED_ORIGINS, each site's list and each partner app's list.
 */
export interface Cors {
  /** The Origin of a request from another origin than the one it addresses; null for same-origin and non-browser requests. */
  foreignOrigin(req: IncomingMessage): string | null;
  allowed(origin: string, siteId?: string): boolean;
  /** Answers an OPTIONS request carrying an Origin before anything else sees it (Apollo's CSRF check refuses preflights with 400). */
  preflight(req: IncomingMessage, res: ServerResponse): void;
  /** Headers of the actual response to an allowed foreign origin. */
  responseHeaders(origin: string): Record<string, string>;
}

export function cors(config: Config, gate: RequestGate | undefined): Cors {
  const allowed = (origin: string, siteId?: string) => (gate ? gate.originAllowed(origin, siteId) : config.allowedOrigins.includes(origin));
  return {
    foreignOrigin(req) {
      const origin = req.headers.origin;
      if (!origin) return null;
      try {
        return new URL(origin).host === req.headers.host ? null : origin;
      } catch {
        return origin;
      }
    },
    allowed,
    preflight(req, res) {
      const origin = this.foreignOrigin(req);
      // Preflights carry no X-Qifu-Site value (only its name), so any site's list admits one; the request itself is checked against its site.
      if (origin === null || !allowed(origin)) {
        res.writeHead(403, { vary: 'Origin', 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ errors: [{ message: '该来源不允许跨域访问', extensions: { code: 'ORIGIN_NOT_ALLOWED' } }] }));
        return;
      }
      res.writeHead(204, {
        'access-control-allow-origin': origin,
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers': ALLOW_HEADERS,
        'access-control-max-age': String(PREFLIGHT_MAX_AGE_SECONDS),
        vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
      });
      res.end();
    },
    responseHeaders(origin) {
      return { 'access-control-allow-origin': origin, 'access-control-expose-headers': 'x-request-id, retry-after' };
    },
  };
}
