import type { ConfigurationOptions } from 'typesense/lib/Typesense/Configuration.js';

/** The part of `fetch` the transport uses: tests inject a recorder or a fault injector here. */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal: AbortSignal },
) => Promise<{ status: number; statusText?: string; headers: { get(name: string): string | null }; text(): Promise<string> }>;

type AxiosAdapterFn = Extract<NonNullable<ConfigurationOptions['axiosAdapter']>, (...args: never[]) => unknown>;
type AdapterConfig = Parameters<AxiosAdapterFn>[0];

/** A network-level failure: the client retries it on the next node. */
export class TransportError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/**
 * The official client's HTTP layer, over `fetch`: the client keeps node rotation, health marks and retries;
 * this sends the request it built, with a hard deadline (the client's connection timeout, or `longTimeoutMs`
 * for the calls it sends without one, i.e. imports). A node that hangs is abandoned at the deadline.
 */
export function fetchAdapter(fetchImpl: FetchLike, longTimeoutMs: number): AxiosAdapterFn {
  const adapter = async (config: AdapterConfig) => {
    const url = new URL(config.url!);
    for (const [k, val] of Object.entries((config.params ?? {}) as Record<string, unknown>)) {
      if (val !== undefined && val !== null) url.searchParams.append(k, String(val));
    }
    const headers: Record<string, string> = {};
    const raw = (config.headers && typeof config.headers.toJSON === 'function' ? config.headers.toJSON() : (config.headers ?? {})) as Record<string, unknown>;
    for (const [k, val] of Object.entries(raw)) if (val !== undefined && val !== null && val !== false) headers[k] = String(val);
    const timeout = config.timeout || longTimeoutMs;
    const signal = AbortSignal.timeout(timeout);
    const method = (config.method ?? 'get').toUpperCase();
    let status: number;
    let statusText: string;
    let contentType: string;
    let text: string;
    try {
      const res = await fetchImpl(url.toString(), { method, headers, body: typeof config.data === 'string' ? config.data : undefined, signal });
      status = res.status;
      statusText = res.statusText ?? '';
      contentType = res.headers.get('content-type') ?? '';
      text = await res.text();
    } catch (err) {
      if (signal.aborted) throw new TransportError(`typesense ${method} ${url.pathname}: no answer within ${timeout} ms`, 'ECONNABORTED');
      throw new TransportError(`typesense ${method} ${url.pathname}: ${(err as Error).message}`, (err as { code?: string }).code ?? 'ENETWORK');
    }
    // Parsed here, so that a JSON-lines body (import results) labelled as JSON is not a parse error to retry.
    let data: unknown = text;
    if (contentType.startsWith('application/json')) {
      try {
        data = JSON.parse(text);
      } catch {
        data = text;
      }
    }
    return { data, status, statusText, headers: { 'content-type': contentType }, config, request: {} };
  };
  return adapter as unknown as AxiosAdapterFn;
}
