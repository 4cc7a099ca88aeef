import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editors, type Editors } from '../factories/policies.js';
import { gql } from '../setup/client.js';
import { graphql } from '../gql/index.js';
import type { PolicyImportFormat } from '../gql/graphql.js';
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

const START = graphql(`
  mutation PolicyImportStart($i: PolicyImportInput!) {
    policyImport(input: $i) {
      import {
        id
        status
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const PROGRESS = graphql(`
  query PolicyImportProgress($id: ID!, $r: PolicyImportLineResult) {
    policyImportProgress(id: $id) {
      status
      total
      processed
      created
      updated
      unchanged
      errored
      lines(first: 100, result: $r) {
        totalCount
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

async function importFile(format: PolicyImportFormat, content: string) {
  const res = await gql(p, START, { i: { format, content } }, { token: e.operator.token });
  expect(res.errors).toBeUndefined();
  expect(res.data.policyImport.errors).toEqual([]);
  const id = res.data.policyImport.import!.id;
  expect(res.data.policyImport.import!.status).toBe('QUEUED');
  await p.jobs.runDue();
  const progress = await gql(p, PROGRESS, { id, r: 'ERROR' }, { token: e.operator.token });
  return progress.data.policyImportProgress!;
}

function jsonl(): string {
  const lines: string[] = [];
  for (let i = 1; i <= 1000; i++) {
    if (i === 10) lines.push('{"title": "缺少结尾"');
    else if (i === 500) lines.push(JSON.stringify({ title: '无发文部门', docNo: `皖测〔2026〕${i}号`, departments: [], policyType: 'RULE', body: '正文' }));
    else if (i === 999)
      lines.push(JSON.stringify({ title: '类型错误', docNo: `皖测〔2026〕${i}号`, departments: ['安徽省财政厅'], policyType: 'POEM', body: '正文' }));
    else
      lines.push(
        JSON.stringify({
          title: `测试政策${i}`,
          docNo: `皖测〔2026〕${i}号`,
          departments: ['安徽省财政厅'],
          policyType: 'NORMATIVE_DOCUMENT',
          body: `正文${i}`,
        }),
      );
  }
  return lines.join('\n');
}

describe('policy import (P3)', () => {
  it('imports 1,000 JSON lines: 997 created, 3 errors by line and reason; again: all unchanged', async () => {
    const content = jsonl();
    const policies = async (where = 'true') => (await p.sql<{ n: number }>(`select count(*)::int as n from policy where ${where}`))[0].n;
    const [collectedBefore, totalBefore] = [await policies(`status = 'COLLECTED'`), await policies()];
    const first = await importFile('JSONL', content);
    expect(first).toMatchObject({ status: 'DONE', total: 1000, processed: 1000, created: 997, updated: 0, unchanged: 0, errored: 3 });
    expect(first.lines.nodes.map((l) => [l.lineNo, l.reason])).toEqual([
      [10, '该行不是有效的 JSON'],
      [500, 'departments：请填写发文部门'],
      [999, 'policyType：政策类型无效'],
    ]);
    expect(await policies(`status = 'COLLECTED'`)).toBe(collectedBefore + 997);

    const second = await importFile('JSONL', content);
    expect(second).toMatchObject({ status: 'DONE', created: 0, updated: 0, unchanged: 997, errored: 3 });
    expect(await policies()).toBe(totalBefore + 997);
  }, 90_000);

  it('imports CSV with quoted fields and lists, and reports an updated line', async () => {
    const header = 'title,docNo,departments,publishedOn,policyType,tags,regions,body';
    const csv = [
      header,
      '关于促进民营经济发展的若干措施,皖政〔2026〕5号,安徽省人民政府;安徽省发展和改革委员会,2026-01-05,NORMATIVE_DOCUMENT,民营经济;营商环境,340000,"第一条，支持民营企业。',
      '第二条 ""放管服""改革。"',
      '科技型中小企业评价办法,国科发政〔2022〕67号,科学技术部,2022-05-30,MANAGEMENT_MEASURES,科技,,正文',
      '坏行,缺列',
    ].join('\n');
    const r = await importFile('CSV', csv);
    expect(r).toMatchObject({ created: 2, errored: 1 });
    expect(r.lines.nodes).toEqual([{ lineNo: 5, result: 'ERROR', reason: '列数应为8，实际为2', policyId: null }]);
    const [row] = await p.sql<{ body: string; departments: string[]; tags: string[] }>(
      `select body, departments, tags from policy where doc_no = '皖政〔2026〕5号'`,
    );
    expect(row.departments).toEqual(['安徽省人民政府', '安徽省发展和改革委员会']);
    expect(row.body).toBe('<p>第一条，支持民营企业。</p><p>第二条 "放管服"改革。</p>');

    const changed = await importFile('CSV', csv.replace('科技,,正文', '科技,,修订后的正文'));
    expect(changed).toMatchObject({ created: 0, updated: 1, unchanged: 1, errored: 1 });
  });

  it('a line the database refuses is reported alone; the rest of its chunk is imported (savepoints)', async () => {
    const lines = [1, 2, 3].map((i) =>
      JSON.stringify({
        title: i === 2 ? '含空字符\u0000的标题' : `保存点测试${i}`,
        docNo: `皖保〔2026〕${i}号`,
        departments: ['安徽省财政厅'],
        policyType: 'RULE',
        body: '正文',
      }),
    );
    const r = await importFile('JSONL', lines.join('\n'));
    expect(r).toMatchObject({ created: 2, errored: 1 });
    expect(r.lines.nodes[0]).toMatchObject({ lineNo: 2, result: 'ERROR' });
    expect(r.lines.nodes[0].reason).toMatch(/^保存失败/);
    const rows = await p.sql<{ title: string }>(`select title from policy where doc_no like '皖保%' order by title`);
    expect(rows.map((x) => x.title)).toEqual(['保存点测试1', '保存点测试3']);
  });

  it('requires OPERATOR and refuses empty or oversized content', async () => {
    const anon = await gql(p, START, { i: { format: 'CSV', content: 'x' } });
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const empty = await gql(p, START, { i: { format: 'CSV', content: '  ' } }, { token: e.operator.token });
    expect(empty.data.policyImport.errors[0]).toMatchObject({ code: 'REQUIRED', field: 'content' });
    const other = await gql(p, PROGRESS, { id: 'UG9saWN5SW1wb3J0OjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA' }, { token: e.operator.token });
    expect(other.data.policyImportProgress).toBeNull();
  });
});
