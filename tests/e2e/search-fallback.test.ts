import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../server/modules/search/engine.js';
import { learnDocuments } from '../../server/modules/search/indexer.js';
import { PgSearchEngine } from '../../server/modules/search/pg.engine.js';
import { graphql } from '../gql/index.js';
import type { SearchInput } from '../gql/graphql.js';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';

let p: TestPlatform;
let siteId: string;

const SEARCH = graphql(`
  query SearchFallbackSearch($i: SearchInput!) {
    search(input: $i) {
      understanding {
        relaxed
        autoRewritten
        corrected
      }
      totalCount
      hits {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          title
          score
        }
      }
    }
  }
`);

async function search(input: SearchInput) {
  const res = await gql(p, SEARCH, { i: input });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data.search;
}

function doc(title: string, body = ''): SearchDocument {
  return {
    kind: 'policy',
    refId: randomUUID(),
    siteId,
    columns: ['POLICY'],
    type: 'NOTICE',
    department: '安徽省经济和信息化厅',
    regions: ['340000'],
    industries: [],
    publishedAt: new Date('2026-03-01T00:00:00Z'),
    validTo: null,
    title,
    body,
    url: null,
    inForce: true,
    popularity: 0,
    service: false,
  };
}

beforeAll(async () => {
  p = await startTestPlatform();
  [{ id: siteId }] = await p.sql<{ id: string }>(`select id::text from site where code = 'anhui'`);
  const docs = [
    // the rare words, each in one document: in the title, adjacent in a body, far apart in a body
    doc('氢燃料电池汽车示范应用专项资金管理办法', '对氢燃料电池汽车示范城市群给予奖励。'),
    doc('关于做好工业企业技术改造工作的通知', '支持企业开展氢燃料电池汽车示范应用，推动绿色低碳转型。'),
    doc('关于促进先进制造业发展的若干措施', '鼓励发展氢燃料电池，扩大新能源汽车推广，建设加氢设施，开展示范应用。'),
    // the common word only, in many titles
    ...Array.from({ length: 8 }, (_, i) => doc(`2026年第${i + 1}批奖励资金拨付名单公示`, '经审核，现将奖励资金拨付名单予以公示。')),
  ];
  await p.orm.em.fork().transactional(async (em) => {
    await new PgSearchEngine(em).upsert(docs);
    await learnDocuments(em, docs);
  });
  await p.sql('analyze search_document');
  p.services.lexicon.invalidate();
});
afterAll(async () => {
  await p?.stop();
});

describe('the any-word fallback (issue 14: no document has every word)', () => {
  it('keeps scores in order and counts what it pages', async () => {
    // any word (none of them a topic word), and a topic word required with the rest ranking (奖励 is a dictionary term)
    for (const query of ['氢燃料电池 示范应用 拨付名单 绿色债券', '氢燃料电池 奖励 绿色债券']) {
      const r = await search({ query, first: 5 });
      expect(r.understanding.relaxed).toBe(true);
      const scores = r.hits.nodes.map((h) => h.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      // totalCount is the set paged through: every page together holds exactly that many, scores falling throughout
      const all: { title: string; score: number }[] = [...r.hits.nodes];
      let page = r;
      while (page.hits.pageInfo.hasNextPage) {
        page = await search({ query, first: 5, after: page.hits.pageInfo.endCursor });
        expect(page.totalCount).toBe(r.totalCount);
        all.push(...page.hits.nodes);
      }
      expect(all.length).toBe(r.totalCount);
      expect(new Set(all.map((h) => h.title)).size).toBeGreaterThan(3);
      const allScores = all.map((h) => h.score);
      expect([...allScores].sort((a, b) => b - a)).toEqual(allScores);
    }
  });
});
