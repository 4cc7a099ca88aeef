import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobRow } from '../../server/common/jobs.js';
import { INDEX_QUEUE } from '../../server/modules/search/indexer.js';
import { searchJobs } from '../../server/modules/search/search.jobs.js';
import { lexiconWords } from '../../server/modules/search/segment.js';
import type { TestAccount } from '../factories/accounts.js';
import { approvedInstitution, operator as operatorOf } from '../factories/docking.js';
import { graphql } from '../gql/index.js';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';

let p: TestPlatform;
let op: TestAccount;

beforeAll(async () => {
  p = await startTestPlatform();
  op = await operatorOf(p);
});
afterAll(async () => {
  await p?.stop();
});

const rawId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];
const dfOf = async (term: string) => (await p.sql<{ df: number }>('select df from search_term where term = $1', [term]))[0]?.df ?? null;
const SUGGEST = graphql(`
  query SearchLexiconSuggest($p: String!) {
    searchSuggest(prefix: $p, first: 20) {
      text
    }
  }
`);
const suggestions = async (prefix: string) => (await gql(p, SUGGEST, { p: prefix })).data.searchSuggest.map((s) => s.text);

/** Words of this text the lexicon does not know yet (so nothing else in the test database counts them). */
async function unknownWords(text: string): Promise<string[]> {
  const words = lexiconWords(text);
  const known = await p.sql<{ term: string }>('select term from search_term where term = any($1::text[])', [words]);
  return words.filter((w) => !known.some((k) => k.term === w));
}

describe('document frequency counts each document once (issue 14)', () => {
  it('re-indexing leaves the frequency alone, a lost word is given back, a removed document gives back all', async () => {
    const description = '开展氢燃料电池检测认证与碳足迹核算服务';
    const [word, other] = await unknownWords(description);
    expect(word && other).toBeTruthy();
    const inst = await approvedInstitution(p, op, { description });
    await p.jobs.runDue();
    expect(await dfOf(word)).toBe(1);
    expect(await dfOf(other)).toBe(1);

    // indexed again, twice, with the same words (the trigger queues every change)
    await p.sql(`update institution set contact_name = '王芳' where id = $1`, [rawId(inst.institutionId)]);
    await p.jobs.runDue();
    await p.sql(`update institution set contact_name = '李强' where id = $1`, [rawId(inst.institutionId)]);
    await p.jobs.runDue();
    expect(await dfOf(word)).toBe(1);

    // the description loses `other`
    await p.sql(`update institution set description = $2 where id = $1`, [rawId(inst.institutionId), description.replace(other, '')]);
    await p.jobs.runDue();
    expect(await dfOf(word)).toBe(1);
    expect(await dfOf(other)).toBe(0);

    // a second document with the word, then the first one leaves the index
    const second = await approvedInstitution(p, op, { description: `${word}专项服务` });
    await p.jobs.runDue();
    expect(await dfOf(word)).toBe(2);
    await p.sql(`update account set institution_id = null where institution_id = $1`, [rawId(inst.institutionId)]);
    await p.sql(`delete from institution where id = $1`, [rawId(inst.institutionId)]);
    await p.jobs.runDue();
    expect(await dfOf(word)).toBe(1);
    expect(second.institutionId).toBeTruthy();
  });
});

describe('new words reach the lexicon cache after commit (issue 14)', () => {
  const job = { id: '0', queue: INDEX_QUEUE, payload: {} } as unknown as JobRow;

  it('a rolled-back indexing leaves nothing; a committed one is seen by the next search, even after a search during it', async () => {
    const description = '提供低空经济无人机适航审定咨询';
    const word = (await unknownWords(description)).find((w) => [...w].length >= 3)!;
    expect(word).toBeTruthy();
    const prefix = [...word].slice(0, 2).join('');
    await approvedInstitution(p, op, { description });
    const handler = searchJobs(p)[INDEX_QUEUE];
    let invalidated = 0;
    const cache = p.services.lexicon;
    const invalidate = cache.invalidate.bind(cache);
    cache.invalidate = () => {
      invalidated++;
      invalidate();
    };
    try {
      // A failure after the documents were indexed rolls the whole run back: nothing reaches the cache.
      await expect(
        p.orm.em.fork().transactional(async (tx) => {
          await handler(job, tx);
          throw new Error('fails after indexing');
        }),
      ).rejects.toThrow('fails after indexing');
      expect(invalidated).toBe(0);
      expect(await dfOf(word)).toBeNull();
      expect(await suggestions(prefix)).not.toContain(word);

      // Committed: a search while the run is open loads the lexicon without the new words; the cache is dropped
      // only once the run commits, so the next search knows them.
      await p.orm.em.fork().transactional(async (tx) => {
        await handler(job, tx);
        expect(await suggestions(prefix)).not.toContain(word);
        expect(invalidated).toBe(0);
      });
      expect(invalidated).toBe(1);
      expect(await suggestions(prefix)).toContain(word);
    } finally {
      cache.invalidate = invalidate;
    }
  });
});
