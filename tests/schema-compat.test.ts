import { describe, expect, it } from 'vitest';
import { readSchemaFiles, unannouncedBreakingChanges } from './schema-compat.js';

describe('A2 schema compatibility: no unannounced breaking change against schema/released.graphql', () => {
  it('the schema breaks nothing the change log does not announce', async () => {
    const { released, current, changelog } = readSchemaFiles();
    const unannounced = await unannouncedBreakingChanges(released, current, changelog);
    expect(
      unannounced.map((c) => `${c.path ?? '?'}: ${c.message}`),
      'announce each as "- BREAKING `Path`: reason" in docs/schema-changelog.md, or keep the old field (deprecate it)',
    ).toEqual([]);
  });

  it('catches a removed field, a narrowed argument and a removed enum value unless announced', async () => {
    const released = `type Query { a: Int, b(x: Int): Int, c: E } enum E { ONE TWO }`;
    const current = `type Query { b(x: Int!): Int, c: E } enum E { ONE }`;
    const paths = (await unannouncedBreakingChanges(released, current, '')).map((c) => c.path).sort();
    expect(paths).toEqual(['E.TWO', 'Query.a', 'Query.b.x']);
    const log = '## Unreleased\n- BREAKING `Query.a`: 已改名为 b\n- BREAKING `E.TWO`: 不再使用\n- BREAKING `Query.b.x`: 必填\n';
    expect(await unannouncedBreakingChanges(released, current, log)).toEqual([]);
    expect(await unannouncedBreakingChanges(released, `type Query { a: Int, b(x: Int): Int, c: E, d: Int } enum E { ONE TWO THREE }`, '')).toEqual([]);
  });
});
