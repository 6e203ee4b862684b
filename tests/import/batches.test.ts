import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { datasetKey } from '../../src/import/dataset.js';
import { resolutionKey } from '../../src/import/symbols.js';
import { Graph, type GraphTransaction } from '../../src/neo4j/graph.js';
import { testGraph } from '../support/graph.js';
import { restoresGraphAfterAll } from '../support/restore.js';
import { cypherRows } from '../support/writes.js';
import { importFixtures, written } from './support.js';

/**
 * How an import cuts its records into batches and writes two at once:
 * a batch ends between a resolution's votes, and batches that name a node
 * the batch before them is still creating write it once, whole.
 */
const graph = testGraph();
restoresGraphAfterAll();

const tmp = mkdtempSync(join(tmpdir(), 'import-batches-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const MEMBERS = [
  'USA',
  'CHN',
  'FRA',
  'GBR',
  'RUS',
  'BRA',
  'IND',
  'JPN',
  'KEN',
  'MEX',
  'NOR',
  'GHA',
  'ECU',
  'MLT',
  'CHE',
];

it('ends a batch between the votes of two resolutions, never inside one', async () => {
  const header =
    'undl_id,ms_code,ms_name,permanent_member,ms_vote,date,resolution,draft,meeting,description,agenda,subjects,vote_note,modality,total_yes,total_no,total_abstentions,total_non_voting,total_ms,undl_link';
  const symbols = [1, 2, 3, 4].map((n) => `S/RES/${9900 + n}(2031)`);
  const rows = symbols.flatMap((symbol, n) =>
    MEMBERS.map(
      (code) =>
        `${880000 + n},${code},,,Y,2031-0${n + 1}-15,${symbol},S/2031/${n + 1},S/PV.${9900 + n},Batch test ${n},Batch test,,,Voting,15,0,0,0,15,`,
    ),
  );
  const file = join(tmp, 'unsc-votes-batches.csv');
  writeFileSync(file, `${header}\n${rows.join('\n')}\n`);

  // Batches of 20 records, resolutions of 15 votes: each batch is cut back to whole resolutions.
  const run = await importFixtures(graph, 'unsc-votes', [file], { batchSize: 20 });
  expect(run.nodes.Resolution).toEqual({ created: 4, updated: 0, unchanged: 0 });
  expect(run.relationships.VOTED).toEqual({ created: 60, updated: 0, unchanged: 0 });

  const changes = new Set<string>();
  for (const symbol of symbols) {
    const created = await graph.read('test/created-by', { key: resolutionKey(symbol) });
    expect(created).toHaveLength(1);
    // Its batch created it with all 15 of its votes, and no other resolution.
    expect(JSON.parse(created[0]!.created as string)).toMatchObject({ Resolution: 1, VOTED: 15 });
    changes.add(created[0]!.id as string);
  }
  expect(changes.size).toBe(symbols.length);
});

it('writes a weapon system that many consecutive batches name once, with every deal linked to it', async () => {
  const header =
    'SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,Order date is estimate,Numbers delivered,Numbers delivered is estimate,Delivery year,Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,Local production';
  const recipients = ['Chile', 'Peru', 'Brazil', 'India', 'Kenya', 'Ghana'];
  const deals = 12;
  const rows = Array.from(
    { length: deals },
    (_, i) =>
      `${970000 + i},France,${recipients[i % recipients.length]},Batch-test howitzer,self-propelled gun,Artillery,2030,False,${1 + i},False,2031,False,New,False,2.5,${2.5 * (1 + i)},False`,
  );
  const file = join(tmp, 'sipri-export-batches.csv');
  writeFileSync(file, `${header}\n${rows.join('\n')}\n`);

  // One deal to a batch: the second is in its transaction while the first still creates the weapon system.
  const run = await importFixtures(graph, 'sipri', [file], { batchSize: 1 });
  expect(run.nodes.WeaponsTransfer).toEqual({ created: deals, updated: 0, unchanged: 0 });
  expect(run.nodes.WeaponSystem).toEqual({ created: 1, updated: 0, unchanged: deals - 1 });
  expect(run.relationships.OF_WEAPON).toEqual({ created: deals, updated: 0, unchanged: 0 });

  const [linked] = await cypherRows(
    graph,
    `MATCH (t:WeaponsTransfer {dataset: $dataset})
     OPTIONAL MATCH (t)-[:OF_WEAPON]->(w:WeaponSystem)
     RETURN count(DISTINCT t) AS transfers, count(w) AS links, count(DISTINCT w) AS systems`,
    { dataset: datasetKey('sipri', file) },
  );
  expect(linked).toEqual({ transfers: deals, links: deals, systems: 1 });
});

/**
 * The graph with the first batch's node creation held back, as a loaded
 * server holds a batch back: the next batch is in its transaction, with
 * the same new node to write, before the first has created it.
 */
class FirstCreateHeldBack extends Graph {
  private heldBack = false;

  override async writeTransaction<T>(work: (tx: GraphTransaction) => Promise<T>): Promise<T> {
    return super.writeTransaction((tx) => {
      const run = tx.run.bind(tx);
      tx.run = (async (name: string, params?: Record<string, unknown>) => {
        if (name === 'import/create-nodes' && !this.heldBack) {
          this.heldBack = true;
          await new Promise((resolve) => setTimeout(resolve, 1_000));
        }
        return run(name, params);
      }) as typeof tx.run;
      return work(tx);
    });
  }
}

it('merges a node the batch before is creating only once that batch has created it', async () => {
  const header =
    'SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,Order date is estimate,Numbers delivered,Numbers delivered is estimate,Delivery year,Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,Local production';
  const rows = [0, 1, 2].map(
    (i) =>
      `${971000 + i},Italy,${['Chile', 'Peru', 'Kenya'][i]},Held-back patrol boat,patrol craft,Ships,2030,False,1,False,2031,False,New,False,8,8,False`,
  );
  const file = join(tmp, 'sipri-export-held-back.csv');
  writeFileSync(file, `${header}\n${rows.join('\n')}\n`);

  // The second deal's batch reaches the boat while the first still holds back its creation.
  const slow = new FirstCreateHeldBack(graph.driver, graph.database);
  const run = await importFixtures(slow, 'sipri', [file], { batchSize: 1 });
  expect(run.nodes.WeaponSystem).toEqual({ created: 1, updated: 0, unchanged: 2 });
  expect(run.relationships.OF_WEAPON).toEqual({ created: 3, updated: 0, unchanged: 0 });
  const [boats] = await cypherRows(
    graph,
    `MATCH (w:WeaponSystem {name: 'Held-back patrol boat'}) RETURN count(w) AS systems, COUNT { (w)<-[:OF_WEAPON]-() } AS deals`,
    {},
  );
  expect(boats).toEqual({ systems: 1, deals: 3 });
});

const SIPRI_EXPORT_HEADER =
  'SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,Order date is estimate,Numbers delivered,Numbers delivered is estimate,Delivery year,Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,Local production';

/** A SIPRI export of three deals of a test weapon system, named after the test. */
function smallExport(name: string, firstId: number): string {
  const rows = [0, 1, 2].map(
    (i) =>
      `${firstId + i},Spain,${['Chile', 'Peru', 'Kenya'][i]},${name} corvette,corvette,Ships,2030,False,1,False,2031,False,New,False,90,90,False`,
  );
  const file = join(tmp, `sipri-export-${name.toLowerCase()}.csv`);
  writeFileSync(file, `${SIPRI_EXPORT_HEADER}\n${rows.join('\n')}\n`);
  return file;
}

/** The history entries that created a dataset's transfers, and whether each itemises the Dataset node. */
async function creatingChanges(dataset: string) {
  return cypherRows(
    graph,
    `MATCH (t:WeaponsTransfer {dataset: $dataset})
     WITH collect(t.key) AS keys
     MATCH (c:Change) WHERE any(key IN keys WHERE key IN coalesce(c.createdKeys, []))
     RETURN c.id AS id, EXISTS { MATCH (:ChangeItem {change: c.id, nodeKey: $dataset}) } AS dataset`,
    { dataset },
  );
}

it('writes a file whose records fit one batch in one transaction: its Dataset node, its records and the finish', async () => {
  const file = smallExport('Single', 972000);
  const run = await importFixtures(graph, 'sipri', [file]);
  expect(run.nodes.Dataset).toEqual({ created: 1, updated: 0, unchanged: 0 });
  expect(run.nodes.WeaponsTransfer).toEqual({ created: 3, updated: 0, unchanged: 0 });
  // One history entry holds the Dataset node and the transfers: they were one transaction.
  expect(await creatingChanges(datasetKey('sipri', file))).toEqual([{ id: expect.any(String), dataset: true }]);

  // Split into batches, the Dataset node has a transaction and a history entry of its own before them.
  const split = smallExport('Split', 973000);
  await importFixtures(graph, 'sipri', [split], { batchSize: 1 });
  const changes = await creatingChanges(datasetKey('sipri', split));
  expect(changes).toHaveLength(3);
  expect(changes.every((c) => c.dataset === false)).toBe(true);

  // And a second run of either changes nothing.
  const again = await importFixtures(graph, 'sipri', [file, split]);
  expect(written(again)).toMatchObject({ created: 0, updated: 0 });
});

/** The graph with one of the import's statements failing, as a lost connection or a refused write would. */
class StatementFails extends Graph {
  constructor(
    graph: Graph,
    private readonly statement: string,
  ) {
    super(graph.driver, graph.database);
  }

  override async writeTransaction<T>(work: (tx: GraphTransaction) => Promise<T>): Promise<T> {
    return super.writeTransaction((tx) => {
      const run = tx.run.bind(tx);
      tx.run = (async (name: string, params?: Record<string, unknown>) => {
        if (name === this.statement) throw new Error(`${name} was refused`);
        return run(name, params);
      }) as typeof tx.run;
      return work(tx);
    });
  }
}

/** What the graph holds of a dataset: its Dataset node, its transfers, and the test's weapon system. */
async function leftOf(file: string, system: string) {
  const [left] = await cypherRows(
    graph,
    `RETURN COUNT { MATCH (d:Dataset {key: $dataset}) } AS datasets,
            COUNT { MATCH (t:WeaponsTransfer {dataset: $dataset}) } AS transfers,
            COUNT { MATCH (w:WeaponSystem {name: $system}) } AS systems`,
    { dataset: datasetKey('sipri', file), system },
  );
  return left;
}

it('leaves nothing of a one-transaction file whose write fails at its last statement', async () => {
  const file = smallExport('Refused', 974000);
  const failing = new StatementFails(graph, 'import/corroborate');
  await expect(importFixtures(failing, 'sipri', [file])).rejects.toThrow('import/corroborate was refused');
  expect(await leftOf(file, 'Refused corvette')).toEqual({ datasets: 0, transfers: 0, systems: 0 });

  // Run again on a graph that works, it writes the whole file.
  const run = await importFixtures(graph, 'sipri', [file]);
  expect(run.nodes.WeaponsTransfer).toEqual({ created: 3, updated: 0, unchanged: 0 });
  expect(run.nodes.Dataset).toEqual({ created: 1, updated: 0, unchanged: 0 });
});

it('commits no batch of a larger file whose Dataset node is not written', async () => {
  const file = smallExport('Undated', 975000);
  // One deal to a batch: the Dataset node's transaction runs beside the first batch's, and fails.
  const failing = new StatementFails(graph, 'import/dataset');
  await expect(importFixtures(failing, 'sipri', [file], { batchSize: 1 })).rejects.toThrow(
    'import/dataset was refused',
  );
  expect(await leftOf(file, 'Undated corvette')).toEqual({ datasets: 0, transfers: 0, systems: 0 });

  const run = await importFixtures(graph, 'sipri', [file], { batchSize: 1 });
  expect(run.nodes.WeaponsTransfer).toEqual({ created: 3, updated: 0, unchanged: 0 });
  expect(await leftOf(file, 'Undated corvette')).toEqual({ datasets: 1, transfers: 3, systems: 1 });
});
