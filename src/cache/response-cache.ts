import { randomUUID } from 'node:crypto';
import { createInMemoryCache, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ChangeFeed } from '../changes.js';
import type { Caller } from '../context.js';
import { localGeneration, type CacheGeneration } from './generation.js';

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
 * nothing narrower is safe. The key also carries the cache's generation
 * (src/cache/generation.ts), advanced by every write: a read that began
 * before the write and ends after it stores its answer under the old
 * generation, where no later request looks. With REDIS_URL the generation
 * is shared by every server, and the write's answer waits until it has
 * advanced, so the next read on any server misses the old answers. Writes
 * that bypass the server (`npm run ingest` from the command line) are seen
 * once an entry's TTL ends.
 */
export interface ResponseCacheOptions {
  ttlMs: number;
  changes: ChangeFeed;
  /** Verifies the request's token (throwing UNAUTHENTICATED for a bad one) and names its caller. */
  callerOf: (request: Request, context: Record<string, unknown>) => Promise<Caller | null>;
  /** This process's counter unless given (REDIS_URL: shared by every server). */
  generation?: CacheGeneration;
  /** Most answers kept (least recently used go first). */
  maxEntries?: number;
}

export function responseCachePlugin(options: ResponseCacheOptions): Plugin {
  const max = options.maxEntries ?? 1000;
  const generation = options.generation ?? localGeneration();
  let entries = createInMemoryCache({ max });
  /** The generation this process's entries belong to; answers of an older one are dropped on sight. */
  let seen: string | null = null;
  const cache: Cache = {
    get: (key) => entries.get(key),
    set: (...args) => entries.set(...args),
    invalidate: (ids) => entries.invalidate(ids),
  };
  /** Generations being advanced by writes of this process; a write answers once its own is done. */
  const advancing = new Set<Promise<void>>();
  options.changes.subscribe(() => {
    entries = createInMemoryCache({ max });
    const advanced: Promise<void> = generation.bump().finally(() => advancing.delete(advanced));
    advancing.add(advanced);
  });
  /** Requests that run a mutation: their answers are never kept (a ticket, a draft, a write's result are the caller's own). */
  const writes = new WeakSet<object>();
  const responseCache = useResponseCache({
    cache,
    ttl: options.ttlMs,
    // Without mutation invalidation the plugin would keep mutations' answers too, and serve them before parsing.
    onTtl: ({ ttl, context }) => (writes.has(context) ? 0 : ttl),
    // Every committed write drops the whole cache (above); entity-by-entity invalidation would add nothing.
    invalidateViaMutation: false,
    session: async (request, context) => {
      const [current, caller] = await Promise.all([
        generation.current(),
        options.callerOf(request, context as unknown as Record<string, unknown>),
      ]);
      // Generation unknown (Redis away): a key no request shares, so nothing cached is served.
      if (current === null) return `unknown:${randomUUID()}`;
      if (current !== seen) {
        seen = current;
        entries = createInMemoryCache({ max });
      }
      // Anonymous readers see less than readers with a token (who wrote what): each role has its own answers.
      return `${current}:${caller?.role ?? 'anonymous'}`;
    },
  });
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(responseCache);
    },
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation === 'mutation') writes.add(args.contextValue);
    },
    // A write's answer leaves once the generation it advanced is visible to every server.
    onExecutionResult: async () => {
      if (advancing.size) await Promise.all(advancing);
    },
  };
}
