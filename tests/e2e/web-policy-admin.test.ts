import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { staff, type TestAccount } from '../factories/accounts.js';
import { editors, publishedPolicy, type Editors } from '../factories/policies.js';
import { useWebTest } from '../setup/browser.js';
import { SHOTS } from '../setup/web.js';

/** The operator's side in a real Chromium: editor, review queue (author cannot approve), publish, revise with a diff, decomposition. */

// Review queues and condition rows are read platform-wide: each test on its own database.
const w = useWebTest({ platformPerTest: true });
let e: Editors;
let both: TestAccount; // OPERATOR and REVIEWER: may author, may review, never their own

beforeEach(async () => {
  e = await editors(w.p);
  both = await staff(w.p, ['OPERATOR', 'REVIEWER'], '运营兼审核');
});

/** The refused upload (HTTP 400) logs a resource error in the console by design; anything else is a failure. */
const unexpectedErrors = () => w.pageErrors.filter((m) => !m.includes('Failed to load resource'));

const TITLE = '合肥市促进软件和信息服务业高质量发展若干政策';

describe('web policy administration', () => {
  it('drafts in the editor, refuses self-review, approves, publishes, revises with a readable diff', async () => {
    const { p } = w;
    const author = await w.signedIn(both.mobile, '/admin/policies/new');
    const main = author.locator('#main');
    const form = main.getByRole('form', { name: '政策编辑' });
    await form.getByLabel('标题').fill(TITLE);
    await form.getByLabel('文号').fill('合政〔2026〕88号');
    await form.getByLabel('发文部门').fill('合肥市人民政府、合肥市经济和信息化局');
    await form.getByLabel('政策类型').selectOption('NORMATIVE_DOCUMENT');
    await form.getByLabel('发布日期').fill('2026-06-01');
    await form.getByLabel('适用地区').selectOption(['340100']);
    await form.getByLabel('小型').check();
    const body = form.getByRole('textbox', { name: '正文' });
    await body.click();
    await author.keyboard.type('第一条 申报主体须在合肥市注册。');
    await author.keyboard.press('Enter');
    await author.keyboard.type('第二条 研发投入占比不低于5%。');
    await form.getByRole('button', { name: '保存草稿' }).click();
    await author.waitForURL(/\/admin\/policies\/[^/]+\/edit$/);
    const id = decodeURIComponent(/\/admin\/policies\/([^/]+)\/edit$/.exec(author.url())![1]);
    await main.getByTestId('editor-status').filter({ hasText: '草稿' }).waitFor();
    // what was typed is stored as sanitised paragraphs
    const [stored] = await p.sql<{ body: string; regions: string[]; size_classes: string[] }>(
      `select body, regions, size_classes from policy where title = $1`,
      [TITLE],
    );
    expect(stored.body).toContain('申报主体须在合肥市注册。');
    expect(stored.body).not.toMatch(/<div|style=/);
    expect([stored.regions, stored.size_classes]).toEqual([['340100'], ['SMALL']]);

    // validation from the API lands on the field
    await form.getByLabel('来源网址').fill('ftp://example.cn/x');
    await form.getByRole('button', { name: '保存', exact: true }).click();
    await form.getByTestId('error-sourceUrl').waitFor();
    await form.getByLabel('来源网址').fill('https://www.hefei.gov.cn/policy/88.html');

    // an attachment over the upload route: listed with its SHA-256; a wrong type is refused with the API's message
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(300 * 1024, 7)]);
    await main.getByLabel(/上传附件/).setInputFiles({ name: '申报表.exe', mimeType: 'application/octet-stream', buffer: pdf });
    await main.getByRole('button', { name: '上传', exact: true }).click();
    expect(await main.getByTestId('attachment-error').textContent()).toContain('不支持的附件类型');
    await main.getByLabel(/上传附件/).setInputFiles({ name: '附件1 申报表.pdf', mimeType: 'application/pdf', buffer: pdf });
    await main.getByRole('button', { name: '上传', exact: true }).click();
    await main.getByTestId('editor-attachments').getByRole('link', { name: '附件1 申报表.pdf' }).waitFor();

    await form.getByRole('button', { name: '保存并提交审核' }).click();
    await main.getByTestId('editor-status').filter({ hasText: '待审核' }).waitFor();
    expect(await main.getByTestId('editor-notice').textContent()).toBe('已提交审核');

    // the author is also a reviewer: the queue shows it, the API refuses and the message is shown
    await author.goto(`${p.url}/admin/policies/review`);
    const mine = main.getByTestId('review-item').filter({ hasText: TITLE });
    await mine.getByRole('button', { name: '审核通过' }).click();
    await mine.getByTestId('form-error').waitFor();
    expect(await mine.getByTestId('form-error').textContent()).toBe('审核人不能审核自己编写或提交的政策');

    // another reviewer: returning needs a comment, then approves
    const reviewer = await w.signedIn(e.reviewer.mobile, '/admin/policies/review');
    const item = reviewer.locator('#main').getByTestId('review-item').filter({ hasText: TITLE });
    await item.getByRole('button', { name: '退回修改' }).click();
    expect(await item.getByTestId('form-error').textContent()).toBe('退回时请填写审核意见');
    await item.getByRole('button', { name: '审核通过' }).click();
    await item.waitFor({ state: 'detached' });
    await reviewer.locator('#main').getByText('暂无待审核的政策').waitFor();

    // the author publishes, then revises: the published version stays, a new one is published with a diff
    await author.goto(`${p.url}/admin/policies/${encodeURIComponent(id)}/edit`);
    await main.getByTestId('editor-status').filter({ hasText: '审核通过' }).waitFor();
    await form.getByRole('button', { name: '发布' }).click();
    await main.getByTestId('editor-status').filter({ hasText: '已发布' }).waitFor();
    await main.getByTestId('policy-versions').getByText('第 1 版').waitFor();
    await form.getByRole('button', { name: '发起修订' }).click();
    await main.getByTestId('editor-status').filter({ hasText: '草稿' }).waitFor();
    await form.getByLabel('文号').fill('合政〔2026〕89号');
    await body.click();
    await author.keyboard.press('Control+End');
    await author.keyboard.press('Enter');
    await author.keyboard.type('第三条 本政策自发布之日起施行。');
    await form.getByRole('button', { name: '保存并提交审核' }).click();
    await main.getByTestId('editor-status').filter({ hasText: '待审核' }).waitFor();
    await reviewer.reload();
    // the reviewer sees what the revision changes against the published version
    const changes = reviewer.locator('#main').getByTestId('review-item').filter({ hasText: TITLE }).getByTestId('review-changes');
    expect(await changes.locator('tr', { hasText: '文号' }).textContent()).toBe('文号合政〔2026〕88号合政〔2026〕89号');
    expect(await changes.locator('.policy-diff__added').textContent()).toBe('新增：第三条 本政策自发布之日起施行。');
    await reviewer.locator('#main').getByTestId('review-item').filter({ hasText: TITLE }).getByRole('button', { name: '审核通过' }).click();
    await reviewer.locator('#main').getByText('暂无待审核的政策').waitFor();
    await author.reload();
    await main.getByTestId('editor-status').filter({ hasText: '审核通过' }).waitFor();
    await form.getByLabel('修订说明（发布时记入版本）').fill('调整文号，增加施行日期');
    await form.getByRole('button', { name: '发布' }).click();
    await main.getByTestId('policy-versions').getByText('第 2 版').waitFor();
    await main.getByRole('button', { name: '与第 1 版比较' }).click();
    const diff = main.getByTestId('policy-diff');
    await diff.waitFor();
    expect(await diff.locator('tr', { hasText: '文号' }).textContent()).toBe('文号合政〔2026〕88号合政〔2026〕89号');
    expect(await diff.locator('.policy-diff__added').textContent()).toBe('新增：第三条 本政策自发布之日起施行。');
    await author.screenshot({ path: join(SHOTS, 'policy-editor.png'), fullPage: true });

    // the public page links the attachment; the bytes are the ones uploaded
    await author.goto(`${p.url}/policy/${encodeURIComponent(id)}`);
    const link = main.getByRole('link', { name: '附件1 申报表.pdf' });
    const href = await link.getAttribute('href');
    const res = await fetch(`${p.url}${href}`);
    expect(Buffer.from(await res.arrayBuffer()).equals(pdf)).toBe(true);
    expect(unexpectedErrors()).toEqual([]);
  }, 150_000);

  it('decomposes a policy: pins a condition to a sentence, chooses field, operator and value, saves', async () => {
    const { p } = w;
    // Its own published policy, as the first test leaves it: three paragraphs, for 合肥, 小型.
    await publishedPolicy(p, e, {
      title: TITLE,
      docNo: '合政〔2026〕89号',
      departments: ['合肥市人民政府、合肥市经济和信息化局'],
      regions: ['340100'],
      sizeClasses: ['SMALL'],
      body: '<p>第一条 申报主体须在合肥市注册。</p><p>第二条 研发投入占比不低于5%。</p><p>第三条 本政策自发布之日起施行。</p>',
    });
    const operator = await w.signedIn(e.operator.mobile, '/admin/policies');
    const main = operator.locator('#main');
    await main.getByTestId('admin-policy').filter({ hasText: TITLE }).getByRole('link', { name: '拆解申报条件' }).click();
    await operator.waitForURL(/\/conditions$/);
    const sentence = main.getByTestId('policy-sentence').filter({ hasText: '研发投入占比不低于5%。' });
    await sentence.getByRole('button', { name: /添加条件/ }).click();
    const row = main.getByTestId('condition-row');
    await row.getByLabel('画像字段').selectOption('RD_RATIO');
    await row.getByLabel('比较方式').selectOption('GTE');
    await row.getByLabel('数值').fill('5');
    expect(await row.getByTestId('condition-summary').textContent()).toBe('研发投入占营业收入比例（%）不低于5（企业可改变）');
    await main
      .getByTestId('policy-sentence')
      .filter({ hasText: '申报主体须在合肥市注册。' })
      .getByRole('button', { name: /添加条件/ })
      .click();
    const region = main.getByTestId('condition-row').nth(1);
    await region.getByLabel('取值').selectOption(['340100']);
    expect(await region.getByTestId('condition-summary').textContent()).toBe('注册地属于合肥市（市本级）');
    await main.getByRole('button', { name: '保存申报条件' }).click();
    expect(await main.getByTestId('conditions-saved').textContent()).toBe('已保存 2 个申报条件');
    const rows = await p.sql<{ field: string; operator: string; values: string[]; changeable: boolean; source_sentence: string }>(
      `select field, operator, "values", changeable, source_sentence from policy_condition order by position`,
    );
    expect(rows).toEqual([
      { field: 'RD_RATIO', operator: 'GTE', values: ['5'], changeable: true, source_sentence: '第二条 研发投入占比不低于5%。' },
      { field: 'REGION', operator: 'IN', values: ['340100'], changeable: false, source_sentence: '第一条 申报主体须在合肥市注册。' },
    ]);
    // a value missing: the API's message is shown at the condition
    await main
      .getByTestId('policy-sentence')
      .first()
      .getByRole('button', { name: /添加条件/ })
      .click();
    await main.getByRole('button', { name: '保存申报条件' }).click();
    await main.getByTestId('condition-row').nth(2).locator('.field-error').first().waitFor();
    await operator.screenshot({ path: join(SHOTS, 'policy-conditions.png'), fullPage: true });

    // expire, then withdraw, each after a confirmation; the public then no longer sees it
    await main.getByRole('link', { name: '返回编辑' }).click();
    await main.getByTestId('editor-status').filter({ hasText: '已发布' }).waitFor();
    await main.getByRole('button', { name: '标记为过期' }).click();
    await main.getByRole('button', { name: '确认过期' }).click();
    await main.getByTestId('editor-status').filter({ hasText: '已过期' }).waitFor();
    await main.getByRole('button', { name: '撤回' }).click();
    await main.getByRole('button', { name: '确认撤回' }).click();
    await main.getByTestId('editor-status').filter({ hasText: '已撤回' }).waitFor();
    expect(await main.getByTestId('editor-notice').textContent()).toBe('已撤回');
    const [{ status }] = await p.sql<{ status: string }>(`select status from policy where title = $1`, [TITLE]);
    expect(status).toBe('WITHDRAWN');
    expect(unexpectedErrors()).toEqual([]);
  }, 90_000);
});
