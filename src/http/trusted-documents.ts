import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';

/**
 * Trusted documents: the operations clients are known to send, by the
 * sha256 hex of their text (trusted-documents.json, built by `npm run
 * codegen` from operations/ and the Explorer's operations). A client sends
 * `extensions.persistedQuery.sha256Hash` instead of the text, in any mode.
 * With TRUSTED_DOCUMENTS_ONLY=true nothing else runs, which locks
 * production clients to reviewed operations; by default any query runs
 * too, because GraphiQL exploration needs ad-hoc queries.
 */

export const manifestPath = fileURLToPath(new URL('../../trusted-documents.json', import.meta.url));

export type TrustedDocuments = Record<string, string>;

export function loadTrustedDocuments(path = manifestPath): TrustedDocuments {
  return JSON.parse(readFileSync(path, 'utf8')) as TrustedDocuments;
}

export function useTrustedDocuments(options: {
  documents: TrustedDocuments;
  /** TRUSTED_DOCUMENTS_ONLY: refuse any operation sent as text. */
  only: boolean;
  /** Requests that may still send text when only trusted documents run (the server's own warm-up). */
  mayRunText: (request: Request) => boolean;
}): Plugin {
  const { documents } = options;
  const refusal = (message: string, code: string) => ({ message, extensions: { code, http: { status: 400 } } });
  return usePersistedOperations({
    getPersistedOperation: (hash) => (Object.hasOwn(documents, hash) ? documents[hash]! : null),
    allowArbitraryOperations: options.only ? options.mayRunText : true,
    customErrors: {
      persistedQueryOnly: refusal(
        'This server runs trusted documents only (TRUSTED_DOCUMENTS_ONLY=true): send the sha256 hash of a known operation as extensions.persistedQuery.sha256Hash, without the query text.',
        'TRUSTED_DOCUMENTS_ONLY',
      ),
      notFound: refusal(
        'No trusted document has this sha256Hash: only the operations in trusted-documents.json run by hash.',
        'PERSISTED_QUERY_NOT_FOUND',
      ),
      keyNotFound: refusal(
        options.only
          ? 'Send the sha256 hash of a trusted document as extensions.persistedQuery.sha256Hash (version 1).'
          : 'Send a query, or the sha256 hash of a trusted document as extensions.persistedQuery.sha256Hash (version 1).',
        'BAD_REQUEST',
      ),
    },
  }) as Plugin;
}
