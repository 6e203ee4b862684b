/**
 * One subscriber's events, in order, through a bounded buffer. Events wait
 * here while the subscriber is busy: running the previous one, or blocked
 * because its client has stopped reading (its connection's buffers are
 * full, so its stream takes nothing more). A subscriber whose buffer is
 * full when one more event comes is dropped: its stream ends and
 * `onOverflow` is told. So a client that stops reading costs at most
 * `limit` waiting events (references to payloads every subscriber shares),
 * and publishing never waits for it or fails because of it.
 */
export interface StreamOptions<T> {
  /** Starts listening; returns how to stop. */
  listen(push: (event: T) => void): () => void;
  /** How many events may wait for the subscriber. */
  limit: number;
  /** The buffer was full: the stream has ended. */
  onOverflow(): void;
  /** Each event as the subscriber takes it, before it runs. */
  onTake?(event: T): void;
  /** The stream has ended: overflow, or its subscriber stopped. */
  onEnd?(): void;
}

export function boundedStream<T>(options: StreamOptions<T>): AsyncIterableIterator<T> {
  const waiting: T[] = [];
  let taker: ((result: IteratorResult<T>) => void) | null = null;
  let ended = false;
  let stop: () => void = () => undefined;

  const hand = (event: T): IteratorResult<T> => {
    options.onTake?.(event);
    return { value: event, done: false };
  };
  const end = () => {
    if (ended) return;
    ended = true;
    waiting.length = 0;
    stop();
    const pending = taker;
    taker = null;
    pending?.({ value: undefined, done: true });
    options.onEnd?.();
  };
  stop = options.listen((event) => {
    if (ended) return;
    if (taker) {
      const pending = taker;
      taker = null;
      pending(hand(event));
    } else if (waiting.length < options.limit) {
      waiting.push(event);
    } else {
      end();
      options.onOverflow();
    }
  });

  return {
    next() {
      if (waiting.length > 0) return Promise.resolve(hand(waiting.shift()!));
      if (ended) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => (taker = resolve));
    },
    return() {
      end();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err?: unknown) {
      end();
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
