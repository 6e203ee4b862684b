import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The Explorer is served by the API server itself at /explore (see
 * src/http/explorer-route.ts), so assets are built for that base and the page
 * talks to /graphql on the same origin. `npm run explorer:dev` serves the
 * sources with hot reload and forwards /graphql to a running `npm start`.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/explore/',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Cytoscape (~450 kB minified) and the parts of ECharts the record views draw (~700 kB):
    // one chunk is fine for a page served by the API server itself.
    chunkSizeWarningLimit: 1500,
    sourcemap: true,
  },
  server: {
    proxy: { '/graphql': process.env.EXPLORER_API ?? 'http://localhost:4000' },
  },
});
