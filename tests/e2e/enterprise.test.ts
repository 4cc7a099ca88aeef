import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { signUp, staff } from '../factories/accounts.js';
import { enterpriseInput, enterpriseOwner, REGISTER, validUscc } from '../factories/enterprises.js';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { graphql } from '../gql/index.js';
import { print } from 'graphql';
import type { ResultOf } from '@graphql-typed-document-node/core';

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
});
afterAll(async () => {
  await p?.stop();
});

const count = async (table: string) => Number((await p.sql<{ n: string }>(`select count(*) as n from ${table}`))[0].n);

describe('O1/B2 enterprise registration and verification', () => {
  it('computes the size class and makes the registrant the owner', async () => {
    const owner = await signUp(p);
    const res = await gql(
      p,
      REGISTER,
      { i: enterpriseInput({ industryCode: '34', employees: 500, revenue: 5000, totalAssets: 3000 }) },
      { token: owner.token },
    );
    expect(res.data.enterpriseRegister.errors).toEqual([]);
    expect(res.data.enterpriseRegister.enterprise).toMatchObject({ sizeClass: 'MEDIUM', status: 'PENDING' });
    const me = await gql(
      p,
      graphql(`
        query EnterpriseMe {
          me {
            roles
            enterpriseRole
            enterprise {
              name
              sizeClass
              regionName
              industryName
              members {
                displayName
              }
            }
          }
        }
      `),
      {},
      { token: owner.token },
    );
    expect(me.data.me).toMatchObject({ roles: ['ENTERPRISE_USER'], enterpriseRole: 'OWNER' });
    expect(me.data.me!.enterprise).toMatchObject({ sizeClass: 'MEDIUM', regionName: '蜀山区', industryName: '通用设备制造业' });
  });

  it('returns a field error for an invalid 统一社会信用代码 and writes nothing', async () => {
    const owner = await signUp(p);
    const before = await count('enterprise');
    const code = validUscc();
    const wrong = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    const res = await gql(p, REGISTER, { i: enterpriseInput({ uscc: wrong }) }, { token: owner.token });
    expect(res.data.enterpriseRegister.enterprise).toBeNull();
    expect(res.data.enterpriseRegister.errors).toEqual([{ code: 'INVALID', field: 'uscc', message: '统一社会信用代码校验位错误' }]);
    const short = await gql(p, REGISTER, { i: enterpriseInput({ uscc: '9134' }) }, { token: owner.token });
    expect(short.data.enterpriseRegister.errors[0]).toMatchObject({ code: 'INVALID', field: 'uscc' });
    expect(await count('enterprise')).toBe(before);
    expect((await p.sql('select roles from account where mobile = $1', [owner.mobile]))[0]).toEqual({ roles: [] });
  });

  it('reports every bad field at once', async () => {
    const owner = await signUp(p);
    const res = await gql(
      p,
      REGISTER,
      {
        i: enterpriseInput({
          regionCode: '999999',
          industryCode: 'XX',
          establishedOn: '2099-01-01',
          employees: -1,
          revenue: -5,
          contactPhone: '123',
          contactEmail: 'bad',
          name: '<script>alert(1)</script>'.repeat(10),
        }),
      },
      { token: owner.token },
    );
    const fields = res.data.enterpriseRegister.errors.map((e) => e.field).sort();
    expect(fields).toEqual(['contactEmail', 'contactPhone', 'employees', 'establishedOn', 'industryCode', 'name', 'regionCode', 'revenue']);
    for (const e of res.data.enterpriseRegister.errors) expect(e.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('rejects a duplicate registration and a second enterprise for the same account', async () => {
    const first = await enterpriseOwner(p);
    const [{ uscc }] = await p.sql<{ uscc: string }>('select uscc from enterprise e join account a on a.enterprise_id = e.id where a.mobile = $1', [
      first.mobile,
    ]);
    const other = await signUp(p);
    const before = await count('enterprise');
    const dup = await gql(p, REGISTER, { i: enterpriseInput({ uscc }) }, { token: other.token });
    expect(dup.data.enterpriseRegister.errors).toEqual([{ code: 'DUPLICATE', field: 'uscc', message: '该统一社会信用代码已注册' }]);
    const again = await gql(p, REGISTER, { i: enterpriseInput() }, { token: first.token });
    expect(again.data.enterpriseRegister.errors[0].code).toBe('ALREADY_MEMBER');
    expect(await count('enterprise')).toBe(before);
  });

  it("never shows one enterprise's data to another", async () => {
    const a = await enterpriseOwner(p);
    const b = await enterpriseOwner(p);
    const peek = await gql(
      p,
      graphql(`
        query EnterpriseEnterprise($id: ID!) {
          enterprise(id: $id) {
            name
            contactPhone
            revenue
          }
        }
      `),
      { id: a.enterpriseId },
      { token: b.token },
    );
    expect(peek.data.enterprise).toBeNull();
    const anonymous = await gql(
      p,
      graphql(`
        query EnterpriseEnterprise2($id: ID!) {
          enterprise(id: $id) {
            name
          }
        }
      `),
      { id: a.enterpriseId },
    );
    expect(anonymous.data.enterprise).toBeNull();
    const list = await gql(
      p,
      graphql(`
        query EnterpriseEnterprises {
          enterprises(first: 10) {
            totalCount
          }
        }
      `),
      {},
      { token: b.token },
    );
    expect(list.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const review = await gql(
      p,
      graphql(`
        mutation EnterpriseEnterpriseReview($i: EnterpriseReviewInput!) {
          enterpriseReview(input: $i) {
            errors {
              code
            }
          }
        }
      `),
      { i: { enterpriseId: a.enterpriseId, decision: 'APPROVE' } },
      { token: b.token },
    );
    expect(review.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const own = await gql(
      p,
      graphql(`
        query EnterpriseEnterprise3($id: ID!) {
          enterprise(id: $id) {
            id
          }
        }
      `),
      { id: a.enterpriseId },
      { token: a.token },
    );
    expect(own.data.enterprise!.id).toBe(a.enterpriseId);
  });

  it('lets an operator reject with a reason the enterprise sees live, then verify; decisions are audited', async () => {
    const owner = await enterpriseOwner(p);
    const operator = await staff(p, ['OPERATOR']);
    const client = createClient({ url: p.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${owner.token}` }, lazy: false });
    const REVIEWED = graphql(`
      subscription EnterpriseMyEnterpriseReviewed {
        myEnterpriseReviewed {
          status
          reason
          enterprise {
            name
          }
        }
      }
    `);
    const received: (ResultOf<typeof REVIEWED>['myEnterpriseReviewed'] | undefined)[] = [];
    const done = new Promise<void>((resolve, reject) => {
      client.subscribe<ResultOf<typeof REVIEWED>>(
        { query: print(REVIEWED) },
        { next: (v) => (received.push(v.data?.myEnterpriseReviewed), received.length === 2 && resolve()), error: reject, complete: () => {} },
      );
    });
    await new Promise((r) => setTimeout(r, 300));
    const REVIEW = graphql(`
      mutation EnterpriseEnterpriseReview2($i: EnterpriseReviewInput!) {
        enterpriseReview(input: $i) {
          enterprise {
            status
            reviewReason
          }
          errors {
            code
            field
          }
        }
      }
    `);
    const noReason = await gql(p, REVIEW, { i: { enterpriseId: owner.enterpriseId, decision: 'REJECT' } }, { token: operator.token });
    expect(noReason.data.enterpriseReview.errors).toEqual([{ code: 'REQUIRED', field: 'reason' }]);
    const rejected = await gql(
      p,
      REVIEW,
      { i: { enterpriseId: owner.enterpriseId, decision: 'REJECT', reason: '营业执照照片不清晰' } },
      { token: operator.token },
    );
    expect(rejected.data.enterpriseReview.enterprise).toEqual({ status: 'REJECTED', reviewReason: '营业执照照片不清晰' });
    await gql(p, REVIEW, { i: { enterpriseId: owner.enterpriseId, decision: 'APPROVE', reason: null } }, { token: operator.token });
    await done;
    await client.dispose();
    expect(received.map((r) => [r!.status, r!.reason])).toEqual([
      ['REJECTED', '营业执照照片不清晰'],
      ['VERIFIED', null],
    ]);
    expect(received[0]!.enterprise!.name).toMatch(/合肥测试科技/);
    const seen = await gql(
      p,
      graphql(`
        query EnterpriseMe2 {
          me {
            enterprise {
              status
              reviewReason
              reviewedAt
            }
          }
        }
      `),
      {},
      { token: owner.token },
    );
    expect(seen.data.me!.enterprise!.status).toBe('VERIFIED');
    const audit = await p.sql<{ operation: string; detail: { decision: string } }>(
      `select operation, detail from audit_log where operation = 'enterprise.review' and object_id = (select e.id::text from enterprise e join account a on a.enterprise_id = e.id where a.mobile = $1) order by id`,
      [owner.mobile],
    );
    expect(audit.map((a) => a.detail.decision)).toEqual(['REJECT', 'APPROVE']);
  });
});

describe('A4/Q1 sites', () => {
  it('scopes lists: a city sub-site sees its own content, the provincial portal sees all', async () => {
    const operator = await staff(p, ['OPERATOR']);
    const hefeiOwner = await signUp(p);
    await gql(p, REGISTER, { i: enterpriseInput({ name: '合肥站点专属企业有限公司' }) }, { token: hefeiOwner.token, site: 'hefei' });
    const q = graphql(`
      query EnterpriseEnterprises2 {
        enterprises(first: 100, filter: { nameContains: "站点专属" }) {
          totalCount
          nodes {
            site {
              code
            }
          }
        }
      }
    `);
    const province = await gql(p, q, {}, { token: operator.token, site: 'anhui' });
    const hefei = await gql(p, q, {}, { token: operator.token, site: 'hefei' });
    const wuhu = await gql(p, q, {}, { token: operator.token, site: 'wuhu' });
    expect([province.data.enterprises.totalCount, hefei.data.enterprises.totalCount, wuhu.data.enterprises.totalCount]).toEqual([1, 1, 0]);
    expect(hefei.data.enterprises.nodes[0].site.code).toBe('hefei');
  });
});

describe('O1 the owner keeps the profile and the members', () => {
  const UPDATE = graphql(`
    mutation EnterpriseEnterpriseUpdate($i: EnterpriseUpdateInput!) {
      enterpriseUpdate(input: $i) {
        enterprise {
          name
          sizeClass
          status
          employees
        }
        errors {
          code
          field
          message
        }
      }
    }
  `);

  it('recomputes the size class, and sends an identifying change back to review', async () => {
    const owner = await enterpriseOwner(p);
    const operator = await staff(p, ['OPERATOR']);
    await gql(
      p,
      graphql(`
        mutation EnterpriseEnterpriseReview3($i: EnterpriseReviewInput!) {
          enterpriseReview(input: $i) {
            errors {
              code
            }
          }
        }
      `),
      { i: { enterpriseId: owner.enterpriseId, decision: 'APPROVE' } },
      { token: operator.token },
    );
    const { uscc: _uscc, ...profile } = enterpriseInput();
    const [{ name }] = await p.sql<{ name: string }>('select name from enterprise e join account a on a.enterprise_id = e.id where a.mobile = $1', [
      owner.mobile,
    ]);
    const grow = await gql(
      p,
      UPDATE,
      { i: { ...profile, name, enterpriseId: owner.enterpriseId, industryCode: '65', employees: 150, revenue: 20000 } },
      { token: owner.token },
    );
    expect(grow.data.enterpriseUpdate.enterprise).toMatchObject({ sizeClass: 'MEDIUM', status: 'VERIFIED', employees: 150 });
    const renamed = await gql(p, UPDATE, { i: { ...profile, name: '合肥新名称科技有限公司', enterpriseId: owner.enterpriseId } }, { token: owner.token });
    expect(renamed.data.enterpriseUpdate.enterprise).toMatchObject({ name: '合肥新名称科技有限公司', status: 'PENDING' });
    const other = await enterpriseOwner(p);
    const foreign = await gql(p, UPDATE, { i: { ...profile, enterpriseId: owner.enterpriseId } }, { token: other.token });
    expect(foreign.data.enterpriseUpdate.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'enterpriseId' });
  });

  it('invites members who accept, and removes them; members cannot manage members', async () => {
    const owner = await enterpriseOwner(p);
    const colleague = await signUp(p, '企业成员');
    const ADD = graphql(`
      mutation EnterpriseEnterpriseMemberAdd($i: EnterpriseMemberAddInput!) {
        enterpriseMemberAdd(input: $i) {
          enterprise {
            members {
              id
              displayName
              enterpriseRole
            }
          }
          errors {
            code
            field
          }
        }
      }
    `);
    const invited = await gql(p, ADD, { i: { identifier: colleague.mobile } }, { token: owner.token });
    expect(invited.data.enterpriseMemberAdd.enterprise!.members.map((m) => m.enterpriseRole)).toEqual(['OWNER']);
    const [invitation] = (
      await gql(
        p,
        graphql(`
          query EnterpriseMyEnterpriseInvitations {
            myEnterpriseInvitations {
              id
              enterpriseName
              invitedByName
            }
          }
        `),
        {},
        { token: colleague.token },
      )
    ).data.myEnterpriseInvitations;
    expect(invitation.invitedByName).toBe('企业负责人');
    const accepted = await gql(
      p,
      graphql(`
        mutation EnterpriseEnterpriseInvitationAccept($i: EnterpriseInvitationInput!) {
          enterpriseInvitationAccept(input: $i) {
            joined
            errors {
              code
            }
          }
        }
      `),
      { i: { invitationId: invitation.id } },
      { token: colleague.token },
    );
    expect(accepted.data.enterpriseInvitationAccept).toEqual({ joined: true, errors: [] });
    const members = (
      await gql(
        p,
        graphql(`
          query EnterpriseMe3 {
            me {
              enterprise {
                members {
                  id
                  enterpriseRole
                }
              }
            }
          }
        `),
        {},
        { token: owner.token },
      )
    ).data.me!.enterprise!.members;
    expect(members.map((m) => m.enterpriseRole)).toEqual(['OWNER', 'MEMBER']);
    const memberToken = Promise.resolve(colleague.token); // joining keeps the session
    const denied = await gql(p, ADD, { i: { identifier: '13900000000' } }, { token: await memberToken });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const seen = await gql(
      p,
      graphql(`
        query EnterpriseMe4 {
          me {
            enterprise {
              name
            }
          }
        }
      `),
      {},
      { token: await memberToken },
    );
    expect(seen.data.me!.enterprise).not.toBeNull();
    const removed = await gql(
      p,
      graphql(`
        mutation EnterpriseEnterpriseMemberRemove($i: EnterpriseMemberRemoveInput!) {
          enterpriseMemberRemove(input: $i) {
            enterprise {
              members {
                displayName
              }
            }
            errors {
              code
            }
          }
        }
      `),
      { i: { accountId: members[1].id } },
      { token: owner.token },
    );
    expect(removed.data.enterpriseMemberRemove.enterprise!.members).toHaveLength(1);
    expect(
      (
        await gql(
          p,
          graphql(`
            query EnterpriseMe5 {
              me {
                id
              }
            }
          `),
          {},
          { token: await memberToken },
        )
      ).data.me,
    ).toBeNull(); // sessions revoked
  });
});
