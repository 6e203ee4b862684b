import { describe, expect, it } from 'vitest';
import { urlArticleKey } from '../../src/import/gdelt.js';
import { WrongFileError } from '../../src/import/header.js';
import type { RunSummary } from '../../src/import/summary.js';
import { DATASETS, GDELT_CSV, GDELT_ZIP, URLS, gdeltFixtures } from '../support/gdelt.js';
import type { testGraph } from '../support/graph.js';

/** A node as read/parts/claim returns it. */
interface PartNode {
  key: string;
  [property: string]: unknown;
}

/** A claim's parts, as read/parts/claim returns them. */
interface ClaimPartsRow {
  key: string;
  speaker: PartNode;
  target: PartNode;
  source: PartNode;
}

/**
 * The GDELT importer over the run's Neo4j, with the fixtures of
 * tests/support/gdelt.ts; everything imported is removed afterwards, so
 * other files' counts and the export round trip see the seed only.
 */
const node = async (graph: ReturnType<typeof testGraph>, key: string) => {
  const [row] = await graph.read('read/nodes-by-key', { keys: [key] });
  return row!.node as Record<string, unknown> | null;
};

describe('npm run import -- gdelt', () => {
  const { graph, run } = gdeltFixtures();
  let first: RunSummary;

  it('refuses a file of another kind before writing anything, naming what it expected', async () => {
    const [before] = await graph.read('test/graph-size');
    await expect(run(['tests/import/fixtures/unsc-votes.csv'])).rejects.toThrow(WrongFileError);
    await expect(run([GDELT_CSV, 'tests/import/fixtures/unsc-votes.csv'])).rejects.toThrow(
      /is not a GDELT 2\.0 event export .*61 tab-separated columns.*Nothing was written/,
    );
    const [after] = await graph.read('test/graph-size');
    expect(after).toEqual(before);
  });

  it('imports the events that are claims between states or organizations, skipping the others by reason', async () => {
    // --since leaves out the event of 1 June; the next run adds it.
    first = await run([GDELT_CSV, GDELT_ZIP], { since: '2024-06-10' });
    expect(first.rows).toBe(15);
    expect(first.records).toBe(9);
    expect(first.outside).toBe(1);
    expect(first.skipped).toEqual({
      'actor 1 is a region, not a state': 2,
      'actor 2 has no country or known-group code': 1,
      'wrong number of columns': 1,
      'unknown event code': 1,
      'not a claim (event code not in cameo-claims.csv)': 1,
    });
    expect(first.nodes.Claim).toEqual({ created: 8, updated: 0, unchanged: 0 });
    expect(first.nodes.Article).toMatchObject({ created: 4 });
    expect(await node(graph, 'claim:gdelt-1190000011')).toBeNull();
    expect(await node(graph, 'claim:gdelt-1190000006')).toBeNull();

    const rest = await run([GDELT_CSV]);
    expect(rest.outside).toBe(0);
    expect(rest.nodes.Claim).toEqual({ created: 1, updated: 0, unchanged: 6 });
  });

  it('maps codes, actors, dates, measures and provenance', async () => {
    const criticism = await node(graph, 'claim:gdelt-1190000001');
    expect(criticism).toMatchObject({
      kind: 'CRITICIZE',
      origin: 'CODED',
      allegation: 'criticised or denounced',
      madeOn: '2024-06-14',
      eventCode: '111',
      rootEvent: true,
      goldstein: -2,
      avgTone: -4.25,
      dataset: DATASETS[0],
      record: '1190000001',
    });
    expect(Number(criticism!.numMentions)).toBe(10);
    expect(Number(criticism!.numSources)).toBe(3);
    expect(criticism!.quote).toBeUndefined();
    // A four-digit code takes its own row; a code with a leading zero stays a string.
    expect(await node(graph, 'claim:gdelt-1190000002')).toMatchObject({
      kind: 'ACCUSE',
      allegation: 'accused of war crimes',
      eventCode: '1124',
    });
    expect(await node(graph, 'claim:gdelt-1190000005')).toMatchObject({ kind: 'DENY', eventCode: '016' });
    expect(await node(graph, 'claim:gdelt-1190000004')).toMatchObject({ kind: 'WARN', rootEvent: false });
    expect(await node(graph, 'claim:gdelt-1190000101')).toMatchObject({ kind: 'ACCUSE', dataset: DATASETS[1] });

    // Stored by types of their own; read as its speaker and target all the same.
    const stored = await graph.read<{ type: string; outgoing: boolean; other: string }>('test/claim-links', {
      keys: ['claim:gdelt-1190000001'],
    });
    expect(stored.map((l) => [l.type, l.outgoing, l.other])).toEqual([
      ['CODED_MADE', false, 'state:USA'],
      ['CODED_TARGETS', true, 'state:RUS'],
      ['SOURCE', true, urlArticleKey(URLS[0]!)],
    ]);
    const [links] = await graph.read<ClaimPartsRow>('read/parts/claim', { keys: ['claim:gdelt-1190000001'] });
    expect(links.speaker.key).toBe('state:USA');
    expect(links.target.key).toBe('state:RUS');
    expect(links.source).toMatchObject({ key: urlArticleKey(URLS[0]!), url: URLS[0], publisher: 'news.example.com' });
    const parts = await graph.read<ClaimPartsRow>('read/parts/claim', {
      keys: ['claim:gdelt-1190000002', 'claim:gdelt-1190000003', 'claim:gdelt-1190000004', 'claim:gdelt-1190000012'],
    });
    const byKey = new Map(parts.map((p) => [p.key, p]));
    // Two events coded from one article share its node.
    expect(byKey.get('claim:gdelt-1190000002')!.source.key).toBe(urlArticleKey(URLS[0]!));
    // Known groups: the seed's United Nations, and NATO created as an organization.
    expect(byKey.get('claim:gdelt-1190000003')!.speaker.key).toBe('org:united-nations');
    expect(byKey.get('claim:gdelt-1190000004')!.speaker).toMatchObject({
      key: 'org:nato',
      name: 'North Atlantic Treaty Organization',
      category: 'INTERGOVERNMENTAL',
      labels: expect.arrayContaining(['Entity', 'Organization']),
    });
    // CAMEO's own code for Romania is the state under its ISO code.
    expect(byKey.get('claim:gdelt-1190000012')!.speaker).toMatchObject({ key: 'state:ROU', code: 'ROU' });

    const article = await node(graph, urlArticleKey(URLS[0]!));
    expect(article).toMatchObject({ url: URLS[0], category: 'NEWS', dataset: DATASETS[0] });
    expect(article!.text).toBeUndefined();
  });

  it('records what it created as counts and keys on one change per batch, not as an item per node', async () => {
    // Newest first: other test files import these fixtures too, and remove what they imported.
    const changes = await graph.read('test/created-by', { key: 'claim:gdelt-1190000001' });
    expect(changes[0]).toMatchObject({ operation: 'import', items: 0 });
    const created = JSON.parse(changes[0]!.created as string) as Record<string, number>;
    expect(created.Claim).toBeGreaterThanOrEqual(1);
    // Coded claims link their speaker and target by types of their own (CODED_CLAIM_LINK).
    expect(created.CODED_MADE).toBe(created.Claim);
    expect(created.CODED_TARGETS).toBe(created.Claim);
    expect(created.MADE).toBeUndefined();
    expect(created.TARGETS).toBeUndefined();
    expect(created.SOURCE).toBe(created.Claim);
    // The article it was coded from is created in the same batch, and listed the same way.
    const [article] = await graph.read('test/created-by', { key: urlArticleKey(URLS[0]!) });
    expect(article!.id).toBe(changes[0]!.id);
  });

  it('changes nothing when the same files are imported again', async () => {
    const again = await run([GDELT_CSV, GDELT_ZIP]);
    for (const tally of [...Object.values(again.nodes), ...Object.values(again.relationships)]) {
      expect(tally.created).toBe(0);
      expect(tally.updated).toBe(0);
    }
    expect(again.nodes.Claim!.unchanged).toBe(9);
  });
});
