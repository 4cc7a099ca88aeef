import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'SAMEORIGIN',
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self' ws: wss:; frame-ancestors 'self'; base-uri 'none'; form-action 'self'",
};

/**
 * Serves the built web client from `webRoot`: any path that is not a file gets index.html (client-side
 * routes); hashed assets are cached for a year, everything else revalidated.
 */
export function staticFiles(webRoot: string): (res: ServerResponse, pathname: string) => void {
  const assets = join(webRoot, 'assets');
  return (res, pathname) => {
    if (!existsSync(webRoot)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Web client not built: run `npm run build:web`. GraphQL is at /graphql.');
      return;
    }
    const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(webRoot, safe);
    if (!file.startsWith(webRoot) || !existsSync(file) || statSync(file).isDirectory()) file = join(webRoot, 'index.html');
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    const cache = file.includes(assets) ? 'public, max-age=31536000, immutable' : 'no-cache';
    res.writeHead(200, { 'content-type': type, 'cache-control': cache, ...SECURITY_HEADERS });
    createReadStream(file).pipe(res);
  };
}
