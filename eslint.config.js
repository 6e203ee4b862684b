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
      // Resolvers still take graph rows as `any`; typed row shapes are replacing them.
      '@typescript-eslint/no-explicit-any': 'warn',
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
