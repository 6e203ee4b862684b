import { setMaxListeners } from 'node:events';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type PubSub } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import type { ChangeStatus } from '../changes.js';
import type { Logger } from '../log.js';
import { closeRedis, redisClient } from '../redis.js';
import { EventReads } from './event-reads.js';
import { boundedStream } from './subscriber-stream.js';

/**
 * The events subscriptions deliver, published once a write has committed
 * (src/live/relay.ts). In one process they go through an in-memory event
 * target; with REDIS_URL, through Redis channels (`claimAdded`,
 * `entityChanged:<key>`, `articleIngested`), so that a write on one server
 * reaches the subscribers of every other. Payloads are keys and plain
 * facts, never nodes: the subscribers of each process read the node when
 * the event arrives, once per event and role (src/live/event-reads.ts).
 * Each subscriber takes its events through a bounded buffer
 * (src/live/subscriber-stream.ts), and is dropped when it stops reading.
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

/** An event's payload on a topic (the last of what `publish` takes). */
export type PayloadOf<K extends keyof LiveTopics> = LiveTopics[K] extends [infer E]
  ? E
  : LiveTopics[K] extends [string, infer E]
    ? E
    : never;

/** What this process's live events have cost so far (read at GET /live/stats). */
export interface LiveStats {
  /** Reads of an event's data, each shared by the subscribers of one role. */
  reads: number;
  /** The Cypher statements those reads sent. */
  statements: number;
  /** Executions of a subscription operation on an event, each shared by the subscribers sending it alike. */
  executions: number;
  /** Subscribers dropped because they stopped reading. */
  dropped: number;
}

/** One subscription, as its stream of events sees it. */
export interface Subscriber {
  /** Its request id, for the log line if it is dropped. */
  requestId: string;
  /** Cuts its connection: it stopped reading. */
  drop(): void;
  /** It takes an event from its stream, to run it. */
  onTake(event: object): void;
  /** Its stream has ended. */
  onEnd(): void;
}

export interface LiveEvents {
  /** Where committed writes are announced (src/live/relay.ts). */
  pubsub: PubSub<LiveTopics>;
  /**
   * One subscriber's events on a topic (and key, for entityChanged), in
   * order, through a buffer of LIVE_BUFFER events; a subscriber whose
   * buffer overflows is dropped, counted and logged.
   */
  subscribe<K extends keyof LiveTopics>(
    topic: K,
    id: string | undefined,
    subscriber: Subscriber,
  ): AsyncIterableIterator<PayloadOf<K>>;
  /** The reads shared by the subscribers of each event. */
  reads: EventReads;
  stats: LiveStats;
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

interface LiveOptions {
  redisUrl?: string;
  logger: Logger;
  /** LIVE_BUFFER: how many events may wait for one subscriber before it is dropped. */
  buffer: number;
}

/** What both transports share: subscribing through the bounded buffer, the shared reads, the counts. */
function over(
  target: EventTarget,
  count: () => number,
  options: LiveOptions,
): Pick<LiveEvents, 'pubsub' | 'subscribe' | 'reads' | 'stats' | 'listening'> {
  const stats: LiveStats = { reads: 0, statements: 0, executions: 0, dropped: 0 };
  const limit = options.buffer;
  return {
    pubsub: createPubSub<LiveTopics>({ eventTarget: target as never }),
    reads: new EventReads(stats),
    stats,
    listening: count,
    subscribe(topic, id, subscriber) {
      const channel = id === undefined ? topic : `${topic}:${id}`;
      return boundedStream({
        listen(push) {
          const listener = (event: Event) => push((event as CustomEvent).detail);
          target.addEventListener(channel, listener);
          return () => target.removeEventListener(channel, listener);
        },
        limit,
        onOverflow() {
          stats.dropped += 1;
          options.logger.warn(
            { requestId: subscriber.requestId, topic: channel, buffer: limit, dropped: stats.dropped },
            'live: subscriber dropped, it stopped reading its stream',
          );
          subscriber.drop();
        },
        onTake: (event) => subscriber.onTake(event as object),
        onEnd: () => subscriber.onEnd(),
      });
    },
  };
}

export function createLiveEvents(options: LiveOptions): LiveEvents {
  if (!options.redisUrl) {
    const events = new EventTarget();
    // Every subscription is a listener: thousands are expected, not a leak.
    setMaxListeners(0, events);
    const { target, count } = counted(events);
    return { ...over(target, count, options), transport: 'memory', close: async () => {} };
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
    ...over(target, count, options),
    transport: 'redis',
    close: () => closeRedis(publisher, subscriber),
  };
}
