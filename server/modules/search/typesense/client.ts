import { Client } from 'typesense';
import type { TypesenseConfig } from './config.js';
import { type FetchLike, fetchAdapter } from './transport.js';

/** Statuses the client does not retry by itself (it retries network errors and 5xx only). */
const RETRY_STATUSES = new Set([408, 429]);

export interface TsRequest {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  query?: Record<string, string | number | boolean>;
  body?: unknown;
  /** Content type of a string body (JSON lines for imports). */
  contentType?: string;
  /** Imports: no connection timeout from the client; the transport's long deadline applies. */
  long?: boolean;
}

/** An HTTP answer outside 2xx, with its status (404 and 409 are expected in places). */
export function statusOf(err: unknown): number | undefined {
  return (err as { httpStatus?: number }).httpStatus;
}

/**
 * One Typesense cluster for the life of a platform: the official client (node list, connection timeout,
 * retries across nodes, unhealthy nodes skipped until their health check interval passes) over a `fetch`
 * transport, plus retries of 408 and 429, which the client hands back at once.
 */
export class TypesenseConnection {
  readonly client: Client;

  constructor(
    readonly config: TypesenseConfig,
    fetchImpl: FetchLike = fetch as unknown as FetchLike,
  ) {
    this.client = new Client({
      nodes: config.nodes.map((url) => ({ url })),
      apiKey: config.apiKey,
      connectionTimeoutSeconds: config.connectionTimeoutMs / 1000,
      numRetries: config.numRetries,
      retryIntervalSeconds: config.retryIntervalMs / 1000,
      healthcheckIntervalSeconds: 15,
      axiosAdapter: fetchAdapter(fetchImpl, config.importTimeoutMs),
      logLevel: 'silent',
    });
  }

  async request<T>(r: TsRequest): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.client.apiCall.performRequest<T>(r.method, r.path, {
          queryParameters: r.query ?? {},
          bodyParameters: r.body ?? null,
          additionalHeaders: r.contentType ? { 'Content-Type': r.contentType } : {},
          skipConnectionTimeout: !!r.long,
          isStreamingRequest: false,
        });
      } catch (err) {
        const status = statusOf(err);
        if (status === undefined || !RETRY_STATUSES.has(status) || attempt >= this.config.numRetries) throw err;
        // The client moves to the next node on the next call; back off a little more each time.
        await new Promise((ok) => setTimeout(ok, this.config.retryIntervalMs * (attempt + 1)));
      }
    }
  }

  /**
   * A search-only key restricted to the given filter (e.g. one site), for a browser talking to Typesense
   * directly: computed locally (HMAC of the parent key), never sent to the server.
   */
  scopedSearchKey(searchOnlyKey: string, params: { filter_by?: string; expires_at?: number }): string {
    return this.client.keys().generateScopedSearchKey(searchOnlyKey, params);
  }
}

/** The platform's Typesense connection, made on first use from the environment (none with the PostgreSQL engine). */
export class TypesenseConnections {
  private connection: TypesenseConnection | undefined;

  constructor(private readonly make: () => TypesenseConnection | null) {}

  get(): TypesenseConnection {
    this.connection ??= this.make() ?? undefined;
    if (!this.connection) throw new Error('QIFU_SEARCH_ENGINE=typesense needs TYPESENSE_NODES (or TYPESENSE_URL) and TYPESENSE_API_KEY');
    return this.connection;
  }
}
