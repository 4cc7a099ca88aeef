import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CONNECTION_FIELDS, connectionKeyArgs, mergeConnection } from '../web/src/lib/pagination.js';

/** The web client's cache pages every connection of the schema (web/src/lib/pagination.ts). */
describe('web list pagination in the Apollo cache', () => {
  it('has a field policy for every connection field of the schema', () => {
    const schema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));
    const found: Record<string, string[]> = {};
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name === 'SearchResult') continue;
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type).name.endsWith('Connection') && field.args.some((a) => a.name === 'after')) (found[type.name] ??= []).push(field.name);
      }
    }
    const listed = Object.fromEntries(Object.entries(CONNECTION_FIELDS).map(([t, f]) => [t, [...f].sort()]));
    expect(listed).toEqual(Object.fromEntries(Object.entries(found).map(([t, f]) => [t, f.sort()])));
  });

  const ref = (id: string) => ({ __ref: `Policy:${id}` });
  const page = (ids: string[], end: string, hasNextPage = true) => ({ totalCount: 5, nodes: ids.map(ref), pageInfo: { endCursor: end, hasNextPage } });

  it('appends a page after the cursor it was asked for, and a first page replaces the list', () => {
    const one = mergeConnection(undefined, page(['a', 'b'], 'c2'), null);
    const two = mergeConnection(one, page(['c', 'd'], 'c4'), 'c2');
    expect(two.nodes).toEqual(['a', 'b', 'c', 'd'].map(ref));
    expect(two.pageInfo).toEqual({ endCursor: 'c4', hasNextPage: true });
    // The second page fetched again (same cursor): spliced in place, not appended twice.
    const again = mergeConnection(two, page(['c', 'x'], 'c4'), 'c2');
    expect(again.nodes).toEqual(['a', 'b', 'c', 'x'].map(ref));
    const three = mergeConnection(again, page(['e'], 'c5', false), 'c4');
    expect(three.nodes).toHaveLength(5);
    expect(three.pageInfo?.hasNextPage).toBe(false);
    // A refetch of the first page (after a mutation) starts the list over.
    expect(mergeConnection(three, page(['b', 'c'], 'c2'), null).nodes).toEqual(['b', 'c'].map(ref));
  });

  it('keeps a row once when it moved into the next page, and keeps the pages when only a count is read', () => {
    const one = mergeConnection(undefined, page(['a', 'b'], 'c2'), null);
    expect(mergeConnection(one, page(['b', 'c'], 'c4'), 'c2').nodes).toEqual(['a', 'b', 'c'].map(ref));
    const counted = mergeConnection(one, { totalCount: 7 }, null);
    expect(counted.nodes).toEqual(one.nodes);
    expect(counted.totalCount).toBe(7);
  });

  it('keys a list by everything but its cursor', () => {
    expect(connectionKeyArgs({ filter: { status: 'PENDING' }, first: 20, after: 'x', order: 'SUBMITTED_ASC' })).toEqual(['filter', 'first', 'order']);
    expect(connectionKeyArgs(null)).toBe(false);
  });
});
