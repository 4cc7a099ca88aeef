import type { EntityManager } from '@mikro-orm/postgresql';
import { requestStore } from '../../app/request-store.js';
import type { Ctx } from '../../common/context.js';
import { addTerms } from './lexicon.store.js';

/** A popular query joins the lexicon (pinyin and suggestions) after this many searches with hits. */
export const QUERY_TERM_AFTER = 3;
/** Pending statistics are written this long after the first unwritten search, or sooner when this many queries wait. */
const FLUSH_AFTER_MS = 1000;
const FLUSH_AT = 500;

interface Pending {
  siteId: string;
  query: string;
  searches: number;
  zeroResults: number;
  lastHits: number;
}

/**
 * Query statistics are written behind the search, not in it: each search only adds to this platform's buffer
 * (`ctx.services.queryLog`), and one statement writes the buffer a second later. A process that dies loses at
 * most that second of statistics (anonymous counts, not content). Reads of the statistics in this process
 * (operator lists, click counting) write the buffer first.
 */
export class QueryLog {
  private em: EntityManager | undefined;
  private readonly entries = new Map<string, Pending>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;

  /** Records the query anonymously (site, normalised text, counts); no SQL in the search request. */
  record(ctx: Ctx, query: string, hits: number): void {
    if (!query) return;
    this.em = ctx.em;
    const id = `${ctx.site.id}\u0000${query}`;
    const entry = this.entries.get(id) ?? { siteId: ctx.site.id, query, searches: 0, zeroResults: 0, lastHits: 0 };
    entry.searches++;
    if (hits === 0) entry.zeroResults++;
    entry.lastHits = hits;
    this.entries.set(id, entry);
    if (this.entries.size >= FLUSH_AT) this.flushSoon(0);
    else if (!this.timer) this.flushSoon(FLUSH_AFTER_MS);
  }

  /** Writes the pending statistics now (before reading them). */
  async flush(em: EntityManager): Promise<void> {
    this.em = em;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.write();
  }

  private flushSoon(delay: number): void {
    clearTimeout(this.timer);
    // Outside the request's async context: the write is nobody's request (and not in its SQL count).
    this.timer = requestStore.exit(() =>
      setTimeout(() => {
        this.timer = undefined;
        this.write().catch(() => {
          // The platform may have stopped (tests) or the database be away: statistics are best effort.
        });
      }, delay),
    );
    this.timer.unref();
  }

  /** Writes the buffer after any write in flight (a reader that flushes then reads sees every earlier search). */
  private async write(): Promise<void> {
    const previous = this.flushing;
    const run = (async () => {
      await previous;
      if (!this.entries.size || !this.em) return;
      const rows = [...this.entries.values()];
      this.entries.clear();
      await writeStats(this.em.fork(), rows);
    })();
    this.flushing = run.catch(() => {});
    await run;
  }
}

async function writeStats(em: EntityManager, rows: Pending[]): Promise<void> {
  const written = await em.execute<{ siteId: string; query: string; searches: number; lastHits: number }[]>(
    `insert into search_query_stat as s (site_id, query, searches, zero_results, last_hits, last_at)
       select r.site_id, r.query, r.searches, r.zero_results, r.last_hits, now()
         from jsonb_to_recordset(?::jsonb) as r(site_id uuid, query text, searches int, zero_results int, last_hits int)
       on conflict (site_id, query) do update set searches = s.searches + excluded.searches,
              zero_results = s.zero_results + excluded.zero_results, last_hits = excluded.last_hits, last_at = now()
       returning s.site_id::text as "siteId", s.query, s.searches, s.last_hits as "lastHits"`,
    [JSON.stringify(rows.map((r) => ({ site_id: r.siteId, query: r.query, searches: r.searches, zero_results: r.zeroResults, last_hits: r.lastHits })))],
  );
  const added = new Map(rows.map((r) => [`${r.siteId}\u0000${r.query}`, r.searches]));
  // A query joins the lexicon when this write took its count to QUERY_TERM_AFTER or past it.
  const popular = written.filter((w) => {
    const before = w.searches - (added.get(`${w.siteId}\u0000${w.query}`) ?? 0);
    return w.searches >= QUERY_TERM_AFTER && before < QUERY_TERM_AFTER && w.lastHits > 0 && /^\p{Script=Han}{2,12}$/u.test(w.query);
  });
  if (popular.length)
    await addTerms(
      em,
      popular.map((w) => w.query),
      'QUERY',
      5,
    );
}
