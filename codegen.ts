import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The Explorer's typed client: TypeScript types for every operation in
 * explorer/src/operations/ (a glob: a new file gets its types on the next
 * `npm run codegen`), from the committed schema/schema.graphql, and the
 * trusted-document hash of each (sha256 of the document text the preset
 * prints), which the Explorer sends instead of the text.
 * tests/trusted-documents.test.ts fails when the output is stale.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['explorer/src/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'explorer/src/generated/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { mode: 'embedHashInDocument', hashPropertyName: 'hash', hashAlgorithm: 'sha256' },
      },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        scalars: { ID: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
