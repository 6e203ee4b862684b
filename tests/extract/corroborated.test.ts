import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/document.js';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { GraphGrounding } from '../../src/extract/resolve.js';
import { RulesExtractor } from '../../src/extract/rules.js';
import { fixture, importFixtures } from '../import/support.js';
import { testGraph } from '../support/graph.js';
import { restoresGraphAfterAll } from '../support/restore.js';
import { cypherRows } from '../support/writes.js';

/**
 * From a new article to a corroborated allegation: SIPRI's register (a
 * fixture in its export's layout) is imported first; then a wire report
 * written for this test, naming an alleged transfer, is extracted,
 * grounded in the graph and ingested as the review page's ingest does;
 * the article's transfer then stands linked CORROBORATED_BY to the
 * dataset's record of the same transfer, the two kept as two nodes.
 * The graph is put back as it was after the file.
 */

restoresGraphAfterAll();
const graph = testGraph();

const WIRE = [
  'Seoul says Pyongyang shipped missiles to Moscow',
  '',
  "SEOUL, May 14 (Test Wire) - South Korea's defence ministry accused North Korea on Tuesday of sending about 100 KN-23 ballistic missiles to Russia in late 2023.",
  'Pyongyang has denied supplying weapons to Moscow.',
].join('\n');

describe('an alleged transfer in a new article, beside the dataset record of it', () => {
  it('extracts the transfer as alleged, ingests it, and links it CORROBORATED_BY to the SIPRI record imported before it', async () => {
    const run = await importFixtures(graph, 'sipri', [fixture('sipri-trade-register.csv')]);
    expect(run.records).toBeGreaterThan(0);
    const [record] = await cypherRows(
      graph,
      `MATCH (t:WeaponsTransfer)-[:SUPPLIED_BY]->(:State {key: 'state:PRK'}), (t)-[:RECEIVED_BY]->(:State {key: 'state:RUS'})
       WHERE t.dataset IS NOT NULL RETURN t.key AS key`,
    );
    expect(record?.key).toMatch(/^transfer:sipri-/);

    const draft = await new RulesExtractor().extract(
      { text: WIRE, title: WIRE.split('\n')[0], publisher: 'Test Wire', publishedOn: '2024-05-14' },
      { grounding: new GraphGrounding(graph) },
    );
    const transfers = draft.entities.filter((e) => e.type === 'WeaponsTransfer');
    expect(transfers).toHaveLength(1);
    const key = transfers[0]!.key;
    const parsed = parseDocument(draft.document);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const accusation = parsed.document.claims.find((c) => c.kind === 'ACCUSE');
    expect(accusation?.about).toContain(key);

    const summary = await ingestDocument(graph, parsed.document);
    expect(summary.relationships.CORROBORATED_BY).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const rows = await cypherRows(
      graph,
      `MATCH (a:WeaponsTransfer {key: $key})-[:CORROBORATED_BY]->(r:WeaponsTransfer)
       RETURN a.status AS status, a.quantity AS quantity, a.periodStart AS start, a.dataset AS articleDataset,
              r.key AS record, r.dataset IS NOT NULL AS fromDataset`,
      { key },
    );
    expect(rows).toEqual([
      {
        status: 'ALLEGED',
        quantity: 'about 100',
        start: '2023',
        articleDataset: null,
        record: record!.key,
        fromDataset: true,
      },
    ]);
  });
});
