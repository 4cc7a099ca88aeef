import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsxSheet } from '../setup/xlsx-reader.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestAccount } from '../factories/accounts.js';
import { CREATE as ACTIVITY_CREATE, REVIEW as ACTIVITY_REVIEW } from '../factories/activities.js';
import { approvedInstitution, ok, operator, PNG_1X1, type TestInstitution } from '../factories/docking.js';
import { graphql } from '../gql/index.js';
import { gql } from '../setup/client.js';
import { useWebTest } from '../setup/browser.js';
import type { TestPlatform } from '../setup/platform.js';
import { SHOTS } from '../setup/web.js';

/** The activity calendar, the QR ticket, the organiser's check-in desk (success, second check-in, forged ticket) and the attendee's evaluation. */

const web = useWebTest();
const { signedIn, pageErrors } = web;
let p: TestPlatform;
let op: TestAccount;
let inst: TestInstitution;

const NAME = '专精特新企业申报政策宣讲会';
const HOUR = 3600_000;
const DAY = 24 * HOUR;

beforeAll(async () => {
  p = web.p;
  op = await operator(p);
  inst = await approvedInstitution(p, op);
});

const chinaDay = (d: Date) => new Date(d.getTime() + 8 * HOUR).toISOString().slice(0, 10);

const MY_REGISTRATION = graphql(`
  query WebDockingActivitiesMyRegistration($id: ID!) {
    activity(id: $id) {
      myRegistration {
        rating
        comment
      }
    }
  }
`);

describe('web activities', () => {
  it("shows the month calendar, the QR ticket, checks tickets in at the desk and takes the attendee's evaluation", async () => {
    // An organiser of its own: the statistics export then counts this activity alone, whatever ran before.
    const inst = await approvedInstitution(p, op);
    const start = new Date(p.clock.now().getTime() + 3 * DAY);
    const created = await ok(
      p,
      ACTIVITY_CREATE,
      {
        i: {
          name: NAME,
          column: 'CONSULTING',
          logo: { base64: PNG_1X1 },
          content: '解读专精特新中小企业认定标准与申报流程。',
          agenda: [{ startsAt: start.toISOString(), title: '政策解读', speaker: '王强' }],
          participants: '省内中小企业负责人',
          organisers: ['安徽省中小企业服务中心'],
          placeAddress: '合肥市蜀山区黄山路1号会议中心',
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 3 * HOUR).toISOString(),
          registrationMethod: 'PLATFORM',
          registrationDeadline: new Date(start.getTime() - DAY).toISOString(),
          capacity: 30,
          contactName: '陈静',
          contactPhone: '0551-62345678',
          targetAudience: '省内中小企业',
        },
      },
      inst.token,
    );
    const activityId: string = created.activity!.id;
    await ok(p, ACTIVITY_REVIEW, { i: { activityId, decision: 'APPROVE' } }, op.token);

    // The calendar: from the list, then to the activity's month; the activity sits on its day.
    const attendee = await signUp(p, '参会人');
    const user = await signedIn(attendee.mobile, '/activities');
    await user.getByRole('link', { name: '月历视图' }).click();
    await user.waitForURL(/\/activities\/calendar$/);
    await user.getByRole('table').waitFor();
    const month = chinaDay(start).slice(0, 7);
    await user.goto(`${p.url}/activities/calendar?month=${month}`);
    const cell = user.locator(`td[data-day="${chinaDay(start)}"]`);
    await cell.getByRole('link', { name: NAME }).waitFor();
    expect(await user.getByRole('heading', { level: 1 }).textContent()).toBe(`${Number(month.slice(0, 4))}年${Number(month.slice(5))}月活动`);
    await user.screenshot({ path: join(SHOTS, 'activity-calendar.png'), fullPage: true });

    // Register from the calendar: the ticket comes with its QR code, a real image.
    await cell.getByRole('link', { name: NAME }).click();
    await user.getByRole('heading', { name: NAME, level: 1 }).waitFor();
    // Every I2 field on the page: logo, agenda with speakers, participants.
    await user.locator('.activity-agenda', { hasText: '政策解读' }).filter({ hasText: '主讲：王强' }).waitFor();
    expect(await user.getByAltText(`${NAME}活动标识`).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await user.getByText('省内中小企业负责人').waitFor();
    await user.locator('#main').getByRole('button', { name: '报名' }).click();
    const qr = user.getByTestId('ticket-qr');
    await qr.waitFor();
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const ticket = (await user.getByTestId('registration-ticket').textContent())!;
    await user.screenshot({ path: join(SHOTS, 'activity-ticket-qr.png'), fullPage: true });

    // The desk, once the check-in window opens (an hour before the start).
    p.clock.advance(3 * DAY - 30 * 60_000);
    const desk = await signedIn(inst.mobile, '/');
    await desk.getByRole('link', { name: '机构工作台' }).click();
    await desk.getByRole('navigation', { name: '机构工作台' }).getByRole('link', { name: '活动签到' }).click();
    await desk.waitForURL(`${p.url}/institution/activities`);
    // The statistics export: an XLSX workbook made by the API, downloaded by the browser.
    const [download] = await Promise.all([desk.waitForEvent('download'), desk.getByRole('button', { name: '导出活动统计（Excel）' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^活动统计-按月份-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const xlsx = readFileSync((await download.path())!);
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(
      readXlsxSheet(xlsx)
        .find((r) => r[0] === chinaDay(start).slice(0, 7))
        ?.slice(2, 5),
    ).toEqual(['1', '30', '1']);
    await desk.locator('.policy-item', { hasText: NAME }).getByRole('link', { name: '签到' }).click();
    await desk.waitForURL(/\/institution\/activities\/[^/]+\/check-in$/);
    await desk.getByRole('heading', { name: NAME, level: 1 }).waitFor();
    const code = desk.getByLabel('电子票码');
    const result = desk.getByTestId('check-in-result');

    await code.fill(ticket);
    await code.press('Enter');
    await result.filter({ hasText: '签到成功' }).waitFor();
    await desk.getByTestId('check-in-count').filter({ hasText: '已签到 1 / 1 人' }).waitFor();
    await desk.screenshot({ path: join(SHOTS, 'check-in-ok.png'), fullPage: true });

    await code.fill(ticket);
    await desk.getByRole('button', { name: '签到', exact: true }).click();
    await result.filter({ hasText: '重复签到' }).waitFor();
    expect(await result.textContent()).toMatch(/该电子票已于.*签到，不能重复签到/);

    await code.fill(ticket.slice(0, -4) + (ticket.endsWith('AAAA') ? 'BBBB' : 'AAAA'));
    await code.press('Enter');
    await result.filter({ hasText: '无效电子票' }).waitFor();
    expect(await result.textContent()).toContain('电子票无效或已被篡改');
    await desk.screenshot({ path: join(SHOTS, 'check-in-forged.png'), fullPage: true });

    // The organiser's summary: refused before the start, published after it; attendees see it on the page.
    const summary = desk.getByRole('form', { name: '活动总结' });
    await summary.getByLabel('总结内容').fill('本次宣讲会到场企业代表踊跃提问，会后将整理问答材料。');
    await summary.getByRole('button', { name: '发布总结' }).click();
    await summary.getByTestId('form-error').filter({ hasText: '活动开始后才能发布总结' }).waitFor();
    p.clock.advance(HOUR);
    await summary.getByRole('button', { name: '发布总结' }).click();
    await summary.getByText('活动总结已发布。').waitFor();

    // The attendee, checked in, rates the activity once.
    await user.reload();
    await user.locator('#main').getByText('会后将整理问答材料').waitFor();
    await user.getByTestId('checked-in').waitFor();
    const form = user.getByRole('form', { name: '评价活动' });
    await form.getByLabel('4 分').check();
    await form.getByLabel('评价内容').fill('讲解清楚，案例实用。');
    await form.getByRole('button', { name: '提交评价' }).click();
    await user.getByTestId('activity-evaluation').filter({ hasText: '4 分' }).waitFor();
    const mine = await gql(p, MY_REGISTRATION, { id: activityId }, { token: attendee.token });
    expect(mine.data.activity!.myRegistration).toEqual({ rating: 4, comment: '讲解清楚，案例实用。' });
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it('an invitation-only activity: the organiser invites on the management page, an uninvited visitor sees 仅限受邀, the invitee registers', async () => {
    const name = '企业出海合规闭门研讨会';
    const start = new Date(p.clock.now().getTime() + 5 * DAY);
    const created = await ok(
      p,
      ACTIVITY_CREATE,
      {
        i: {
          name,
          column: 'CONSULTING',
          content: '邀请出海企业交流合规经验。',
          agenda: [{ startsAt: start.toISOString(), title: '合规经验交流', speaker: '李明' }],
          participants: '受邀企业负责人',
          organisers: ['安徽省中小企业服务中心'],
          placeAddress: '合肥市蜀山区黄山路1号会议中心',
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 2 * HOUR).toISOString(),
          registrationMethod: 'INVITATION',
          registrationDeadline: new Date(start.getTime() - DAY).toISOString(),
          capacity: 20,
          contactName: '陈静',
          contactPhone: '0551-62345678',
          targetAudience: '受邀企业',
        },
      },
      inst.token,
    );
    const id: string = created.activity!.id;
    await ok(p, ACTIVITY_REVIEW, { i: { activityId: id, decision: 'APPROVE' } }, op.token);
    const [stranger, guest] = await Promise.all([signUp(p, '路人'), signUp(p, '嘉宾')]);

    // Not invited: the button says so and explains.
    const visitor = await signedIn(stranger.mobile, `/activities/${encodeURIComponent(id)}`);
    const closed = visitor.locator('#main').getByRole('button', { name: '仅限受邀' });
    await closed.waitFor();
    expect(await closed.isDisabled()).toBe(true);
    expect(await visitor.getByTestId('invitation-only').textContent()).toContain('不在邀请名单中');

    // The organiser's page: a bad line is named, then the invitation is listed.
    const desk = await signedIn(inst.mobile, `/institution/activities/${encodeURIComponent(id)}/check-in`);
    const form = desk.getByRole('form', { name: '邀请参加活动' });
    const m = guest.mobile;
    await form.getByLabel('受邀人手机号码或电子邮箱').fill(`${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}\n不是号码`);
    await form.getByRole('button', { name: '邀请' }).click();
    await form.getByTestId('form-error').filter({ hasText: '第 2 行：' }).waitFor();
    await form.getByLabel('受邀人手机号码或电子邮箱').fill(m);
    await form.getByRole('button', { name: '邀请' }).click();
    await form.getByText('已邀请 1 人。').waitFor();
    await desk.getByRole('list', { name: '已邀请' }).getByText(m).waitFor();
    await desk.getByRole('button', { name: `撤销对 ${m} 的邀请` }).waitFor();
    await desk.screenshot({ path: join(SHOTS, 'activity-invitations.png'), fullPage: true });

    // The invitee registers.
    const invitee = await signedIn(guest.mobile, `/activities/${encodeURIComponent(id)}`);
    await invitee.getByText('您已受邀参加本活动。').waitFor();
    await invitee.locator('#main').getByRole('button', { name: '报名' }).click();
    await invitee.getByTestId('registration-status').waitFor();
    expect(pageErrors).toEqual([]);
  }, 180_000);
});
