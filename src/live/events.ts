import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type PubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';
import type { ChangeStatus } from '../changes.js';
import type { Logger } from '../log.js';

/**
 * The events subscriptions deliver, published once a write has committed
 * (src/live/relay.ts). In one process they go through an in-memory event
 * target; with REDIS_URL, through Redis channels (`claimAdded`,
 * `entityChanged:<key>`, `articleIngested`), so that a write on one server
 * reaches the subscribers of every other. Payloads are keys and plain
 * facts, never nodes: each subscriber reads the node itself, under its own
 * rights, when the event arrives.
 */

export interface ClaimAddedEvent {
  key: string;
  kind: string | null;
  /** REPORTED or CODED; absent from servers older than origins, whose claims are all reported. */
  origin?: string;
  speaker: string | null;
  onBehalfOf: string | null;
  targets: string[];
}

export interface EntityChangedEvent {
  key: string;
  status: ChangeStatus;
  /** The mutation that changed it (addClaim, ingestDocument...). */
  operation: string;
}

export interface ArticleIngestedEvent {
  key: string;
  status: ChangeStatus;
}

export type LiveTopics = {
  claimAdded: [ClaimAddedEvent];
  entityChanged: [key: string, event: EntityChangedEvent];
  articleIngested: [ArticleIngestedEvent];
};

export interface LiveEvents {
  pubsub: PubSub<LiveTopics>;
  /** Where events travel: this process only, or Redis. */
  transport: 'memory' | 'redis';
  /** How many subscriptions are listening in this process (they stop when their client goes). */
  listening(): number;
  /** Closes the Redis connections, if any. */
  close(): Promise<void>;
}

type Target = EventTarget | ReturnType<typeof createRedisEventTarget>;

/** Counts the listeners a target holds, to see that a subscription stops when its client goes. */
function counted(target: Target) {
  let listeners = 0;
  const wrapped = {
    addEventListener(type: string, listener: EventListenerOrEventListenerObject | null) {
      if (listener) listeners += 1;
      target.addEventListener(type, listener as never);
    },
    removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null) {
      if (listener) listeners -= 1;
      target.removeEventListener(type, listener as never);
    },
    dispatchEvent: (event: Event) => target.dispatchEvent(event as never),
  };
  return { target: wrapped as unknown as EventTarget, count: () => listeners };
}

/** A Redis connection that logs when Redis goes away and comes back, once each, not on every retry. */
function redisClient(url: string, role: string, logger: Logger): Redis {
  const client = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
  let down = false;
  client.on('error', (err) => {
    if (down) return;
    down = true;
    logger.warn({ redis: role, err: String(err) }, 'redis unavailable: live events wait for it (ioredis reconnects)');
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info({ redis: role }, 'redis reachable again');
  });
  return client;
}

export function createLiveEvents(options: { redisUrl?: string; logger: Logger }): LiveEvents {
  if (!options.redisUrl) {
    const { target, count } = counted(new EventTarget());
    return {
      pubsub: createPubSub<LiveTopics>({ eventTarget: target as never }),
      transport: 'memory',
      listening: count,
      close: async () => {},
    };
  }
  const publisher = redisClient(options.redisUrl, 'publish', options.logger);
  const subscriber = redisClient(options.redisUrl, 'subscribe', options.logger);
  // The event target does not wait for PUBLISH: a failed one is logged here, never left unhandled.
  const publishClient = {
    publish: (channel: string, message: string) =>
      publisher.publish(channel, message).catch((err) => {
        options.logger.warn({ channel, err: String(err) }, 'redis: live event not published');
        return 0;
      }),
  };
  const { target, count } = counted(
    createRedisEventTarget({ publishClient: publishClient as unknown as Redis, subscribeClient: subscriber }),
  );
  return {
    pubsub: createPubSub<LiveTopics>({ eventTarget: target as never }),
    transport: 'redis',
    listening: count,
    close: async () => {
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
