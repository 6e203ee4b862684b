import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Node resolves `graphql` to its CommonJS build (it has no exports map) while
    // Vite prefers index.mjs: two copies would make our GraphQLErrors look foreign
    // to Yoga. Point every import at the one Node uses.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // One embedded Neo4j for the whole run, seeded once; see tests/support/global-setup.ts.
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Two cores here: files run one after another against the shared Neo4j.
    fileParallelism: false,
    reporters: ['default'],
  },
});
