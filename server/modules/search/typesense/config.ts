/**
 * Typesense connection settings from the environment. A cluster is a list of nodes (`TYPESENSE_NODES`,
 * comma-separated base URLs, e.g. three Raft peers); `TYPESENSE_URL` stays accepted as a single node. The
 * admin API key is required whenever the engine is chosen: an empty key would only fail later, per request.
 */
export interface TypesenseConfig {
  /** Base URLs, `protocol://host:port[/path]`. */
  nodes: string[];
  apiKey: string;
  /** The alias every request goes through; collections are `<alias>_v<schema>_<time>`. */
  collection: string;
  /** A node that does not answer within this is abandoned for the next one. */
  connectionTimeoutMs: number;
  /** Retries across nodes for network errors, timeouts, 5xx, 408 and 429. */
  numRetries: number;
  retryIntervalMs: number;
  /** Imports (batches of up to 1,000 documents) get longer than a search. */
  importTimeoutMs: number;
  /** Collections replaced by a reindex stay this long (rollback, in-flight requests), then the next reindex drops them. */
  retireAfterMs: number;
}

const int = (name: string, fallback: number) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got ${raw}`);
  return n;
};

export function typesenseConfigFromEnv(): TypesenseConfig | null {
  const list = process.env.TYPESENSE_NODES || process.env.TYPESENSE_URL;
  if (!list) return null;
  const nodes = list
    .split(',')
    .map((n) => n.trim().replace(/\/$/, ''))
    .filter(Boolean);
  for (const n of nodes) if (!/^https?:\/\/[^/\s]+/.test(n)) throw new Error(`TYPESENSE_NODES: ${n} is not an http(s) URL`);
  const apiKey = process.env.TYPESENSE_API_KEY ?? '';
  if (!apiKey) throw new Error('TYPESENSE_API_KEY is required with TYPESENSE_NODES or TYPESENSE_URL');
  return {
    nodes,
    apiKey,
    collection: process.env.TYPESENSE_COLLECTION || 'qifu_documents',
    connectionTimeoutMs: int('TYPESENSE_TIMEOUT_MS', 2_000),
    numRetries: int('TYPESENSE_RETRIES', Math.max(2, nodes.length)),
    retryIntervalMs: int('TYPESENSE_RETRY_INTERVAL_MS', 100),
    importTimeoutMs: int('TYPESENSE_IMPORT_TIMEOUT_MS', 120_000),
    retireAfterMs: int('TYPESENSE_RETIRE_AFTER_MS', 3_600_000),
  };
}

/** Defaults for a config built in code (tests, the evaluation CLI). */
export function typesenseConfig(over: Partial<TypesenseConfig> & Pick<TypesenseConfig, 'nodes' | 'apiKey'>): TypesenseConfig {
  return {
    collection: 'qifu_documents',
    connectionTimeoutMs: 2_000,
    numRetries: Math.max(2, over.nodes.length),
    retryIntervalMs: 100,
    importTimeoutMs: 120_000,
    retireAfterMs: 3_600_000,
    ...over,
  };
}
