import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { PASSWORD } from '../factories/accounts.js';
import { startTestPlatform, type TestPlatform } from './platform.js';
import { ensureWebBuilt, launchChromium, SHOTS } from './web.js';

/**
 * One browser test file's fixtures: the real server on a fresh database, Debian Chromium, a first page, and
 * pages signed in through the login form. `useWebTest()` registers the beforeAll/afterAll hooks of the file;
 * its fields are ready inside tests.
 */
export interface WebTest {
  readonly p: TestPlatform;
  readonly browser: Browser;
  readonly context: BrowserContext;
  /** The first page (its own context: zh-CN, China time, 1280×900, 15 s timeouts). */
  readonly page: Page;
  /** Uncaught errors and console errors of every page opened here: tests end by expecting it empty. */
  readonly pageErrors: string[];
  /** A fresh page in a context of its own (its own cookies). */
  newPage(): Promise<Page>;
  /** Signs in through the login form on `page` (the first page by default) and waits for `next`. */
  signIn(mobile: string, next: string, page?: Page, password?: string): Promise<void>;
  /** A fresh page signed in as `mobile`, at `next`. */
  signedIn(mobile: string, next: string): Promise<Page>;
}

export function useWebTest(): WebTest {
  const contexts: BrowserContext[] = [];
  const state = { pageErrors: [] as string[] } as { -readonly [K in keyof WebTest]: WebTest[K] };

  state.newPage = async () => {
    const context = await state.browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 900 } });
    contexts.push(context);
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
    state.p = await startTestPlatform();
    state.page = await state.newPage();
    state.context = state.page.context();
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await state.browser?.close();
    await state.p?.stop();
  });

  return state;
}
