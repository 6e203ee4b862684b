import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tallyChanges, tallyPrefixes } from '../src/claims/tally.js';
import { generateApiKey } from '../src/http/auth.js';
import { data, testApp } from './support/app.js';
import { sampleDocumentFor } from './support/documents.js';
import { GDELT_CSV, GDELT_ZIP, CLAIM_IDS, gdeltFixtures } from './support/gdelt.js';
import { uniqueSlug } from './support/graph.js';
import { deriveFromClaims, talliesAndRecount } from './support/tallies.js';
import { cypherRows, writtenKeys } from './support/writes.js';

/**
 * The claim tallies (cypher/schema/009_claim_tallies.cypher) against the
 * run's Neo4j: equal to a fresh count of the claims after the seed and
 * after every path that writes claims (ingest, addClaim, correctField,
 * deleteEntity and restoreEntity through the real server, the GDELT
 * importer creating and updating claims), and the reads that answer from
 * them (totalCount of accusations and claims against a target, claimCounts
 * by MONTH and KIND, the page found by walking the date index) equal to
 * the same reads answered from the claims themselves. Keys are this
 * file's own and removed after it.
 */

const editor = generateApiKey('test-editor', 'editor');
const admin = generateApiKey('test-admin', 'admin');
const app = testApp({ API_KEYS: [editor, admin].map((k) => k.entry).join(',') });
const graph = app.graph;
const written = writtenKeys(graph);
const asEditor = (query: string, variables: Record<string, unknown> = {}) =>
  app.query(query, variables, { authorization: `Bearer ${editor.key}` });
const asAdmin = (query: string, variables: Record<string, unknown> = {}) =>
  app.query(query, variables, { authorization: `Bearer ${admin.key}` });

async function expectTalliesTrue() {
  const { stored, recounted, staleLinks } = await talliesAndRecount(graph);
  expect(stored).toEqual(recounted);
  // The target links' copies of kind, date and target, which the pages of one kind seek by, are kept as true.
  expect(staleLinks).toEqual([]);
  return new Map(stored.map(([id, count]) => [id, count]));
}

const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { changed } }`;
const ADD_CLAIM = `mutation($input: AddClaimInput!) { addClaim(input: $input) { created changed } }`;
const CORRECT = `mutation($input: CorrectFieldInput!) { correctField(input: $input) { changed } }`;
const DELETE = `mutation($input: DeleteEntityInput!) { deleteEntity(input: $input) { deleted change } }`;
const RESTORE = `mutation($change: ID!) { restoreEntity(change: $change) { relationshipsRestored } }`;

describe('claim tallies', () => {
  it('equal a recount of every claim after the seed', async () => {
    const tallies = await expectTalliesTrue();
    expect(tallies.size).toBeGreaterThan(0);
  });

  describe('kept by every write through the server', () => {
    const slug = written.slug('tally');
    const { keys, document } = sampleDocumentFor(written, slug);
    const extra = `claim:extra-${slug}`;
    const tallyOf = (tallies: Map<string, number>, target: string, kind: string, month: string) =>
      tallies.get(`${target}|${kind}|REPORTED|${month}`);

    it('ingestDocument', async () => {
      data(await asEditor(INGEST, { input: { document } }));
      const tallies = await expectTalliesTrue();
      expect(tallyOf(tallies, keys.accused, 'ACCUSE', '2024-06')).toBe(1);
    });

    it('addClaim, new and changed', async () => {
      const input = {
        key: extra,
        kind: 'CRITICIZE',
        speaker: keys.accuser,
        targets: [keys.accused],
        allegation: 'criticised the neighbour',
        madeOn: '2023',
        source: keys.article,
      };
      expect(data(await asEditor(ADD_CLAIM, { input })).addClaim.created).toBe(true);
      expect(tallyOf(await expectTalliesTrue(), keys.accused, 'CRITICIZE', '2023')).toBe(1);
      // A second target, and a date known to the day: the claim moves from one tally and is added to two.
      data(await asEditor(ADD_CLAIM, { input: { ...input, targets: [keys.accused, keys.ministry] } }));
      const tallies = await expectTalliesTrue();
      expect(tallyOf(tallies, keys.ministry, 'CRITICIZE', '2023')).toBe(1);
    });

    it('correctField of a claim’s kind and date, and clearing its date', async () => {
      data(await asEditor(CORRECT, { input: { key: keys.accusation, field: 'MADE_ON', value: '2022-05-01' } }));
      expect(tallyOf(await expectTalliesTrue(), keys.accused, 'ACCUSE', '2022-05')).toBe(1);
      data(await asEditor(CORRECT, { input: { key: keys.accusation, field: 'KIND', value: 'WARN' } }));
      expect(tallyOf(await expectTalliesTrue(), keys.accused, 'WARN', '2022-05')).toBe(1);
      data(await asEditor(CORRECT, { input: { key: keys.accusation, field: 'MADE_ON', value: null } }));
      const tallies = await expectTalliesTrue();
      expect(tallyOf(tallies, keys.accused, 'WARN', '')).toBe(1);
      expect(tallyOf(tallies, keys.accused, 'WARN', '2022-05')).toBeUndefined();
    });

    it('deleteEntity with its claims, and restoreEntity', async () => {
      const deleted = data(await asAdmin(DELETE, { input: { key: keys.accused, cascade: true } })).deleteEntity;
      expect(deleted.deleted).toBe(true);
      const after = await expectTalliesTrue();
      expect([...after.keys()].filter((id) => id.startsWith(`${keys.accused}|`))).toEqual([]);
      data(await asAdmin(RESTORE, { change: deleted.change }));
      expect(tallyOf(await expectTalliesTrue(), keys.accused, 'WARN', '')).toBe(1);
    });
  });

  describe('kept by the importer', () => {
    const { graph: importGraph, run } = gdeltFixtures();

    it('creates tallies for the claims it creates, and moves those it changes', async () => {
      await run([GDELT_CSV, GDELT_ZIP]);
      await expectTalliesTrue();
      // A claim the import wrote, changed behind its back: the next run finds its hash changed and writes it again.
      await cypherRows(
        importGraph,
        "MATCH (c:Claim {key: $key}) SET c.importHash = 'changed', c.madeOn = '2001-01-01', c.kind = 'WARN'",
        { key: CLAIM_IDS[0] },
      );
      await deriveFromClaims(importGraph);
      await run([GDELT_CSV, GDELT_ZIP]);
      await expectTalliesTrue();
      const [claim] = await cypherRows(importGraph, 'MATCH (c:Claim {key: $key}) RETURN c.madeOn AS madeOn', {
        key: CLAIM_IDS[0],
      });
      expect(claim!.madeOn).not.toBe('2001-01-01');
    });
  });
});

/**
 * A dense target planted behind the API (cypher/test/plant-accusations):
 * many accusations, every one about one subject, some undated or dated
 * only to the year or month. `about` names that subject, so the same
 * claims are read from the claims (a filter the tallies cannot answer)
 * and from the tallies and the date index: the answers must be equal.
 */
describe('tally ids', () => {
  it('a read’s prefixes start the ids of exactly the target’s tallies of the kinds and origins asked for', () => {
    const claim = (kind: string, origin: string, madeOn: string | null, targets: string[]) => ({
      before: null,
      after: { kind, origin, madeOn, targets },
    });
    const ids = tallyChanges([
      claim('ACCUSE', 'CODED', '2024-06-15', ['state:RUS', 'state:RUSX']),
      claim('ACCUSE', 'REPORTED', null, ['state:RUS']),
      claim('ACCUSE', 'REPORTED', '2023', ['state:RUS']),
      claim('DENY', 'CODED', '2024-06', ['state:RUS']),
    ]).map((g) => g.id);
    const prefixes = tallyPrefixes('state:RUS', ['ACCUSE'], ['REPORTED', 'CODED']);
    const kept = ids.filter((id) => prefixes.some((prefix) => id.startsWith(prefix)));
    expect(kept.sort()).toEqual([
      'state:RUS|ACCUSE|CODED|2024-06',
      'state:RUS|ACCUSE|REPORTED|',
      'state:RUS|ACCUSE|REPORTED|2023',
    ]);
    expect(tallyPrefixes(null, ['ACCUSE'], ['CODED'])).toEqual([]);
  });
});

describe('reads from the tallies equal reads from the claims', () => {
  const run = `tally-${uniqueSlug('run')}`;
  const label = 'dense';
  const accused = `org:${run}-${label}-accused`;
  const subject = `event:${run}-${label}-subject`;
  const COUNT = 240;

  beforeAll(async () => {
    await graph.write('test/plant-accusations', { run, label, accused, count: COUNT });
    // Dates at every precision the model has, and none: the tallies' year, month and undated groups.
    await cypherRows(
      graph,
      `MATCH (c:Claim)-[:TARGETS]->(:Entity {key: $accused})
       WITH c, toInteger(split(c.key, '-')[-1]) AS i
       SET c.madeOn = CASE i % 8 WHEN 0 THEN null WHEN 1 THEN '2023' WHEN 2 THEN '2023-11' WHEN 3 THEN '2022-02-0' + toString(1 + i % 9) ELSE c.madeOn END`,
      { accused },
    );
    await deriveFromClaims(graph);
  }, 120_000);
  afterAll(async () => {
    await graph.write('test/remove-planted', { run });
    await deriveFromClaims(graph);
  });

  const ACCUSATIONS = `query($accused: ID, $about: ID, $from: String, $to: String, $first: Int, $after: String) {
    accusations(accused: $accused, about: $about, from: $from, to: $to, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id madeOn } }
    }
  }`;
  const CLAIMS = `query($target: ID, $about: ID, $from: String, $to: String, $first: Int, $after: String) {
    claims(target: $target, about: $about, from: $from, to: $to, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id madeOn } }
    }
  }`;
  const COUNTS = `query($by: ClaimCountDimension!, $target: ID, $about: ID, $from: String, $to: String) {
    claimCounts(by: $by, target: $target, about: $about, from: $from, to: $to, first: 100) {
      totalCount edges { node { key count } }
    }
  }`;

  type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: unknown[] };
  /** Every page of a list, `first` at a time. */
  async function pages(query: string, field: string, variables: Record<string, unknown>) {
    const seen: Page[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = data(await app.query(query, { ...variables, first: 7, after }))[field];
      seen.push(page);
      if (!page.pageInfo.hasNextPage) return seen;
      after = page.pageInfo.endCursor;
    }
  }

  for (const [name, query, field, target] of [
    ['accusations', ACCUSATIONS, 'accusations', 'accused'],
    ['claims', CLAIMS, 'claims', 'target'],
  ] as const) {
    it(`${name}: every page and totalCount, with and without date bounds`, async () => {
      for (const dates of [{}, { from: '2023' }, { from: '2022-02', to: '2023-11' }, { to: '2023' }]) {
        const tallied = await pages(query, field, { [target]: accused, ...dates });
        const read = await pages(query, field, { [target]: accused, about: subject, ...dates });
        expect(tallied).toEqual(read);
        expect(tallied[0]!.totalCount).toBeGreaterThan(0);
      }
      expect((await pages(query, field, { [target]: accused }))[0]!.totalCount).toBe(COUNT);
    });
  }

  it('a deep page from a cursor is the page the claims give', async () => {
    const read = await pages(ACCUSATIONS, 'accusations', { accused, about: subject });
    const cursor = read.at(-4)!.pageInfo.endCursor;
    const deep = data(await app.query(ACCUSATIONS, { accused, first: 7, after: cursor })).accusations;
    expect(deep).toEqual(read.at(-3));
  });

  it('claimCounts by MONTH and by KIND, with and without date bounds', async () => {
    for (const by of ['MONTH', 'KIND']) {
      for (const dates of [{}, { from: '2023' }, { from: '2022-02', to: '2023-11' }, { to: '2023' }]) {
        const tallied = data(await app.query(COUNTS, { by, target: accused, ...dates })).claimCounts;
        const read = data(await app.query(COUNTS, { by, target: accused, about: subject, ...dates })).claimCounts;
        expect(tallied).toEqual(read);
        expect(tallied.totalCount).toBeGreaterThan(0);
      }
    }
  });

  it('the seed’s targets: claimCounts and totals from the tallies equal those from the claims', async () => {
    // Day-precision bounds that take in every dated claim send the read to the claims themselves.
    for (const target of ['state:RUS', 'state:USA', 'state:PRK', 'state:UKR']) {
      const counts = (by: string, from: string, to: string) =>
        app.query(COUNTS, { by, target, from, to }).then((r) => data(r).claimCounts);
      expect(await counts('MONTH', '1900', '2100')).toEqual(await counts('MONTH', '1900-01-01', '2100-12-31'));
      expect(await counts('KIND', '1900', '2100')).toEqual(await counts('KIND', '1900-01-01', '2100-12-31'));
      const total = (from: string, to: string) =>
        app.query(CLAIMS, { target, from, to, first: 1 }).then((r) => data(r).claims.totalCount);
      expect(await total('1900', '2100')).toBe(await total('1900-01-01', '2100-12-31'));
    }
  });
});
