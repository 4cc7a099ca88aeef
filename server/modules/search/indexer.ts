import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../../db/sql.js';
import { fingerprintOf } from './document.js';
import type { DocKey, SearchDocument, SearchEngine } from './engine.js';
import { learnWords, loadLexicon } from './lexicon.store.js';
import { lexiconWords } from './segment.js';
import type { SearchSource } from './sources.js';

export const INDEX_QUEUE = 'search.index';
const OUTBOX_BATCH = 500;
const SOURCE_BATCH = 1000;

export interface IndexRun {
  indexed: number;
  removed: number;
}

/**
 * Title and body words feed the lexicon with their document frequency (corrections, pinyin, suggestions,
 * expansions): a new document's words are known to the next search after the commit, without a restart. Each
 * document's words are kept (search_term_doc, migration 0072), so a re-indexed document counts only the words it
 * gained and gives back the ones it lost, and a removed one gives back all: the frequency is exact.
 */
export async function learnDocuments(em: EntityManager, docs: readonly SearchDocument[], removed: readonly DocKey[] = []): Promise<void> {
  const keys = [...docs, ...removed];
  if (!keys.length) return;
  const before = await em.execute<{ kind: string; refId: string; words: string[] }[]>(
    `select kind, ref_id::text as "refId", words from search_term_doc
      where (kind, ref_id) in (select * from unnest(?::text[], ?::uuid[])) for update`,
    [pgArray(keys.map((k) => k.kind)), pgArray(keys.map((k) => k.refId))],
  );
  const old = new Map(before.map((r) => [`${r.kind}:${r.refId}`, new Set(r.words)]));
  const counts = new Map<string, { df: number; title: boolean }>();
  const count = (w: string, delta: number, title: boolean) => {
    const c = counts.get(w) ?? { df: 0, title: false };
    c.df += delta;
    c.title ||= title;
    counts.set(w, c);
  };
  const kept: { kind: string; ref_id: string; words: string[] }[] = [];
  const seen = new Set<string>();
  for (const d of docs) {
    const key = `${d.kind}:${d.refId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const title = new Set(lexiconWords(d.title));
    const words = new Set([...title, ...lexiconWords(d.body.slice(0, 5000))].filter((w) => [...w].length <= 30));
    const was = old.get(key) ?? new Set<string>();
    for (const w of words) if (!was.has(w)) count(w, 1, title.has(w));
    for (const w of was) if (!words.has(w)) count(w, -1, false);
    kept.push({ kind: d.kind, ref_id: d.refId, words: [...words].sort() });
  }
  for (const k of removed) {
    const key = `${k.kind}:${k.refId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const w of old.get(key) ?? []) count(w, -1, false);
  }
  if (kept.length) {
    await em.execute(
      `insert into search_term_doc (kind, ref_id, words) select kind, ref_id, words from jsonb_to_recordset(?::jsonb) as r(kind text, ref_id uuid, words text[])
       on conflict (kind, ref_id) do update set words = excluded.words`,
      [JSON.stringify(kept)],
    );
  }
  if (removed.length) {
    await em.execute('delete from search_term_doc d using unnest(?::text[], ?::uuid[]) as k(kind, ref_id) where d.kind = k.kind and d.ref_id = k.ref_id', [
      pgArray(removed.map((k) => k.kind)),
      pgArray(removed.map((k) => k.refId)),
    ]);
  }
  for (const [w, c] of counts) if (!c.df) counts.delete(w);
  if (counts.size) await learnWords(em, counts);
}

/**
 * Drains the outbox in the caller's transaction: loads the current state of each changed object from its
 * source, upserts what may be public, removes the rest, and deletes the processed outbox rows. Rows of kinds
 * without a registered source stay until one is registered. Rows are claimed with SKIP LOCKED, so two
 * workers never index the same change at once.
 *
 * An external engine (Typesense) is never called inside a transaction: with `fresh` (a new EntityManager on
 * its own connection) each batch is claimed, loaded and deleted from the outbox in a short transaction that
 * commits first; the engine is called after, and a failed call puts the rows back (the job is then retried).
 */
export async function processOutbox(em: EntityManager, engine: SearchEngine, sources: readonly SearchSource[], fresh?: () => EntityManager): Promise<IndexRun> {
  const kinds = sources.map((s) => s.kind);
  const run: IndexRun = { indexed: 0, removed: 0 };
  if (!kinds.length) return run;
  const external = !!engine.external && !!fresh;
  for (;;) {
    const batch = external ? await fresh!().transactional((tx) => claimBatch(tx, kinds, sources, true)) : await claimBatch(em, kinds, sources, false);
    if (!batch) break;
    try {
      await engine.upsert(batch.upserts);
      await engine.delete(batch.removals);
    } catch (err) {
      if (external) {
        await fresh!().execute('insert into search_outbox (kind, ref_id) select * from unnest(?::text[], ?::uuid[])', [
          pgArray(batch.rows.map((r) => r.kind)),
          pgArray(batch.rows.map((r) => r.refId)),
        ]);
      }
      throw err;
    }
    if (!external) await em.execute('delete from search_outbox where id = any(?::bigint[])', [pgArray(batch.rows.map((r) => r.id))]);
    run.indexed += batch.upserts.length;
    run.removed += batch.removals.length;
    if (batch.rows.length < OUTBOX_BATCH) break;
  }
  return run;
}

interface OutboxBatch {
  rows: { id: string; kind: string; refId: string }[];
  upserts: SearchDocument[];
  removals: DocKey[];
}

/** One batch of outbox rows, locked (and deleted when `take`), with the documents to write and remove. */
async function claimBatch(em: EntityManager, kinds: string[], sources: readonly SearchSource[], take: boolean): Promise<OutboxBatch | null> {
  const rows = await em.execute<{ id: string; kind: string; refId: string }[]>(
    `select id::text, kind, ref_id::text as "refId" from search_outbox where kind = any(?::text[])
      order by id limit ? for update skip locked`,
    [pgArray(kinds), OUTBOX_BATCH],
  );
  if (!rows.length) return null;
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
  await learnDocuments(em, upserts, removals);
  if (take) await em.execute('delete from search_outbox where id = any(?::bigint[])', [pgArray(rows.map((r) => r.id))]);
  return { rows, upserts, removals };
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
      await em.execute(`insert into search_outbox (kind, ref_id) select ?, unnest(?::uuid[])`, [source.kind, pgArray(drifted)]);
    }
    reports.push(r);
  }
  return reports;
}

/** Click counts of these documents from search_click (their record), by `kind:refId`. */
async function clicksOf(em: EntityManager, docs: readonly SearchDocument[]): Promise<Map<string, number>> {
  const rows = await em.execute<{ key: string; n: number }[]>(
    `select kind || ':' || ref_id::text as key, count(*)::int as n from search_click
      where (kind, ref_id) in (select * from unnest(?::text[], ?::uuid[])) group by kind, ref_id`,
    [pgArray(docs.map((d) => d.kind)), pgArray(docs.map((d) => d.refId))],
  );
  return new Map(rows.map((r) => [r.key, r.n]));
}

/** Rebuilds the index and the title lexicon from every source (`npm run reindex`). */
export async function reindexAll(
  em: EntityManager,
  engine: SearchEngine,
  sources: readonly SearchSource[],
  log: (line: string) => void = () => {},
): Promise<IndexRun> {
  const run: IndexRun = { indexed: 0, removed: 0 };
  // Outbox rows written before the rebuild started are covered by it; later ones are left for the job.
  const [mark] = await em.execute<{ id: string }[]>('select coalesce(max(id), 0)::text as id from search_outbox');
  if (engine.beginRebuild) {
    // A fresh index holds only what is public now: nothing to remove afterwards.
    const rebuild = await engine.beginRebuild();
    try {
      for (const source of sources) {
        let after: string | null = null;
        for (;;) {
          const docs = await source.all(em, after, SOURCE_BATCH);
          if (!docs.length) break;
          await rebuild.add(docs, await clicksOf(em, docs));
          await learnDocuments(em, docs);
          run.indexed += docs.length;
          after = docs.at(-1)!.refId;
          if (docs.length < SOURCE_BATCH) break;
        }
        log(`${source.kind}: ${run.indexed} indexed`);
      }
      await rebuild.finish((await loadLexicon(em)).concepts, log);
    } catch (err) {
      await rebuild.abort();
      throw err;
    }
    await em.execute('delete from search_outbox where kind = any(?::text[]) and id <= ?', [pgArray(sources.map((s) => s.kind)), mark.id]);
    return run;
  }
  for (const source of sources) {
    let after: string | null = null;
    for (;;) {
      const docs = await source.all(em, after, SOURCE_BATCH);
      if (!docs.length) break;
      await engine.upsert(docs);
      await learnDocuments(em, docs);
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
    await learnDocuments(em, [], extras);
    run.removed += extras.length;
  }
  await em.execute('delete from search_outbox where kind = any(?::text[]) and id <= ?', [pgArray(sources.map((s) => s.kind)), mark.id]);
  if (engine.syncSynonyms) {
    await engine.syncSynonyms((await loadLexicon(em)).concepts);
    log(`${engine.name}: concepts mirrored as synonyms`);
  }
  return run;
}
