import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from './log.js';

/**
 * A Redis connection (REDIS_URL) that logs when Redis goes away and comes
 * back, once each, not on every retry; ioredis reconnects by itself.
 * `role` names the connection in the log (publish, subscribe, cache).
 */
export function redisClient(url: string, role: string, logger: Logger, options: RedisOptions = {}): Redis {
  const client = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3, ...options });
  let down = false;
  client.on('error', (err) => {
    if (down) return;
    down = true;
    logger.warn({ redis: role, err: String(err) }, 'redis unavailable: waiting for it (ioredis reconnects)');
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info({ redis: role }, 'redis reachable again');
  });
  return client;
}

/** Closes a connection politely, and at once if Redis does not answer. */
export async function closeRedis(...clients: Redis[]): Promise<void> {
  await Promise.allSettled(clients.map((c) => c.quit()));
  for (const client of clients) client.disconnect();
}
