import { afterEach, describe, expect, it } from 'vitest';
import type { Change } from '../src/changes.js';
import { generateApiKey } from '../src/http/auth.js';
import { testApp } from './support/app.js';
import { ABSENT_STATE_KEY, writtenKeys } from './support/writes.js';

/**
 * The change feed (src/changes.ts): each committed mutation announces what
 * it changed, once, after commit; a refused or idempotent write announces
 * nothing. The response cache and subscriptions rely on it.
 */
const editor = generateApiKey('feed-editor', 'editor');
const admin = generateApiKey('feed-admin', 'admin');
const app = testApp({ API_KEYS: [editor, admin].map((k) => k.entry).join(',') });
const written = writtenKeys(app.graph);
const seen: Change[] = [];
const unsubscribe = app.changes.subscribe((c) => void seen.push(c));
afterEach(() => void seen.splice(0));

const as =
  (key: { key: string }) =>
  (query: string, variables: Record<string, unknown> = {}) =>
    app.query(query, variables, { authorization: `Bearer ${key.key}` });

const UPSERT = `mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { created changed } }`;
const ADD_CLAIM = `mutation($input: AddClaimInput!) { addClaim(input: $input) { created changed } }`;

describe('the change feed', () => {
  it('announces an added claim once, with its speaker, kind and targets, and nothing for a repeat or a refusal', async () => {
    const slug = written.slug('feed');
    const state = written.stateKey();
    const person = `person:speaker-${slug}`;
    expect(
      (await as(editor)(UPSERT, { input: { key: person, type: 'Person', name: 'Speaker' } })).body.errors,
    ).toBeUndefined();
    expect(
      (await as(editor)(UPSERT, { input: { key: state, type: 'State', name: `State ${slug}` } })).body.errors,
    ).toBeUndefined();
    expect(seen.map((c) => [c.operation, c.entities])).toEqual([
      ['upsertEntity', [{ key: person, status: 'created' }]],
      ['upsertEntity', [{ key: state, status: 'created' }]],
    ]);
    seen.splice(0);

    const input = {
      key: `claim:feed-${slug}`,
      kind: 'ACCUSE',
      speaker: person,
      targets: [state],
      allegation: 'a test allegation',
      source: 'article:53f6e0b8b575f843',
    };
    expect((await as(editor)(ADD_CLAIM, { input })).body.data.addClaim.created).toBe(true);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      operation: 'addClaim',
      actor: 'feed-editor',
      claims: [{ key: input.key, status: 'created', kind: 'ACCUSE', speaker: person, targets: [state] }],
      entities: expect.arrayContaining([
        { key: person, status: 'updated' },
        { key: state, status: 'updated' },
      ]),
    });

    seen.splice(0);
    expect((await as(editor)(ADD_CLAIM, { input })).body.data.addClaim.changed).toBe(false);
    const refused = await as(editor)(ADD_CLAIM, {
      input: { ...input, key: `claim:feed2-${slug}`, targets: [ABSENT_STATE_KEY] },
    });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(seen).toEqual([]);
  });

  it('announces what a cascading delete removed', async () => {
    const slug = written.slug('feeddel');
    const person = `person:gone-${slug}`;
    await as(editor)(UPSERT, { input: { key: person, type: 'Person', name: 'Gone' } });
    await as(editor)(ADD_CLAIM, {
      input: {
        key: `claim:gone-${slug}`,
        kind: 'STATE',
        speaker: person,
        allegation: 'x',
        source: 'article:53f6e0b8b575f843',
      },
    });
    seen.splice(0);
    const res = await as(admin)(
      `mutation($key: ID!) { deleteEntity(input: { key: $key, cascade: true }) { deleted } }`,
      { key: person },
    );
    expect(res.body.data.deleteEntity.deleted).toBe(true);
    expect(seen).toEqual([
      expect.objectContaining({
        operation: 'deleteEntity',
        entities: [{ key: person, status: 'removed' }],
        claims: [{ key: `claim:gone-${slug}`, status: 'removed' }],
      }),
    ]);
  });

  it('announces an ingest by what it created, and nothing when ingested again', async () => {
    const slug = written.slug('feeding');
    const state = written.stateKey();
    const document = {
      sources: [
        { key: `article:${slug}`, category: 'NEWS', title: 'T', publishedOn: '2024-07-01', text: 'The state spoke.' },
      ],
      entities: [{ key: state, type: 'State', name: `Feed ${slug}` }],
      claims: [{ key: `claim:spoke-${slug}`, kind: 'STATE', speaker: state, allegation: 'it spoke' }],
    };
    const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { changed } }`;
    expect((await as(editor)(INGEST, { input: { document } })).body.data.ingestDocument.changed).toBe(true);
    expect(seen).toEqual([
      expect.objectContaining({
        operation: 'ingestDocument',
        articles: [{ key: `article:${slug}`, status: 'created' }],
        entities: [{ key: state, status: 'created' }],
        claims: [
          {
            key: `claim:spoke-${slug}`,
            status: 'created',
            kind: 'STATE',
            origin: 'REPORTED',
            speaker: state,
            onBehalfOf: null,
            targets: [],
          },
        ],
      }),
    ]);
    seen.splice(0);
    expect((await as(editor)(INGEST, { input: { document } })).body.data.ingestDocument.changed).toBe(false);
    expect(seen).toEqual([]);
    unsubscribe();
  });
});
