import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { connect, createServer as createTcpServer, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey } from '../src/http/auth.js';
import { testApp } from './support/app.js';
import { launchChromium } from './support/browser.js';
import { listenOn } from './support/hardening.js';
import { fileBlocks } from './support/markdown.js';
import { writtenKeys } from './support/writes.js';

/**
 * The front-end guide's recipes (docs/front-end.md) in a real browser: a
 * page on an origin of its own imports `newsgraph.js` as the guide writes
 * it (only the API's address is this server's) and, against the real server
 * where reads need a token, queries with fetch and subscribes with a real
 * EventSource opened with a stream ticket, never the token. The page reaches
 * the server through a plain TCP relay, which the test cuts to make the
 * browser reconnect once the ticket has expired.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const GUIDE_API = "'http://localhost:4000/graphql'";

const reader = generateApiKey('front-end-reader', 'reader');
const editor = generateApiKey('front-end-editor', 'editor');

/** What the claimAdded subscription of these tests sends. */
interface ClaimAddedData {
  claimAdded: { key: string; kind: string; allegation: string; speaker: { name: string } };
}

declare global {
  interface Window {
    newsgraph: {
      graphql(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<unknown>;
      subscribe(
        query: string,
        variables: Record<string, unknown>,
        token: string | null,
        onNext: (data: ClaimAddedData) => void,
        onError?: (error: Error) => void,
      ): () => void;
    };
    received: ClaimAddedData[];
    failures: string[];
    stop: () => void;
  }
}

describe('the front-end guide’s recipes in Chromium', () => {
  const app = testApp({
    API_KEYS: [reader.entry, editor.entry].join(','),
    READS_REQUIRE_AUTH: 'true',
    STREAM_TICKET_TTL_S: '5',
  });
  const written = writtenKeys(app.graph);
  /** Where the page reaches the API: a TCP relay to the server. */
  let api: string;
  let relay: ReturnType<typeof createTcpServer>;
  const relayed = new Set<Socket>();
  /** Cuts every connection through the relay, as a network drop would. */
  const dropConnections = () => {
    for (const socket of relayed) socket.destroy();
    relayed.clear();
  };
  let pageServer: Server;
  let pageOrigin: string;
  let page: Page;
  let closeBrowser: (() => Promise<void>) | undefined;
  /** Every request the page made: its URL and whether it carried an Authorization header. */
  const requests: { url: string; method: string; authorization: string | undefined }[] = [];

  const streamsOf = (list: typeof requests) =>
    list.filter((r) => r.method === 'GET' && r.url.startsWith(`${api}/graphql?`));

  beforeAll(async () => {
    const server = new URL(await app.listen());
    relay = createTcpServer((client) => {
      const upstream = connect(Number(server.port), server.hostname);
      relayed.add(client).add(upstream);
      client.pipe(upstream).pipe(client);
      for (const socket of [client, upstream]) {
        socket.on('error', () => undefined);
        socket.on('close', () => {
          client.destroy();
          upstream.destroy();
        });
      }
    });
    api = await listenOn(relay as unknown as Server);
    const guide = fileBlocks(readFileSync(`${root}/docs/front-end.md`, 'utf8'));
    const recipe = guide.get('newsgraph.js');
    expect(recipe, 'docs/front-end.md has no `// file: newsgraph.js` block').toBeDefined();
    expect(recipe!.split(GUIDE_API).length - 1, 'the guide names the API once').toBe(1);
    const script = recipe!.replace(GUIDE_API, JSON.stringify(`${api}/graphql`));
    pageServer = createServer((req, res) => {
      if (req.url === '/newsgraph.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' });
        res.end(script);
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        `<!doctype html><title>An app of its own</title><script type="module">
           import * as newsgraph from '/newsgraph.js';
           window.newsgraph = newsgraph;
           window.received = [];
           window.failures = [];
           document.body.dataset.ready = 'yes';
         </script><body></body>`,
      );
    });
    pageOrigin = await listenOn(pageServer);
    const browser = await launchChromium({ width: 1024, height: 700 });
    closeBrowser = browser.close;
    page = await browser.context.newPage();
    page.on('request', (r) =>
      requests.push({ url: r.url(), method: r.method(), authorization: r.headers()['authorization'] }),
    );
    await page.goto(pageOrigin);
    await page.waitForSelector('body[data-ready="yes"]', { state: 'attached' });
  }, 120_000);

  afterAll(async () => {
    await closeBrowser?.();
    dropConnections();
    await new Promise((r) => pageServer?.close(r));
    await new Promise((r) => relay?.close(r));
  });

  it('runs from an origin of its own, unlike the API’s', () => {
    expect(new URL(pageOrigin).port).not.toBe(new URL(api).port);
  });

  it('queries with fetch: with a token it reads, without one it is told why', async () => {
    const found = (await page.evaluate(
      (token) => window.newsgraph.graphql('{ search(text: "korea", first: 3) { name } }', {}, token),
      reader.key,
    )) as { search: { name: string }[] };
    expect(found.search.map((e) => e.name)).toContain('North Korea');
    const refused = await page.evaluate(() =>
      window.newsgraph.graphql('{ search(text: "korea") { name } }').then(
        () => 'answered',
        (err) => `${err.code}: ${err.message}`,
      ),
    );
    expect(refused).toMatch(/^UNAUTHENTICATED: This server needs a token for every request/);
  });

  it('subscribes through an EventSource opened with a ticket, and receives what is written meanwhile', async () => {
    const slug = written.slug('front-end');
    const target = written.stateKey();
    const write = (query: string, input: Record<string, unknown>) =>
      app.query(query, { input }, { authorization: `Bearer ${editor.key}` });
    const upsert = await write('mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { created } }', {
      key: target,
      type: 'State',
      name: `Front-end ${slug}`,
    });
    expect(upsert.body.errors).toBeUndefined();

    const listening = app.live.listening();
    await page.evaluate(
      ({ token, id }) => {
        window.stop = window.newsgraph.subscribe(
          'subscription($id: ID) { claimAdded(involving: $id) { key kind allegation speaker { name } } }',
          { id },
          token,
          (data) => window.received.push(data),
          (err) => window.failures.push(err.message),
        );
      },
      { token: reader.key, id: target },
    );
    await expect.poll(() => app.live.listening(), { timeout: 15_000 }).toBe(listening + 1);

    /** A claim of the United States aimed at the test's state, written through the API. */
    const claim = async (key: string, kind: string, allegation: string) => {
      const input = {
        key,
        kind,
        allegation,
        speaker: 'state:USA',
        targets: [target],
        source: 'article:53f6e0b8b575f843',
      };
      const added = await write('mutation($input: AddClaimInput!) { addClaim(input: $input) { created } }', input);
      expect(added.body.errors).toBeUndefined();
    };
    await claim(`claim:front-end-${slug}`, 'DEMAND', 'a demand seen live in a browser');
    await expect.poll(() => page.evaluate(() => window.received.length), { timeout: 15_000 }).toBe(1);
    expect(await page.evaluate(() => window.received[0])).toEqual({
      claimAdded: {
        key: `claim:front-end-${slug}`,
        kind: 'DEMAND',
        allegation: 'a demand seen live in a browser',
        speaker: { name: 'United States' },
      },
    });
    expect(await page.evaluate(() => window.failures)).toEqual([]);

    // The token went only in headers of POSTs; the stream's URL carried a ticket and no token.
    const stream = streamsOf(requests)[0];
    expect(stream).toBeDefined();
    expect(new URL(stream!.url).searchParams.get('ticket')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(stream!.authorization).toBeUndefined();
    for (const r of requests) expect(r.url).not.toContain(reader.key);
    expect(requests.filter((r) => r.authorization).every((r) => r.method === 'POST')).toBe(true);

    // The connection drops once the ticket has expired: the browser reconnects with the old
    // ticket, is refused, and the recipe opens a new stream with a new ticket.
    await page.waitForTimeout(6_000);
    dropConnections();
    await expect.poll(() => app.live.listening(), { timeout: 15_000 }).toBe(listening);
    await expect
      .poll(() => new Set(streamsOf(requests).map((r) => new URL(r.url).searchParams.get('ticket'))).size, {
        timeout: 20_000,
      })
      .toBe(2);
    await expect.poll(() => app.live.listening(), { timeout: 15_000 }).toBe(listening + 1);
    await claim(`claim:front-end-again-${slug}`, 'WARN', 'a warning seen after a reconnection');
    await expect.poll(() => page.evaluate(() => window.received.length), { timeout: 15_000 }).toBe(2);
    expect(await page.evaluate(() => window.received[1].claimAdded.allegation)).toBe(
      'a warning seen after a reconnection',
    );
    expect(await page.evaluate(() => window.failures)).toEqual([]);

    await page.evaluate(() => window.stop());
    await expect.poll(() => app.live.listening(), { timeout: 15_000 }).toBe(listening);
  });

  it('reports a subscription refused for want of a token once, without retrying it', async () => {
    const before = requests.length;
    await page.evaluate(() => {
      window.failures = [];
      window.stop = window.newsgraph.subscribe(
        'subscription { articleIngested { key } }',
        {},
        null,
        (data) => window.received.push(data),
        (err) => window.failures.push(err.message),
      );
    });
    await expect
      .poll(() => page.evaluate(() => window.failures), { timeout: 15_000 })
      .toEqual(['The server refused the subscription.']);
    // Give a retry the time the recipe waits before one (1 s), twice over: none comes.
    await page.waitForTimeout(2_500);
    const streams = streamsOf(requests.slice(before));
    expect(streams).toHaveLength(1);
    await page.evaluate(() => window.stop());
  });
});
