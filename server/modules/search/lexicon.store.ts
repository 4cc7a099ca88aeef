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

/** Per database (tests run several platforms in one process), reloaded after a minute or a local change. */
const cache = new Map<string, { state?: LexiconState; loading?: Promise<LexiconState>; generation: number }>();

const keyOf = (em: EntityManager) => String(em.config.get('clientUrl') ?? 'default');

/** Drops the cached lexicon and concepts of this database in this process (after indexing or a concept edit). */
export function invalidateLexicon(em: EntityManager): void {
  const entry = cache.get(keyOf(em));
  if (entry) {
    entry.state = undefined;
    entry.generation++;
  }
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
                                                  else greatest(search_term.weight, excluded.weight) end`,
    [JSON.stringify(rows), bump],
  );
}

/** Loads the versioned domain dictionary into the lexicon once per dictionary version. */
export async function ensureDictionary(em: EntityManager): Promise<void> {
  const [meta] = await em.execute<{ value: string }[]>(`select value from search_meta where key = 'dict_version'`);
  if (meta?.value === DICT_VERSION) return;
  await addTerms(em, dictionaryTerms(), 'DICT', DICT_WEIGHT);
  await em.execute(
    `insert into search_meta (key, value) values ('dict_version', ?) on conflict (key) do update set value = excluded.value`,
    [DICT_VERSION],
  );
}

async function load(em: EntityManager): Promise<LexiconState> {
  await ensureDictionary(em);
  const terms = await em.execute<{ term: string; weight: number; syllables: string }[]>(
    'select term, weight, syllables from search_term order by weight desc limit 200000',
  );
  const concepts = await em.execute<{ phrase: string; expansions: string[] }[]>('select phrase, expansions from search_concept');
  return {
    lexicon: new Lexicon(terms.map((t) => ({ term: t.term, weight: t.weight, syllables: t.syllables ? t.syllables.split(' ') : [] }))),
    concepts: new Map(concepts.map((c) => [c.phrase, c.expansions])),
    loadedAt: Date.now(),
  };
}

/** The lexicon and concept table for query understanding (cached per process and database). */
export async function lexiconState(em: EntityManager): Promise<LexiconState> {
  const key = keyOf(em);
  let entry = cache.get(key);
  if (!entry) cache.set(key, (entry = { generation: 0 }));
  if (entry.state && Date.now() - entry.state.loadedAt < TTL_MS) return entry.state;
  if (!entry.loading) {
    const generation = entry.generation;
    const e = entry;
    entry.loading = load(em.fork())
      .then((state) => {
        if (e.generation === generation) e.state = state;
        return state;
      })
      .finally(() => (e.loading = undefined));
  }
  return entry.loading;
}
