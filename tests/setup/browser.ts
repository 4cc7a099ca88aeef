import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { PASSWORD } from '../factories/accounts.js';
import { startTestPlatform, type TestPlatform } from './platform.js';
import { ensureWebBuilt, launchChromium, SHOTS } from './web.js';

/**
 * One browser test file's fixtures: the real server on a fresh database, Debian Chromium, a page per test, and
 * pages signed in through the login form. `useWebTest()` registers the hooks of the file; its fields are ready
 * inside tests (read them inside the test or a beforeEach: `page`, `context` and, with `platformPerTest`, `p`
 * change from one test to the next).
 *
 * No test sees another's browser state: each test gets a fresh page in a context of its own (no cookies), and
 * the contexts a test opens are closed after it. One browser serves the whole file.
 */
export interface WebTest {
  readonly p: TestPlatform;
  readonly browser: Browser;
  /** This test's first context. */
  readonly context: BrowserContext;
  /** This test's first page (its own context: zh-CN, China time, 1280×900, 15 s timeouts), signed out. */
  readonly page: Page;
  /** Uncaught errors and console errors of the pages opened in this test: tests end by expecting it empty. */
  readonly pageErrors: string[];
  /** A fresh page in a context of its own (its own cookies). */
  newPage(): Promise<Page>;
  /** Signs in through the login form on `page` (this test's first page by default) and waits for `next`. */
  signIn(mobile: string, next: string, page?: Page, password?: string): Promise<void>;
  /** A fresh page signed in as `mobile`, at `next`. */
  signedIn(mobile: string, next: string): Promise<Page>;
}

export interface WebTestOptions {
  /**
   * A fresh server and database for every test (about 0.3 s), for files whose tests assert platform-wide state:
   * queue counts, totals over every row, a platform-wide setting. The file then makes its data in beforeEach.
   */
  platformPerTest?: boolean;
}

export function useWebTest(options: WebTestOptions = {}): WebTest {
  /** Contexts opened in beforeAll live for the file; those opened in a test are closed after it. */
  const fileContexts: BrowserContext[] = [];
  let testContexts: BrowserContext[] | undefined;
  const state = { pageErrors: [] as string[] } as { -readonly [K in keyof WebTest]: WebTest[K] };

  state.newPage = async () => {
    const context = await state.browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 900 } });
    (testContexts ?? fileContexts).push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (err) => state.pageErrors.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') state.pageErrors.push(msg.text());
    });
    return page;
  };
  state.signIn = async (mobile, next, page = state.page, password = PASSWORD) => {
    await page.context().clearCookies();
    await page.goto(`${state.p.url}/login?next=${encodeURIComponent(next)}`);
    await page.getByLabel('手机号码或电子邮箱').fill(mobile);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${state.p.url}${next}`);
  };
  state.signedIn = async (mobile, next) => {
    const page = await state.newPage();
    await state.signIn(mobile, next, page);
    return page;
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    // Launch first: a missing Chromium fails fast with its install hint.
    state.browser = await launchChromium();
    await ensureWebBuilt();
    if (!options.platformPerTest) state.p = await startTestPlatform();
  }, 180_000);

  beforeEach(async () => {
    if (options.platformPerTest) state.p = await startTestPlatform();
    // The same array (files keep a reference to it), emptied: errors are this test's own.
    state.pageErrors.length = 0;
    testContexts = [];
    state.page = await state.newPage();
    state.context = state.page.context();
  });

  afterEach(async () => {
    for (const context of testContexts ?? []) await context.close();
    testContexts = undefined;
    if (options.platformPerTest) await state.p?.stop();
  });

  afterAll(async () => {
    for (const context of fileContexts) await context.close();
    await state.browser?.close();
    if (!options.platformPerTest) await state.p?.stop();
  });

  return state;
}
