import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateApiKey } from '../src/http/auth.js';
import { testApp } from './support/app.js';
import { startRedis, type RedisServer } from './support/redis.js';
import { startServer, stopServer, type ServerProcess } from './support/server-process.js';
import { subscribe, type Subscription } from './support/sse.js';
import { writtenKeys } from './support/writes.js';

/**
 * More than one server: two server processes over the run's Neo4j, sharing
 * a real Redis (REDIS_URL). A write on one reaches the subscribers of both,
 * once each, and drops the cached answers of both before it answers.
 */
const editor = generateApiKey('instance-editor', 'editor');
const admin = generateApiKey('instance-admin', 'admin');

describe('two servers sharing Redis', () => {
  const { graph } = testApp();
  const written = writtenKeys(graph);
  let redis: RedisServer;
  let probe: Redis;
  let one: ServerProcess;
  let two: ServerProcess;
  const open: Subscription[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    probe = new Redis(redis.url);
    const env = {
      NEO4J_URI: inject('neo4jUri'),
      SEED: 'false',
      REDIS_URL: redis.url,
      API_KEYS: `${editor.entry},${admin.entry}`,
      SHUTDOWN_GRACE_MS: '30000',
      // The shutdown's log line says whether open requests had to be cut.
      LOG_LEVEL: 'info',
    };
    [one, two] = await Promise.all([startServer(env, 180_000), startServer(env, 180_000)]);
  }, 240_000);

  afterAll(async () => {
    for (const s of open) s.close();
    await Promise.all([one && stopServer(one), two && stopServer(two)]);
    probe?.disconnect();
    await redis?.stop();
  });

  /** Subscribers on a Redis channel, across every server. */
  const subscribers = async (channel: string) => {
    const [, n] = (await probe.pubsub('NUMSUB', channel)) as [string, number];
    return Number(n);
  };

  const as =
    (server: ServerProcess, key: { key: string }) => async (query: string, variables: Record<string, unknown>) => {
      const res = await fetch(`${server.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key.key}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = await res.json();
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.data;
    };

  it('says so at start', () => {
    for (const server of [one, two]) {
      expect(server.output()).toContain('Subscriptions (Server-Sent Events): shared through Redis');
      expect(server.output()).toContain('Response cache: on, dropped by a write on any server (Redis)');
    }
  });

  it('delivers a claim added on one server to the subscribers of both, once each', async () => {
    const slug = written.slug('instances');
    const state = written.stateKey();
    await as(one, editor)(`mutation($i: UpsertEntityInput!) { upsertEntity(input: $i) { created } }`, {
      i: { key: state, type: 'State', name: `Instance ${slug}` },
    });
    const CLAIM_ADDED = `subscription($target: ID) { claimAdded(target: $target) { key kind speaker { name } target { key } } }`;
    const onTwo = await subscribe(two.base, CLAIM_ADDED, { target: state });
    const onOne = await subscribe(one.base, CLAIM_ADDED, { target: state }, { method: 'GET' });
    open.push(onTwo, onOne);
    expect([onTwo.status, onOne.status]).toEqual([200, 200]);
    // Both servers have subscribed to the channel in Redis before anything is written.
    await expect.poll(() => subscribers('claimAdded'), { timeout: 15_000 }).toBe(2);

    const added = await as(one, editor)(`mutation($i: AddClaimInput!) { addClaim(input: $i) { created } }`, {
      i: {
        key: `claim:instances-${slug}`,
        kind: 'ACCUSE',
        speaker: 'state:USA',
        targets: [state],
        allegation: 'a test accusation',
        source: 'article:53f6e0b8b575f843',
      },
    });
    expect(added.addClaim.created).toBe(true);
    for (const sub of [onTwo, onOne]) {
      expect((await sub.next(15_000)).data.claimAdded).toEqual({
        key: `claim:instances-${slug}`,
        kind: 'ACCUSE',
        speaker: { name: 'United States' },
        target: { key: state },
      });
    }

    // And the other way round, for an entity's changes: written on two, seen on one.
    const changes = await subscribe(
      one.base,
      `subscription($id: ID!) { entityChanged(id: $id) { key status operation entity { name } } }`,
      { id: state },
    );
    open.push(changes);
    await expect.poll(() => subscribers(`entityChanged:${state}`), { timeout: 15_000 }).toBe(1);
    await as(two, editor)(`mutation($i: UpsertEntityInput!) { upsertEntity(input: $i) { changed } }`, {
      i: { key: state, type: 'State', name: `Renamed ${slug}` },
    });
    expect((await changes.next(15_000)).data.entityChanged).toEqual({
      key: state,
      status: 'UPDATED',
      operation: 'upsertEntity',
      entity: { name: `Renamed ${slug}` },
    });
    // Exactly one event each for the claim: no copy through the writer's own memory.
    expect(onOne.events.filter((e) => e.event === 'next')).toHaveLength(1);
    expect(onTwo.events.filter((e) => e.event === 'next')).toHaveLength(1);
  });

  /** What the server logged for the requests of one operation: how many Cypher statements each sent. */
  const cypherOf = (server: ServerProcess, operation: string) =>
    server
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{') && line.includes('"graphql request"'))
      .map((line) => JSON.parse(line))
      .filter((entry) => entry.operation === operation)
      .map((entry) => entry.cypher);

  it('drops every server’s cached answers on a write to any of them, before the write answers', async () => {
    const slug = written.slug('cache');
    const person = `person:${slug}`;
    const operation = `CachedName_${slug.replace(/[^A-Za-z0-9]/g, '_')}`;
    const READ = `query ${operation}($id: ID!) { node(id: $id) { ... on Entity { name } } }`;
    const read = async (server: ServerProcess) => {
      const res = await fetch(`${server.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: READ, operationName: operation, variables: { id: person } }),
      });
      return (await res.json()).data.node.name;
    };
    const generation = async () => Number((await probe.get('newsgraph:response-cache:generation')) ?? 0);

    await as(one, editor)(`mutation($i: UpsertEntityInput!) { upsertEntity(input: $i) { created } }`, {
      i: { key: person, type: 'Person', name: 'Before the write' },
    });
    // Two answers from the graph, then holds the answer: the third read sends no Cypher.
    for (const server of [two, one]) {
      expect(await read(server)).toBe('Before the write');
      expect(await read(server)).toBe('Before the write');
    }
    // (The log lines come through the processes' output a moment after the answers.)
    await expect.poll(() => cypherOf(two, operation)).toEqual([1, 0]);
    await expect.poll(() => cypherOf(one, operation)).toEqual([1, 0]);

    const before = await generation();
    await as(one, editor)(`mutation($i: CorrectFieldInput!) { correctField(input: $i) { changed } }`, {
      i: { key: person, field: 'NAME', value: 'After the write' },
    });
    expect(await generation()).toBeGreaterThan(before);
    // At once, with no wait: the server that did not take the write answers from the graph, and so does the writer.
    expect(await read(two)).toBe('After the write');
    expect(await read(one)).toBe('After the write');
    await expect.poll(() => cypherOf(two, operation)).toEqual([1, 0, 1]);

    // And the other way round: written on two, read on one.
    expect(await read(one)).toBe('After the write');
    await as(two, editor)(`mutation($i: CorrectFieldInput!) { correctField(input: $i) { changed } }`, {
      i: { key: person, field: 'NAME', value: 'Written on two' },
    });
    expect(await read(one)).toBe('Written on two');
  });

  /** What a server's GET /live/stats says: its subscriptions, and the reads and statements of its events so far. */
  const liveStats = async (server: ServerProcess) => {
    const res = await fetch(`${server.base}/live/stats`, { headers: { authorization: `Bearer ${admin.key}` } });
    expect(res.status).toBe(200);
    return (await res.json()) as { subscriptions: number; reads: number; statements: number };
  };

  it('reads an event once on each server, for all of its own subscribers', async () => {
    const slug = written.slug('instances-reads');
    const state = written.stateKey();
    await as(one, editor)(`mutation($i: UpsertEntityInput!) { upsertEntity(input: $i) { created } }`, {
      i: { key: state, type: 'State', name: `Reads ${slug}` },
    });
    const CLAIM_ADDED = `subscription($target: ID) { claimAdded(target: $target) { key speaker { name } target { key } source { key } } }`;
    const before = await Promise.all([one, two].map(liveStats));
    const subs = await Promise.all(
      [one, two].flatMap((server) =>
        [0, 1, 2].map((i) =>
          subscribe(server.base, CLAIM_ADDED, { target: state }, { method: i % 2 ? 'GET' : 'POST' }),
        ),
      ),
    );
    open.push(...subs);
    for (const [i, server] of [one, two].entries())
      await expect
        .poll(async () => (await liveStats(server)).subscriptions, { timeout: 15_000 })
        .toBe(before[i]!.subscriptions + 3);

    await as(two, editor)(`mutation($i: AddClaimInput!) { addClaim(input: $i) { created } }`, {
      i: {
        key: `claim:instances-reads-${slug}`,
        kind: 'DEMAND',
        speaker: 'state:USA',
        targets: [state],
        allegation: 'a test demand',
        source: 'article:53f6e0b8b575f843',
      },
    });
    for (const sub of subs) {
      expect((await sub.next(15_000)).data.claimAdded).toEqual({
        key: `claim:instances-reads-${slug}`,
        speaker: { name: 'United States' },
        target: { key: state },
        source: { key: 'article:53f6e0b8b575f843' },
      });
    }
    const after = await Promise.all([one, two].map(liveStats));
    // Each server: one read of the claim and one of its related nodes, for its three subscribers.
    for (const i of [0, 1]) {
      expect(after[i]!.reads - before[i]!.reads).toBe(1);
      expect(after[i]!.statements - before[i]!.statements).toBe(2);
    }
  });

  it('ends its streams when a server stops, and leaves Redis subscriptions to the other', async () => {
    const sub = await subscribe(two.base, `subscription { articleIngested { key } }`);
    open.push(sub);
    const stay = await subscribe(one.base, `subscription { articleIngested { key } }`);
    open.push(stay);
    await expect.poll(() => subscribers('articleIngested'), { timeout: 15_000 }).toBe(2);
    expect(await stopServer(two)).toBe(0);
    await sub.ended;
    // Its open stream ended at once: nothing was left to cut at the end of the 30 s grace period.
    expect(two.output()).toMatch(/"forced":false[^\n]*requests in flight finished/);
    await expect.poll(() => subscribers('articleIngested'), { timeout: 15_000 }).toBe(1);
  });
});
