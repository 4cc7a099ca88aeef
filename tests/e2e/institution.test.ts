import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, signUp, staff } from '../factories/accounts.js';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { graphql } from '../gql/index.js';
import type { InstitutionApplyInput } from '../gql/graphql.js';

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
});
afterAll(async () => {
  await p?.stop();
});

const APPLY = graphql(`
  mutation InstitutionInstitutionApply($i: InstitutionApplyInput!) {
    institutionApply(input: $i) {
      institution {
        id
        name
        status
      }
      errors {
        code
        field
        message
      }
    }
  }
`);
const REVIEW = graphql(`
  mutation InstitutionInstitutionReview($i: InstitutionReviewInput!) {
    institutionReview(input: $i) {
      institution {
        status
        reviewReason
      }
      errors {
        code
        field
        message
      }
    }
  }
`);
const application = (over: Partial<InstitutionApplyInput> = {}): InstitutionApplyInput => ({
  name: `安徽省中小企业融资服务中心${Math.floor(Math.random() * 1e6)}`,
  type: 'PUBLIC_INTEREST',
  columns: ['FINANCING', 'CONSULTING'],
  regionCodes: ['340000'],
  qualifications: '省级中小企业公共服务示范平台',
  description: '为中小企业提供融资对接与管理咨询服务',
  responsibleDepartment: '融资服务部',
  contactName: '周丽',
  contactPhone: '0551-65123456',
  contactEmail: 'zhouli@example.cn',
  ...over,
});

describe('M1/O2 institution onboarding', () => {
  it('validates the application and writes nothing on error', async () => {
    const a = await signUp(p);
    const [before] = await p.sql('select count(*)::int as n from institution');
    const res = await gql(p, APPLY, { i: application({ name: '中心', columns: [], regionCodes: ['123'], contactPhone: 'abc' }) }, { token: a.token });
    expect(res.data.institutionApply.errors.map((e) => e.field).sort()).toEqual(['columns', 'contactPhone', 'name', 'regionCodes']);
    expect((await p.sql('select count(*)::int as n from institution'))[0]).toEqual(before);
  });

  it('is reviewed by an operator (audited), then public; its admin adds staff', async () => {
    const admin = await signUp(p, '机构管理员');
    const [{ since }] = await p.sql<{ since: number }>('select coalesce(max(id), 0)::int as since from audit_log');
    const applied = await gql(p, APPLY, { i: application() }, { token: admin.token });
    const inst = applied.data.institutionApply.institution;
    expect(inst!.status).toBe('PENDING');
    const anonymous = await gql(
      p,
      graphql(`
        query InstitutionInstitution($id: ID!) {
          institution(id: $id) {
            name
          }
        }
      `),
      { id: inst!.id },
    );
    expect(anonymous.data.institution).toBeNull();
    const publicList = await gql(
      p,
      graphql(`
        query InstitutionInstitutions {
          institutions(first: 10) {
            totalCount
          }
        }
      `),
    );
    expect(publicList.data.institutions.totalCount).toBe(0);

    const someone = await signUp(p);
    const forbidden = await gql(p, REVIEW, { i: { institutionId: inst!.id, decision: 'APPROVE' } }, { token: someone.token });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const operator = await staff(p, ['OPERATOR']);
    const approved = await gql(p, REVIEW, { i: { institutionId: inst!.id, decision: 'APPROVE', reason: '资质齐全' } }, { token: operator.token });
    expect(approved.data.institutionReview.institution).toEqual({ status: 'APPROVED', reviewReason: '资质齐全' });
    const again = await gql(p, REVIEW, { i: { institutionId: inst!.id, decision: 'REJECT', reason: 'x' } }, { token: operator.token });
    expect(again.data.institutionReview.errors[0].code).toBe('INVALID_STATE');

    const listed = await gql(
      p,
      graphql(`
        query InstitutionInstitutions2 {
          institutions(first: 10, filter: { column: FINANCING, regionCode: "340104" }) {
            totalCount
            nodes {
              name
              responsibleDepartment
              staff {
                displayName
              }
            }
          }
        }
      `),
    );
    expect(listed.data.institutions.totalCount).toBe(1);
    expect(listed.data.institutions.nodes[0].staff).toBeNull(); // staff lists are not public

    const adminToken = await login(p, admin.mobile); // roles changed: a new session carries them
    const colleague = await signUp(p, '机构工作人员');
    const added = await gql(
      p,
      graphql(`
        mutation InstitutionInstitutionStaffAdd($i: InstitutionStaffAddInput!) {
          institutionStaffAdd(input: $i) {
            institution {
              staff {
                displayName
              }
            }
            errors {
              code
              field
            }
          }
        }
      `),
      { i: { identifier: colleague.mobile } },
      { token: adminToken },
    );
    expect(added.data.institutionStaffAdd.institution!.staff!.map((s) => s.displayName).sort()).toEqual(['机构工作人员', '机构管理员']);
    const colleagueMe = await gql(
      p,
      graphql(`
        query InstitutionMe {
          me {
            roles
            institution {
              name
            }
          }
        }
      `),
      {},
      { token: await login(p, colleague.mobile) },
    );
    expect(colleagueMe.data.me!.roles).toEqual(['INSTITUTION_STAFF']);
    const notAdmin = await gql(
      p,
      graphql(`
        mutation InstitutionInstitutionStaffAdd2($i: InstitutionStaffAddInput!) {
          institutionStaffAdd(input: $i) {
            errors {
              code
            }
          }
        }
      `),
      { i: { identifier: someone.mobile } },
      { token: await login(p, colleague.mobile) },
    );
    expect(notAdmin.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const audit = await p.sql<{ operation: string }>(`select operation from audit_log where operation like 'institution.%' and id > $1 order by id`, [since]);
    expect(audit.map((a) => a.operation)).toEqual(['institution.apply', 'institution.review', 'institution.staffAdd']);
  });

  it('rejects with a reason the applicant can read', async () => {
    const admin = await signUp(p);
    const applied = await gql(p, APPLY, { i: application() }, { token: admin.token });
    const operator = await staff(p, ['OPERATOR']);
    await gql(
      p,
      REVIEW,
      { i: { institutionId: applied.data.institutionApply.institution!.id, decision: 'REJECT', reason: '缺少营业执照' } },
      { token: operator.token },
    );
    const mine = await gql(
      p,
      graphql(`
        query InstitutionMe2 {
          me {
            institution {
              status
              reviewReason
            }
          }
        }
      `),
      {},
      { token: admin.token },
    );
    expect(mine.data.me!.institution).toEqual({ status: 'REJECTED', reviewReason: '缺少营业执照' });
  });
});
