import { graphql } from '../gql/index.js';
import type { EnterpriseRegisterInput } from '../gql/graphql.js';
import { gql } from '../setup/client.js';
import type { TestPlatform } from '../setup/platform.js';
import { signUp, type TestAccount } from './accounts.js';
import { makeUscc } from '../../server/modules/enterprise/uscc.js';

let seed = 1;
const rng = () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};
export function validUscc(): string {
  seed = (Date.now() % 100000) + Math.floor(Math.random() * 1e6) + 1;
  return makeUscc(rng, '340104');
}

export function enterpriseInput(overrides: Partial<EnterpriseRegisterInput> = {}): EnterpriseRegisterInput {
  return {
    uscc: validUscc(),
    name: `合肥测试科技有限公司${Math.floor(Math.random() * 1e6)}`,
    regionCode: '340104',
    industryCode: '65',
    establishedOn: '2018-05-20',
    employees: 45,
    revenue: 1200,
    totalAssets: 800,
    qualifications: ['TECH_SME'],
    contactName: '张敏',
    contactPhone: '13955123456',
    contactEmail: 'zhangmin@example.cn',
    ...overrides,
  };
}

export const REGISTER = graphql(`
  mutation TestEnterpriseRegister($i: EnterpriseRegisterInput!) {
    enterpriseRegister(input: $i) {
      enterprise {
        id
        uscc
        name
        sizeClass
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

/** A signed-up owner with a freshly registered enterprise. */
export async function enterpriseOwner(p: TestPlatform, overrides: Partial<EnterpriseRegisterInput> = {}): Promise<TestAccount & { enterpriseId: string }> {
  const owner = await signUp(p, '企业负责人');
  const res = await gql(p, REGISTER, { i: enterpriseInput(overrides) }, { token: owner.token });
  const payload = res.data?.enterpriseRegister;
  if (!payload?.enterprise) throw new Error(JSON.stringify(res.errors ?? payload?.errors));
  return { ...owner, enterpriseId: payload.enterprise.id };
}
