import { afterAll, describe, expect, it } from 'vitest';
import { generateApiKey } from '../src/http/auth.js';
import { capturingLogger, testApp } from './support/app.js';
import { uniqueSlug } from './support/graph.js';
import { writtenKeys } from './support/writes.js';

/**
 * The response cache (src/cache/response-cache.ts): a read asked twice is
 * answered the second time without Neo4j; a committed write drops the cache,
 * so the next read sees it; tokens are still checked on every request; and
 * RESPONSE_CACHE=false turns it off.
 */
const editor = generateApiKey('cache-editor', 'editor');
const reader = generateApiKey('cache-reader', 'reader');
const keys = [editor, reader].map((k) => k.entry).join(',');
const { logger, lines } = capturingLogger();
const app = testApp({ API_KEYS: keys, LOG_LEVEL: 'info' }, { logger });
const locked = testApp({ API_KEYS: keys, READS_REQUIRE_AUTH: 'true', LOG_LEVEL: 'info' }, { logger });
const uncached = testApp({ RESPONSE_CACHE: 'false', LOG_LEVEL: 'info' }, { logger });
const written = writtenKeys(app.graph);

const UPSERT = `mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { created changed } }`;
const ADD_CLAIM = `mutation($input: AddClaimInput!) { addClaim(input: $input) { created changed } }`;
const ACCUSATIONS = `query($accused: ID!) { accusations(accused: $accused) { totalCount edges { node { allegation accuser { name } } } } }`;

/** The answer and how many Cypher statements it took (from the request log). */
async function ask(
  target: typeof app,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const requestId = uniqueSlug('req');
  const res = await target.query(query, variables, { 'x-request-id': requestId, ...headers });
  const line = lines.find((l) => l.requestId === requestId);
  return { ...res, cypher: line?.cypher as number | undefined };
}

const as = (key: { key: string }) => ({ authorization: `Bearer ${key.key}` });

describe('the response cache', () => {
  it('answers a repeated read without Neo4j, and a write is visible to the next read', async () => {
    const slug = written.slug('cache');
    const accused = written.stateKey();
    const speaker = `person:cache-speaker-${slug}`;
    expect(
      (await app.query(UPSERT, { input: { key: accused, type: 'State', name: `State ${slug}` } }, as(editor))).body
        .errors,
    ).toBeUndefined();
    expect(
      (await app.query(UPSERT, { input: { key: speaker, type: 'Person', name: 'Cache Speaker' } }, as(editor))).body
        .errors,
    ).toBeUndefined();

    const first = await ask(app, ACCUSATIONS, { accused });
    expect(first.body.errors, JSON.stringify(first.body.errors)).toBeUndefined();
    expect(first.body.data.accusations.totalCount).toBe(0);
    expect(first.cypher).toBe(1);
    const again = await ask(app, ACCUSATIONS, { accused });
    expect(again.body).toEqual(first.body);
    expect(again.cypher).toBe(0);

    const input = {
      key: `claim:cache-${slug}`,
      kind: 'ACCUSE',
      speaker,
      targets: [accused],
      allegation: 'a cached allegation',
      source: 'article:53f6e0b8b575f843',
    };
    expect((await app.query(ADD_CLAIM, { input }, as(editor))).body.data.addClaim.created).toBe(true);

    const after = await ask(app, ACCUSATIONS, { accused });
    expect(after.cypher).toBe(1);
    expect(after.body.data.accusations).toEqual({
      totalCount: 1,
      edges: [{ node: { allegation: 'a cached allegation', accuser: { name: 'Cache Speaker' } } }],
    });
  });

  it('still refuses a bad token for an answer it holds', async () => {
    const query = '{ search(text: "korea") { name } }';
    expect((await ask(app, query, {})).body.errors).toBeUndefined();
    const cached = await ask(app, query, {});
    expect(cached.cypher).toBe(0);
    const refused = await ask(app, query, {}, { authorization: 'Bearer not-a-key' });
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // A reader with a token is shown who wrote what, anonymous readers are not: answers are kept per role.
    expect((await ask(app, query, {}, as(reader))).cypher).toBe(1);
    expect((await ask(app, query, {}, as(reader))).cypher).toBe(0);
    const updatedBy = '{ node(id: "state:RUS") { ... on State { updatedBy } } }';
    const anonymous = await ask(app, updatedBy, {});
    expect(anonymous.body.data.node.updatedBy).toBeNull();
    expect((await ask(app, updatedBy, {}, as(reader))).body.data.node.updatedBy).not.toBeNull();
  });

  it('where reads need a token, refuses a request without one even for an answer it holds', async () => {
    const query = '{ search(text: "russia") { name } }';
    expect((await ask(locked, query, {}, as(reader))).cypher).toBe(1);
    expect((await ask(locked, query, {}, as(reader))).cypher).toBe(0);
    expect((await ask(locked, query, {}, as(editor))).cypher).toBe(1);
    const anonymous = await ask(locked, query, {});
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('never keeps a mutation’s answer, even one that changed nothing', async () => {
    const TICKET = 'mutation { createStreamTicket { ticket } }';
    const first = await ask(app, TICKET, {}, as(reader));
    const second = await ask(app, TICKET, {}, as(reader));
    expect(first.body.errors).toBeUndefined();
    expect(second.body.data.createStreamTicket.ticket).not.toBe(first.body.data.createStreamTicket.ticket);
    const key = `person:${written.slug('cache-noop')}`;
    const input = { key, type: 'Person', name: 'Unchanged' };
    expect((await ask(app, UPSERT, { input }, as(editor))).body.data.upsertEntity.created).toBe(true);
    const repeated = await ask(app, UPSERT, { input }, as(editor));
    expect(repeated.body.data.upsertEntity).toEqual({ created: false, changed: false });
    expect(repeated.cypher).toBeGreaterThan(0);
    // So a mutation sent by GET is refused however often it was sent by POST.
    const url = new URL('http://localhost/graphql');
    url.searchParams.set('query', TICKET);
    const byGet = await app.yoga.fetch(url, {
      headers: { authorization: `Bearer ${reader.key}`, accept: 'application/graphql-response+json' },
    });
    expect(byGet.status).toBe(405);
  });

  it('is off with RESPONSE_CACHE=false', async () => {
    const query = '{ search(text: "ukraine") { name } }';
    expect((await ask(uncached, query, {})).cypher).toBe(1);
    expect((await ask(uncached, query, {})).cypher).toBe(1);
  });
});

describe('the response cache shared through Redis, while Redis does not answer', () => {
  // Nothing listens on port 1: every Redis command fails at once.
  const away = testApp({ API_KEYS: keys, LOG_LEVEL: 'info', REDIS_URL: 'redis://127.0.0.1:1' }, { logger });
  afterAll(() => away.close());

  it('serves nothing it cannot vouch for: every read goes to the graph, and writes still answer', async () => {
    const query = '{ search(text: "sudan") { name } }';
    const first = await ask(away, query, {});
    expect(first.body.errors).toBeUndefined();
    expect(first.cypher).toBe(1);
    const again = await ask(away, query, {});
    expect(again.body).toEqual(first.body);
    expect(again.cypher).toBe(1);
    const key = `person:${written.slug('redis-away')}`;
    const write = await away.query(UPSERT, { input: { key, type: 'Person', name: 'Written anyway' } }, as(editor));
    expect(write.body).toEqual({ data: { upsertEntity: { created: true, changed: true } } });
    expect(lines.some((l) => /response cache generation was not advanced/.test(String(l.msg)))).toBe(true);
  });
});
