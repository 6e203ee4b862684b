import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import { ConfigError } from '../config.js';

/**
 * Trusted documents: the operations clients are known to send, by the
 * sha256 hex of their text (trusted-documents.json, built by `npm run
 * codegen` from operations/ and the Explorer's operations). A client sends
 * `extensions.persistedQuery.sha256Hash` instead of the text, in any mode.
 * With TRUSTED_DOCUMENTS_ONLY=true nothing else runs, which locks
 * production clients to reviewed operations; by default any query runs
 * too, because GraphiQL exploration needs ad-hoc queries. Apps outside
 * this repository add theirs without a change to it: TRUSTED_DOCUMENTS_DIR.
 */

export const manifestPath = fileURLToPath(new URL('../../trusted-documents.json', import.meta.url));

export type TrustedDocuments = Record<string, string>;

export function loadTrustedDocuments(path = manifestPath): TrustedDocuments {
  return JSON.parse(readFileSync(path, 'utf8')) as TrustedDocuments;
}

const HASH = /^(?:sha256:)?([0-9a-f]{64})$/;

/**
 * The operations of apps outside this repository (TRUSTED_DOCUMENTS_DIR):
 * every `.json` file of the folder is a manifest in the shape GraphQL Code
 * Generator's client preset writes as persisted-documents.json, the sha256
 * hex of each document's text (optionally `sha256:`-prefixed) to that text.
 * Each hash is checked against its text, so a manifest that does not say
 * what it runs stops the start, naming the file and the entry.
 */
export function loadTrustedDocumentsDir(dir: string): TrustedDocuments {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch {
    throw new ConfigError(`TRUSTED_DOCUMENTS_DIR=${dir}: not a folder that can be read`);
  }
  const documents: TrustedDocuments = {};
  const problems: string[] = [];
  for (const file of files) {
    let manifest: unknown;
    try {
      manifest = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch {
      problems.push(`${file}: not JSON`);
      continue;
    }
    if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) {
      problems.push(`${file}: not an object of sha256 hashes to documents`);
      continue;
    }
    for (const [id, text] of Object.entries(manifest)) {
      const hash = HASH.exec(id)?.[1];
      if (!hash) problems.push(`${file}: ${JSON.stringify(id.slice(0, 80))} is not a sha256 hex hash`);
      else if (typeof text !== 'string') problems.push(`${file}: ${hash} does not map to a document's text`);
      else if (createHash('sha256').update(text).digest('hex') !== hash)
        problems.push(`${file}: ${hash} is not the sha256 of its document (was the file edited by hand?)`);
      else documents[hash] = text;
    }
  }
  if (problems.length)
    throw new ConfigError(
      `Invalid trusted documents:\n${problems.map((p) => `  TRUSTED_DOCUMENTS_DIR/${p}`).join('\n')}`,
    );
  return documents;
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
