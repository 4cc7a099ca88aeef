import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the web client (client preset). Every operation in web/src is written with
 * the generated `graphql()` function; run `npm run codegen` after changing one or the schema.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'web/src/gql/': {
      preset: 'client',
      presetConfig: {
        // Apollo Client reads whole selections; no fragment masking helpers needed.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        // tsconfig resolves modules as NodeNext, where relative imports need an extension.
        importExtension: '.js',
        scalars: {
          // ISO 8601 strings on the wire.
          DateTime: { input: 'string', output: 'string' },
          JSONObject: { input: 'Record<string, unknown>', output: 'Record<string, unknown>' },
        },
      },
    },
    // `<Enum>Label` maps from the enum value descriptions: the one place the web takes Chinese labels from.
    'web/src/gql/labels.ts': {
      plugins: ['./web/codegen/labels-plugin.cjs'],
    },
  },
};

export default config;
