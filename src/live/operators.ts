/**
 * `filter` and `map` for a subscription's event stream, pulled one event at
 * a time: the next event is taken from the stream only when the one before
 * has been run and handed on. graphql-yoga's operators (Repeaters) take the
 * next event as soon as the last one is handed over, while it still runs,
 * and cost several promises per event each; with a thousand subscribers
 * both add up, and an event taken early would start its read while the one
 * before is still reading.
 */

type Step<T> = Promise<IteratorResult<T>>;

function operator<T, R>(source: AsyncIterable<T>, next: (it: AsyncIterator<T>) => Step<R>): AsyncIterableIterator<R> {
  const it = source[Symbol.asyncIterator]();
  const done = (): Step<R> => Promise.resolve({ value: undefined, done: true });
  return {
    next: () => next(it),
    return: () => (it.return ? it.return().then(done) : done()),
    throw: (err?: unknown) => (it.throw ? it.throw(err).then(done) : Promise.reject(err)),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

export const map =
  <T, R>(mapper: (value: T) => R | Promise<R>) =>
  (source: AsyncIterable<T>): AsyncIterableIterator<R> =>
    operator<T, R>(source, async (it): Step<R> => {
      const step = await it.next();
      if (step.done) return { value: undefined, done: true };
      return { value: await mapper(step.value), done: false };
    });

export function filter<T, S extends T>(
  keep: (value: T) => value is S,
): (source: AsyncIterable<T>) => AsyncIterableIterator<S>;
export function filter<T>(keep: (value: T) => boolean): (source: AsyncIterable<T>) => AsyncIterableIterator<T>;
export function filter<T>(keep: (value: T) => boolean) {
  return (source: AsyncIterable<T>): AsyncIterableIterator<T> =>
    operator(source, async (it) => {
      for (;;) {
        const step = await it.next();
        if (step.done || keep(step.value)) return step;
      }
    });
}
