// graphiql's documented Vite setup: Monaco's editor, JSON and GraphQL workers as Vite `?worker` chunks served
// from our own origin (the CSP's default-src 'self' covers them; nothing is fetched from a CDN).
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { buildSchema, type ExecutionResult } from 'graphql';
import { useMemo } from 'react';

const DEFAULT_QUERY = `# 在此编写查询，Ctrl+Enter 执行。以当前浏览器的身份（未登录即公众）调用 /graphql。
query PolicySearch($q: String!) {
  search(input: { query: $q, kinds: ["policy"], first: 5 }) {
    totalCount
    hits { nodes { id title url } }
  }
}
`;

/** POSTs JSON to our own /graphql (same origin: the platform's own rules, limits and CSRF protection apply). */
async function fetcher(params: { query: string; variables?: unknown; operationName?: string | null }): Promise<ExecutionResult> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return (await res.json()) as ExecutionResult;
}

/**
 * GraphiQL over the checked-in SDL (introspection is off in production, so the schema is never asked of the
 * server). Its own lazy chunk: Monaco is several megabytes, loaded only when a developer opens it.
 */
export default function GraphiQLPanel({ sdl }: { sdl: string }) {
  const schema = useMemo(() => buildSchema(sdl), [sdl]);
  return (
    <div className="graphiql-panel" data-testid="graphiql">
      <GraphiQL fetcher={fetcher} schema={schema} defaultQuery={DEFAULT_QUERY} initialVariables={'{ "q": "专精特新" }'} isHeadersEditorEnabled={false} />
    </div>
  );
}
