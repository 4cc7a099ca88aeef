import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

// ISO 8601 strings on the wire.
const scalars = {
  DateTime: { input: 'string', output: 'string' },
  JSONObject: { input: 'Record<string, unknown>', output: 'Record<string, unknown>' },
};

/**
 * Typed GraphQL documents (client preset) for the web client and for the tests. Every operation in web/src,
 * and the typed ones in tests/, is written with the generated `graphql()` function of its folder; run
 * `npm run codegen` after changing one or the schema.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'web/src/gql/': {
      documents: ['web/src/**/*.{ts,tsx}', 'web/widgets/**/*.ts', '!web/src/gql/**/*'],
      preset: 'client',
      presetConfig: {
        // Apollo Client reads whole selections; no fragment masking helpers needed.
        fragmentMasking: false,
        // Trusted documents: every operation gets a SHA-256 id (`__meta__.hash`) and gql/persisted-documents.json
        // maps ids to documents; the web client and the widgets send only the id, the server resolves it.
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      // Apollo's cache adds __typename to every selection before a document reaches the link; registering the
      // documents with it keeps the id's text and the cache's shape the same (and the document object unchanged).
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        useTypeImports: true,
        // tsconfig resolves modules as NodeNext, where relative imports need an extension.
        importExtension: '.js',
        scalars,
      },
    },
    // `<Enum>Label` maps from the enum value descriptions: the one place the web takes Chinese labels from.
    'web/src/gql/labels.ts': {
      plugins: ['./web/codegen/labels-plugin.cjs'],
    },
    // The operations the tests send (tests/setup/client.ts prints these documents and types the results).
    'tests/gql/': {
      documents: ['tests/**/*.ts', '!tests/gql/**/*'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, importExtension: '.js', scalars },
    },
  },
};

export default config;
