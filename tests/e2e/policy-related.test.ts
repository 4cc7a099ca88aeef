import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftPolicy, editors, publishedPolicy, type Editors } from '../factories/policies.js';
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

graphql(`
  fragment PolicyRelatedPayloadFields on PolicyRelatedPayload {
    policy {
      id
    }
    attachment {
      id
      fileName
      contentType
      sizeBytes
      sha256
    }
    interpretation {
      id
      title
      authority
      author
      body
      publishedOn
    }
    guide {
      id
      title
      beneficiaries
      conditions
      applicationStart
      applicationEnd
      paymentDeadline
      whereToApply
      hotline
      materials
    }
    errors {
      ...TestUserError
    }
  }
`);
const ATTACHMENT_ADD = graphql(`
  mutation PolicyRelatedAttachmentAdd($i: PolicyAttachmentAddInput!) {
    policyAttachmentAdd(input: $i) {
      ...PolicyRelatedPayloadFields
    }
  }
`);
const ATTACHMENT_REMOVE = graphql(`
  mutation PolicyRelatedAttachmentRemove($i: PolicyAttachmentRemoveInput!) {
    policyAttachmentRemove(input: $i) {
      ...PolicyRelatedPayloadFields
    }
  }
`);
const INTERPRETATION_ADD = graphql(`
  mutation PolicyRelatedInterpretationAdd($i: PolicyInterpretationAddInput!) {
    policyInterpretationAdd(input: $i) {
      ...PolicyRelatedPayloadFields
    }
  }
`);
const INTERPRETATION_UPDATE = graphql(`
  mutation PolicyRelatedInterpretationUpdate($i: PolicyInterpretationUpdateInput!) {
    policyInterpretationUpdate(input: $i) {
      ...PolicyRelatedPayloadFields
    }
  }
`);
const GUIDE_ADD = graphql(`
  mutation PolicyRelatedGuideAdd($i: PolicyGuideAddInput!) {
    policyGuideAdd(input: $i) {
      ...PolicyRelatedPayloadFields
    }
  }
`);
const RELATED_REMOVE = graphql(`
  mutation PolicyRelatedRelatedRemove($i: PolicyRelatedRemoveInput!) {
    policyRelatedRemove(input: $i) {
      ...PolicyRelatedPayloadFields
    }
  }
`);
const LINK = graphql(`
  mutation PolicyRelatedLink($i: PolicyLinkInput!) {
    policyLink(input: $i) {
      ...PolicyRelatedPayloadFields
    }
  }
`);
const UNLINK = graphql(`
  mutation PolicyRelatedUnlink($i: PolicyLinkInput!) {
    policyUnlink(input: $i) {
      ...PolicyRelatedPayloadFields
    }
  }
`);
const DETAIL = graphql(`
  query PolicyRelatedDetail($id: ID!) {
    policy(id: $id) {
      id
      title
      policyType
      featured
      attachments {
        id
        fileName
        sha256
        sizeBytes
        contentBase64
      }
      interpretations {
        title
        authority
        author
        body
      }
      guides {
        title
        applicationEnd
        materials
        hotline
      }
      relatedPolicies {
        id
        title
        policyType
      }
    }
  }
`);

describe('related documents (P4, I1)', () => {
  it('stores attachments byte for byte and serves them unchanged', async () => {
    const id = await publishedPolicy(p, e);
    const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x10, ...Buffer.from('附件原文')]);
    const res = await gql(
      p,
      ATTACHMENT_ADD,
      {
        i: { policyId: id, fileName: '附件1：申报表.pdf', contentType: 'application/pdf', contentBase64: bytes.toString('base64') },
      },
      { token: e.operator.token },
    );
    expect(res.data.policyAttachmentAdd.errors).toEqual([]);
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(res.data.policyAttachmentAdd.attachment).toMatchObject({ fileName: '附件1：申报表.pdf', sizeBytes: bytes.length, sha256: sha });
    const read = await gql(p, DETAIL, { id });
    const att = read.data.policy!.attachments[0];
    expect(Buffer.from(att.contentBase64!, 'base64').equals(bytes)).toBe(true);

    const bad = await gql(
      p,
      ATTACHMENT_ADD,
      {
        i: { policyId: id, fileName: '../../etc/passwd', contentType: 'text html', contentBase64: '!!notbase64' },
      },
      { token: e.operator.token },
    );
    expect(bad.data.policyAttachmentAdd.errors.map((x) => x.field).sort()).toEqual(['contentBase64', 'contentType', 'fileName']);
    const removed = await gql(p, ATTACHMENT_REMOVE, { i: { attachmentId: att.id } }, { token: e.operator.token });
    expect(removed.data.policyAttachmentRemove.errors).toEqual([]);
    expect((await gql(p, DETAIL, { id })).data.policy!.attachments).toEqual([]);
  });

  it('refuses through base64 what the HTTP route refuses: executables, HTML, SVG and a PDF that is not one', async () => {
    const id = await publishedPolicy(p, e);
    const cases = [
      { fileName: 'setup.exe', contentType: 'application/octet-stream', bytes: Buffer.from('MZ\x90\x00'), field: 'contentType' },
      { fileName: 'page.html', contentType: 'text/html', bytes: Buffer.from('<script>alert(1)</script>'), field: 'contentType' },
      { fileName: 'logo.svg', contentType: 'image/svg+xml', bytes: Buffer.from('<svg onload="alert(1)"/>'), field: 'contentType' },
      { fileName: '通知.pdf', contentType: 'text/plain', bytes: Buffer.from('%PDF-1.7'), field: 'contentType' },
      { fileName: '通知.pdf', contentType: 'application/pdf', bytes: Buffer.from('<html>not a pdf</html>'), field: 'contentBase64' },
    ];
    for (const c of cases) {
      const res = await gql(
        p,
        ATTACHMENT_ADD,
        { i: { policyId: id, fileName: c.fileName, contentType: c.contentType, contentBase64: c.bytes.toString('base64') } },
        { token: e.operator.token },
      );
      expect(res.data.policyAttachmentAdd.errors, c.fileName).toEqual([expect.objectContaining({ code: 'INVALID', field: c.field })]);
    }
    expect((await gql(p, DETAIL, { id })).data.policy!.attachments).toEqual([]);
  });

  it('keeps interpretations with authority and author, sanitised', async () => {
    const id = await publishedPolicy(p, e);
    const res = await gql(
      p,
      INTERPRETATION_ADD,
      {
        i: {
          policyId: id,
          fields: {
            title: '一图读懂',
            authority: '安徽省经济和信息化厅',
            author: '政策法规处',
            body: '<p onclick="x">解读正文<script>alert(1)</script></p>',
            publishedOn: '2026-03-20',
          },
        },
      },
      { token: e.operator.token },
    );
    expect(res.data.policyInterpretationAdd.interpretation).toMatchObject({ authority: '安徽省经济和信息化厅', author: '政策法规处', body: '<p>解读正文</p>' });
    const upd = await gql(
      p,
      INTERPRETATION_UPDATE,
      {
        i: { interpretationId: res.data.policyInterpretationAdd.interpretation!.id, fields: { title: '政策解读', authority: '', body: 'x' } },
      },
      { token: e.operator.token },
    );
    expect(upd.data.policyInterpretationUpdate.errors[0]).toMatchObject({ code: 'REQUIRED', field: 'fields.authority' });
    const read = await gql(p, DETAIL, { id });
    expect(read.data.policy!.interpretations).toEqual([
      { title: '一图读懂', authority: '安徽省经济和信息化厅', author: '政策法规处', body: '<p>解读正文</p>' },
    ]);
  });

  it('keeps guides with structured fields', async () => {
    const id = await publishedPolicy(p, e);
    const fields = {
      title: '2026年专精特新企业奖补申报指南',
      beneficiaries: '在皖注册的中小企业',
      conditions: '新认定的省级专精特新企业',
      applicationStart: '2026-04-01',
      applicationEnd: '2026-05-31',
      paymentDeadline: '审核通过后30个工作日内',
      whereToApply: '安徽省中小企业公共服务平台',
      hotline: '0551-62871234',
      materials: ['申报表', '营业执照复印件', '  '],
    };
    const res = await gql(p, GUIDE_ADD, { i: { policyId: id, fields } }, { token: e.operator.token });
    expect(res.data.policyGuideAdd.guide).toMatchObject({ ...fields, materials: ['申报表', '营业执照复印件'] });
    const bad = await gql(
      p,
      GUIDE_ADD,
      {
        i: { policyId: id, fields: { ...fields, applicationEnd: '2026-03-01', materials: Array(51).fill('x') } },
      },
      { token: e.operator.token },
    );
    expect(bad.data.policyGuideAdd.errors.map((x) => x.field).sort()).toEqual(['fields.applicationEnd', 'fields.materials']);
    const removed = await gql(p, RELATED_REMOVE, { i: { id: res.data.policyGuideAdd.guide!.id } }, { token: e.operator.token });
    expect(removed.data.policyRelatedRemove.errors).toEqual([]);
  });

  it('links a selected policy with its management measures and application notice, both ways', async () => {
    const featured = await publishedPolicy(p, e, { featured: true });
    const measures = await publishedPolicy(p, e, { policyType: 'MANAGEMENT_MEASURES' });
    const notice = await publishedPolicy(p, e, { policyType: 'APPLICATION_NOTICE' });
    const other = await publishedPolicy(p, e);
    const hidden = await draftPolicy(p, e, { policyType: 'APPLICATION_NOTICE' });
    for (const rel of [measures, notice, hidden.id]) {
      const r = await gql(p, LINK, { i: { policyId: featured, relatedPolicyId: rel } }, { token: e.operator.token });
      expect(r.data.policyLink.errors).toEqual([]);
    }
    const refused = await gql(p, LINK, { i: { policyId: featured, relatedPolicyId: other } }, { token: e.operator.token });
    expect(refused.data.policyLink.errors[0].code).toBe('INVALID');
    const read = await gql(p, DETAIL, { id: featured });
    expect(read.data.policy!.featured).toBe(true);
    // the unpublished notice is not shown to the public
    expect(read.data.policy!.relatedPolicies.map((r) => r.id).sort()).toEqual([measures, notice].sort());
    expect((await gql(p, DETAIL, { id: featured }, { token: e.operator.token })).data.policy!.relatedPolicies).toHaveLength(3);
    const back = await gql(p, DETAIL, { id: notice });
    expect(back.data.policy!.relatedPolicies.map((r) => r.id)).toEqual([featured]);
    await gql(p, UNLINK, { i: { policyId: notice, relatedPolicyId: featured } }, { token: e.operator.token });
    expect((await gql(p, DETAIL, { id: notice })).data.policy!.relatedPolicies).toEqual([]);
  });

  it("reports another site's related ids as NOT_FOUND", async () => {
    const id = await publishedPolicy(p, e);
    const res = await gql(
      p,
      GUIDE_ADD,
      {
        i: { policyId: id, fields: { title: 't', beneficiaries: 'b', conditions: 'c', whereToApply: 'w' } },
      },
      { token: e.operator.token, site: 'hefei' },
    );
    expect(res.data.policyGuideAdd.errors[0].code).toBe('NOT_FOUND');
  });
});
