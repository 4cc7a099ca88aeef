import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsxSheet } from '../setup/xlsx-reader.js';
import { signUp } from '../factories/accounts.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { REVIEW, draftPolicy, editors, publishedPolicy, transition, type Editors } from '../factories/policies.js';
import { graphql } from '../gql/index.js';
import type { EnterpriseRegisterInput, PolicyConditionInput, PolicyReachVerdict } from '../gql/graphql.js';
import { gql, gqlRaw } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';

let p: TestPlatform;
let e: Editors;
let policyId: string;
let bare: string;

const BODY = '<p>一、申报主体须在合肥市注册。</p><p>二、研发投入占比不低于3%。</p><p>三、须为高新技术企业。</p>';
const SET = graphql(`
  mutation PolicyReachConditionsSet($i: PolicyConditionsSetInput!) {
    policyConditionsSet(input: $i) {
      errors {
        ...TestUserError
      }
    }
  }
`);
const REACH = graphql(`
  query PolicyReachCounts($id: ID!) {
    policyReach(policyId: $id) {
      reach {
        eligible
        likely
        nearMiss
        notified
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const LIST = graphql(`
  query PolicyReachList($id: ID!, $v: PolicyReachVerdict!, $first: Int, $after: String) {
    policyReachEnterprises(policyId: $id, verdict: $v, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        regionName
        industryName
        sizeClass
        verdict
        conditions {
          outcome
          reason
          condition {
            field
            changeable
          }
        }
      }
    }
  }
`);
const XLSX = graphql(`
  query PolicyReachXlsx($id: ID!, $v: PolicyReachVerdict!) {
    policyReachXlsx(policyId: $id, verdict: $v) {
      filename
      mimeType
      byteSize
      contentBase64
    }
  }
`);
const VERIFY = graphql(`
  mutation PolicyReachEnterpriseReview($i: EnterpriseReviewInput!) {
    enterpriseReview(input: $i) {
      errors {
        code
      }
    }
  }
`);
const MATCH = graphql(`
  query PolicyReachMatch($id: ID!) {
    policyMatch(policyId: $id) {
      verdict
      conditions {
        outcome
        condition {
          changeable
        }
      }
    }
  }
`);
const LIST2 = graphql(`
  query PolicyReachListIds($id: ID!, $v: PolicyReachVerdict!) {
    policyReachEnterprises(policyId: $id, verdict: $v, first: 100) {
      nodes {
        id
      }
    }
  }
`);
/** A field the list never selects: contact data is for the XLSX export only. */
const CONTACT = `query($id: ID!) { policyReachEnterprises(policyId: $id, verdict: ELIGIBLE) { nodes { contactPhone } } }`;

const HEFEI = { regionCode: '340104', industryCode: '65', employees: 45, revenue: 1200, totalAssets: 800, establishedOn: '2018-05-20' };

async function verify(id: string) {
  const r = await gql(p, VERIFY, { i: { enterpriseId: id, decision: 'APPROVE' } }, { token: e.operator.token });
  expect(r.data.enterpriseReview.errors).toEqual([]);
}

async function firm(name: string, overrides: Partial<EnterpriseRegisterInput>, verified = true) {
  const o = await enterpriseOwner(p, { ...HEFEI, name, ...overrides });
  if (verified) await verify(o.enterpriseId);
  return o;
}

beforeAll(async () => {
  p = await startTestPlatform();
  e = await editors(p);
  // three eligible (to page), one likely (R&D ratio not declared), one near miss (lacks a qualification it can obtain),
  // one out of region (芜湖), one unverified with eligible data
  await firm('直达甲科技有限公司', { qualifications: ['HIGH_TECH'], rdRatio: 5 });
  await firm('直达乙科技有限公司', { qualifications: ['HIGH_TECH'], rdRatio: 3 });
  await firm('直达丙科技有限公司', { qualifications: ['HIGH_TECH', 'TECH_SME'], rdRatio: 8.5 });
  await firm('可能符合科技有限公司', { qualifications: ['HIGH_TECH'], rdRatio: null });
  await firm('差一点科技有限公司', { qualifications: ['TECH_SME'], rdRatio: 6 });
  await firm('芜湖外地科技有限公司', { regionCode: '340202', qualifications: ['HIGH_TECH'], rdRatio: 5 });
  await firm('未认证科技有限公司', { qualifications: ['HIGH_TECH'], rdRatio: 5 }, false);

  const draft = await draftPolicy(p, e, { body: BODY, title: '政策直达测试政策' });
  policyId = draft.id;
  const set = await gql(
    p,
    SET,
    {
      i: {
        policyId,
        conditions: [
          { field: 'REGION', operator: 'IN', values: ['340100'], sourceSentence: '申报主体须在合肥市注册。', changeable: false },
          { field: 'RD_RATIO', operator: 'GTE', values: ['3'], sourceSentence: '研发投入占比不低于3%。', changeable: false },
          { field: 'QUALIFICATION', operator: 'HAS', values: ['HIGH_TECH'], sourceSentence: '须为高新技术企业。', changeable: true },
        ],
      },
    },
    { token: e.operator.token },
  );
  expect(set.data.policyConditionsSet.errors).toEqual([]);
  // published with its conditions: the fan-out notifies the verified eligible and likely enterprises
  await gql(p, transition('policySubmit'), { i: { policyId } }, { token: e.operator.token });
  await gql(p, REVIEW, { i: { policyId, decision: 'APPROVE' } }, { token: e.reviewer.token });
  const pub = await gql(p, transition('policyPublish'), { i: { policyId } }, { token: e.operator.token });
  expect(pub.data.policyPublish.errors).toEqual([]);
  await p.jobs.runDue();
  bare = (await draftPolicy(p, e, { title: '尚未拆解的政策' })).id;
});
afterAll(async () => {
  await p?.stop();
});

describe('policy reach (惠企政策直达)', () => {
  it('counts eligible, likely and near-miss verified enterprises in scope, and the notified ones', async () => {
    const res = await gql(p, REACH, { id: policyId }, { token: e.operator.token });
    expect(res.errors).toBeUndefined();
    expect(res.data.policyReach).toEqual({ reach: { eligible: 3, likely: 1, nearMiss: 1, notified: 4 }, errors: [] });
    const byReviewer = await gql(p, REACH, { id: policyId }, { token: e.reviewer.token });
    expect(byReviewer.data.policyReach.reach?.eligible).toBe(3);
  });

  it('answers a policy without conditions, or an unknown one, with a Chinese reason', async () => {
    const none = await gql(p, REACH, { id: bare }, { token: e.operator.token });
    expect(none.data.policyReach.reach).toBeNull();
    expect(none.data.policyReach.errors).toEqual([{ code: 'INVALID_STATE', field: 'policyId', message: expect.stringContaining('尚未拆解申报条件') }]);
    const unknown = await gql(p, REACH, { id: 'nope' }, { token: e.operator.token });
    expect(unknown.data.policyReach.errors[0]).toEqual({ code: 'NOT_FOUND', field: 'policyId', message: '政策不存在' });
    const list = await gql(p, LIST, { id: bare, v: 'ELIGIBLE' }, { token: e.operator.token });
    expect(list.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(list.errors?.[0].message).toContain('尚未拆解申报条件');
  });

  it('lists each verdict by name with reasons, paged with a constant number of statements', async () => {
    const first = await gql(p, LIST, { id: policyId, v: 'ELIGIBLE', first: 2 }, { token: e.operator.token });
    expect(first.errors).toBeUndefined();
    const c1 = first.data.policyReachEnterprises;
    expect(c1.totalCount).toBe(3);
    expect(c1.pageInfo.hasNextPage).toBe(true);
    expect(c1.nodes.map((n) => n.name)).toEqual(['直达丙科技有限公司', '直达乙科技有限公司'].sort());
    expect(c1.nodes[0]).toMatchObject({ regionName: '蜀山区', sizeClass: 'SMALL', verdict: 'ELIGIBLE' });
    expect(c1.nodes[0].conditions.map((c) => c.outcome)).toEqual(['MET', 'MET', 'MET']);
    expect(c1.nodes[0].conditions[0].reason).toBe('注册地要求为合肥市，企业为蜀山区（企业自报），符合');
    const second = await gql(p, LIST, { id: policyId, v: 'ELIGIBLE', first: 2, after: c1.pageInfo.endCursor }, { token: e.operator.token });
    const c2 = second.data.policyReachEnterprises;
    expect(c2.nodes.map((n) => n.name)).toEqual(['直达甲科技有限公司']);
    expect(c2.pageInfo.hasNextPage).toBe(false);
    const one = await gql(p, LIST, { id: policyId, v: 'ELIGIBLE', first: 1 }, { token: e.operator.token });
    expect(first.extensions?.sqlCount).toBe(second.extensions?.sqlCount);
    expect(one.extensions?.sqlCount).toBe(first.extensions?.sqlCount);
    expect(first.extensions?.sqlCount).toBeLessThanOrEqual(6);

    const likely = (await gql(p, LIST, { id: policyId, v: 'LIKELY' }, { token: e.operator.token })).data.policyReachEnterprises;
    expect(likely.nodes.map((n) => n.name)).toEqual(['可能符合科技有限公司']);
    expect(likely.nodes[0].conditions[1]).toEqual({
      outcome: 'UNKNOWN',
      reason: '研发投入占营业收入比例要求不低于3%，企业未申报该信息，补充研发投入占营业收入比例后可判断（要求不低于3%）',
      condition: { field: 'RD_RATIO', changeable: false },
    });
    const near = (await gql(p, LIST, { id: policyId, v: 'NEAR_MISS' }, { token: e.operator.token })).data.policyReachEnterprises;
    expect(near.nodes.map((n) => [n.name, n.verdict])).toEqual([['差一点科技有限公司', 'NEAR_MISS']]);
    expect(near.nodes[0].conditions[2]).toMatchObject({ outcome: 'NOT_MET', condition: { field: 'QUALIFICATION', changeable: true } });
  });

  it('exports the list as XLSX with contact data, and audits the export', async () => {
    const res = await gql(p, XLSX, { id: policyId, v: 'ELIGIBLE' }, { token: e.operator.token });
    expect(res.errors).toBeUndefined();
    const file = res.data.policyReachXlsx;
    expect(file.filename).toMatch(/^政策直达-符合条件-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const bytes = Buffer.from(file.contentBase64, 'base64');
    expect(bytes.length).toBe(file.byteSize);
    const rows = readXlsxSheet(bytes);
    expect(rows[0]).toEqual(['企业名称', '统一社会信用代码', '注册地', '所属行业', '企业规模', '判定', '联系人', '联系电话', '未满足或待核实的条件']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['直达丙科技有限公司', '直达乙科技有限公司', '直达甲科技有限公司'].sort());
    expect(rows[1].slice(2, 8)).toEqual(['蜀山区', expect.any(String), '小型', '符合条件', '张敏', '13955123456']);
    // reviewers read the counts and the list, but a bulk export of contact data is for operators only
    expect((await gql(p, XLSX, { id: policyId, v: 'NEAR_MISS' }, { token: e.reviewer.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const near = readXlsxSheet(
      Buffer.from((await gql(p, XLSX, { id: policyId, v: 'NEAR_MISS' }, { token: e.operator.token })).data.policyReachXlsx.contentBase64, 'base64'),
    );
    expect(near.length).toBe(2);
    expect(near[1][8]).toContain('企业资质要求为高新技术企业');
    const audits = await p.sql<{ detail: unknown; object_id: string }>(
      `select detail, object_id from audit_log where operation = 'policy.reach.export' order by id`,
    );
    expect(audits.map((a) => a.detail)).toEqual([
      { verdict: 'ELIGIBLE', rows: 3 },
      { verdict: 'NEAR_MISS', rows: 1 },
    ]);
  });

  it('refuses enterprise users and anonymous callers; the list carries no contact data', async () => {
    const user = await signUp(p);
    const asked = [
      (token?: string) => gql(p, REACH, { id: policyId }, { token }),
      (token?: string) => gql(p, XLSX, { id: policyId, v: 'ELIGIBLE' }, { token }),
    ];
    for (const ask of asked) {
      expect((await ask(user.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await ask()).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const owner = await enterpriseOwner(p);
    expect((await gql(p, LIST, { id: policyId, v: 'ELIGIBLE' }, { token: owner.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const contact = await gqlRaw(p, CONTACT, { id: policyId }, { token: e.operator.token });
    expect(contact.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('the set-based reach agrees with the per-enterprise match (issue 15: validity dates, counts, coverage cap)', () => {
  let q: TestPlatform;
  let ed: Editors;
  const owners: { token: string; enterpriseId: string }[] = [];
  const BODY2 =
    '<p>一、申报主体须在合肥市注册。</p><p>二、研发投入占比不低于3%。</p><p>三、须为高新技术企业。</p><p>四、拥有有效发明专利2项以上。</p><p>五、营业收入不低于1000万元。</p><p>六、无严重失信行为。</p>';

  /** A small deterministic generator (mulberry32): the same enterprises on every run. */
  function rng(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  beforeAll(async () => {
    q = await startTestPlatform();
    ed = await editors(q);
    const r = rng(15);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
    // one that meets every condition, so the comparison covers ELIGIBLE too
    const all = { rdRatio: 4, revenue: 1500, regionCode: '340104', qualifications: ['HIGH_TECH'] };
    const complete = [{ code: 'INVENTION_PATENT', count: 3, validTo: '2099-12-31' }];
    for (let i = 0; i < 33; i++) {
      const validTo = pick([null, '2020-06-30', '2099-12-31', '2099-12-31']);
      const held = pick([null, [], ['HIGH_TECH'], ['HIGH_TECH'], ['HIGH_TECH']] as const);
      const patents = pick([null, 0, 1, 2, 5, 5]);
      const details = [
        ...(held?.length ? [{ code: 'HIGH_TECH', validTo }] : []),
        ...(patents === null ? [] : [{ code: 'INVENTION_PATENT', count: patents, validTo: pick([null, '2021-01-01', '2099-12-31', '2099-12-31']) }]),
      ];
      const o = await enterpriseOwner(q, {
        name: `性质测试${i}科技有限公司`,
        regionCode: pick(['340104', '340104', '340104', '340202']),
        industryCode: '65',
        establishedOn: '2018-05-20',
        employees: pick([null, 45]),
        revenue: pick([null, 500, 1500, 1500, 1500]),
        totalAssets: pick([null, 800]),
        rdRatio: pick([null, 2, 4, 4]),
        qualifications: held === null && !details.length ? null : [...(held ?? [])],
        ...(details.length ? { qualificationDetails: details } : {}),
        ...(i === 32 ? { ...all, qualificationDetails: complete } : {}),
      });
      const v = await gql(q, VERIFY, { i: { enterpriseId: o.enterpriseId, decision: 'APPROVE' } }, { token: ed.operator.token });
      expect(v.data.enterpriseReview.errors).toEqual([]);
      owners.push(o);
    }
  });
  afterAll(async () => {
    await q?.stop();
  });

  it('gives every generated enterprise the verdict policyMatch gives it, with and without sentences left undecomposed', async () => {
    const id = await publishedPolicy(q, ed, { body: BODY2, title: '性质测试政策' });
    const conditions: PolicyConditionInput[] = [
      { field: 'REGION', operator: 'IN', values: ['340100'], sourceSentence: '申报主体须在合肥市注册。', changeable: false },
      { field: 'RD_RATIO', operator: 'GTE', values: ['3'], sourceSentence: '研发投入占比不低于3%。', changeable: true },
      { field: 'QUALIFICATION', operator: 'HAS', values: ['HIGH_TECH'], sourceSentence: '须为高新技术企业。', changeable: true },
      { field: 'QUALIFICATION_COUNT', operator: 'GTE', values: ['INVENTION_PATENT', '2'], sourceSentence: '拥有有效发明专利2项以上。', changeable: true },
      { field: 'REVENUE', operator: 'GTE', values: ['1000'], sourceSentence: '营业收入不低于1000万元。', changeable: false },
    ];
    for (const conditionSentences of [undefined, ['六、无严重失信行为。']]) {
      const set = await gql(q, SET, { i: { policyId: id, conditions, conditionSentences } }, { token: ed.operator.token });
      expect(set.data.policyConditionsSet.errors).toEqual([]);
      const sql = new Map<string, string>();
      for (const v of ['ELIGIBLE', 'LIKELY', 'NEAR_MISS'] as const satisfies readonly PolicyReachVerdict[]) {
        const res = await gql(q, LIST2, { id, v }, { token: ed.operator.token });
        for (const n of res.data.policyReachEnterprises.nodes) sql.set(n.id, v);
      }
      const seen = new Set<string>();
      for (const o of owners) {
        const m = (await gql(q, MATCH, { id }, { token: o.token })).data.policyMatch!;
        const missed = m.conditions.filter((c) => c.outcome === 'NOT_MET');
        const expected = m.verdict !== 'NOT_ELIGIBLE' ? m.verdict : missed.every((c) => c.condition.changeable) ? 'NEAR_MISS' : undefined;
        expect(sql.get(o.enterpriseId), `enterprise ${owners.indexOf(o)}, sentences ${!!conditionSentences}`).toBe(expected);
        seen.add(expected ?? 'none');
      }
      // the generated set covers every verdict, so the comparison means something
      expect([...seen].sort()).toEqual(conditionSentences ? ['LIKELY', 'NEAR_MISS', 'none'] : ['ELIGIBLE', 'LIKELY', 'NEAR_MISS', 'none']);
    }
  });
});
