import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../server/modules/search/engine.js';
import { PgSearchEngine } from '../../server/modules/search/pg.engine.js';
import { signUp, staff, type TestAccount } from '../factories/accounts.js';
import { INSTITUTION_APPLY, INSTITUTION_REVIEW } from '../factories/docking.js';
import { enterpriseOwner } from '../factories/enterprises.js';
import { graphql } from '../gql/index.js';
import type { SearchInput, ServiceColumn } from '../gql/graphql.js';
import { gql } from '../setup/client.js';
import { restartPlatform, startTestPlatform, type TestPlatform } from '../setup/platform.js';

let p: TestPlatform;
let operator: TestAccount;
let siteIds: Record<string, string>;

const SEARCH = graphql(`
  query SearchE2E($i: SearchInput!) {
    search(input: $i) {
      understanding {
        original
        normalized
        pinyin
        converted
        pinyinCandidates
        corrected
        didYouMean
        autoRewritten
        relaxed
        serviceIntent
        corrections {
          from
          to
          by
        }
        expansions {
          phrase
          terms
        }
      }
      totalCount
      approximate
      facets {
        field
        buckets {
          value
          label
          count
        }
      }
      hits {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          kind
          kindLabel
          id
          title
          titleHighlight
          highlight
          url
          site {
            code
          }
          date
          score
        }
      }
      serviceCards {
        kind
        id
        title
      }
      related
    }
  }
`);

const CONCEPT_SAVE = graphql(`
  mutation SearchConceptSave($i: SearchConceptInput!) {
    searchConceptSave(input: $i) {
      concept {
        id
        phrase
        expansions
      }
      errors {
        ...TestUserError
      }
    }
  }
`);
const CONCEPTS = graphql(`
  query SearchConcepts {
    searchConcepts(first: 100) {
      totalCount
      nodes {
        phrase
      }
    }
  }
`);
const CONCEPT_DELETE = graphql(`
  mutation SearchConceptDelete($i: SearchConceptDeleteInput!) {
    searchConceptDelete(input: $i) {
      deletedId
      errors {
        code
      }
    }
  }
`);
const SUGGEST = graphql(`
  query SearchSuggest($p: String!) {
    searchSuggest(prefix: $p) {
      text
      source
    }
  }
`);
const INSTITUTION = graphql(`
  query SearchInstitution($id: ID!) {
    institution(id: $id) {
      name
    }
  }
`);
const CLICK = graphql(`
  mutation SearchClick($i: SearchClickInput!) {
    searchClick(input: $i) {
      counted
      errors {
        code
      }
    }
  }
`);
const STATISTICS = graphql(`
  query SearchStatistics {
    searchTopQueries(first: 50) {
      query
      searches
      clicks
    }
    searchZeroResultQueries {
      query
      zeroResults
    }
  }
`);
const TOP_QUERIES = graphql(`
  query SearchTopQueries {
    searchTopQueries {
      query
    }
  }
`);
const RECONCILE = graphql(`
  mutation SearchReconcile {
    searchReconcile {
      drift {
        kind
        missing
        extra
        stale
      }
      errors {
        code
      }
    }
  }
`);
const RECONCILE_COUNTS = graphql(`
  mutation SearchReconcileCounts {
    searchReconcile {
      drift {
        kind
        missing
        extra
        stale
        sourceCount
        indexedCount
      }
    }
  }
`);
const RECONCILE_REPAIR = graphql(`
  mutation SearchReconcileRepair {
    searchReconcile(input: { repair: true }) {
      drift {
        kind
        stale
      }
      repaired
    }
  }
`);
const INDEX_STATUS = graphql(`
  query SearchIndexStatus {
    searchIndexStatus {
      engine
      healthy
      documents
      pending
      dictionaryVersion
    }
  }
`);

async function search(input: SearchInput, opts: { token?: string; site?: string } = {}) {
  const res = await gql(p, SEARCH, { i: input }, opts);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return { ...res.data.search, sqlCount: res.extensions?.sqlCount as number };
}

function doc(d: Partial<SearchDocument> & { title: string }): SearchDocument {
  return {
    kind: 'policy',
    refId: randomUUID(),
    siteId: siteIds.anhui,
    columns: ['POLICY'],
    type: 'NOTICE',
    department: '安徽省经济和信息化厅',
    regions: ['340000'],
    industries: [],
    publishedAt: new Date('2026-03-01T00:00:00Z'),
    validTo: null,
    body: '',
    url: null,
    inForce: true,
    popularity: 0,
    service: false,
    ...d,
  };
}

async function insertDocs(docs: SearchDocument[]) {
  await p.orm.em.fork().transactional((em) => new PgSearchEngine(em).upsert(docs));
  p.services.lexicon.invalidate();
}

async function applyInstitution(name: string, columns: ServiceColumn[], description: string): Promise<string> {
  const owner = await signUp(p, '机构管理员');
  const applied = await gql(
    p,
    INSTITUTION_APPLY,
    {
      i: {
        name,
        type: 'MARKET',
        columns,
        regionCodes: ['340100'],
        qualifications: '具有相关业务资质',
        description,
        responsibleDepartment: '业务部',
        contactName: '王强',
        contactPhone: '0551-62345678',
      },
    },
    { token: owner.token },
  );
  const id = applied.data?.institutionApply?.institution?.id;
  if (!id) throw new Error(JSON.stringify(applied.errors ?? applied.data));
  return id;
}

async function approve(id: string) {
  const r = await gql(
    p,
    INSTITUTION_REVIEW,
    {
      i: { institutionId: id, decision: 'APPROVE' },
    },
    { token: operator.token },
  );
  expect(r.data.institutionReview.errors).toEqual([]);
}

/** A platform with the seven fixture documents written straight into the index; sets `p`, `operator` and `siteIds`. */
async function startSearchPlatform() {
  p = await startTestPlatform();
  operator = await staff(p, ['OPERATOR'], '运营人员');
  const sites = await p.sql<{ code: string; id: string }>('select code, id::text from site');
  siteIds = Object.fromEntries(sites.map((s) => [s.code, s.id]));
  await insertDocs([
    doc({
      title: '关于开展2026年度专精特新中小企业认定工作的通知',
      body: '各市经信局：为培育专精特新中小企业，现将认定工作通知如下。申报条件：企业应为小微企业或中型企业。',
      publishedAt: new Date('2026-02-10T00:00:00Z'),
    }),
    doc({
      title: '安徽省稳岗补贴申领办法',
      body: '失业保险稳岗返还政策，对不裁员或少裁员的企业给予稳岗补贴。',
      department: '安徽省人力资源和社会保障厅',
      columns: ['TALENT'],
      type: 'MEASURES',
      publishedAt: new Date('2025-06-01T00:00:00Z'),
    }),
    doc({
      title: '合肥市创业担保贷款实施细则',
      body: '符合条件的个人和小微企业可以申请创业担保贷款，财政给予贴息。',
      siteId: siteIds.hefei,
      regions: ['340100'],
      columns: ['FINANCING', 'ENTREPRENEURSHIP'],
      department: '合肥市财政局',
      publishedAt: new Date('2026-01-05T00:00:00Z'),
    }),
    doc({
      title: '芜湖市知识产权质押融资奖补办法',
      body: '对以专利、商标进行知识产权质押融资的企业给予贴息和奖补。',
      siteId: siteIds.wuhu,
      regions: ['340200'],
      columns: ['FINANCING', 'TECHNOLOGY'],
      department: '芜湖市市场监督管理局',
      publishedAt: new Date('2024-09-01T00:00:00Z'),
      inForce: false,
    }),
    doc({
      title: '研发费用加计扣除政策解读',
      body: '科技型中小企业研发费用加计扣除比例提高到100%。',
      department: '国家税务总局安徽省税务局',
      type: 'INTERPRETATION',
      publishedAt: new Date('2025-11-20T00:00:00Z'),
    }),
    doc({
      title: '高新技术企业认定管理办法',
      body: '高新技术企业认定条件、程序和监督管理。',
      type: 'MEASURES',
      industries: ['I'],
      publishedAt: new Date('2023-05-01T00:00:00Z'),
    }),
    doc({
      title: '融资担保业务降费奖补政策',
      body: '政府性融资担保机构为小微企业提供融资担保，担保费率降低。',
      columns: ['FINANCING'],
      regions: ['340100'],
      industries: ['C'],
      publishedAt: new Date('2025-03-01T00:00:00Z'),
    }),
  ]);
}

const rawId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];

beforeAll(startSearchPlatform);
afterAll(async () => {
  await p?.stop();
});

describe('search (Q1, Q2)', () => {
  it('finds documents by keyword with highlights, facets and site-group scope', async () => {
    const r = await search({ query: '专精特新' });
    expect(r.totalCount).toBe(1);
    expect(r.hits.nodes[0].titleHighlight).toContain('<em>专精特新</em>');
    expect(r.hits.nodes[0].highlight).toContain('<em>专精特新</em>');
    expect(r.hits.nodes[0].site?.code).toBe('anhui');
    expect(r.approximate).toBe(false);
    const kind = r.facets.find((f) => f.field === 'KIND');
    expect(kind?.buckets).toEqual([{ value: 'policy', label: '政策', count: 1 }]);

    // Sub-site scope: the Hefei portal sees its own content, not Wuhu's; site-group search sees all.
    const local = await search({ query: '融资' }, { site: 'hefei' });
    expect(local.hits.nodes.map((h) => h.site?.code)).not.toContain('wuhu');
    const group = await search({ query: '融资', siteScope: 'GROUP' }, { site: 'hefei' });
    expect(group.hits.nodes.map((h) => h.site?.code)).toContain('wuhu');
    const siteFacet = group.facets.find((f) => f.field === 'SITE');
    expect(siteFacet?.buckets.map((b) => b.label)).toContain('芜湖市企业公共服务平台');
  });

  it('segments with the domain dictionary: sub-terms find their compounds', async () => {
    expect((await search({ query: '稳岗' })).totalCount).toBe(1);
    expect((await search({ query: '加计扣除' })).totalCount).toBe(1);
    expect((await search({ query: '小微企业' })).totalCount).toBeGreaterThanOrEqual(2);
  });

  it('filters by time range, title only, column, department and searches within results', async () => {
    const recent = await search({ query: '企业', dateFrom: '2026-01-01T00:00:00Z', siteScope: 'GROUP' });
    expect(recent.hits.nodes.every((h) => (h.date ?? '') >= '2026-01-01')).toBe(true);
    expect(recent.totalCount).toBeGreaterThan(0);
    const fullText = await search({ query: '小微企业', siteScope: 'GROUP' });
    const titleOnly = await search({ query: '小微企业', titleOnly: true, siteScope: 'GROUP' });
    expect(fullText.totalCount).toBeGreaterThan(0);
    expect(titleOnly.totalCount).toBe(0);
    const financing = await search({ query: '贴息', columns: ['FINANCING'], siteScope: 'GROUP' });
    expect(financing.totalCount).toBe(2);
    const dept = await search({ query: '贴息', departments: ['合肥市财政局'], siteScope: 'GROUP' });
    expect(dept.hits.nodes.map((h) => h.title)).toEqual(['合肥市创业担保贷款实施细则']);
    const refined = await search({ query: '贴息', within: ['创业'], siteScope: 'GROUP' });
    expect(refined.hits.nodes.map((h) => h.title)).toEqual(['合肥市创业担保贷款实施细则']);
    const byDate = await search({ query: '融资', sort: 'DATE', siteScope: 'GROUP' });
    const dates = byDate.hits.nodes.map((h) => h.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('pages with cursors and keeps the statement count flat', async () => {
    const first = await search({ query: '企业', first: 2, siteScope: 'GROUP' });
    expect(first.hits.nodes).toHaveLength(2);
    expect(first.hits.pageInfo.hasNextPage).toBe(true);
    const next = await search({ query: '企业', first: 2, after: first.hits.pageInfo.endCursor, siteScope: 'GROUP' });
    expect(next.hits.nodes[0].id).not.toBe(first.hits.nodes[0].id);
    expect(first.sqlCount).toBeLessThanOrEqual(6);
    const bad = await gql(p, SEARCH, { i: { query: '企业', first: 500 } });
    expect(bad.errors?.[0].message).toContain('每页数量');
  });
});

describe('query understanding (Q3)', () => {
  it('converts full pinyin, initials and mixed input, and undoes with exact', async () => {
    const full = await search({ query: 'wengangbutie' });
    expect(full.understanding.converted).toBe('稳岗补贴');
    expect(full.hits.nodes[0].title).toBe('安徽省稳岗补贴申领办法');
    const initials = await search({ query: 'zjtx' });
    expect(initials.understanding.converted).toBe('专精特新');
    expect(initials.totalCount).toBe(1);
    const mixed = await search({ query: 'jiaji扣除' });
    expect(mixed.understanding.converted).toBe('加计扣除');
    const exact = await search({ query: 'zjtx', exact: true });
    expect(exact.understanding.converted).toBeNull();
    expect(exact.totalCount).toBe(0);
  });

  it('corrects typos automatically only when the typed query finds little', async () => {
    const typo = await search({ query: '稳刚补贴' });
    expect(typo.understanding.corrected).toBe('稳岗补贴');
    expect(typo.understanding.autoRewritten).toBe(true);
    expect(typo.totalCount).toBe(1);
    const shape = await search({ query: '创业担保货款', siteScope: 'GROUP' });
    expect(shape.understanding.corrected).toBe('创业担保贷款');
    expect(shape.hits.nodes[0].title).toBe('合肥市创业担保贷款实施细则');
  });

  it('normalises traditional characters and full-width text', async () => {
    const r = await search({ query: '穩崗補貼' });
    expect(r.understanding.normalized).toBe('稳岗补贴');
    expect(r.totalCount).toBe(1);
  });

  it('expands colloquial words through the operator-editable concept table (audited)', async () => {
    const r = await search({ query: '怎么借钱', siteScope: 'GROUP' });
    expect(r.understanding.expansions).toEqual([{ phrase: '借钱', terms: ['融资', '贷款'] }]);
    expect(r.totalCount).toBeGreaterThanOrEqual(2);

    const before = await search({ query: '搞钱', siteScope: 'GROUP' });
    expect(before.totalCount).toBe(0);
    const saved = await gql(p, CONCEPT_SAVE, { i: { phrase: '搞钱', expansions: ['融资'] } }, { token: operator.token });
    expect(saved.data.searchConceptSave.errors).toEqual([]);
    const after = await search({ query: '搞钱', siteScope: 'GROUP' });
    expect(after.totalCount).toBeGreaterThan(0);
    const list = await gql(p, CONCEPTS, {}, { token: operator.token });
    expect(list.data.searchConcepts.nodes.map((c) => c.phrase)).toContain('搞钱');
    const del = await gql(p, CONCEPT_DELETE, { i: { id: saved.data.searchConceptSave.concept!.id } }, { token: operator.token });
    expect(del.data.searchConceptDelete.errors).toEqual([]);
    expect((await search({ query: '搞钱', siteScope: 'GROUP' })).totalCount).toBe(0);
    const audits = await p.sql<{ operation: string }>(`select operation from audit_log where operation like 'search.concept%' order by id`);
    expect(audits.map((a) => a.operation)).toEqual(['search.conceptSave', 'search.conceptDelete']);

    const anon = await gql(p, CONCEPT_SAVE, { i: { phrase: 'x', expansions: ['y'] } });
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const invalid = await gql(p, CONCEPT_SAVE, { i: { phrase: '', expansions: [] } }, { token: operator.token });
    expect(invalid.data.searchConceptSave.errors.map((e) => e.field).sort()).toEqual(['expansions', 'phrase']);
  });

  it('suggests from Chinese prefixes, pinyin prefixes and initials', async () => {
    const q = SUGGEST;
    const zh = await gql(p, q, { p: '专精' });
    expect(zh.data.searchSuggest.map((s) => s.text)).toContain('专精特新');
    const py = await gql(p, q, { p: 'rongzidan' });
    expect(py.data.searchSuggest[0].text).toBe('融资担保');
    const ini = await gql(p, q, { p: 'zjt' });
    expect(ini.data.searchSuggest.map((s) => s.text)).toContain('专精特新');
    const title = await gql(p, q, { p: '合肥市创业' });
    expect(title.data.searchSuggest).toContainEqual({ text: '合肥市创业担保贷款实施细则', source: 'TITLE' });
  });
});

describe('ranking, services and statistics (Q4)', () => {
  let id: string; // an approved financing-guarantee institution, indexed: the service card and the clicked hit
  beforeAll(async () => {
    id = await applyInstitution('合肥市中小企业融资担保有限公司', ['FINANCING'], '为小微企业提供融资担保和贷款担保服务。');
    await approve(id);
    await p.jobs.runDue();
  });

  it('puts institutions on top as service cards for service queries', async () => {
    const r = await search({ query: '申请融资担保' });
    expect(r.understanding.serviceIntent).toBe(true);
    expect(r.serviceCards[0]).toMatchObject({ kind: 'institution', id, title: '合肥市中小企业融资担保有限公司' });
    const inst = await gql(p, INSTITUTION, { id: r.serviceCards[0].id });
    expect(inst.data.institution?.name).toBe('合肥市中小企业融资担保有限公司');
    const plain = await search({ query: '高新技术企业认定管理办法' });
    expect(plain.serviceCards).toEqual([]);
  });

  it('ranks title matches, in-force and fresh documents first, and the enterprise profile higher', async () => {
    const r = await search({ query: '融资', siteScope: 'GROUP' });
    expect(r.hits.nodes[0].title).toContain('融资');
    const titles = r.hits.nodes.map((h) => h.title);
    expect(titles.indexOf('融资担保业务降费奖补政策')).toBeLessThan(titles.indexOf('芜湖市知识产权质押融资奖补办法'));

    await insertDocs([
      doc({ title: '制造业企业技术改造贴息政策', body: '技术改造项目贴息。', regions: ['340000'], industries: ['C'] }),
      doc({ title: '软件企业技术改造贴息政策', body: '技术改造项目贴息。', regions: ['340000'], industries: ['I'] }),
    ]);
    const owner = await enterpriseOwner(p, { industryCode: '65' }); // 软件和信息技术服务业 → section I
    const anon = await search({ query: '技术改造' });
    const signedIn = await search({ query: '技术改造' }, { token: owner.token });
    expect(signedIn.hits.nodes[0].title).toBe('软件企业技术改造贴息政策');
    expect(anon.totalCount).toBe(signedIn.totalCount);
  });

  it('logs clicks and queries without personal data; operators see top and zero-result queries', async () => {
    const r = await search({ query: '融资担保', kinds: ['institution'] });
    expect(r.hits.nodes[0]).toMatchObject({ kind: 'institution', id });
    const click = await gql(p, CLICK, { i: { hitId: r.hits.nodes[0].id, query: '融资担保' } });
    expect(click.data.searchClick.counted).toBe(true);
    const badClick = await gql(p, CLICK, { i: { hitId: 'nope', query: 'x' } });
    expect(badClick.data.searchClick.errors[0].code).toBe('NOT_FOUND');
    await search({ query: '火星殖民' });
    const top = await gql(p, STATISTICS, {}, { token: operator.token });
    expect(top.data.searchTopQueries).toContainEqual(expect.objectContaining({ query: '融资担保', clicks: 1 }));
    const [clicked] = await p.sql<{ clicks: number }>(`select clicks from search_document where kind = 'institution' and ref_id = $1`, [rawId(id)]);
    expect(clicked.clicks).toBe(1);
    expect(top.data.searchZeroResultQueries.map((q) => q.query)).toContain('火星殖民');
    const denied = await gql(p, TOP_QUERIES, {}, { token: (await signUp(p)).token });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const cols = await p.sql<{ column_name: string }>(
      `select column_name from information_schema.columns where table_name in ('search_query_stat', 'search_click')`,
    );
    expect(cols.map((c) => c.column_name)).not.toEqual(expect.arrayContaining(['account_id']));
    expect(cols.map((c) => c.column_name).some((c) => /account|ip|user/.test(c))).toBe(false);
  });
});

// Restarts the platform and repairs the index (which removes the fixture documents): a platform of its own.
describe('indexing through the outbox', () => {
  let shared: { p: TestPlatform; operator: TestAccount; siteIds: Record<string, string> };
  beforeAll(async () => {
    shared = { p, operator, siteIds };
    await startSearchPlatform();
  });
  afterAll(async () => {
    await p?.stop();
    ({ p, operator, siteIds } = shared);
  });

  it('loses no change across a restart, removes what is no longer public, and reconcile reports drift', async () => {
    const id = await applyInstitution('芜湖市科技成果转化服务中心', ['TECHNOLOGY'], '提供技术转移和科技成果转化服务。');
    await approve(id);
    const pending = await p.sql<{ n: number }>(`select count(*)::int as n from search_outbox`);
    expect(pending[0].n).toBeGreaterThan(0);
    const drift = await gql(p, RECONCILE, {}, { token: operator.token });
    expect(drift.data.searchReconcile.drift).toContainEqual({ kind: 'institution', missing: 1, extra: 0, stale: 0 });

    p = await restartPlatform(p); // nothing ran: the change is only in the outbox and the job table
    operator = { ...operator };
    await p.jobs.runDue();
    expect((await search({ query: '科技成果转化' })).hits.nodes.map((h) => h.id)).toContain(id);
    const clean = await gql(p, RECONCILE_COUNTS, {}, { token: operator.token });
    const cleanDrift = clean.data.searchReconcile.drift!;
    expect(cleanDrift.filter((d) => d.kind === 'institution')).toEqual([
      { kind: 'institution', missing: 0, extra: 0, stale: 0, sourceCount: 1, indexedCount: 1 },
    ]);
    // The fixture policy documents were written straight into the index (no policy rows): the policy source reports them as extra.
    const policyDrift = cleanDrift.find((d) => d.kind === 'policy');
    expect(policyDrift).toMatchObject({ missing: 0, stale: 0, sourceCount: 0 });
    expect(policyDrift?.extra).toBe(policyDrift?.indexedCount);

    // Drift made behind the index's back (no trigger): reconcile finds it and repair queues it.
    await p.sql(`alter table institution disable trigger institution_search_outbox`);
    await p.sql(`update institution set description = '新的简介：知识产权托管' where id = $1`, [rawId(id)]);
    await p.sql(`alter table institution enable trigger institution_search_outbox`);
    const stale = await gql(p, RECONCILE_REPAIR, {}, { token: operator.token });
    expect(stale.data.searchReconcile.drift!.filter((d) => d.kind === 'institution')).toEqual([{ kind: 'institution', stale: 1 }]);
    await p.jobs.runDue();
    expect((await search({ query: '知识产权托管' })).hits.nodes[0].id).toBe(id);

    // Unpublishing (here: deleting) removes it from the index through the trigger.
    await p.sql(`update account set institution_id = null where institution_id = $1`, [rawId(id)]);
    await p.sql(`delete from institution where id = $1`, [rawId(id)]);
    await p.jobs.runDue();
    expect((await search({ query: '科技成果转化' })).hits.nodes.map((h) => h.id)).not.toContain(id);
    const status = await gql(p, INDEX_STATUS, {}, { token: operator.token });
    expect(status.data.searchIndexStatus).toMatchObject({ engine: 'postgres', healthy: true, pending: 0, dictionaryVersion: 'qifu.v2' });
  });
});
