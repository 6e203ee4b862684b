import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey } from '../src/http/auth.js';
import { turns } from '../src/live/turns.js';
import { capturingLogger, testApp } from './support/app.js';
import { subscribe, type Subscription } from './support/sse.js';
import { writtenKeys } from './support/writes.js';

/**
 * Live updates at scale, through the real server over HTTP and SSE: an
 * event costs the same Cypher statements whether one subscriber or twenty
 * receive it (they share one read per event and role), and a subscriber
 * that stops reading is dropped without holding up the others.
 */
const editor = generateApiKey('fan-out-editor', 'editor');
const reader = generateApiKey('fan-out-reader', 'reader');
const admin = generateApiKey('fan-out-admin', 'admin');
const API_KEYS = [editor, reader, admin].map((k) => k.entry).join(',');
const ARTICLE = 'article:53f6e0b8b575f843';
const bearer = (key: { key: string }) => ({ authorization: `Bearer ${key.key}` });

/** What GET /live/stats answers: an admin's counts, or the refusal. */
interface LiveStatsBody {
  transport: string;
  subscriptions: number;
  reads: number;
  statements: number;
  executions: number;
  dropped: number;
  memory: { rssBytes: number };
  errors?: { extensions: { code: string } }[];
}

describe('one read per event, however many subscribers', () => {
  const app = testApp({ API_KEYS });
  const written = writtenKeys(app.graph);
  let base: string;
  const open: Subscription[] = [];
  beforeAll(async () => {
    base = await app.listen();
  });
  afterAll(() => {
    for (const s of open) s.close();
  });

  const write = async (query: string, variables: Record<string, unknown>) => {
    const res = await app.query(query, variables, bearer(editor));
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    return res.body.data;
  };
  const upsertState = (key: string, name: string) =>
    write(`mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { changed } }`, {
      input: { key, type: 'State', name },
    });

  /** What GET /live/stats says (admin only). */
  async function liveStats(headers: Record<string, string> = bearer(admin)) {
    const res = await fetch(`${base}/live/stats`, { headers });
    return { status: res.status, body: (await res.json()) as LiveStatsBody };
  }

  /**
   * Opens `count` subscribers (each its own connection), makes the write,
   * checks what each received, and returns the event reads and Cypher
   * statements the server counted for them.
   */
  async function eventCost(
    count: number,
    subscription: { query: string; variables: Record<string, unknown>; headers?: Record<string, string> },
    makeWrite: () => Promise<void>,
    check: (data: Record<string, unknown>) => void,
  ) {
    const listening = app.live.listening();
    const subs = await Promise.all(
      Array.from({ length: count }, (_, i) =>
        subscribe(base, subscription.query, subscription.variables, {
          headers: subscription.headers,
          method: i % 2 ? 'GET' : 'POST',
        }),
      ),
    );
    open.push(...subs);
    await expect.poll(() => app.live.listening()).toBe(listening + count);
    const before = (await liveStats()).body;
    await makeWrite();
    for (const sub of subs) {
      const event = await sub.next(15_000);
      expect(event.errors).toBeUndefined();
      check(event.data);
    }
    const after = (await liveStats()).body;
    for (const sub of subs) sub.close();
    await expect.poll(() => app.live.listening(), { timeout: 5_000 }).toBe(listening);
    return {
      reads: after.reads - before.reads,
      statements: after.statements - before.statements,
      executions: after.executions - before.executions,
    };
  }

  it('claimAdded: one subscriber or twenty, the same statements for the claim and its nested fields', async () => {
    const slug = written.slug('fanout');
    const target = written.stateKey();
    await upsertState(target, `Fan-out ${slug}`);
    const query = `subscription($target: ID) {
      claimAdded(target: $target) {
        key kind allegation
        speaker { key name updatedBy }
        target { key name }
        source { key title }
        answersTo { key }
      }
    }`;
    let n = 0;
    const cost = async (count: number) => {
      const key = `claim:fanout-${++n}-${slug}`;
      return eventCost(
        count,
        { query, variables: { target } },
        () =>
          write(`mutation($input: AddClaimInput!) { addClaim(input: $input) { created } }`, {
            input: {
              key,
              kind: 'ACCUSE',
              speaker: 'state:USA',
              targets: [target],
              allegation: 'a test accusation',
              source: ARTICLE,
            },
          }),
        (data) =>
          expect(data.claimAdded).toEqual({
            key,
            kind: 'ACCUSE',
            allegation: 'a test accusation',
            speaker: { key: 'state:USA', name: 'United States', updatedBy: null },
            target: { key: target, name: `Fan-out ${slug}` },
            source: { key: ARTICLE, title: expect.any(String) },
            answersTo: null,
          }),
      );
    };
    const one = await cost(1);
    const twenty = await cost(20);
    // The claim, then its related nodes: a statement each, read once for everyone, and the operation run once.
    expect(one).toEqual({ reads: 1, statements: 2, executions: 1 });
    expect(twenty).toEqual(one);
  });

  it('entityChanged: the same statements for one subscriber or twenty', async () => {
    const slug = written.slug('fanout-entity');
    const state = written.stateKey();
    await upsertState(state, `Entity ${slug}`);
    const query = `subscription($id: ID!) {
      entityChanged(id: $id) { key status entity { key name ... on State { claimsReceived(first: 3) { totalCount } } } }
    }`;
    let n = 0;
    const cost = (count: number) => {
      const name = `Renamed ${++n} ${slug}`;
      return eventCost(
        count,
        { query, variables: { id: state } },
        () => upsertState(state, name),
        (data) =>
          expect(data.entityChanged).toEqual({
            key: state,
            status: 'UPDATED',
            entity: { key: state, name, claimsReceived: { totalCount: 0 } },
          }),
      );
    };
    const one = await cost(1);
    const twenty = await cost(20);
    expect(one).toMatchObject({ reads: 1, executions: 1 });
    expect(one.statements).toBeGreaterThanOrEqual(2);
    expect(twenty).toEqual(one);
  });

  it('articleIngested: the same statements for one subscriber or twenty', async () => {
    const query = `subscription { articleIngested { key title claims { totalCount edges { node { key speaker { name } } } } } }`;
    const cost = (count: number) => {
      const slug = written.slug('fanout-article');
      const state = written.stateKey();
      return eventCost(
        count,
        { query, variables: {} },
        () =>
          write(`mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { changed } }`, {
            input: {
              document: {
                sources: [
                  {
                    key: `article:${slug}`,
                    category: 'NEWS',
                    title: `Fan-out ${slug}`,
                    publishedOn: '2024-07-02',
                    text: 'The state spoke.',
                  },
                ],
                entities: [{ key: state, type: 'State', name: `Fan-out ${slug}` }],
                claims: [{ key: `claim:spoke-${slug}`, kind: 'STATE', speaker: state, allegation: 'it spoke' }],
              },
            },
          }),
        (data) =>
          expect(data.articleIngested).toEqual({
            key: `article:${slug}`,
            title: `Fan-out ${slug}`,
            claims: {
              totalCount: 1,
              edges: [{ node: { key: `claim:spoke-${slug}`, speaker: { name: `Fan-out ${slug}` } } }],
            },
          }),
      );
    };
    const one = await cost(1);
    const twenty = await cost(20);
    expect(one).toMatchObject({ reads: 1, executions: 1 });
    expect(one.statements).toBeGreaterThanOrEqual(2);
    expect(twenty).toEqual(one);
  });

  it('shares reads within a role only: each role sees its own fields', async () => {
    const slug = written.slug('fanout-roles');
    const target = written.stateKey();
    await upsertState(target, `Roles ${slug}`);
    const query = `subscription($target: ID) { claimAdded(target: $target) { key speaker { updatedBy } target { updatedBy } } }`;
    const key = `claim:fanout-roles-${slug}`;
    // Who last wrote the speaker and the target is shown to callers with a token only.
    const groups = [
      { headers: {}, speaker: null, target: null },
      { headers: bearer(reader), speaker: 'ingest', target: 'fan-out-editor' },
      { headers: bearer(editor), speaker: 'ingest', target: 'fan-out-editor' },
    ];
    const subs = await Promise.all(
      groups.flatMap((g) =>
        [1, 2, 3].map(async () => ({
          group: g,
          sub: await subscribe(base, query, { target }, { headers: g.headers }),
        })),
      ),
    );
    open.push(...subs.map((s) => s.sub));
    await expect.poll(() => app.live.listening()).toBe(9);
    const before = (await liveStats()).body;
    await write(`mutation($input: AddClaimInput!) { addClaim(input: $input) { created } }`, {
      input: { key, kind: 'DEMAND', speaker: 'state:USA', targets: [target], allegation: 'x', source: ARTICLE },
    });
    for (const { group, sub } of subs) {
      expect((await sub.next(15_000)).data.claimAdded).toEqual({
        key,
        speaker: { updatedBy: group.speaker },
        target: { updatedBy: group.target },
      });
    }
    const after = (await liveStats()).body;
    // Anonymous, reader, editor: one read and one execution each, of the same two statements.
    expect(after.reads - before.reads).toBe(3);
    expect(after.statements - before.statements).toBe(6);
    expect(after.executions - before.executions).toBe(3);
    for (const { sub } of subs) sub.close();
  });

  it('shows its counts to an admin only', async () => {
    expect((await liveStats({})).status).toBe(401);
    expect((await liveStats({ authorization: 'Bearer nonsense' })).status).toBe(401);
    const refused = await liveStats(bearer(editor));
    expect(refused.status).toBe(403);
    expect(refused.body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const { status, body } = await liveStats();
    expect(status).toBe(200);
    expect(body).toMatchObject({ transport: 'memory', dropped: 0 });
    expect(body.memory.rssBytes).toBeGreaterThan(0);
  });
});

describe('a subscriber that stops reading', () => {
  const { logger, lines } = capturingLogger();
  const app = testApp({ API_KEYS, LIVE_BUFFER: '4' }, { logger });
  let base: string;
  let stalled: Socket | undefined;
  let healthy: Subscription | undefined;
  beforeAll(async () => {
    base = await app.listen();
  });
  afterAll(() => {
    stalled?.destroy();
    healthy?.close();
  });

  it('is dropped once its buffer is full, logged and counted, while the others get every event', async () => {
    // Twenty copies of the seed article's text per event fill the stalled client's socket buffers quickly.
    const texts = Array.from({ length: 20 }, (_, i) => `t${i}: text`).join(' ');
    const query = `subscription { articleIngested { key ${texts} } }`;
    // A client that sends the subscription and then never reads a byte.
    const url = new URL(base);
    stalled = connect(Number(url.port), url.hostname);
    await new Promise((resolve) => stalled!.once('connect', resolve));
    stalled.write(
      `GET /graphql?query=${encodeURIComponent(query)} HTTP/1.1\r\nHost: ${url.host}\r\nAccept: text/event-stream\r\n\r\n`,
    );
    stalled.pause();
    await expect.poll(() => app.live.listening()).toBe(1);
    healthy = await subscribe(base, `subscription { articleIngested { key } }`);
    await expect.poll(() => app.live.listening()).toBe(2);

    // Events as an ingest announces them: the healthy subscriber reads each one before the next is sent.
    let sent = 0;
    while (app.live.stats.dropped === 0 && sent < 400) {
      app.live.pubsub.publish('articleIngested', { key: ARTICLE, status: 'updated' });
      sent += 1;
      expect((await healthy.next(15_000)).data.articleIngested.key).toBe(ARTICLE);
    }
    expect(app.live.stats.dropped).toBe(1);
    // The other subscriber is still there, and keeps receiving.
    await expect.poll(() => app.live.listening()).toBe(1);
    app.live.pubsub.publish('articleIngested', { key: ARTICLE, status: 'updated' });
    expect((await healthy.next(15_000)).data.articleIngested.key).toBe(ARTICLE);
    expect(healthy.events.filter((e) => e.event === 'next')).toHaveLength(sent + 1);

    const dropped = lines.filter((l) => l.msg === 'live: subscriber dropped, it stopped reading its stream');
    expect(dropped).toHaveLength(1);
    expect(dropped[0]).toMatchObject({ level: 40, topic: 'articleIngested', buffer: 4, dropped: 1 });
    // Its connection was cut: once it reads again, it finds the stream closed.
    const closed = new Promise((resolve) => stalled!.once('close', resolve));
    stalled.resume();
    await closed;
  });
});

describe('turns of the event loop for a large audience', () => {
  it('lets a turn’s worth of subscribers go on at once and the others in later turns, in order', async () => {
    const turn = turns(2);
    const gone: number[] = [];
    const waits = [0, 1, 2, 3, 4].map((i) => {
      const wait = turn();
      if (wait) void wait.then(() => gone.push(i));
      else gone.push(i);
      return wait;
    });
    expect(waits.map((w) => w === undefined)).toEqual([true, true, false, false, false]);
    expect(gone).toEqual([0, 1]);
    await new Promise((r) => setImmediate(r));
    expect(gone).toEqual([0, 1, 2, 3]);
    await new Promise((r) => setImmediate(r));
    expect(gone).toEqual([0, 1, 2, 3, 4]);
  });
});
