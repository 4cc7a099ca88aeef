import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { AddressRefused, checkAddress, guardedLookup } from './webhook.address.js';
import type { WebhookConfig } from './webhook.config.js';

/** What one POST to an endpoint came to. */
export interface PostOutcome {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  response: string | null;
}

const RESPONSE_KEEP = 500;
const RESPONSE_READ = 4096;

/**
 * POSTs a JSON body once: no redirect following (a 3xx fails the attempt: a partner's endpoint must answer
 * itself), a timeout over the whole exchange, only the start of the answer kept, private addresses refused.
 */
export function postWebhook(config: WebhookConfig, url: string, body: string, headers: Record<string, string>): Promise<PostOutcome> {
  const fail = (error: string, statusCode: number | null = null, response: string | null = null): PostOutcome => ({ ok: false, statusCode, error, response });
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.resolve(fail('回调地址无效'));
  }
  if (target.protocol !== 'https:' && (config.httpsOnly || target.protocol !== 'http:')) return Promise.resolve(fail('回调地址必须使用 https'));
  const host = target.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    try {
      checkAddress(host, config.allowPrivate);
    } catch (err) {
      return Promise.resolve(fail((err as Error).message));
    }
  }
  return new Promise((resolve) => {
    let settled = false;
    const done = (o: PostOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(o);
    };
    const req = (target.protocol === 'https:' ? https : http).request(target, {
      method: 'POST',
      agent: false,
      lookup: guardedLookup(config.allowPrivate) as never,
      headers: {
        ...headers,
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(body)),
        'user-agent': 'Qifu-Webhook/1',
      },
    });
    const timer = setTimeout(() => {
      done(fail(`回调超时：${config.timeoutMs} 毫秒内未完成应答`));
      req.destroy();
    }, config.timeoutMs);
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (err instanceof AddressRefused) return done(fail(err.message));
      done(fail(`连接回调地址失败（${err.code ?? err.message}）`));
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const finish = () => {
        const text = Buffer.concat(chunks).toString('utf8').slice(0, RESPONSE_KEEP);
        const status = res.statusCode ?? 0;
        if (status >= 200 && status < 300) done({ ok: true, statusCode: status, error: null, response: text || null });
        else if (status >= 300 && status < 400)
          done(
            fail(
              `回调地址返回重定向 HTTP ${status}（不跟随重定向，请登记最终地址）`,
              status,
              res.headers.location ? `Location: ${res.headers.location}`.slice(0, RESPONSE_KEEP) : text || null,
            ),
          );
        else done(fail(`回调地址返回 HTTP ${status}`, status, text || null));
        res.destroy();
      };
      res.on('data', (c: Buffer) => {
        if (size < RESPONSE_READ) chunks.push(c);
        size += c.length;
        if (size >= RESPONSE_READ) finish();
      });
      res.on('end', finish);
      res.on('error', finish);
    });
    req.end(body);
  });
}
