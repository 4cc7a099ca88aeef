import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { login, PASSWORD, signUp, uniqueMobile } from '../factories/accounts.js';
import { graphql } from '../gql/index.js';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { captureCodes, type CapturedMessage } from '../factories/codes.js';

const REQUEST = graphql(`
  mutation TestPasswordResetRequest($i: PasswordResetRequestInput!) {
    passwordResetRequest(input: $i) {
      accepted
      errors {
        code
        field
        message
      }
    }
  }
`);
const CONFIRM = graphql(`
  mutation TestPasswordResetConfirm($i: PasswordResetConfirmInput!) {
    passwordResetConfirm(input: $i) {
      reset
      errors {
        code
        field
        message
      }
    }
  }
`);
const REGISTER = graphql(`
  mutation PasswordResetRegister($i: AccountRegisterInput!) {
    accountRegister(input: $i) {
      errors {
        code
      }
    }
  }
`);
const ME = graphql(`
  query TestResetMe {
    me {
      id
    }
  }
`);
const MY_NOTIFICATIONS = graphql(`
  query TestResetNotifications {
    myNotifications(first: 20) {
      totalCount
    }
    myUnreadNotificationCount
  }
`);

const HOUR = 3_600_000;
let p: TestPlatform;
let sent: CapturedMessage[];
beforeAll(async () => {
  p = await startTestPlatform();
  sent = captureCodes(p);
});
afterAll(async () => {
  await p?.stop();
});
// Each test starts a fresh hour, so the per-address limit of earlier tests does not carry over.
beforeEach(() => p.clock.advance(HOUR));

async function requestCode(identifier: string) {
  const res = await gql(p, REQUEST, { i: { identifier } });
  await p.jobs.runDue();
  return res.data.passwordResetRequest;
}
const codeFor = (to: string) => [...sent].reverse().find((m) => m.to === to)?.code;

describe('忘记密码: password reset by a code sent by SMS or e-mail', () => {
  it('sends a six-digit code by SMS, sets the new password with it, revokes every session and audits', async () => {
    const a = await signUp(p, '重置用户');
    const other = await login(p, a.mobile);
    expect(await requestCode(a.mobile)).toEqual({ accepted: true, errors: [] });
    const msg = sent.find((m) => m.to === a.mobile)!;
    expect(msg.channel).toBe('SMS');
    expect(msg.code).toMatch(/^\d{6}$/);
    expect(msg.text).toContain(`验证码为${msg.code}`);
    // Only the HMAC is stored.
    const [row] = await p.sql<{ code_hash: string }>(`select r.code_hash from password_reset r join account a on a.id = r.account_id where a.mobile = $1`, [
      a.mobile,
    ]);
    expect(row.code_hash).toMatch(/^[0-9a-f]{64}$/);

    const weak = await gql(p, CONFIRM, { i: { identifier: a.mobile, code: msg.code!, newPassword: 'password' } });
    expect(weak.data.passwordResetConfirm.errors[0]).toMatchObject({ code: 'WEAK_PASSWORD', field: 'newPassword' });
    const done = await gql(p, CONFIRM, { i: { identifier: a.mobile, code: msg.code!, newPassword: 'Reset#Pass2027x' } });
    expect(done.data.passwordResetConfirm).toEqual({ reset: true, errors: [] });

    expect((await gql(p, ME, {}, { token: a.token })).data.me).toBeNull();
    expect((await gql(p, ME, {}, { token: other })).data.me).toBeNull();
    await login(p, a.mobile, 'Reset#Pass2027x');
    // The code is used up.
    const again = await gql(p, CONFIRM, { i: { identifier: a.mobile, code: msg.code!, newPassword: 'Another#Pass2028' } });
    expect(again.data.passwordResetConfirm.errors[0].code).toBe('CODE_INVALID');
    const audits = await p.sql<{ operation: string; result: string }>(
      `select operation, result from audit_log where operation like 'account.passwordReset%' and object_id::text = (select id::text from account where mobile = $1) order by id`,
      [a.mobile],
    );
    expect(audits.map((r) => `${r.operation}:${r.result}`)).toEqual([
      'account.passwordResetRequest:SUCCESS',
      'account.passwordReset:SUCCESS',
      'account.passwordReset:FAILURE',
    ]);
  });

  it('sends the code by e-mail to an e-mail identifier, and never lists it in 我的消息', async () => {
    const mobile = uniqueMobile();
    const email = `reset-${mobile}@example.com`;
    const reg = await gql(p, REGISTER, {
      i: { mobile, email, displayName: '邮箱用户', password: PASSWORD },
    });
    expect(reg.data.accountRegister.errors).toEqual([]);
    const token = await login(p, email);
    expect(await requestCode(email)).toEqual({ accepted: true, errors: [] });
    const msg = sent.find((m) => m.to === email)!;
    expect(msg).toMatchObject({ channel: 'EMAIL', subject: '【企服平台】重置密码验证码' });
    expect(msg.text).toContain(msg.code!);
    expect(sent.some((m) => m.to === mobile)).toBe(false);
    const mine = (await gql(p, MY_NOTIFICATIONS, {}, { token })).data;
    expect(mine).toEqual({ myNotifications: { totalCount: 0 }, myUnreadNotificationCount: 0 });
  });

  it('answers the same for an unregistered identifier, and sends nothing', async () => {
    const before = sent.length;
    const nobody = uniqueMobile();
    expect(await requestCode(nobody)).toEqual({ accepted: true, errors: [] });
    expect(sent.length).toBe(before);
    const res = await gql(p, CONFIRM, { i: { identifier: nobody, code: '123456', newPassword: 'Reset#Pass2027x' } });
    expect(res.data.passwordResetConfirm.errors).toEqual([expect.objectContaining({ code: 'CODE_INVALID', field: 'code' })]);
  });

  it('allows five tries, then the code is dead even when right; a code expires after ten minutes', async () => {
    const a = await signUp(p);
    await requestCode(a.mobile);
    const code = codeFor(a.mobile)!;
    const wrong = code === '000000' ? '111111' : '000000';
    const messages: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await gql(p, CONFIRM, { i: { identifier: a.mobile, code: wrong, newPassword: 'Reset#Pass2027x' } });
      messages.push(r.data.passwordResetConfirm.errors[0].message);
    }
    expect(messages[0]).toBe('验证码错误，还可尝试4次');
    expect(messages[4]).toBe('验证码错误或已失效，请重新获取验证码');
    const dead = await gql(p, CONFIRM, { i: { identifier: a.mobile, code, newPassword: 'Reset#Pass2027x' } });
    expect(dead.data.passwordResetConfirm.errors[0].code).toBe('CODE_INVALID');

    p.clock.advance(2 * 60_000);
    await requestCode(a.mobile);
    const fresh = codeFor(a.mobile)!;
    p.clock.advance(11 * 60_000);
    const late = await gql(p, CONFIRM, { i: { identifier: a.mobile, code: fresh, newPassword: 'Reset#Pass2027x' } });
    expect(late.data.passwordResetConfirm.errors[0].code).toBe('CODE_INVALID');
    await login(p, a.mobile, PASSWORD);
  });

  it('limits requests per identifier (one a minute, five an hour, refused ones included) whether or not it is registered', async () => {
    for (const identifier of [(await signUp(p)).mobile, uniqueMobile()]) {
      expect((await requestCode(identifier)).accepted).toBe(true);
      const soon = await requestCode(identifier);
      expect(soon).toEqual({ accepted: false, errors: [{ code: 'RATE_LIMITED', field: 'identifier', message: '验证码发送过于频繁，请1分钟后再试' }] });
      // The refused request counts too: three more, then the hour is spent.
      for (let i = 0; i < 3; i++) {
        p.clock.advance(61_000);
        expect((await requestCode(identifier)).accepted).toBe(true);
      }
      p.clock.advance(61_000);
      expect((await requestCode(identifier)).errors[0]).toMatchObject({ code: 'RATE_LIMITED', message: '验证码请求次数过多，请1小时后再试' });
      p.clock.advance(HOUR);
    }
  });

  it('limits requests per client address (twenty an hour)', async () => {
    const results: boolean[] = [];
    for (let i = 0; i < 21; i++) results.push((await requestCode(uniqueMobile())).accepted);
    expect(results.filter(Boolean)).toHaveLength(20);
    expect(results[20]).toBe(false);
  });
});
