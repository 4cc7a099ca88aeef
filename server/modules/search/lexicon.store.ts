import type { EntityManager } from '@mikro-orm/postgresql';
import { Lexicon, syllablesOf } from './lexicon.js';
import { DICT_VERSION, dictionaryTerms } from './segment.js';

import { CORE_WEIGHT } from './understand.js';

export const DICT_WEIGHT = CORE_WEIGHT;
const TTL_MS = 60_000;

export interface LexiconState {
  lexicon: Lexicon;
  concepts: Map<string, string[]>;
  loadedAt: number;
}

/** Adds terms with their pinyin keys; existing terms keep their weight unless `bump`. */
export async function addTerms(em: EntityManager, terms: readonly string[], source: 'DICT' | 'TITLE' | 'QUERY', weight: number, bump = false): Promise<void> {
  const unique = [...new Set(terms)].filter((t) => t && [...t].length <= 30);
  if (!unique.length) return;
  const rows = unique.map((term) => {
    const syllables = syllablesOf(term);
    return { term, weight, source, pinyin: syllables.join(''), syllables: syllables.join(' '), initials: syllables.map((s) => s[0]).join('') };
  });
  await em.execute(
    `insert into search_term (term, weight, source, pinyin, syllables, initials)
     select term, weight, source, pinyin, syllables, initials
       from jsonb_to_recordset(?::jsonb) as r(term text, weight int, source text, pinyin text, syllables text, initials text)
     on conflict (term) do update set weight = case when ? then search_term.weight + excluded.weight
                                                  else greatest(search_term.weight, excluded.weight) end,
                                     source = case when excluded.source = 'DICT' then 'DICT' else search_term.source end`,
    [JSON.stringify(rows), bump],
  );
}

/**
 * Changes of document frequency from indexed documents (+1 a document that gained the word, -1 one that lost
 * it): new words join the lexicon (TITLE when a title has them, BODY otherwise), known ones change frequency.
 * A word no document uses any more keeps its row (at 0): curated and query terms live there too.
 */
export async function learnWords(em: EntityManager, counts: ReadonlyMap<string, { df: number; title: boolean }>): Promise<void> {
  const rows = [...counts]
    .filter(([t]) => [...t].length <= 30)
    .map(([term, c]) => {
      const syllables = syllablesOf(term);
      return {
        term,
        df: c.df,
        source: c.title ? 'TITLE' : 'BODY',
        pinyin: syllables.join(''),
        syllables: syllables.join(' '),
        initials: syllables.map((s) => s[0]).join(''),
      };
    });
  for (let i = 0; i < rows.length; i += 2000) {
    await em.execute(
      `insert into search_term (term, weight, source, pinyin, syllables, initials, df)
       select term, 1, source, pinyin, syllables, initials, df
         from jsonb_to_recordset(?::jsonb) as r(term text, source text, pinyin text, syllables text, initials text, df int)
        where df > 0 or exists (select 1 from search_term t where t.term = r.term)
       on conflict (term) do update set df = greatest(search_term.df + excluded.df, 0)`,
      [JSON.stringify(rows.slice(i, i + 2000))],
    );
  }
}

/** Loads the versioned domain dictionary into the lexicon once per dictionary version. */
export async function ensureDictionary(em: EntityManager): Promise<void> {
  const [meta] = await em.execute<{ value: string }[]>(`select value from search_meta where key = 'dict_version'`);
  if (meta?.value === DICT_VERSION) return;
  await addTerms(em, dictionaryTerms(), 'DICT', DICT_WEIGHT);
  await em.execute(`insert into search_meta (key, value) values ('dict_version', ?) on conflict (key) do update set value = excluded.value`, [DICT_VERSION]);
}

/** Reads the lexicon and the concept table (uncached: a CLI's one look). */
export async function loadLexicon(em: EntityManager): Promise<LexiconState> {
  await ensureDictionary(em);
  // Curated and title terms first, then body words by document frequency (a cap bounds memory).
  const terms = await em.execute<{ term: string; weight: number; syllables: string; df: number }[]>(
    `select term, weight, syllables, df from search_term order by weight desc, df desc limit 200000`,
  );
  const concepts = await em.execute<{ phrase: string; expansions: string[] }[]>('select phrase, expansions from search_concept');
  return {
    lexicon: new Lexicon(terms.map((t) => ({ term: t.term, weight: t.weight, df: t.df, syllables: t.syllables ? t.syllables.split(' ') : [] }))),
    concepts: new Map(concepts.map((c) => [c.phrase, c.expansions])),
    loadedAt: Date.now(),
  };
}

/**
 * The lexicon and concept table for query understanding, cached by one platform (`ctx.services.lexicon`):
 * reloaded after a minute (changes made by other instances) or at once after a local change.
 */
export class LexiconCache {
  private current: LexiconState | undefined;
  private loading: Promise<LexiconState> | undefined;
  private generation = 0;

  /** Drops the cached lexicon and concepts (after indexing or a concept edit). */
  invalidate(): void {
    this.current = undefined;
    this.generation++;
  }

  state(em: EntityManager): Promise<LexiconState> {
    if (this.current && Date.now() - this.current.loadedAt < TTL_MS) return Promise.resolve(this.current);
    if (!this.loading) {
      const generation = this.generation;
      this.loading = loadLexicon(em.fork())
        .then((state) => {
          if (this.generation === generation) this.current = state;
          return state;
        })
        .finally(() => (this.loading = undefined));
    }
    return this.loading;
  }
}
