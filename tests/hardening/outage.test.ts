import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j/embedded.js';
import { createDriver, Graph } from '../../src/neo4j/graph.js';
import { migrate } from '../../src/neo4j/migrate.js';
import { appOver, call, freePort, gql, listenOn } from '../support/hardening.js';
import type { AnswerError } from '../support/app.js';

/**
 * A Neo4j of its own (temporary store, fixed port) goes away while reads and
 * acknowledged writes run, and comes back on the same store and port. The
 * server, with its production driver settings, must answer
 * DATABASE_UNAVAILABLE (HTTP 503) meanwhile, keep /health at 200 and /ready
 * at 503, recover without a restart, and no acknowledged write may be lost.
 */
describe('a Neo4j outage', () => {
  let store = '';
  let port = 0;
  let db: EmbeddedNeo4j | undefined;
  let app: ReturnType<typeof appOver>;
  let base = '';

  beforeAll(async () => {
    store = mkdtempSync(join(tmpdir(), 'newsgraph-outage-'));
    port = await freePort();
    db = await startEmbeddedNeo4j({ storeDir: store, port, heapMb: 512, pageCacheMb: 32 });
    const driver = createDriver({ uri: db.uri, database: 'neo4j' });
    try {
      await migrate(new Graph(driver, 'neo4j'));
    } finally {
      await driver.close();
    }
    // The response cache would answer the readers' one query from memory all through the outage:
    // this is about what Neo4j's absence looks like to requests that reach it.
    app = appOver(db.uri, { NODE_ENV: 'production', RESPONSE_CACHE: 'false' });
    base = await listenOn(app.server);
  });

  afterAll(async () => {
    await app?.close();
    await db?.stop();
    if (store) rmSync(store, { recursive: true, force: true });
  });

  it(
    'answers DATABASE_UNAVAILABLE while it is away, recovers by itself, and loses no acknowledged write',
    { timeout: 240_000 },
    async () => {
      // Writes go straight through a driver of their own; one is acknowledged when its commit returns.
      const writer = neo4j.driver(db!.uri, undefined, {
        maxTransactionRetryTime: 0,
        connectionTimeout: 2_000,
        logging: { level: 'error', logger: () => {} },
      });
      const acknowledged: string[] = [];
      let failedWrites = 0;
      let writing = true;
      const writes = (async () => {
        for (let i = 0; writing; i++) {
          const key = `place:outage-${i}`;
          try {
            await writer.executeQuery(
              'CREATE (p:Entity:Place {key: $key, name: $name, aliases: []}) RETURN p.key',
              { key, name: `Outage place ${i}` },
              { database: 'neo4j', routing: 'WRITE' },
            );
            acknowledged.push(key);
          } catch {
            failedWrites += 1;
            await new Promise((r) => setTimeout(r, 100));
          }
        }
      })();

      // Readers: the same query again and again, each answer recorded.
      const probe = 'query Probe($id: ID!) { node(id: $id) { id ... on Place { name } } }';
      const placeId = (key: string) => Buffer.from(`Place:${key}`).toString('base64');
      interface Read {
        started: number;
        ended: number;
        status: number;
        codes: string[];
        ok: boolean;
        retryAfter: string | null;
        hasData: boolean;
      }
      const reads: Read[] = [];
      let reading = true;
      const readers = Array.from({ length: 3 }, async () => {
        // The place read is the writer's first: until it is acknowledged, "not found" would be a right answer, not a failure.
        await waitFor(() => acknowledged.length > 0, 30_000);
        while (reading) {
          const started = performance.now();
          const res = await gql(base, probe, { id: placeId('place:outage-0') });
          const codes = (res.body?.errors ?? []).map((e: AnswerError) => e.extensions?.code);
          reads.push({
            started,
            ended: performance.now(),
            status: res.status,
            codes,
            ok: res.status === 200 && !codes.length && res.body.data?.node != null,
            retryAfter: res.headers.get('retry-after'),
            hasData: res.body?.data !== undefined,
          });
          await new Promise((r) => setTimeout(r, 50));
        }
      });

      // Running normally first.
      await waitFor(() => acknowledged.length >= 20 && reads.some((r) => r.ok), 30_000);
      const beforeOutage = acknowledged.length;

      // Neo4j goes away while both run.
      const stopped = performance.now();
      await db!.stop();
      await waitFor(() => reads.some((r) => r.started > stopped && r.ended > stopped && !r.ok), 30_000);

      const during = await gql(base, probe, { id: placeId('place:outage-0') });
      expect(during.status).toBe(503);
      expect(during.body.data).toBeUndefined();
      expect(during.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'DATABASE_UNAVAILABLE' } })]);
      expect(during.headers.get('retry-after')).toBe('5');
      expect(during.text).not.toMatch(/Neo4jError|ECONNREFUSED|bolt:/);
      const ready = await call(`${base}/ready`);
      expect(ready.status).toBe(503);
      expect(ready.body.neo4j).toBe('down');
      expect((await call(`${base}/health`)).status).toBe(200);

      // Neo4j comes back on the same store and port; nothing is done to the server.
      db = await startEmbeddedNeo4j({ storeDir: store, port, heapMb: 512, pageCacheMb: 32 });
      const back = performance.now();
      // New requests from that moment, one every 100 ms without waiting for the previous ones.
      let freshOk: number | undefined;
      let readyOk: number | undefined;
      const fresh: Promise<void>[] = [];
      while ((freshOk === undefined || readyOk === undefined) && performance.now() - back < 60_000) {
        fresh.push(
          gql(base, probe, { id: placeId('place:outage-0') }).then((res) => {
            if (res.status === 200 && !res.body.errors) freshOk ??= performance.now();
          }),
          call(`${base}/ready`).then((res) => {
            if (res.status === 200) readyOk ??= performance.now();
          }),
        );
        await new Promise((r) => setTimeout(r, 100));
      }
      await Promise.all(fresh);
      await waitFor(() => reads.some((r) => r.ok && r.ended > back), 60_000);
      const firstOk = reads.filter((r) => r.ok && r.ended > back).sort((a, b) => a.ended - b.ended)[0]!;
      const recoveryMs = Math.round(Math.min(firstOk.ended, freshOk ?? Infinity) - back);
      const waitingMs = Math.round(firstOk.ended - back);
      const freshMs = freshOk === undefined ? undefined : Math.round(freshOk - back);
      await waitFor(() => acknowledged.length > beforeOutage + 10, 30_000);
      writing = false;
      reading = false;
      await Promise.all([writes, ...readers]);
      await writer.close();

      expect(freshMs).toBeDefined();
      expect((await call(`${base}/ready`)).status).toBe(200);

      // Every answer was either the data or a clean DATABASE_UNAVAILABLE 503: nothing else, ever.
      const outcomes: Record<string, number> = {};
      for (const r of reads) {
        const outcome = r.ok ? 'ok' : `${r.status} ${r.codes.join('+') || 'no node'}`;
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      }
      for (const r of reads.filter((x) => !x.ok)) {
        // The counts of every outcome say what went wrong, should anything.
        const timing = `${JSON.stringify(outcomes)}; this one ${Math.round(r.ended - r.started)} ms, ${Math.round(r.started - back)} ms after Neo4j came back`;
        expect(r.status, timing).toBe(503);
        expect(r.codes, timing).toEqual(['DATABASE_UNAVAILABLE']);
        expect(r.hasData).toBe(false);
        expect(r.retryAfter).toBe('5');
      }

      // No acknowledged write was lost: each is there, through the API too.
      const check = createDriver({ uri: db!.uri, database: 'neo4j' });
      try {
        const { records } = await check.executeQuery(
          "MATCH (p:Place) WHERE p.key STARTS WITH 'place:outage-' RETURN collect(p.key) AS keys",
          {},
          { database: 'neo4j', routing: 'READ' },
        );
        const stored = new Set<string>(records[0]!.get('keys'));
        expect(acknowledged.filter((k) => !stored.has(k))).toEqual([]);
      } finally {
        await check.close();
      }
      const sample = [acknowledged[0]!, acknowledged[beforeOutage - 1]!, acknowledged.at(-1)!];
      const res = await gql(base, 'query Check($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
        ids: sample.map(placeId),
      });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.nodes.every((n: unknown) => n !== null)).toBe(true);

      // The log said what happened, request by request.
      expect(app.logs.some((l) => l.msg === 'neo4j: DATABASE_UNAVAILABLE' && l.err?.code)).toBe(true);

      console.log(
        `outage: ${acknowledged.length} acknowledged writes (${beforeOutage} before the outage, ${failedWrites} refused during it), none lost; ` +
          `${reads.length} reads: ${JSON.stringify(outcomes)}; ` +
          `Neo4j back (Bolt up) → first successful answer: ${recoveryMs} ms ` +
          `(a new request: ${freshMs} ms; a request already waiting in the driver's retries: ${waitingMs} ms; ` +
          `/ready 200: ${readyOk === undefined ? 'never' : Math.round(readyOk - back)} ms)`,
      );
    },
  );
});

async function waitFor(condition: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
