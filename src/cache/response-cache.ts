import { createInMemoryCache, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import type { ChangeFeed } from '../changes.js';
import type { Caller } from '../context.js';

/**
 * A cache of whole answers to read operations (Yoga's response cache),
 * keyed by the document, its variables and the caller's role (anonymous
 * readers are not shown who wrote what, so they are a role of their own);
 * a token is verified before any answer is served, and a bad one is refused
 * as always. Answers with errors, and mutations, are never kept.
 *
 * Every write the server commits (mutations, ingestDocument) announces
 * itself on the change feed, and the cache is then dropped whole: a new
 * claim changes lists and counts that hold none of the keys it touched, so
 * nothing narrower is safe. The next read asks Neo4j again. The key also
 * carries the cache's generation, bumped with every drop: a read that began
 * before the write and ends after it stores its answer under the old
 * generation, where no later request looks. Writes that bypass the server
 * (`npm run ingest` from the command line) are seen once an entry's TTL
 * ends.
 */
export interface ResponseCacheOptions {
  ttlMs: number;
  changes: ChangeFeed;
  /** Verifies the request's token (throwing UNAUTHENTICATED for a bad one) and names its caller. */
  callerOf: (request: Request, context: Record<string, unknown>) => Promise<Caller | null>;
  /** Most answers kept (least recently used go first). */
  maxEntries?: number;
}

export function responseCachePlugin(options: ResponseCacheOptions): Plugin {
  const max = options.maxEntries ?? 1000;
  let entries = createInMemoryCache({ max });
  let generation = 0;
  const cache: Cache = {
    get: (key) => entries.get(key),
    set: (...args) => entries.set(...args),
    invalidate: (entities) => entries.invalidate(entities),
  };
  options.changes.subscribe(() => {
    generation += 1;
    entries = createInMemoryCache({ max });
  });
  return useResponseCache({
    cache,
    ttl: options.ttlMs,
    // Every committed write drops the whole cache (above); entity-by-entity invalidation would add nothing.
    invalidateViaMutation: false,
    session: async (request, context) => {
      const current = generation;
      const caller = await options.callerOf(request, context as unknown as Record<string, unknown>);
      // Anonymous readers see less than readers with a token (who wrote what): each role has its own answers.
      return `${current}:${caller?.role ?? 'anonymous'}`;
    },
  });
}
