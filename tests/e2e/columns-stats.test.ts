import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsxSheet } from '../setup/xlsx-reader.js';
import type { TestAccount } from '../factories/accounts.js';
import { call, columnInstitution, FINANCING_NEED_SUBMIT, financingNeedInput, must, operatorAccount, type ColumnInstitution } from '../factories/columns.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { graphql } from '../gql/index.js';
import type { ColumnsStatsRowFragment } from '../gql/graphql.js';

let p: TestPlatform;
let op: TestAccount;
let bank: ColumnInstitution;
let a: TestAccount & { enterpriseId: string }; // 合肥蜀山区, industry 65
let b: TestAccount & { enterpriseId: string }; // 芜湖镜湖区, industry 34

const REPLY = graphql(`
  mutation ColumnsStatsColumnNeedReply($i: ColumnNeedReplyInput!) {
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
graphql(`
  fragment ColumnsStatsRow on ColumnStatsRow {
    key
    label
    received
    matched
    answered
    answeredWithinSla
    completed
    amountRequested
    headcountRequested
    amountFinanced
    rated
    averageRating
    matchRate
    slaRate
    completionRate
  }
`);
const STATS = graphql(`
  query ColumnsStatsColumnStatistics($g: StatsDimension!, $f: ColumnStatsFilter) {
    columnStatistics(groupBy: $g, filter: $f) {
      dimension
      rows {
        ...ColumnsStatsRow
      }
      total {
        ...ColumnsStatsRow
      }
    }
  }
`);

beforeAll(async () => {
  p = await startTestPlatform();
  op = await operatorAccount(p);
  bank = await columnInstitution(p, op, ['FINANCING'], ['340000'], '安徽省信用融资担保集团有限公司');
  await columnInstitution(p, op, ['TALENT'], ['340100'], '合肥市人才服务中心');
  await columnInstitution(p, op, ['TECHNOLOGY'], ['340000'], '安徽省技术服务中心');
  a = await enterpriseOwner(p);
  b = await enterpriseOwner(p, { regionCode: '340202', industryCode: '34' });

  const fin500 = (await must(p, FINANCING_NEED_SUBMIT, { i: financingNeedInput({ amount: 500 }) }, a.token)).need!.id;
  await must(p, FINANCING_NEED_SUBMIT, { i: financingNeedInput({ amount: 300 }) }, a.token);
  const fin800 = (await must(p, FINANCING_NEED_SUBMIT, { i: financingNeedInput({ amount: 800 }) }, b.token)).need!.id;
  await must(
    p,
    graphql(`
      mutation ColumnsStatsTalentNeedSubmit($i: TalentNeedSubmitInput!) {
        talentNeedSubmit(input: $i) {
          need {
            id
          }
          errors {
            ...TestUserError
          }
        }
      }
    `),
    {
      i: { positions: [{ title: '数控车工', headcount: 5 }], deadline: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) },
    },
    b.token,
  ); // Wuhu: no TALENT institution there, so not matched
  const anon = await gql(
    p,
    graphql(`
      mutation ColumnsStatsEntrepreneurshipNeedSubmit($i: EntrepreneurshipNeedSubmitInput!) {
        entrepreneurshipNeedSubmit(input: $i) {
          errors {
            ...TestUserError
          }
        }
      }
    `),
    {
      i: {
        category: 'STARTUP_AGENCY',
        stage: 'IDEA',
        description: '想了解个体工商户如何注册登记',
        regionCode: '340104',
        contact: { name: '匿名', phone: '13955511111' },
      },
    },
  );
  expect(anon.data.entrepreneurshipNeedSubmit.errors).toEqual([]);

  await must(p, REPLY, { i: { needId: fin500, body: '已安排客户经理对接' } }, bank.token); // in time
  await must(
    p,
    graphql(`
      mutation ColumnsStatsColumnNeedClose($i: ColumnNeedCloseInput!) {
        columnNeedClose(input: $i) {
          errors {
            ...TestUserError
          }
        }
      }
    `),
    { i: { needId: fin500, outcome: 'COMPLETED', amountFinanced: 450, rating: 5 } },
    a.token,
  );
  p.clock.advance(4 * 86_400_000); // past one working day whatever the weekday (at most 72 calendar hours)
  await must(p, REPLY, { i: { needId: fin800, body: '抱歉回复晚了' } }, bank.token); // late
  p.clock.advance(40 * 86_400_000); // a later month
  await must(
    p,
    graphql(`
      mutation ColumnsStatsDiagnosisRequestSubmit($i: DiagnosisRequestSubmitInput!) {
        diagnosisRequestSubmit(input: $i) {
          errors {
            ...TestUserError
          }
        }
      }
    `),
    { i: { category: 'ENERGY_SAVING', description: '空压机能耗偏高，希望做节能诊断' } },
    a.token,
  );
  p.clock.reset();
});
afterAll(async () => {
  await p?.stop();
});

/** The figures a row of the statistics table and the records both give. */
type Figures = Pick<
  ColumnsStatsRowFragment,
  'key' | 'received' | 'matched' | 'answered' | 'answeredWithinSla' | 'completed' | 'amountRequested' | 'headcountRequested' | 'amountFinanced' | 'rated'
>;

/** The same figures computed straight from the records, for comparison. */
async function fromRecords(keyExpr: string, whereSql = 'true') {
  const rows = await p.sql<Figures>(
    `select ${keyExpr} as key, count(*)::int as received, count(*) filter (where matched)::int as matched,
            count(*) filter (where first_replied_at is not null)::int as answered,
            count(*) filter (where first_replied_at <= first_reply_due)::int as "answeredWithinSla",
            count(*) filter (where status = 'COMPLETED')::int as completed, coalesce(sum(amount), 0)::float8 as "amountRequested",
            coalesce(sum(headcount), 0)::int as "headcountRequested", coalesce(sum(amount_financed), 0)::float8 as "amountFinanced", count(rating)::int as rated
       from column_need where ${whereSql} group by 1 order by 1`,
  );
  return rows;
}
const pick = (rows: Figures[]) =>
  rows.map(({ key, received, matched, answered, answeredWithinSla, completed, amountRequested, headcountRequested, amountFinanced, rated }) => ({
    key,
    received,
    matched,
    answered,
    answeredWithinSla,
    completed,
    amountRequested,
    headcountRequested,
    amountFinanced,
    rated,
  }));

describe('F5/T4 column statistics', () => {
  it('count per column, hand-worked: 6 received, 4 matched, 2 answered, 1 within SLA, 1 completed, 1,600 万元, 5 people', async () => {
    const t = await call(p, STATS, { g: 'COLUMN' }, op.token);
    expect(t.total).toMatchObject({
      key: 'TOTAL',
      label: '合计',
      received: 6,
      matched: 4,
      answered: 2,
      answeredWithinSla: 1,
      completed: 1,
      amountRequested: 1600,
      headcountRequested: 5,
    });
    const fin = t.rows.find((r) => r.key === 'FINANCING');
    expect(fin).toEqual({
      key: 'FINANCING',
      label: '融资服务',
      received: 3,
      matched: 3,
      answered: 2,
      answeredWithinSla: 1,
      completed: 1,
      amountRequested: 1600,
      headcountRequested: 0,
      amountFinanced: 450,
      rated: 1,
      averageRating: 5,
      matchRate: 1,
      slaRate: 0.3333,
      completionRate: 0.3333,
    });
    expect(t.rows.find((r) => r.key === 'TALENT')).toMatchObject({ received: 1, matched: 0, headcountRequested: 5, matchRate: 0 });
    expect(t.rows.map((r) => r.key)).toEqual(['ENTREPRENEURSHIP', 'FINANCING', 'TALENT', 'TECHNOLOGY']);
  });

  it('agree with the underlying records for every dimension', async () => {
    const byColumn = await call(p, STATS, { g: 'COLUMN' }, op.token);
    expect(pick(byColumn.rows)).toEqual(await fromRecords('"column"'));
    const byMonth = await call(p, STATS, { g: 'MONTH' }, op.token);
    expect(pick(byMonth.rows)).toEqual(await fromRecords(`to_char(created_at at time zone 'Asia/Shanghai', 'YYYY-MM')`));
    expect(byMonth.rows).toHaveLength(2);
    const byIndustry = await call(p, STATS, { g: 'INDUSTRY' }, op.token);
    expect(pick(byIndustry.rows)).toEqual(await fromRecords('industry_code'));
    expect(byIndustry.rows.map((r) => [r.key, r.label, r.received])).toEqual([
      ['', '未登记企业', 1],
      ['34', '通用设备制造业', 2],
      ['65', '软件和信息技术服务业', 3],
    ]);
    const byCity = await call(p, STATS, { g: 'REGION', f: { regionCode: '340000' } }, op.token);
    expect(byCity.rows.map((r) => [r.key, r.label, r.received])).toEqual([
      ['340100', '合肥市', 4],
      ['340200', '芜湖市', 2],
    ]);
    expect(pick(byCity.rows)).toEqual(await fromRecords(`rpad(left(region_code, 4), 6, '0')`));
    const provinces = await call(p, STATS, { g: 'REGION' }, op.token);
    expect(provinces.rows.map((r) => [r.label, r.received])).toEqual([['安徽省', 6]]);
  });

  it('filter by column, region, industry and month', async () => {
    const wuhuFinancing = await call(p, STATS, { g: 'COLUMN', f: { column: 'FINANCING', regionCode: '340200' } }, op.token);
    expect(wuhuFinancing.total).toMatchObject({ received: 1, answered: 1, answeredWithinSla: 0, amountRequested: 800 });
    const software = await call(p, STATS, { g: 'COLUMN', f: { industryCode: '65' } }, op.token);
    expect(software.total.received).toBe(3);
    const [first] = (await call(p, STATS, { g: 'MONTH' }, op.token)).rows;
    const firstMonth = await call(p, STATS, { g: 'COLUMN', f: { fromMonth: first.key, toMonth: first.key } }, op.token);
    expect(firstMonth.total.received).toBe(5);
    const bad = await gql(p, STATS, { g: 'MONTH', f: { fromMonth: '2026-13' } }, { token: op.token });
    expect(bad.errors?.[0].message).toBe('月份格式应为YYYY-MM');
  });

  it('stay equal to a rebuild of the summary from the records', async () => {
    const before = await call(p, STATS, { g: 'MONTH' }, op.token);
    await p.sql('select column_need_monthly_rebuild()');
    expect(await call(p, STATS, { g: 'MONTH' }, op.token)).toEqual(before);
  });

  it('export as CSV with a Chinese header and the total row last', async () => {
    const csv: string = await call(
      p,
      graphql(`
        query ColumnsStatsColumnStatisticsCsv {
          columnStatisticsCsv(groupBy: COLUMN)
        }
      `),
      {},
      op.token,
    );
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '维度,名称,受理需求数,已匹配,已答复,时限内答复,已办结,申请金额（万元）,需求人数,匹配率,时限内答复率,办结率,融资到位金额（万元）,评价数,平均评分',
    );
    expect(lines).toHaveLength(1 + 4 + 1);
    expect(lines).toContain('FINANCING,融资服务,3,3,2,1,1,1600,0,1,0.3333,0.3333,450,1,5');
    expect(lines).toContain('TALENT,人才服务,1,0,0,0,0,0,5,0,0,0,0,0,'); // nothing rated: empty average
    expect(lines.at(-1)).toBe('TOTAL,合计,6,4,2,1,1,1600,5,0.6667,0.1667,0.1667,450,1,5');
  });

  it('export as XLSX with the same cells as the CSV (numbers as numbers)', async () => {
    const csv: string = await call(
      p,
      graphql(`
        query ColumnsStatsColumnStatisticsCsv2 {
          columnStatisticsCsv(groupBy: COLUMN)
        }
      `),
      {},
      op.token,
    );
    const file = await call(
      p,
      graphql(`
        query ColumnsStatsColumnStatisticsXlsx {
          columnStatisticsXlsx(groupBy: COLUMN) {
            filename
            mimeType
            byteSize
            contentBase64
          }
        }
      `),
      {},
      op.token,
    );
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.filename).toMatch(/^栏目服务统计-按栏目-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const bytes = Buffer.from(file.contentBase64, 'base64');
    expect(bytes.length).toBe(file.byteSize);
    const rows = readXlsxSheet(bytes);
    expect(rows.map((r) => [...r, ...Array(15 - r.length).fill('')].join(','))).toEqual(csv.trimEnd().split('\r\n')); // an empty last cell is not written
    expect(rows.at(-1)).toEqual(['TOTAL', '合计', '6', '4', '2', '1', '1', '1600', '5', '0.6667', '0.1667', '0.1667', '450', '1', '5']);
    const reviewerOnly = await gql(
      p,
      graphql(`
        query ColumnsStatsColumnStatisticsXlsx2 {
          columnStatisticsXlsx(groupBy: MONTH) {
            byteSize
          }
        }
      `),
      {},
      { token: a.token },
    );
    expect(reviewerOnly.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('are for operators and reviewers only', async () => {
    const res = await gql(p, STATS, { g: 'COLUMN' }, { token: a.token });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anon = await gql(
      p,
      graphql(`
        query ColumnsStatsColumnStatisticsCsv3 {
          columnStatisticsCsv(groupBy: MONTH)
        }
      `),
    );
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

// Closing a need changes the figures the hand-worked tests above count: it runs on a platform of its own.
describe('F5/T4 column statistics after a requester closes a need', () => {
  let p: TestPlatform;
  let op: TestAccount;
  let b: TestAccount & { enterpriseId: string };

  beforeAll(async () => {
    p = await startTestPlatform();
    op = await operatorAccount(p);
    await columnInstitution(p, op, ['FINANCING'], ['340000'], '安徽省信用融资担保集团有限公司');
    b = await enterpriseOwner(p, { regionCode: '340202', industryCode: '34' });
    await must(
      p,
      graphql(`
        mutation ColumnsStatsTalentNeedSubmit2($i: TalentNeedSubmitInput!) {
          talentNeedSubmit(input: $i) {
            need {
              id
            }
            errors {
              ...TestUserError
            }
          }
        }
      `),
      {
        i: { positions: [{ title: '数控车工', headcount: 5 }], deadline: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) },
      },
      b.token,
    );
    // one rated need already, so the average below moves from 5
    const rated = (await must(p, FINANCING_NEED_SUBMIT, { i: financingNeedInput({ amount: 500 }) }, b.token)).need!.id;
    await must(
      p,
      graphql(`
        mutation ColumnsStatsColumnNeedClose2($i: ColumnNeedCloseInput!) {
          columnNeedClose(input: $i) {
            errors {
              ...TestUserError
            }
          }
        }
      `),
      { i: { needId: rated, outcome: 'COMPLETED', amountFinanced: 450, rating: 5 } },
      b.token,
    );
  });
  afterAll(async () => {
    await p?.stop();
  });

  it('take the amount financed and the rating from the requester closing a need, checked', async () => {
    const CLOSE = graphql(`
      mutation ColumnsStatsColumnNeedClose3($i: ColumnNeedCloseInput!) {
        columnNeedClose(input: $i) {
          need {
            status
            amountFinanced
            rating
          }
          errors {
            ...TestUserError
          }
        }
      }
    `);
    const { need } = await must(p, FINANCING_NEED_SUBMIT, { i: financingNeedInput({ amount: 100 }) }, b.token);
    const talent = (
      await call(
        p,
        graphql(`
          query ColumnsStatsMyColumnNeeds {
            myColumnNeeds(first: 10, filter: { column: TALENT }) {
              nodes {
                id
              }
            }
          }
        `),
        {},
        b.token,
      )
    ).nodes[0].id;
    const bad = await call(p, CLOSE, { i: { needId: need!.id, outcome: 'CANCELLED', amountFinanced: 80, rating: 6 } }, b.token);
    expect(bad.errors.map((e) => e.field).sort()).toEqual(['amountFinanced', 'rating']);
    expect((await call(p, CLOSE, { i: { needId: talent, outcome: 'COMPLETED', amountFinanced: 10 } }, b.token)).errors[0]).toMatchObject({
      code: 'INVALID',
      field: 'amountFinanced',
    });
    expect((await call(p, CLOSE, { i: { needId: need!.id, outcome: 'COMPLETED', amountFinanced: -1 } }, b.token)).errors[0].field).toBe('amountFinanced');
    const before = (await call(p, STATS, { g: 'COLUMN', f: { column: 'FINANCING' } }, op.token)).total;
    const ok = await must(p, CLOSE, { i: { needId: need!.id, outcome: 'COMPLETED', amountFinanced: 80, rating: 2 } }, b.token);
    expect(ok.need).toMatchObject({ status: 'COMPLETED', amountFinanced: 80, rating: 2 });
    const after = (await call(p, STATS, { g: 'COLUMN', f: { column: 'FINANCING' } }, op.token)).total;
    expect(after).toMatchObject({ completed: before.completed + 1, amountFinanced: before.amountFinanced + 80, rated: before.rated + 1 });
    expect(after.averageRating).toBe(Math.round(((before.averageRating! * before.rated + 2) / (before.rated + 1)) * 100) / 100);
  });
});
