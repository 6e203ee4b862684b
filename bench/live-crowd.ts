import { request } from 'node:http';

/**
 * Browser-style subscribers for the live benchmark: each one its own HTTP
 * connection (no shared agent), sending the subscription by GET as
 * `EventSource` does, and noting when each `next` event arrives. Kept to
 * node:http and a string search so that thousands of them cost the
 * benchmark's process little beside the server it measures.
 */
export interface Subscriber {
  /** performance.now() at the arrival of each `next` event. */
  arrivals: number[];
  /** The JSON text of each `next` event. */
  payloads: string[];
  /** Whether the server has ended the stream (or the connection broke). */
  ended: boolean;
  close(): void;
}

export function openSubscriber(
  base: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Subscriber> {
  const url = new URL('/graphql', base);
  url.searchParams.set('query', query);
  url.searchParams.set('variables', JSON.stringify(variables));
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers: { accept: 'text/event-stream', ...headers } }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`the subscription was answered with HTTP ${res.statusCode}`));
        return;
      }
      const sub: Subscriber = { arrivals: [], payloads: [], ended: false, close: () => req.destroy() };
      res.setEncoding('utf8');
      let buffer = '';
      let opened = false;
      res.on('data', (chunk: string) => {
        const now = performance.now();
        buffer += chunk;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          // The stream opens with a ':' comment: the subscription is in place from then on.
          if (!opened) {
            opened = true;
            resolve(sub);
          }
          if (block.startsWith('event: next')) {
            sub.arrivals.push(now);
            sub.payloads.push(block.slice(block.indexOf('data:') + 5).trim());
          }
        }
      });
      const end = () => {
        sub.ended = true;
        if (!opened) reject(new Error('the subscription ended before it opened'));
      };
      res.on('end', end);
      res.on('error', end);
      res.on('close', end);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Opens `count` subscribers, `concurrency` connection attempts at a time (a burst of thousands overflows the listen backlog). */
export async function openCrowd(
  count: number,
  open: () => Promise<Subscriber>,
  concurrency = 100,
): Promise<Subscriber[]> {
  const crowd: Subscriber[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next += 1;
      crowd.push(await open());
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  } catch (err) {
    for (const sub of crowd) sub.close();
    throw err;
  }
  return crowd;
}
