import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseOwner } from '../factories/enterprises.js';
import { editors, QUALIFICATION_KIND_CREATE, REVIEW, transition, type Editors } from '../factories/policies.js';
import { fromGlobalId } from '../../server/common/ids.js';
import { gql, must } from '../setup/client.js';
import { graphql } from '../gql/index.js';
import type { PolicyImportFormat } from '../gql/graphql.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';

/** Policy import carries eligibility conditions; qualifications by catalogue code, name or alias (issue 15). */

let p: TestPlatform;
let e: Editors;
beforeAll(async () => {
  p = await startTestPlatform();
  e = await editors(p);
});
afterAll(async () => {
  await p?.stop();
});

const START = graphql(`
  mutation PolicyImportConditionsStart($i: PolicyImportInput!) {
    policyImport(input: $i) {
      import {
        id
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const PROGRESS = graphql(`
  query PolicyImportConditionsProgress($id: ID!) {
    policyImportProgress(id: $id) {
      status
      created
      errored
      lines(first: 100) {
        nodes {
          lineNo
          result
          reason
          policyId
        }
      }
    }
  }
`);
const MATCH = graphql(`
  query PolicyImportConditionsMatch($id: ID!) {
    policyMatch(policyId: $id) {
      verdict
      conditions {
        outcome
      }
    }
  }
`);
const SEARCH = graphql(`
  query PolicyImportConditionsSearch($i: SearchInput!) {
    search(input: $i) {
      hits {
        nodes {
          id
        }
      }
    }
  }
`);

async function importFile(format: PolicyImportFormat, content: string) {
  const res = await gql(p, START, { i: { format, content } }, { token: e.operator.token });
  expect(res.errors).toBeUndefined();
  expect(res.data.policyImport.errors).toEqual([]);
  await p.jobs.runDue();
  const progress = await gql(p, PROGRESS, { id: res.data.policyImport.import!.id }, { token: e.operator.token });
  expect(progress.data.policyImportProgress?.status).toBe('DONE');
  return progress.data.policyImportProgress!.lines.nodes;
}

const run = Math.floor(Math.random() * 1e9);
const SENTENCE = '申报企业须为科技型中小企业。';
const line = (n: number, conditions: unknown[]) =>
  JSON.stringify({
    title: `导入条件测试${run}-${n}`,
    docNo: `皖条〔2026〕${run}-${n}号`,
    departments: ['安徽省科学技术厅'],
    policyType: 'NORMATIVE_DOCUMENT',
    body: `<p>第一条 支持企业开展研发活动。</p><p>第二条 ${SENTENCE}</p>`,
    conditions,
  });
const conditionsOf = (policyId: string) =>
  p.sql<{ field: string; operator: string; values: string[]; source_sentence: string }>(
    'select field, operator, "values", source_sentence from policy_condition where policy_id = $1 order by position',
    [fromGlobalId(policyId, 'Policy')],
  );

describe('policy import with conditions', () => {
  it('resolves qualifications by code, name and alias; refuses an unknown one and a bad operator by path, writing nothing for them', async () => {
    const content = [
      line(1, [{ field: 'QUALIFICATION', operator: 'HAS', values: ['HIGH_TECH'] }]),
      line(2, [{ field: 'QUALIFICATION', operator: 'HAS', qualification: '科技型中小企业', sentence: SENTENCE, changeable: true }]),
      line(3, [
        { field: 'QUALIFICATION', operator: 'HAS', qualification: ['高企'] },
        { field: 'QUALIFICATION_COUNT', operator: 'GTE', qualification: '发明专利', values: [2] },
        { field: 'EMPLOYEES', operator: 'LTE', value: 300 },
      ]),
      line(4, [
        { field: 'REGION', operator: 'IN', values: ['340000'] },
        { field: 'QUALIFICATION', operator: 'HAS', qualification: '不存在的资质' },
      ]),
      line(5, [{ field: 'EMPLOYEES', operator: 'IN', values: ['300'] }]),
      line(6, [{ field: 'QUALIFICATION', operator: 'HAS', values: ['TECH_SME'], sentence: '正文里没有这句话。' }]),
    ].join('\n');
    const lines = await importFile('JSONL', content);
    expect(lines.map((l) => [l.lineNo, l.result, l.reason])).toEqual([
      [1, 'CREATED', null],
      [2, 'CREATED', null],
      [3, 'CREATED', null],
      [4, 'ERROR', 'conditions[1].qualification：资质目录中没有“不存在的资质”，请填写资质代码、名称或别名'],
      [5, 'ERROR', 'conditions[0].operator：数值条件只能使用不低于、不高于或介于'],
      [6, 'ERROR', 'conditions[0].sourceSentence：正文中找不到该原文句子，请从正文中复制'],
    ]);
    const [one, two, three] = lines.map((l) => l.policyId!);
    expect(await conditionsOf(one)).toEqual([
      { field: 'QUALIFICATION', operator: 'HAS', values: ['HIGH_TECH'], source_sentence: '（批量导入，未标注原文句子）' },
    ]);
    expect(await conditionsOf(two)).toEqual([{ field: 'QUALIFICATION', operator: 'HAS', values: ['TECH_SME'], source_sentence: SENTENCE }]);
    expect((await conditionsOf(three)).map((c) => [c.field, c.operator, c.values])).toEqual([
      ['QUALIFICATION', 'HAS', ['HIGH_TECH']],
      ['QUALIFICATION_COUNT', 'GTE', ['INVENTION_PATENT', '2']],
      ['EMPLOYEES', 'LTE', ['300']],
    ]);
    const titles = [4, 5, 6].map((n) => `导入条件测试${run}-${n}`);
    expect(await p.sql('select id from policy where title = any($1::text[])', [`{${titles.join(',')}}`])).toEqual([]);

    // the same file again: unchanged, no condition duplicated
    const again = await importFile('JSONL', content);
    expect(again.filter((l) => l.result !== 'ERROR').map((l) => l.result)).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    expect((await conditionsOf(three)).length).toBe(3);
  });

  it('on the line-by-line fallback, a line whose condition the database refuses leaves neither policy nor conditions', async () => {
    const content = [
      line(11, [{ field: 'QUALIFICATION', operator: 'HAS', values: ['SRDI'] }]),
      line(12, [{ field: 'MANUAL', operator: 'CHECK', values: ['含空字符\u0000的核验内容'] }]),
      line(13, [{ field: 'QUALIFICATION', operator: 'HAS', qualification: '小巨人' }]),
    ].join('\n');
    const lines = await importFile('JSONL', content);
    expect(lines.map((l) => [l.lineNo, l.result])).toEqual([
      [1, 'CREATED'],
      [2, 'ERROR'],
      [3, 'CREATED'],
    ]);
    expect(lines[1].reason).toMatch(/^保存失败/);
    expect((await conditionsOf(lines[0].policyId!)).map((c) => c.values)).toEqual([['SRDI']]);
    expect((await conditionsOf(lines[2].policyId!)).map((c) => c.values)).toEqual([['LITTLE_GIANT']]);
    expect(await p.sql('select id from policy where title = $1', [`导入条件测试${run}-12`])).toEqual([]);
  });

  it('an imported policy, once published, is matched with its conditions and found by the qualification alias', async () => {
    const title = `导入条件测试${run}-match`;
    const csv = [
      'title,docNo,departments,policyType,body,conditions',
      `${title},皖条〔2026〕${run}-m号,安徽省科学技术厅,NORMATIVE_DOCUMENT,"第一条 支持企业开展研发活动。
第二条 ${SENTENCE}","${JSON.stringify([{ field: 'QUALIFICATION', operator: 'HAS', qualification: '科技型中小企业入库', sentence: SENTENCE }]).replace(/"/g, '""')}"`,
    ].join('\n');
    const [imported] = await importFile('CSV', csv);
    expect(imported).toMatchObject({ result: 'CREATED', reason: null });
    const policyId = imported.policyId!;
    await must(p, transition('policySubmit'), { i: { policyId } }, e.operator.token);
    await must(p, REVIEW, { i: { policyId, decision: 'APPROVE' } }, e.reviewer.token);
    await must(p, transition('policyPublish'), { i: { policyId } }, e.operator.token);
    const holder = await enterpriseOwner(p, { qualifications: ['TECH_SME'] });
    const other = await enterpriseOwner(p, { qualifications: [] });
    const yes = await gql(p, MATCH, { id: policyId }, { token: holder.token });
    expect(yes.errors).toBeUndefined();
    expect(yes.data.policyMatch).toEqual({ verdict: 'ELIGIBLE', conditions: [{ outcome: 'MET' }] });
    const no = await gql(p, MATCH, { id: policyId }, { token: other.token });
    expect(no.data.policyMatch?.verdict).not.toBe('ELIGIBLE');

    await p.jobs.runDue();
    const found = await gql(p, SEARCH, { i: { query: '科技型中小企业入库' } });
    expect(found.data.search.hits.nodes.map((h) => h.id)).toContain(policyId);
  });
});

describe('policy import with conditions: ambiguous qualifications (P3)', () => {
  it('a name or alias shared by two catalogue entries is a line error at conditions[i].qualification naming both codes; the line writes nothing, the others import', async () => {
    // the catalogue keeps names unique but lets an alias repeat, or equal another entry's name
    const kinds = [
      { code: 'LOW_CARBON_PLANT', name: '低碳示范工厂', aliases: ['低碳示范'] },
      { code: 'LOW_CARBON_PARK', name: '低碳示范园区企业', aliases: ['低碳示范', '低碳园区'] },
      { code: 'SMART_WORKSHOP', name: '智能车间', aliases: [] },
      { code: 'DIGITAL_WORKSHOP', name: '数字化车间', aliases: ['智能车间'] },
    ];
    for (const k of kinds) await must(p, QUALIFICATION_KIND_CREATE, { i: { ...k, issuingBody: '省经济和信息化厅' } }, e.operator.token);

    const content = [
      line(21, [{ field: 'QUALIFICATION', operator: 'HAS', qualification: '低碳示范工厂' }]),
      line(22, [
        { field: 'EMPLOYEES', operator: 'LTE', value: 300 },
        { field: 'QUALIFICATION', operator: 'HAS', qualification: '低碳示范' },
      ]),
      line(23, [{ field: 'QUALIFICATION', operator: 'HAS', qualification: '智能车间' }]),
      line(24, [{ field: 'QUALIFICATION', operator: 'HAS', qualification: ['LOW_CARBON_PARK', 'DIGITAL_WORKSHOP'] }]),
    ].join('\n');
    const lines = await importFile('JSONL', content);
    expect(lines.map((l) => [l.lineNo, l.result, l.reason])).toEqual([
      [1, 'CREATED', null],
      [2, 'ERROR', 'conditions[1].qualification：“低碳示范”对应多项资质（LOW_CARBON_PLANT、LOW_CARBON_PARK），请改填资质代码'],
      [3, 'ERROR', 'conditions[0].qualification：“智能车间”对应多项资质（SMART_WORKSHOP、DIGITAL_WORKSHOP），请改填资质代码'],
      [4, 'CREATED', null],
    ]);
    expect(await conditionsOf(lines[0].policyId!)).toMatchObject([{ field: 'QUALIFICATION', values: ['LOW_CARBON_PLANT'] }]);
    expect(await conditionsOf(lines[3].policyId!)).toMatchObject([{ field: 'QUALIFICATION', values: ['LOW_CARBON_PARK', 'DIGITAL_WORKSHOP'] }]);
    const refused = [22, 23].map((n) => `导入条件测试${run}-${n}`);
    expect(await p.sql('select id from policy where title = any($1::text[])', [`{${refused.join(',')}}`])).toEqual([]);
  });
});
