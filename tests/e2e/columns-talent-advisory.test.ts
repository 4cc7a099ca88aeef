import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestAccount } from '../factories/accounts.js';
import { call, columnInstitution, count, must, operatorAccount, type ColumnInstitution } from '../factories/columns.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { graphql } from '../gql/index.js';
import type { TalentNeedSubmitInput } from '../gql/graphql.js';

let p: TestPlatform;
let op: TestAccount;
let hr: ColumnInstitution; // TALENT, 合肥
let hrWuhu: ColumnInstitution; // TALENT, 芜湖
let lab: ColumnInstitution; // TECHNOLOGY, 安徽
let consult: ColumnInstitution; // CONSULTING, 合肥
let owner: TestAccount & { enterpriseId: string };

const TALENT = graphql(`
  mutation ColumnsTalentAdvisoryTalentNeedSubmit($i: TalentNeedSubmitInput!) {
    talentNeedSubmit(input: $i) {
      need {
        ...TestColumnNeed
        talent {
          deadline
          services
          positions {
            title
            headcount
            skills
            salaryMin
            salaryMax
          }
        }
        institutions {
          name
        }
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const DIAGNOSIS = graphql(`
  mutation ColumnsTalentAdvisoryDiagnosisRequestSubmit($i: DiagnosisRequestSubmitInput!) {
    diagnosisRequestSubmit(input: $i) {
      need {
        ...TestColumnNeed
        category
        diagnosis {
          category
          categoryLabel
          group
          onSite
        }
        institutions {
          name
        }
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  p = await startTestPlatform();
  op = await operatorAccount(p);
  hr = await columnInstitution(p, op, ['TALENT'], ['340100'], '合肥市人力资源服务产业园');
  hrWuhu = await columnInstitution(p, op, ['TALENT'], ['340200'], '芜湖市人才服务中心');
  lab = await columnInstitution(p, op, ['TECHNOLOGY'], ['340000'], '安徽省产品质量监督检验研究院');
  consult = await columnInstitution(p, op, ['CONSULTING'], ['340100'], '合肥市中小企业管理咨询中心');
  owner = await enterpriseOwner(p);
});
afterAll(async () => {
  await p?.stop();
});

const talentInput = (over: Partial<TalentNeedSubmitInput> = {}): TalentNeedSubmitInput => ({
  positions: [
    { title: '嵌入式软件工程师', headcount: 3, skills: ['C语言', 'RTOS'], salaryMin: 12000, salaryMax: 20000 },
    { title: '销售经理', headcount: 2, salaryMin: 8000, salaryMax: 15000 },
  ],
  deadline: inDays(60),
  services: ['RECRUITMENT', 'HR_AGENCY_CONSULTING'],
  ...over,
});

describe('T1–T3 talent needs', () => {
  it('reject bad input with per-position field errors and write nothing', async () => {
    const before = await count(p, 'column_need');
    const res = await call(
      p,
      TALENT,
      {
        i: talentInput({
          positions: [
            { title: '', headcount: 0, salaryMin: 9000, salaryMax: 5000 },
            { title: '工程师', headcount: 1, skills: ['x'.repeat(21)] },
          ],
          deadline: '2020-01-01',
          services: ['TECH_TRANSFER'],
          regionCode: '999999',
        }),
      },
      owner.token,
    );
    expect(res.errors.map((e) => e.field).sort()).toEqual([
      'deadline',
      'positions.0.headcount',
      'positions.0.salaryMax',
      'positions.0.title',
      'positions.1.skills',
      'regionCode',
      'services',
    ]);
    expect(res.errors.find((e) => e.field === 'positions.0.salaryMax')!.message).toBe('最高月薪不能低于最低月薪');
    expect((await call(p, TALENT, { i: talentInput({ positions: [] }) }, owner.token)).errors).toEqual([
      { code: 'REQUIRED', field: 'positions', message: '请至少填写一个岗位' },
    ]);
    expect(await count(p, 'column_need')).toBe(before);
    const noEnterprise = await gql(p, TALENT, { i: talentInput() }, { token: (await signUp(p)).token });
    expect(noEnterprise.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('are routed to TALENT institutions of the work location, which reply', async () => {
    const { need } = await must(p, TALENT, { i: talentInput() }, owner.token);
    expect(need).toMatchObject({ column: 'TALENT', headcount: 5, matched: true, title: '人才需求：嵌入式软件工程师、销售经理，共5人', regionCode: '340104' });
    expect(need!.talent!.positions[0]).toEqual({ title: '嵌入式软件工程师', headcount: 3, skills: ['C语言', 'RTOS'], salaryMin: 12000, salaryMax: 20000 });
    expect(need!.institutions.map((i) => i.name)).toEqual(['合肥市人力资源服务产业园']);
    const wuhu = await must(p, TALENT, { i: talentInput({ regionCode: '340202' }) }, owner.token);
    expect(wuhu.need!.institutions.map((i) => i.name)).toEqual(['芜湖市人才服务中心']);
    const reply = await must(
      p,
      graphql(`
        mutation ColumnsTalentAdvisoryColumnNeedReply($i: ColumnNeedReplyInput!) {
          columnNeedReply(input: $i) {
            need {
              status
            }
            errors {
              ...TestUserError
            }
          }
        }
      `),
      { i: { needId: need!.id, body: '已为您匹配3名候选人，请查收简历。' } },
      hr.token,
    );
    expect(reply.need!.status).toBe('ANSWERED');
    expect(
      await call(
        p,
        graphql(`
          query ColumnsTalentAdvisoryColumnNeed($id: ID!) {
            columnNeed(id: $id) {
              id
            }
          }
        `),
        { id: need!.id },
        hrWuhu.token,
      ),
    ).toBeNull();
  });
});

describe('K1/C1 technology and consulting', () => {
  it('publish a typed catalogue with Chinese labels', async () => {
    const tech = await call(
      p,
      graphql(`
        query ColumnsTalentAdvisoryServiceCatalogue {
          serviceCatalogue(column: TECHNOLOGY) {
            code
            label
            group
          }
        }
      `),
    );
    expect(tech.map((c) => c.code)).toEqual([
      'RESULTS_EVALUATION',
      'TECH_CONSULTING',
      'IUR_COOPERATION',
      'TECH_TRANSFER',
      'INTELLECTUAL_PROPERTY',
      'RND',
      'INFORMATISATION',
      'TESTING_INSPECTION',
      'ENERGY_SAVING',
      'GREEN_PRODUCTION',
    ]);
    const consulting = await call(
      p,
      graphql(`
        query ColumnsTalentAdvisoryServiceCatalogue2 {
          serviceCatalogue(column: CONSULTING) {
            code
            label
            group
          }
        }
      `),
    );
    expect([...new Set(consulting.map((c) => c.group))]).toEqual(['公益性咨询诊断', '专业咨询', '代理服务']);
    expect(consulting.find((c) => c.code === 'AGENCY_TAX')!.label).toBe('税务代理');
  });

  it('reject bad diagnosis requests with field errors and write nothing', async () => {
    const before = await count(p, 'column_need');
    const res = await call(
      p,
      DIAGNOSIS,
      { i: { category: 'RECRUITMENT', description: '短', regionCode: 'x', contact: { name: '王', phone: '1' } } },
      owner.token,
    );
    expect(res.errors.map((e) => e.field).sort()).toEqual(['category', 'contact.phone', 'description', 'regionCode']);
    expect(await count(p, 'column_need')).toBe(before);
  });

  it("route a request by its category's column and region", async () => {
    const inboxTotal = async (inst: ColumnInstitution) =>
      (
        await call(
          p,
          graphql(`
            query ColumnsTalentAdvisoryInstitutionColumnNeeds {
              institutionColumnNeeds(first: 10) {
                totalCount
              }
            }
          `),
          {},
          inst.token,
        )
      ).totalCount;
    const [consultBefore, labBefore] = [await inboxTotal(consult), await inboxTotal(lab)];
    const testing = await must(p, DIAGNOSIS, { i: { category: 'TESTING_INSPECTION', description: '新产品出口欧盟前需要做电磁兼容检测' } }, owner.token);
    expect(testing.need).toMatchObject({
      column: 'TECHNOLOGY',
      category: 'TESTING_INSPECTION',
      diagnosis: { categoryLabel: '检验检测', group: '技术服务', onSite: false },
    });
    expect(testing.need!.institutions.map((i) => i.name)).toEqual(['安徽省产品质量监督检验研究院']);
    const lean = await must(
      p,
      DIAGNOSIS,
      { i: { category: 'DIAGNOSIS_LEAN', description: '车间在制品积压严重，希望做精益生产诊断', onSite: true } },
      owner.token,
    );
    expect(lean.need).toMatchObject({ column: 'CONSULTING', title: '管理咨询需求：精益生产诊断', diagnosis: { group: '公益性咨询诊断', onSite: true } });
    expect(lean.need!.institutions.map((i) => i.name)).toEqual(['合肥市中小企业管理咨询中心']);
    const inbox = await call(
      p,
      graphql(`
        query ColumnsTalentAdvisoryInstitutionColumnNeeds2 {
          institutionColumnNeeds(first: 10) {
            totalCount
            nodes {
              id
              title
              enterpriseProfile {
                name
              }
            }
          }
        }
      `),
      {},
      consult.token,
    );
    expect(inbox.totalCount).toBe(consultBefore + 1);
    expect(inbox.nodes.find((n) => n.id === lean.need!.id)!.enterpriseProfile).toBeNull(); // no consent given
    expect(await inboxTotal(lab)).toBe(labBefore + 1);
  });

  it('list needs with their institutions and replies in a constant number of statements', async () => {
    // a requester of its own with two talent needs (one answered) and two diagnosis requests
    const owner = await enterpriseOwner(p);
    const { need } = await must(p, TALENT, { i: talentInput() }, owner.token);
    await must(p, TALENT, { i: talentInput({ regionCode: '340202' }) }, owner.token);
    await must(
      p,
      graphql(`
        mutation ColumnsTalentAdvisoryColumnNeedReply2($i: ColumnNeedReplyInput!) {
          columnNeedReply(input: $i) {
            need {
              status
            }
            errors {
              ...TestUserError
            }
          }
        }
      `),
      { i: { needId: need!.id, body: '已为您匹配3名候选人，请查收简历。' } },
      hr.token,
    );
    await must(p, DIAGNOSIS, { i: { category: 'TESTING_INSPECTION', description: '新产品出口欧盟前需要做电磁兼容检测' } }, owner.token);
    await must(p, DIAGNOSIS, { i: { category: 'DIAGNOSIS_LEAN', description: '车间在制品积压严重，希望做精益生产诊断', onSite: true } }, owner.token);
    const res = await gql(
      p,
      graphql(`
        query ColumnsTalentAdvisoryMyColumnNeeds {
          myColumnNeeds(first: 100) {
            totalCount
            nodes {
              title
              institutions {
                name
              }
              replies {
                body
                institution {
                  name
                }
              }
              talent {
                deadline
              }
              diagnosis {
                group
              }
            }
          }
        }
      `),
      {},
      { token: owner.token },
    );
    expect(res.data.myColumnNeeds.totalCount).toBe(4);
    expect(res.extensions?.sqlCount).toBeLessThanOrEqual(6);
  });
});
