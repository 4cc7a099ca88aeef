import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../factories/accounts.js';
import { CREATE, REVIEW, draftPolicy, editors, policyFields, publishedPolicy, transition, type Editors } from '../factories/policies.js';
import { gql } from '../setup/client.js';
import { graphql } from '../gql/index.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';

let p: TestPlatform;
let e: Editors;
beforeAll(async () => {
  p = await startTestPlatform();
  e = await editors(p);
});
afterAll(async () => {
  await p?.stop();
});

const DETAIL = graphql(`
  query PolicyWorkflowDetail($id: ID!) {
    policy(id: $id) {
      ...TestPolicyFields
      versions {
        version
        title
        body
        changeNote
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation PolicyWorkflowUpdate($i: PolicyUpdateInput!) {
    policyUpdate(input: $i) {
      policy {
        id
        status
        title
        body
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const PENDING = graphql(`
  query PolicyWorkflowPending($id: ID!) {
    policy(id: $id) {
      pendingChanges {
        fromVersion
        toVersion
        fields {
          field
        }
        body {
          op
          text
        }
      }
    }
  }
`);
const DIFF = graphql(`
  query PolicyWorkflowDiff($id: ID!) {
    policyVersionDiff(policyId: $id, fromVersion: 1, toVersion: 2) {
      fields {
        field
        label
      }
      body {
        op
        text
      }
    }
  }
`);
const TYPENAME = graphql(`
  query PolicyWorkflowTypename {
    __typename
  }
`);

describe('policy record (I1)', () => {
  it('stores every I1 field, sanitised body in one typography', async () => {
    const res = await gql(
      p,
      CREATE,
      {
        i: { fields: policyFields({ body: '<h1 style="font-size:22px">总则</h1><p style="font-family:仿宋">　　<font size=5>正文</font></p><h3>细则</h3>' }) },
      },
      { token: e.operator.token },
    );
    const policy = res.data.policyCreate.policy!;
    expect(res.data.policyCreate.errors).toEqual([]);
    expect(policy).toMatchObject({
      departments: ['安徽省人民政府办公厅', '安徽省经济和信息化厅'],
      publishedOn: '2026-03-15',
      effectiveFrom: '2026-04-01',
      effectiveTo: '2028-12-31',
      validity: 'IN_FORCE',
      author: '省经信厅中小企业处',
      sourceName: '安徽省人民政府网',
      sourceUrl: 'https://www.ah.gov.cn/zwyw/policy/1.html',
      tags: ['专精特新', '奖补'],
      policyType: 'NORMATIVE_DOCUMENT',
      industries: ['C'],
      sizeClasses: ['SMALL', 'MICRO'],
      regions: ['340000'],
      hotWords: ['专精特新'],
      columns: ['POLICY'],
      status: 'DRAFT',
      publishedVersion: null,
    });
    expect(policy.body).toBe('<h2>总则</h2><p>正文</p><h3>细则</h3>');
  });

  it('stores XSS harmless and serves it harmless', async () => {
    const body =
      '<p>正文<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">点我</a><a href="https://ok.cn" onclick="x()">官网</a></p>';
    const id = await publishedPolicy(p, e, { body });
    const res = await gql(p, DETAIL, { id });
    expect(res.data.policy!.body).not.toMatch(/script|onerror|onclick|javascript:|alert/);
    expect(res.data.policy!.body).toContain('<a href="https://ok.cn">官网</a>');
    const [row] = await p.sql<{ body: string }>(`select body from policy_version`);
    expect(row.body).not.toMatch(/script|onerror|javascript:/);
  });

  it('rejects hostile and invalid input with field errors', async () => {
    const res = await gql(
      p,
      CREATE,
      {
        i: {
          fields: policyFields({
            title: '长'.repeat(201),
            departments: Array.from({ length: 11 }, (_, i) => `部门${i}`),
            sourceUrl: 'javascript:alert(1)',
            regions: ['999999'],
            industries: ['ZZ'],
            tags: ['x'.repeat(21)],
            effectiveTo: '2020-01-01',
          }),
        },
      },
      { token: e.operator.token },
    );
    const fields = res.data.policyCreate.errors.map((x) => x.field).sort();
    expect(fields).toEqual([
      'fields.departments',
      'fields.effectiveTo',
      'fields.industries',
      'fields.regions',
      'fields.sourceUrl',
      'fields.tags',
      'fields.title',
    ]);
    expect(res.data.policyCreate.errors[0].message).toMatch(/[\u4e00-\u9fa5]/);
    const huge = await gql(p, CREATE, { i: { fields: policyFields({ body: 'x'.repeat(200_001) }) } }, { token: e.operator.token });
    expect(huge.data.policyCreate.errors[0]).toMatchObject({ code: 'TOO_LONG', field: 'fields.body' });
  });

  it('rejects a duplicate docNo from the same department', async () => {
    const fields = policyFields();
    await gql(p, CREATE, { i: { fields } }, { token: e.operator.token });
    const again = await gql(p, CREATE, { i: { fields: { ...fields, title: '另一个标题' } } }, { token: e.operator.token });
    expect(again.data.policyCreate.errors[0].code).toBe('DUPLICATE');
  });

  it('needs OPERATOR to create', async () => {
    const user = await signUp(p);
    const res = await gql(p, CREATE, { i: { fields: policyFields() } }, { token: user.token });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anon = await gql(p, CREATE, { i: { fields: policyFields() } });
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('editorial workflow (P3)', () => {
  it('runs COLLECTED → DRAFT → SUBMITTED → RETURNED → SUBMITTED → APPROVED → PUBLISHED, audited', async () => {
    const created = await gql(p, CREATE, { i: { fields: policyFields(), collected: true } }, { token: e.operator.token });
    const id = created.data.policyCreate.policy!.id;
    expect(created.data.policyCreate.policy!.status).toBe('COLLECTED');
    const edited = await gql(p, UPDATE, { i: { policyId: id, fields: policyFields({ title: '编辑后的标题' }) } }, { token: e.operator.token });
    expect(edited.data.policyUpdate.policy!.status).toBe('DRAFT');

    // not yet submitted: cannot be reviewed or published
    const early = await gql(p, REVIEW, { i: { policyId: id, decision: 'APPROVE' } }, { token: e.reviewer.token });
    expect(early.data.policyReview.errors[0].code).toBe('INVALID_STATE');
    const earlyPublish = await gql(p, transition('policyPublish'), { i: { policyId: id } }, { token: e.operator.token });
    expect(earlyPublish.data.policyPublish.errors[0].code).toBe('INVALID_STATE');

    await gql(p, transition('policySubmit'), { i: { policyId: id } }, { token: e.operator.token });
    const noComment = await gql(p, REVIEW, { i: { policyId: id, decision: 'RETURN' } }, { token: e.reviewer.token });
    expect(noComment.data.policyReview.errors[0]).toMatchObject({ code: 'REQUIRED', field: 'comment' });
    const returned = await gql(p, REVIEW, { i: { policyId: id, decision: 'RETURN', comment: '文号有误，请核对原文' } }, { token: e.reviewer.token });
    expect(returned.data.policyReview.policy).toMatchObject({ status: 'RETURNED', reviewComment: '文号有误，请核对原文' });
    await gql(p, UPDATE, { i: { policyId: id, fields: policyFields({ title: '再次编辑' }) } }, { token: e.operator.token });
    await gql(p, transition('policySubmit'), { i: { policyId: id } }, { token: e.operator.token });
    const approved = await gql(p, REVIEW, { i: { policyId: id, decision: 'APPROVE' } }, { token: e.reviewer.token });
    expect(approved.data.policyReview.policy!.status).toBe('APPROVED');
    const published = await gql(p, transition('policyPublish'), { i: { policyId: id, note: '首次发布' } }, { token: e.operator.token });
    expect(published.data.policyPublish.policy).toMatchObject({ status: 'PUBLISHED', publishedVersion: 1 });

    const ops = await p.sql<{ operation: string }>(`select operation from audit_log where object_id = $1 order by id`, [
      id.length ? Buffer.from(id, 'base64url').toString().split(':')[1] : '',
    ]);
    expect(ops.map((o) => o.operation)).toEqual([
      'policy.create',
      'policy.update',
      'policy.submit',
      'policy.return',
      'policy.update',
      'policy.submit',
      'policy.approve',
      'policy.publish',
    ]);
  });

  it('never lets the author review their own policy', async () => {
    const both = await gql(p, TYPENAME);
    expect(both.status).toBe(200);
    const { staff } = await import('../factories/accounts.js');
    const author = await staff(p, ['OPERATOR', 'REVIEWER'], '兼任人员');
    const created = await gql(p, CREATE, { i: { fields: policyFields() } }, { token: author.token });
    const id = created.data.policyCreate.policy!.id;
    await gql(p, transition('policySubmit'), { i: { policyId: id } }, { token: author.token });
    const self = await gql(p, REVIEW, { i: { policyId: id, decision: 'APPROVE' } }, { token: author.token });
    expect(self.data.policyReview.errors[0]).toMatchObject({ code: 'FORBIDDEN', message: '审核人不能审核自己编写或提交的政策' });
  });

  it('public sees only published versions; a revision creates version 2 with a readable diff', async () => {
    const draft = await draftPolicy(p, e);
    expect((await gql(p, DETAIL, { id: draft.id })).data.policy).toBeNull();
    const id = await publishedPolicy(p, e, { body: '<p>第一条 原文。</p><p>第二条 原文。</p>' });
    const v1 = await gql(p, DETAIL, { id });
    expect(v1.data.policy).toMatchObject({ status: 'PUBLISHED', publishedVersion: 1, reviewComment: null });

    await gql(p, transition('policyRevise'), { i: { policyId: id } }, { token: e.operator.token });
    const fields = policyFields({
      title: v1.data.policy!.title,
      docNo: v1.data.policy!.docNo,
      body: '<p>第一条 原文。</p><p>第二条 修订后。</p><p>第三条 新增。</p>',
    });
    const upd = await gql(p, UPDATE, { i: { policyId: id, fields } }, { token: e.operator.token });
    expect(upd.data.policyUpdate.errors).toEqual([]);
    // while the revision is in progress, the public still reads version 1
    expect((await gql(p, DETAIL, { id })).data.policy!.body).toBe('<p>第一条 原文。</p><p>第二条 原文。</p>');
    await gql(p, transition('policySubmit'), { i: { policyId: id } }, { token: e.operator.token });
    // the reviewer sees the pending revision against version 1; the public never does
    const pending = await gql(p, PENDING, { id }, { token: e.reviewer.token });
    expect(pending.data.policy!.pendingChanges).toMatchObject({ fromVersion: 1, toVersion: 2 });
    expect(pending.data.policy!.pendingChanges!.body.filter((l) => l.op !== 'SAME')).toEqual([
      { op: 'REMOVED', text: '第二条 原文。' },
      { op: 'ADDED', text: '第二条 修订后。' },
      { op: 'ADDED', text: '第三条 新增。' },
    ]);
    expect((await gql(p, PENDING, { id })).data.policy!.pendingChanges).toBeNull();
    await gql(p, REVIEW, { i: { policyId: id, decision: 'APPROVE' } }, { token: e.reviewer.token });
    await gql(p, transition('policyPublish'), { i: { policyId: id, note: '修订第二条' } }, { token: e.operator.token });

    const v2 = await gql(p, DETAIL, { id });
    expect(v2.data.policy!.publishedVersion).toBe(2);
    expect(v2.data.policy!.versions.map((v) => [v.version, v.changeNote])).toEqual([
      [2, '修订第二条'],
      [1, null],
    ]);
    expect(v2.data.policy!.versions[1].body).toBe('<p>第一条 原文。</p><p>第二条 原文。</p>');
    const diff = await gql(p, DIFF, { id });
    expect(diff.data.policyVersionDiff!.body).toEqual([
      { op: 'SAME', text: '第一条 原文。' },
      { op: 'REMOVED', text: '第二条 原文。' },
      { op: 'ADDED', text: '第二条 修订后。' },
      { op: 'ADDED', text: '第三条 新增。' },
    ]);
    // published versions are immutable, even to SQL
    await expect(p.sql(`update policy_version set title = 'x'`)).rejects.toThrow(/immutable/);
  });

  it('expires and withdraws; withdrawn policies disappear from the public', async () => {
    const id = await publishedPolicy(p, e);
    const expired = await gql(p, transition('policyExpire'), { i: { policyId: id } }, { token: e.operator.token });
    expect(expired.data.policyExpire.policy!.status).toBe('EXPIRED');
    expect((await gql(p, DETAIL, { id })).data.policy).toMatchObject({ status: 'EXPIRED', validity: 'EXPIRED' });
    const again = await gql(p, transition('policyExpire'), { i: { policyId: id } }, { token: e.operator.token });
    expect(again.data.policyExpire.errors[0].code).toBe('INVALID_STATE');
    await gql(p, transition('policyWithdraw'), { i: { policyId: id } }, { token: e.operator.token });
    expect((await gql(p, DETAIL, { id })).data.policy).toBeNull();
    const staffView = await gql(p, DETAIL, { id }, { token: e.operator.token });
    expect(staffView.data.policy!.status).toBe('WITHDRAWN');
  });

  it("reports another site's or a malformed id as NOT_FOUND", async () => {
    const id = await publishedPolicy(p, e);
    const other = await gql(p, transition('policyRevise'), { i: { policyId: id } }, { token: e.operator.token, site: 'hefei' });
    expect(other.data.policyRevise.errors[0].code).toBe('NOT_FOUND');
    // A city site reads the province's published policies (sites inherit, issue 12) but cannot edit them.
    expect((await gql(p, DETAIL, { id }, { site: 'hefei' })).data.policy).toMatchObject({ id });
    const bad = await gql(p, transition('policySubmit'), { i: { policyId: 'RW50ZXJwcmlzZToxMjM' } }, { token: e.operator.token });
    expect(bad.data.policySubmit.errors[0].code).toBe('NOT_FOUND');
  });
});
