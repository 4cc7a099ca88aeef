import { GraphQLError, buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';

import {
  DEFAULT_LIMITS,
  aliasLimitRule,
  checkOperationCost,
  depthLimitRule,
  limitErrorCode,
  limitParseOptions,
  limitRules,
  maskErrorSuggestions,
  maskSuggestions,
  operationCost,
  parseWithLimits,
  rootFieldLimitRule,
} from './limits.js';
import type { RequestLimits } from './limits.js';

const schema = buildSchema(/* GraphQL */ `
  type Query {
    viewer: User
    node(id: ID!): Node
    user(id: ID!): User
    users(first: Int, after: String, last: Int, before: String): UserConnection!
    enterprises(first: Int = 10): EnterpriseConnection!
    tags: [Tag!]!
    search(text: String!): [SearchResult!]!
    version: String
    ${Array.from({ length: 25 }, (_, i) => `f${i}: Int`).join('\n    ')}
  }

  type Mutation {
    ping: String
  }

  interface Node {
    id: ID!
  }

  union SearchResult = User | Enterprise

  type PageInfo {
    hasNextPage: Boolean!
    endCursor: String
  }

  type User implements Node {
    id: ID!
    name: String!
    tags: [String!]!
    best: User
    friends(first: Int, after: String): UserConnection!
    enterprises(first: Int): EnterpriseConnection!
  }

  type UserConnection {
    edges: [UserEdge!]!
    nodes: [User!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type UserEdge {
    cursor: String!
    node: User!
  }

  type Enterprise implements Node {
    id: ID!
    name: String!
    members(first: Int): UserConnection!
    services: [Service!]!
  }

  type EnterpriseConnection {
    edges: [EnterpriseEdge!]!
    pageInfo: PageInfo!
  }

  type EnterpriseEdge {
    cursor: String!
    node: Enterprise!
  }

  type Service {
    id: ID!
    title: String!
  }

  type Tag {
    id: ID!
    label: String!
  }
`);

function check(source: string, limits?: Partial<RequestLimits>): readonly GraphQLError[] {
  const doc = parseWithLimits(source, limits);
  return validate(schema, doc, [...specifiedRules, ...limitRules(limits)]);
}

function codes(errors: readonly GraphQLError[]): unknown[] {
  return errors.map((e) => e.extensions.code).filter((c) => c !== undefined);
}

/** `{ viewer { best { best { ... { id } } } } }` with `levels` fields in total. */
function nestedQuery(levels: number): string {
  let inner = 'id';
  for (let i = 1; i < levels - 1; i++) inner = `best { ${inner} }`;
  return `{ viewer { ${inner} } }`;
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

describe('DEFAULT_LIMITS', () => {
  it('has the documented values', () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxTokens: 5000,
      maxDepth: 12,
      maxAliases: 30,
      maxCost: 20000,
      maxRootFields: 20,
      defaultListSize: 20,
    });
  });
});

describe('normal queries', () => {
  it('accepts a typical dashboard query', () => {
    const source = /* GraphQL */ `
      query Dashboard($after: String) {
        viewer {
          id
          name
          tags
          enterprises(first: 5) {
            edges {
              cursor
              node {
                id
                name
                services {
                  id
                  title
                }
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
        users(first: 20, after: $after) {
          totalCount
          edges {
            cursor
            node {
              id
              name
              ...UserBits
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
        search(text: "软件") {
          __typename
          ... on User {
            id
            name
          }
          ... on Enterprise {
            id
            name
          }
        }
      }
      fragment UserBits on User {
        me: id
        friends(first: 10) {
          nodes {
            id
            name
          }
        }
      }
    `;
    expect(check(source)).toEqual([]);
  });

  it('accepts a mutation', () => {
    expect(check('mutation { ping }')).toEqual([]);
  });

  it('counts introspection normally: the full introspection query (depth 15) exceeds the default', () => {
    const doc = parse(getIntrospectionQuery());
    const errors = validate(schema, doc, [depthLimitRule(DEFAULT_LIMITS.maxDepth)]);
    expect(errors.map((e) => e.extensions)).toEqual([{ code: 'QUERY_TOO_DEEP', limit: 12, actual: 15 }]);
    expect(validate(schema, doc, [depthLimitRule(15)])).toEqual([]);
  });
});

describe('depth', () => {
  it('accepts depth exactly at the limit and rejects one deeper', () => {
    expect(check(nestedQuery(12))).toEqual([]);
    const errors = check(nestedQuery(13));
    expect(codes(errors)).toEqual(['QUERY_TOO_DEEP']);
    expect(errors[0]?.message).toBe('查询嵌套过深（最多 12 层）');
    expect(errors[0]?.extensions).toMatchObject({ limit: 12, actual: 13 });
  });

  it('rejects a depth-20 query', () => {
    const errors = check(nestedQuery(20));
    expect(codes(errors)).toEqual(['QUERY_TOO_DEEP']);
    expect(errors[0]?.extensions.actual).toBe(20);
  });

  it('counts depth through named fragments', () => {
    const source = `
      { viewer { ...A } }
      fragment A on User { best { best { ...B } } }
      fragment B on User { best { best { best { best { best { best { best { best { id } } } } } } } } }
    `;
    // viewer(1) + 2 + 8 + id(1) = 12 → ok; one more level fails.
    expect(check(source)).toEqual([]);
    const deeper = source.replace('{ best { best { ...B } } }', '{ best { best { best { ...B } } } }');
    expect(codes(check(deeper))).toEqual(['QUERY_TOO_DEEP']);
  });

  it('does not count inline fragments as depth, even nested three deep and repeated', () => {
    let inner = 'id';
    for (let i = 0; i < 10; i++) {
      inner = `best { ... on User { ... on Node { ... on User { ${inner} } } } }`;
    }
    // viewer + 10 × best + id = 12 levels
    const source = `{ viewer { ${inner} } }`;
    const { value: errors, ms } = timed(() => check(source, { maxTokens: 100_000 }));
    expect(errors).toEqual([]);
    expect(ms).toBeLessThan(5000);
    const deeper = `{ viewer { best { ${inner} } } }`;
    expect(codes(check(deeper, { maxTokens: 100_000 }))).toEqual(['QUERY_TOO_DEEP']);
  });

  it('counts __schema / __type normally', () => {
    const ok = '{ __type(name: "User") { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }';
    expect(codes(check(ok))).toEqual([]);
    const deep =
      '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } } }';
    expect(codes(check(deep))).toEqual(['QUERY_TOO_DEEP']);
  });
});

describe('aliases', () => {
  it('accepts 30 aliases and rejects 31', () => {
    const fields = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: id`).join(' ');
    expect(check(`{ viewer { ${fields(30)} } }`)).toEqual([]);
    const errors = check(`{ viewer { ${fields(31)} } }`);
    expect(codes(errors)).toEqual(['TOO_MANY_ALIASES']);
    expect(errors[0]?.message).toBe('查询别名过多（最多 30 个）');
  });

  it('rejects a 500-alias document quickly', () => {
    const fields = Array.from({ length: 500 }, (_, i) => `a${i}: version`).join(' ');
    const source = `{ ${fields} }`;
    const doc = parse(source);
    const { value: errors, ms } = timed(() => validate(schema, doc, limitRules()));
    expect(codes(errors)).toContain('TOO_MANY_ALIASES');
    expect(errors.find((e) => e.extensions.code === 'TOO_MANY_ALIASES')?.extensions.actual).toBe(500);
    expect(ms).toBeLessThan(5000);
    // Also through the full pipeline (specified rules included).
    expect(codes(check(source))).toContain('TOO_MANY_ALIASES');
  });

  it('counts fragment aliases once per spread', () => {
    const source = `
      { viewer { ...F ...F best { ...F } } }
      fragment F on User { x1: id x2: id x3: id x4: id x5: id x6: id x7: id x8: id x9: id x10: id x11: id }
    `;
    const errors = validate(schema, parse(source), [aliasLimitRule(30)]);
    // 11 × 3 spreads = 33
    expect(errors.map((e) => e.extensions.actual)).toEqual([33]);
  });

  it('does not explode on exponential fragment fan-out (memoised per fragment)', () => {
    const defs: string[] = [];
    const levels = 40;
    for (let i = 0; i < levels; i++) defs.push(`fragment F${i} on User { ...F${i + 1} ...F${i + 1} }`);
    defs.push(`fragment F${levels} on User { a: id }`);
    const source = `{ viewer { ...F0 } } ${defs.join('\n')}`;
    const doc = parse(source);
    const { value: errors, ms } = timed(() => validate(schema, doc, limitRules()));
    // 2^40 aliases, counted without expanding the spreads.
    expect(codes(errors)).toContain('TOO_MANY_ALIASES');
    expect(errors.find((e) => e.extensions.code === 'TOO_MANY_ALIASES')?.extensions.actual).toBe(2 ** 40);
    expect(ms).toBeLessThan(5000);
  });
});

describe('root fields', () => {
  const roots = (n: number) => Array.from({ length: n }, (_, i) => `f${i}`).join(' ');

  it('accepts 20 root fields and rejects 21', () => {
    expect(check(`{ ${roots(20)} }`)).toEqual([]);
    const errors = check(`{ ${roots(21)} }`);
    expect(codes(errors)).toEqual(['TOO_MANY_ROOT_FIELDS']);
    expect(errors[0]?.message).toBe('顶层字段过多（最多 20 个）');
  });

  it('counts root fields inside fragments and inline fragments', () => {
    const source = `
      { f0 f1 ... on Query { f2 f3 ... on Query { f4 } } ...R }
      fragment R on Query { ${roots(25).split(' ').slice(5).join(' ')} }
    `;
    const errors = validate(schema, parse(source), [rootFieldLimitRule(20)]);
    expect(errors.map((e) => e.extensions.actual)).toEqual([25]);
  });

  it('counts distinct response keys (duplicate selections merge at execution)', () => {
    expect(check(`{ ${roots(20)} ${roots(20)} }`)).toEqual([]);
  });
});

describe('cost', () => {
  it('multiplies nested connections: first: 100 three levels deep is rejected', () => {
    const source = `{
      users(first: 100) { edges { node {
        friends(first: 100) { edges { node {
          friends(first: 100) { edges { node { id } } }
        } } }
      } } }
    }`;
    const errors = check(source);
    expect(codes(errors)).toEqual(['QUERY_TOO_COSTLY']);
    expect(errors[0]?.message).toBe('查询复杂度过高（最多 20000）');
    expect(operationCost(schema, parse(source))).toBeGreaterThan(1_000_000);
  });

  it('computes the documented formula', () => {
    // inner: 1 + 10 × (edges 1 + node 1 + leafs 0) = 21; users: 1 + 5 × (edges 1 + node (1 + 21)) = 116
    const source = '{ users(first: 5) { edges { node { id friends(first: 10) { edges { node { id } } } } } } }';
    expect(operationCost(schema, parse(source))).toBe(116);
    // leaf-only query is free; plain object costs 1
    expect(operationCost(schema, parse('{ version viewer { id } }'))).toBe(1);
    // plain list without first/last uses defaultListSize (20): 1 + 20 × 0... tags is object list: 1 + 20 × 0
    expect(operationCost(schema, parse('{ tags { id } }'))).toBe(1);
    // list of objects with object children: 1 + 20 × (1 + ...)
    expect(operationCost(schema, parse('{ viewer { enterprises(first: 2) { edges { node { services { id } } } } } }'))).toBe(1 + (1 + 2 * (1 + (1 + 1))));
    // schema default `first: Int = 10` applies when the argument is omitted
    expect(operationCost(schema, parse('{ enterprises { edges { node { id } } } }'))).toBe(1 + 10 * 2);
    // `nodes` directly in a connection is not multiplied again
    expect(operationCost(schema, parse('{ users(first: 7) { nodes { best { id } } } }'))).toBe(1 + 7 * (1 + 1));
  });

  it('uses the larger of first/last and counts fragments', () => {
    const source = `
      { users(first: 3, last: 50) { ...Conn } }
      fragment Conn on UserConnection { edges { node { id } } }
    `;
    expect(operationCost(schema, parse(source))).toBe(1 + 50 * 2);
  });

  it('uses variables in operationCost and defaults in the validation rule', () => {
    const source = `
      query Q($n: Int, $m: Int = 100) {
        users(first: $n) { edges { node {
          friends(first: $m) { edges { node { friends(first: 100) { nodes { id } } } } }
        } } }
      }
    `;
    const doc = parse(source);
    // Validation: $n → defaultListSize (20), $m → its default 100: 1 + 20 × (2 + 1 + 100 × (2 + 1 + 100)) → too costly.
    expect(codes(validate(schema, doc, limitRules()))).toEqual(['QUERY_TOO_COSTLY']);
    // With variables: n = 1, m = 1 → 1 + 1 × (2 + (1 + 1 × (2 + 1 + 100 × 1))) = 107
    expect(operationCost(schema, doc, { n: 1, m: 1 }, 'Q')).toBe(107);
    expect(checkOperationCost(schema, doc, { n: 1, m: 1 }, 'Q')).toBeUndefined();
    const err = checkOperationCost(schema, doc, { n: 100, m: 100 }, 'Q');
    expect(err?.extensions.code).toBe('QUERY_TOO_COSTLY');
  });

  it('lets a variable-driven query pass validation but fails checkOperationCost with large variables', () => {
    const source = `
      query Q($n: Int) {
        users(first: $n) { edges { node { friends(first: $n) { edges { node { friends(first: $n) { nodes { id } } } } } } } }
      }
    `;
    const doc = parse(source);
    // $n = defaultListSize(20) during validation: 1 + 20 × (2 + 1 + 20 × (2 + 1 + 20 × 1)) = 9261
    expect(validate(schema, doc, limitRules())).toEqual([]);
    expect(operationCost(schema, doc, {}, 'Q')).toBe(9261);
    expect(checkOperationCost(schema, doc, { n: 100 }, 'Q')?.extensions).toMatchObject({
      code: 'QUERY_TOO_COSTLY',
      limit: 20000,
    });
    // unknown operation name → nothing selected
    expect(operationCost(schema, doc, { n: 100 }, 'Nope')).toBe(0);
  });

  it('saturates instead of overflowing on absurd multipliers', () => {
    let inner = 'id';
    for (let i = 0; i < 60; i++) inner = `friends(first: 2000000000) { nodes { ${inner} } }`;
    const source = `{ viewer { ${inner} } }`;
    const cost = operationCost(schema, parse(source));
    expect(Number.isFinite(cost)).toBe(true);
    expect(codes(check(source, { maxTokens: 100_000, maxDepth: 1000 }))).toEqual(['QUERY_TOO_COSTLY']);
  });
});

describe('hostile documents', () => {
  it('rejects a 1 MB document by maxTokens quickly', () => {
    const source = `{ ${'viewer { id } '.repeat(Math.ceil(1_000_000 / 14) + 1)} }`;
    expect(source.length).toBeGreaterThan(1_000_000);
    const start = performance.now();
    let caught: unknown;
    try {
      parseWithLimits(source, DEFAULT_LIMITS);
    } catch (error) {
      caught = error;
    }
    const ms = performance.now() - start;
    expect(caught).toBeInstanceOf(GraphQLError);
    expect((caught as GraphQLError).extensions.code).toBe('QUERY_TOO_LARGE');
    expect((caught as GraphQLError).message).toBe('查询过大（最多 5000 个词法单元）');
    expect(limitErrorCode(caught)).toBe('QUERY_TOO_LARGE');
    expect(ms).toBeLessThan(5000); // informal: typically a few ms
  });

  it('rejects a 1 MB comment flood too', () => {
    const source = `${'# x\n'.repeat(250_000)}{ version }`;
    expect(() => parseWithLimits(source)).toThrow(GraphQLError);
  });

  it('passes plain syntax errors through unchanged', () => {
    expect(() => parseWithLimits('{ viewer { ')).toThrow(/Syntax Error/);
  });

  it('exposes parse options for Apollo', () => {
    expect(limitParseOptions()).toMatchObject({ maxLexicalTokens: 5000 });
  });

  it('terminates on fragment cycles (NoFragmentCyclesRule reports them)', () => {
    const source = `
      { viewer { ...A } users { ...C } }
      fragment A on User { a1: id best { ...B } }
      fragment B on User { b1: id ...A friends { ...C } }
      fragment C on UserConnection { nodes { ...A } }
      fragment D on User { ...D }
    `;
    const doc = parse(source);
    const { value: errors, ms } = timed(() => validate(schema, doc, [...specifiedRules, ...limitRules()]));
    expect(errors.some((e) => /cannot spread fragment/i.test(e.message))).toBe(true);
    expect(ms).toBeLessThan(5000);
    expect(Number.isFinite(operationCost(schema, doc))).toBe(true);
  });

  it('reports each limit for a document breaking them all', () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `x${i}: f${i % 25}`).join(' ');
    const source = `{ ${aliases} users(first: 200) { edges { node { friends(first: 200) { nodes { id } } } } } deep: ${nestedQuery(15).slice(2, -2)} }`;
    const errors = check(source);
    expect(new Set(codes(errors))).toEqual(new Set(['TOO_MANY_ALIASES', 'TOO_MANY_ROOT_FIELDS', 'QUERY_TOO_COSTLY', 'QUERY_TOO_DEEP']));
  });
});

describe('suggestion masking', () => {
  it('strips graphql-js "Did you mean" hints', () => {
    expect(maskSuggestions('Cannot query field "nme" on type "User". Did you mean "name"?')).toBe('Cannot query field "nme" on type "User".');
    expect(maskSuggestions('Unknown argument "frist". Did you mean "first" or "last"?')).toBe('Unknown argument "frist".');
    expect(maskSuggestions('X. Did you mean "a", "b", or "c"?')).toBe('X.');
    expect(maskSuggestions('Value "RDE" does not exist in "Color" enum. Did you mean the enum value "RED"?')).toBe(
      'Value "RDE" does not exist in "Color" enum.',
    );
    expect(maskSuggestions('Cannot query field "name" on type "Node". Did you mean to use an inline fragment on "User" or "Enterprise"?')).toBe(
      'Cannot query field "name" on type "Node".',
    );
    expect(maskSuggestions('查询嵌套过深（最多 12 层）')).toBe('查询嵌套过深（最多 12 层）');
  });

  it('masks real validation errors', () => {
    const errors = check('{ viewer { nme } users(frist: 1) { totalCount } }');
    expect(errors.length).toBe(2);
    expect(errors.some((e) => e.message.includes('Did you mean'))).toBe(true);
    const masked = errors.map(maskErrorSuggestions);
    for (const e of masked) {
      expect(e.message).not.toMatch(/Did you mean/);
      expect(e.locations?.length).toBeGreaterThan(0);
    }
    const formatted: GraphQLFormattedError[] = masked.map((e) => e.toJSON());
    expect(formatted.map((f) => f.message)).toEqual(['Cannot query field "nme" on type "User".', 'Unknown argument "frist" on field "Query.users".']);
  });

  it('finds limit codes through Apollo-style wrapping', () => {
    const [original] = check(nestedQuery(20));
    const wrapped = new GraphQLError(original!.message, {
      originalError: original,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(limitErrorCode(wrapped)).toBe('QUERY_TOO_DEEP');
    expect(limitErrorCode(new GraphQLError('x'))).toBeUndefined();
  });
});
