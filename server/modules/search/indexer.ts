import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../../db/sql.js';
import { fingerprintOf } from './document.js';
import type { DocKey, SearchDocument, SearchEngine } from './engine.js';
import { addTerms, loadLexicon } from './lexicon.store.js';
import { lexiconWords } from './segment.js';
import type { SearchSource } from './sources.js';

export const INDEX_QUEUE = 'search.index';
const OUTBOX_BATCH = 500;
const SOURCE_BATCH = 1000;

export interface IndexRun {
  indexed: number;
  removed: number;
}

/** Title words feed the lexicon (corrections, pinyin, suggestions). */
async function learnTitles(em: EntityManager, docs: readonly SearchDocument[]): Promise<void> {
  const words = docs.flatMap((d) => lexiconWords(d.title));
  if (words.length) await addTerms(em, words, 'TITLE', 1);
}

/**
 * Drains the outbox in the caller's transaction: loads the current state of each changed object from its
 * source, upserts what may be public, removes the rest, and deletes the processed outbox rows. Rows of kinds
 * without a registered source stay until one is registered. Rows are claimed with SKIP LOCKED, so two
 * workers never index the same change at once.
 */
export async function processOutbox(em: EntityManager, engine: SearchEngine, sources: readonly SearchSource[]): Promise<IndexRun> {
  const kinds = sources.map((s) => s.kind);
  const run: IndexRun = { indexed: 0, removed: 0 };
  if (!kinds.length) return run;
  for (;;) {
    const rows = await em.execute<{ id: string; kind: string; refId: string }[]>(
      `select id::text, kind, ref_id::text as "refId" from search_outbox where kind = any(?::text[])
        order by id limit ? for update skip locked`,
      [pgArray(kinds), OUTBOX_BATCH],
    );
    if (!rows.length) break;
    const byKind = new Map<string, Set<string>>();
    for (const r of rows) (byKind.get(r.kind) ?? byKind.set(r.kind, new Set()).get(r.kind)!).add(r.refId);
    const upserts: SearchDocument[] = [];
    const removals: DocKey[] = [];
    for (const [kind, ids] of byKind) {
      const docs = await sources.find((s) => s.kind === kind)!.load(em, [...ids]);
      const found = new Set(docs.map((d) => d.refId));
      upserts.push(...docs);
      for (const id of ids) if (!found.has(id)) removals.push({ kind, refId: id });
    }
    await engine.upsert(upserts);
    await engine.delete(removals);
    await learnTitles(em, upserts);
    await em.execute('delete from search_outbox where id = any(?::bigint[])', [pgArray(rows.map((r) => r.id))]);
    run.indexed += upserts.length;
    run.removed += removals.length;
    if (rows.length < OUTBOX_BATCH) break;
  }
  return run;
}

export interface DriftReport {
  kind: string;
  /** Public objects at the source. */
  sourceCount: number;
  indexedCount: number;
  /** At the source, not in the index. */
  missing: number;
  /** In the index, no longer public at the source. */
  extra: number;
  /** In both, but the index holds an older version. */
  stale: number;
  /** Up to 20 ids of each problem, for a look. */
  sample: string[];
}

/**
 * Compares every source with the index by id and fingerprint (a merge of two id-ordered streams). With
 * `repair`, drifted ids go into the outbox, so the ordinary job fixes them.
 */
export async function reconcile(em: EntityManager, engine: SearchEngine, sources: readonly SearchSource[], repair = false): Promise<DriftReport[]> {
  const reports: DriftReport[] = [];
  for (const source of sources) {
    const r: DriftReport = { kind: source.kind, sourceCount: 0, indexedCount: 0, missing: 0, extra: 0, stale: 0, sample: [] };
    const drifted: string[] = [];
    const note = (id: string, what: 'missing' | 'extra' | 'stale') => {
      r[what]++;
      drifted.push(id);
      if (r.sample.length < 20) r.sample.push(`${what}:${id}`);
    };
    let src: SearchDocument[] = [];
    let idx: { refId: string; fingerprint: string }[] = [];
    let si = 0;
    let ii = 0;
    let srcAfter: string | null = null;
    let idxAfter: string | null = null;
    let srcDone = false;
    let idxDone = false;
    for (;;) {
      if (si >= src.length && !srcDone) {
        src = await source.all(em, srcAfter, SOURCE_BATCH);
        si = 0;
        srcDone = src.length < SOURCE_BATCH;
        if (src.length) srcAfter = src.at(-1)!.refId;
      }
      if (ii >= idx.length && !idxDone) {
        idx = await engine.fingerprints(source.kind, idxAfter, SOURCE_BATCH);
        ii = 0;
        idxDone = idx.length < SOURCE_BATCH;
        if (idx.length) idxAfter = idx.at(-1)!.refId;
      }
      const s = src[si];
      const x = idx[ii];
      if (!s && !x) break;
      if (s && (!x || s.refId < x.refId)) {
        r.sourceCount++;
        note(s.refId, 'missing');
        si++;
      } else if (x && (!s || x.refId < s.refId)) {
        r.indexedCount++;
        note(x.refId, 'extra');
        ii++;
      } else {
        r.sourceCount++;
        r.indexedCount++;
        if (fingerprintOf(s) !== x.fingerprint) note(s.refId, 'stale');
        si++;
        ii++;
      }
    }
    if (repair && drifted.length) {
      await em.execute(
        `insert into search_outbox (kind, ref_id) select ?, unnest(?::uuid[])`,
        [source.kind, pgArray(drifted)],
      );
    }
    reports.push(r);
  }
  return reports;
}

/** Rebuilds the index and the title lexicon from every source (`npm run reindex`). */
export async function reindexAll(em: EntityManager, engine: SearchEngine, sources: readonly SearchSource[], log: (line: string) => void = () => {}): Promise<IndexRun> {
  const run: IndexRun = { indexed: 0, removed: 0 };
  // Outbox rows written before the rebuild started are covered by it; later ones are left for the job.
  const [mark] = await em.execute<{ id: string }[]>('select coalesce(max(id), 0)::text as id from search_outbox');
  for (const source of sources) {
    let after: string | null = null;
    for (;;) {
      const docs = await source.all(em, after, SOURCE_BATCH);
      if (!docs.length) break;
      await engine.upsert(docs);
      await learnTitles(em, docs);
      run.indexed += docs.length;
      after = docs.at(-1)!.refId;
      if (docs.length < SOURCE_BATCH) break;
    }
    log(`${source.kind}: ${run.indexed} indexed`);
  }
  // Whatever is still drifted now is in the index but no longer public: remove it.
  for (const r of await reconcile(em, engine, sources, false)) {
    const extras: DocKey[] = [];
    let after: string | null = null;
    if (!r.extra) continue;
    const source = sources.find((s) => s.kind === r.kind)!;
    const publicIds = new Set<string>();
    for (;;) {
      const docs = await source.all(em, after, SOURCE_BATCH);
      docs.forEach((d) => publicIds.add(d.refId));
      if (docs.length < SOURCE_BATCH) break;
      after = docs.at(-1)!.refId;
    }
    after = null;
    for (;;) {
      const fps = await engine.fingerprints(r.kind, after, SOURCE_BATCH);
      for (const f of fps) if (!publicIds.has(f.refId)) extras.push({ kind: r.kind, refId: f.refId });
      if (fps.length < SOURCE_BATCH) break;
      after = fps.at(-1)!.refId;
    }
    await engine.delete(extras);
    run.removed += extras.length;
  }
  await em.execute('delete from search_outbox where kind = any(?::text[]) and id <= ?', [pgArray(sources.map((s) => s.kind)), mark.id]);
  if (engine.syncSynonyms) {
    await engine.syncSynonyms((await loadLexicon(em)).concepts);
    log(`${engine.name}: concepts mirrored as synonyms`);
  }
  return run;
}
