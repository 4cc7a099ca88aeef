import { randomBytes } from 'node:crypto';

/** Bump when SCHEMA_FIELDS change; `npm run reindex` then builds a collection of the new version behind the alias. */
export const SCHEMA_VERSION = 3;

/**
 * Latin tokens keep `. + # -` in our segmentation (c++, 2.0, covid-19), as in the PostgreSQL index; Typesense
 * would strip them from indexed text and filter values while a pre-segmented query keeps them. Indexing them
 * makes both sides tokenise alike.
 */
export const SYMBOLS_TO_INDEX = ['+', '#', '.', '-'];

export const SCHEMA_FIELDS = [
  { name: 'kind', type: 'string', facet: true },
  { name: 'ref_id', type: 'string' },
  { name: 'site_id', type: 'string', facet: true },
  { name: 'columns', type: 'string[]', facet: true },
  { name: 'type', type: 'string', facet: true, optional: true },
  { name: 'department', type: 'string', facet: true, optional: true },
  { name: 'regions', type: 'string[]', facet: true },
  { name: 'industries', type: 'string[]', facet: true },
  { name: 'published_at', type: 'int64' },
  { name: 'title', type: 'string' },
  { name: 'body', type: 'string' },
  { name: 'title_raw', type: 'string', index: false, optional: true },
  { name: 'excerpt', type: 'string', index: false, optional: true },
  { name: 'url', type: 'string', index: false, optional: true },
  { name: 'in_force', type: 'bool' },
  { name: 'popularity', type: 'int32' },
  // Never sent by the outbox (documents are emplaced): set from search_click by reindex and by recordClick.
  { name: 'clicks', type: 'int32', optional: true },
  { name: 'service', type: 'bool', facet: true },
  { name: 'fingerprint', type: 'string', index: false, optional: true },
];

/** Versioned, and unique per reindex: a rebuild never writes into the collection the alias serves. */
export function collectionName(alias: string, now: Date): string {
  return `${alias}_v${SCHEMA_VERSION}_${now.toISOString().replace(/\D/g, '').slice(0, 17)}_${randomBytes(2).toString('hex')}`;
}

/** The concept synonyms of one collection (Typesense 30+), dropped with it. */
export const synonymSetOf = (collection: string) => `${collection}_concepts`;
