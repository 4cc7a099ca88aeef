import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../setup/client.js';
import { graphql } from '../gql/index.js';
import type { PolicyApplicationStatus } from '../gql/graphql.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { signUp, staff, type TestAccount } from '../factories/accounts.js';
import { approvedInstitution, listedProduct } from '../factories/docking.js';
import { editors, publishedPolicy, type Editors } from '../factories/policies.js';

/** Portal furniture: the footer of a site, policy list filters (申报状态, 发文部门 from the data), the institution directory. */

const FOOTER = graphql(`
  query PortalFooter {
    currentSite {
      footer {
        organizer
        operatorUnit
        icpRecord
        policeRecord
        phone
        email
        address
      }
    }
  }
`);
const SET_FOOTER = graphql(`
  mutation PortalSiteFooterUpdate($i: SiteFooterInput!) {
    siteFooterUpdate(input: $i) {
      site {
        code
        footer {
          organizer
          icpRecord
          phone
        }
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const GUIDE_ADD = graphql(`
  mutation PortalGuideAdd($i: PolicyGuideAddInput!) {
    policyGuideAdd(input: $i) {
      errors {
        ...TestUserError
      }
    }
  }
`);
const LIST = graphql(`
  query PortalPolicies($f: PolicyFilter) {
    policies(filter: $f, first: 100) {
      totalCount
      nodes {
        id
        title
      }
    }
  }
`);
const DEPARTMENTS = graphql(`
  query PortalPolicyDepartments($n: Int!) {
    policyDepartments(first: $n) {
      name
      count
    }
  }
`);
const INSTITUTIONS = graphql(`
  query PortalInstitutions($f: InstitutionFilter) {
    institutions(first: 20, filter: $f) {
      totalCount
      nodes {
        name
        regionNames
        listedProductCount
        columns
      }
    }
  }
`);

let p: TestPlatform;
let e: Editors;
let admin: TestAccount;

beforeAll(async () => {
  p = await startTestPlatform();
  e = await editors(p);
  admin = await staff(p, ['SYSTEM_ADMIN'], '系统管理员');
});
afterAll(async () => {
  await p?.stop();
});

describe('site footer: 主办单位, 备案号 and contact per site, set by the system administrator', () => {
  it('is empty until set, then public; validated; only SYSTEM_ADMIN may change it (audited)', async () => {
    expect((await gql(p, FOOTER, {}, { site: 'wuhu' })).data.currentSite.footer).toEqual({
      organizer: null,
      operatorUnit: null,
      icpRecord: null,
      policeRecord: null,
      phone: null,
      email: null,
      address: null,
    });
    const bad = await gql(p, SET_FOOTER, { i: { icpRecord: '12345', phone: 'abc', email: 'x@' } }, { token: admin.token, site: 'wuhu' });
    expect(bad.data.siteFooterUpdate.errors.map((x) => x.field)).toEqual(['icpRecord', 'phone', 'email']);
    const op = await gql(p, SET_FOOTER, { i: { organizer: '越权' } }, { token: e.operator.token, site: 'wuhu' });
    expect(op.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const set = await gql(
      p,
      SET_FOOTER,
      {
        i: {
          organizer: '芜湖市经济和信息化局',
          icpRecord: '皖ICP备12345678号-2',
          policeRecord: '皖公网安备34020202000001号',
          phone: '0553-12345678',
          address: '  ',
        },
      },
      { token: admin.token, site: 'wuhu' },
    );
    expect(set.data.siteFooterUpdate).toEqual({
      site: { code: 'wuhu', footer: { organizer: '芜湖市经济和信息化局', icpRecord: '皖ICP备12345678号-2', phone: '0553-12345678' } },
      errors: [],
    });
    const footer = (await gql(p, FOOTER, {}, { site: 'wuhu' })).data.currentSite.footer;
    expect(footer).toMatchObject({ organizer: '芜湖市经济和信息化局', policeRecord: '皖公网安备34020202000001号', address: null, operatorUnit: null });
    // Another site keeps its own footer.
    expect((await gql(p, FOOTER, {}, { site: 'hefei' })).data.currentSite.footer.organizer).toBeNull();
    const audited = await p.sql<{ n: number }>(`select count(*)::int as n from audit_log where operation = 'site.footer'`);
    expect(audited[0].n).toBeGreaterThanOrEqual(1);
  });
});

describe('policy list filters: 申报状态 from the guides, 发文部门 from the data', () => {
  it('filters by OPEN, UPCOMING and CLOSED application windows', async () => {
    const tag = `申报状态${Math.floor(Math.random() * 1e6)}`;
    const make = async (title: string, start: string | null, end: string | null) => {
      const id = await publishedPolicy(p, e, { title: `${title}${tag}`, tags: [tag] });
      const g = await gql(
        p,
        GUIDE_ADD,
        {
          i: {
            policyId: id,
            fields: {
              title: `${title}申报指南`,
              beneficiaries: '中小企业',
              conditions: '在皖注册',
              applicationStart: start,
              applicationEnd: end,
              whereToApply: '线上申报',
            },
          },
        },
        { token: e.operator.token },
      );
      expect(g.data.policyGuideAdd.errors).toEqual([]);
      return `${title}${tag}`;
    };
    const open = await make('申报中政策', '2000-01-01', '2099-12-31');
    const upcoming = await make('即将开始政策', '2099-01-01', '2099-06-30');
    const closed = await make('已截止政策', '2000-01-01', '2000-12-31');
    const titles = async (applicationStatus: PolicyApplicationStatus) =>
      (await gql(p, LIST, { f: { tag, applicationStatus } })).data.policies.nodes.map((x) => x.title);
    expect(await titles('OPEN')).toEqual([open]);
    expect(await titles('UPCOMING')).toEqual([upcoming]);
    expect(await titles('CLOSED')).toEqual([closed]);
  });

  it('lists departments with counts, most first, and filters by one of them', async () => {
    const dept = `测试发文部门${Math.floor(Math.random() * 1e6)}`;
    await publishedPolicy(p, e, { departments: [dept] });
    await publishedPolicy(p, e, { departments: [dept, '安徽省财政厅'] });
    const res = await gql(p, DEPARTMENTS, { n: 100 });
    expect(res.data.policyDepartments).toContainEqual({ name: dept, count: 2 });
    const counts = res.data.policyDepartments.map((d) => d.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect((await gql(p, LIST, { f: { department: dept } })).data.policies.totalCount).toBe(2);
    expect((await gql(p, DEPARTMENTS, { n: 101 })).errors?.[0]).toBeTruthy();
  });
});

describe('institution directory: keyword, column and region filters, region names and product counts', () => {
  it('finds approved institutions by part of the name with their listed product count', async () => {
    const key = `目录检索${Math.floor(Math.random() * 1e6)}`;
    const inst = await approvedInstitution(p, e.operator, { name: `安徽省${key}科技服务中心`, columns: ['TECHNOLOGY', 'CONSULTING'], regionCodes: ['340100'] });
    await listedProduct(p, inst, e.operator);
    await listedProduct(p, inst, e.operator);
    await signUp(p);
    const found = await gql(p, INSTITUTIONS, { f: { keyword: key } });
    expect(found.data.institutions).toEqual({
      totalCount: 1,
      nodes: [{ name: `安徽省${key}科技服务中心`, regionNames: ['合肥市'], listedProductCount: 2, columns: ['TECHNOLOGY', 'CONSULTING'] }],
    });
    expect((await gql(p, INSTITUTIONS, { f: { keyword: key, column: 'FINANCING' } })).data.institutions.totalCount).toBe(0);
    expect((await gql(p, INSTITUTIONS, { f: { keyword: key, regionCode: '340104' } })).data.institutions.totalCount).toBe(1);
    expect((await gql(p, INSTITUTIONS, { f: { keyword: '%' } })).data.institutions.nodes.every((n) => n.name.includes('%'))).toBe(true);
  });
});
