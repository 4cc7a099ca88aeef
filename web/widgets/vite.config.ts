import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { graphqlDocuments } from '../build/graphql-documents.js';
import { precompress } from '../build/precompress.js';

/**
 * The embeddable widgets: one classic script (IIFE, no module loader or framework needed on the host page) at
 * web/dist/widgets/v1/qifu.js, served by the server at /widgets/v1/qifu.js. Built after the web client (the web
 * build empties dist), precompressed like the web build (.br/.gz beside it).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [graphqlDocuments(fileURLToPath(new URL('../src/gql/', import.meta.url))), precompress()],
  build: {
    outDir: fileURLToPath(new URL('../dist/widgets/v1/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2020',
    // No source map beside the script: the host page loads one file.
    sourcemap: false,
    lib: {
      entry: fileURLToPath(new URL('./qifu.ts', import.meta.url)),
      name: 'QifuWidgets',
      formats: ['iife'],
      fileName: () => 'qifu.js',
    },
  },
});
