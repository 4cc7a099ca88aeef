import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestAccount } from '../factories/accounts.js';
import { call, columnInstitution, must, operatorAccount, FINANCING_PRODUCT_CREATE, productInput } from '../factories/columns.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { graphql } from '../gql/index.js';

let p: TestPlatform;
let op: TestAccount;

const SCENARIO = graphql(`
  query ColumnsScenarioScenario($c: ScenarioCode!, $r: String) {
    scenario(code: $c, regionCode: $r) {
      code
      title
      summary
      steps {
        order
        title
        description
        action {
          label
          operation
          requiresLogin
        }
      }
      nextAction {
        label
        operation
        requiresLogin
      }
      institutions {
        name
      }
      financingProducts {
        name
      }
      financingRoutes {
        code
      }
      startupResources {
        name
        kind
      }
      categories {
        code
        column
      }
      related {
        kind
        available
        items {
          id
        }
      }
    }
  }
`);

beforeAll(async () => {
  p = await startTestPlatform();
  op = await operatorAccount(p);
  const bank = await columnInstitution(p, op, ['FINANCING'], ['340000'], '安徽省普惠金融服务中心');
  await columnInstitution(p, op, ['FINANCING'], ['340200'], '芜湖市小微企业融资服务中心');
  const incubator = await columnInstitution(p, op, ['ENTREPRENEURSHIP'], ['340100'], '合肥市创业孵化服务中心');
  await columnInstitution(p, op, ['TALENT'], ['340100'], '合肥市人才市场');
  await must(p, FINANCING_PRODUCT_CREATE, { i: productInput({ name: '创业担保贷', productType: 'GUARANTEE', regionCodes: ['340100'] }) }, bank.token);
  const CREATE = graphql(`
    mutation ColumnsScenarioStartupResourceCreate($i: StartupResourceCreateInput!) {
      startupResourceCreate(input: $i) {
        errors {
          field
          message
        }
      }
    }
  `);
  await must(p, CREATE, { i: { kind: 'INCUBATOR', name: '蜀山区创业孵化园', regionCode: '340104', vacancies: 5 } }, incubator.token);
  await must(p, CREATE, { i: { kind: 'SUPPORT_MEASURE', name: '创业担保贷款贴息', regionCode: '340000' } }, op.token);
  await must(p, CREATE, { i: { kind: 'VENUE', name: '芜湖创业大厦', regionCode: '340202' } }, op.token);
});
afterAll(async () => {
  await p?.stop();
});

describe('B3 scenario services', () => {
  it('我要融资 lists steps, regional institutions and products, routes, and the seams to other modules', async () => {
    const s = await call(p, SCENARIO, { c: 'FINANCING', r: '340104' });
    expect(s.title).toBe('我要融资');
    expect(s.steps.map((x) => x.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(s.steps.find((x) => x.action.operation === 'financingNeedSubmit')!.title).toBe('提交融资需求');
    expect(s.institutions.map((i) => i.name)).toEqual(['安徽省普惠金融服务中心']);
    expect(s.financingProducts.map((x) => x.name)).toEqual(['创业担保贷']);
    expect(s.financingRoutes).toHaveLength(14);
    expect(s.categories).toEqual([]);
    expect(s.related).toEqual([
      { kind: 'POLICY', available: false, items: [] },
      { kind: 'ACTIVITY', available: false, items: [] },
      { kind: 'SERVICE_PRODUCT', available: false, items: [] },
    ]);
    const wuhu = await call(p, SCENARIO, { c: 'FINANCING', r: '340202' });
    expect(wuhu.institutions.map((i) => i.name)).toEqual(['安徽省普惠金融服务中心', '芜湖市小微企业融资服务中心']);
    expect(wuhu.financingProducts).toEqual([]);
  });

  it('suggests the next action for the viewer: sign up, register the enterprise, then submit', async () => {
    expect((await call(p, SCENARIO, { c: 'FINANCING' })).nextAction).toEqual({ label: '注册或登录', operation: 'accountRegister', requiresLogin: false });
    const person = await signUp(p);
    expect((await call(p, SCENARIO, { c: 'FINANCING' }, person.token)).nextAction.operation).toBe('enterpriseRegister');
    const owner = await enterpriseOwner(p);
    expect((await call(p, SCENARIO, { c: 'FINANCING' }, owner.token)).nextAction.operation).toBe('financingNeedSubmit');
    expect((await call(p, SCENARIO, { c: 'HIRING' }, owner.token)).nextAction.operation).toBe('talentNeedSubmit');
    expect((await call(p, SCENARIO, { c: 'CONSULTING' }, owner.token)).nextAction.operation).toBe('diagnosisRequestSubmit');
  });

  it('我要创业 works without an account and shows measures, courses, incubators and venues of the city', async () => {
    const s = await call(p, SCENARIO, { c: 'STARTUP', r: '340104' });
    expect(s.nextAction).toEqual({ label: '提交创业需求', operation: 'entrepreneurshipNeedSubmit', requiresLogin: false });
    expect(s.startupResources.map((r) => r.name)).toEqual(['创业担保贷款贴息', '蜀山区创业孵化园']);
    expect(s.institutions.map((i) => i.name)).toEqual(['合肥市创业孵化服务中心']);
    expect(s.steps.at(-1)!.action.operation).toBe('scenario:FINANCING');
  });

  it('我要招人 and 我要咨询 carry their service catalogues', async () => {
    const hiring = await call(p, SCENARIO, { c: 'HIRING', r: '340104' });
    expect(hiring.categories.map((c) => c.code)).toEqual([
      'MANAGEMENT_TRAINING',
      'SKILLS_TRAINING',
      'RECRUITMENT',
      'JOB_AGENCY_DISPATCH',
      'HR_AGENCY_CONSULTING',
    ]);
    expect(hiring.institutions.map((i) => i.name)).toEqual(['合肥市人才市场']);
    const consulting = await call(p, SCENARIO, { c: 'CONSULTING' });
    expect(consulting.title).toBe('我要咨询');
    expect(new Set(consulting.categories.map((c) => c.column))).toEqual(new Set(['TECHNOLOGY', 'CONSULTING']));
    expect(consulting.categories).toHaveLength(28);
    const bad = await gql(p, SCENARIO, { c: 'FINANCING', r: '99' });
    expect(bad.errors?.[0].message).toBe('地区代码无效');
  });
});
