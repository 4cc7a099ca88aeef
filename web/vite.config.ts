import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './build/graphql-documents.js';
import { precompress } from './build/precompress.js';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The web client: built into web/dist, which the server serves at `/` beside GraphQL at `/graphql`. */
export default defineConfig({
  root,
  base: '/',
  plugins: [graphqlDocuments(fileURLToPath(new URL('./src/gql/', import.meta.url))), react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    port: 5173,
    proxy: {
      // Same origin in development too, so the HttpOnly session cookie and CSRF rules behave as in production.
      '/graphql': { target: 'http://localhost:4000', ws: true },
    },
  },
});
