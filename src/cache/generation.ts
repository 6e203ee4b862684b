import type { Redis } from 'ioredis';
import type { Logger } from '../log.js';
import { closeRedis, redisClient } from '../redis.js';

/**
 * The response cache's generation: answers are kept under the generation
 * current when they were computed, and a committed write starts a new one,
 * so no answer from before it is served again.
 *
 * In one process it is a counter. With REDIS_URL it is one Redis key shared
 * by every server: a write increments it before its mutation answers, and
 * every read asks for it first, so after the write no server serves an
 * answer from before it, whichever server took the write.
 */
export interface CacheGeneration {
  /** The generation now; null when it cannot be known (Redis away): then nothing is served from the cache. */
  current(): string | null | Promise<string | null>;
  /** Starts a new generation, for every server sharing it; resolves once any later `current()` sees it. */
  bump(): Promise<void>;
  /** Where it lives, for the start-up banner and the log. */
  shared: boolean;
  close(): Promise<void>;
}

export function localGeneration(): CacheGeneration {
  let generation = 0;
  return {
    current: () => String(generation),
    bump: async () => {
      generation += 1;
    },
    shared: false,
    close: async () => {},
  };
}

/** The key every server reads and increments; a Redis shared with other applications keeps it apart by its name. */
export const GENERATION_KEY = 'newsgraph:response-cache:generation';

export function redisGeneration(url: string, logger: Logger): CacheGeneration {
  // No offline queue, and a short timeout: while Redis is away, reads go to Neo4j at once instead of waiting.
  const client: Redis = redisClient(url, 'cache', logger, {
    enableOfflineQueue: false,
    commandTimeout: 1_000,
    maxRetriesPerRequest: 1,
  });
  return {
    current: async () => {
      try {
        return (await client.get(GENERATION_KEY)) ?? '0';
      } catch {
        return null;
      }
    },
    bump: async () => {
      try {
        await client.incr(GENERATION_KEY);
      } catch (err) {
        logger.warn(
          { err: String(err) },
          'redis: the response cache generation was not advanced; other servers may serve older answers until their TTL',
        );
      }
    },
    shared: true,
    close: () => closeRedis(client),
  };
}
