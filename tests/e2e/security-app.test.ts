import 'reflect-metadata';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { login, PASSWORD, signUp, staff, type TestAccount } from '../factories/accounts.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { gql, gqlRaw, type RawOperation } from '../setup/client.js';
import { Secret, TOTP } from 'otpauth';
import { Query, Resolver } from 'type-graphql';
import { MODULES } from '../../server/app/modules.js';
import { startPlatform, type Platform } from '../../server/app/platform.js';
import type { QifuModule } from '../../server/common/module.js';
import type { Logger } from '../../server/common/logger.js';
import { startSecondInstance, startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { graphql } from '../gql/index.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
});
afterAll(async () => {
  await p?.stop();
});

const LOGIN = graphql(`
  mutation SecurityAppLogin($i: LoginInput!) {
    login(input: $i) {
      token
      errors {
        code
      }
    }
  }
`);
const CHANGE = graphql(`
  mutation SecurityAppPasswordChange($i: PasswordChangeInput!) {
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
`);

function wsClient(connectionParams?: Record<string, unknown>): Client {
  return createClient({ url: p.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true, connectionParams });
}

function overWs<T, V>(client: Client, query: TypedDocumentNode<T, V>, variables?: V): Promise<{ data?: T; errors?: readonly GraphQLFormattedError[] }> {
  return new Promise((resolve, reject) => {
    let result: { data?: T; errors?: readonly GraphQLFormattedError[] } = {};
    client.subscribe(
      { query: print(query), variables: variables as Record<string, unknown> | undefined },
      { next: (v) => (result = v as typeof result), error: reject, complete: () => resolve(result) },
    );
  });
}

/** Lockout audit rows and the counters of one account. */
async function lockState(mobile: string) {
  const [row] = await p.sql<{ id: string; failed_logins: number; locked: boolean }>(
    `select id, failed_logins, coalesce(locked_until > now(), false) as locked from account where mobile = $1`,
    [mobile],
  );
  const audits = await p.sql<{ operation: string; result: string; detail: Record<string, unknown> }>(
    `select operation, result, detail from audit_log where object_id = $1::text order by id`,
    [row.id],
  );
  // Wrong passwords that reached the hash (refusals of a locked account carry no count).
  const evaluated = audits.filter((a) => a.operation === 'auth.login' && a.detail.failedLogins !== undefined).length;
  return { ...row, evaluated, lockouts: audits.filter((a) => a.operation === 'auth.lockout').length };
}

describe('D2 finding 1: the attempt budget is claimed before the hash is verified', () => {
  it('100 concurrent wrong passwords with the right one last: exactly five evaluated, locked, no token (HTTP)', async () => {
    const a = await signUp(p);
    const attempts = Array.from({ length: 100 }, (_, i) => (i === 99 ? PASSWORD : `Wrong#Pass${i}`));
    const results = await Promise.all(attempts.map((password) => gql(p, LOGIN, { i: { identifier: a.mobile, password } })));
    expect(results.filter((r) => r.data.login.token)).toHaveLength(0);
    const codes = results.map((r) => r.data.login.errors[0].code);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((c) => c === 'ACCOUNT_LOCKED')).toHaveLength(95);
    const state = await lockState(a.mobile);
    expect(state).toMatchObject({ locked: true, failed_logins: 5, evaluated: 5, lockouts: 1 });
    const after = await gql(p, LOGIN, { i: { identifier: a.mobile, password: PASSWORD } });
    expect(after.data.login).toMatchObject({ token: null, errors: [{ code: 'ACCOUNT_LOCKED' }] });
  });

  it('the same burst as aliases of one document and over one WebSocket', async () => {
    const a = await signUp(p);
    const fields = Array.from(
      { length: 20 },
      (_, i) => `a${i}: login(input: { identifier: "${a.mobile}", password: "${i === 19 ? PASSWORD : `Wrong#Pass${i}`}" }) { token errors { code } }`,
    );
    // twenty generated aliases in one document: operation text, sent as it is
    const res = await gqlRaw(p, `mutation { ${fields.join('\n')} }`);
    expect(Object.values(res.data as Record<string, { token: string | null }>).filter((r) => r.token)).toHaveLength(0);
    expect((await lockState(a.mobile)).evaluated).toBe(5);

    const b = await signUp(p);
    // Four sockets (a socket has at most 50 operations open), 25 attempts each, all at once.
    const clients = Array.from({ length: 4 }, () => wsClient());
    try {
      const attempts = Array.from({ length: 100 }, (_, i) => (i === 99 ? PASSWORD : `Wrong#Pass${i}`));
      const results = await Promise.all(attempts.map((password, i) => overWs(clients[i % 4], LOGIN, { i: { identifier: b.mobile, password } })));
      expect(results.filter((r) => r.data?.login.token)).toHaveLength(0);
      expect(results.filter((r) => r.data?.login.errors[0].code === 'INVALID_CREDENTIALS')).toHaveLength(5);
    } finally {
      await Promise.all(clients.map((c) => c.dispose()));
    }
    expect(await lockState(b.mobile)).toMatchObject({ locked: true, evaluated: 5, lockouts: 1 });
  });

  it('a right password within the budget signs in and restores it; an expired lock starts a fresh budget', async () => {
    const a = await signUp(p);
    for (let i = 0; i < 4; i++) await gql(p, LOGIN, { i: { identifier: a.mobile, password: 'Wrong#Pass1' } });
    expect((await gql(p, LOGIN, { i: { identifier: a.mobile, password: PASSWORD } })).data.login.token).toBeTruthy();
    expect((await lockState(a.mobile)).failed_logins).toBe(0);
    for (let i = 0; i < 5; i++) await gql(p, LOGIN, { i: { identifier: a.mobile, password: 'Wrong#Pass1' } });
    await p.sql(`update account set locked_until = now() - interval '1 second' where mobile = $1`, [a.mobile]);
    await gql(p, LOGIN, { i: { identifier: a.mobile, password: 'Wrong#Pass1' } });
    expect(await lockState(a.mobile)).toMatchObject({ failed_logins: 1, locked: false });
  });

  it('passwordChange spends the same budget: five wrong current passwords lock the account, end the session, and are audited', async () => {
    const a = await signUp(p);
    const fields = Array.from(
      { length: 20 },
      (_, i) => `a${i}: passwordChange(input: { currentPassword: "Wrong#Pass${i}", newPassword: "New#Pass2027x" }) { errors { code } }`,
    );
    // twenty generated aliases in one document: operation text, sent as it is
    const res = await gqlRaw(p, `mutation { ${fields.join('\n')} }`, {}, { token: a.token });
    const codes = Object.values((res.data ?? {}) as Record<string, { errors: { code: string }[] }>).map((r) => r.errors[0].code);
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
    expect(codes.slice(5).every((c) => c === 'ACCOUNT_LOCKED')).toBe(true);
    const state = await lockState(a.mobile);
    expect(state).toMatchObject({ locked: true, failed_logins: 5, lockouts: 1 });
    const failures = await p.sql(`select 1 from audit_log where operation = 'account.passwordChange' and result = 'FAILURE' and object_id = $1::text`, [
      state.id,
    ]);
    expect(failures).toHaveLength(20);
    expect(
      (
        await gql(
          p,
          graphql(`
            query SecurityAppMe {
              me {
                id
              }
            }
          `),
          {},
          { token: a.token },
        )
      ).data.me,
    ).toBeNull();
  });

  it('a right current password still changes it', async () => {
    const a = await signUp(p);
    const res = await gql(p, CHANGE, { i: { currentPassword: PASSWORD, newPassword: 'New#Pass2027x' } }, { token: a.token });
    expect(res.data.passwordChange.errors).toEqual([]);
  });
});

describe('D2 finding 3: a subscription ends with its session', () => {
  const REVIEW = graphql(`
    mutation SecurityAppEnterpriseReview($i: EnterpriseReviewInput!) {
      enterpriseReview(input: $i) {
        errors {
          code
        }
      }
    }
  `);

  /** Subscribes to the enterprise's review decisions as `token`; records what arrives and how the socket closes. */
  async function liveReviews(token: string) {
    const received: unknown[] = [];
    let closeCode: number | undefined;
    const client = createClient({
      url: p.wsUrl,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${token}` },
      on: { closed: (e) => (closeCode ??= (e as CloseEvent | undefined)?.code) },
      onNonLazyError: () => {},
    });
    client.subscribe(
      { query: 'subscription { myEnterpriseReviewed { status } }' },
      { next: (v) => received.push(v.data), error: () => {}, complete: () => {} },
    );
    await new Promise((r) => setTimeout(r, 300));
    return { received, closeCode: () => closeCode, dispose: () => client.dispose() };
  }

  async function scenario(end: (owner: TestAccount & { enterpriseId: string }, member: TestAccount) => Promise<void>) {
    const owner = await enterpriseOwner(p);
    const operator = await staff(p, ['OPERATOR']);
    const member = await signUp(p, '企业成员');
    await p.sql(
      `update account set enterprise_id = (select enterprise_id from account where mobile = $1), enterprise_role = 'MEMBER', roles = '{ENTERPRISE_USER}' where mobile = $2`,
      [owner.mobile, member.mobile],
    );
    member.token = await login(p, member.mobile);
    const live = await liveReviews(member.token);
    await gql(p, REVIEW, { i: { enterpriseId: owner.enterpriseId, decision: 'REJECT', reason: '材料不全' } }, { token: operator.token });
    await new Promise((r) => setTimeout(r, 300));
    expect(live.received).toHaveLength(1);
    await end(owner, member);
    await gql(p, REVIEW, { i: { enterpriseId: owner.enterpriseId, decision: 'APPROVE' } }, { token: operator.token });
    await new Promise((r) => setTimeout(r, 500));
    expect(live.received).toHaveLength(1);
    expect(live.closeCode()).toBe(4403);
    await live.dispose();
  }

  it('after logout nothing more is received and the socket closes with 4403', async () => {
    await scenario(async (_owner, member) => {
      expect(
        (
          await gql(
            p,
            graphql(`
              mutation SecurityAppLogout {
                logout {
                  revoked
                }
              }
            `),
            {},
            { token: member.token },
          )
        ).data.logout.revoked,
      ).toBe(true);
    });
  });

  it('after removal from the enterprise', async () => {
    await scenario(async (owner, member) => {
      const res = await gql(
        p,
        graphql(`
          mutation SecurityAppEnterpriseMemberRemove($i: EnterpriseMemberRemoveInput!) {
            enterpriseMemberRemove(input: $i) {
              errors {
                code
              }
            }
          }
        `),
        { i: { accountId: member.id } },
        { token: owner.token },
      );
      expect(res.data.enterpriseMemberRemove.errors).toEqual([]);
    });
  });

  it('after the account is disabled', async () => {
    const security = await staff(p, ['SECURITY_ADMIN']);
    await scenario(async (_owner, member) => {
      const res = await gql(
        p,
        graphql(`
          mutation SecurityAppAccountStatusSet($i: AccountStatusSetInput!) {
            accountStatusSet(input: $i) {
              errors {
                code
              }
            }
          }
        `),
        { i: { accountId: member.id, disabled: true } },
        { token: security.token },
      );
      expect(res.data.accountStatusSet.errors).toEqual([]);
    });
  });

  it('after the session expired while idle', async () => {
    try {
      await scenario(async (_owner, member) => {
        await p.sql(`update session set last_seen_at = now() - interval '2 hours' where account_id = (select id from account where mobile = $1)`, [
          member.mobile,
        ]);
        p.clock.advance(2 * 3600_000);
      });
    } finally {
      p.clock.reset();
    }
  });

  it('another session of the same account ending leaves the socket open', async () => {
    const owner = await enterpriseOwner(p);
    const operator = await staff(p, ['OPERATOR']);
    const live = await liveReviews(owner.token);
    const other = await login(p, owner.mobile);
    await gql(
      p,
      graphql(`
        mutation SecurityAppLogout2 {
          logout {
            revoked
          }
        }
      `),
      {},
      { token: other },
    );
    await gql(p, REVIEW, { i: { enterpriseId: owner.enterpriseId, decision: 'APPROVE' } }, { token: operator.token });
    await new Promise((r) => setTimeout(r, 400));
    expect(live.received).toHaveLength(1);
    expect(live.closeCode()).toBeUndefined();
    await live.dispose();
  });
});

describe('D2 finding 4: 三权分立, two people for every administrator change', () => {
  const SET = graphql(`
    mutation SecurityAppAccountRolesSet($i: AccountRolesSetInput!) {
      accountRolesSet(input: $i) {
        account {
          roles
        }
        request {
          id
          kind
          status
          roles
        }
        errors {
          code
          field
        }
      }
    }
  `);
  const STATUS = graphql(`
    mutation SecurityAppAccountStatusSet2($i: AccountStatusSetInput!) {
      accountStatusSet(input: $i) {
        account {
          disabled
        }
        request {
          id
          kind
          status
        }
        errors {
          code
        }
      }
    }
  `);
  const APPROVE = graphql(`
    mutation SecurityAppAdminChangeApprove($i: AdminChangeDecideInput!) {
      adminChangeApprove(input: $i) {
        request {
          status
          requestedBy {
            id
          }
          decidedBy {
            id
          }
        }
        errors {
          code
        }
      }
    }
  `);
  const REJECT = graphql(`
    mutation SecurityAppAdminChangeReject($i: AdminChangeDecideInput!) {
      adminChangeReject(input: $i) {
        request {
          status
          reason
        }
        errors {
          code
        }
      }
    }
  `);
  const rolesOf = async (mobile: string) => (await p.sql<{ roles: string[] }>('select roles from account where mobile = $1', [mobile]))[0].roles;

  it('the security administrator alone cannot make an audit administrator: it is a request another administrator approves', async () => {
    const security = await staff(p, ['SECURITY_ADMIN']);
    const security2 = await staff(p, ['SECURITY_ADMIN']);
    const system = await staff(p, ['SYSTEM_ADMIN']);
    const target = await signUp(p, '自注册账号');
    const asked = await gql(p, SET, { i: { accountId: target.id, roles: ['AUDIT_ADMIN'] } }, { token: security.token });
    expect(asked.data.accountRolesSet).toMatchObject({
      account: { roles: [] },
      request: { kind: 'ROLES', status: 'PENDING', roles: ['AUDIT_ADMIN'] },
      errors: [],
    });
    expect(await rolesOf(target.mobile)).toEqual([]);
    const requestId = asked.data.accountRolesSet.request!.id;
    // Not the requester, not the account concerned, not a non-administrator.
    expect((await gql(p, APPROVE, { i: { requestId } }, { token: security.token })).data.adminChangeApprove.errors).toEqual([{ code: 'FORBIDDEN' }]);
    expect((await gql(p, APPROVE, { i: { requestId } }, { token: target.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const operator = await staff(p, ['OPERATOR']);
    expect((await gql(p, APPROVE, { i: { requestId } }, { token: operator.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // A second request for the same account waits for the first.
    expect((await gql(p, SET, { i: { accountId: target.id, roles: ['SYSTEM_ADMIN'] } }, { token: security2.token })).data.accountRolesSet.errors).toEqual([
      { code: 'INVALID_STATE', field: 'accountId' },
    ]);
    const approved = await gql(p, APPROVE, { i: { requestId } }, { token: system.token });
    expect(approved.data.adminChangeApprove).toMatchObject({
      request: { status: 'APPROVED', requestedBy: { id: security.id }, decidedBy: { id: system.id } },
      errors: [],
    });
    expect(await rolesOf(target.mobile)).toEqual(['AUDIT_ADMIN']);
    expect((await gql(p, APPROVE, { i: { requestId } }, { token: security2.token })).data.adminChangeApprove.errors).toEqual([{ code: 'INVALID_STATE' }]);
    const trail = await p.sql<{ operation: string; actor_id: string }>(
      `select operation, actor_id::text from audit_log where object_id = $1::text and operation like 'account.%' and operation <> 'account.register' order by id`,
      [(await p.sql<{ id: string }>('select id from account where mobile = $1', [target.mobile]))[0].id],
    );
    expect(trail.map((t) => t.operation)).toEqual(['account.adminChange.request', 'account.adminChange.approve', 'account.rolesSet']);
  });

  it('nor unmake or disable one alone; a rejection changes nothing', async () => {
    const security = await staff(p, ['SECURITY_ADMIN']);
    const auditor = await staff(p, ['AUDIT_ADMIN'], '审计管理员');
    const system = await staff(p, ['SYSTEM_ADMIN']);
    const disable = await gql(p, STATUS, { i: { accountId: auditor.id, disabled: true } }, { token: security.token });
    expect(disable.data.accountStatusSet).toMatchObject({ account: { disabled: false }, request: { kind: 'DISABLE', status: 'PENDING' } });
    expect(
      (
        await gql(
          p,
          graphql(`
            query SecurityAppMe2 {
              me {
                id
              }
            }
          `),
          {},
          { token: auditor.token },
        )
      ).data.me,
    ).not.toBeNull();
    const rejected = await gql(p, REJECT, { i: { requestId: disable.data.accountStatusSet.request!.id, reason: '无正当理由' } }, { token: auditor.token });
    expect(rejected.data.adminChangeReject.errors).toEqual([{ code: 'FORBIDDEN' }]); // the account concerned may not decide
    expect(
      (await gql(p, REJECT, { i: { requestId: disable.data.accountStatusSet.request!.id, reason: '无正当理由' } }, { token: system.token })).data
        .adminChangeReject,
    ).toMatchObject({
      request: { status: 'REJECTED', reason: '无正当理由' },
    });
    expect(
      (
        await gql(
          p,
          graphql(`
            query SecurityAppMe3 {
              me {
                id
              }
            }
          `),
          {},
          { token: auditor.token },
        )
      ).data.me,
    ).not.toBeNull();
    const unmake = await gql(p, SET, { i: { accountId: auditor.id, roles: [] } }, { token: security.token });
    expect(unmake.data.accountRolesSet.request).toMatchObject({ status: 'PENDING', roles: [] });
    expect(await rolesOf(auditor.mobile)).toEqual(['AUDIT_ADMIN']);
    await gql(p, APPROVE, { i: { requestId: unmake.data.accountRolesSet.request!.id } }, { token: system.token });
    expect(await rolesOf(auditor.mobile)).toEqual([]);
    // Operators and reviewers are still granted at once.
    const plain = await signUp(p);
    expect((await gql(p, SET, { i: { accountId: plain.id, roles: ['OPERATOR'] } }, { token: security.token })).data.accountRolesSet).toMatchObject({
      account: { roles: ['OPERATOR'] },
      request: null,
    });
    // The database refuses one person on both sides.
    const pendingSelf = await gql(p, SET, { i: { accountId: plain.id, roles: ['SYSTEM_ADMIN'] } }, { token: security.token });
    await expect(
      p.sql(`update admin_change_request set status = 'APPROVED', decided_by = requested_by, decided_at = now() where id = $1`, [
        Buffer.from(pendingSelf.data.accountRolesSet.request!.id, 'base64url').toString().split(':')[1],
      ]),
    ).rejects.toThrow(/check/);
  });
});

@Resolver()
class SecurityProbeResolver {
  @Query(() => String, { nullable: true, description: 'Fails as a driver error would (tests only).' })
  securityProbeFailure(): string {
    throw new Error('relation "secret_table" does not exist');
  }
}
const probeModule: QifuModule = { name: 'security-probe', resolvers: [SecurityProbeResolver] };

describe('D2 finding 5: production hardening is the same over HTTP and WebSocket', () => {
  let prod: Platform;
  const logged: { msg: string; fields?: Record<string, unknown> }[] = [];
  const capture: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: (msg, fields) => logged.push({ msg, fields }) };
  beforeAll(async () => {
    prod = await startPlatform({ ...p.config, production: true, port: 0 }, capture, [...MODULES, probeModule]);
  });
  afterAll(async () => {
    await prod?.stop();
  });

  interface RawResult {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions: Record<string, unknown> }[];
  }
  /** Sends operation text as it is over HTTP and WebSocket: these tests send hostile operations (introspection, typos, a probe outside the schema). */
  async function both(query: RawOperation, variables?: Record<string, unknown>) {
    const res = await fetch(`${prod.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const http = (await res.json()) as RawResult;
    const client = createClient({ url: `${prod.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
    const ws = await new Promise<RawResult>((resolve) => {
      let last: RawResult = {};
      client.subscribe(
        { query, variables },
        { next: (v) => (last = v as typeof last), error: (e) => resolve({ errors: e as RawResult['errors'] }), complete: () => resolve(last) },
      );
    });
    await client.dispose();
    return { http, ws };
  }

  it('refuses introspection over both', async () => {
    for (const q of ['{ __schema { queryType { name } } }', '{ __type(name: "Query") { name } }']) {
      const { http, ws } = await both(q);
      for (const r of [http, ws]) {
        expect(r.data?.__schema ?? r.data?.__type ?? null).toBeNull();
        expect(r.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(r.errors?.[0].message).toMatch(/introspection/i);
      }
    }
  });

  it('suggests no field names over both, in validation and in variables', async () => {
    const typo = await both('{ currentSit { code } }');
    const variable = await both('mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { identifer: '13900000000', password: 'x' } });
    for (const r of [typo.http, typo.ws, variable.http, variable.ws]) {
      expect(r.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(r.errors)).not.toMatch(/Did you mean|currentSite/);
      expect(r.errors?.[0].extensions.code).toMatch(/GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
    }
  });

  it('masks unexpected errors with a request id and logs them, over both', async () => {
    const { http, ws } = await both('{ securityProbeFailure }');
    for (const r of [http, ws]) {
      const e = r.errors![0];
      expect(e.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(e.message).toBe(`服务器内部错误，请稍后重试（请求编号 ${e.extensions.requestId}）`);
      expect(JSON.stringify(r.errors)).not.toMatch(/relation "secret_table"/);
      expect(logged.some((l) => l.fields?.requestId === e.extensions.requestId && String(l.fields?.error).includes('secret_table'))).toBe(true);
    }
  });
});

describe('D2 finding 6: what the audit log must show', () => {
  const opsOf = async (actorMobile: string, operation: string) =>
    p.sql<{ operation: string; result: string; detail: Record<string, unknown>; ip: string }>(
      `select operation, result, detail, ip from audit_log where actor_id = (select id from account where mobile = $1) and operation = $2 order by id`,
      [actorMobile, operation],
    );

  it('records authorisation failures over HTTP and WebSocket, and cross-tenant look-ups', async () => {
    const user = await signUp(p);
    expect(
      (
        await gql(
          p,
          graphql(`
            query SecurityAppAccounts {
              accounts(first: 1) {
                totalCount
              }
            }
          `),
          {},
          { token: user.token },
        )
      ).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    const client = wsClient({ authorization: `Bearer ${user.token}` });
    const ws = await overWs(
      client,
      graphql(`
        query SecurityAppAuditLog {
          auditLog(first: 1) {
            totalCount
          }
        }
      `),
    ).catch((e) => ({ errors: e }));
    await client.dispose();
    expect(ws.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const denied = await opsOf(user.mobile, 'authz.denied');
    expect(denied.map((d) => d.detail.path)).toEqual(['accounts', 'auditLog']);
    expect(denied.every((d) => d.result === 'FAILURE')).toBe(true);

    const a = await enterpriseOwner(p);
    const b = await enterpriseOwner(p);
    expect(
      (
        await gql(
          p,
          graphql(`
            query SecurityAppEnterprise($id: ID!) {
              enterprise(id: $id) {
                name
              }
            }
          `),
          { id: a.enterpriseId },
          { token: b.token },
        )
      ).data.enterprise,
    ).toBeNull();
    const cross = await opsOf(b.mobile, 'authz.crossTenant');
    expect(cross).toHaveLength(1);
  });

  it('records every export and bulk reads of contact data', async () => {
    const operator = await staff(p, ['OPERATOR']);
    for (const q of [
      graphql(`
        query SecurityAppColumnStatisticsCsv {
          columnStatisticsCsv(groupBy: COLUMN)
        }
      `),
      graphql(`
        query SecurityAppColumnStatisticsXlsx {
          columnStatisticsXlsx(groupBy: COLUMN) {
            byteSize
          }
        }
      `),
      graphql(`
        query SecurityAppActivityStatisticsCsv {
          activityStatisticsCsv(groupBy: COLUMN)
        }
      `),
      graphql(`
        query SecurityAppActivityStatisticsXlsx {
          activityStatisticsXlsx(groupBy: COLUMN) {
            byteSize
          }
        }
      `),
    ] as TypedDocumentNode<unknown, Record<string, never>>[]) {
      expect((await gql(p, q, {}, { token: operator.token })).errors).toBeUndefined();
    }
    expect((await opsOf(operator.mobile, 'export.columnStatistics')).length).toBe(2);
    expect((await opsOf(operator.mobile, 'export.activityStatistics')).length).toBe(2);

    for (let i = 0; i < 10; i++) await enterpriseOwner(p);
    const few = await gql(
      p,
      graphql(`
        query SecurityAppEnterprises {
          enterprises(first: 3) {
            nodes {
              contactPhone
            }
          }
        }
      `),
      {},
      { token: operator.token },
    );
    expect(few.data.enterprises.nodes).toHaveLength(3);
    expect(await opsOf(operator.mobile, 'enterprise.contactBulkRead')).toHaveLength(0);
    const many = await gql(
      p,
      graphql(`
        query SecurityAppEnterprises2 {
          enterprises(first: 12) {
            nodes {
              contactName
              contactPhone
              contactEmail
            }
          }
        }
      `),
      {},
      { token: operator.token },
    );
    expect(many.data.enterprises.nodes).toHaveLength(12);
    const bulk = await opsOf(operator.mobile, 'enterprise.contactBulkRead');
    expect(bulk.map((b) => b.detail.count)).toEqual([12]);
  });

  it('records raw uploads', async () => {
    const operator = await staff(p, ['OPERATOR']);
    const body = Buffer.concat([Buffer.from('%PDF-1.7\n', 'latin1'), Buffer.alloc(100, 1)]);
    const res = await fetch(`${p.url}/files/policy-attachments`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf', 'x-file-name': encodeURIComponent('申报指南.pdf'), authorization: `Bearer ${operator.token}` },
      body: new Uint8Array(body),
    });
    expect(res.status).toBe(201);
    const [row] = await opsOf(operator.mobile, 'policy.upload');
    expect(row.detail).toMatchObject({ fileName: '申报指南.pdf', sizeBytes: body.length, contentType: 'application/pdf' });
  });

  it('records the client address from X-Forwarded-For only when the peer is a trusted proxy', async () => {
    const a = await signUp(p);
    await gql(p, LOGIN, { i: { identifier: a.mobile, password: PASSWORD } }, { headers: { 'x-forwarded-for': '203.0.113.7' } });
    const spoofed = await opsOf(a.mobile, 'auth.login');
    expect(spoofed.at(-1)!.ip).toBe('127.0.0.1');

    const behindProxy = await startPlatform({ ...p.config, port: 0, trustedProxies: ['127.0.0.0/8', '10.0.0.0/8'] }, capture());
    try {
      const res = await fetch(`${behindProxy.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.1, 203.0.113.9, 10.1.2.3' },
        body: JSON.stringify({ query: print(LOGIN), variables: { i: { identifier: a.mobile, password: PASSWORD } } }),
      });
      expect((await res.json()).data.login.token).toBeTruthy();
      // The rightmost address no trusted proxy vouches for; what the client wrote further left is not believed.
      expect((await opsOf(a.mobile, 'auth.login')).at(-1)!.ip).toBe('203.0.113.9');
    } finally {
      await behindProxy.stop();
    }
  });
});

function capture(): Logger {
  return { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
}

describe('D2 finding 7: passwords and sessions', () => {
  const REGISTER = graphql(`
    mutation SecurityAppAccountRegister($i: AccountRegisterInput!) {
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

  it('refuses common and guessable passwords with a Chinese message (registration and change)', async () => {
    for (const password of ['Password1', 'P@ssw0rd', 'Admin123']) {
      const res = await gql(p, REGISTER, { i: { mobile: `139${String(Date.now()).slice(-8)}`, displayName: '王五', password } });
      expect(res.data.accountRegister.errors[0]).toMatchObject({ code: 'WEAK_PASSWORD', field: 'password' });
      expect(res.data.accountRegister.errors[0].message).toMatch(/密码/);
    }
    const mobile = `138${String(Date.now()).slice(-8)}`;
    const own = await gql(p, REGISTER, { i: { mobile, displayName: '王五', password: `Aa#${mobile}` } });
    expect(own.data.accountRegister.errors[0].code).toBe('WEAK_PASSWORD');
    const a = await signUp(p);
    const change = await gql(p, CHANGE, { i: { currentPassword: PASSWORD, newPassword: 'P@ssw0rd' } }, { token: a.token });
    expect(change.data.passwordChange.errors).toEqual([{ code: 'WEAK_PASSWORD', field: 'newPassword' }]);
  });

  it('gives a browser the session only as the HttpOnly cookie, never in the JSON', async () => {
    const a = await signUp(p);
    const res = await fetch(p.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: p.url },
      body: JSON.stringify({ query: print(LOGIN), variables: { i: { identifier: a.mobile, password: PASSWORD } } }),
    });
    expect(res.headers.get('set-cookie')).toMatch(/^qifu_session=qf_[\w-]+; Path=\/; HttpOnly/);
    expect((await res.json()).data.login).toEqual({ token: null, errors: [] });
  });

  it('ends a session 12 hours after sign-in however active it is', async () => {
    const a = await signUp(p);
    expect(
      (
        await gql(
          p,
          graphql(`
            query SecurityAppMe4 {
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
    await p.sql(`update session set created_at = now() - interval '12 hours 1 minute' where account_id = (select id from account where mobile = $1)`, [
      a.mobile,
    ]);
    expect(
      (
        await gql(
          p,
          graphql(`
            query SecurityAppMe5 {
              me {
                id
              }
            }
          `),
          {},
          { token: a.token },
        )
      ).data.me,
    ).toBeNull();
  });
});

describe('D2 finding 7: a second factor for staff', () => {
  const TOTP_LOGIN = graphql(`
    mutation SecurityAppLogin3($i: LoginInput!) {
      login(input: $i) {
        token
        errors {
          code
          field
        }
      }
    }
  `);
  const code = (secret: string, offsetS = 0) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + offsetS * 1000 });

  it('enrols, confirms, then needs the code at every sign-in; a code is accepted once', async () => {
    const operator = await staff(p, ['OPERATOR']);
    const user = await signUp(p);
    expect(
      (
        await gql(
          p,
          graphql(`
            mutation SecurityAppTotpEnrol {
              totpEnrol {
                enrolment {
                  secret
                }
                errors {
                  code
                }
              }
            }
          `),
          {},
          { token: user.token },
        )
      ).data.totpEnrol.errors,
    ).toEqual([{ code: 'FORBIDDEN' }]);
    const enrol = await gql(
      p,
      graphql(`
        mutation SecurityAppTotpEnrol2 {
          totpEnrol {
            enrolment {
              secret
              uri
            }
            errors {
              code
            }
          }
        }
      `),
      {},
      { token: operator.token },
    );
    const { secret, uri } = enrol.data.totpEnrol.enrolment!;
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    // Until confirmed, the password alone still signs in.
    expect((await gql(p, TOTP_LOGIN, { i: { identifier: operator.mobile, password: PASSWORD } })).data.login.token).toBeTruthy();
    const CONFIRM = graphql(`
      mutation SecurityAppTotpConfirm($i: TotpConfirmInput!) {
        totpConfirm(input: $i) {
          enabled
          errors {
            code
          }
        }
      }
    `);
    expect((await gql(p, CONFIRM, { i: { code: '000000' } }, { token: operator.token })).data.totpConfirm.errors[0].code).toBe('TOTP_INVALID');
    expect((await gql(p, CONFIRM, { i: { code: code(secret) } }, { token: operator.token })).data.totpConfirm).toEqual({ enabled: true, errors: [] });

    const without = await gql(p, TOTP_LOGIN, { i: { identifier: operator.mobile, password: PASSWORD } });
    expect(without.data.login).toEqual({ token: null, errors: [{ code: 'TOTP_REQUIRED', field: 'totpCode' }] });
    const wrong = await gql(p, TOTP_LOGIN, { i: { identifier: operator.mobile, password: PASSWORD, totpCode: '123456' } });
    expect(wrong.data.login.errors[0].code).toBe('TOTP_INVALID');
    const next = code(secret, 30);
    expect((await gql(p, TOTP_LOGIN, { i: { identifier: operator.mobile, password: PASSWORD, totpCode: next } })).data.login.token).toBeTruthy();
    // Replayed: refused.
    expect((await gql(p, TOTP_LOGIN, { i: { identifier: operator.mobile, password: PASSWORD, totpCode: next } })).data.login.errors[0].code).toBe(
      'TOTP_INVALID',
    );
    // Codes are counted in the same budget as passwords: the success above restored it.
    const [{ failed_logins }] = await p.sql<{ failed_logins: number }>('select failed_logins from account where mobile = $1', [operator.mobile]);
    expect(failed_logins).toBe(1);

    const security = await staff(p, ['SECURITY_ADMIN']);
    const reset = await gql(
      p,
      graphql(`
        mutation SecurityAppAccountTotpReset($id: ID!) {
          accountTotpReset(accountId: $id) {
            enabled
            errors {
              code
            }
          }
        }
      `),
      { id: operator.id },
      { token: security.token },
    );
    expect(reset.data.accountTotpReset).toEqual({ enabled: false, errors: [] });
    expect((await gql(p, TOTP_LOGIN, { i: { identifier: operator.mobile, password: PASSWORD } })).data.login.token).toBeTruthy();
  });

  it('with QIFU_REQUIRE_TOTP, staff act in their roles only once a second factor is bound; the seed is stored sealed', async () => {
    const strict = await startSecondInstance(p, { requireTotp: true });
    try {
      const operator = await staff(p, ['OPERATOR']);
      const OPERATOR_QUERY = graphql(`
        query SecurityAppSearchTopQueries {
          searchTopQueries {
            query
          }
        }
      `);
      const ME = graphql(`
        query SecurityAppMe6 {
          me {
            roles
            secondFactorSetupRequired
          }
        }
      `);
      expect((await gql(strict, ME, {}, { token: operator.token })).data.me).toEqual({ roles: ['OPERATOR'], secondFactorSetupRequired: true });
      expect((await gql(strict, OPERATOR_QUERY, {}, { token: operator.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const enrol = await gql(
        strict,
        graphql(`
          mutation SecurityAppTotpEnrol3 {
            totpEnrol {
              enrolment {
                secret
              }
              errors {
                code
              }
            }
          }
        `),
        {},
        { token: operator.token },
      );
      const { secret } = enrol.data.totpEnrol.enrolment!;
      const [stored] = await p.sql<{ secret: string }>('select secret from account_totp where account_id = (select id from account where mobile = $1)', [
        operator.mobile,
      ]);
      expect(stored.secret).toMatch(/^v1\./);
      expect(stored.secret).not.toContain(secret);
      const CONFIRM = graphql(`
        mutation SecurityAppTotpConfirm2($i: TotpConfirmInput!) {
          totpConfirm(input: $i) {
            enabled
            errors {
              code
            }
          }
        }
      `);
      expect((await gql(strict, CONFIRM, { i: { code: code(secret) } }, { token: operator.token })).data.totpConfirm).toEqual({ enabled: true, errors: [] });
      expect((await gql(strict, ME, {}, { token: operator.token })).data.me!.secondFactorSetupRequired).toBe(false);
      expect((await gql(strict, OPERATOR_QUERY, {}, { token: operator.token })).errors).toBeUndefined();
      // Enterprise users are never asked for a second factor.
      const user = await signUp(p);
      expect((await gql(strict, ME, {}, { token: user.token })).data.me!.secondFactorSetupRequired).toBe(false);
    } finally {
      await strict.stop();
    }
  });
});

describe('B1 finding 8: membership by invitation', () => {
  const ADD = graphql(`
    mutation SecurityAppEnterpriseMemberAdd($i: EnterpriseMemberAddInput!) {
      enterpriseMemberAdd(input: $i) {
        enterprise {
          members {
            enterpriseRole
          }
        }
        errors {
          code
          field
          message
        }
      }
    }
  `);

  it('joins nobody without consent, and answers alike for registered and unregistered numbers', async () => {
    const owner = await enterpriseOwner(p);
    const someone = await signUp(p, '路人');
    const registered = await gql(p, ADD, { i: { identifier: someone.mobile } }, { token: owner.token });
    const unregistered = await gql(p, ADD, { i: { identifier: '13311112222' } }, { token: owner.token });
    const other = await enterpriseOwner(p);
    const affiliated = await gql(p, ADD, { i: { identifier: other.mobile } }, { token: owner.token });
    expect(unregistered.data).toEqual(registered.data);
    expect(affiliated.data).toEqual(registered.data);
    // Not a member, not signed out.
    expect(
      (
        await gql(
          p,
          graphql(`
            query SecurityAppMe7 {
              me {
                enterprise {
                  id
                }
              }
            }
          `),
          {},
          { token: someone.token },
        )
      ).data.me,
    ).toEqual({ enterprise: null });
    const [inv] = (
      await gql(
        p,
        graphql(`
          query SecurityAppMyEnterpriseInvitations {
            myEnterpriseInvitations {
              id
            }
          }
        `),
        {},
        { token: someone.token },
      )
    ).data.myEnterpriseInvitations;
    const DECLINE = graphql(`
      mutation SecurityAppEnterpriseInvitationDecline($i: EnterpriseInvitationInput!) {
        enterpriseInvitationDecline(input: $i) {
          joined
          errors {
            code
          }
        }
      }
    `);
    // Only the invitee answers.
    expect((await gql(p, DECLINE, { i: { invitationId: inv.id } }, { token: other.token })).data.enterpriseInvitationDecline.errors).toEqual([
      { code: 'NOT_FOUND' },
    ]);
    expect((await gql(p, DECLINE, { i: { invitationId: inv.id } }, { token: someone.token })).data.enterpriseInvitationDecline).toEqual({
      joined: false,
      errors: [],
    });
    expect(
      (
        await gql(
          p,
          graphql(`
            query SecurityAppMyEnterpriseInvitations2 {
              myEnterpriseInvitations {
                id
              }
            }
          `),
          {},
          { token: someone.token },
        )
      ).data.myEnterpriseInvitations,
    ).toEqual([]);
  });
});

describe('finding 9: smaller ones', () => {
  const REGISTER = graphql(`
    mutation SecurityAppAccountRegister2($i: AccountRegisterInput!) {
      accountRegister(input: $i) {
        account {
          id
        }
        errors {
          code
        }
      }
    }
  `);

  it('refuses a NUL byte or an unpaired surrogate in any string as INVALID, over HTTP and WebSocket', async () => {
    const client = wsClient();
    try {
      for (const displayName of ['王\u0000五', '王\uD800五', '王\uDC00']) {
        const vars = { i: { mobile: `137${String(Date.now()).slice(-8)}`, displayName, password: PASSWORD } };
        const http = await gql(p, REGISTER, vars);
        const ws = await overWs(client, REGISTER, vars).catch((e) => ({ errors: e }));
        for (const r of [http, ws]) {
          expect(r.errors?.[0].extensions?.code).toBe('INVALID');
          expect(r.errors?.[0].message).toMatch(/不允许的字符/);
        }
      }
      // a NUL escape inside a literal: operation text, sent as it is
      const literal = await gqlRaw(p, `query { enterprise(id: "a\\u0000b") { id } }`);
      expect(literal.errors?.[0].extensions?.code).toBe('INVALID');
      const fine = await gql(p, REGISTER, { i: { mobile: `136${String(Date.now()).slice(-8)}`, displayName: '王五😀', password: PASSWORD } });
      expect(fine.data.accountRegister.errors).toEqual([]);
    } finally {
      await client.dispose();
    }
  });

  it('/readyz tells the public only whether it is ready', async () => {
    const [last] = await p.sql<{ id: string; applied_at: Date }>('select id, applied_at from schema_migrations order by id desc limit 1');
    await p.sql('delete from schema_migrations where id = $1', [last.id]);
    try {
      const res = await fetch(`${p.url}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'not ready' });
    } finally {
      await p.sql('insert into schema_migrations (id, applied_at) values ($1, $2)', [last.id, last.applied_at]);
    }
    expect(await (await fetch(`${p.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it('caps sockets per address and subscriptions per socket', async () => {
    const a = await signUp(p);
    const client = wsClient({ authorization: `Bearer ${a.token}` });
    const errors: unknown[] = [];
    try {
      for (let i = 0; i < 51; i++)
        client.subscribe({ query: 'subscription { reminderReceived { id } }' }, { next: () => {}, error: (e) => errors.push(e), complete: () => {} });
      await new Promise((r) => setTimeout(r, 500));
      // 50 stay open; the 51st is refused.
      expect(errors.map((e) => (e as GraphQLFormattedError[] | undefined)?.[0]?.extensions?.code)).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
    } finally {
      await client.dispose();
    }
    const small = await startPlatform({ ...p.config, port: 0, wsMaxSocketsPerAddress: 3 }, capture());
    const open = (url: string) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(url, 'graphql-transport-ws');
        ws.on('open', () => resolve(101));
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      });
    try {
      const url = `${small.url.replace('http', 'ws')}/graphql`;
      expect([await open(url), await open(url), await open(url), await open(url)]).toEqual([101, 101, 101, 429]);
    } finally {
      await small.stop();
    }
  });
});
