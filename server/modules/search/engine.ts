import type { EntityManager } from '@mikro-orm/postgresql';
import type { QueryGroups } from './understand.js';

/** What a source gives the index for one object (ids are the object's uuid; the kind names the source). */
export interface SearchDocument {
  kind: string;
  refId: string;
  siteId: string;
  columns: string[];
  /** Content type within the kind (policy type, institution type…), a facet. */
  type: string | null;
  /** Issuing or responsible department, a facet. */
  department: string | null;
  regions: string[];
  industries: string[];
  publishedAt: Date | null;
  validTo: Date | null;
  title: string;
  /** Full text; the index keeps an excerpt for display and all of it for matching. */
  body: string;
  url: string | null;
  inForce: boolean;
  popularity: number;
  /** A service the enterprise can use directly (institution, product, guide, activity): a service card. */
  service: boolean;
}

export interface DocKey {
  kind: string;
  refId: string;
}

export type FacetField = 'kind' | 'column' | 'type' | 'department' | 'region' | 'industry' | 'site';
export const FACET_FIELDS: readonly FacetField[] = ['kind', 'column', 'type', 'department', 'region', 'industry', 'site'];

export interface SearchFilters {
  siteIds?: string[];
  /** Documents left out whatever else matches: the province's province-only items on a city site (B1). */
  excludeRefIds?: string[];
  kinds?: string[];
  columns?: string[];
  types?: string[];
  departments?: string[];
  regions?: string[];
  industries?: string[];
  dateFrom?: Date | null;
  dateTo?: Date | null;
  titleOnly?: boolean;
  service?: boolean;
}

export interface EngineQuery {
  /** AND of groups, OR within a group. Empty: match everything that passes the filters. */
  groups: QueryGroups;
  /** Match any group instead of all (the relaxed last pass). */
  anyGroup?: boolean;
  /** Words that raise the score without being required (the groups dropped when relaxing). */
  optional?: QueryGroups;
  /** The whole query text, boosted when the title contains it. */
  phrase?: string;
  filters: SearchFilters;
  facets: readonly FacetField[];
  sort: 'RELEVANCE' | 'DATE';
  limit: number;
  offset: number;
  /**
   * Profile of a signed-in enterprise: documents for its region and industry rank higher, and the policies it
   * is eligible for (policy ids) higher still.
   */
  boost?: { regions: string[]; industries: string[]; eligible?: string[] };
  /** The query asks for history (历史, 旧版, a past year): expired documents are not ranked down. */
  history?: boolean;
  /** Rank institutions below documents (the query names no institution or service provider). */
  documentsFirst?: boolean;
}

export interface EngineHit {
  kind: string;
  refId: string;
  siteId: string;
  title: string;
  excerpt: string;
  url: string | null;
  date: Date | null;
  columns: string[];
  score: number;
}

export interface FacetCount {
  field: FacetField;
  buckets: { value: string; count: number }[];
}

export interface EngineResult {
  total: number;
  /** True when total and facets were computed over a capped candidate set (broad terms). */
  approximate: boolean;
  hits: EngineHit[];
  facets: FacetCount[];
}

export interface Fingerprint {
  refId: string;
  fingerprint: string;
}

/**
 * The search port. The default adapter is PostgreSQL (nothing to install); Typesense is the external
 * option. Adapters are built per unit of work with the EntityManager of the caller's transaction (the
 * PostgreSQL adapter writes in it; others ignore it).
 */
export interface SearchEngine {
  readonly name: string;
  /**
   * The index lives outside PostgreSQL: its calls are network calls, so the outbox is claimed and committed
   * before them (no transaction or row lock held across a call).
   */
  readonly external?: boolean;
  upsert(docs: readonly SearchDocument[]): Promise<void>;
  delete(keys: readonly DocKey[]): Promise<void>;
  search(q: EngineQuery): Promise<EngineResult>;
  /** Titles starting with the prefix, most popular first. */
  suggest(prefix: string, siteIds: string[], limit: number): Promise<string[]>;
  health(): Promise<{ ok: boolean; documents: number; detail?: string }>;
  /** Fingerprints of indexed documents of a kind after `afterId` in id order (for reconcile). */
  fingerprints(kind: string, afterId: string | null, limit: number): Promise<Fingerprint[]>;
  /** Counts a click (popularity). */
  recordClick(key: DocKey): Promise<void>;
  /** Removes every document of a kind (full reindex). */
  clear(kind?: string): Promise<void>;
  /** Mirrors the colloquial concept table as the engine's synonyms (engines with their own synonym store). */
  syncSynonyms?(concepts: ReadonlyMap<string, readonly string[]>): Promise<void>;
  /** A full rebuild into a fresh index that replaces the served one only when complete (`npm run reindex`). */
  beginRebuild?(): Promise<IndexRebuild>;
}

export interface IndexRebuild {
  /** Documents of the new index, with their click counts by `kind:refId`. */
  add(docs: readonly SearchDocument[], clicks: ReadonlyMap<string, number>): Promise<void>;
  /** Checks the new index, mirrors the concepts as synonyms, then makes it the served one. */
  finish(concepts: ReadonlyMap<string, readonly string[]>, log?: (line: string) => void): Promise<void>;
  abort(): Promise<void>;
}

export type EngineFactory = (em: EntityManager) => SearchEngine;
