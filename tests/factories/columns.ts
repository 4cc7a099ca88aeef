import { call, must } from '../setup/client.js';
import type { TestPlatform } from '../setup/platform.js';
import type { FinancingNeedSubmitInput, FinancingProductCreateInput, ServiceColumn } from '../gql/graphql.js';
import { login, signUp, staff, type TestAccount } from './accounts.js';
import { INSTITUTION_APPLY, INSTITUTION_REVIEW } from './docking.js';
import { graphql } from '../gql/index.js';

export { call, must };

export interface ColumnInstitution extends TestAccount {
  institutionId: string;
}

let n = 0;
/** An approved institution serving `columns` in `regionCodes`, its administrator signed in with the staff role. */
export async function columnInstitution(
  p: TestPlatform,
  op: TestAccount,
  columns: ServiceColumn[],
  regionCodes: string[] = ['340000'],
  name?: string,
): Promise<ColumnInstitution> {
  const admin = await signUp(p, '机构管理员');
  n++;
  const applied = await must(
    p,
    INSTITUTION_APPLY,
    {
      i: {
        name: name ?? `安徽省${columns[0]}服务机构${n}号${Math.floor(Math.random() * 1e6)}`,
        type: 'MARKET',
        columns,
        regionCodes,
        qualifications: '具备相关服务资质',
        description: '面向中小企业提供服务',
        responsibleDepartment: '服务部',
        contactName: '刘洋',
        contactPhone: '0551-65123456',
      },
    },
    admin.token,
  );
  const institutionId = applied.institution!.id;
  await must(p, INSTITUTION_REVIEW, { i: { institutionId, decision: 'APPROVE' } }, op.token);
  return { ...admin, token: await login(p, admin.mobile), institutionId };
}

export const operatorAccount = (p: TestPlatform) => staff(p, ['OPERATOR'], '运营人员');

export function productInput(over: Partial<FinancingProductCreateInput> = {}): FinancingProductCreateInput {
  return {
    name: '科技贷',
    lender: '徽商银行合肥分行',
    productType: 'CREDIT',
    summary: '面向科技型中小企业的信用贷款，无需抵押。',
    amountMin: 100,
    amountMax: 1000,
    termMinMonths: 6,
    termMaxMonths: 36,
    rateMin: 3.45,
    rateMax: 4.8,
    collateralRequired: false,
    guaranteeRequired: false,
    industryCodes: ['C', '65'],
    sizeClasses: ['SMALL', 'MICRO'],
    regionCodes: ['340100'],
    minYearsEstablished: 2,
    requiredMaterials: ['营业执照', '近两年财务报表'],
    ...over,
  };
}

export const FINANCING_PRODUCT_CREATE = graphql(`
  mutation TestFinancingProductCreate($i: FinancingProductCreateInput!) {
    financingProductCreate(input: $i) {
      product {
        id
        name
        status
      }
      errors {
        ...TestUserError
      }
    }
  }
`);

export function financingNeedInput(over: Partial<FinancingNeedSubmitInput> = {}): FinancingNeedSubmitInput {
  return {
    amount: 500,
    termMonths: 12,
    purpose: 'WORKING_CAPITAL',
    description: '采购原材料',
    collateral: ['NONE'],
    guaranteeAvailable: false,
    urgency: 'WITHIN_MONTH',
    ...over,
  };
}

export const FINANCING_NEED_SUBMIT = graphql(`
  mutation TestFinancingNeedSubmit($i: FinancingNeedSubmitInput!) {
    financingNeedSubmit(input: $i) {
      need {
        ...TestColumnNeed
      }
      errors {
        ...TestUserError
      }
    }
  }
`);

export const count = async (p: TestPlatform, table: string) => (await p.sql<{ n: number }>(`select count(*)::int as n from ${table}`))[0].n;

export const COLUMN_NEED_REPLY = graphql(`
  mutation TestColumnNeedReply($i: ColumnNeedReplyInput!) {
    columnNeedReply(input: $i) {
      need {
        status
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
export const COLUMN_NEED_START_DOCKING = graphql(`
  mutation TestColumnNeedStartDocking($i: ColumnNeedDockingInput!) {
    columnNeedStartDocking(input: $i) {
      need {
        id
      }
      docking {
        id
        status
      }
      errors {
        ...TestUserError
      }
    }
  }
`);

/** A financing need of `owner`, answered by each of `answering`, continued as a docking (ACCEPTED) with `dockWith` (default: the first). */
export async function dockedFinancingNeed(
  p: TestPlatform,
  owner: TestAccount,
  answering: ColumnInstitution[],
  dockWith: ColumnInstitution = answering[0],
  over: Partial<FinancingNeedSubmitInput> = {},
): Promise<{ needId: string; dockingId: string }> {
  const { need } = await must(p, FINANCING_NEED_SUBMIT, { i: financingNeedInput(over) }, owner.token);
  for (const inst of answering) await must(p, COLUMN_NEED_REPLY, { i: { needId: need!.id, body: '可提供流动资金贷款，年利率3.85%' } }, inst.token);
  const res = await must(p, COLUMN_NEED_START_DOCKING, { i: { needId: need!.id, institutionId: dockWith.institutionId } }, owner.token);
  return { needId: need!.id, dockingId: res.docking!.id };
}
