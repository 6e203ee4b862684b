import type { AnswerError } from './app.js';
import type { LooseJson } from './json.js';

/**
 * A GraphQL-over-SSE client for tests, over real HTTP: sends a subscription
 * (GET with the query in the URL, or POST), reads the event stream as it
 * arrives, and hands out each `next` event's payload in order.
 */
export interface SseEvent {
  event: string;
  data: string;
}

/** A `next` event's payload: an execution result. */
export interface Payload {
  data?: LooseJson;
  errors?: AnswerError[];
}

export interface Subscription {
  status: number;
  headers: Headers;
  /** The next `next` event's JSON payload; rejects after timeoutMs without one. */
  next(timeoutMs?: number): Promise<Payload>;
  /** Every event read so far (pings excluded), `complete` included. */
  events: SseEvent[];
  /** Resolves when the server ended the stream. */
  ended: Promise<void>;
  close(): void;
}

export async function subscribe(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: {
    headers?: Record<string, string>;
    method?: 'GET' | 'POST';
    extensions?: Record<string, unknown>;
    /** More URL parameters (a stream ticket). */
    params?: Record<string, string>;
  } = {},
): Promise<Subscription> {
  const controller = new AbortController();
  const headers = { accept: 'text/event-stream', ...options.headers };
  const method = options.method ?? 'POST';
  let res: Response;
  const url = new URL('/graphql', base);
  for (const [name, value] of Object.entries(options.params ?? {})) url.searchParams.set(name, value);
  if (method === 'GET') {
    if (query) url.searchParams.set('query', query);
    url.searchParams.set('variables', JSON.stringify(variables));
    if (options.extensions) url.searchParams.set('extensions', JSON.stringify(options.extensions));
    res = await fetch(url, { headers, signal: controller.signal });
  } else {
    res = await fetch(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query: query || undefined, variables, extensions: options.extensions }),
      signal: controller.signal,
    });
  }

  const events: SseEvent[] = [];
  const payloads: Payload[] = [];
  const waiting: ((p: Payload) => void)[] = [];
  const ended = (async () => {
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += value;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const lines = block.split('\n').filter((l) => !l.startsWith(':'));
          if (lines.length === 0) continue; // a keep-alive ping
          const event =
            lines
              .find((l) => l.startsWith('event:'))
              ?.slice(6)
              .trim() ?? 'message';
          const data = lines
            .filter((l) => l.startsWith('data:'))
            .map((l) => l.slice(5).trimStart())
            .join('\n');
          events.push({ event, data });
          if (event === 'next') {
            const payload = JSON.parse(data) as Payload;
            const resolve = waiting.shift();
            if (resolve) resolve(payload);
            else payloads.push(payload);
          }
        }
      }
    } catch {
      // aborted by close()
    }
  })();

  return {
    status: res.status,
    headers: res.headers,
    events,
    ended,
    next(timeoutMs = 10_000) {
      if (payloads.length) return Promise.resolve(payloads.shift()!);
      return new Promise<Payload>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(done), 1);
          reject(new Error(`no event within ${timeoutMs} ms (events so far: ${JSON.stringify(events)})`));
        }, timeoutMs);
        const done = (p: Payload) => {
          clearTimeout(timer);
          resolve(p);
        };
        waiting.push(done);
      });
    },
    close: () => controller.abort(),
  };
}
