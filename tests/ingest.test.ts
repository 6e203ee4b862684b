import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { normaliseForQuote, parseDocument, type IngestDocument } from '../src/ingest/document.js';
import { ingestDocument, ingestFiles, type IngestSummary } from '../src/ingest/ingest.js';
import { seedFiles } from '../src/seed.js';
import { testGraph, uniqueSlug } from './support/graph.js';

const graph = testGraph();
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const workDir = mkdtempSync(join(tmpdir(), 'newsgraph-ingest-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

async function query(cypher: string, params: Record<string, unknown> = {}) {
  const result = await graph.driver.executeQuery(cypher, params, { database: graph.database });
  return result.records.map((r) => r.toObject());
}

/**
 * State keys are ISO alpha-3 codes and cannot carry a test's slug, so tests
 * take theirs from XAA-XZZ, a range ISO 3166 leaves to private use and real
 * data never has.
 */
let stateSequence = Math.floor(Math.random() * 500);
function testStateCode(): string {
  const n = stateSequence++ % 676;
  const letter = (i: number) => String.fromCharCode(65 + i);
  return `X${letter(Math.floor(n / 26))}${letter(n % 26)}`;
}

const ARTICLE_TEXT =
  'The envoy said the neighbour was “in essence siding with a rogue state” – and added:\n\n' +
  '"We need to call it out for what it is." The neighbour’s foreign ministry denied sending missiles.';

/** A small but complete document: every part of the format, keys unique to this slug. */
function sampleDocument(slug: string) {
  const accuser = testStateCode();
  const accused = testStateCode();
  const keys = {
    article: `article:${slug}`,
    accuser: `state:${accuser}`,
    accused: `state:${accused}`,
    envoy: `person:envoy-${slug}`,
    ministry: `org:ministry-${slug}`,
    transfer: `transfer:missiles-${slug}`,
    accusation: `claim:accusation-${slug}`,
    denial: `claim:denial-${slug}`,
  };
  const document = {
    sources: [
      {
        key: keys.article,
        category: 'NEWS',
        title: 'Envoy accuses neighbour',
        publisher: 'Test Wire',
        publishedOn: '2024-06-28',
        url: null,
        text: ARTICLE_TEXT,
      },
    ],
    entities: [
      { key: keys.accuser, type: 'State', name: `Accuser ${slug}`, aliases: ['the accuser'], code: accuser },
      { key: keys.accused, type: 'State', name: `Accused ${slug}`, aliases: [], wikidataId: 'Q159' },
      { key: keys.envoy, type: 'Person', name: 'Envoy', aliases: ['the envoy'] },
      { key: keys.ministry, type: 'Organization', name: 'Foreign ministry', category: 'MINISTRY' },
      {
        key: keys.transfer,
        type: 'WeaponsTransfer',
        name: 'Missiles to the accused',
        quantity: 'about 50',
        periodStart: '2023-12',
        periodEnd: '2024-02',
        status: 'ALLEGED',
      },
    ],
    relationships: [
      { key: `rel:envoy-${slug}`, type: 'HOLDS_POSITION', from: keys.envoy, to: keys.accuser, title: 'Ambassador' },
      { type: 'PART_OF', from: keys.ministry, to: keys.accused },
      { type: 'SUPPLIED_BY', from: keys.transfer, to: keys.accuser },
      { type: 'RECEIVED_BY', from: keys.transfer, to: keys.accused },
    ],
    claims: [
      {
        key: keys.accusation,
        kind: 'ACCUSE',
        speaker: keys.envoy,
        onBehalfOf: keys.accuser,
        target: keys.accused,
        allegation: 'siding with a rogue state',
        about: [keys.transfer],
        madeOn: '2024-06-28',
        quote: '"in essence siding with a rogue state" - and added: "We need to call it out',
        answers: null,
      },
      {
        key: keys.denial,
        kind: 'DENY',
        speaker: keys.ministry,
        onBehalfOf: keys.accused,
        target: keys.accuser,
        allegation: 'denies sending missiles',
        about: [keys.transfer],
        madeOn: '2024-06',
        quote: null,
        answers: keys.accusation,
      },
    ],
  };
  return { document, keys, stateKeys: [keys.accuser, keys.accused] };
}

function valid(json: unknown): IngestDocument {
  const parsed = parseDocument(json);
  if (!parsed.ok) throw new Error(`expected a valid document:\n${JSON.stringify(parsed.errors, null, 2)}`);
  return parsed.document;
}

/** Everything in the graph that a test's slug or state keys reach, with provenance as text. */
async function snapshot(slug: string, stateKeys: string[]) {
  const nodes = await query(
    `MATCH (n) WHERE n.key CONTAINS $slug OR n.key IN $stateKeys
     RETURN n.key AS key, labels(n) AS labels, n {.*, updatedAt: toString(n.updatedAt)} AS props
     ORDER BY key`,
    { slug, stateKeys },
  );
  const relationships = await query(
    `MATCH (a)-[r]->(b) WHERE a.key CONTAINS $slug OR a.key IN $stateKeys
     RETURN a.key AS from, type(r) AS type, b.key AS to, r {.*, updatedAt: toString(r.updatedAt)} AS props
     ORDER BY from, type, to, r.title`,
    { slug, stateKeys },
  );
  return { nodes, relationships };
}

async function counts(slug: string, stateKeys: string[]) {
  const [row] = await query(
    `CALL () { MATCH (n) RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     CALL () { MATCH (n) WHERE n.key CONTAINS $slug OR n.key IN $stateKeys RETURN count(n) AS mine }
     RETURN nodes, relationships, mine`,
    { slug, stateKeys },
  );
  return row;
}

function tally(created: number, updated = 0, unchanged = 0) {
  return { created, updated, unchanged };
}

function writeDocument(name: string, json: unknown): string {
  const file = join(workDir, `${name}.json`);
  writeFileSync(file, JSON.stringify(json, null, 2));
  return file;
}

describe('parseDocument', () => {
  it('accepts a complete document and fills in the defaults', () => {
    const { document } = sampleDocument(uniqueSlug('parse'));
    const parsed = valid({ ...document, entities: document.entities.map(({ aliases: _a, ...e }) => e) });
    expect(parsed.entities[0].aliases).toEqual([]);
    expect(parsed.claims[1].answers).toBe(document.claims[0].key);
  });

  it('reports every broken rule with its path, not only the first', () => {
    const { document } = sampleDocument(uniqueSlug('many'));
    document.claims[0].kind = 'PRAISE';
    document.entities[2].key = 'org:not-a-person';
    const parsed = parseDocument(document);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['claims[0].kind', 'entities[2].key']));
  });
});

describe('a document that breaks a rule is rejected and writes nothing', () => {
  type Doc = ReturnType<typeof sampleDocument>['document'];
  // The last element marks rules checked against the graph, inside the ingest transaction.
  const cases: Array<[rule: string, path: string, message: RegExp, breakIt: (d: Doc) => void, inGraph?: 'in graph']> = [
    [
      'a quote not in the source',
      'claims[0].quote',
      /^not found verbatim in source article:\S+: the text has "in essence siding with a rogue ?" but not what follows: "nation"$/,
      (d) => void (d.claims[0].quote = 'in essence siding with a rogue nation'),
    ],
    [
      'a key prefix that does not match the type',
      'entities[2].key',
      /must be "person:"/,
      (d) => void (d.entities[2].key = `org:${d.entities[2].key.slice('person:'.length)}`),
    ],
    [
      'a state key that is not an alpha-3 code',
      'entities[0].key',
      /ISO 3166 alpha-3/,
      (d) => void (d.entities[0].key = 'state:accuser'),
    ],
    [
      'a relationship end of a type the table does not allow',
      'relationships[0].from',
      /is a State, but the start of HOLDS_POSITION must be Person$/,
      (d) => void (d.relationships[0].from = d.entities[1].key),
    ],
    [
      'a relationship to an undeclared key',
      'relationships[1].to',
      /^state:ZZZ is not declared in entities and not in the graph$/,
      (d) => void (d.relationships[1].to = 'state:ZZZ'),
      'in graph',
    ],
    [
      'a claim target that is not declared',
      'claims[0].target',
      /^person:nobody is not declared in entities and not in the graph$/,
      (d) => void (d.claims[0].target = 'person:nobody'),
      'in graph',
    ],
    [
      'a speaker of a type that cannot speak',
      'claims[0].speaker',
      /is a WeaponsTransfer, but a speaker must be Person or State or Organization/,
      (d) => void (d.claims[0].speaker = d.entities[4].key),
    ],
    [
      'an answer to a claim the document does not declare',
      'claims[1].answers',
      /^claim:elsewhere is not declared in claims and not in the graph$/,
      (d) => void (d.claims[1].answers = 'claim:elsewhere'),
      'in graph',
    ],
    [
      'a speaker the graph holds with a type that cannot speak',
      'claims[0].speaker',
      /^weapon:hwasong-11 is a WeaponSystem in the graph, but a speaker must be Person or State or Organization$/,
      (d) => void (d.claims[0].speaker = 'weapon:hwasong-11'),
      'in graph',
    ],
    [
      'a date in another format',
      'claims[0].madeOn',
      /YYYY, YYYY-MM or YYYY-MM-DD/,
      (d) => void (d.claims[0].madeOn = '28 June 2024'),
    ],
    [
      'a date that is not in the calendar',
      'entities[4].periodEnd',
      /not a calendar date/,
      (d) => void ((d.entities[4] as { periodEnd?: string }).periodEnd = '2023-02-29'),
    ],
    [
      'a month that does not exist',
      'sources[0].publishedOn',
      /not a calendar date/,
      (d) => void (d.sources[0].publishedOn = '2024-13'),
    ],
    [
      'a key declared twice',
      'entities[5].key',
      /^duplicate key person:envoy-.* \(first declared at entities\[2\]\.key\)$/,
      (d) => void d.entities.push({ ...d.entities[2] }),
    ],
    [
      'the same relationship twice',
      'relationships[4]',
      /duplicate of relationships\[1\]/,
      (d) => void d.relationships.push({ ...d.relationships[1] }),
    ],
    [
      'a value outside a closed enum',
      'claims[0].kind',
      /^must be one of ACCUSE, DENY/,
      (d) => void (d.claims[0].kind = 'PRAISE'),
    ],
    [
      'an unknown entity type',
      'entities[3].type',
      /unknown type "Company"; must be one of State, Person/,
      (d) => void (d.entities[3].type = 'Company'),
    ],
    [
      'an unknown property',
      'entities[2].nickname',
      /unknown property/,
      (d) => void ((d.entities[2] as Record<string, unknown>).nickname = 'Woody'),
    ],
    [
      'a source that is not one of the document’s',
      'entities[0].sources[0]',
      /article:elsewhere is not one of this document's sources/,
      (d) => void ((d.entities[0] as { sources?: string[] }).sources = ['article:elsewhere']),
    ],
    [
      'a news source without its text',
      'sources[0].text',
      /required for a NEWS source/,
      (d) => void delete (d.sources[0] as { text?: string }).text,
    ],
  ];

  it.each(cases)('%s (%s)', async (_rule, path, message, breakIt, inGraph) => {
    const slug = uniqueSlug('reject');
    const { document, stateKeys } = sampleDocument(slug);
    breakIt(document);

    const parsed = parseDocument(document);
    // Without a graph, a key the document does not declare may still be one the graph holds.
    expect(parsed.ok).toBe(inGraph === 'in graph');
    if (!parsed.ok) expect(parsed.errors).toContainEqual({ path, message: expect.stringMatching(message) });

    const before = await counts(slug, stateKeys);
    const [result] = await ingestFiles(graph, [writeDocument(slug, document)]);
    expect(result.ok).toBe(false);
    expect(result.message).toContain(`${path}: `);
    expect(result.errors).toContainEqual({ path, message: expect.stringMatching(message) });
    expect(await counts(slug, stateKeys)).toEqual({ ...before, mine: 0 });
  });

  it('writes nothing when the database refuses part of a document', async () => {
    const slug = uniqueSlug('atomic');
    const { document, keys, stateKeys } = sampleDocument(slug);
    // Bypasses validation: the relationship's end does not exist, so its statement, the last one, fails.
    const broken = valid(document);
    broken.relationships.push({ type: 'PART_OF', from: keys.ministry, to: `org:missing-${slug}` });
    const before = await counts(slug, stateKeys);
    await expect(ingestDocument(graph, broken)).rejects.toThrow();
    expect(await counts(slug, stateKeys)).toEqual({ ...before, mine: 0 });
  });
});

describe('ingestDocument', () => {
  it('writes nodes with their labels, relationships with sources, and provenance', async () => {
    const slug = uniqueSlug('write');
    const { document, keys } = sampleDocument(slug);
    const summary = await ingestDocument(graph, valid(document), { actor: 'analyst@example.org' });

    expect(summary).toEqual<IngestSummary>({
      nodes: {
        Article: tally(1),
        State: tally(2),
        Person: tally(1),
        Organization: tally(1),
        WeaponsTransfer: tally(1),
      },
      claims: tally(2),
      relationships: {
        HOLDS_POSITION: tally(1),
        PART_OF: tally(1),
        SUPPLIED_BY: tally(1),
        RECEIVED_BY: tally(1),
        MENTIONED_IN: tally(5),
        MADE: tally(2),
        ON_BEHALF_OF: tally(2),
        TARGETS: tally(2),
        ABOUT: tally(2),
        ANSWERS: tally(1),
        SOURCE: tally(2),
      },
      changed: true,
      change: expect.any(String),
      touched: {
        articles: [{ key: keys.article, status: 'created' }],
        entities: expect.arrayContaining(
          [keys.accuser, keys.accused, keys.envoy, keys.ministry, keys.transfer].map((key) => ({
            key,
            status: 'created',
          })),
        ),
        claims: expect.arrayContaining([keys.accusation, keys.denial].map((key) => ({ key, status: 'created' }))),
      },
    });
    expect(summary.touched.entities).toHaveLength(5);
    expect(summary.touched.claims).toHaveLength(2);

    const [envoy] = await query('MATCH (n:Entity {key: $key}) RETURN labels(n) AS labels, properties(n) AS p', {
      key: keys.envoy,
    });
    expect(envoy.labels.sort()).toEqual(['Entity', 'Person']);
    expect(envoy.p).toMatchObject({
      key: keys.envoy,
      name: 'Envoy',
      aliases: ['the envoy'],
      updatedBy: 'analyst@example.org',
    });
    expect(envoy.p.updatedAt.toString()).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(envoy.p).not.toHaveProperty('description');

    const [article] = await query('MATCH (a:Article {key: $key}) RETURN properties(a) AS p', { key: keys.article });
    expect(article.p).toMatchObject({
      title: 'Envoy accuses neighbour',
      publisher: 'Test Wire',
      publishedOn: '2024-06-28',
      text: ARTICLE_TEXT,
      category: 'NEWS',
    });
    expect(article.p).not.toHaveProperty('url');

    const [transfer] = await query('MATCH (t:WeaponsTransfer {key: $key}) RETURN properties(t) AS p', {
      key: keys.transfer,
    });
    expect(transfer.p).toMatchObject({
      quantity: 'about 50',
      periodStart: '2023-12',
      periodEnd: '2024-02',
      status: 'ALLEGED',
    });

    const [position] = await query(
      'MATCH (:Person {key: $envoy})-[r:HOLDS_POSITION]->(s:State) RETURN s.key AS state, properties(r) AS p',
      { envoy: keys.envoy },
    );
    expect(position.state).toBe(keys.accuser);
    expect(position.p).toMatchObject({
      title: 'Ambassador',
      key: `rel:envoy-${slug}`,
      sources: [keys.article],
      updatedBy: 'analyst@example.org',
    });

    const [denial] = await query(
      `MATCH (speaker)-[:MADE]->(d:Claim {key: $denial})-[:ANSWERS]->(a:Claim)<-[:MADE]-(accuser)
       MATCH (d)-[:ON_BEHALF_OF]->(principal), (d)-[:TARGETS]->(target), (d)-[:ABOUT]->(subject), (d)-[s:SOURCE]->(article)
       RETURN speaker.key AS speaker, a.key AS answers, accuser.key AS accuser, principal.key AS principal,
              target.key AS target, subject.key AS subject, article.key AS article, s.sources AS sources,
              properties(d) AS p`,
      { denial: keys.denial },
    );
    expect(denial).toMatchObject({
      speaker: keys.ministry,
      answers: keys.accusation,
      accuser: keys.envoy,
      principal: keys.accused,
      target: keys.accuser,
      subject: keys.transfer,
      article: keys.article,
      sources: [keys.article],
    });
    expect(denial.p).toMatchObject({ kind: 'DENY', allegation: 'denies sending missiles', madeOn: '2024-06' });
    expect(denial.p).not.toHaveProperty('quote');

    const mentions = await query(
      'MATCH (e:Entity)-[m:MENTIONED_IN]->(:Article {key: $article}) RETURN e.key AS key, m.sources AS sources ORDER BY key',
      { article: keys.article },
    );
    expect(mentions).toHaveLength(5);
    expect(mentions.every((m) => m.sources.length === 1 && m.sources[0] === keys.article)).toBe(true);
  });

  it("takes a later document's denial answering an earlier document's accusation, with entities only the graph holds", async () => {
    const slug = uniqueSlug('later');
    const first = sampleDocument(slug);
    await ingestDocument(graph, valid(first.document));

    const text = 'The neighbour denied the accusation again on Monday, its spokesman said.';
    const later = {
      sources: [{ key: `article:${slug}-later`, category: 'NEWS', title: 'Denial', publishedOn: '2024-07-01', text }],
      entities: [
        { key: `person:spokesman-${slug}`, type: 'Person', name: 'Spokesman', spans: [{ start: 59, end: 68 }] },
      ],
      relationships: [
        { type: 'HOLDS_POSITION', from: `person:spokesman-${slug}`, to: first.keys.accused, title: 'Spokesman' },
      ],
      claims: [
        {
          key: `claim:later-denial-${slug}`,
          kind: 'DENY',
          speaker: first.keys.accused,
          target: first.keys.accuser,
          allegation: 'denies the accusation',
          madeOn: '2024-07-01',
          answers: first.keys.accusation,
          spans: [{ start: 0, end: text.length }],
        },
      ],
    };
    const summary = await ingestDocument(graph, valid(later));
    expect(summary.relationships.ANSWERS).toEqual(tally(1));

    const [row] = await query(
      `MATCH (speaker)-[:MADE]->(d:Claim {key: $denial})-[:ANSWERS]->(a:Claim), (d)-[:TARGETS]->(target)
       MATCH (p:Person {key: $person})
       RETURN speaker.key AS speaker, a.key AS answers, target.key AS target, keys(d) AS claimProps, keys(p) AS personProps`,
      { denial: `claim:later-denial-${slug}`, person: `person:spokesman-${slug}` },
    );
    expect(row).toMatchObject({
      speaker: first.keys.accused,
      answers: first.keys.accusation,
      target: first.keys.accuser,
    });
    // Offsets are for a reviewer only: never stored.
    expect(row.claimProps).not.toContain('spans');
    expect(row.personProps).not.toContain('spans');
  });

  it('changes nothing when the same document is ingested again', async () => {
    const slug = uniqueSlug('again');
    const { document, stateKeys } = sampleDocument(slug);
    const first = await ingestDocument(graph, valid(document));
    const before = await snapshot(slug, stateKeys);

    const second = await ingestDocument(graph, valid(document), { actor: 'someone-else' });
    expect(second.changed).toBe(false);
    expect(second.change).toBeNull();
    expect(second.touched).toEqual({ articles: [], entities: [], claims: [] });
    for (const [kind, t] of Object.entries({ ...first.nodes, ...first.relationships, Claim: first.claims })) {
      const again = kind === 'Claim' ? second.claims : (second.nodes[kind] ?? second.relationships[kind]);
      expect(again, kind).toEqual(tally(0, 0, t.created));
    }
    expect(await snapshot(slug, stateKeys)).toEqual(before);
    expect(before.nodes.every((n) => n.props.updatedBy === 'ingest')).toBe(true);
  });

  it('merges a second article into the same nodes: aliases unioned, sources appended', async () => {
    const slug = uniqueSlug('merge');
    const code = testStateCode();
    const state = `state:${code}`;
    const person = `person:minister-${slug}`;
    const resolution = `resolution:draft-${slug}`;
    const [articleA, articleB] = [`article:${slug}-a`, `article:${slug}-b`];
    const source = (key: string, text: string) => ({
      key,
      category: 'NEWS',
      title: key,
      publishedOn: '2024-06-28',
      text,
    });

    await ingestDocument(
      graph,
      valid({
        sources: [source(articleA, 'First report.')],
        entities: [
          {
            key: state,
            type: 'State',
            name: 'Xland',
            aliases: ['Xlanders', 'the X government'],
            wikidataId: 'Q1',
            code,
          },
          { key: person, type: 'Person', name: 'Minister', aliases: ['the minister'] },
          { key: resolution, type: 'Resolution', name: 'Draft', status: 'DRAFT' },
        ],
        relationships: [
          { key: `rel:first-${slug}`, type: 'HOLDS_POSITION', from: person, to: state, title: 'Envoy' },
          { type: 'VOTED', from: state, to: resolution, vote: 'FOR' },
        ],
      }),
    );
    const second = await ingestDocument(
      graph,
      valid({
        sources: [source(articleB, 'Second report.')],
        entities: [
          { key: state, type: 'State', name: 'Xland', aliases: ['X', 'Xlanders'], description: 'A test state' },
          { key: person, type: 'Person', name: 'Minister' },
          { key: resolution, type: 'Resolution', name: 'Draft', status: 'VETOED' },
        ],
        relationships: [
          // Another document's key for the same relationship: the first stays, ids never change.
          { key: `rel:second-${slug}`, type: 'HOLDS_POSITION', from: person, to: state, title: 'Envoy' },
          { type: 'HOLDS_POSITION', from: person, to: state, title: 'Foreign Minister' },
          { type: 'VOTED', from: state, to: resolution, vote: 'AGAINST' },
        ],
      }),
      { actor: 'editor' },
    );

    expect(second.nodes).toEqual({
      Article: tally(1),
      State: tally(0, 1),
      Person: tally(0, 0, 1),
      Resolution: tally(0, 1),
    });
    expect(second.relationships).toEqual({
      HOLDS_POSITION: tally(1, 1),
      VOTED: tally(0, 1),
      MENTIONED_IN: tally(3),
    });

    const nodes = await query('MATCH (n:Entity {key: $state}) RETURN labels(n) AS labels, properties(n) AS p', {
      state,
    });
    expect(nodes).toHaveLength(1);
    expect(nodes[0].labels.sort()).toEqual(['Entity', 'State']);
    expect(nodes[0].p).toMatchObject({
      name: 'Xland',
      aliases: ['Xlanders', 'the X government', 'X'],
      wikidataId: 'Q1', // not given by the second document: kept
      description: 'A test state',
      updatedBy: 'editor',
    });
    const [minister] = await query('MATCH (n:Person {key: $person}) RETURN n.updatedBy AS by, n.aliases AS aliases', {
      person,
    });
    expect(minister).toEqual({ by: 'ingest', aliases: ['the minister'] });

    const mentions = await query(
      'MATCH (:Entity {key: $state})-[:MENTIONED_IN]->(a:Article) RETURN a.key AS key ORDER BY key',
      { state },
    );
    expect(mentions.map((m) => m.key)).toEqual([articleA, articleB]);

    const positions = await query(
      'MATCH (:Person {key: $person})-[r:HOLDS_POSITION]->(:State {key: $state}) RETURN r.title AS title, r.key AS key, r.sources AS sources, r.updatedBy AS by ORDER BY title',
      { person, state },
    );
    expect(positions).toEqual([
      { title: 'Envoy', key: `rel:first-${slug}`, sources: [articleA, articleB], by: 'editor' },
      { title: 'Foreign Minister', key: null, sources: [articleB], by: 'editor' },
    ]);
    const votes = await query(
      'MATCH (:State {key: $state})-[v:VOTED]->() RETURN v.vote AS vote, v.sources AS sources',
      { state },
    );
    expect(votes).toEqual([{ vote: 'AGAINST', sources: [articleA, articleB] }]);
  });
});

describe('quotes', () => {
  const slug = uniqueSlug('quotes');
  function withQuote(text: string, quote: string, extra: { sources?: unknown[]; claimSources?: string[] } = {}) {
    return {
      sources: [
        { key: `article:${slug}`, category: 'NEWS', title: 'T', publishedOn: '2024-06-28', text },
        ...(extra.sources ?? []),
      ],
      entities: [{ key: `person:${slug}`, type: 'Person', name: 'Speaker' }],
      claims: [
        {
          key: `claim:${slug}`,
          kind: 'STATE',
          speaker: `person:${slug}`,
          allegation: 'said something',
          quote,
          ...(extra.claimSources ? { sources: extra.claimSources } : {}),
        },
      ],
    };
  }
  const errorsOf = (json: unknown) => {
    const parsed = parseDocument(json);
    return parsed.ok ? [] : parsed.errors;
  };

  it('normalises typographic quotes, dashes and white space on both sides', () => {
    expect(normaliseForQuote('“a ‘b’ c” – d — e ‐ f\n\n  g')).toBe(`"a 'b' c" - d - e - f g`);
    const text = 'He called it “a training ground” — and said ‘never again’.\n\n\nIt was  over.';
    expect(errorsOf(withQuote(text, `"a training ground" - and said 'never again'. It was over.`))).toEqual([]);
    expect(errorsOf(withQuote('He said "fine" - then left', '“fine” – then   left'))).toEqual([]);
  });

  it('rejects a quote that differs in its words or their case', () => {
    const text = 'He called it “a training ground” for Pyongyang.';
    for (const quote of ['a training field', 'A training ground', 'training ground for Moscow']) {
      expect(errorsOf(withQuote(text, quote))).toEqual([
        {
          path: 'claims[0].quote',
          message: expect.stringMatching(new RegExp(`^not found verbatim in source article:${slug}`)),
        },
      ]);
    }
  });

  it("looks in the claim's own first source, not the document's", () => {
    const second = {
      key: `article:${slug}-2`,
      category: 'NEWS',
      title: 'T2',
      publishedOn: '2024-06-29',
      text: 'Only here: the words.',
    };
    expect(errorsOf(withQuote('Not here.', 'the words', { sources: [second], claimSources: [second.key] }))).toEqual(
      [],
    );
    expect(errorsOf(withQuote('Not here.', 'the words', { sources: [second] }))).toEqual([
      { path: 'claims[0].quote', message: expect.stringContaining(`not found verbatim in source article:${slug}`) },
    ]);
  });

  it('cannot check a quote against a reference source without text', () => {
    const reference = {
      key: `article:${slug}-ref`,
      category: 'REFERENCE',
      title: 'S/RES/1718 (2006)',
      publishedOn: '2006-10-14',
    };
    expect(errorsOf(withQuote('x', 'anything', { sources: [reference], claimSources: [reference.key] }))).toEqual([
      { path: 'claims[0].quote', message: `source article:${slug}-ref has no text to find the quote in` },
    ]);
  });

  it('stores the quote as the document gives it', async () => {
    const doc = withQuote('It was “unprecedented” – he said.', '"unprecedented" - he said');
    await ingestDocument(graph, valid(doc));
    const [claim] = await query('MATCH (c:Claim {key: $key}) RETURN c.quote AS quote', { key: `claim:${slug}` });
    expect(claim.quote).toBe('"unprecedented" - he said');
  });
});

describe('the seed', () => {
  const article = 'article:53f6e0b8b575f843';

  it('holds the accusations by Wood and Thomas-Greenfield against Russia, with their quotes', async () => {
    const rows = await query(
      `MATCH (p:Person)-[:MADE]->(c:Claim {kind: 'ACCUSE'})-[:TARGETS]->(:State {key: 'state:RUS'})
       MATCH (c)-[:ON_BEHALF_OF]->(:State {key: 'state:USA'}), (c)-[:SOURCE]->(a:Article)
       RETURN p.key AS accuser, c.quote AS quote, a.key AS article`,
    );
    const accusers = new Set(rows.map((r) => r.accuser));
    expect(accusers).toEqual(new Set(['person:robert-wood', 'person:linda-thomas-greenfield']));
    expect(rows.every((r) => r.article === article)).toBe(true);
    expect(rows.map((r) => r.quote)).toContain(
      'in essence siding with a rogue state to violate countless UN Security Council resolutions',
    );
  });

  it('holds the denials by Russia and North Korea answering the US accusation', async () => {
    const rows = await query(
      `MATCH (denier:State)-[:MADE]->(d:Claim {kind: 'DENY'})-[:ANSWERS]->(a:Claim {kind: 'ACCUSE'})<-[:MADE]-(:State {key: 'state:USA'})
       MATCH (a)-[:TARGETS]->(accused)
       RETURN denier.key AS denier, a.key AS accusation, accused.key AS accused ORDER BY denier`,
    );
    expect(rows.map((r) => r.denier)).toEqual(['state:PRK', 'state:RUS']);
    expect(new Set(rows.map((r) => r.accusation)).size).toBe(1);
    expect(rows[0].accused).toBe('state:PRK');
  });

  it('holds the alleged North Korea to Russia transfer', async () => {
    const rows = await query(
      `MATCH (:State {key: 'state:PRK'})<-[:SUPPLIED_BY]-(t:WeaponsTransfer)-[:RECEIVED_BY]->(:State {key: 'state:RUS'})
       OPTIONAL MATCH (t)-[:OF_WEAPON]->(w:WeaponSystem)
       RETURN t.key AS key, t.status AS status, w.key AS weapon`,
    );
    expect(rows).toContainEqual({
      key: 'transfer:prk-rus-ballistic-missiles-2023-2024',
      status: 'ALLEGED',
      weapon: 'weapon:hwasong-11',
    });
  });

  it("holds Russia's veto of the panel renewal draft, sourced from both documents", async () => {
    const [veto] = await query(
      `MATCH (:State {key: 'state:RUS'})-[v:VETOED]->(r:Resolution {key: 'resolution:s-2024-255'})
       RETURN r.symbol AS symbol, r.status AS status, v.sources AS sources`,
    );
    expect(veto.symbol).toBe('S/2024/255');
    expect(veto.status).toBe('VETOED');
    expect(veto.sources).toEqual(expect.arrayContaining([article, 'article:un-s-2024-255']));
  });

  it('holds the Russia–DPRK treaty with its parties and signatories', async () => {
    const [treaty] = await query(
      `MATCH (t:Treaty {key: 'treaty:russia-dprk-comprehensive-strategic-partnership-2024'})
       RETURN t.date AS date,
              COLLECT { MATCH (p)-[:PARTY_TO]->(t) RETURN p.key ORDER BY p.key } AS parties,
              COLLECT { MATCH (s)-[x:SIGNED]->(t) RETURN s.key + ' for ' + x.onBehalfOf ORDER BY s.key } AS signatories`,
    );
    expect(treaty).toEqual({
      date: '2024-06-19',
      parties: ['state:PRK', 'state:RUS'],
      signatories: ['person:kim-jong-un for state:PRK', 'person:vladimir-putin for state:RUS'],
    });
  });

  it('is one node per entity across its documents, and re-ingesting it changes nothing', async () => {
    const [russia] = await query(
      `MATCH (n:Entity {key: 'state:RUS'}) RETURN count(n) AS nodes,
       COLLECT { MATCH (n)-[:MENTIONED_IN]->(a) RETURN a.key } AS articles`,
    );
    expect(russia.nodes).toBe(1);
    expect(russia.articles.length).toBeGreaterThan(1);

    // The first pass restores anything another test file may have edited; the second must find it all in place.
    await ingestFiles(graph, seedFiles());
    const again = await ingestFiles(graph, seedFiles());
    for (const result of again) {
      expect(result.ok, result.message).toBe(true);
      expect(result.summary?.changed, result.message).toBe(false);
    }
  });
});

describe('npm run ingest', () => {
  const cli = (...files: string[]) =>
    new Promise<{ code: number; output: string }>((done) => {
      execFile(
        'npx',
        ['tsx', 'src/ingest/cli.ts', ...files],
        { cwd: projectRoot, env: { ...process.env, NEO4J_URI: inject('neo4jUri') }, timeout: 60_000 },
        (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
      );
    });

  it('exits non-zero on an invalid file, naming the path and the rule, and writes nothing', async () => {
    const slug = uniqueSlug('cli-bad');
    const { document, stateKeys } = sampleDocument(slug);
    document.claims[0].quote = 'words nobody said';
    const file = writeDocument(slug, document);

    const { code, output } = await cli(file);
    expect(code).not.toBe(0);
    expect(output).toContain(`${file}: rejected`);
    expect(output).toContain('claims[0].quote: not found verbatim in source article:');
    expect(output).toMatch(/1 file: 0 ingested, 1 failed/);
    expect((await counts(slug, stateKeys)).mine).toBe(0);
  });

  it('ingests valid files, one line each and a total, and exits zero', async () => {
    const slug = uniqueSlug('cli-ok');
    const { document, keys } = sampleDocument(slug);
    const file = writeDocument(slug, document);

    const { code, output } = await cli(file, file);
    expect(output).toContain(`${file}: ok, nodes 6 created`);
    expect(output).toContain(`${file}: ok, no change`);
    expect(output).toMatch(/2 files: 2 ingested, 0 failed/);
    expect(code).toBe(0);
    const [row] = await query('MATCH (c:Claim {key: $key}) RETURN c.updatedBy AS by', { key: keys.accusation });
    expect(row.by).toBe('ingest');
  });
});
