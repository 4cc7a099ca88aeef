import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE as ACTIVITY_CREATE, REVIEW as ACTIVITY_REVIEW } from '../factories/activities.js';
import { approvedInstitution, ok, operator, PNG_1X1 } from '../factories/docking.js';
import { editors, publishedPolicy } from '../factories/policies.js';
import { signUp } from '../factories/accounts.js';
import { useWebTest } from '../setup/browser.js';

/**
 * B1 / A2 widgets: a government page on another origin embeds the widgets with one script tag; they show the
 * city site's content with its province's, search, and never carry or expose the platform's session.
 */

// The host page's server (another origin: 127.0.0.2), started before the platform so its origin can be allowed.
const host: Server = createServer((req, res) => hostPage(req, res));
await new Promise<void>((ok) => host.listen(0, '127.0.0.2', ok));
const HOST = `http://127.0.0.2:${(host.address() as AddressInfo).port}`;
process.env.QIFU_ALLOWED_ORIGINS = [process.env.QIFU_ALLOWED_ORIGINS, HOST].filter(Boolean).join(',');

const web = useWebTest();
let platformUrl = '';

/** The embedding page: a strict CSP (no inline script or style, no eval), one script tag, the elements. */
function hostPage(req: IncomingMessage, res: ServerResponse) {
  if (req.url !== '/') {
    res.writeHead(204).end(); // favicon.ico and the like
    return;
  }
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': `default-src 'none'; script-src ${platformUrl}; connect-src ${platformUrl}; style-src 'self'; img-src 'self'`,
  });
  res.end(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>合肥市人民政府</title>
<script src="${platformUrl}/widgets/v1/qifu.js"></script></head><body>
<h1>合肥市人民政府 · 惠企政策</h1>
<qifu-policy-search site="hefei"></qifu-policy-search>
<qifu-policy-list site="hefei" first="20"></qifu-policy-list>
<qifu-activity-list site="hefei"></qifu-activity-list>
</body></html>`);
}

/** Requests that reached /graphql from the host page's origin, with whether they carried a cookie. */
const crossOrigin: { cookie: boolean }[] = [];

/**
 * TEST-ONLY CORS SHIM, used only while the platform itself does not answer the preflight (the CORS work of
 * issue #12 lands in a parallel branch): answers the host origin's preflight and adds Access-Control-Allow-Origin
 * (never credentials). Once the platform answers preflights, the test runs against the real thing.
 */
function wrap(server: Server, useShim: boolean) {
  const [original] = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.headers.origin === HOST && req.url?.startsWith('/graphql') && req.method === 'POST') crossOrigin.push({ cookie: !!req.headers.cookie });
    if (useShim && req.headers.origin === HOST && req.url?.startsWith('/graphql')) {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          'access-control-allow-origin': HOST,
          'access-control-allow-methods': 'POST',
          'access-control-allow-headers': 'content-type, x-qifu-site',
          vary: 'Origin',
        });
        res.end();
        return;
      }
      res.setHeader('access-control-allow-origin', HOST);
      res.setHeader('vary', 'Origin');
    }
    original!(req, res);
  });
}

async function publishOn(site: string, title: string, e: Awaited<ReturnType<typeof editors>>) {
  return publishedPolicy(p(), e, { title, hotWords: [], tags: [] }, site);
}

const p = () => web.p;
const HOUR = 3_600_000;

beforeAll(async () => {
  platformUrl = web.p.url;
  const preflight = await fetch(web.p.graphqlUrl, {
    method: 'OPTIONS',
    headers: { origin: HOST, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-qifu-site' },
  });
  wrap(web.p.http.server, preflight.headers.get('access-control-allow-origin') !== HOST);
});
afterAll(() => new Promise<void>((ok) => host.close(() => ok())));

describe('B1/A2 widgets embedded on another origin', () => {
  it('serves /widgets/v1/qifu.js as a small script, and 404 for unknown widget paths', async () => {
    const res = await fetch(`${platformUrl}/widgets/v1/qifu.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(res.headers.get('cache-control')).toContain('public');
    const body = await res.text();
    expect(body).not.toMatch(/<!doctype html/i);
    expect(body).toContain('qifu-policy-search');
    expect(body).not.toMatch(/\beval\(|new Function\(/);
    // Budget: 60 KB gzip.
    expect(gzipSync(body, { level: 9 }).length).toBeLessThanOrEqual(60 * 1024);
    const br = await fetch(`${platformUrl}/widgets/v1/qifu.js`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    for (const path of ['/widgets/v1/nope.js', '/widgets/v2/qifu.js', '/widgets/v1/']) {
      const missing = await fetch(`${platformUrl}${path}`);
      expect(missing.status, path).toBe(404);
      expect(await missing.text()).not.toMatch(/<!doctype html/i);
    }
  });

  it('shows Hefei and Anhui policies on a Hefei page, searches, lists activities, and never sends the session', async () => {
    const e = await editors(p());
    await publishOn('anhui', '安徽省促进中小企业专精特新发展若干措施（挂件）', e);
    await publishOn('hefei', '合肥市中小企业数字化转型专项资金管理办法（挂件）', e);
    await publishOn('wuhu', '芜湖市稳岗就业补贴实施细则（挂件）', e);
    const op = await operator(p());
    const inst = await approvedInstitution(p(), op);
    const start = new Date(p().clock.now().getTime() + 72 * HOUR);
    const created = await ok(
      p(),
      ACTIVITY_CREATE,
      {
        i: {
          name: '专精特新企业培育政策宣讲会',
          column: 'TECHNOLOGY',
          logo: { base64: PNG_1X1 },
          content: '解读专精特新企业培育政策。',
          agenda: [{ startsAt: start.toISOString(), title: '政策解读', speaker: '张华' }],
          participants: '中小企业负责人',
          organisers: ['安徽省经济和信息化厅'],
          placeAddress: '合肥市蜀山区黄山路1号',
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 2 * HOUR).toISOString(),
          registrationMethod: 'PLATFORM',
          registrationDeadline: new Date(start.getTime() - 24 * HOUR).toISOString(),
          capacity: 50,
          contactName: '陈静',
          contactPhone: '0551-62345678',
          targetAudience: '中小企业',
        },
      },
      inst.token,
    );
    await ok(p(), ACTIVITY_REVIEW, { i: { activityId: created.activity!.id, decision: 'APPROVE' } }, op.token);
    await p().jobs.runDue();

    // A signed-in platform session in the same browser.
    const member = await signUp(p(), '企业用户');
    const page = web.page;
    await web.signIn(member.mobile, '/');
    const cookies = await page.context().cookies(platformUrl);
    expect(cookies.some((c) => c.name === 'qifu_session')).toBe(true);

    const sent: { query?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } }[] = [];
    page.on('request', (r) => {
      if (r.url() === `${platformUrl}/graphql` && r.method() === 'POST' && page.url().startsWith(HOST)) sent.push(r.postDataJSON());
    });
    await page.goto(`${HOST}/`);
    const list = page.locator('qifu-policy-list');
    await list.getByRole('link', { name: '合肥市中小企业数字化转型专项资金管理办法（挂件）' }).waitFor();
    await list.getByRole('link', { name: '安徽省促进中小企业专精特新发展若干措施（挂件）' }).waitFor();
    expect(await list.getByText('芜湖市稳岗就业补贴实施细则（挂件）').count()).toBe(0);
    const href = await list.getByRole('link', { name: '安徽省促进中小企业专精特新发展若干措施（挂件）' }).getAttribute('href');
    expect(href).toMatch(new RegExp(`^${platformUrl}/policy/`));

    // Search through the widget's own box.
    const search = page.locator('qifu-policy-search');
    await search.getByRole('searchbox', { name: '搜索政策' }).fill('数字化转型');
    await search.getByRole('button', { name: '搜索' }).click();
    await search.getByRole('link', { name: '合肥市中小企业数字化转型专项资金管理办法（挂件）' }).waitFor();
    expect(await search.getByRole('status').textContent()).toMatch(/找到 \d+ 条政策/);

    // Activities with a registration link into the platform.
    const activities = page.locator('qifu-activity-list');
    const register = activities.getByRole('link', { name: '报名参加：专精特新企业培育政策宣讲会' });
    await register.waitFor();
    expect(await register.getAttribute('href')).toMatch(new RegExp(`^${platformUrl}/activities/`));

    // The session is neither sent nor readable from the host page or the widgets.
    expect(crossOrigin.length).toBeGreaterThanOrEqual(3);
    expect(crossOrigin.every((r) => !r.cookie)).toBe(true);
    expect(await page.evaluate(() => document.cookie)).not.toContain('qifu_session');
    // Trusted documents: the widgets sent registered ids only, never document text.
    expect(sent.length).toBeGreaterThanOrEqual(3);
    for (const body of sent) {
      expect(body.query).toBeUndefined();
      expect(body.extensions?.persistedQuery?.sha256Hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    }
    expect(web.pageErrors).toEqual([]);
  }, 120_000);

  it('/widgets shows each widget live with its snippet; /developers browses the schema with descriptions', async () => {
    const page = await web.newPage();
    await page.goto(`${platformUrl}/widgets`);
    await page.getByRole('heading', { name: '嵌入挂件', level: 1 }).waitFor();
    expect(await page.locator('code', { hasText: `<script src="${platformUrl}/widgets/v1/qifu.js" defer></script>` }).count()).toBe(1);
    for (const tag of ['qifu-policy-search', 'qifu-policy-list', 'qifu-activity-list', 'qifu-demand-form']) {
      expect(await page.locator('code', { hasText: `<${tag} site="hefei"` }).count(), tag).toBe(1);
    }
    await page.getByTestId('live-qifu-policy-search').getByRole('searchbox', { name: '搜索政策' }).waitFor();
    await page.getByTestId('live-qifu-demand-form').getByRole('button', { name: '提交需求' }).waitFor();

    await page.goto(`${platformUrl}/developers`);
    await page.getByRole('heading', { name: '开发者', level: 1 }).waitFor();
    for (const lang of ['curl', 'Python', 'Java', 'JavaScript']) {
      await page.getByRole('tab', { name: lang, exact: true }).click();
      expect(await page.getByRole('tabpanel').textContent()).toContain('/oauth/token');
    }
    await page.getByLabel('搜索类型、字段或说明').fill('provinceOnlySet');
    await page.getByRole('button', { name: 'Mutation', exact: true }).click();
    expect(await page.locator('.schema-field', { hasText: 'provinceOnlySet' }).textContent()).toContain('province-only');
    expect(web.pageErrors).toEqual([]);
  });
});
