/**
 * The rulebook: every published, in-force, decomposed policy with its conditions, held in memory so that
 * matching one enterprise against all of them is a pass over plain objects instead of a join per request.
 *
 * It is exact, not eventually consistent: migration 0013 bumps `policy_match_generation` in the same commit
 * as any change that can alter a match (publication, withdrawal, expiry, conditions, deadlines), and every
 * read compares that generation first (one cheap statement, usually merged into the caller's own query).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { capped, compareMatches, CompiledCondition, type MatchCondition } from './matching.js';

export interface RulebookPolicy {
  id: string;
  siteId: string;
  publishedOn: string | null;
  effectiveTo: string | null;
  /** In force from (YYYY-MM-DD); a later date than today: 即将施行, at most LIKELY until then. */
  effectiveFrom: string | null;
  /** Sentences of the conditions section marked by the operator that no condition is pinned to (not checked). */
  unchecked: string[];
  /** Application deadlines of its guides, ascending (the next one from today ranks the match). */
  deadlines: string[];
  conditions: RuleCondition[];
  /** Its conditions as indexes into the book's distinct compiled conditions (ranking pass). */
  condIds: number[];
}

/** A condition as the GraphQL `PolicyCondition` reads it (CONDITION_COLUMNS). */
export type RuleCondition = MatchCondition & { id: string; policyId: string; position: number };

export interface Rulebook {
  generation: string;
  policies: RulebookPolicy[];
  byId: Map<string, RulebookPolicy>;
  /** Every distinct condition of the book (field, operator, values, changeable) once, compiled for the ranking pass. */
  conditions: CompiledCondition[];
  /** Views of this book for one China date, by site scope (`rulebookView`). */
  views: { day: string; byScope: Map<string, RulebookView> };
}

/**
 * The policies of a book in force on one day within one site scope, in ranking order among equal verdicts
 * (nearest deadline, none last; newest publication; id), with what depends on the day worked out once: each
 * one's next deadline and whether it is capped at LIKELY. The ranking pass only judges and buckets by verdict.
 */
export interface RulebookView {
  policies: RulebookPolicy[];
  deadlines: (string | null)[];
  /** Per policy the least verdict it can have today: 1 (LIKELY) when capped, else 0. */
  floor: Uint8Array;
  /** Policy i's conditions are `condIds[starts[i]]` to `condIds[starts[i + 1] - 1]` (indexes into `book.conditions`). */
  starts: Int32Array;
  condIds: Int32Array;
}

export const nextDeadline = (p: RulebookPolicy, day: string): string | null => {
  for (const d of p.deadlines) if (d >= day) return d;
  return null;
};

/** The book's view for the day and scope, built on first use (one per site scope and day; a new day drops the others). */
export function rulebookView(book: Rulebook, day: string, scope: readonly string[]): RulebookView {
  if (book.views.day !== day) book.views = { day, byScope: new Map() };
  const key = scope.join(',');
  let view = book.views.byScope.get(key);
  if (!view) {
    const sites = new Set(scope);
    const entries = book.policies
      .filter((p) => sites.has(p.siteId) && (p.effectiveTo === null || p.effectiveTo >= day))
      .map((p) => ({ id: p.id, p, verdict: 'ELIGIBLE' as const, deadline: nextDeadline(p, day), publishedOn: p.publishedOn }))
      .sort(compareMatches);
    const policies = entries.map((e) => e.p);
    const starts = new Int32Array(policies.length + 1);
    policies.forEach((p, i) => (starts[i + 1] = starts[i] + p.condIds.length));
    const condIds = new Int32Array(starts[policies.length]);
    policies.forEach((p, i) => condIds.set(p.condIds, starts[i]));
    view = {
      policies,
      deadlines: entries.map((e) => e.deadline),
      floor: Uint8Array.from(policies, (p) => (capped(p, day) ? 1 : 0)),
      starts,
      condIds,
    };
    book.views.byScope.set(key, view);
  }
  return view;
}

const normaliseSentence = (s: string) => s.replace(/\s+/g, '');

/** The marked sentences of the conditions section that no condition is pinned to (not checked: the verdict is at most LIKELY). */
export function uncheckedSentences(sentences: readonly string[] | null, conditions: readonly { sourceSentence: string }[]): string[] {
  if (!sentences?.length) return [];
  const pinned = new Set(conditions.map((c) => normaliseSentence(c.sourceSentence)));
  return sentences.filter((s) => !pinned.has(normaliseSentence(s)));
}

/** The generation as SQL, to select along with whatever the caller reads first. */
export const GENERATION_SQL = '(select generation::text from policy_match_generation)';

async function load(em: EntityManager): Promise<Rulebook> {
  // Generation first: the rows read after it are at least as new, so the book is never older than its label.
  const [{ generation }] = await em.execute<{ generation: string }[]>(`select ${GENERATION_SQL} as generation`);
  // Set-based (hash joins, no probe per policy); conditions as one JSON text per policy, cheaper to parse than
  // a driver row per condition.
  const rows = await em.execute<(Omit<RulebookPolicy, 'conditions' | 'unchecked'> & { conditions: string; sentences: string[] | null })[]>(
    `with c as (select c.policy_id, json_agg(json_build_array(c.id, c.position, c.field, c.operator, c."values", c.changeable, c.source_sentence)
                                          order by c.position)::text as conditions
                  from policy_condition c group by c.policy_id),
          g as (select g.policy_id, array_agg(to_char(g.application_end, 'YYYY-MM-DD') order by g.application_end) as deadlines
                  from policy_guide g where g.application_end is not null group by g.policy_id)
     select p.id, p.site_id as "siteId", to_char(p.published_on, 'YYYY-MM-DD') as "publishedOn", to_char(p.effective_to, 'YYYY-MM-DD') as "effectiveTo",
            to_char(p.effective_from, 'YYYY-MM-DD') as "effectiveFrom", w.condition_sentences as sentences,
            coalesce(g.deadlines, '{}') as deadlines, c.conditions
       from policy_published p join c on c.policy_id = p.id join policy w on w.id = p.id left join g on g.policy_id = p.id
      where p.validity = 'IN_FORCE'`,
  );
  type Row = [string, number, RuleCondition['field'], RuleCondition['operator'], string[], boolean, string];
  // Every property spelled out, in one order: the ranking pass reads these objects 10,000 times per request, and
  // objects built by rest-and-spread of driver rows (`{ sentences, ...r }` then `{ ...r }`) each got their own
  // hidden class (9,992 maps for 10,000 policies), which made every property read in that pass megamorphic
  // (bench: p50 9–12 ms became 19.7 ms).
  const policies = rows.map((r): RulebookPolicy => ({
    id: r.id,
    siteId: r.siteId,
    publishedOn: r.publishedOn,
    effectiveTo: r.effectiveTo,
    effectiveFrom: r.effectiveFrom,
    unchecked: r.sentences ?? [],
    deadlines: r.deadlines,
    conditions: (JSON.parse(r.conditions) as Row[]).map(([id, position, field, operator, values, changeable, sourceSentence]): RuleCondition => ({
      id,
      policyId: r.id,
      position,
      field,
      operator,
      values,
      changeable,
      sourceSentence,
    })),
    condIds: [],
  }));
  // distinct conditions once: policies share most of theirs (the same regions, size classes, thresholds)
  const distinct = new Map<string, number>();
  const conditions: CompiledCondition[] = [];
  for (const p of policies) {
    if (p.unchecked.length) p.unchecked = uncheckedSentences(p.unchecked, p.conditions);
    p.condIds = p.conditions.map((c) => {
      const key = JSON.stringify([c.field, c.operator, c.changeable, c.values]);
      let k = distinct.get(key);
      if (k === undefined) distinct.set(key, (k = conditions.push(new CompiledCondition(c)) - 1));
      return k;
    });
  }
  const byId = new Map(policies.map((p) => [p.id, p]));
  return { generation, policies, byId, conditions, views: { day: '', byScope: new Map() } };
}

/**
 * The rulebook of one platform (`ctx.services.rulebook`), one load at a time. It serves the book as of the
 * generation the caller read in its request, and reloads when the database is at another generation.
 */
export class RulebookCache {
  private book: Rulebook | undefined;
  private loading: Promise<Rulebook> | undefined;

  async get(em: EntityManager, generation: string): Promise<Rulebook> {
    if (this.book && BigInt(this.book.generation) >= BigInt(generation)) return this.book;
    this.loading ??= load(em.fork())
      .then((book) => {
        if (!this.book || BigInt(book.generation) >= BigInt(this.book.generation)) this.book = book;
        return book;
      })
      .finally(() => (this.loading = undefined));
    const book = await this.loading;
    // a load that began before this generation was committed may be older: load again
    return BigInt(book.generation) >= BigInt(generation) ? book : this.get(em, generation);
  }
}

declare module '../../../common/platform-services.js' {
  interface PlatformServices {
    /** Every published, in-force, decomposed policy in memory, exact across instances (migration 0013). */
    rulebook: RulebookCache;
  }
}
