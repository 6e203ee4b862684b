// Lint: ESLint's and typescript-eslint's recommended rules over the server,
// the Explorer, the tests and the benchmarks; formatting is Prettier's
// (`npm run lint` runs both, and .ci/run runs it).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.neo4j/',
      'explorer/dist/',
      'explorer/src/generated/',
      'bench/results/',
      'tests/artifacts/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Every value has a written type: schema types have backing shapes (src/schema/shapes.ts), and
      // graph.read's callers name the rows their statements return. The one documented exception is
      // tests/support/json.ts, the loose JSON the tests read GraphQL answers through.
      '@typescript-eslint/no-explicit-any': 'error',
      // A leading underscore marks what is taken apart and left on purpose (`{ spans: _spans, ...rest }`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
);
