import type { ServerResponse } from 'node:http';
import type { Context } from '../context.js';
import type { LiveEvents, LiveTopics } from './events.js';

/**
 * A subscription's side of live events: its stream of events on a topic,
 * whose connection is cut if its client stops reading, and for each event
 * it takes, the read it shares with the other subscribers of its role.
 */
export function liveSubscriber(ctx: Context) {
  const live: LiveEvents | undefined = ctx.live;
  if (!live) throw new Error('this server was built without live events');
  return {
    subscribe<K extends keyof LiveTopics>(topic: K, id?: string) {
      return live.subscribe(topic, id, {
        requestId: ctx.requestId,
        // Over HTTP, the Node response Yoga streams to; yoga.fetch has none, and its stream simply ends.
        drop: () => (ctx as { res?: ServerResponse }).res?.destroy(),
        onTake: (event) => live.reads.taken(ctx, event),
        onEnd: () => live.reads.letGo(ctx),
      });
    },
  };
}

/**
 * Before a subscriber runs the event it took: its context reads through
 * the event's shared Graph and loaders (fresh ones: anything cached before
 * would be stale), with the event's own REQUEST_TIMEOUT_MS.
 */
export function readEvent(ctx: Context): void {
  ctx.live?.reads.join(ctx);
}
