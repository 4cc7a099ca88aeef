import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingMinutes, WORKING_DAY_MINUTES } from '../../server/modules/docking/working-time.js';
import { signUp, type TestAccount } from '../factories/accounts.js';
import { call, columnInstitution, count, must, operatorAccount, type ColumnInstitution } from '../factories/columns.js';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { graphql } from '../gql/index.js';
import type { ColumnsEntrepreneurshipStartupResourceCreateMutation, EntrepreneurshipNeedSubmitInput } from '../gql/graphql.js';

let p: TestPlatform;
let op: TestAccount;
let incubator: ColumnInstitution; // ENTREPRENEURSHIP in 合肥
let wuhu: ColumnInstitution; // ENTREPRENEURSHIP in 芜湖
let techOnly: ColumnInstitution;

const CREATE = graphql(`
  mutation ColumnsEntrepreneurshipStartupResourceCreate($i: StartupResourceCreateInput!) {
    startupResourceCreate(input: $i) {
      resource {
        id
        name
        kind
        regionName
        institution {
          name
        }
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const LIST = graphql(`
  query ColumnsEntrepreneurshipStartupResources($f: StartupResourceFilter) {
    startupResources(first: 50, filter: $f) {
      totalCount
      nodes {
        name
      }
    }
  }
`);
const SUBMIT = graphql(`
  mutation ColumnsEntrepreneurshipEntrepreneurshipNeedSubmit($i: EntrepreneurshipNeedSubmitInput!) {
    entrepreneurshipNeedSubmit(input: $i) {
      need {
        ...TestColumnNeed
        entrepreneurship {
          category
          stage
          anonymous
        }
        institutions {
          name
        }
      }
      trackingCode
      errors {
        ...TestUserError
      }
    }
  }
`);
const names = (r: { nodes: { name: string }[] }) => r.nodes.map((n) => n.name).sort();

beforeAll(async () => {
  p = await startTestPlatform();
  op = await operatorAccount(p);
  incubator = await columnInstitution(p, op, ['ENTREPRENEURSHIP'], ['340100'], '合肥高新区创业服务中心');
  wuhu = await columnInstitution(p, op, ['ENTREPRENEURSHIP'], ['340200'], '芜湖市创业服务中心');
  techOnly = await columnInstitution(p, op, ['TECHNOLOGY'], ['340000'], '安徽省技术转移服务中心');
});
afterAll(async () => {
  await p?.stop();
});

describe('S1/S2 entrepreneurship resource directories', () => {
  // the directory every test here reads: five resources from two institutions and an operator
  let inc: ColumnsEntrepreneurshipStartupResourceCreateMutation['startupResourceCreate'];
  let measure: ColumnsEntrepreneurshipStartupResourceCreateMutation['startupResourceCreate'];
  beforeAll(async () => {
    inc = await must(
      p,
      CREATE,
      {
        i: {
          kind: 'INCUBATOR',
          name: '合肥高新区创业孵化基地',
          regionCode: '340104',
          address: '蜀山区望江西路800号',
          areaM2: 20000,
          priceYuanPerM2Month: 0,
          vacancies: 12,
          latitude: 31.82,
          longitude: 117.13,
          contactName: '王敏',
          contactPhone: '0551-65300000',
        },
      },
      incubator.token,
    );
    await must(
      p,
      CREATE,
      {
        i: {
          kind: 'VENUE',
          name: '包河区众创空间',
          regionCode: '340111',
          areaM2: 800,
          priceYuanPerM2Month: 25,
          vacancies: 0,
          latitude: 31.79,
          longitude: 117.31,
        },
      },
      incubator.token,
    );
    await must(
      p,
      CREATE,
      {
        i: {
          kind: 'VENUE',
          name: '芜湖鸠江创业园',
          regionCode: '340207',
          areaM2: 5000,
          priceYuanPerM2Month: 15,
          vacancies: 3,
          latitude: 31.36,
          longitude: 118.38,
        },
      },
      wuhu.token,
    );
    await must(
      p,
      CREATE,
      { i: { kind: 'TRAINING_COURSE', name: 'SYB创业培训第12期', regionCode: '340100', vacancies: 30, startsOn: '2026-12-01', endsOn: '2026-12-10' } },
      incubator.token,
    );
    measure = await must(
      p,
      CREATE,
      {
        i: {
          kind: 'SUPPORT_MEASURE',
          name: '一次性创业补贴',
          regionCode: '340000',
          summary: '首次创办小微企业并正常经营1年以上的，给予一次性创业补贴。',
          endsOn: '2025-12-31',
        },
      },
      op.token,
    );
  });

  it('are published by ENTREPRENEURSHIP institutions and operators; bad input writes nothing', async () => {
    const before = await count(p, 'startup_resource');
    const refused = await call(p, CREATE, { i: { kind: 'VENUE', name: '某园区', regionCode: '340104' } }, techOnly.token);
    expect(refused.errors[0].code).toBe('FORBIDDEN');
    const bad = await call(
      p,
      CREATE,
      { i: { kind: 'VENUE', name: '', regionCode: '1', areaM2: -1, latitude: 95, contactPhone: 'x', startsOn: '2026-02-30', endsOn: 'soon' } },
      incubator.token,
    );
    expect(bad.errors.map((e) => e.field).sort()).toEqual(['areaM2', 'contactPhone', 'endsOn', 'latitude', 'longitude', 'name', 'regionCode', 'startsOn']);
    expect(await count(p, 'startup_resource')).toBe(before);
    expect(inc.resource).toMatchObject({ kind: 'INCUBATOR', regionName: '蜀山区', institution: { name: '合肥高新区创业服务中心' } });
    expect(measure.resource!.institution).toBeNull();
  });

  it('filter by kind, region (a city includes its districts), map rectangle, vacancy, price, area, date and name', async () => {
    expect((await call(p, LIST, {})).totalCount).toBe(5);
    expect(names(await call(p, LIST, { f: { kind: 'VENUE' } }))).toEqual(['包河区众创空间', '芜湖鸠江创业园']);
    expect(names(await call(p, LIST, { f: { regionCode: '340100' } }))).toEqual(['SYB创业培训第12期', '包河区众创空间', '合肥高新区创业孵化基地']);
    expect(names(await call(p, LIST, { f: { regionCode: '340000' } }))).toHaveLength(5);
    expect(names(await call(p, LIST, { f: { within: { south: 31.7, west: 117.0, north: 31.9, east: 117.2 } } }))).toEqual(['合肥高新区创业孵化基地']);
    expect(names(await call(p, LIST, { f: { kind: 'VENUE', hasVacancy: true } }))).toEqual(['芜湖鸠江创业园']);
    expect(names(await call(p, LIST, { f: { maxPrice: 20, minAreaM2: 1000 } }))).toEqual(['合肥高新区创业孵化基地', '芜湖鸠江创业园']);
    expect(names(await call(p, LIST, { f: { activeOn: '2026-11-26', kind: 'SUPPORT_MEASURE' } }))).toEqual([]);
    expect(names(await call(p, LIST, { f: { nameContains: '孵化' } }))).toEqual(['合肥高新区创业孵化基地']);
    const bad = await gql(p, LIST, { f: { within: { south: 32, west: 117, north: 31, east: 118 } } });
    expect(bad.errors?.[0].message).toBe('地图范围无效');
  });

  it('load a page with its institutions in a constant number of statements', async () => {
    const res = await gql(
      p,
      graphql(`
        query ColumnsEntrepreneurshipStartupResources2 {
          startupResources(first: 100) {
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
    );
    expect(res.extensions?.sqlCount).toBeLessThanOrEqual(4);
  });
});

describe('S3/S4 the online channel for entrepreneurs', () => {
  const input = (over: Partial<EntrepreneurshipNeedSubmitInput> = {}): EntrepreneurshipNeedSubmitInput => ({
    category: 'VENUE_DOCKING',
    stage: 'PREPARING',
    description: '想在蜀山区找一处100平方米左右的低价办公场地',
    regionCode: '340104',
    ...over,
  });

  it('rejects bad input with field errors and writes nothing', async () => {
    const someone = await signUp(p);
    const before = await count(p, 'column_need');
    const res = await call(
      p,
      SUBMIT,
      { i: input({ category: 'RECRUITMENT', description: '太短', regionCode: '34', contact: { name: '', phone: '12' } }) },
      someone.token,
    );
    expect(res.errors.map((e) => e.field).sort()).toEqual(['category', 'contact.name', 'contact.phone', 'description', 'regionCode']);
    expect(res.errors.find((e) => e.field === 'description')!.message).toBe('需求描述至少10个字');
    const noContact = await call(p, SUBMIT, { i: input() }, someone.token);
    expect(noContact.errors).toEqual([{ code: 'REQUIRED', field: 'contact', message: '请填写联系人和联系电话' }]);
    expect(await count(p, 'column_need')).toBe(before);
  });

  it("accepts a need from an account without an enterprise, routes it to the region's institutions and shows the SLA clock", async () => {
    const founder = await signUp(p, '创业者');
    const res = await must(p, SUBMIT, { i: input({ contact: { name: '李想', phone: '13955500001' } }) }, founder.token);
    expect(res.trackingCode).toBeNull();
    expect(res.need).toMatchObject({
      column: 'ENTREPRENEURSHIP',
      status: 'OPEN',
      matched: true,
      industryCode: '',
      entrepreneurship: { category: 'VENUE_DOCKING', stage: 'PREPARING', anonymous: false },
    });
    expect(res.need!.institutions.map((i) => i.name)).toEqual(['合肥高新区创业服务中心']);
    const due = new Date(res.need!.firstReplyDue).getTime();
    expect(Math.abs(due - addWorkingMinutes(new Date(), WORKING_DAY_MINUTES).getTime())).toBeLessThan(60_000); // one working day

    const REPLY = graphql(`
      mutation ColumnsEntrepreneurshipColumnNeedReply($i: ColumnNeedReplyInput!) {
        columnNeedReply(input: $i) {
          need {
            status
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
    expect((await call(p, REPLY, { i: { needId: res.need!.id, body: '可以' } }, wuhu.token)).errors[0].code).toBe('NOT_FOUND');
    const replied = await must(p, REPLY, { i: { needId: res.need!.id, body: '基地有空余工位，欢迎预约参观。' } }, incubator.token);
    expect(replied.need!.status).toBe('ANSWERED');
    const followUp = await must(p, REPLY, { i: { needId: res.need!.id, body: '好的，周三上午可以吗？' } }, founder.token);
    expect(followUp.need!.replies.map((r) => r.institution?.name ?? '需求方')).toEqual(['合肥高新区创业服务中心', '需求方']);
  });

  it('accepts anonymous needs with contact details, gives a tracking code, and limits them per address', async () => {
    const anon = await gql(p, SUBMIT, { i: input({ regionCode: '340202', contact: { name: '匿名创业者', phone: '13955500002' } }) });
    const payload = anon.data.entrepreneurshipNeedSubmit;
    expect(payload.errors).toEqual([]);
    expect(payload.trackingCode).toMatch(/^[\w-]{16}$/);
    expect(payload.need!.institutions.map((i) => i.name)).toEqual(['芜湖市创业服务中心']);
    const tracked = await call(
      p,
      graphql(`
        query ColumnsEntrepreneurshipColumnNeedByTrackingCode($c: String!) {
          columnNeedByTrackingCode(code: $c) {
            title
            status
            entrepreneurship {
              anonymous
            }
          }
        }
      `),
      {
        c: payload.trackingCode!,
      },
    );
    expect(tracked).toEqual({ title: '创业需求：创业场地信息与对接', status: 'OPEN', entrepreneurship: { anonymous: true } });
    expect(
      await call(
        p,
        graphql(`
          query ColumnsEntrepreneurshipColumnNeedByTrackingCode2 {
            columnNeedByTrackingCode(code: "nope") {
              title
            }
          }
        `),
      ),
    ).toBeNull();

    const noContact = await gql(p, SUBMIT, { i: input() });
    expect(noContact.data.entrepreneurshipNeedSubmit.errors[0]).toMatchObject({ code: 'REQUIRED', field: 'contact' });
    for (let i = 0; i < 2; i++) await gql(p, SUBMIT, { i: input({ contact: { name: '匿名', phone: '13955500003' } }) });
    const before = await count(p, 'column_need');
    const limited = await gql(p, SUBMIT, { i: input({ contact: { name: '匿名', phone: '13955500003' } }) });
    expect(limited.data.entrepreneurshipNeedSubmit.errors[0]).toMatchObject({ code: 'FORBIDDEN', message: '提交过于频繁：每小时最多提交3条需求，请稍后再试' });
    expect(await count(p, 'column_need')).toBe(before);
  });

  it('flags needs whose first reply is overdue (the institution inbox filters them)', async () => {
    // an institution of its own (蚌埠) with one need answered in time and one left unanswered
    const bengbu = await columnInstitution(p, op, ['ENTREPRENEURSHIP'], ['340300']);
    const founder = await signUp(p);
    const answeredNeed = (await must(p, SUBMIT, { i: input({ regionCode: '340300', contact: { name: '钱', phone: '13955500005' } }) }, founder.token)).need;
    await must(
      p,
      graphql(`
        mutation ColumnsEntrepreneurshipColumnNeedReply2($i: ColumnNeedReplyInput!) {
          columnNeedReply(input: $i) {
            need {
              status
            }
            errors {
              ...TestUserError
            }
          }
        }
      `),
      { i: { needId: answeredNeed!.id, body: '欢迎来访' } },
      bengbu.token,
    );
    const { need } = await must(
      p,
      SUBMIT,
      { i: input({ category: 'BUSINESS_PLANNING', regionCode: '340300', contact: { name: '赵', phone: '13955500004' } }) },
      founder.token,
    );
    const INBOX = graphql(`
      query ColumnsEntrepreneurshipInstitutionColumnNeeds {
        institutionColumnNeeds(first: 20, filter: { overdue: true }) {
          nodes {
            id
            firstReplyOverdue
          }
        }
      }
    `);
    expect((await call(p, INBOX, {}, bengbu.token)).nodes).toEqual([]);
    p.clock.advance(4 * 86_400_000); // past one working day whatever the weekday (at most 72 calendar hours)
    try {
      const overdue = await call(p, INBOX, {}, bengbu.token);
      expect(overdue.nodes).toContainEqual({ id: need!.id, firstReplyOverdue: true });
      expect(overdue.nodes.every((n) => n.firstReplyOverdue)).toBe(true);
      const answered = await call(
        p,
        graphql(`
          query ColumnsEntrepreneurshipInstitutionColumnNeeds2 {
            institutionColumnNeeds(first: 20, filter: { status: ANSWERED }) {
              nodes {
                firstReplyOverdue
              }
            }
          }
        `),
        {},
        bengbu.token,
      );
      expect(answered.nodes).toEqual([{ firstReplyOverdue: false }]); // answered in time: never overdue
    } finally {
      p.clock.reset();
    }
  });
});

describe("S2 entrepreneurs' needs as a public directory", () => {
  const BOARD = graphql(`
    query ColumnsEntrepreneurshipStartupNeedBoard($f: StartupNeedBoardFilter) {
      startupNeedBoard(first: 50, filter: $f) {
        totalCount
        nodes {
          id
          category
          categoryLabel
          stage
          regionCode
          regionName
          status
          createdAt
        }
      }
    }
  `);
  beforeAll(async () => {
    const founder = await signUp(p, '创业者');
    const need: EntrepreneurshipNeedSubmitInput = {
      category: 'BUSINESS_PLANNING',
      stage: 'PREPARING',
      description: '想找一位导师帮忙完善创业计划书和融资路演材料',
      regionCode: '340202',
    };
    await must(p, SUBMIT, { i: { ...need, contact: { name: '孙', phone: '13955500006' } } }, founder.token);
  });

  it('lists what was chosen from lists only (never description or contact), with filters, for anyone', async () => {
    const all = await call(p, BOARD, { f: null });
    const fromRecords = await p.sql<{ n: number }>(
      `select count(*)::int as n from column_need where "column" = 'ENTREPRENEURSHIP' and status in ('OPEN', 'ANSWERED')`,
    );
    expect(all.totalCount).toBe(fromRecords[0].n);
    expect(all.totalCount).toBeGreaterThan(0);
    expect(Object.keys(all.nodes[0]).sort()).toEqual(['category', 'categoryLabel', 'createdAt', 'id', 'regionCode', 'regionName', 'stage', 'status']);
    // The descriptions and phone numbers given with the needs appear nowhere in the listing.
    const text = JSON.stringify(all);
    for (const r of await p.sql<{ description: string; contactPhone: string }>(
      `select description, contact_phone as "contactPhone" from column_need where "column" = 'ENTREPRENEURSHIP'`,
    )) {
      expect(text).not.toContain(r.description);
      expect(text).not.toContain(r.contactPhone);
    }
    const planning = await call(p, BOARD, { f: { category: 'BUSINESS_PLANNING' } });
    expect(planning.nodes.every((n) => n.category === 'BUSINESS_PLANNING' && n.categoryLabel === '创业规划')).toBe(true);
    const wuhuOnly = await call(p, BOARD, { f: { regionCode: '340200' } });
    expect(wuhuOnly.nodes.every((n) => n.regionCode.startsWith('3402'))).toBe(true);
    const preparing = await call(p, BOARD, { f: { stage: 'PREPARING' } });
    expect(preparing.nodes.every((n) => n.stage === 'PREPARING')).toBe(true);
    const withClosed = await call(p, BOARD, { f: { activeOnly: false } });
    expect(withClosed.totalCount).toBe((await p.sql<{ n: number }>(`select count(*)::int as n from column_need where "column" = 'ENTREPRENEURSHIP'`))[0].n);
    const bad = await gql(p, BOARD, { f: { regionCode: '99' } });
    expect(bad.errors?.[0].message).toContain('地区代码无效');
    const res = await gql(p, BOARD, { f: null });
    expect(res.extensions?.sqlCount).toBeLessThanOrEqual(2);
  });
});
