/**
 * Request limits shared by the HTTP (Apollo Server) and WebSocket (graphql-ws)
 * transports, so both enforce exactly the same rules.
 *
 * - Parsing: `parseWithLimits` / `limitParseOptions` cap lexical tokens.
 * - Validation: `limitRules` adds depth, alias, cost and root-field rules to
 *   graphql-js `validate`. Validation rules do not see variable values, so the
 *   cost rule uses literal `first`/`last` values, the operation's variable
 *   defaults, or `defaultListSize`.
 * - After variables are known: `checkOperationCost` / `operationCost` recompute
 *   the cost with the real variable values.
 * - Errors: `maskSuggestions` / `maskErrorSuggestions` remove graphql-js
 *   "Did you mean …?" hints so production errors do not leak schema names.
 *
 * Every walk is memoised per fragment and guarded against fragment cycles, so
 * the cost is O(document size × spreads) even for hostile documents.
 */
import {
  GraphQLError,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  parse,
} from 'graphql';
import type {
  ASTVisitor,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  OperationDefinitionNode,
  ParseOptions,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
  ValueNode,
} from 'graphql';

export interface RequestLimits {
  /** Maximum lexical tokens in a document (enforced by the parser). */
  maxTokens: number;
  /** Maximum field nesting depth; `{ a { b } }` has depth 2. */
  maxDepth: number;
  /** Maximum aliased fields per operation, fragments counted per spread. */
  maxAliases: number;
  /** Maximum estimated cost per operation (see `operationCost`). */
  maxCost: number;
  /** Maximum distinct top-level response keys per operation. */
  maxRootFields: number;
  /** Page size assumed for list fields without a usable `first`/`last`. */
  defaultListSize: number;
}

export const DEFAULT_LIMITS: RequestLimits = Object.freeze({
  maxTokens: 5000,
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 20000,
  maxRootFields: 20,
  defaultListSize: 20,
});

export const LIMIT_ERROR_CODES = Object.freeze({
  QUERY_TOO_LARGE: 'QUERY_TOO_LARGE',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  TOO_MANY_ROOT_FIELDS: 'TOO_MANY_ROOT_FIELDS',
} as const);

export type LimitErrorCode = (typeof LIMIT_ERROR_CODES)[keyof typeof LIMIT_ERROR_CODES];

const LIMIT_CODE_SET: ReadonlySet<string> = new Set(Object.values(LIMIT_ERROR_CODES));

/** Costs saturate here so hostile multipliers never reach Infinity/NaN. */
const COST_CAP = Number.MAX_SAFE_INTEGER;

function resolveLimits(limits?: Partial<RequestLimits>): RequestLimits {
  return { ...DEFAULT_LIMITS, ...limits };
}

function limitError(code: LimitErrorCode, message: string, node: OperationDefinitionNode | undefined, limit: number, actual: number): GraphQLError {
  return new GraphQLError(message, {
    nodes: node ? [node] : undefined,
    extensions: { code, limit, actual },
  });
}

// ---------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------

/** graphql-js parse options enforcing the token limit (use as Apollo `parseOptions`). */
export function limitParseOptions(limits?: Partial<RequestLimits>): ParseOptions {
  const { maxTokens } = resolveLimits(limits);
  // `maxLexicalTokens` is the non-deprecated name of `maxTokens` in graphql 16.15.
  // Comments are not tokens; cap them too so a comment flood is also rejected.
  return { maxLexicalTokens: maxTokens, maxComments: maxTokens };
}

const TOO_LARGE_RE = /Document contains more (?:than|that) \d+ (?:tokens|comments)/;

/**
 * Parses `source` with the token limit. Throws a GraphQLError: code
 * QUERY_TOO_LARGE when the limit is hit, otherwise the graphql-js syntax error.
 */
export function parseWithLimits(source: string, limits?: Partial<RequestLimits>): DocumentNode {
  const resolved = resolveLimits(limits);
  try {
    return parse(source, limitParseOptions(resolved));
  } catch (error) {
    if (error instanceof GraphQLError && TOO_LARGE_RE.test(error.message)) {
      throw new GraphQLError(`查询过大（最多 ${resolved.maxTokens} 个词法单元）`, {
        extensions: { code: LIMIT_ERROR_CODES.QUERY_TOO_LARGE, limit: resolved.maxTokens },
        originalError: error,
      });
    }
    throw error;
  }
}

// ---------------------------------------------------------------------------
// Error masking
// ---------------------------------------------------------------------------

// graphql-js `didYouMean`: ' Did you mean [subMessage ]"a"?', '"a" or "b"?', '"a", "b", or "c"?'
const SUGGESTION_RE = / ?Did you mean (?:[^"?]* )?"[^"]*"(?:(?:, or |, | or )"[^"]*")*\?/g;

/** Removes graphql-js ' Did you mean "x"?' suggestions from an error message. */
export function maskSuggestions(message: string): string {
  return message.replace(SUGGESTION_RE, '');
}

/** Returns `error` with suggestions masked (a copy when the message changes). */
export function maskErrorSuggestions(error: GraphQLError): GraphQLError {
  const message = maskSuggestions(error.message);
  if (message === error.message) return error;
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

/**
 * The limit code carried by `error` or by its `originalError` chain. Apollo
 * wraps validation errors and overwrites `extensions.code` with
 * GRAPHQL_VALIDATION_FAILED; use this in `formatError` to restore it.
 */
export function limitErrorCode(error: unknown): LimitErrorCode | undefined {
  let current: unknown = error;
  for (let i = 0; i < 5 && current instanceof Error; i++) {
    if (current instanceof GraphQLError) {
      const code = current.extensions?.code;
      if (typeof code === 'string' && LIMIT_CODE_SET.has(code)) return code as LimitErrorCode;
      current = current.originalError;
    } else {
      break;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Fragment memoisation
// ---------------------------------------------------------------------------

type GetFragment = (name: string) => FragmentDefinitionNode | undefined;

/**
 * Memoises a per-fragment computation keyed by `key`; a fragment already on the
 * current path (a cycle) or an unknown fragment yields `fallback`.
 */
function fragmentMemo<T>(
  getFragment: GetFragment,
  fallback: T,
  compute: (fragment: FragmentDefinitionNode, key: string) => T,
): (name: string, key?: string) => T {
  const memo = new Map<string, T>();
  const visiting = new Set<string>();
  return (name, key = name) => {
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    if (visiting.has(name)) return fallback;
    const fragment = getFragment(name);
    if (!fragment) return fallback;
    visiting.add(name);
    try {
      const value = compute(fragment, key);
      memo.set(key, value);
      return value;
    } finally {
      visiting.delete(name);
    }
  };
}

function fragmentGetter(document: DocumentNode): GetFragment {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION && !fragments.has(def.name.value)) {
      fragments.set(def.name.value, def);
    }
  }
  return (name) => fragments.get(name);
}

// ---------------------------------------------------------------------------
// Depth
// ---------------------------------------------------------------------------

function depthMeasurer(getFragment: GetFragment): (set: SelectionSetNode) => number {
  const depthOf = (set: SelectionSetNode): number => {
    let max = 0;
    for (const sel of set.selections) {
      let d: number;
      if (sel.kind === Kind.FIELD) d = 1 + (sel.selectionSet ? depthOf(sel.selectionSet) : 0);
      else if (sel.kind === Kind.INLINE_FRAGMENT) d = depthOf(sel.selectionSet);
      else d = fragmentDepth(sel.name.value);
      if (d > max) max = d;
    }
    return max;
  };
  const fragmentDepth = fragmentMemo(getFragment, 0, (f) => depthOf(f.selectionSet));
  return depthOf;
}

// ---------------------------------------------------------------------------
// Aliases
// ---------------------------------------------------------------------------

function aliasCounter(getFragment: GetFragment): (set: SelectionSetNode) => number {
  const count = (set: SelectionSetNode): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.alias) total += 1;
        if (sel.selectionSet) total += count(sel.selectionSet);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        total += count(sel.selectionSet);
      } else {
        total += fragmentAliases(sel.name.value);
      }
    }
    return Math.min(total, COST_CAP);
  };
  const fragmentAliases = fragmentMemo(getFragment, 0, (f) => count(f.selectionSet));
  return count;
}

// ---------------------------------------------------------------------------
// Root fields
// ---------------------------------------------------------------------------

function rootKeyCollector(getFragment: GetFragment): (set: SelectionSetNode) => ReadonlySet<string> {
  const empty: ReadonlySet<string> = new Set();
  const collect = (set: SelectionSetNode, into: Set<string>): void => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) into.add((sel.alias ?? sel.name).value);
      else if (sel.kind === Kind.INLINE_FRAGMENT) collect(sel.selectionSet, into);
      else for (const key of fragmentKeys(sel.name.value)) into.add(key);
    }
  };
  const fragmentKeys = fragmentMemo<ReadonlySet<string>>(getFragment, empty, (f) => {
    const keys = new Set<string>();
    collect(f.selectionSet, keys);
    return keys;
  });
  return (set) => {
    const keys = new Set<string>();
    collect(set, keys);
    return keys;
  };
}

// ---------------------------------------------------------------------------
// Cost
// ---------------------------------------------------------------------------

/** Resolves `$name` to a page size, or undefined when not a usable number. */
type VariableResolver = (name: string) => number | undefined;

function sat(n: number): number {
  return n > COST_CAP ? COST_CAP : n;
}

function intLiteral(node: ValueNode | undefined): number | undefined {
  if (node?.kind !== Kind.INT) return undefined;
  const n = Number(node.value);
  return Number.isFinite(n) ? n : undefined;
}

function toPageSize(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : undefined;
}

function lookupField(schema: GraphQLSchema, parent: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (!parent) return undefined;
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (parent === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  if (isObjectType(parent) || isInterfaceType(parent)) return parent.getFields()[name];
  return undefined;
}

function costMeasurer(
  schema: GraphQLSchema,
  getFragment: GetFragment,
  resolveVariable: VariableResolver,
  defaultListSize: number,
): (set: SelectionSetNode, parent: GraphQLNamedType | undefined) => number {
  const pageSize = (node: FieldNode, def: GraphQLField<unknown, unknown>): number => {
    let size: number | undefined;
    for (const argName of ['first', 'last']) {
      const argNode = node.arguments?.find((a) => a.name.value === argName);
      let value: number | undefined;
      if (argNode) {
        value = argNode.value.kind === Kind.VARIABLE ? resolveVariable(argNode.value.name.value) : toPageSize(intLiteral(argNode.value));
      }
      // Argument absent/null/variable unknown: the schema default, if any.
      value ??= toPageSize(def.args.find((a) => a.name === argName)?.defaultValue);
      if (value !== undefined && (size === undefined || value > size)) size = value;
    }
    return size ?? defaultListSize;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLNamedType | undefined, parentIsConnection: boolean): number => {
    if (!node.selectionSet) return 0; // leaf fields are free
    const def = lookupField(schema, parent, node.name.value);
    if (!def) return sat(1 + selectionCost(node.selectionSet, undefined, false));
    const named = getNamedType(def.type);
    if (isLeafType(named)) return 0;
    let multiplier = 1;
    const isConnection = named.name.endsWith('Connection') && def.args.some((a) => a.name === 'first');
    if (isConnection) {
      multiplier = pageSize(node, def);
    } else if (isListType(getNullableType(def.type)) && !parentIsConnection) {
      // Lists directly under a connection (edges, nodes) were already multiplied.
      multiplier = pageSize(node, def);
    }
    return sat(1 + sat(multiplier * selectionCost(node.selectionSet, named, isConnection)));
  };

  const selectionCost = (set: SelectionSetNode, parent: GraphQLNamedType | undefined, isConnection: boolean): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        total += fieldCost(sel, parent, isConnection);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        total += selectionCost(sel.selectionSet, type, isConnection);
      } else {
        const name = sel.name.value;
        total += fragmentCost(name, `${name}\u0000${isConnection ? 1 : 0}`);
      }
      total = sat(total);
    }
    return total;
  };

  const fragmentCost = fragmentMemo(getFragment, 0, (f, key) => selectionCost(f.selectionSet, schema.getType(f.typeCondition.name.value), key.endsWith('1')));

  return (set, parent) => selectionCost(set, parent, false);
}

function rootType(schema: GraphQLSchema, operation: OperationDefinitionNode): GraphQLNamedType | undefined {
  return schema.getRootType(operation.operation) ?? undefined;
}

/** Page sizes from the operation's literal Int variable defaults. */
function variableDefaults(operation: OperationDefinitionNode): VariableResolver {
  const defaults = new Map<string, number>();
  for (const v of operation.variableDefinitions ?? []) {
    const n = toPageSize(intLiteral(v.defaultValue));
    if (n !== undefined) defaults.set(v.variable.name.value, n);
  }
  return (name) => defaults.get(name);
}

function selectOperations(document: DocumentNode, operationName?: string | null): OperationDefinitionNode[] {
  const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName == null) return ops;
  return ops.filter((op) => op.name?.value === operationName);
}

/**
 * Costs that no variable value can change (no `first`/`last` read from a variable), per schema, document
 * and (limit, operation name). Apollo hands the same DocumentNode to every request for one query text
 * (its validated-document cache), so a repeated query skips the walk; documents are held weakly.
 */
const invariantCosts = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();

/**
 * Estimated cost of the selected operation given the request variables: each
 * non-leaf field costs 1, leaf fields 0; a list field or a Relay connection
 * (named type ends with `Connection` and has a `first` argument) multiplies its
 * subtree by `first`/`last` (the larger, from literal, variable, variable
 * default, schema default, else `defaultListSize`). Lists directly inside a
 * connection (`edges`, `nodes`) are not multiplied again. Without
 * `operationName` the most expensive operation in the document is returned.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables?: Readonly<Record<string, unknown>> | null,
  operationName?: string | null,
  limits?: Partial<RequestLimits>,
): number {
  const { defaultListSize } = resolveLimits(limits);
  const key = `${defaultListSize}\u0000${operationName ?? ''}`;
  let bySchema = invariantCosts.get(schema);
  const cached = bySchema?.get(document)?.get(key);
  if (cached !== undefined) return cached;

  const getFragment = fragmentGetter(document);
  let readVariables = false;
  let max = 0;
  for (const op of selectOperations(document, operationName)) {
    const defaults = variableDefaults(op);
    const resolveVariable: VariableResolver = (name) => {
      readVariables = true;
      return variables && Object.hasOwn(variables, name) && variables[name] !== undefined
        ? toPageSize(variables[name]) // explicit null/invalid → schema default / defaultListSize
        : defaults(name);
    };
    const measure = costMeasurer(schema, getFragment, resolveVariable, defaultListSize);
    max = Math.max(max, measure(op.selectionSet, rootType(schema, op)));
  }
  if (!readVariables) {
    // No page size came from a variable: the cost is the document's, whatever the variables.
    if (!bySchema) invariantCosts.set(schema, (bySchema = new WeakMap()));
    let byKey = bySchema.get(document);
    if (!byKey) bySchema.set(document, (byKey = new Map()));
    byKey.set(key, max);
  }
  return max;
}

/**
 * Cost check with real variable values, to run after validation (Apollo
 * `didResolveOperation`, graphql-ws `onSubscribe`). Returns the error or undefined.
 */
export function checkOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables?: Readonly<Record<string, unknown>> | null,
  operationName?: string | null,
  limits?: Partial<RequestLimits>,
): GraphQLError | undefined {
  const resolved = resolveLimits(limits);
  const cost = operationCost(schema, document, variables, operationName, resolved);
  if (cost <= resolved.maxCost) return undefined;
  const ops = selectOperations(document, operationName);
  return costError(resolved.maxCost, cost, ops.length === 1 ? ops[0] : undefined);
}

function costError(max: number, cost: number, node?: OperationDefinitionNode): GraphQLError {
  return limitError(LIMIT_ERROR_CODES.QUERY_TOO_COSTLY, `查询复杂度过高（最多 ${max}）`, node, max, cost);
}

// ---------------------------------------------------------------------------
// Validation rules
// ---------------------------------------------------------------------------

function operationRule(check: (context: ValidationContext) => (op: OperationDefinitionNode) => void): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const run = check(context);
    return {
      OperationDefinition(node) {
        run(node);
        return false; // this rule does its own walk
      },
      FragmentDefinition() {
        return false;
      },
    };
  };
}

function contextFragments(context: ValidationContext): GetFragment {
  return (name) => context.getFragment(name) ?? undefined;
}

/** Rejects operations nested deeper than `maxDepth` field levels (QUERY_TOO_DEEP). */
export function depthLimitRule(maxDepth: number = DEFAULT_LIMITS.maxDepth): ValidationRule {
  return operationRule((context) => {
    const depthOf = depthMeasurer(contextFragments(context));
    return (op) => {
      const depth = depthOf(op.selectionSet);
      if (depth > maxDepth) {
        context.reportError(limitError(LIMIT_ERROR_CODES.QUERY_TOO_DEEP, `查询嵌套过深（最多 ${maxDepth} 层）`, op, maxDepth, depth));
      }
    };
  });
}

/** Rejects operations with more than `maxAliases` aliased fields (TOO_MANY_ALIASES). */
export function aliasLimitRule(maxAliases: number = DEFAULT_LIMITS.maxAliases): ValidationRule {
  return operationRule((context) => {
    const count = aliasCounter(contextFragments(context));
    return (op) => {
      const aliases = count(op.selectionSet);
      if (aliases > maxAliases) {
        context.reportError(limitError(LIMIT_ERROR_CODES.TOO_MANY_ALIASES, `查询别名过多（最多 ${maxAliases} 个）`, op, maxAliases, aliases));
      }
    };
  });
}

/** Rejects operations with more than `maxRootFields` top-level fields (TOO_MANY_ROOT_FIELDS). */
export function rootFieldLimitRule(maxRootFields: number = DEFAULT_LIMITS.maxRootFields): ValidationRule {
  return operationRule((context) => {
    const keysOf = rootKeyCollector(contextFragments(context));
    return (op) => {
      const count = keysOf(op.selectionSet).size;
      if (count > maxRootFields) {
        context.reportError(limitError(LIMIT_ERROR_CODES.TOO_MANY_ROOT_FIELDS, `顶层字段过多（最多 ${maxRootFields} 个）`, op, maxRootFields, count));
      }
    };
  });
}

/**
 * Rejects operations whose estimated cost exceeds `maxCost` (QUERY_TOO_COSTLY).
 * Variables are unknown during validation: variable page sizes use the
 * operation's literal default, else the schema default, else `defaultListSize`.
 * Re-check with `checkOperationCost` once variables are known.
 */
export function costLimitRule(limits?: Partial<RequestLimits>): ValidationRule {
  const { maxCost, defaultListSize } = resolveLimits(limits);
  return operationRule((context) => {
    const schema = context.getSchema();
    const getFragment = contextFragments(context);
    return (op) => {
      const measure = costMeasurer(schema, getFragment, variableDefaults(op), defaultListSize);
      const cost = measure(op.selectionSet, rootType(schema, op));
      if (cost > maxCost) context.reportError(costError(maxCost, cost, op));
    };
  });
}

/** The four limit rules (depth, aliases, cost, root fields) for `validate`. */
export function limitRules(limits?: Partial<RequestLimits>): ValidationRule[] {
  const resolved = resolveLimits(limits);
  return [depthLimitRule(resolved.maxDepth), aliasLimitRule(resolved.maxAliases), costLimitRule(resolved), rootFieldLimitRule(resolved.maxRootFields)];
}
