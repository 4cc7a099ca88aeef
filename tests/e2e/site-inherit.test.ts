import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { editors, publishedPolicy, type Editors } from '../factories/policies.js';
import { graphql } from '../gql/index.js';
import type { PolicyFilter, SearchSiteScope } from '../gql/graphql.js';

const LIST = graphql(`
  query SiteInheritPolicies($f: PolicyFilter) {
    policies(filter: $f, first: 50) {
      totalCount
      edges {
        node {
          id
          title
          provinceOnly
          site {
            code
          }
        }
      }
    }
  }
`);
const SEARCH = graphql(`
  query SiteInheritSearch($i: SearchInput!) {
    search(input: $i) {
      totalCount
      hits {
        edges {
          node {
            id
            title
          }
        }
      }
    }
  }
`);
const SET = graphql(`
  mutation SiteInheritProvinceOnlySet($i: ProvinceOnlySetInput!) {
    provinceOnlySet(input: $i) {
      id
      provinceOnly
      errors {
        ...TestUserError
      }
    }
  }
`);
const DETAIL = graphql(`
  query SiteInheritPolicy($id: ID!) {
    policy(id: $id) {
      id
    }
  }
`);
let p: TestPlatform;
let e: Editors;

/** Publishes a policy on `site` through the API (the site comes from X-Qifu-Site, as for any request). */
const publishOn = (site: string, title: string) => publishedPolicy(p, e, { title }, site);

const titles = async (site: string, filter: PolicyFilter = {}) => (await gql(p, LIST, { f: filter }, { site })).data.policies.edges.map((x) => x.node.title);

beforeAll(async () => {
  p = await startTestPlatform();
  e = await editors(p);
});
afterAll(async () => {
  await p?.stop();
});

describe('B1 sites inherit: a city site shows its own and its province’s content', () => {
  it('lists Hefei and Anhui policies on hefei, only Hefei with ownSiteOnly, never Wuhu’s; province-only stays on Anhui', async () => {
    await publishOn('anhui', '安徽省支持专精特新企业发展若干政策（继承测试）');
    await publishOn('hefei', '合肥市中小企业数字化转型补贴办法（继承测试）');
    await publishOn('wuhu', '芜湖市稳岗补贴实施细则（继承测试）');
    const only = await publishOn('anhui', '安徽省省直单位专项资金管理办法（仅省级测试）');

    const hefei = await titles('hefei');
    expect(hefei).toContain('安徽省支持专精特新企业发展若干政策（继承测试）');
    expect(hefei).toContain('合肥市中小企业数字化转型补贴办法（继承测试）');
    expect(hefei).toContain('安徽省省直单位专项资金管理办法（仅省级测试）');
    expect(hefei).not.toContain('芜湖市稳岗补贴实施细则（继承测试）');
    const own = await titles('hefei', { ownSiteOnly: true });
    expect(own).toContain('合肥市中小企业数字化转型补贴办法（继承测试）');
    expect(own.filter((t) => !t.startsWith('合肥市'))).toEqual([]);

    // A reader cannot change the flag; an operator of the province can, audited.
    const anon = await gql(p, SET, { i: { id: only, provinceOnly: true } }, { site: 'anhui' });
    expect(anon.errors?.[0]).toBeTruthy();
    const set = await gql(p, SET, { i: { id: only, provinceOnly: true } }, { token: e.operator.token, site: 'anhui' });
    expect(set.data.provinceOnlySet).toEqual({ id: only, provinceOnly: true, errors: [] });
    // A city operator cannot reach the province's item.
    const city = await gql(p, SET, { i: { id: only, provinceOnly: false } }, { token: e.operator.token, site: 'hefei' });
    expect(city.data.provinceOnlySet.errors[0].code).toBe('NOT_FOUND');

    const after = await titles('hefei');
    expect(after).not.toContain('安徽省省直单位专项资金管理办法（仅省级测试）');
    expect(after).toContain('安徽省支持专精特新企业发展若干政策（继承测试）');
    expect(await titles('anhui')).toContain('安徽省省直单位专项资金管理办法（仅省级测试）');
    const detail = await gql(p, DETAIL, { id: only }, { site: 'hefei' });
    expect(detail.data.policy).toBeNull();

    const onlyRaw = Buffer.from(only, 'base64url').toString('utf8').split(':')[1];
    const [row] = await p.sql<{ n: number }>(`select count(*)::int as n from audit_log where operation = 'site.provinceOnly' and object_id = $1`, [onlyRaw]);
    expect(row.n).toBe(1);
  });

  it('search on hefei finds the province’s policies except province-only ones; OWN narrows to the city', async () => {
    await publishOn('anhui', '安徽省科技型中小企业研发费用补助政策（检索继承）');
    await publishOn('hefei', '合肥市科技型中小企业研发费用补助政策（检索继承）');
    const hidden = await publishOn('anhui', '安徽省科技型中小企业研发费用补助政策仅省级（检索继承）');
    await gql(p, SET, { i: { id: hidden, provinceOnly: true } }, { token: e.operator.token, site: 'anhui' });
    await p.jobs.runDue();
    const search = async (site: string, siteScope?: SearchSiteScope) =>
      (await gql(p, SEARCH, { i: { query: '研发费用补助', kinds: ['policy'], siteScope } }, { site })).data.search.hits.edges.map((x) => x.node.title);
    const hefei = await search('hefei');
    expect(hefei.some((t) => t.startsWith('安徽省科技型中小企业研发费用补助政策（'))).toBe(true);
    expect(hefei.some((t) => t.startsWith('合肥市科技型'))).toBe(true);
    expect(hefei.some((t) => t.includes('仅省级'))).toBe(false);
    const own = await search('hefei', 'OWN');
    expect(own.every((t) => t.startsWith('合肥市'))).toBe(true);
    expect(own.length).toBeGreaterThan(0);
  });
});
