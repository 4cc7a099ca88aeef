import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { NoticeCreateInput } from '../gql/graphql.js';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';
import { signUp, staff, type TestAccount } from '../factories/accounts.js';

graphql(`
  fragment NoticeFields on Notice {
    id
    title
    body
    pinned
    provinceOnly
    publishedAt
    site {
      code
    }
  }
`);
const CREATE = graphql(`
  mutation NoticeCreate($i: NoticeCreateInput!) {
    noticeCreate(input: $i) {
      notice {
        ...NoticeFields
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation NoticeUpdate($i: NoticeUpdateInput!) {
    noticeUpdate(input: $i) {
      notice {
        ...NoticeFields
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const PUBLISH = graphql(`
  mutation NoticePublish($i: NoticeIdInput!) {
    noticePublish(input: $i) {
      notice {
        ...NoticeFields
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const UNPUBLISH = graphql(`
  mutation NoticeUnpublish($i: NoticeIdInput!) {
    noticeUnpublish(input: $i) {
      notice {
        ...NoticeFields
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const DELETE = graphql(`
  mutation NoticeDelete($i: NoticeIdInput!) {
    noticeDelete(input: $i) {
      deletedId
      errors {
        ...TestUserError
      }
    }
  }
`);
const LIST = graphql(`
  query NoticeList($d: Boolean) {
    notices(first: 50, drafts: $d) {
      totalCount
      nodes {
        ...NoticeFields
      }
    }
  }
`);
const ONE = graphql(`
  query NoticeOne($id: ID!) {
    notice(id: $id) {
      ...NoticeFields
    }
  }
`);
const FIRST_PAGE = graphql(`
  query NoticeFirstPage {
    notices(first: 2) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
      }
    }
  }
`);
const NEXT_PAGE = graphql(`
  query NoticeNextPage($a: String) {
    notices(first: 2, after: $a) {
      nodes {
        id
      }
    }
  }
`);
const TOO_MANY = graphql(`
  query NoticeTooMany {
    notices(first: 101) {
      totalCount
    }
  }
`);

let p: TestPlatform;
let operator: TestAccount;

beforeAll(async () => {
  p = await startTestPlatform();
  operator = await staff(p, ['OPERATOR'], '公告运营');
});
afterAll(async () => {
  await p?.stop();
});

async function create(site: string, title: string, extra: Partial<NoticeCreateInput> = {}) {
  const res = await gql(p, CREATE, { i: { title, body: `<p>${title}正文</p>`, ...extra } }, { token: operator.token, site });
  expect(res.data.noticeCreate.errors).toEqual([]);
  return res.data.noticeCreate.notice!;
}
async function publish(site: string, id: string) {
  const res = await gql(p, PUBLISH, { i: { id } }, { token: operator.token, site });
  expect(res.data.noticePublish.errors).toEqual([]);
  return res.data.noticePublish.notice!;
}
const titles = async (site: string) => (await gql(p, LIST, {}, { site })).data.notices.nodes.map((n) => n.title);
/** This test's notices only (the others' notices, and the province's inherited ones, share the list). */
const mine = (list: string[]) => list.filter((t) => t.startsWith('芜湖公告'));

describe('通知公告 (信息发布): operators publish notices, everyone reads them', () => {
  it('keeps drafts to operators, lists published ones pinned first then newest, and audits every change', async () => {
    const a = await create('wuhu', '芜湖公告甲');
    const b = await create('wuhu', '芜湖公告乙（置顶）', { pinned: true });
    const c = await create('wuhu', '芜湖公告丙');
    expect(mine(await titles('wuhu'))).toEqual([]);
    expect((await gql(p, ONE, { id: a.id }, { site: 'wuhu' })).data.notice).toBeNull();
    expect((await gql(p, ONE, { id: a.id }, { token: operator.token, site: 'wuhu' })).data.notice?.title).toBe('芜湖公告甲');

    await publish('wuhu', a.id);
    await publish('wuhu', b.id);
    await publish('wuhu', c.id);
    expect(mine(await titles('wuhu'))).toEqual(['芜湖公告乙（置顶）', '芜湖公告丙', '芜湖公告甲']);
    expect((await gql(p, ONE, { id: a.id }, { site: 'wuhu' })).data.notice?.publishedAt).toBeTruthy();

    const again = await gql(p, PUBLISH, { i: { id: a.id } }, { token: operator.token, site: 'wuhu' });
    expect(again.data.noticePublish.errors).toEqual([{ code: 'INVALID_STATE', field: 'id', message: '该通知公告已发布' }]);

    const upd = await gql(p, UPDATE, { i: { id: c.id, title: '芜湖公告丙（已更正）' } }, { token: operator.token, site: 'wuhu' });
    expect(upd.data.noticeUpdate.notice?.title).toBe('芜湖公告丙（已更正）');
    const off = await gql(p, UNPUBLISH, { i: { id: c.id } }, { token: operator.token, site: 'wuhu' });
    expect(off.data.noticeUnpublish.notice?.publishedAt).toBeNull();
    expect(mine(await titles('wuhu'))).toEqual(['芜湖公告乙（置顶）', '芜湖公告甲']);
    const drafts = await gql(p, LIST, { d: true }, { token: operator.token, site: 'wuhu' });
    expect(mine(drafts.data.notices.nodes.map((n) => n.title))).toHaveLength(3);

    const del = await gql(p, DELETE, { i: { id: c.id } }, { token: operator.token, site: 'wuhu' });
    expect(del.data.noticeDelete).toEqual({ deletedId: c.id, errors: [] });
    expect((await gql(p, ONE, { id: c.id }, { token: operator.token, site: 'wuhu' })).data.notice).toBeNull();

    const ops = await p.sql<{ operation: string }>(`select operation from audit_log where operation like 'notice.%'`);
    const names = ops.map((o) => o.operation);
    for (const op of ['notice.create', 'notice.publish', 'notice.update', 'notice.unpublish', 'notice.delete']) expect(names).toContain(op);
  });

  it('refuses anyone but an operator (FORBIDDEN or UNAUTHENTICATED), drafts included', async () => {
    const user = await signUp(p);
    const reviewer = await staff(p, ['REVIEWER'], '公告审核人');
    for (const token of [user.token, reviewer.token]) {
      const res = await gql(p, CREATE, { i: { title: '越权公告', body: '正文' } }, { token });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await gql(p, LIST, { d: true }, { token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anon = await gql(p, CREATE, { i: { title: '匿名公告', body: '正文' } });
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('validates title and body as payload errors with a field and a Chinese message', async () => {
    const empty = await gql(p, CREATE, { i: { title: ' ', body: '' } }, { token: operator.token });
    expect(empty.data.noticeCreate.errors).toEqual([
      { code: 'REQUIRED', field: 'title', message: '请填写标题' },
      { code: 'REQUIRED', field: 'body', message: '请填写正文' },
    ]);
    const long = await gql(p, CREATE, { i: { title: '长'.repeat(101), body: '正文' } }, { token: operator.token });
    expect(long.data.noticeCreate.errors).toEqual([{ code: 'TOO_LONG', field: 'title', message: '标题不能超过100个字' }]);
    const onlyScript = await gql(p, CREATE, { i: { title: '只有脚本', body: '<script>alert(1)</script>' } }, { token: operator.token });
    expect(onlyScript.data.noticeCreate.errors[0]).toMatchObject({ code: 'REQUIRED', field: 'body' });
    const missing = await gql(p, PUBLISH, { i: { id: 'bm90LWEtbm90aWNl' } }, { token: operator.token });
    expect(missing.data.noticePublish.errors).toEqual([{ code: 'NOT_FOUND', field: 'id', message: '未找到该通知公告' }]);
  });

  it('sanitises the body like a policy body: no scripts, handlers or javascript: links', async () => {
    const body =
      '<p onclick="alert(1)">通知正文<script>alert(2)</script><img src=x onerror=alert(3)></p><a href="javascript:alert(4)">链接</a><xmp><script>alert(5)</script></xmp><p style="color:red">红字</p>';
    const res = await gql(p, CREATE, { i: { title: '净化测试', body } }, { token: operator.token });
    const saved = res.data.noticeCreate.notice!.body;
    expect(saved).toContain('通知正文');
    expect(saved).not.toMatch(/<script|onerror|onclick|javascript:|style=|<img/i);
  });

  it('B1: a city site shows its own notices and its province’s, except province-only ones; a city operator cannot edit the province’s', async () => {
    const prov = await create('anhui', '全省公告（继承）');
    const only = await create('anhui', '省直单位公告（仅省级）', { provinceOnly: true });
    const city = await create('hefei', '合肥市公告（本市）');
    const other = await create('wuhu', '芜湖市公告（他市）');
    for (const n of [prov, only, city, other]) await publish(n === prov || n === only ? 'anhui' : n === city ? 'hefei' : 'wuhu', n.id);

    const hefei = await titles('hefei');
    expect(hefei).toContain('全省公告（继承）');
    expect(hefei).toContain('合肥市公告（本市）');
    expect(hefei).not.toContain('省直单位公告（仅省级）');
    expect(hefei).not.toContain('芜湖市公告（他市）');
    expect(await titles('anhui')).toEqual(expect.arrayContaining(['全省公告（继承）', '省直单位公告（仅省级）', '合肥市公告（本市）']));
    expect((await gql(p, ONE, { id: only.id }, { site: 'hefei' })).data.notice).toBeNull();
    expect((await gql(p, ONE, { id: prov.id }, { site: 'hefei' })).data.notice?.site.code).toBe('anhui');

    const edit = await gql(p, UPDATE, { i: { id: prov.id, title: '市里改省里' } }, { token: operator.token, site: 'hefei' });
    expect(edit.data.noticeUpdate.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('pages the public list with first/after and caps it at 100', async () => {
    for (const t of ['分页公告一', '分页公告二', '分页公告三']) await publish('anhui', (await create('anhui', t)).id);
    const first = await gql(p, FIRST_PAGE, {}, { site: 'anhui' });
    expect(first.data.notices.nodes).toHaveLength(2);
    expect(first.data.notices.pageInfo.hasNextPage).toBe(true);
    const next = await gql(p, NEXT_PAGE, { a: first.data.notices.pageInfo.endCursor }, { site: 'anhui' });
    expect(next.data.notices.nodes[0].id).not.toBe(first.data.notices.nodes[0].id);
    const tooMany = await gql(p, TOO_MANY);
    expect(tooMany.errors?.[0]).toBeTruthy();
  });
});
