import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
  type GraphQLType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateApiKey } from '../src/http/auth.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { createDriver, Graph, type GraphTransaction } from '../src/neo4j/graph.js';
import { schema } from '../src/schema/index.js';
import { createApp } from '../src/http/server.js';
import { data, refusal, testApp, type GraphQLResponse } from './support/app.js';
import { sampleDocumentFor } from './support/documents.js';
import { cypherRows, snapshot, writtenKeys } from './support/writes.js';
import { deriveFromClaims } from './support/tallies.js';

/**
 * Every mutation against the run's Neo4j, through the real server: success
 * read back through queries, idempotent re-runs, validation and refusals
 * that write nothing, concurrency, and the mutation's ingest equal to the
 * CLI's. Every key written here is made with writtenKeys (states from the
 * private-use range) and removed after the file, so other test files'
 * counts stay right.
 */

const editor = generateApiKey('test-editor', 'editor');
const admin = generateApiKey('test-admin', 'admin');
const reader = generateApiKey('test-reader', 'reader');
const API_KEYS = [editor, admin, reader].map((k) => k.entry).join(',');
const app = testApp({ API_KEYS });
const graph = app.graph;
const written = writtenKeys(graph);
const uniqueSlug = written.slug;
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const workDir = mkdtempSync(join(tmpdir(), 'newsgraph-mutations-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

type Key = typeof editor;
const bearer = (k: Key) => ({ authorization: `Bearer ${k.key}` });

function as(who: Key | null) {
  return (query: string, variables: Record<string, unknown> = {}) =>
    app.query(query, variables, who ? bearer(who) : {});
}
const asEditor = as(editor);
const asAdmin = as(admin);
const anonymous = as(null);

/** The issues of a BAD_USER_INPUT refusal, as `path: message` lines. */
function issues(res: GraphQLResponse): string[] {
  const error = refusal(res);
  expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  return (error.extensions!.issues as { path: string; message: string }[]).map((i) => `${i.path}: ${i.message}`);
}

async function exists(key: string): Promise<boolean> {
  const rows = await cypherRows(graph, 'MATCH (n) WHERE n.key = $key RETURN count(n) AS n', { key });
  return rows[0]!.n > 0;
}

/** A small document using every part of the format, all keys unique to the slug. */
const sampleDocument = (slug: string) => sampleDocumentFor(written, slug);

const INGEST = `mutation($input: IngestDocumentInput!) {
  ingestDocument(input: $input) {
    changed
    summary { nodes { kind created updated unchanged } claims { created updated unchanged } relationships { kind created unchanged } }
    articles { key title updatedBy }
    entities { key name }
    claims { key kind }
  }
}`;

const UPSERT = `mutation($input: UpsertEntityInput!) {
  upsertEntity(input: $input) {
    created changed
    entity { id key name aliases description wikidataId updatedBy updatedAt ... on Event { category date } ... on State { code } }
  }
}`;

const ADD_CLAIM = `mutation($input: AddClaimInput!) {
  addClaim(input: $input) {
    created changed
    claim { id key kind allegation quote madeOn updatedBy speaker { key } onBehalfOf { key } target { key } about { key } source { key } answersTo { key } }
  }
}`;

const LINK = `mutation($input: LinkEntitiesInput!) {
  linkEntities(input: $input) {
    created changed
    relationship { type key from { key } to { key } title since until vote role sources { key } updatedBy updatedAt }
  }
}`;

const UNLINK = `mutation($input: UnlinkEntitiesInput!) {
  unlinkEntities(input: $input) { changed removed { type from { key } to { key } title } }
}`;

const CORRECT = `mutation($input: CorrectFieldInput!) {
  correctField(input: $input) {
    changed field previousValue value
    entity { key name aliases description wikidataId }
    claim { key kind quote allegation }
  }
}`;

const DELETE = `mutation($input: DeleteEntityInput!) {
  deleteEntity(input: $input) { deleted key type deletedKeys relationshipsRemoved cascaded { key type reason } }
}`;

const NODE = `query($id: ID!) { node(id: $id) { id ... on Entity { key name aliases description wikidataId updatedBy updatedAt } } }`;

// ---------------------------------------------------------------------------

/** A document of its own for the tests that need an article and entities to refer to. */
const fixture = sampleDocument(uniqueSlug('mut-fixture'));
beforeAll(async () => {
  data(await asEditor(INGEST, { input: { document: fixture.document } }));
});

describe('upsertEntity', () => {
  it('creates an entity that the read API returns at once, with who wrote it and when', async () => {
    const key = `person:${uniqueSlug('analyst')}`;
    const res = data(
      await asEditor(UPSERT, {
        input: {
          key,
          type: 'Person',
          name: 'Ana Lyst',
          aliases: ['A. Lyst'],
          description: 'An analyst',
          mentionedIn: [fixture.keys.article],
        },
      }),
    );
    expect(res.upsertEntity).toMatchObject({
      created: true,
      changed: true,
      entity: { key, name: 'Ana Lyst', aliases: ['A. Lyst'], updatedBy: 'test-editor' },
    });
    expect(Date.parse(res.upsertEntity.entity.updatedAt)).toBeGreaterThan(Date.now() - 60_000);

    // Read back: by id, through search, and as an entity of the article it is mentioned in.
    const read = data(await anonymous(NODE, { id: res.upsertEntity.entity.id }));
    expect(read.node).toMatchObject({ key, name: 'Ana Lyst', description: 'An analyst' });
    expect(read.node.updatedBy, 'who wrote it is not shown to anonymous readers').toBeNull();
    expect(data(await as(reader)(NODE, { id: res.upsertEntity.entity.id })).node.updatedBy).toBe('test-editor');
    const found = data(await anonymous('query($t: String!) { search(text: $t) { key } }', { t: 'Ana Lyst' }));
    expect(found.search.map((e: { key: string }) => e.key)).toContain(key);
    const rels = await cypherRows(
      graph,
      'MATCH (:Person {key: $key})-[r:MENTIONED_IN]->(a:Article) RETURN a.key AS article, r.sources AS sources, r.updatedBy AS by',
      { key },
    );
    expect(rels).toEqual([{ article: fixture.keys.article, sources: [fixture.keys.article], by: 'test-editor' }]);
  });

  it('changes nothing, provenance included, when run again with the same input', async () => {
    const key = `event:${uniqueSlug('summit')}`;
    const input = {
      key,
      type: 'Event',
      name: 'Summit',
      aliases: ['the summit'],
      event: { category: 'SUMMIT', date: '2024-06' },
      mentionedIn: [fixture.keys.article],
    };
    expect(data(await asEditor(UPSERT, { input })).upsertEntity).toMatchObject({ created: true, changed: true });
    const before = await snapshot(graph, [key]);
    const again = data(await asAdmin(UPSERT, { input }));
    expect(again.upsertEntity).toMatchObject({
      created: false,
      changed: false,
      entity: { category: 'SUMMIT', date: '2024-06', updatedBy: 'test-editor' },
    });
    expect(await snapshot(graph, [key])).toEqual(before);
  });

  it('merges into an existing entity: aliases added, given values replaced, others kept, provenance renewed', async () => {
    const key = `person:${uniqueSlug('merge')}`;
    const first = data(
      await asEditor(UPSERT, {
        input: { key, type: 'Person', name: 'First Name', aliases: ['one'], wikidataId: 'Q42' },
      }),
    );
    const second = data(
      await asAdmin(UPSERT, { input: { key, type: 'Person', name: 'Second Name', aliases: ['two', 'one'] } }),
    );
    expect(second.upsertEntity).toMatchObject({
      created: false,
      changed: true,
      entity: { name: 'Second Name', aliases: ['one', 'two'], wikidataId: 'Q42', updatedBy: 'test-admin' },
    });
    expect(second.upsertEntity.entity.updatedAt > first.upsertEntity.entity.updatedAt).toBe(true);
  });

  it('refuses invalid input with BAD_USER_INPUT naming each field path, and writes nothing', async () => {
    const key = `person:${uniqueSlug('invalid')}`;
    const res = await asEditor(UPSERT, {
      input: {
        key,
        type: 'Person',
        name: 'Valid',
        aliases: ['fine', 'also fine', '   '],
        wikidataId: 'not-a-qid',
        organization: { category: 'MINISTRY' },
      },
    });
    expect(issues(res)).toEqual(
      expect.arrayContaining([
        'input.organization: only for an Organization; this entity is a Person',
        'input.aliases[2]: must not be empty',
        expect.stringMatching(/^input\.wikidataId: must be a Wikidata item id/),
      ]),
    );
    expect(refusal(res).message).toMatch(/^Invalid input \(3 problems\): /);

    const wrongPrefix = await asEditor(UPSERT, { input: { key: `org:${uniqueSlug('x')}`, type: 'Person', name: 'X' } });
    expect(issues(wrongPrefix)).toEqual([expect.stringMatching(/^input\.key: must be "person:"/)]);
    const badDate = await asEditor(UPSERT, {
      input: { key: `event:${uniqueSlug('x')}`, type: 'Event', name: 'X', event: { date: '2023-02-29' } },
    });
    expect(issues(badDate)).toEqual([expect.stringMatching(/^input\.event\.date: not a calendar date/)]);
    const stateCode = written.stateKey();
    const badCode = await asEditor(UPSERT, {
      input: { key: stateCode, type: 'State', name: 'X', state: { code: 'QLA' } },
    });
    expect(issues(badCode)).toEqual([expect.stringMatching(/^input\.state\.code: must match the key/)]);
    const unreadable = await asEditor(UPSERT, { input: { key: 'person:has/slash', type: 'Person', name: 'X' } });
    expect(issues(unreadable)).toEqual([expect.stringMatching(/^input\.key: after the prefix/)]);
    const missingArticle = await asEditor(UPSERT, {
      input: { key, type: 'Person', name: 'X', mentionedIn: [`article:${uniqueSlug('none')}`] },
    });
    expect(issues(missingArticle)).toEqual([
      expect.stringMatching(/^input\.mentionedIn\[0\]: article:.* is not in the graph$/),
    ]);

    for (const k of [key, stateCode, 'person:has/slash']) expect(await exists(k)).toBe(false);
  });

  it('makes one node from 50 concurrent upserts of one key', async () => {
    const key = `org:${uniqueSlug('race')}`;
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        asEditor(UPSERT, { input: { key, type: 'Organization', name: 'Raced Body', aliases: ['the body'] } }),
      ),
    );
    const payloads = results.map((r) => data(r).upsertEntity);
    expect(payloads.filter((p) => p.created)).toHaveLength(1);
    expect(payloads.filter((p) => p.changed)).toHaveLength(1);
    const rows = await cypherRows(
      graph,
      'MATCH (n:Entity {key: $key}) RETURN count(n) AS n, collect(labels(n)) AS labels',
      { key },
    );
    expect(rows[0]).toEqual({ n: 1, labels: [['Entity', 'Organization']] });
  });
});

describe('addClaim', () => {
  const k = fixture.keys;

  it('adds a claim tied to its source and quote, readable at once through the claim queries', async () => {
    const key = `claim:${uniqueSlug('call')}`;
    const input = {
      key,
      kind: 'CALL_FOR',
      speaker: k.envoy,
      onBehalfOf: k.accuser,
      targets: [k.accused],
      allegation: 'call it out',
      about: [k.transfer],
      madeOn: '2024-06-28',
      quote: 'We need to call it out for what it is.',
      answers: k.denial,
      source: k.article,
    };
    const res = data(await asEditor(ADD_CLAIM, { input }));
    expect(res.addClaim).toMatchObject({
      created: true,
      changed: true,
      claim: {
        key,
        kind: 'CALL_FOR',
        quote: input.quote,
        updatedBy: 'test-editor',
        speaker: { key: k.envoy },
        onBehalfOf: { key: k.accuser },
        target: { key: k.accused },
        about: [{ key: k.transfer }],
        source: { key: k.article },
        answersTo: { key: k.denial },
      },
    });
    const read = data(
      await anonymous(
        'query($s: ID!) { claims(speaker: $s, kind: CALL_FOR) { totalCount edges { node { key source { key } } } } }',
        { s: k.envoy },
      ),
    );
    expect(read.claims.edges.map((e: { node: unknown }) => e.node)).toEqual([{ key, source: { key: k.article } }]);

    // Every link the claim has carries its source and who wrote it.
    const links = await cypherRows(
      graph,
      'MATCH (c:Claim {key: $key})-[r]-() RETURN type(r) AS type, r.sources AS sources, r.updatedBy AS by ORDER BY type',
      { key },
    );
    expect(links.map((l) => l.type)).toEqual(['ABOUT', 'ANSWERS', 'MADE', 'ON_BEHALF_OF', 'SOURCE', 'TARGETS']);
    for (const l of links) expect(l).toMatchObject({ sources: [k.article], by: 'test-editor' });

    const before = await snapshot(graph, [key]);
    expect(data(await asEditor(ADD_CLAIM, { input })).addClaim).toMatchObject({ created: false, changed: false });
    expect(await snapshot(graph, [key])).toEqual(before);
  });

  it('refuses a quote that is not in the source, and references that are missing or of the wrong type, writing nothing', async () => {
    const key = `claim:${uniqueSlug('bad')}`;
    const base = { key, kind: 'ACCUSE', speaker: k.envoy, allegation: 'x', source: k.article };
    expect(issues(await asEditor(ADD_CLAIM, { input: { ...base, quote: 'words nobody said at all' } }))).toEqual([
      expect.stringMatching(new RegExp(`^input\\.quote: not found verbatim in source ${k.article}`)),
    ]);
    expect(
      issues(
        await asEditor(ADD_CLAIM, {
          input: { ...base, speaker: k.transfer, targets: [k.accused, written.stateKey()] },
        }),
      ),
    ).toEqual([
      `input.speaker: ${k.transfer} is a WeaponsTransfer, but a speaker must be Person or State or Organization`,
      expect.stringMatching(/^input\.targets\[1\]: state:Q.. is not in the graph$/),
    ]);
    expect(issues(await asEditor(ADD_CLAIM, { input: { ...base, source: k.envoy, madeOn: '2024-13' } }))).toEqual([
      'input.madeOn: not a calendar date (no month 13)',
    ]);
    expect(issues(await asEditor(ADD_CLAIM, { input: { ...base, source: k.envoy } }))).toEqual([
      `input.source: ${k.envoy} is a Person, but a source must be Article`,
    ]);
    expect(await exists(key)).toBe(false);
  });

  it('refuses to give an existing claim a second speaker', async () => {
    const res = await asEditor(ADD_CLAIM, {
      input: { key: k.accusation, kind: 'ACCUSE', speaker: k.ministry, allegation: 'x', source: k.article },
    });
    expect(refusal(res).extensions?.code).toBe('CONFLICT');
    const speakers = await cypherRows(graph, 'MATCH (s)-[:MADE]->(:Claim {key: $key}) RETURN s.key AS key', {
      key: k.accusation,
    });
    expect(speakers).toEqual([{ key: k.envoy }]);
  });
});

describe('linkEntities and unlinkEntities', () => {
  const k = fixture.keys;

  it('draws a relationship that the read API shows at once, updates it, and removes it', async () => {
    const person = `person:${uniqueSlug('deputy')}`;
    data(await asEditor(UPSERT, { input: { key: person, type: 'Person', name: 'Deputy' } }));
    const input = {
      type: 'HOLDS_POSITION',
      from: person,
      to: k.accuser,
      title: 'Deputy Ambassador',
      since: '2023',
      key: `rel:${uniqueSlug('post')}`,
      sources: [k.article],
    };
    const created = data(await asEditor(LINK, { input }));
    expect(created.linkEntities).toMatchObject({
      created: true,
      changed: true,
      relationship: {
        type: 'HOLDS_POSITION',
        key: input.key,
        from: { key: person },
        to: { key: k.accuser },
        title: 'Deputy Ambassador',
        since: '2023',
        sources: [{ key: k.article }],
        updatedBy: 'test-editor',
      },
    });
    const positions = `query($id: ID!) { node(id: $id) { ... on Person { positions { title since until of { key } } } } }`;
    const id = Buffer.from(`Person:${person}`).toString('base64');
    expect(data(await anonymous(positions, { id })).node.positions).toEqual([
      { title: 'Deputy Ambassador', since: '2023', until: null, of: { key: k.accuser } },
    ]);

    const before = await snapshot(graph, [person]);
    expect(data(await asEditor(LINK, { input })).linkEntities).toMatchObject({ created: false, changed: false });
    expect(await snapshot(graph, [person])).toEqual(before);

    const updated = data(await asEditor(LINK, { input: { ...input, key: undefined, until: '2024-06' } }));
    expect(updated.linkEntities).toMatchObject({
      created: false,
      changed: true,
      relationship: { key: input.key, until: '2024-06' },
    });

    const removed = data(
      await asEditor(UNLINK, {
        input: { type: 'HOLDS_POSITION', from: person, to: k.accuser, title: 'Deputy Ambassador' },
      }),
    );
    expect(removed.unlinkEntities).toEqual({
      changed: true,
      removed: [{ type: 'HOLDS_POSITION', from: { key: person }, to: { key: k.accuser }, title: 'Deputy Ambassador' }],
    });
    expect(data(await anonymous(positions, { id })).node.positions).toEqual([]);
    const afterUnlink = await snapshot(graph, [person]);
    expect(
      data(await asEditor(UNLINK, { input: { type: 'HOLDS_POSITION', from: person, to: k.accuser } })).unlinkEntities,
    ).toEqual({ changed: false, removed: [] });
    expect(await snapshot(graph, [person])).toEqual(afterUnlink);
  });

  it('checks ends and properties by the rules of the document format, writing nothing', async () => {
    const before = await snapshot(graph, [k.accuser, k.accused, k.envoy]);
    expect(issues(await asEditor(LINK, { input: { type: 'HOLDS_POSITION', from: k.envoy, to: k.accused } }))).toEqual([
      'input.title: required (string)',
    ]);
    expect(
      issues(await asEditor(LINK, { input: { type: 'SPONSORED', from: k.accuser, to: k.accused, vote: 'FOR' } })),
    ).toEqual(['input.vote: unknown property (see docs/model.md for the document format)']);
    expect(issues(await asEditor(LINK, { input: { type: 'MEMBER_OF', from: k.accuser, to: k.accused } }))).toEqual([
      `input.to: ${k.accused} is a State, but the end of MEMBER_OF must be Organization`,
    ]);
    expect(issues(await asEditor(LINK, { input: { type: 'PART_OF', from: k.ministry, to: k.ministry } }))).toEqual([
      `input.to: a PART_OF cannot link ${k.ministry} to itself`,
    ]);
    expect(
      issues(await asEditor(UNLINK, { input: { type: 'PART_OF', from: k.ministry, to: k.accused, title: 'x' } })),
    ).toEqual(['input.title: only for HOLDS_POSITION']);
    expect(await snapshot(graph, [k.accuser, k.accused, k.envoy])).toEqual(before);
  });
});

describe('concurrent links', () => {
  it('make one relationship from 20 concurrent identical linkEntities', async () => {
    const person = `person:${uniqueSlug('linked')}`;
    data(await asEditor(UPSERT, { input: { key: person, type: 'Person', name: 'Linked' } }));
    const input = { type: 'HOLDS_POSITION', from: person, to: fixture.keys.accuser, title: 'Envoy' };
    const results = await Promise.all(Array.from({ length: 20 }, () => asEditor(LINK, { input })));
    expect(results.map((r) => data(r).linkEntities.created).filter(Boolean)).toHaveLength(1);
    const rows = await cypherRows(graph, 'MATCH (:Person {key: $person})-[r:HOLDS_POSITION]->() RETURN count(r) AS n', {
      person,
    });
    expect(rows).toEqual([{ n: 1 }]);
  });
});

describe('correctField', () => {
  it('sets and clears a field, reporting the value before, and changes nothing when it is already right', async () => {
    const key = `person:${uniqueSlug('fix')}`;
    data(
      await asEditor(UPSERT, {
        input: { key, type: 'Person', name: 'Misspeled', aliases: ['x', 'y'], wikidataId: 'Q1' },
      }),
    );
    const fixed = data(await asEditor(CORRECT, { input: { key, field: 'NAME', value: 'Misspelled' } }));
    expect(fixed.correctField).toEqual({
      changed: true,
      field: 'NAME',
      previousValue: 'Misspeled',
      value: 'Misspelled',
      entity: { key, name: 'Misspelled', aliases: ['x', 'y'], description: null, wikidataId: 'Q1' },
      claim: null,
    });
    const id = Buffer.from(`Person:${key}`).toString('base64');
    expect(data(await anonymous(NODE, { id })).node.name).toBe('Misspelled');

    const before = await snapshot(graph, [key]);
    expect(
      data(await asEditor(CORRECT, { input: { key, field: 'NAME', value: 'Misspelled' } })).correctField.changed,
    ).toBe(false);
    expect(await snapshot(graph, [key])).toEqual(before);

    const cleared = data(await asEditor(CORRECT, { input: { key, field: 'WIKIDATA_ID', value: null } }));
    expect(cleared.correctField).toMatchObject({
      changed: true,
      previousValue: 'Q1',
      value: null,
      entity: { wikidataId: null },
    });
    const aliases = data(await asEditor(CORRECT, { input: { key, field: 'ALIASES', values: ['y'] } }));
    expect(aliases.correctField).toMatchObject({
      changed: true,
      previousValue: ['x', 'y'],
      entity: { aliases: ['y'] },
    });
  });

  it('corrects a claim’s quote only to words in its source', async () => {
    const claim = fixture.keys.accusation;
    const bad = await asEditor(CORRECT, {
      input: { key: claim, field: 'QUOTE', value: 'siding with a friendly state' },
    });
    expect(issues(bad)).toEqual([expect.stringMatching(/^input\.value: not found verbatim in the claim’s source/)]);
    const good = data(
      await asEditor(CORRECT, { input: { key: claim, field: 'QUOTE', value: 'siding with a rogue state' } }),
    );
    expect(good.correctField).toMatchObject({
      changed: true,
      claim: { key: claim, quote: 'siding with a rogue state' },
      entity: null,
    });
  });

  it('refuses fields the node does not have, required fields cleared and invalid values', async () => {
    const key = fixture.keys.envoy;
    const before = await snapshot(graph, [key]);
    expect(issues(await asEditor(CORRECT, { input: { key, field: 'CATEGORY', value: 'MINISTRY' } }))).toEqual([
      'input.field: a Person has no CATEGORY (category)',
    ]);
    expect(issues(await asEditor(CORRECT, { input: { key, field: 'NAME', value: null } }))).toEqual([
      'input.value: cannot be cleared: a Person needs its name',
    ]);
    expect(issues(await asEditor(CORRECT, { input: { key, field: 'NAME' } }))).toEqual([
      'input.value: required: the new value, or null to clear the property',
    ]);
    expect(issues(await asEditor(CORRECT, { input: { key, field: 'ALIASES', values: ['ok', ''] } }))).toEqual([
      'input.values[1]: must not be empty',
    ]);
    expect(
      issues(await asEditor(CORRECT, { input: { key: fixture.keys.ministry, field: 'CATEGORY', value: 'EMBASSY' } })),
    ).toEqual([expect.stringMatching(/^input\.value: must be one of UN_BODY, /)]);
    expect(
      refusal(await asEditor(CORRECT, { input: { key: `person:${uniqueSlug('none')}`, field: 'NAME', value: 'x' } }))
        .extensions?.code,
    ).toBe('NOT_FOUND');
    expect(await snapshot(graph, [key])).toEqual(before);
  });
});

describe('deleteEntity', () => {
  it('needs the admin role', async () => {
    const key = `person:${uniqueSlug('keep')}`;
    data(await asEditor(UPSERT, { input: { key, type: 'Person', name: 'Kept' } }));
    const res = await asEditor(DELETE, { input: { key } });
    expect(refusal(res).extensions?.code).toBe('FORBIDDEN');
    expect(res.body.data).toBeNull();
    expect(await exists(key)).toBe(true);
  });

  it('deletes an entity nothing depends on, with its relationships; again, it finds nothing to delete', async () => {
    const key = `person:${uniqueSlug('gone')}`;
    const made = data(
      await asEditor(UPSERT, { input: { key, type: 'Person', name: 'Gone', mentionedIn: [fixture.keys.article] } }),
    );
    const res = data(await asAdmin(DELETE, { input: { key } }));
    expect(res.deleteEntity).toEqual({
      deleted: true,
      key,
      type: 'Person',
      deletedKeys: [key],
      relationshipsRemoved: 1,
      cascaded: [],
    });
    expect(data(await anonymous(NODE, { id: made.upsertEntity.entity.id })).node).toBeNull();
    expect(data(await asAdmin(DELETE, { input: { key } })).deleteEntity).toEqual({
      deleted: false,
      key,
      type: null,
      deletedKeys: [],
      relationshipsRemoved: 0,
      cascaded: [],
    });
  });

  it('refuses with CONFLICT, listing them, while claims or transfers depend on it; with cascade deletes them too and says so', async () => {
    const doc = sampleDocument(uniqueSlug('mut-cascade'));
    data(await asEditor(INGEST, { input: { document: doc.document } }));
    const k = doc.keys;
    const before = await snapshot(graph, doc.allKeys);

    const refused = await asAdmin(DELETE, { input: { key: k.accused } });
    const error = refusal(refused);
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.message).toMatch(new RegExp(`^${k.accused} was not deleted: 2 claims or transfers depend on it`));
    expect(error.extensions?.dependants).toEqual([
      { key: k.accusation, type: 'Accusation', reason: `aimed at ${k.accused}; about ${k.transfer}` },
      { key: k.transfer, type: 'WeaponsTransfer', reason: `supplied by ${k.accused}` },
    ]);
    expect(await snapshot(graph, doc.allKeys)).toEqual(before);

    const res = data(await asAdmin(DELETE, { input: { key: k.accused, cascade: true } }));
    expect(res.deleteEntity).toEqual({
      deleted: true,
      key: k.accused,
      type: 'State',
      deletedKeys: [k.accused, k.accusation, k.transfer],
      // The state's MENTIONED_IN, PART_OF, SUPPLIED_BY and TARGETS; the accusation's MADE, ON_BEHALF_OF, ABOUT,
      // SOURCE and ANSWERS; the transfer's MENTIONED_IN, RECEIVED_BY and OF_WEAPON.
      relationshipsRemoved: 12,
      cascaded: [
        { key: k.accusation, type: 'Accusation', reason: `aimed at ${k.accused}; about ${k.transfer}` },
        { key: k.transfer, type: 'WeaponsTransfer', reason: `supplied by ${k.accused}` },
      ],
    });
    for (const gone of [k.accused, k.accusation, k.transfer]) expect(await exists(gone)).toBe(false);
    // The denial answered the accusation but was not aimed at the state: it stays, without its ANSWERS link.
    for (const kept of [k.accuser, k.envoy, k.ministry, k.weapon, k.article, k.denial])
      expect(await exists(kept)).toBe(true);
    const accusations = data(await anonymous('query($s: ID!) { claims(speaker: $s) { totalCount } }', { s: k.envoy }));
    expect(accusations.claims.totalCount).toBe(0);
  });
});

describe('ingestDocument', () => {
  it('writes a document in one go, readable at once, and changes nothing the second time', async () => {
    const { keys, document, allKeys } = sampleDocument(uniqueSlug('mut-ingest'));
    const first = data(await asEditor(INGEST, { input: { document } }));
    expect(first.ingestDocument).toMatchObject({
      changed: true,
      summary: { claims: { created: 2, updated: 0, unchanged: 0 } },
      articles: [{ key: keys.article, title: 'Envoy accuses neighbour', updatedBy: 'test-editor' }],
    });
    expect(first.ingestDocument.entities.map((e: { key: string }) => e.key)).toEqual(
      document.entities.map((e) => e.key),
    );
    expect(first.ingestDocument.claims).toEqual([
      { key: keys.accusation, kind: 'ACCUSE' },
      { key: keys.denial, kind: 'DENY' },
    ]);
    const read = data(
      await anonymous(
        'query($a: ID!) { accusations(accused: $a) { edges { node { key quote source { key } denials { key } } } } }',
        { a: keys.accused },
      ),
    );
    expect(read.accusations.edges).toEqual([
      {
        node: {
          key: keys.accusation,
          quote: 'in essence siding with a rogue state',
          source: { key: keys.article },
          denials: [{ key: keys.denial }],
        },
      },
    ]);

    const before = await snapshot(graph, allKeys);
    const second = data(await asEditor(INGEST, { input: { document } }));
    expect(second.ingestDocument.changed).toBe(false);
    expect(
      second.ingestDocument.summary.nodes.every(
        (n: { created: number; updated: number }) => n.created === 0 && n.updated === 0,
      ),
    ).toBe(true);
    expect(await snapshot(graph, allKeys)).toEqual(before);
  });

  it('refuses an invalid document with every error’s path under input.document, and writes nothing', async () => {
    const { keys, document, allKeys } = sampleDocument(uniqueSlug('mut-invalid'));
    document.claims[0]!.quote = 'siding with a friendly state';
    // A property the document format does not have.
    Object.assign(document.entities[2]!, { colour: 'blue' });
    const res = await asEditor(INGEST, { input: { document } });
    expect(issues(res)).toEqual([
      'input.document.entities[2].colour: unknown property (see docs/model.md for the document format)',
    ]);
    Reflect.deleteProperty(document.entities[2]!, 'colour');
    expect(issues(await asEditor(INGEST, { input: { document } }))).toEqual([
      expect.stringMatching(
        new RegExp(`^input\\.document\\.claims\\[0\\]\\.quote: not found verbatim in source ${keys.article}`),
      ),
    ]);
    expect(issues(await asEditor(INGEST, { input: { document: 'not a document' } }))).toEqual([
      'input.document: must be an object',
    ]);
    for (const key of allKeys) expect(await exists(key)).toBe(false);
  });

  it('writes the same graph as npm run ingest', async () => {
    const { document, allKeys } = sampleDocument(uniqueSlug('mut-vs-cli'));
    const file = join(workDir, 'document.json');
    writeFileSync(file, JSON.stringify(document));
    const omit = ['updatedAt', 'updatedBy'];

    data(await asEditor(INGEST, { input: { document } }));
    const viaMutation = await snapshot(graph, allKeys, omit);
    const provenance = await cypherRows(graph, 'MATCH (n) WHERE n.key IN $keys RETURN DISTINCT n.updatedBy AS by', {
      keys: allKeys,
    });
    expect(provenance).toEqual([{ by: 'test-editor' }]);
    await cypherRows(graph, 'MATCH (n) WHERE n.key IN $keys DETACH DELETE n', { keys: allKeys });
    await deriveFromClaims(graph);
    expect((await snapshot(graph, allKeys)).nodes).toEqual([]);

    const cli = await new Promise<{ code: number; output: string }>((done) =>
      execFile(
        'npx',
        ['tsx', 'src/ingest/cli.ts', file],
        { cwd: projectRoot, env: { ...process.env, NEO4J_URI: inject('neo4jUri') }, timeout: 60_000 },
        (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
      ),
    );
    expect(cli.code, cli.output).toBe(0);
    const viaCli = await snapshot(graph, allKeys, omit);
    expect(viaCli.nodes.length).toBe(allKeys.length);
    expect(viaCli).toEqual(viaMutation);
  });
});

describe('without the right token', () => {
  const key = () => `person:${uniqueSlug('refused')}`;

  it('refuses every mutation without a token with UNAUTHENTICATED, and writes nothing', async () => {
    const { document, allKeys } = sampleDocument(uniqueSlug('mut-anon'));
    const person = key();
    const attempts = [
      [INGEST, { input: { document } }],
      [UPSERT, { input: { key: person, type: 'Person', name: 'Nobody' } }],
      [
        ADD_CLAIM,
        {
          input: {
            key: `claim:${uniqueSlug('anon')}`,
            kind: 'ACCUSE',
            speaker: fixture.keys.envoy,
            allegation: 'x',
            source: fixture.keys.article,
          },
        },
      ],
      [LINK, { input: { type: 'PART_OF', from: fixture.keys.ministry, to: fixture.keys.accuser } }],
      [UNLINK, { input: { type: 'PART_OF', from: fixture.keys.ministry, to: fixture.keys.accused } }],
      [CORRECT, { input: { key: fixture.keys.envoy, field: 'NAME', value: 'Renamed' } }],
      [DELETE, { input: { key: fixture.keys.envoy, cascade: true } }],
    ] as const;
    const before = await snapshot(graph, fixture.allKeys);
    for (const [mutation, variables] of attempts) {
      const res = await anonymous(mutation, variables);
      expect(refusal(res).extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.body.data).toBeNull();
    }
    expect(await snapshot(graph, fixture.allKeys)).toEqual(before);
    for (const k of [...allKeys, person]) expect(await exists(k)).toBe(false);
  });

  it('refuses a bad token with UNAUTHENTICATED (HTTP 401) before anything runs', async () => {
    const person = key();
    for (const authorization of [
      `Bearer ${editor.key}x`,
      `Basic ${Buffer.from('a:b').toString('base64')}`,
      'Bearer not.a.jwt',
    ]) {
      const res = await app.query(
        UPSERT,
        { input: { key: person, type: 'Person', name: 'Nobody' } },
        { authorization },
      );
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect(refusal(res)).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      expect(JSON.stringify(res.body)).not.toContain(editor.key);
    }
    expect(await exists(person)).toBe(false);
  });

  it('refuses a reader’s token with FORBIDDEN, and writes nothing', async () => {
    const person = key();
    const res = await as(reader)(UPSERT, { input: { key: person, type: 'Person', name: 'Nobody' } });
    expect(refusal(res)).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(refusal(res).message).toBe('This needs the editor role; the token has the reader role.');
    expect(await exists(person)).toBe(false);
  });
});

describe('the write API', () => {
  it('describes every mutation, argument, input and payload field and enum value it uses, for the analyst', () => {
    const missing: string[] = [];
    const seen = new Set<string>();
    const visit = (type: GraphQLNamedType) => {
      if (seen.has(type.name) || type.name.startsWith('__')) return;
      seen.add(type.name);
      if (!type.description && !isSpecifiedScalarType(type as never)) missing.push(type.name);
      if (isEnumType(type))
        for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
            visit(getNamedType(arg.type as GraphQLType));
          }
          visit(getNamedType(field.type as GraphQLType));
        }
      }
    };
    visit(schema.getMutationType()!);
    expect(seen.size).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });
});

describe('transactions', () => {
  /** The same server over a Graph whose transactions fail at one statement, after the others have written. */
  function appFailingAt(statement: string) {
    class FailingGraph extends Graph {
      override forRequest(signal?: AbortSignal): Graph {
        return new FailingGraph(this.driver, this.database, undefined, signal);
      }
      override writeTransaction<T>(work: (tx: GraphTransaction) => Promise<T>): Promise<T> {
        return super.writeTransaction((tx) =>
          work(
            new Proxy(tx, {
              get(target, prop, receiver) {
                if (prop !== 'run') return Reflect.get(target, prop, receiver);
                return (name: string, params?: Record<string, unknown>) => {
                  if (name === statement) throw new Error(`injected failure at ${name}`);
                  return target.run(name, params);
                };
              },
            }),
          ),
        );
      }
    }
    const driver = createDriver({ uri: inject('neo4jUri'), database: 'neo4j' });
    afterAll(() => driver.close());
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', API_KEYS });
    return createApp({ config, graph: new FailingGraph(driver, 'neo4j'), logger: createLogger('silent') });
  }

  it('writes nothing when a statement fails after others have written', async () => {
    const failing = appFailingAt('write/links');
    const key = `claim:${uniqueSlug('rolled-back')}`;
    const res = await failing.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(editor) },
      body: JSON.stringify({
        query: ADD_CLAIM,
        variables: {
          input: { key, kind: 'ACCUSE', speaker: fixture.keys.envoy, allegation: 'x', source: fixture.keys.article },
        },
      }),
    });
    const body = (await res.json()) as GraphQLResponse['body'];
    expect(body.errors?.[0]?.message).toBe('Unexpected error.');
    expect(await exists(key)).toBe(false);

    const person = `person:${uniqueSlug('rolled-back')}`;
    const upsert = await failing.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(editor) },
      body: JSON.stringify({
        query: UPSERT,
        variables: { input: { key: person, type: 'Person', name: 'X', mentionedIn: [fixture.keys.article] } },
      }),
    });
    expect(((await upsert.json()) as GraphQLResponse['body']).errors).toHaveLength(1);
    expect(await exists(person)).toBe(false);
  });
});
