import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

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
    // font-src data: for GraphiQL's stylesheet, which inlines its fonts (fonts cannot run code); its Monaco workers are
    // our own /assets files (default-src 'self'), never blob: or another origin.
    "default-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self' ws: wss:; frame-ancestors 'self'; base-uri 'none'; form-action 'self'",
};

/**
 * The embeddable widgets' script runs on other sites' pages: no frame or page policy applies to it, and it is
 * cached for an hour (revalidated by ETag) since its versioned path (/widgets/v1/) does not change per build.
 */
const WIDGET_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'cross-origin-resource-policy': 'cross-origin',
};
const WIDGET_CACHE = 'public, max-age=3600';

/** Precompressed variants written by the build (web/build/precompress.ts), in order of preference. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** The encodings an `Accept-Encoding` header allows (an explicit `q=0` refuses one). */
export function acceptedEncodings(header: string | string[] | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/**
 * Serves the built web client from `webRoot`: any path that is not a file gets index.html (client-side
 * routes), except under /assets/ where a missing file is a 404 (a stale chunk must fail, not parse HTML).
 * Hashed assets are cached for a year as immutable; index.html and the rest are revalidated (ETag).
 * The `.br`/`.gz` twin written at build time is sent when the request accepts it.
 */
export function staticFiles(webRoot: string): (req: IncomingMessage, res: ServerResponse, pathname: string) => void {
  const assets = join(webRoot, 'assets');
  const widgets = join(webRoot, 'widgets');
  return (req, res, pathname) => {
    if (!existsSync(webRoot)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Web client not built: run `npm run build:web`. GraphQL is at /graphql.');
      return;
    }
    let safe: string;
    try {
      safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
    } catch {
      safe = '/';
    }
    let file = join(webRoot, safe);
    if (!file.startsWith(webRoot) || !isFile(file)) {
      if (file.startsWith(assets + sep) || file.startsWith(widgets + sep)) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache', ...SECURITY_HEADERS });
        res.end('Not found');
        return;
      }
      file = join(webRoot, 'index.html');
    }
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    const widget = file.startsWith(widgets + sep);
    const cache = file.startsWith(assets + sep) ? 'public, max-age=31536000, immutable' : widget ? WIDGET_CACHE : 'no-cache';
    const accepted = acceptedEncodings(req.headers['accept-encoding']);
    const encoding = ENCODINGS.find((e) => accepted.has(e.name) && isFile(file + e.suffix));
    const body = encoding ? file + encoding.suffix : file;
    const st = statSync(body);
    const etag = `"${st.size.toString(36)}-${Math.trunc(st.mtimeMs).toString(36)}${encoding ? `-${encoding.name}` : ''}"`;
    const headers: Record<string, string> = {
      'content-type': type,
      'cache-control': cache,
      vary: 'Accept-Encoding',
      etag,
      ...(widget ? WIDGET_HEADERS : SECURITY_HEADERS),
    };
    if (encoding) headers['content-encoding'] = encoding.name;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    headers['content-length'] = String(st.size);
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(body).pipe(res);
  };
}
