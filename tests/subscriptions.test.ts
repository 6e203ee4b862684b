import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey } from '../src/http/auth.js';
import { testApp } from './support/app.js';
import { subscribe, type Subscription } from './support/sse.js';
import { ABSENT_STATE_KEY, writtenKeys } from './support/writes.js';

/**
 * Subscriptions over Server-Sent Events, through the real HTTP edge: an
 * event for each committed write, none for a refused or repeated one, the
 * same auth rule and limits as queries, and streams that end when their
 * client goes or the server stops.
 */
const editor = generateApiKey('live-editor', 'editor');
const reader = generateApiKey('live-reader', 'reader');
const admin = generateApiKey('live-admin', 'admin');
const keys = [editor, reader, admin].map((k) => k.entry).join(',');
const ARTICLE = 'article:53f6e0b8b575f843';

const UPSERT = `mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { changed } }`;
const ADD_CLAIM = `mutation($input: AddClaimInput!) { addClaim(input: $input) { created changed } }`;
const CLAIM_ADDED = `subscription($speaker: ID, $target: ID, $kind: ClaimKind) {
  claimAdded(speaker: $speaker, target: $target, kind: $kind) {
    __typename key kind allegation speaker { key } target { key } source { key }
  }
}`;

describe('subscriptions over Server-Sent Events', () => {
  const app = testApp({ API_KEYS: keys });
  const written = writtenKeys(app.graph);
  let base: string;
  const open: Subscription[] = [];
  const as = (query: string, variables: Record<string, unknown>) =>
    app.query(query, variables, { authorization: `Bearer ${editor.key}` });

  /** Opens a subscription and waits until it listens, so that no event can slip past it. */
  async function listen(query: string, variables: Record<string, unknown> = {}, options = {}) {
    const before = app.live.listening();
    const sub = await subscribe(base, query, variables, options);
    open.push(sub);
    expect(sub.status, JSON.stringify(sub.events)).toBe(200);
    await expect.poll(() => app.live.listening()).toBeGreaterThan(before);
    return sub;
  }

  beforeAll(async () => {
    base = await app.listen();
  });
  afterAll(() => {
    for (const s of open) s.close();
  });

  async function twoStates() {
    const slug = written.slug('live');
    const [a, b] = [written.stateKey(), written.stateKey()];
    for (const key of [a, b]) {
      expect((await as(UPSERT, { input: { key, type: 'State', name: `Live ${key}` } })).body.errors).toBeUndefined();
    }
    return { slug, a, b };
  }

  it('streams each claim added, as text/event-stream, filtered by speaker, target and kind', async () => {
    const { slug, a, b } = await twoStates();
    const byA = await listen(CLAIM_ADDED, { speaker: a });
    const againstB = await listen(CLAIM_ADDED, { target: b, kind: 'ACCUSE' }, { method: 'GET' });
    expect(byA.headers.get('content-type')).toMatch(/^text\/event-stream/);

    const claim = (key: string, kind: string, speaker: string, target: string) => ({
      key,
      kind,
      speaker,
      targets: [target],
      allegation: `a test ${kind.toLowerCase()}`,
      source: ARTICLE,
    });
    // B criticises A: neither subscription matches. A accuses B: both do.
    expect(
      (await as(ADD_CLAIM, { input: claim(`claim:live-1-${slug}`, 'CRITICIZE', b, a) })).body.data.addClaim.created,
    ).toBe(true);
    expect(
      (await as(ADD_CLAIM, { input: claim(`claim:live-2-${slug}`, 'ACCUSE', a, b) })).body.data.addClaim.created,
    ).toBe(true);

    for (const sub of [byA, againstB]) {
      const event = await sub.next();
      expect(event.errors).toBeUndefined();
      expect(event.data.claimAdded).toEqual({
        __typename: 'Accusation',
        key: `claim:live-2-${slug}`,
        kind: 'ACCUSE',
        allegation: 'a test accuse',
        speaker: { key: a },
        target: { key: b },
        source: { key: ARTICLE },
      });
    }
    // Nothing for the claim that matched neither, nor for a repeat of the added one.
    expect(
      (await as(ADD_CLAIM, { input: claim(`claim:live-2-${slug}`, 'ACCUSE', a, b) })).body.data.addClaim.changed,
    ).toBe(false);
    // A refused write (a target not in the graph) rolls back and sends nothing either.
    const refused = await as(ADD_CLAIM, {
      input: { ...claim(`claim:live-3-${slug}`, 'ACCUSE', a, b), targets: [ABSENT_STATE_KEY] },
    });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (await as(ADD_CLAIM, { input: claim(`claim:live-4-${slug}`, 'ACCUSE', a, b) })).body.data.addClaim.created,
    ).toBe(true);
    expect((await byA.next()).data.claimAdded.key).toBe(`claim:live-4-${slug}`);
    expect((await againstB.next()).data.claimAdded.key).toBe(`claim:live-4-${slug}`);
    expect(byA.events.filter((e) => e.event === 'next')).toHaveLength(2);
  });

  it('streams the changes of one entity, then its removal', async () => {
    const { slug, a, b } = await twoStates();
    const sub = await listen(
      `subscription($id: ID!) { entityChanged(id: $id) { key status operation entity { key name } } }`,
      { id: a },
    );
    expect(
      (await as(UPSERT, { input: { key: a, type: 'State', name: `Renamed ${slug}` } })).body.errors,
    ).toBeUndefined();
    expect((await sub.next()).data.entityChanged).toEqual({
      key: a,
      status: 'UPDATED',
      operation: 'upsertEntity',
      entity: { key: a, name: `Renamed ${slug}` },
    });
    // A claim naming it changes it too; a write about another entity does not.
    await as(UPSERT, { input: { key: b, type: 'State', name: `Other ${slug}` } });
    await as(ADD_CLAIM, {
      input: {
        key: `claim:live-e-${slug}`,
        kind: 'DEMAND',
        speaker: b,
        targets: [a],
        allegation: 'x',
        source: ARTICLE,
      },
    });
    expect((await sub.next()).data.entityChanged).toMatchObject({ key: a, status: 'UPDATED', operation: 'addClaim' });

    const removed = await app.query(
      `mutation($key: ID!) { deleteEntity(input: { key: $key, cascade: true }) { deleted } }`,
      { key: a },
      { authorization: `Bearer ${admin.key}` },
    );
    expect(removed.body.data.deleteEntity.deleted).toBe(true);
    expect((await sub.next()).data.entityChanged).toEqual({
      key: a,
      status: 'REMOVED',
      operation: 'deleteEntity',
      entity: null,
    });
    expect(sub.events.filter((e) => e.event === 'next')).toHaveLength(3);
  });

  it('streams each article an ingest creates', async () => {
    const slug = written.slug('liveart');
    const state = written.stateKey();
    const sub = await listen(`subscription { articleIngested { key title claims { totalCount } } }`);
    const document = {
      sources: [
        {
          key: `article:${slug}`,
          category: 'NEWS',
          title: `Live ${slug}`,
          publishedOn: '2024-07-02',
          text: 'The state spoke twice.',
        },
      ],
      entities: [{ key: state, type: 'State', name: `Live ${slug}` }],
      claims: [{ key: `claim:spoke-${slug}`, kind: 'STATE', speaker: state, allegation: 'it spoke' }],
    };
    const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { changed } }`;
    expect((await as(INGEST, { input: { document } })).body.data.ingestDocument.changed).toBe(true);
    expect((await sub.next()).data.articleIngested).toEqual({
      key: `article:${slug}`,
      title: `Live ${slug}`,
      claims: { totalCount: 1 },
    });
  });

  it('stops listening when the client goes away', async () => {
    const before = app.live.listening();
    const sub = await listen(CLAIM_ADDED, {});
    expect(app.live.listening()).toBe(before + 1);
    sub.close();
    await expect.poll(() => app.live.listening(), { timeout: 5_000 }).toBe(before);
  });

  it('applies the query limits to subscriptions', async () => {
    const nest = (levels: number) => `${'answers { '.repeat(levels)}key${' }'.repeat(levels)}`;
    const sub = await subscribe(base, `subscription { claimAdded { ${nest(12)} } }`);
    open.push(sub);
    await sub.ended;
    // Refused before it listens: one event with the error, then the end of the stream.
    expect(sub.events.map((e) => e.event)).toEqual(['next', 'complete']);
    const { errors } = JSON.parse(sub.events[0]!.data);
    expect(errors[0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'maxDepth' });
  });

  it('refuses bad arguments with BAD_USER_INPUT', async () => {
    const sub = await subscribe(base, `subscription { entityChanged(id: "nonsense") { key } }`);
    open.push(sub);
    await sub.ended;
    const errors = JSON.parse(sub.events.find((e) => e.event === 'next')!.data).errors;
    expect(errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('subscriptions where reads need a token', () => {
  const app = testApp({ API_KEYS: keys, READS_REQUIRE_AUTH: 'true' });
  let base: string;
  beforeAll(async () => {
    base = await app.listen();
  });

  it('refuses an anonymous subscriber with UNAUTHENTICATED, and lets a reader listen', async () => {
    const anonymous = await subscribe(base, CLAIM_ADDED);
    expect(anonymous.status).toBe(401);
    await anonymous.ended;
    const errors = JSON.parse(anonymous.events.find((e) => e.event === 'next')!.data).errors;
    expect(errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(app.live.listening()).toBe(0);

    const allowed = await subscribe(base, CLAIM_ADDED, {}, { headers: { authorization: `Bearer ${reader.key}` } });
    expect(allowed.status).toBe(200);
    await expect.poll(() => app.live.listening()).toBe(1);
    allowed.close();
    await expect.poll(() => app.live.listening()).toBe(0);
  });
});

describe('graceful shutdown with open subscriptions', () => {
  const app = testApp();

  it('ends open streams at once instead of waiting out the grace period', async () => {
    const base = await app.listen();
    const subs = [await subscribe(base, CLAIM_ADDED), await subscribe(base, CLAIM_ADDED, {}, { method: 'GET' })];
    await expect.poll(() => app.live.listening()).toBe(2);
    const { forced } = await app.drain(60_000);
    expect(forced).toBe(false);
    await Promise.all(subs.map((s) => s.ended));
    await expect.poll(() => app.live.listening()).toBe(0);
  });
});
