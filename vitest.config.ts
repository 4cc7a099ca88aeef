import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: false,
  // Node resolves graphql to its CommonJS build (as type-graphql does); Vite would pick index.mjs,
  // giving two graphql realms in one process.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  plugins: [
    swc.vite({
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2023',
      },
    }),
  ],
  test: {
    include: ['server/**/*.spec.ts', 'seeds/**/*.spec.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/setup/global-setup.ts'],
    // type-graphql's decorators need the polyfill before any test file imports a decorated class.
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Tests run in a shuffled order within each file, with a fixed seed so a run can be repeated
    // (`npx vitest run --sequence.seed=<n>` tries another order): a test that leans on another's data fails here.
    sequence: { shuffle: { files: false, tests: true }, seed: 20261207 },
    pool: 'forks',
    fileParallelism: true,
  },
});
