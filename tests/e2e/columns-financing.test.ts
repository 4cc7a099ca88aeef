import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingMinutes, WORKING_DAY_MINUTES } from '../../server/modules/docking/working-time.js';
import { signUp } from '../factories/accounts.js';
import {
  call,
  columnInstitution,
  count,
  FINANCING_NEED_SUBMIT,
  financingNeedInput,
  must,
  operatorAccount,
  FINANCING_PRODUCT_CREATE,
  productInput,
  type ColumnInstitution,
} from '../factories/columns.js';
import { settle } from '../factories/docking.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';
import type { TestAccount } from '../factories/accounts.js';
import { graphql } from '../gql/index.js';
import type { ColumnsFinancingProfileConsentGrantMutation, ProfileConsentInput } from '../gql/graphql.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

let p: TestPlatform;
let op: TestAccount;
let bank: ColumnInstitution; // FINANCING in all of Anhui
let wuhuBank: ColumnInstitution; // FINANCING in Wuhu only
let consultancy: ColumnInstitution; // CONSULTING in Anhui
let owner: TestAccount & { enterpriseId: string };
let firstProduct: { product: { name: string; status: string } | null }; // 科技贷, as created in beforeAll

beforeAll(async () => {
  p = await startTestPlatform();
  op = await operatorAccount(p);
  bank = await columnInstitution(p, op, ['FINANCING'], ['340000'], '徽商银行股份有限公司合肥科技支行');
  wuhuBank = await columnInstitution(p, op, ['FINANCING'], ['340200'], '芜湖扬子农村商业银行股份有限公司');
  consultancy = await columnInstitution(p, op, ['CONSULTING'], ['340000'], '安徽省中小企业融资咨询服务中心');
  // 合肥蜀山区, 软件业 (65), established 2018-05-20, 45 staff, 1200 万元 revenue: a small enterprise
  owner = await enterpriseOwner(p);
  // the three listed products every listing and matching test expects
  firstProduct = await must(p, FINANCING_PRODUCT_CREATE, { i: productInput() }, bank.token);
  await must(
    p,
    FINANCING_PRODUCT_CREATE,
    {
      i: productInput({
        name: '厂房抵押贷',
        productType: 'MORTGAGE',
        amountMin: 200,
        amountMax: 3000,
        collateralRequired: true,
        industryCodes: [],
        sizeClasses: [],
        regionCodes: [],
        minYearsEstablished: 3,
        rateMin: 3.1,
      }),
    },
    bank.token,
  );
  await must(
    p,
    FINANCING_PRODUCT_CREATE,
    { i: productInput({ name: '芜湖设备租赁', productType: 'LEASING', regionCodes: ['340200'], industryCodes: [], rateMin: 5, rateMax: 6 }) },
    wuhuBank.token,
  );
});
afterAll(async () => {
  await p?.stop();
});

describe('F1/F3 financing products', () => {
  it('are published by FINANCING institutions only, with field errors that write nothing', async () => {
    const before = await count(p, 'financing_product');
    const refused = await call(p, FINANCING_PRODUCT_CREATE, { i: productInput() }, consultancy.token);
    expect(refused.errors[0]).toMatchObject({ code: 'FORBIDDEN', field: null });
    const bad = await call(
      p,
      FINANCING_PRODUCT_CREATE,
      { i: productInput({ name: '', amountMin: 500, amountMax: 100, termMaxMonths: 400, rateMin: 50, regionCodes: ['999999'], industryCodes: ['XX'] }) },
      bank.token,
    );
    expect(bad.errors.map((e) => e.field).sort()).toEqual(['amountMax', 'industryCodes', 'name', 'rateMax', 'rateMin', 'regionCodes', 'termMaxMonths']);
    expect(bad.errors.every((e) => /[\u4e00-\u9fa5]/.test(e.message))).toBe(true);
    const anonymous = await gql(p, FINANCING_PRODUCT_CREATE, { i: productInput() });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await count(p, 'financing_product')).toBe(before);

    // a FINANCING institution's product is listed at once (created in beforeAll: the listing tests need it)
    expect(firstProduct.product).toMatchObject({ name: '科技贷', status: 'LISTED' });
  });

  it('are listed publicly with filters on region (ancestors), industry (section), amount, type and security', async () => {
    const list = (filter: Record<string, unknown>) =>
      call(
        p,
        graphql(`
          query ColumnsFinancingFinancingProducts($f: FinancingProductFilter) {
            financingProducts(first: 10, filter: $f) {
              totalCount
              nodes {
                name
                institution {
                  name
                }
              }
            }
          }
        `),
        {
          f: filter,
        },
      );
    expect((await list({})).totalCount).toBe(3);
    expect((await list({ regionCode: '340104' })).nodes.map((n) => n.name).sort()).toEqual(['厂房抵押贷', '科技贷']);
    expect((await list({ industryCode: '34' })).totalCount).toBe(3); // 34 ∈ section C; the other two take any industry
    expect((await list({ industryCode: '51' })).nodes.map((n) => n.name).sort()).toEqual(['厂房抵押贷', '芜湖设备租赁']);
    expect((await list({ amount: 2000 })).nodes.map((n) => n.name)).toEqual(['厂房抵押贷']);
    expect((await list({ productType: 'LEASING' })).nodes[0].institution!.name).toBe('芜湖扬子农村商业银行股份有限公司');
    expect((await list({ unsecured: true, maxRate: 4 })).nodes.map((n) => n.name)).toEqual(['科技贷']);
    const bad = await gql(
      p,
      graphql(`
        query ColumnsFinancingFinancingProducts2 {
          financingProducts(first: 10, filter: { regionCode: "12" }) {
            totalCount
          }
        }
      `),
    );
    expect(bad.errors?.[0].message).toContain('地区代码无效');
  });

  it('loads institutions of a page with a constant number of statements', async () => {
    const res = await gql(
      p,
      graphql(`
        query ColumnsFinancingFinancingProducts3 {
          financingProducts(first: 100) {
            nodes {
              name
              institution {
                name
              }
            }
          }
        }
      `),
    );
    expect(res.extensions?.sqlCount).toBeLessThanOrEqual(3);
  });

  it('can be delisted by their own institution only; another institution gets NOT_FOUND', async () => {
    const extra = (await must(p, FINANCING_PRODUCT_CREATE, { i: productInput({ name: '临时产品' }) }, bank.token)).product!.id;
    const DELIST = graphql(`
      mutation ColumnsFinancingFinancingProductDelist($i: FinancingProductDelistInput!) {
        financingProductDelist(input: $i) {
          product {
            status
          }
          errors {
            ...TestUserError
          }
        }
      }
    `);
    expect((await call(p, DELIST, { i: { productId: extra } }, wuhuBank.token)).errors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'productId' });
    expect((await must(p, DELIST, { i: { productId: extra } }, bank.token)).product!.status).toBe('DELISTED');
    expect(
      await call(
        p,
        graphql(`
          query ColumnsFinancingFinancingProduct($id: ID!) {
            financingProduct(id: $id) {
              name
            }
          }
        `),
        { id: extra },
      ),
    ).toBeNull();
    expect(
      (await call(
        p,
        graphql(`
          query ColumnsFinancingFinancingProduct2($id: ID!) {
            financingProduct(id: $id) {
              name
            }
          }
        `),
        { id: extra },
        bank.token,
      ))!.name,
    ).toBe('临时产品');
  });

  it('explains every financing route in plain Chinese', async () => {
    const routes = await call(
      p,
      graphql(`
        query ColumnsFinancingFinancingRoutes {
          financingRoutes {
            code
            kind
            name
            summary
            steps
          }
        }
      `),
    );
    expect(routes.map((r) => r.code)).toEqual(
      expect.arrayContaining([
        'BANK_CREDIT',
        'TRUST',
        'FUND',
        'SECURITIES',
        'MICRO_LOAN',
        'LEASING',
        'PAWN',
        'GUARANTEE',
        'RECEIVABLES',
        'SUPPLY_CHAIN',
        'INTERNET',
        'VENTURE_CAPITAL',
        'EQUITY',
        'CAPITAL_MARKET',
      ]),
    );
    const direct = await call(
      p,
      graphql(`
        query ColumnsFinancingFinancingRoutes2 {
          financingRoutes(kind: DIRECT) {
            name
          }
        }
      `),
    );
    expect(direct.map((r) => r.name)).toContain('风险投资（创业投资）');
  });
});

const MATCHES = graphql(`
  query ColumnsFinancingColumnNeed($id: ID!) {
    columnNeed(id: $id) {
      id
      financing {
        termMonths
        purpose
        collateral
        urgency
      }
      financingMatches {
        products {
          eligible
          product {
            name
          }
          criteria {
            code
            passed
            reason
          }
        }
        nearMisses {
          product {
            name
          }
          criteria {
            code
            passed
            reason
          }
        }
        institutions {
          name
        }
        referral {
          message
          institutions {
            name
          }
        }
      }
    }
  }
`);

describe('F2/F3 financing needs', () => {
  it('reject bad input with field errors and write nothing', async () => {
    const monthlyRows = () => p.sql(`select * from column_need_monthly order by 1, 2, 3, 4`);
    const [needs, monthly] = [await count(p, 'column_need'), await monthlyRows()];
    const res = await call(
      p,
      FINANCING_NEED_SUBMIT,
      {
        i: financingNeedInput({
          amount: -5,
          termMonths: 0,
          collateral: ['NONE', 'IP'],
          regionCode: '999',
          description: '长'.repeat(1001),
          contact: { name: '', phone: '123' },
        }),
      },
      owner.token,
    );
    expect(res.need).toBeNull();
    expect(res.errors.map((e) => e.field).sort()).toEqual(['amount', 'collateral', 'contact.name', 'contact.phone', 'description', 'regionCode', 'termMonths']);
    expect(res.errors.find((e) => e.field === 'amount')).toMatchObject({ code: 'INVALID', message: '融资金额应大于0且不超过1000000万元' });
    expect(await count(p, 'column_need')).toBe(needs);
    expect(await monthlyRows()).toEqual(monthly);
    const stranger = await signUp(p);
    const forbidden = await gql(p, FINANCING_NEED_SUBMIT, { i: financingNeedInput() }, { token: stranger.token });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('are matched to products with per-criterion reasons and routed to FINANCING institutions of the region', async () => {
    const { need } = await must(p, FINANCING_NEED_SUBMIT, { i: financingNeedInput() }, owner.token);
    expect(need).toMatchObject({
      column: 'FINANCING',
      status: 'OPEN',
      matched: true,
      amount: 500,
      regionCode: '340104',
      industryCode: '65',
      firstRepliedAt: null,
      firstReplyOverdue: false,
    });
    expect(Math.abs(new Date(need!.firstReplyDue).getTime() - addWorkingMinutes(new Date(), WORKING_DAY_MINUTES).getTime())).toBeLessThan(60_000); // one working day
    const n = await call(p, MATCHES, { id: need!.id }, owner.token);
    expect(n!.financing).toEqual({ termMonths: 12, purpose: 'WORKING_CAPITAL', collateral: ['NONE'], urgency: 'WITHIN_MONTH' });
    const m = n!.financingMatches;
    expect(m!.products.map((x) => x.product.name)).toEqual(['科技贷']);
    expect(m!.products[0].criteria.map((c) => [c.code, c.passed])).toEqual([
      ['AMOUNT', true],
      ['TERM', true],
      ['INDUSTRY', true],
      ['SIZE', true],
      ['REGION', true],
      ['YEARS', true],
      ['COLLATERAL', true],
      ['GUARANTEE', true],
    ]);
    expect(m!.products[0].criteria[0].reason).toBe('申请500万元，产品额度100–1000万元，在范围内');
    expect(m!.products[0].criteria[4].reason).toBe('蜀山区在产品服务地区（合肥市）内');
    // the mortgage fails only on collateral; the Wuhu lease only on region
    const misses = Object.fromEntries(m!.nearMisses.map((x) => [x.product.name, x.criteria.filter((c) => !c.passed).map((c) => c.reason)]));
    expect(misses).toEqual({ 厂房抵押贷: ['产品需要抵质押物，企业表示无可提供的抵质押物'], 芜湖设备租赁: ['产品仅服务芜湖市，需求所在地为蜀山区'] });
    expect(m!.institutions.map((i) => i.name)).toEqual(['徽商银行股份有限公司合肥科技支行']);
    expect(m!.referral).toBeNull();
  });

  it('without a matching product refer to a financing consultation', async () => {
    const { need } = await must(p, FINANCING_NEED_SUBMIT, { i: financingNeedInput({ amount: 50, termMonths: 60 }) }, owner.token);
    const m = (await call(p, MATCHES, { id: need!.id }, owner.token))!.financingMatches;
    expect(m!.products).toEqual([]);
    expect(m!.referral!.message).toContain('融资咨询');
    expect(m!.referral!.institutions.map((i) => i.name).sort()).toEqual(['安徽省中小企业融资咨询服务中心', '徽商银行股份有限公司合肥科技支行']);
  });

  it('share the enterprise profile with a routed institution only under active consent (revocable at once)', async () => {
    // an owner of its own: its consents and their audit trail are this test's alone
    const owner = await enterpriseOwner(p);
    const { need } = await must(p, FINANCING_NEED_SUBMIT, { i: financingNeedInput({ amount: 300 }) }, owner.token);
    const Q = graphql(`
      query ColumnsFinancingColumnNeed2($id: ID!) {
        columnNeed(id: $id) {
          title
          contactPhone
          enterpriseProfile {
            name
            sizeClass
            creditRating {
              score
              grade
            }
          }
          financingMatches {
            referral {
              message
            }
          }
        }
      }
    `);
    const seen = await call(p, Q, { id: need!.id }, bank.token);
    expect(seen!.title).toContain('300万元');
    expect(seen!.enterpriseProfile).toBeNull();
    expect(seen!.financingMatches).toBeNull();
    expect(await call(p, Q, { id: need!.id }, wuhuBank.token)).toBeNull(); // not routed there

    const CONSENTS = {
      profileConsentGrant: graphql(`
        mutation ColumnsFinancingProfileConsentGrant($i: ProfileConsentInput!) {
          profileConsentGrant(input: $i) {
            consent {
              active
              institution {
                name
              }
            }
            errors {
              ...TestUserError
            }
          }
        }
      `),
      profileConsentRevoke: graphql(`
        mutation ColumnsFinancingProfileConsentRevoke($i: ProfileConsentInput!) {
          profileConsentRevoke(input: $i) {
            consent {
              active
              institution {
                name
              }
            }
            errors {
              ...TestUserError
            }
          }
        }
      `),
    };
    // both payloads read the same fields
    const CONSENT = (
      op: keyof typeof CONSENTS,
    ): TypedDocumentNode<Record<string, ColumnsFinancingProfileConsentGrantMutation['profileConsentGrant']>, { i: ProfileConsentInput }> => CONSENTS[op];
    const granted = await must(p, CONSENT('profileConsentGrant'), { i: { institutionId: bank.institutionId } }, owner.token);
    expect(granted.consent).toEqual({ active: true, institution: { name: '徽商银行股份有限公司合肥科技支行' } });
    const visible = await call(p, Q, { id: need!.id }, bank.token);
    expect(visible!.enterpriseProfile).toMatchObject({ sizeClass: 'SMALL', creditRating: { score: 54, grade: 'BBB' } });
    // consent to one institution does not open the need to another
    expect(await call(p, Q, { id: need!.id }, wuhuBank.token)).toBeNull();

    await must(p, CONSENT('profileConsentRevoke'), { i: { institutionId: bank.institutionId } }, owner.token);
    expect((await call(p, Q, { id: need!.id }, bank.token))!.enterpriseProfile).toBeNull();
    const consents = await call(
      p,
      graphql(`
        query ColumnsFinancingMyProfileConsents {
          myProfileConsents {
            active
            revokedAt
          }
        }
      `),
      {},
      owner.token,
    );
    expect(consents).toHaveLength(1);
    expect(consents[0].active).toBe(false);
    const ops = await p.sql<{ operation: string }>(
      `select operation from audit_log where operation like 'profileConsent.%' and actor_id = (select id from account where mobile = $1) order by id`,
      [owner.mobile],
    );
    expect(ops.map((o) => o.operation)).toEqual(['profileConsent.grant', 'profileConsent.revoke']);
    const revokeUnknown = await call(p, CONSENT('profileConsentRevoke'), { i: { institutionId: wuhuBank.institutionId } }, owner.token);
    expect(revokeUnknown.errors[0].code).toBe('NOT_FOUND');
  });

  it('are answered by the routed institution (F4), which stops the SLA clock; the requester completes them', async () => {
    const owner = await enterpriseOwner(p); // its own requester: 我的需求 then holds this need alone
    const { need } = await must(p, FINANCING_NEED_SUBMIT, { i: financingNeedInput({ amount: 800 }) }, owner.token);
    const inbox = await call(
      p,
      graphql(`
        query ColumnsFinancingInstitutionColumnNeeds {
          institutionColumnNeeds(first: 10, filter: { column: FINANCING, status: OPEN }) {
            totalCount
            nodes {
              id
            }
          }
        }
      `),
      {},
      bank.token,
    );
    expect(inbox.nodes.map((x) => x.id)).toContain(need!.id);
    const REPLY = graphql(`
      mutation ColumnsFinancingColumnNeedReply($i: ColumnNeedReplyInput!) {
        columnNeedReply(input: $i) {
          need {
            status
            firstRepliedAt
            replies {
              body
              institution {
                name
              }
            }
          }
          errors {
            ...TestUserError
          }
        }
      }
    `);
    expect((await call(p, REPLY, { i: { needId: need!.id, body: '您好' } }, wuhuBank.token)).errors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'needId' });
    expect((await call(p, REPLY, { i: { needId: need!.id, body: ' ' } }, bank.token)).errors[0]).toMatchObject({ code: 'REQUIRED', field: 'body' });
    const replied = await must(p, REPLY, { i: { needId: need!.id, body: '您好，客户经理将于今天联系您。' } }, bank.token);
    expect(replied.need!.status).toBe('ANSWERED');
    expect(replied.need!.firstRepliedAt).not.toBeNull();
    expect(replied.need!.replies).toEqual([{ body: '您好，客户经理将于今天联系您。', institution: { name: '徽商银行股份有限公司合肥科技支行' } }]);

    const CLOSE = graphql(`
      mutation ColumnsFinancingColumnNeedClose($i: ColumnNeedCloseInput!) {
        columnNeedClose(input: $i) {
          need {
            status
            closedAt
          }
          errors {
            ...TestUserError
          }
        }
      }
    `);
    expect((await call(p, CLOSE, { i: { needId: need!.id, outcome: 'COMPLETED' } }, bank.token)).errors[0].code).toBe('NOT_FOUND');
    expect((await must(p, CLOSE, { i: { needId: need!.id, outcome: 'COMPLETED' } }, owner.token)).need!.status).toBe('COMPLETED');
    expect((await call(p, REPLY, { i: { needId: need!.id, body: '补充' } }, bank.token)).errors[0].code).toBe('INVALID_STATE');
    const mine = await call(
      p,
      graphql(`
        query ColumnsFinancingMyColumnNeeds {
          myColumnNeeds(first: 10, filter: { column: FINANCING }) {
            totalCount
            nodes {
              ...TestColumnNeed
            }
          }
        }
      `),
      {},
      owner.token,
    );
    expect(mine.totalCount).toBe(1);
    expect(mine.nodes[0]).toMatchObject({ id: need!.id, column: 'FINANCING', status: 'COMPLETED' });
  });

  it('list an institution inbox with profiles (consent checked per need), routes and replies in a constant number of statements', async () => {
    // a bank and a requester in 蚌埠 of their own: the bank's inbox holds exactly the four needs made here
    const bengbuBank = await columnInstitution(p, op, ['FINANCING'], ['340300']);
    const requester = await enterpriseOwner(p, { regionCode: '340300' });
    await must(
      p,
      graphql(`
        mutation ColumnsFinancingInboxConsentGrant($i: ProfileConsentInput!) {
          profileConsentGrant(input: $i) {
            errors {
              ...TestUserError
            }
          }
        }
      `),
      { i: { institutionId: bengbuBank.institutionId } },
      requester.token,
    );
    for (const over of [{}, { amount: 50, termMonths: 60 }, { amount: 300 }, { amount: 800 }]) {
      const { need } = await must(p, FINANCING_NEED_SUBMIT, { i: financingNeedInput(over) }, requester.token);
      await must(
        p,
        graphql(`
          mutation ColumnsFinancingColumnNeedReply2($i: ColumnNeedReplyInput!) {
            columnNeedReply(input: $i) {
              errors {
                ...TestUserError
              }
            }
          }
        `),
        { i: { needId: need!.id, body: '您好，客户经理将于今天联系您。' } },
        bengbuBank.token,
      );
    }
    const page = (first: number) =>
      gql(
        p,
        graphql(`
          query ColumnsFinancingInstitutionColumnNeedsPage($first: Int!) {
            institutionColumnNeeds(first: $first) {
              totalCount
              nodes {
                title
                enterpriseProfile {
                  name
                  creditRating {
                    grade
                  }
                }
                institutions {
                  name
                }
                replies {
                  body
                  institution {
                    name
                  }
                }
                financing {
                  purpose
                }
              }
            }
          }
        `),
        { first },
        { token: bengbuBank.token },
      );
    // the replies' after-commit work lands first (it could add a statement to whichever page request it meets)
    await settle();
    const one = await page(1);
    const all = await page(100);
    expect(all.data.institutionColumnNeeds.nodes).toHaveLength(4);
    expect(all.data.institutionColumnNeeds.nodes.every((n) => n.enterpriseProfile?.creditRating.grade === 'BBB')).toBe(true);
    // No statement per need. The institution loader is reached by two chains (routes, replies) whose answers come back
    // on two pool connections in either order; when the replying bank's load lands first, the routed banks it did not
    // cover take a second batch. That is one statement, whatever the page size, so the bound allows it.
    expect(all.extensions?.sqlCount).toBeLessThanOrEqual(one.extensions!.sqlCount! + 1);
    expect(all.extensions?.sqlCount).toBeLessThanOrEqual(9);
  });

  it('rate the enterprise with a transparent scorecard (hand-worked: 20+8+13+9+4+0 = 54, BBB)', async () => {
    const e = await call(
      p,
      graphql(`
        query ColumnsFinancingEnterprise($id: ID!) {
          enterprise(id: $id) {
            creditRating {
              score
              maxScore
              grade
              factors {
                code
                points
                maxPoints
                explanation
              }
            }
          }
        }
      `),
      { id: owner.enterpriseId },
      owner.token,
    );
    expect(e!.creditRating.factors.map((f) => [f.code, f.points])).toEqual([
      ['YEARS', 20],
      ['EMPLOYEES', 8],
      ['REVENUE', 13],
      ['ASSETS', 9],
      ['QUALIFICATIONS', 4],
      ['VERIFICATION', 0],
    ]);
    expect(e!.creditRating).toMatchObject({ score: 54, maxScore: 100, grade: 'BBB' });
    expect(e!.creditRating.factors[4].explanation).toContain('科技型中小企业');
  });
});
