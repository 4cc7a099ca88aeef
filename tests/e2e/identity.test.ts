import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, PASSWORD, signUp, staff, uniqueMobile } from '../factories/accounts.js';
import { gql, gqlRaw } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { graphql } from '../gql/index.js';
import { print } from 'graphql';

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
});
afterAll(async () => {
  await p?.stop();
});

const REGISTER = graphql(`
  mutation IdentityAccountRegister($i: AccountRegisterInput!) {
    accountRegister(input: $i) {
      account {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);
const LOGIN = graphql(`
  mutation IdentityLogin($i: LoginInput!) {
    login(input: $i) {
      token
      idleTimeoutSeconds
      account {
        displayName
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

describe('D2 accounts and sessions', () => {
  it('rejects a weak password with a typed field error and writes nothing', async () => {
    const mobile = uniqueMobile();
    for (const password of ['short1A', 'alllowercase1', 'ALLUPPER123']) {
      const res = await gql(p, REGISTER, { i: { mobile, displayName: '王五', password } });
      expect(res.data.accountRegister.account).toBeNull();
      expect(res.data.accountRegister.errors[0]).toMatchObject({ code: 'WEAK_PASSWORD', field: 'password' });
      expect(res.data.accountRegister.errors[0].message).toMatch(/密码/);
    }
    expect(await p.sql('select 1 from account where mobile = $1', [mobile])).toHaveLength(0);
  });

  it('rejects malformed and duplicate identifiers', async () => {
    const bad = await gql(p, REGISTER, { i: { mobile: '12345', email: 'not-an-email', displayName: '王五', password: PASSWORD } });
    expect(bad.data.accountRegister.errors.map((e) => e.field).sort()).toEqual(['email', 'mobile']);
    const a = await signUp(p);
    const dup = await gql(p, REGISTER, { i: { mobile: a.mobile, displayName: '赵六', password: PASSWORD } });
    expect(dup.data.accountRegister.errors).toEqual([{ code: 'DUPLICATE', field: 'mobile', message: '该手机号码已注册' }]);
  });

  it('caps oversized input', async () => {
    const res = await gql(p, REGISTER, { i: { mobile: uniqueMobile(), displayName: '名'.repeat(51), password: PASSWORD } });
    expect(res.data.accountRegister.errors[0]).toMatchObject({ code: 'TOO_LONG', field: 'displayName' });
  });

  it('signs in with a bearer token or an HttpOnly cookie, and logout revokes the session', async () => {
    const a = await signUp(p, '钱七');
    const res = await fetch(p.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(LOGIN), variables: { i: { identifier: a.mobile, password: PASSWORD } } }),
    });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^qifu_session=qf_[\w-]+; Path=\/; HttpOnly; SameSite=Lax/);
    const body = await res.json();
    expect(body.data.login.idleTimeoutSeconds).toBe(1800);
    const viaCookie = await gql(
      p,
      graphql(`
        query IdentityMe {
          me {
            displayName
          }
        }
      `),
      {},
      { headers: { cookie: cookie.split(';')[0] } },
    );
    expect(viaCookie.data.me).toEqual({ displayName: '钱七' });
    const token = body.data.login.token;
    expect(
      (
        await gql(
          p,
          graphql(`
            query IdentityMe2 {
              me {
                displayName
              }
            }
          `),
          {},
          { token },
        )
      ).data.me!.displayName,
    ).toBe('钱七');
    const out = await gql(
      p,
      graphql(`
        mutation IdentityLogout {
          logout {
            revoked
          }
        }
      `),
      {},
      { token },
    );
    expect(out.data.logout.revoked).toBe(true);
    expect(
      (
        await gql(
          p,
          graphql(`
            query IdentityMe3 {
              me {
                displayName
              }
            }
          `),
          {},
          { token },
        )
      ).data.me,
    ).toBeNull();
  });

  it('expires idle sessions: 30 minutes for users, 15 for operators', async () => {
    const user = await signUp(p);
    const op = await staff(p, ['OPERATOR']);
    const [{ idle_timeout_s: userIdle }] = await p.sql<{ idle_timeout_s: number }>(
      `select s.idle_timeout_s from session s join account a on a.id = s.account_id where a.mobile = $1 order by s.created_at desc limit 1`,
      [user.mobile],
    );
    const [{ idle_timeout_s: opIdle }] = await p.sql<{ idle_timeout_s: number }>(
      `select s.idle_timeout_s from session s join account a on a.id = s.account_id where a.mobile = $1 order by s.created_at desc limit 1`,
      [op.mobile],
    );
    expect([userIdle, opIdle]).toEqual([1800, 900]);
    await p.sql(`update session set last_seen_at = now() - interval '16 minutes' where account_id = (select id from account where mobile = $1)`, [op.mobile]);
    expect(
      (
        await gql(
          p,
          graphql(`
            query IdentityMe4 {
              me {
                displayName
              }
            }
          `),
          {},
          { token: op.token },
        )
      ).data.me,
    ).toBeNull();
    await p.sql(`update session set last_seen_at = now() - interval '16 minutes' where account_id = (select id from account where mobile = $1)`, [user.mobile]);
    expect(
      (
        await gql(
          p,
          graphql(`
            query IdentityMe5 {
              me {
                displayName
              }
            }
          `),
          {},
          { token: user.token },
        )
      ).data.me,
    ).not.toBeNull();
  });

  it('changes the password and revokes other sessions', async () => {
    const a = await signUp(p);
    const other = await login(p, a.mobile);
    const res = await gql(
      p,
      graphql(`
        mutation IdentityPasswordChange($i: PasswordChangeInput!) {
          passwordChange(input: $i) {
            account {
              id
            }
            errors {
              code
              field
            }
          }
        }
      `),
      { i: { currentPassword: PASSWORD, newPassword: 'New#Pass2027' } },
      { token: a.token },
    );
    expect(res.data.passwordChange.errors).toEqual([]);
    expect(
      (
        await gql(
          p,
          graphql(`
            query IdentityMe6 {
              me {
                id
              }
            }
          `),
          {},
          { token: other },
        )
      ).data.me,
    ).toBeNull();
    expect(
      (
        await gql(
          p,
          graphql(`
            query IdentityMe7 {
              me {
                id
              }
            }
          `),
          {},
          { token: a.token },
        )
      ).data.me,
    ).not.toBeNull();
    await login(p, a.mobile, 'New#Pass2027');
  });
});

describe('D2 lockout after five failures', () => {
  const LOGIN_MESSAGE = graphql(`
    mutation IdentityLogin2($i: LoginInput!) {
      login(input: $i) {
        errors {
          code
          message
        }
      }
    }
  `);
  const wrong = { password: 'Wrong#Pass1' };

  it('locks after five wrong passwords in separate requests; the right one is then refused', async () => {
    const a = await signUp(p);
    for (let i = 0; i < 5; i++) {
      const res = await gql(p, LOGIN, { i: { identifier: a.mobile, ...wrong } });
      expect(res.data.login.errors[0].code).toBe('INVALID_CREDENTIALS');
    }
    const sixth = await gql(p, LOGIN, { i: { identifier: a.mobile, password: PASSWORD } });
    expect(sixth.data.login.errors[0]).toMatchObject({ code: 'ACCOUNT_LOCKED' });
    expect(sixth.data.login.token).toBeNull();
    const ops = await p.sql<{ operation: string }>(
      `select operation from audit_log where object_id = (select id::text from account where mobile = $1) order by id`,
      [a.mobile],
    );
    expect(ops.filter((o) => o.operation === 'auth.lockout')).toHaveLength(1);
  });

  it('tells the attempts left, and answers an unregistered number exactly as a registered one', async () => {
    const a = await signUp(p);
    const unregistered = `1390${String(Date.now()).slice(-7)}`;
    const answers = async (identifier: string) => {
      const out: { code: string; message: string }[] = [];
      for (let i = 0; i < 6; i++) out.push((await gql(p, LOGIN_MESSAGE, { i: { identifier, ...wrong } })).data.login.errors[0]);
      return out;
    };
    const registered = await answers(a.mobile);
    expect(registered.map((e) => e.message)).toEqual([
      '账号或密码错误，再错4次账号将锁定15分钟',
      '账号或密码错误，再错3次账号将锁定15分钟',
      '账号或密码错误，再错2次账号将锁定15分钟',
      '账号或密码错误，再错1次账号将锁定15分钟',
      '账号或密码错误；已连续错误5次，账号锁定15分钟',
      '密码连续错误5次，账号已锁定15分钟，请稍后再试',
    ]);
    expect(await answers(unregistered)).toEqual(registered);
  });

  it('counts every aliased login field in one document', async () => {
    const a = await signUp(p);
    const fields = Array.from({ length: 6 }, (_, i) => `a${i}: login(input: { identifier: "${a.mobile}", password: "Wrong#Pass${i}" }) { errors { code } }`);
    // generated aliases in one document: operation text, sent as it is
    const res = await gqlRaw(p, `mutation { ${fields.join('\n')} }`);
    const codes = Object.values(res.data as Record<string, { errors: { code: string }[] }>).map((r) => r.errors[0].code);
    expect(codes).toEqual([
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'ACCOUNT_LOCKED',
    ]);
    const right = await gql(p, LOGIN, { i: { identifier: a.mobile, password: PASSWORD } });
    expect(right.data.login.errors[0].code).toBe('ACCOUNT_LOCKED');
  });

  it('refuses batched requests outright, so a batch cannot get round the count', async () => {
    const a = await signUp(p);
    const batch = Array.from({ length: 6 }, () => ({ query: print(LOGIN), variables: { i: { identifier: a.mobile, ...wrong } } }));
    const res = await fetch(p.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(batch) });
    expect(res.status).toBe(400);
    const [row] = await p.sql<{ failed_logins: number }>('select failed_logins from account where mobile = $1', [a.mobile]);
    expect(row.failed_logins).toBe(0);
  });
});

describe('D2 separation of duties', () => {
  const SET = graphql(`
    mutation IdentityAccountRolesSet($i: AccountRolesSetInput!) {
      accountRolesSet(input: $i) {
        account {
          roles
        }
        errors {
          code
          field
          message
        }
      }
    }
  `);

  it('never lets one account hold two administrator roles; only the security admin grants roles', async () => {
    const security = await staff(p, ['SECURITY_ADMIN'], '安全管理员');
    const target = await signUp(p, '新运营');
    const conflict = await gql(p, SET, { i: { accountId: target.id, roles: ['SYSTEM_ADMIN', 'AUDIT_ADMIN'] } }, { token: security.token });
    expect(conflict.data.accountRolesSet.errors[0]).toMatchObject({ code: 'ROLE_CONFLICT', field: 'roles' });
    const ok = await gql(p, SET, { i: { accountId: target.id, roles: ['OPERATOR', 'REVIEWER'] } }, { token: security.token });
    expect(ok.data.accountRolesSet.account!.roles).toEqual(['OPERATOR', 'REVIEWER']);
    const self = await gql(p, SET, { i: { accountId: security.id, roles: ['SYSTEM_ADMIN'] } }, { token: security.token });
    expect(self.data.accountRolesSet.errors[0].code).toBe('FORBIDDEN');
    const sys = await staff(p, ['SYSTEM_ADMIN']);
    const denied = await gql(p, SET, { i: { accountId: target.id, roles: ['OPERATOR'] } }, { token: sys.token });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // The database itself refuses the combination too.
    await expect(p.sql(`update account set roles = '{SYSTEM_ADMIN,SECURITY_ADMIN}' where mobile = $1`, [target.mobile])).rejects.toThrow();
  });

  it('lets the system admin create staff accounts and the audit admin read the audit log', async () => {
    const sys = await staff(p, ['SYSTEM_ADMIN']);
    const created = await gql(
      p,
      graphql(`
        mutation IdentityStaffAccountCreate($i: StaffAccountCreateInput!) {
          staffAccountCreate(input: $i) {
            account {
              id
              roles
            }
            errors {
              code
            }
          }
        }
      `),
      { i: { mobile: uniqueMobile(), displayName: '新审核员', password: PASSWORD } },
      { token: sys.token },
    );
    expect(created.data.staffAccountCreate.account!.roles).toEqual([]);
    const auditor = await staff(p, ['AUDIT_ADMIN']);
    const log = await gql(
      p,
      graphql(`
        query IdentityAuditLog {
          auditLog(first: 50, filter: { operation: "account.create" }) {
            totalCount
            nodes {
              operation
              result
              actorId
              ip
              at
            }
          }
        }
      `),
      {},
      { token: auditor.token },
    );
    expect(log.data.auditLog.totalCount).toBeGreaterThanOrEqual(1);
    expect(log.data.auditLog.nodes[0]).toMatchObject({ operation: 'account.create', result: 'SUCCESS' });
    expect(log.data.auditLog.nodes[0].ip).toBeTruthy();
    const denied = await gql(
      p,
      graphql(`
        query IdentityAuditLog2 {
          auditLog(first: 1) {
            totalCount
          }
        }
      `),
      {},
      { token: sys.token },
    );
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps the audit log append-only', async () => {
    await signUp(p, '审计示例'); // a row to change: a statement that touches no row fires no row trigger
    await expect(p.sql(`update audit_log set result = 'SUCCESS'`)).rejects.toThrow(/append-only/);
    await expect(p.sql(`delete from audit_log`)).rejects.toThrow(/append-only/);
    await expect(p.sql(`truncate audit_log`)).rejects.toThrow(/append-only/);
  });
});

describe('D2 account administration', () => {
  it('lets the security admin find locked accounts, unlock and disable them', async () => {
    const security = await staff(p, ['SECURITY_ADMIN']);
    const a = await signUp(p, '被锁定用户');
    for (let i = 0; i < 5; i++) await gql(p, LOGIN, { i: { identifier: a.mobile, password: 'Wrong#Pass1' } });
    const locked = await gql(
      p,
      graphql(`
        query IdentityAccounts($s: String) {
          accounts(first: 10, filter: { locked: true, search: $s }) {
            totalCount
            nodes {
              id
              displayName
              locked
              disabled
            }
          }
        }
      `),
      { s: a.mobile },
      { token: security.token },
    );
    expect(locked.data.accounts.nodes).toEqual([{ id: a.id, displayName: '被锁定用户', locked: true, disabled: false }]);
    const SET = graphql(`
      mutation IdentityAccountStatusSet($i: AccountStatusSetInput!) {
        accountStatusSet(input: $i) {
          account {
            locked
            disabled
          }
          errors {
            code
          }
        }
      }
    `);
    const unlocked = await gql(p, SET, { i: { accountId: a.id, disabled: false } }, { token: security.token });
    expect(unlocked.data.accountStatusSet.account).toEqual({ locked: false, disabled: false });
    const token = await login(p, a.mobile);
    await gql(p, SET, { i: { accountId: a.id, disabled: true } }, { token: security.token });
    expect(
      (
        await gql(
          p,
          graphql(`
            query IdentityMe8 {
              me {
                id
              }
            }
          `),
          {},
          { token },
        )
      ).data.me,
    ).toBeNull();
    const refused = await gql(p, LOGIN, { i: { identifier: a.mobile, password: PASSWORD } });
    expect(refused.data.login.errors[0].code).toBe('INVALID_CREDENTIALS');
    const user = await signUp(p);
    const denied = await gql(
      p,
      graphql(`
        query IdentityAccounts2 {
          accounts(first: 1) {
            totalCount
          }
        }
      `),
      {},
      { token: user.token },
    );
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
