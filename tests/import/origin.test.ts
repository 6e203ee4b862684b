import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { urlArticleKey } from '../../src/import/gdelt.js';
import { data, testApp } from '../support/app.js';
import { CLAIM_IDS, GDELT_CSV, GDELT_ZIP, URLS, ZIP_CLAIM_IDS, gdeltFixtures } from '../support/gdelt.js';
import { subscribe, type Subscription } from '../support/sse.js';

/**
 * Every read that lists or counts claims, through the real Yoga server,
 * limited to REPORTED (the seed's articles), to CODED (the GDELT fixtures
 * imported here) or to neither: each origin's answer holds only its own
 * claims, and the two together make the unfiltered answer.
 */
const ORIGINS = ['REPORTED', 'CODED', null] as const;
type Origin = (typeof ORIGINS)[number];
const CODED_KEYS = new Set([...CLAIM_IDS, ...ZIP_CLAIM_IDS]);
const SEED_ARTICLE = 'article:53f6e0b8b575f843';

/** The parts of the answers the tests below read. */
type Edge<N> = { node: N };
type Keyed = { key: string };
type MatrixCell = { accuser: Keyed; accused: Keyed; count: number };

describe('claims limited by origin', () => {
  const { run } = gdeltFixtures();
  const app = testApp();
  const q = async (query: string, origin: Origin, variables: Record<string, unknown> = {}) =>
    data(await app.query(query, { ...variables, origin }));

  beforeAll(async () => {
    await run([GDELT_CSV, GDELT_ZIP]);
  });

  /** The answers for REPORTED, CODED and both, checked: each origin only its own, both the sum. */
  async function byOrigin<R extends { keys: string[]; total: number }>(read: (origin: Origin) => Promise<R>) {
    const [reported, coded, both] = (await Promise.all(ORIGINS.map(read))) as unknown as [R, R, R];
    for (const key of reported.keys) expect(CODED_KEYS.has(key), key).toBe(false);
    for (const key of coded.keys) expect(CODED_KEYS.has(key), key).toBe(true);
    expect(both.total).toBe(reported.total + coded.total);
    return { reported, coded, both };
  }

  const CLAIMS = `query($origin: ClaimOrigin, $kind: ClaimKind, $speaker: ID) {
    claims(first: 100, origin: $origin, kind: $kind, speaker: $speaker) { totalCount edges { node { key origin } } }
  }`;

  it('claims: origin on each claim, and the filter', async () => {
    const { reported, coded } = await byOrigin(async (origin) => {
      const { claims } = await q(CLAIMS, origin);
      for (const { node } of claims.edges) if (origin) expect(node.origin).toBe(origin);
      return { keys: claims.edges.map((e: Edge<Keyed>) => e.node.key), total: claims.totalCount };
    });
    expect(new Set(coded.keys)).toEqual(CODED_KEYS);
    expect(reported.total).toBeGreaterThan(0);
    // Filters combine with it: the United States' coded claims are its two accusations and its criticism.
    const usa = await q(CLAIMS, 'CODED', { speaker: 'state:USA' });
    expect(usa.claims.edges.map((e: Edge<Keyed>) => e.node.key).sort()).toEqual([
      'claim:gdelt-1190000001',
      'claim:gdelt-1190000011',
      'claim:gdelt-1190000101',
    ]);
  });

  it('accusations', async () => {
    const { coded } = await byOrigin(async (origin) => {
      const { accusations } = await q(
        `query($origin: ClaimOrigin) { accusations(first: 100, origin: $origin) { totalCount edges { node { key origin accuser { key } } } } }`,
        origin,
      );
      return { keys: accusations.edges.map((e: Edge<Keyed>) => e.node.key), total: accusations.totalCount };
    });
    expect(coded.keys.sort()).toEqual(['claim:gdelt-1190000002', 'claim:gdelt-1190000011', 'claim:gdelt-1190000101']);
  });

  it('claimCounts and accusationMatrix', async () => {
    const counts = await byOrigin(async (origin) => {
      const { claimCounts } = await q(
        `query($origin: ClaimOrigin) { claimCounts(by: KIND, origin: $origin) { edges { node { key count } } } }`,
        origin,
      );
      const rows = claimCounts.edges.map((e: Edge<Keyed & { count: number }>) => e.node);
      return { keys: [], total: rows.reduce((n: number, r: { count: number }) => n + r.count, 0), rows };
    });
    expect(Object.fromEntries(counts.coded.rows.map((r: Keyed & { count: number }) => [r.key, r.count]))).toEqual({
      ACCUSE: 3,
      CRITICIZE: 2,
      DENY: 2,
      DEMAND: 1,
      WARN: 1,
    });
    const matrix = await byOrigin(async (origin) => {
      const { accusationMatrix } = await q(
        `query($origin: ClaimOrigin) { accusationMatrix(first: 100, origin: $origin) { totalCount edges { node { accuser { key } accused { key } count } } } }`,
        origin,
      );
      const cells = accusationMatrix.edges.map((e: Edge<MatrixCell>) => e.node);
      return { keys: [], total: cells.reduce((n: number, c: MatrixCell) => n + c.count, 0), cells };
    });
    expect(matrix.coded.cells.map((c: MatrixCell) => `${c.accuser.key}>${c.accused.key}:${c.count}`).sort()).toEqual([
      'state:RUS>state:UKR:1',
      'state:USA>state:CHN:1',
      'state:USA>state:IRN:1',
    ]);
  });

  it("an entity's claims made, received and about, and an article's claims", async () => {
    const ENTITY = `query($id: ID!, $origin: ClaimOrigin) { node(id: $id) {
      ... on State { claimsMade(first: 100, origin: $origin) { totalCount edges { node { key } } }
                     claimsReceived(first: 100, origin: $origin) { totalCount edges { node { key } } }
                     claimsAbout(first: 100, origin: $origin) { totalCount edges { node { key } } } } } }`;
    for (const list of ['claimsMade', 'claimsReceived', 'claimsAbout'] as const) {
      for (const id of ['state:USA', 'state:RUS']) {
        await byOrigin(async (origin) => {
          const page = (await q(ENTITY, origin, { id })).node[list];
          return { keys: page.edges.map((e: Edge<Keyed>) => e.node.key), total: page.totalCount };
        });
      }
    }
    const usa = await q(ENTITY, 'CODED', { id: 'state:USA' });
    expect(usa.node.claimsMade.totalCount).toBe(3);
    expect(usa.node.claimsReceived.edges.map((e: Edge<Keyed>) => e.node.key)).toEqual(['claim:gdelt-1190000102']);
    const russia = await q(ENTITY, 'REPORTED', { id: 'state:RUS' });
    expect(russia.node.claimsReceived.totalCount).toBeGreaterThan(0);

    const ARTICLE = `query($id: ID!, $origin: ClaimOrigin) { node(id: $id) { ... on Article { claims(first: 100, origin: $origin) { totalCount edges { node { key } } } } } }`;
    for (const id of [SEED_ARTICLE, urlArticleKey(URLS[0]!)]) {
      await byOrigin(async (origin) => {
        const { claims } = (await q(ARTICLE, origin, { id })).node;
        return { keys: claims.edges.map((e: Edge<Keyed>) => e.node.key), total: claims.totalCount };
      });
    }
    const coded = await q(ARTICLE, 'CODED', { id: urlArticleKey(URLS[0]!) });
    expect(coded.node.claims.edges.map((e: Edge<Keyed>) => e.node.key).sort()).toEqual([
      'claim:gdelt-1190000001',
      'claim:gdelt-1190000002',
      'claim:gdelt-1190000004',
      'claim:gdelt-1190000005',
    ]);
    expect((await q(ARTICLE, 'REPORTED', { id: urlArticleKey(URLS[0]!) })).node.claims.totalCount).toBe(0);
  });

  it('timeline', async () => {
    const TIMELINE = `query($origin: ClaimOrigin) { timeline(entity: "state:RUS", origin: $origin) { date item { ... on Claim { key } ... on Event { key } } } }`;
    const claims = async (origin: Origin) =>
      (await q(TIMELINE, origin)).timeline
        .map((e: { item: Partial<Keyed> }) => e.item.key)
        .filter((k: string) => k.startsWith('claim:'));
    const [reported, coded, both] = await Promise.all(ORIGINS.map(claims));
    expect(coded!.sort()).toEqual([
      'claim:gdelt-1190000001',
      'claim:gdelt-1190000002',
      'claim:gdelt-1190000004',
      'claim:gdelt-1190000012',
    ]);
    expect(reported!.some((k: string) => CODED_KEYS.has(k))).toBe(false);
    expect(both!.length).toBe(reported!.length + coded!.length);
  });

  describe('claimAdded', () => {
    const open: Subscription[] = [];
    afterAll(() => open.forEach((s) => s.close()));

    it('delivers each claim to the subscriptions of its origin only', async () => {
      const base = await app.listen();
      const SUB = `subscription($origin: ClaimOrigin) { claimAdded(origin: $origin) { key origin } }`;
      const listen = async (origin: Origin) => {
        const before = app.live.listening();
        const sub = await subscribe(base, SUB, { origin });
        open.push(sub);
        await expect.poll(() => app.live.listening()).toBeGreaterThan(before);
        return sub;
      };
      const [reported, coded, both] = [await listen('REPORTED'), await listen('CODED'), await listen(null)];
      // What a committed write announces (an import run by this server would announce its coded claims so).
      const announce = (key: string, origin: 'REPORTED' | 'CODED') =>
        app.changes.publish({
          operation: 'import',
          actor: 'test',
          entities: [],
          articles: [],
          claims: [{ key, status: 'created', kind: 'CRITICIZE', origin, speaker: 'state:USA', targets: ['state:RUS'] }],
        });
      announce('claim:gdelt-1190000001', 'CODED');
      const seedClaim = (await q(CLAIMS, 'REPORTED')).claims.edges[0].node.key as string;
      announce(seedClaim, 'REPORTED');
      expect((await coded.next()).data.claimAdded).toEqual({ key: 'claim:gdelt-1190000001', origin: 'CODED' });
      expect((await reported.next()).data.claimAdded).toEqual({ key: seedClaim, origin: 'REPORTED' });
      expect((await both.next()).data.claimAdded.key).toBe('claim:gdelt-1190000001');
      expect((await both.next()).data.claimAdded.key).toBe(seedClaim);
      expect(coded.events.filter((e) => e.event === 'next')).toHaveLength(1);
      expect(reported.events.filter((e) => e.event === 'next')).toHaveLength(1);
    });
  });
  it('path: through coded claims only when asked for', async () => {
    // NATO is in the graph only through the coded claim of event 1190000004 (a warning to Russia).
    const PATH = `query($origin: ClaimOrigin) {
      path(from: "org:nato", to: "state:RUS", origin: $origin) { nodes { id label } edges { source target type } }
    }`;
    const [reported, coded, both] = await Promise.all(ORIGINS.map((origin) => q(PATH, origin)));
    expect(reported.path.nodes).toEqual([]);
    expect(both.path).toEqual(reported.path);
    const nodes = coded.path.nodes as { id: string }[];
    const keys = nodes.map((n) =>
      Buffer.from(n.id, 'base64')
        .toString()
        .replace(/^[A-Za-z]+:/, ''),
    );
    expect(keys).toEqual(expect.arrayContaining(['org:nato', 'claim:gdelt-1190000004', 'state:RUS']));
    expect(coded.path.edges.map((e: { type: string }) => e.type).sort()).toEqual(['MADE', 'TARGETS']);
  });
});
