import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftPolicy, editors, publishedPolicy, QUALIFICATION_KIND_CREATE, type Editors } from '../factories/policies.js';
import { fromGlobalId } from '../../server/common/ids.js';
import { gql, must } from '../setup/client.js';
import { graphql } from '../gql/index.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';

/** Search finds a policy by the catalogue name or alias of a qualification its conditions require (issue 15). */

let p: TestPlatform;
let e: Editors;

const SEARCH = graphql(`
  query PolicyQualificationSearchSearch($i: SearchInput!) {
    search(input: $i) {
      hits {
        nodes {
          kind
          id
        }
      }
    }
  }
`);
const SET = graphql(`
  mutation PolicyQualificationSearchConditionsSet($i: PolicyConditionsSetInput!) {
    policyConditionsSet(input: $i) {
      errors {
        ...TestUserError
      }
    }
  }
`);

const KIND_UPDATE = graphql(`
  mutation PolicyQualificationSearchKindUpdate($i: QualificationKindUpdateInput!) {
    qualificationKindUpdate(input: $i) {
      qualification {
        code
        name
        aliases
      }
      errors {
        ...TestUserError
      }
    }
  }
`);

/** Policy ids waiting in the search outbox (written in the transaction of the change, drained by the search jobs). */
const pendingPolicies = async () =>
  (await p.sql<{ ref_id: string }>(`select distinct ref_id::text from search_outbox where kind = 'policy' order by 1`)).map((r) => r.ref_id);

async function found(query: string): Promise<string[]> {
  const res = await gql(p, SEARCH, { i: { query } });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data.search.hits.nodes.map((h) => h.id);
}

beforeAll(async () => {
  p = await startTestPlatform();
  e = await editors(p);
});
afterAll(async () => {
  await p?.stop();
});

describe('qualifications in policy search', () => {
  it('finds a policy by the name and the alias of a qualification its conditions require, once they are set', async () => {
    const sentence = '申报企业须为规模以上工业企业。';
    const id = await publishedPolicy(p, e, {
      title: `关于开展制造业数字化改造奖补的通知（${Math.floor(Math.random() * 1e6)}）`,
      body: `<p>第一条 对实施数字化改造的企业给予奖补。</p><p>第二条 ${sentence.replace('规模以上工业企业', '符合本办法规定条件的企业')}</p>`,
      hotWords: [],
      tags: [],
    });
    await p.jobs.runDue();
    expect(await found('规上企业')).not.toContain(id);

    const res = await gql(
      p,
      SET,
      {
        i: {
          policyId: id,
          conditions: [
            {
              field: 'QUALIFICATION',
              operator: 'HAS',
              values: ['ABOVE_SCALE_INDUSTRY'],
              sourceSentence: '第一条 对实施数字化改造的企业给予奖补。',
              changeable: true,
            },
          ],
        },
      },
      { token: e.operator.token },
    );
    expect(res.data.policyConditionsSet.errors).toEqual([]);
    await p.jobs.runDue();
    expect(await found('规上企业')).toContain(id); // an alias
    expect(await found('规模以上工业企业')).toContain(id); // the catalogue name

    // conditions removed: no longer found by the alias
    const cleared = await gql(p, SET, { i: { policyId: id, conditions: [] } }, { token: e.operator.token });
    expect(cleared.data.policyConditionsSet.errors).toEqual([]);
    await p.jobs.runDue();
    expect(await found('规上企业')).not.toContain(id);
  });
});

describe('qualifications in policy search: catalogue changes (issue 15, Q1)', () => {
  it('a renamed qualification with a new alias re-indexes the policies requiring it: found by the new name and the alias, no longer by the old name', async () => {
    const kind = { code: 'EAGLET_LIST', issuingBody: '市科学技术局', validityYears: 3 };
    await must(p, QUALIFICATION_KIND_CREATE, { i: { ...kind, name: '雏鹰计划', aliases: [] } }, e.operator.token);
    const id = await publishedPolicy(p, e, {
      title: `关于支持科技型初创企业成长的若干措施（${Math.floor(Math.random() * 1e6)}）`,
      body: '<p>第一条 对入选名单的企业给予研发补助。</p><p>第二条 补助资金按年度拨付。</p>',
      hotWords: [],
      tags: [],
    });
    const set = await gql(
      p,
      SET,
      {
        i: {
          policyId: id,
          conditions: [
            { field: 'QUALIFICATION', operator: 'HAS', values: [kind.code], sourceSentence: '第一条 对入选名单的企业给予研发补助。', changeable: true },
          ],
        },
      },
      { token: e.operator.token },
    );
    expect(set.data.policyConditionsSet.errors).toEqual([]);
    await p.jobs.runDue();
    expect(await found('雏鹰计划')).toContain(id);
    expect(await found('凌云榜单')).not.toContain(id);

    // issuing body and validity are not indexed: editing them queues nothing
    await must(p, KIND_UPDATE, { i: { ...kind, name: '雏鹰计划', aliases: [], issuingBody: '市工业和信息化局', validityYears: 2 } }, e.operator.token);
    expect(await pendingPolicies()).toEqual([]);

    const renamed = await must(p, KIND_UPDATE, { i: { ...kind, name: '凌云榜单', aliases: ['瞭望塔认证'] } }, e.operator.token);
    expect(renamed.qualification).toEqual({ code: kind.code, name: '凌云榜单', aliases: ['瞭望塔认证'] });
    // queued by the catalogue change itself, committed with it, before any job ran
    expect(await pendingPolicies()).toEqual([fromGlobalId(id, 'Policy')]);
    expect(await found('雏鹰计划')).toContain(id); // the index changes when the search jobs run

    await p.jobs.runDue();
    expect(await pendingPolicies()).toEqual([]);
    expect(await found('凌云榜单')).toContain(id); // the new name
    expect(await found('瞭望塔认证')).toContain(id); // the new alias
    expect(await found('雏鹰计划')).not.toContain(id); // the old name is gone

    // any writer is covered, e.g. a data fix in SQL: the trigger queues the policy
    await p.sql(`update qualification set aliases = array_append(aliases, '凌云') where code = $1`, [kind.code]);
    expect(await pendingPolicies()).toEqual([fromGlobalId(id, 'Policy')]);
    await p.jobs.runDue();
  });

  it('renaming a qualification no published policy requires queues no policy (drafts and other qualifications left alone)', async () => {
    const code = 'SPARK_STAR';
    await must(p, QUALIFICATION_KIND_CREATE, { i: { code, name: '星火示范', aliases: ['星火'], issuingBody: '省科学技术厅' } }, e.operator.token);
    // a draft may require it: drafts are not in the index
    const draft = await draftPolicy(p, e, { body: '<p>第一条 对示范企业给予奖励。</p>' });
    const set = await gql(
      p,
      SET,
      { i: { policyId: draft.id, conditions: [{ field: 'QUALIFICATION', operator: 'HAS', values: [code], sourceSentence: '第一条 对示范企业给予奖励。' }] } },
      { token: e.operator.token },
    );
    expect(set.data.policyConditionsSet.errors).toEqual([]);
    // and a published policy requiring another qualification is not queued either
    const other = await publishedPolicy(p, e, { body: '<p>第一条 对专精特新企业给予奖励。</p>' });
    const otherSet = await gql(
      p,
      SET,
      {
        i: { policyId: other, conditions: [{ field: 'QUALIFICATION', operator: 'HAS', values: ['SRDI'], sourceSentence: '第一条 对专精特新企业给予奖励。' }] },
      },
      { token: e.operator.token },
    );
    expect(otherSet.data.policyConditionsSet.errors).toEqual([]);
    await p.jobs.runDue();
    expect(await pendingPolicies()).toEqual([]);

    await must(p, KIND_UPDATE, { i: { code, name: '星火示范企业', aliases: ['星火', '星火企业'], issuingBody: '省科学技术厅' } }, e.operator.token);
    expect(await pendingPolicies()).toEqual([]);
    // nor does adding or removing an entry no policy names
    await p.sql(`insert into qualification (code, name) values ('SPARK_STAR_TMP', '星火临时')`);
    await p.sql(`delete from qualification where code = 'SPARK_STAR_TMP'`);
    expect(await pendingPolicies()).toEqual([]);
  });
});
