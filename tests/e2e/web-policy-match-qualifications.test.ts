import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enterpriseOwner } from '../factories/enterprises.js';
import { editors, publishedPolicy } from '../factories/policies.js';
import { useWebTest } from '../setup/browser.js';
import { SHOTS } from '../setup/web.js';

/**
 * Counted qualifications end to end in a real Chromium (issue 15): the enterprise declares 有效发明专利 3项 with its
 * validity in the profile form, an operator writes a QUALIFICATION_COUNT condition in the decomposition form, and
 * the enterprise's match page shows the verdict with the count compared.
 */

const w = useWebTest();
/** The row id inside a global id (base64url of `Type:uuid`). */
const uuidOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];

describe('web matching on counted qualifications', () => {
  it('a count declared in the profile form meets a count condition written in the decomposition form', async () => {
    const { p } = w;
    const e = await editors(p);
    const owner = await enterpriseOwner(p, { regionCode: '340104', qualifications: [] });
    const title = `合肥市知识产权强企培育政策（${Math.floor(Math.random() * 1e6)}）`;
    const sentence = '申报企业须拥有有效发明专利3项以上。';
    const id = await publishedPolicy(p, e, { title, body: `<p>${sentence}</p>`, regions: ['340100'], hotWords: [], tags: [] });

    // the enterprise declares its patents: when valid, and how many
    const page = await w.signedIn(owner.mobile, '/enterprise/edit');
    const main = page.locator('#main');
    await main.getByLabel('有效发明专利', { exact: true }).check();
    const terms = main.getByTestId('qualification-terms');
    await terms.getByLabel('有效发明专利 有效期自').fill('2024-03-01');
    await terms.getByLabel('有效发明专利 有效期至').fill('2034-02-28');
    await terms.getByLabel('有效发明专利 数量（项）').fill('3');
    await main.getByRole('button', { name: '保存企业信息' }).click();
    await page.waitForURL(`${p.url}/enterprise?saved=1`);
    expect(await main.getByTestId('enterprise-qualifications').textContent()).toBe('有效发明专利 3项（有效期2024-03-01至2034-02-28）');
    const [stored] = await p.sql<{ code: string; valid_from: string; valid_to: string; count: number }>(
      `select code, to_char(valid_from, 'YYYY-MM-DD') as valid_from, to_char(valid_to, 'YYYY-MM-DD') as valid_to, count
         from enterprise_qualification where enterprise_id = $1`,
      [uuidOf(owner.enterpriseId)],
    );
    expect(stored).toEqual({ code: 'INVENTION_PATENT', valid_from: '2024-03-01', valid_to: '2034-02-28', count: 3 });

    // the operator pins a count condition to the sentence
    const operator = await w.signedIn(e.operator.mobile, `/admin/policies/${encodeURIComponent(id)}/conditions`);
    const admin = operator.locator('#main');
    await admin
      .getByTestId('policy-sentence')
      .filter({ hasText: sentence })
      .getByRole('button', { name: /添加条件/ })
      .click();
    const row = admin.getByTestId('condition-row');
    await row.getByLabel('画像字段').selectOption('QUALIFICATION_COUNT');
    await row.getByLabel('比较方式').selectOption('GTE');
    await row.getByLabel('计数类资质').selectOption('INVENTION_PATENT');
    await row.getByLabel('数量（项）').fill('3');
    expect(await row.getByTestId('condition-summary').textContent()).toBe('有效发明专利数量不低于3项（企业可改变）');
    await admin.getByRole('button', { name: '保存申报条件' }).click();
    expect(await admin.getByTestId('conditions-saved').textContent()).toBe('已保存 1 个申报条件');
    const conditions = await p.sql<{ field: string; operator: string; values: string[] }>(
      `select field, operator, "values" from policy_condition where policy_id = $1`,
      [uuidOf(id)],
    );
    expect(conditions).toEqual([{ field: 'QUALIFICATION_COUNT', operator: 'GTE', values: ['INVENTION_PATENT', '3'] }]);

    // the match page: 符合, with the count compared
    await page.goto(`${p.url}/policy/for-me`);
    const item = main.getByTestId('policy-match').filter({ hasText: title });
    await item.waitFor();
    expect(await item.getByTestId('match-verdict').textContent()).toBe('符合');
    await item.locator('summary').click();
    const reason = item.locator('.policy-match__condition', { hasText: sentence }).locator('.policy-match__reason');
    await reason.waitFor();
    expect(await reason.textContent()).toBe('有效发明专利数量要求不低于3项，企业为3项（企业自报），符合');
    await page.screenshot({ path: join(SHOTS, 'policy-match-qualification-count.png'), fullPage: true });
    expect(w.pageErrors).toEqual([]);
  }, 120_000);
});
