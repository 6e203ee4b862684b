import { beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey } from '../src/http/auth.js';
import { testApp, type GraphQLResponse } from './support/app.js';
import { writtenKeys } from './support/writes.js';

/** The parts of the aggregates' answers these tests ask for. */
type Edges<N> = { edges: { node: N }[] };
interface MatrixCell {
  accuser: { key: string };
  accused: { key: string };
  count: number;
}
interface CountRow {
  key: string | null;
  label?: string | null;
  count: number;
  entity?: { key: string } | null;
}
const countsOf = (res: GraphQLResponse) => (res.body.data.claimCounts as Edges<CountRow>).edges;

/**
 * Counts for charts: the who-accuses-whom matrix and claims counted by kind,
 * month, speaker and target, over claims this file writes in a year no real
 * claim has (1901), so that other data cannot change the counts.
 */
const editor = generateApiKey('charts-editor', 'editor');
const app = testApp({ API_KEYS: editor.entry });
const written = writtenKeys(app.graph);
const as = (query: string, variables: Record<string, unknown> = {}) =>
  app.query(query, variables, { authorization: `Bearer ${editor.key}` });

const MATRIX = `query($kinds: [ClaimKind!], $from: String, $to: String, $first: Int, $after: String, $bySide: Boolean) {
  accusationMatrix(kinds: $kinds, from: $from, to: $to, first: $first, after: $after, bySide: $bySide) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { accuser { key } accused { key } count } }
  }
}`;
const COUNTS = `query($by: ClaimCountDimension!, $kind: ClaimKind, $speaker: ID, $target: ID, $from: String, $to: String, $bySide: Boolean, $first: Int) {
  claimCounts(by: $by, kind: $kind, speaker: $speaker, target: $target, from: $from, to: $to, bySide: $bySide, first: $first) {
    totalCount
    edges { node { key label count entity { key name } } }
  }
}`;
const year = { from: '1901', to: '1901' };

describe('aggregates for charts', () => {
  let A: string, B: string, C: string, P: string;
  const cells = (res: GraphQLResponse) =>
    (res.body.data.accusationMatrix as Edges<MatrixCell>).edges.map((e) => [
      e.node.accuser.key,
      e.node.accused.key,
      e.node.count,
    ]);
  const rows = (res: GraphQLResponse) => countsOf(res).map((e) => [e.node.key, e.node.label, e.node.count]);

  beforeAll(async () => {
    const slug = written.slug('charts');
    [A, B, C] = [written.stateKey(), written.stateKey(), written.stateKey()];
    P = `person:envoy-${slug}`;
    const names = { [A]: 'Aland', [B]: 'Borduria', [C]: 'Carpania', [P]: 'An Envoy' };
    for (const [key, name] of Object.entries(names)) {
      const type = key.startsWith('person:') ? 'Person' : 'State';
      const res = await as(`mutation($i: UpsertEntityInput!) { upsertEntity(input: $i) { created } }`, {
        i: { key, type, name: `${name} ${slug}` },
      });
      expect(res.body.errors).toBeUndefined();
    }
    let n = 0;
    const claim = async (kind: string, speaker: string, target: string, madeOn: string, onBehalfOf?: string) => {
      const input = {
        key: `claim:chart-${++n}-${slug}`,
        kind,
        speaker,
        onBehalfOf,
        targets: [target],
        allegation: 'a test claim',
        madeOn,
        source: 'article:53f6e0b8b575f843',
      };
      const res = await as(`mutation($i: AddClaimInput!) { addClaim(input: $i) { created } }`, { i: input });
      expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    };
    await claim('ACCUSE', A, B, '1901-03-01');
    await claim('ACCUSE', A, B, '1901-03-02');
    await claim('ACCUSE', P, B, '1901-03-03', A);
    await claim('ACCUSE', B, A, '1901-03-04');
    await claim('ACCUSE', A, C, '1901');
    await claim('CRITICIZE', C, A, '1901-04-01');
  });

  it('counts who accused whom, most first, in a stable order', async () => {
    const res = await app.query(MATRIX, year);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.accusationMatrix.totalCount).toBe(4);
    // A→B twice; then single cells by accuser name: Aland, An Envoy, Borduria.
    expect(cells(res)).toEqual([
      [A, B, 2],
      [A, C, 1],
      [P, B, 1],
      [B, A, 1],
    ]);
  });

  it('folds a speaker into the side they spoke for, on request', async () => {
    const res = await app.query(MATRIX, { ...year, bySide: true });
    expect(cells(res)).toEqual([
      [A, B, 3],
      [A, C, 1],
      [B, A, 1],
    ]);
  });

  it('counts other kinds when asked, and the date bounds hold', async () => {
    const res = await app.query(MATRIX, { ...year, kinds: ['ACCUSE', 'CRITICIZE'], bySide: true });
    expect(cells(res)).toContainEqual([C, A, 1]);
    expect(res.body.data.accusationMatrix.totalCount).toBe(4);
    const march = await app.query(MATRIX, { from: '1901-03', to: '1901-03' });
    expect(march.body.data.accusationMatrix.totalCount).toBe(3);
  });

  it('pages like every list, and refuses bad arguments with BAD_USER_INPUT', async () => {
    const first = await app.query(MATRIX, { ...year, first: 2 });
    expect(cells(first)).toEqual([
      [A, B, 2],
      [A, C, 1],
    ]);
    expect(first.body.data.accusationMatrix.pageInfo.hasNextPage).toBe(true);
    const next = await app.query(MATRIX, {
      ...year,
      first: 2,
      after: first.body.data.accusationMatrix.pageInfo.endCursor,
    });
    expect(cells(next)).toEqual([
      [P, B, 1],
      [B, A, 1],
    ]);
    for (const [variables, argument] of [
      [{ first: 101 }, 'first'],
      [{ kinds: [] }, 'kinds'],
      [{ from: '1 March' }, 'from'],
    ] as const) {
      const res = await app.query(MATRIX, variables);
      expect(res.body.errors?.[0]?.extensions, JSON.stringify(variables)).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument,
      });
      expect(res.body.data).toBeNull();
    }
    const counts = await app.query(COUNTS, { by: 'KIND', first: 500 });
    expect(counts.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('counts claims by month in calendar order, with labels for the axis', async () => {
    const res = await app.query(COUNTS, { by: 'MONTH', ...year });
    expect(res.body.errors).toBeUndefined();
    expect(rows(res)).toEqual([
      ['1901', '1901', 1],
      ['1901-03', 'March 1901', 4],
      ['1901-04', 'April 1901', 1],
    ]);
  });

  it("counts a target's claims in a short period, which read/claim-counts finds in the date index, as in a long one", async () => {
    // One day holds fewer claims than B has against it, so they are sought by date and checked for their target.
    expect(rows(await app.query(COUNTS, { by: 'MONTH', target: B, from: '1901-03-01', to: '1901-03-01' }))).toEqual([
      ['1901-03', 'March 1901', 1],
    ]);
    // The one claim of that day is aimed at A, not B.
    expect(rows(await app.query(COUNTS, { by: 'MONTH', target: B, from: '1901-03-04', to: '1901-03-04' }))).toEqual([]);
    // The year holds more claims than B has: they are read from B.
    expect(rows(await app.query(COUNTS, { by: 'MONTH', target: B, ...year }))).toEqual([['1901-03', 'March 1901', 3]]);
    expect(rows(await app.query(COUNTS, { by: 'KIND', target: B, to: '1901-03-02' }))).toEqual([
      ['ACCUSE', 'Accusation', 2],
    ]);
  });

  it('counts claims by kind, speaker and target, with the filters of claims', async () => {
    expect(rows(await app.query(COUNTS, { by: 'KIND', ...year }))).toEqual([
      ['ACCUSE', 'Accusation', 5],
      ['CRITICIZE', 'Criticism', 1],
    ]);
    const speakers = await app.query(COUNTS, { by: 'SPEAKER', kind: 'ACCUSE', ...year, bySide: true });
    expect(countsOf(speakers).map((e) => [e.node.entity!.key, e.node.count])).toEqual([
      [A, 4],
      [B, 1],
    ]);
    const againstB = await app.query(COUNTS, { by: 'SPEAKER', target: B, ...year });
    expect(countsOf(againstB).map((e) => [e.node.key, e.node.count])).toEqual([
      [A, 2],
      [P, 1],
    ]);
    const byA = await app.query(COUNTS, { by: 'TARGET', speaker: A, ...year });
    // The envoy's claim counts for A, the side it spoke for, as in `claims(speaker:)`.
    expect(countsOf(byA).map((e) => [e.node.key, e.node.count])).toEqual([
      [B, 3],
      [C, 1],
    ]);
  });

  it('adds up to the claims list over the whole graph', async () => {
    const kinds = await app.query(COUNTS, { by: 'KIND', first: 100 });
    const total = await app.query(`{ claims(first: 0) { totalCount } }`);
    const sum = countsOf(kinds).reduce((n, e) => n + e.node.count, 0);
    expect(sum).toBe(total.body.data.claims.totalCount);
    expect(sum).toBeGreaterThan(10);
  });
});
