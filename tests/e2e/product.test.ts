import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { PNG_1X1, PRODUCT_CREATE, approvedInstitution, operator, productInput, type TestInstitution } from '../factories/docking.js';
import type { TestAccount } from '../factories/accounts.js';
import { graphql } from '../gql/index.js';

let p: TestPlatform;
let op: TestAccount;
let inst: TestInstitution;
beforeAll(async () => {
  p = await startTestPlatform();
  op = await operator(p);
  inst = await approvedInstitution(p, op);
});
afterAll(async () => {
  await p?.stop();
});

const REVIEW = graphql(`
  mutation ProductServiceProductReview($i: ServiceProductReviewInput!) {
    serviceProductReview(input: $i) {
      product {
        id
        status
        listedAt
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const SUBMIT = graphql(`
  mutation ProductServiceProductSubmit($i: ServiceProductRefInput!) {
    serviceProductSubmit(input: $i) {
      product {
        id
        status
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const CATALOGUE = graphql(`
  query ProductServiceProducts($f: ServiceProductFilter, $first: Int) {
    serviceProducts(filter: $f, first: $first) {
      totalCount
      nodes {
        id
        name
        column
        subcategory
        feeType
        form
        regionNames
        process {
          title
          description
        }
        institution {
          name
        }
        pictures {
          contentType
          byteSize
          width
          height
          dataUrl
        }
      }
    }
  }
`);

describe('service products (M2, I3)', () => {
  it('publishes through DRAFT → UNDER_REVIEW → LISTED and shows in the public catalogue by column', async () => {
    const created = await gql(p, PRODUCT_CREATE, { i: productInput() }, { token: inst.token });
    const payload = created.data.serviceProductCreate;
    expect(payload.errors).toEqual([]);
    expect(payload.warnings).toEqual([]);
    expect(payload.product!.status).toBe('DRAFT');
    const id = payload.product!.id;

    // not public yet
    expect(
      (
        await gql(
          p,
          graphql(`
            query ProductServiceProduct($id: ID!) {
              serviceProduct(id: $id) {
                id
              }
            }
          `),
          { id },
        )
      ).data.serviceProduct,
    ).toBeNull();
    // listing needs a review first
    const early = await gql(p, REVIEW, { i: { productId: id, decision: 'APPROVE' } }, { token: op.token });
    expect(early.data.serviceProductReview.errors[0].code).toBe('INVALID_STATE');

    const submitted = await gql(p, SUBMIT, { i: { productId: id } }, { token: inst.token });
    expect(submitted.data.serviceProductSubmit.product!.status).toBe('UNDER_REVIEW');
    // only operators review
    const notOp = await gql(p, REVIEW, { i: { productId: id, decision: 'APPROVE' } }, { token: inst.token });
    expect(notOp.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const listed = await gql(p, REVIEW, { i: { productId: id, decision: 'APPROVE' } }, { token: op.token });
    expect(listed.data.serviceProductReview.product!.status).toBe('LISTED');

    const cat = await gql(p, CATALOGUE, { f: { column: 'CONSULTING' } });
    expect(cat.errors).toBeUndefined();
    expect(cat.data.serviceProducts.totalCount).toBe(1);
    const node = cat.data.serviceProducts.nodes[0];
    expect(node).toMatchObject({ name: '安徽省知识产权咨询服务', feeType: 'FREE', form: 'BOTH', regionNames: ['安徽省'] });
    expect(node.process.map((s) => s.title)).toEqual(['提交需求', '专家诊断', '出具方案']);
    expect(node.pictures[0]).toMatchObject({ contentType: 'image/png', width: 1, height: 1 });
    expect(node.pictures[0].dataUrl).toBe(`data:image/png;base64,${PNG_1X1}`);
    expect((await gql(p, CATALOGUE, { f: { column: 'TALENT' } })).data.serviceProducts.totalCount).toBe(0);
    expect((await gql(p, CATALOGUE, { f: { regionCode: '340104', form: 'ONLINE', keyword: '专利' } })).data.serviceProducts.totalCount).toBe(1);
    expect((await gql(p, CATALOGUE, { f: { regionCode: '110000' } })).data.serviceProducts.totalCount).toBe(0);
    // the public cannot list products under review
    expect((await gql(p, CATALOGUE, { f: { status: 'UNDER_REVIEW' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('warns with a suggestion when the name does not follow 服务范围+服务领域+服务形式', async () => {
    const res = await gql(p, PRODUCT_CREATE, { i: productInput({ name: '专利申请辅导' }) }, { token: inst.token });
    const payload = res.data.serviceProductCreate;
    expect(payload.errors).toEqual([]);
    expect(payload.warnings[0]).toMatchObject({ field: 'name', suggestion: '安徽省专利申请辅导咨询服务' });
  });

  it('validates fields, pictures by their bytes, caps lists, and requires a price when paid', async () => {
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;').toString('base64');
    const res = await gql(
      p,
      PRODUCT_CREATE,
      {
        i: productInput({ feeType: 'PAID', process: [], contactPhone: '12345', pictures: [{ base64: gif }], column: 'TALENT', regionCodes: ['999999'] }),
      },
      { token: inst.token },
    );
    const fields = res.data.serviceProductCreate.errors.map((e) => `${e.field}:${e.code}`).sort();
    expect(fields).toEqual(['contactPhone:INVALID', 'pictures.0:INVALID', 'priceTerms:REQUIRED', 'process:REQUIRED', 'regionCodes:INVALID']);
    const many = await gql(p, PRODUCT_CREATE, { i: productInput({ pictures: Array(9).fill({ base64: PNG_1X1 }) }) }, { token: inst.token });
    expect(many.data.serviceProductCreate.errors[0]).toMatchObject({ field: 'pictures', code: 'INVALID' });
    const column = await gql(p, PRODUCT_CREATE, { i: productInput({ column: 'TALENT' }) }, { token: inst.token });
    expect(column.data.serviceProductCreate.errors[0]).toMatchObject({ field: 'column', code: 'INVALID' });
  });

  it('keeps products of other institutions out of reach (NOT_FOUND) and requires institution staff', async () => {
    const other = await approvedInstitution(p, op);
    const MINE = graphql(`
      query ProductMyInstitutionServiceProducts {
        myInstitutionServiceProducts(first: 100) {
          totalCount
        }
      }
    `);
    const before = (await gql(p, MINE, {}, { token: inst.token })).data.myInstitutionServiceProducts.totalCount;
    const created = await gql(p, PRODUCT_CREATE, { i: productInput() }, { token: inst.token });
    const id = created.data.serviceProductCreate.product!.id;
    const res = await gql(p, SUBMIT, { i: { productId: id } }, { token: other.token });
    expect(res.data.serviceProductSubmit.errors[0].code).toBe('NOT_FOUND');
    expect(
      (
        await gql(
          p,
          graphql(`
            query ProductServiceProduct2($id: ID!) {
              serviceProduct(id: $id) {
                id
              }
            }
          `),
          { id },
          { token: other.token },
        )
      ).data.serviceProduct,
    ).toBeNull();
    const ent = await enterpriseOwner(p);
    const denied = await gql(p, PRODUCT_CREATE, { i: productInput() }, { token: ent.token });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const mine = await gql(p, MINE, {}, { token: inst.token });
    expect(mine.data.myInstitutionServiceProducts.totalCount).toBe(before + 1); // its drafts included
  });

  it('lists a catalogue page of 100 rows with pictures and institutions in a fixed number of statements', async () => {
    const res = await gql(p, CATALOGUE, { first: 100 });
    expect(res.errors).toBeUndefined();
    expect(res.extensions?.sqlCount).toBeLessThanOrEqual(5);
  });
});
