import http from 'node:http';

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * A sequential keep-alive JSON client on node:http (undici is not a dependency). One socket, reused for
 * every request, so connection setup is not part of what a benchmark measures.
 */
export class KeepAliveClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  private readonly target: URL;

  constructor(url: string) {
    this.target = new URL(url);
  }

  post(body: string | Buffer, headers: Record<string, string> = {}): Promise<HttpResponse> {
    const payload = typeof body === 'string' ? Buffer.from(body) : body;
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          agent: this.agent,
          host: this.target.hostname,
          port: this.target.port,
          path: this.target.pathname + this.target.search,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': String(payload.length), ...headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** A GraphQL POST through a keep-alive client; throws on HTTP errors or GraphQL `errors`. */
export async function gql<T = unknown>(client: KeepAliveClient, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await client.post(JSON.stringify({ query, variables }), token ? { authorization: `Bearer ${token}` } : {});
  const json = JSON.parse(res.body) as { data?: T; errors?: { message: string }[] };
  if (res.status !== 200 || json.errors?.length) throw new Error(`GraphQL request failed (${res.status}): ${res.body.slice(0, 500)}`);
  return json.data as T;
}
