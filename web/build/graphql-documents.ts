import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Replaces each `graphql(`...`)` call with an import of its generated document from gql/graphql.ts, as the
 * client preset's babel/swc plugins do: gql/gql.ts maps every document of the app from its source text, so
 * any page calling `graphql()` would otherwise pull all ~140 documents (65 KB gzip) into the first load.
 */
export function graphqlDocuments(gqlDir: string): Plugin {
  const generated = join(gqlDir, 'graphql.ts');
  let exported: Set<string> | null = null;
  const names = () => (exported ??= new Set([...readFileSync(generated, 'utf8').matchAll(/^export const (\w+) = /gm)].map((m) => m[1]!)));
  return {
    name: 'qifu:graphql-documents',
    enforce: 'pre',
    buildStart() {
      exported = null;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(gqlDir) || !code.includes('graphql(`')) return null;
      const used = new Set<string>();
      let out = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (_call, source: string) => {
        const top = topLevel(source);
        const definitions = [...top.matchAll(/\b(query|mutation|subscription)\s+(\w+)/g)];
        const fragment = /\bfragment\s+(\w+)/.exec(top);
        const name = definitions.length === 1 ? `${definitions[0]![2]}Document` : definitions.length === 0 && fragment ? `${fragment[1]}FragmentDoc` : null;
        if (!name || !names().has(name)) this.error(`${id}: no generated document for a graphql() call (run \`npm run codegen\`)`);
        used.add(name);
        return `__gql_${name}`;
      });
      if (used.size === 0) return null;
      // The generated graphql() is no longer called here: drop its import so gql/gql.ts stays out of the bundle.
      out = out.replace(/^import \{ graphql \} from '[^']*gql\/index\.js';$/m, '');
      const imports = [...used].map((n) => `${n} as __gql_${n}`).join(', ');
      return { code: `import { ${imports} } from ${JSON.stringify(generated)};\n${out}`, map: null };
    },
  };
}

/** The document's text outside braces and parentheses: its definitions' keywords and names, not field names. */
function topLevel(source: string): string {
  let depth = 0;
  let out = '';
  for (const ch of source) {
    if (ch === '{' || ch === '(') depth++;
    else if (ch === '}' || ch === ')') depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}
