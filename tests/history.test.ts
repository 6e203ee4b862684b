import { describe, expect, it } from 'vitest';
import type { Change } from '../src/changes.js';
import { generateApiKey } from '../src/http/auth.js';
import { data, refusal, testApp } from './support/app.js';
import { sampleDocumentFor } from './support/documents.js';
import { cypherRows, snapshot, writtenKeys } from './support/writes.js';

/**
 * The history (src/history) through the real server: every mutation and
 * ingest records who, when, which operation, the properties before and
 * after and the links added and removed, in its own transaction; nothing
 * for a write that changed nothing or was refused; read back newest first
 * in keyset pages; actor names only for callers with a token. Deletes keep
 * what they removed, and restoreEntity puts it back exactly or, when
 * something is in the way, refuses and writes nothing.
 */
const alice = generateApiKey('history-alice', 'editor');
const bob = generateApiKey('history-bob', 'editor');
const admin = generateApiKey('history-admin', 'admin');
const app = testApp({ API_KEYS: [alice, bob, admin].map((k) => k.entry).join(',') });
const graph = app.graph;
const written = writtenKeys(graph);

type Key = typeof alice;
const as =
  (who: Key | null) =>
  (query: string, variables: Record<string, unknown> = {}) =>
    app.query(query, variables, who ? { authorization: `Bearer ${who.key}` } : {});
const anonymous = as(null);

const ARTICLE = 'article:53f6e0b8b575f843';

const UPSERT = `mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { changed } }`;
const CORRECT = `mutation($input: CorrectFieldInput!) { correctField(input: $input) { changed } }`;
const LINK = `mutation($input: LinkEntitiesInput!) { linkEntities(input: $input) { changed } }`;
const UNLINK = `mutation($input: UnlinkEntitiesInput!) { unlinkEntities(input: $input) { changed } }`;
const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { changed } }`;
const DELETE = `mutation($input: DeleteEntityInput!) { deleteEntity(input: $input) { deleted deletedKeys change } }`;
const RESTORE = `mutation($change: ID!) {
  restoreEntity(change: $change) {
    restoredKeys relationshipsRestored
    entity { id key name }
    claims { id key }
    change { id operation restores { id } }
    restored { id operation restorable restoredBy { id } }
  }
}`;

const ENTRIES = `
        totalCount
        pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { cursor node {
          key kind status operation actor at before after
          linksAdded { type from to key after }
          linksRemoved { type from to key before }
          linksChanged { type from to before after }
          change { id operation itemCount }
        } }`;

/** An entry of a history, as ENTRIES asks for it. */
interface Link {
  type: string;
  from: string;
  to: string;
  key?: string | null;
  before?: unknown;
  after?: unknown;
}
interface Entry {
  key: string;
  kind: string;
  status: string;
  operation: string;
  actor: string | null;
  at: string;
  before: unknown;
  after: unknown;
  linksAdded: Link[];
  linksRemoved: Link[];
  linksChanged: Link[];
  change: { id: string; operation: string; itemCount: number };
}
interface HistoryPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Entry }[];
}
/** A change in the `changes` feed, as FEED asks for it. */
interface FeedChange {
  id: string;
  at: string;
  actor: string | null;
  operation: string;
  itemCount: number;
  items: { edges: { node: { key: string; status: string } }[] };
}

/** An entity's history through its own field; `history(key:)` below reads that of any key, deleted ones too. */
const HISTORY = `query($id: ID!, $first: Int, $after: String) {
  node(id: $id) { ... on Entity { history(first: $first, after: $after) { ${ENTRIES} } } }
}`;

async function history(
  who: Key | null,
  id: string,
  page: { first?: number; after?: string | null } = {},
): Promise<HistoryPage> {
  return data(await as(who)(HISTORY, { id, ...page })).node.history;
}

async function historyOfKey(who: Key | null, key: string): Promise<HistoryPage> {
  return data(await as(who)(`query($key: ID!) { history(key: $key) { ${ENTRIES} } }`, { key })).history;
}

describe('history of an entity', () => {
  it('records three edits by two callers, newest first: who, when, which operation, properties before and after, links added', async () => {
    const person = `person:${written.slug('historian')}`;
    const state = written.stateKey();
    data(await as(bob)(UPSERT, { input: { key: state, type: 'State', name: 'State of record' } }));
    data(
      await as(alice)(UPSERT, {
        input: { key: person, type: 'Person', name: 'Ada Archive', aliases: ['A. Archive'], mentionedIn: [ARTICLE] },
      }),
    );
    data(await as(bob)(CORRECT, { input: { key: person, field: 'DESCRIPTION', value: 'A keeper of records' } }));
    data(
      await as(alice)(LINK, {
        input: {
          type: 'HOLDS_POSITION',
          from: person,
          to: state,
          title: 'Archivist',
          key: `rel:${written.slug('archivist')}`,
        },
      }),
    );

    const h = await history(alice, person);
    expect(h.totalCount).toBe(3);
    const entries = h.edges.map((e) => e.node);
    expect(entries.map((e) => [e.operation, e.actor, e.status])).toEqual([
      ['linkEntities', 'history-alice', 'UPDATED'],
      ['correctField', 'history-bob', 'UPDATED'],
      ['upsertEntity', 'history-alice', 'CREATED'],
    ]);
    const times = entries.map((e) => Date.parse(e.at));
    expect(times[0]).toBeGreaterThanOrEqual(times[1]);
    expect(times[1]).toBeGreaterThanOrEqual(times[2]);

    const [link, correction, creation] = entries;
    expect(creation).toMatchObject({
      key: person,
      kind: 'Person',
      before: null,
      after: { name: 'Ada Archive', aliases: ['A. Archive'] },
      linksAdded: [{ type: 'MENTIONED_IN', from: person, to: ARTICLE, key: null, after: { sources: [ARTICLE] } }],
      linksRemoved: [],
    });
    expect(correction).toMatchObject({
      before: { description: null },
      after: { description: 'A keeper of records' },
      linksAdded: [],
    });
    expect(link).toMatchObject({
      before: null,
      after: null,
      linksAdded: [
        {
          type: 'HOLDS_POSITION',
          from: person,
          to: state,
          key: expect.stringMatching(/^rel:archivist-/),
          after: { title: 'Archivist', sources: [] },
        },
      ],
    });
    // The other end records the same link; the change lists both.
    expect(link.change).toMatchObject({ operation: 'linkEntities', itemCount: 2 });
    const stateHistory = await history(alice, state);
    expect(stateHistory.edges[0].node.linksAdded).toEqual(link.linksAdded);
    expect(stateHistory.edges[0].node.change.id).toBe(link.change.id);

    // Anonymous callers see the history, not who made it.
    const seen = await history(null, person);
    expect(seen.edges.map((e) => e.node.actor)).toEqual([null, null, null]);
    expect(seen.edges.map((e) => e.node.after)).toEqual(entries.map((e) => e.after));
  });

  it('pages newest first after a cursor, and what is recorded meanwhile does not shift the next page', async () => {
    const person = `person:${written.slug('paged')}`;
    data(await as(alice)(UPSERT, { input: { key: person, type: 'Person', name: 'Paged' } }));
    for (const value of ['one', 'two'])
      data(await as(alice)(CORRECT, { input: { key: person, field: 'DESCRIPTION', value } }));

    const first = await history(alice, person, { first: 2 });
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.edges.map((e) => e.node.after)).toEqual([{ description: 'two' }, { description: 'one' }]);

    data(await as(alice)(CORRECT, { input: { key: person, field: 'DESCRIPTION', value: 'three' } }));
    const next = await history(alice, person, { first: 2, after: first.pageInfo.endCursor });
    expect(next.totalCount).toBe(4);
    expect(next.edges.map((e) => e.node.operation)).toEqual(['upsertEntity']);
    expect(next.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const bad = await as(alice)(HISTORY, { id: person, after: Buffer.from('offset:3').toString('base64') });
    expect(refusal(bad).extensions?.code).toBe('BAD_USER_INPUT');
    expect(refusal(await as(alice)(HISTORY, { id: person, first: 101 })).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('records nothing for a write that changes nothing, or that is refused', async () => {
    const person = `person:${written.slug('quiet')}`;
    const input = { key: person, type: 'Person', name: 'Quiet', mentionedIn: [ARTICLE] };
    data(await as(alice)(UPSERT, { input }));
    expect(data(await as(bob)(UPSERT, { input })).upsertEntity.changed).toBe(false);
    expect(
      refusal(await as(alice)(CORRECT, { input: { key: person, field: 'WIKIDATA_ID', value: 'not an id' } })).extensions
        ?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      refusal(await as(alice)(LINK, { input: { type: 'MEMBER_OF', from: person, to: 'org:un-security-council' } }))
        .extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      data(await as(alice)(UNLINK, { input: { type: 'MEMBER_OF', from: 'state:RUS', to: person } })).unlinkEntities
        .changed,
    ).toBe(false);
    expect((await history(alice, person)).totalCount).toBe(1);
  });

  it('records an unlink on both ends, with the relationship as it was', async () => {
    const person = `person:${written.slug('unlinked')}`;
    const state = written.stateKey();
    data(await as(alice)(UPSERT, { input: { key: state, type: 'State', name: 'Former employer' } }));
    data(await as(alice)(UPSERT, { input: { key: person, type: 'Person', name: 'Former envoy' } }));
    data(
      await as(alice)(LINK, {
        input: { type: 'HOLDS_POSITION', from: person, to: state, title: 'Envoy', since: '2020', sources: [ARTICLE] },
      }),
    );
    data(
      await as(bob)(LINK, {
        input: { type: 'HOLDS_POSITION', from: person, to: state, title: 'Envoy', until: '2023' },
      }),
    );
    data(await as(bob)(UNLINK, { input: { type: 'HOLDS_POSITION', from: person, to: state } }));

    const [removal, update] = (await history(bob, person)).edges.map((e) => e.node);
    expect(update.linksChanged).toEqual([
      { type: 'HOLDS_POSITION', from: person, to: state, before: { until: null }, after: { until: '2023' } },
    ]);
    expect(removal).toMatchObject({
      operation: 'unlinkEntities',
      actor: 'history-bob',
      linksRemoved: [
        {
          type: 'HOLDS_POSITION',
          from: person,
          to: state,
          before: { title: 'Envoy', since: '2020', until: '2023', sources: [ARTICLE] },
        },
      ],
    });
    expect((await history(bob, state)).edges[0].node.linksRemoved).toEqual(removal.linksRemoved);
  });
});

describe('history of an ingest', () => {
  it('records what a document created and, ingested again with more, what it changed; the same document again records nothing', async () => {
    const slug = written.slug('hist-ingest');
    const state = written.stateKey();
    const claim = `claim:${slug}`;
    const text = 'The state of record said it keeps every record.';
    const document = {
      sources: [{ key: `article:${slug}`, category: 'NEWS', title: 'Records kept', publishedOn: '2024-07-02', text }],
      entities: [{ key: state, type: 'State', name: `Recorder ${slug}` }],
      claims: [
        { key: claim, kind: 'STATE', speaker: state, allegation: 'keeps every record', quote: 'it keeps every record' },
      ],
    };
    data(await as(alice)(INGEST, { input: { document } }));
    data(await as(alice)(INGEST, { input: { document } }));
    const more = { ...document, entities: [{ ...document.entities[0], aliases: ['the recorder'] }] };
    data(await as(bob)(INGEST, { input: { document: more } }));

    const entries = (await history(alice, state)).edges.map((e) => e.node);
    expect(entries.map((e) => [e.operation, e.actor, e.status])).toEqual([
      ['ingestDocument', 'history-bob', 'UPDATED'],
      ['ingestDocument', 'history-alice', 'CREATED'],
    ]);
    expect(entries[0]).toMatchObject({ before: { aliases: [] }, after: { aliases: ['the recorder'] }, linksAdded: [] });
    expect(entries[1].after).toEqual({ name: `Recorder ${slug}`, aliases: [] });
    expect(entries[1].linksAdded.map((l) => [l.type, l.from, l.to]).sort()).toEqual([
      ['MADE', state, claim],
      ['MENTIONED_IN', state, `article:${slug}`],
    ]);

    const claimHistory = data(
      await as(alice)(
        `query($s: ID!) { claims(speaker: $s) { edges { node { history { totalCount edges { node { status after linksAdded { type to } } } } } } } }`,
        {
          s: state,
        },
      ),
    ).claims.edges[0].node.history;
    expect(claimHistory.totalCount).toBe(1);
    expect(claimHistory.edges[0].node).toMatchObject({
      status: 'CREATED',
      after: { kind: 'STATE', allegation: 'keeps every record', quote: 'it keeps every record' },
    });
    expect(claimHistory.edges[0].node.linksAdded.map((l: { type: string }) => l.type).sort()).toEqual([
      'MADE',
      'SOURCE',
    ]);
  });
});

describe('the changes feed', () => {
  it('lists changes newest first, by actor (with a token) and since a time, and names each in the change announcement', async () => {
    const seen: Change[] = [];
    const unsubscribe = app.changes.subscribe((c) => void seen.push(c));
    const person = `person:${written.slug('fed')}`;
    const started = new Date(Date.now() - 1000).toISOString();
    data(await as(bob)(UPSERT, { input: { key: person, type: 'Person', name: 'Fed' } }));
    data(await as(bob)(CORRECT, { input: { key: person, field: 'DESCRIPTION', value: 'fed twice' } }));
    unsubscribe();

    const FEED = `query($since: String, $actor: String, $first: Int) {
      changes(since: $since, actor: $actor, first: $first) {
        totalCount
        edges { node { id at actor operation itemCount items { edges { node { key status } } } } }
      }
    }`;
    const feed: { edges: { node: FeedChange }[] } = data(
      await as(alice)(FEED, { since: started, actor: 'history-bob', first: 100 }),
    ).changes;
    const mine = feed.edges.map((e) => e.node).filter((c) => c.items.edges.some((i) => i.node.key === person));
    expect(mine.map((c) => c.operation)).toEqual(['correctField', 'upsertEntity']);
    expect(
      feed.edges.every((e) => e.node.actor === 'history-bob' && Date.parse(e.node.at) >= Date.parse(started)),
    ).toBe(true);
    expect(seen.filter((c) => c.entities.some((e) => e.key === person)).map((c) => c.change)).toEqual(
      mine.map((c) => c.id).reverse(),
    );

    const byId = data(
      await anonymous(`query($id: ID!) { change(id: $id) { operation actor items { totalCount } } }`, {
        id: mine[0].id,
      }),
    ).change;
    expect(byId).toEqual({ operation: 'correctField', actor: null, items: { totalCount: 1 } });

    const future = data(await anonymous(FEED, { since: '2999-01-01' })).changes;
    expect(future.totalCount).toBe(0);
    expect(refusal(await anonymous(FEED, { actor: 'history-bob' })).extensions?.code).toBe('UNAUTHENTICATED');
    expect(refusal(await anonymous(FEED, { since: 'yesterday' })).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('needs a token, like every read, where reads need one', async () => {
    const guarded = testApp({ READS_REQUIRE_AUTH: 'true', API_KEYS: alice.entry });
    const FEED = '{ changes(first: 1) { totalCount } history(key: "state:RUS") { totalCount } }';
    expect((await guarded.query(FEED)).status).toBe(401);
    const answer = await guarded.query(FEED, {}, { authorization: `Bearer ${alice.key}` });
    expect(data(answer).changes.totalCount).toBeGreaterThan(0);
  });

  it('stays out of the read API: history nodes carry no Entity label and no relationship', async () => {
    const [row] = await cypherRows(
      graph,
      `MATCH (n) WHERE n:Change OR n:ChangeItem
       RETURN count(n) AS history, count(CASE WHEN n:Entity OR n:Claim OR n:Article THEN 1 END) AS labelled,
              sum(COUNT { (n)--() }) AS relationships, count(n.key) AS keyed`,
    );
    expect(row!.history).toBeGreaterThan(0);
    expect(row).toMatchObject({ labelled: 0, relationships: 0, keyed: 0 });
    const search = data(await anonymous('{ search(text: "ingestDocument", first: 50) { key } }')).search;
    expect(search).toEqual([]);
  });
});

describe('deleteEntity and restoreEntity', () => {
  /** The sample document: deleting its accused state with cascade takes the accusation and the transfer too. */
  async function cascadeFixture() {
    const { keys: k, document, allKeys: keys } = sampleDocumentFor(written, written.slug('undo'));
    data(await as(alice)(INGEST, { input: { document } }));
    return { k, keys };
  }

  it('keeps what a cascading delete removed, and restoreEntity puts it back exactly: keys, labels, properties, relationships, ids', async () => {
    const { k, keys } = await cascadeFixture();
    const before = await snapshot(graph, keys);
    const IDS = `query($accused: ID!, $transfer: ID!) { claims(target: $accused) { edges { node { id key } } } node(id: $transfer) { id } }`;
    const ids = data(await anonymous(IDS, { accused: k.accused, transfer: k.transfer }));
    expect(ids.claims.edges).toHaveLength(1);

    const deleted = data(await as(admin)(DELETE, { input: { key: k.accused, cascade: true } })).deleteEntity;
    expect(deleted.deletedKeys[0]).toBe(k.accused);
    expect(deleted.deletedKeys.slice(1).sort()).toEqual([k.accusation, k.transfer].sort());
    const [gone] = (await historyOfKey(admin, k.accused)).edges.map((e) => e.node);
    expect(gone).toMatchObject({ status: 'REMOVED', operation: 'deleteEntity', actor: 'history-admin', after: null });
    expect(gone.before).toEqual({ name: expect.stringMatching(/^Accused/), aliases: [], wikidataId: 'Q159' });
    expect(gone.linksRemoved.map((l) => l.type).sort()).toEqual(['MENTIONED_IN', 'PART_OF', 'SUPPLIED_BY', 'TARGETS']);
    expect((await snapshot(graph, keys)).nodes.map((n) => n.key).sort()).toEqual(
      keys.filter((key) => ![k.accused, k.accusation, k.transfer].includes(key)).sort(),
    );

    const restored = data(await as(admin)(RESTORE, { change: deleted.change })).restoreEntity;
    expect(restored.restoredKeys[0]).toBe(k.accused);
    expect(restored.restoredKeys.slice().sort()).toEqual(deleted.deletedKeys.slice().sort());
    expect(restored.change).toMatchObject({ operation: 'restoreEntity', restores: { id: deleted.change } });
    expect(restored.restored).toEqual({
      id: deleted.change,
      operation: 'deleteEntity',
      restorable: false,
      restoredBy: { id: restored.change.id },
    });
    // Provenance included: the graph is as it was before the delete.
    expect(await snapshot(graph, keys)).toEqual(before);
    expect(data(await anonymous(IDS, { accused: k.accused, transfer: k.transfer }))).toEqual(ids);
    expect(restored.claims.map((c: { id: string }) => c.id)).toEqual([ids.claims.edges[0].node.id]);

    const [back] = (await history(admin, k.accused)).edges.map((e) => e.node);
    expect(back).toMatchObject({ status: 'RESTORED', operation: 'restoreEntity', before: null, after: gone.before });
    expect(back.linksAdded.map((l) => l.type).sort()).toEqual(['MENTIONED_IN', 'PART_OF', 'SUPPLIED_BY', 'TARGETS']);

    const again = refusal(await as(admin)(RESTORE, { change: deleted.change }));
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', restoredBy: restored.change.id });
    expect(await snapshot(graph, keys)).toEqual(before);
  });

  it('refuses with CONFLICT, naming what is in the way, when a key is taken or an end is gone, and writes nothing', async () => {
    const { k, keys } = await cascadeFixture();
    const deleted = data(await as(admin)(DELETE, { input: { key: k.accused, cascade: true } })).deleteEntity;
    // A new node now holds the key.
    data(await as(bob)(UPSERT, { input: { key: k.accused, type: 'State', name: 'Newcomer' } }));
    const taken = await snapshot(graph, keys);
    const refused = refusal(await as(admin)(RESTORE, { change: deleted.change }));
    expect(refused.extensions?.code).toBe('CONFLICT');
    expect(refused.extensions?.conflicts).toEqual([
      { key: k.accused, reason: 'a State with this key is in the graph now' },
    ]);
    expect(refused.message).toContain(k.accused);
    expect(await snapshot(graph, keys)).toEqual(taken);

    // The key is free again, but the other end of a relationship is gone.
    data(await as(admin)(DELETE, { input: { key: k.accused } }));
    data(await as(admin)(DELETE, { input: { key: k.weapon } }));
    const missing = await snapshot(graph, keys);
    const refusedAgain = refusal(await as(admin)(RESTORE, { change: deleted.change }));
    expect(refusedAgain.extensions?.code).toBe('CONFLICT');
    expect(refusedAgain.extensions?.conflicts).toEqual([
      { key: k.weapon, reason: `is no longer in the graph, and ${k.transfer} OF_WEAPON ${k.weapon} needs it` },
    ]);
    expect(await snapshot(graph, keys)).toEqual(missing);
  });

  it('needs the admin role and a delete’s change id', async () => {
    const person = `person:${written.slug('removable')}`;
    data(await as(alice)(UPSERT, { input: { key: person, type: 'Person', name: 'Removable' } }));
    const deleted = data(await as(admin)(DELETE, { input: { key: person } })).deleteEntity;
    expect(refusal(await as(alice)(RESTORE, { change: deleted.change })).extensions?.code).toBe('FORBIDDEN');
    expect(refusal(await anonymous(RESTORE, { change: deleted.change })).extensions?.code).toBe('UNAUTHENTICATED');
    const malformed = refusal(await as(admin)(RESTORE, { change: 'state:RUS' }));
    expect(malformed.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'change', message: expect.stringContaining('not a change id') }],
    });
    expect(refusal(await as(admin)(RESTORE, { change: '01900000-0000-7000-8000-000000000000' })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    const [removal, upsert] = (await historyOfKey(admin, person)).edges.map((e) => e.node.change.id);
    expect(removal).toBe(deleted.change);
    const notADelete = refusal(await as(admin)(RESTORE, { change: upsert }));
    expect(notADelete.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'change' }] });
    const [row] = await cypherRows(graph, 'MATCH (n:Entity {key: $key}) RETURN count(n) AS n', { key: person });
    expect(row!.n).toBe(0);
  });
});
