import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { datasetKey } from '../../src/import/dataset.js';
import { testGraph } from '../support/graph.js';
import { restoresGraphAfterAll } from '../support/restore.js';
import { cypherRows } from '../support/writes.js';
import { importCli } from './support.js';

/**
 * An import killed half way (SIGKILL to the process running `npm run
 * import`) leaves whole batches only, and running it again completes it.
 */
const graph = testGraph();
restoresGraphAfterAll();

const tmp = mkdtempSync(join(tmpdir(), 'import-kill-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const DEALS = 3000;
const BATCH = 150;
const PARTIES = ['France', 'Germany', 'Chile', 'Peru', 'Brazil', 'India'];

/** A SIPRI export of DEALS one-row deals. */
function bigExport(): string {
  const file = join(tmp, 'sipri-export-kill.csv');
  const header =
    'SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,Order date is estimate,Numbers delivered,Numbers delivered is estimate,Delivery year,Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,Local production';
  const rows = Array.from({ length: DEALS }, (_, i) => {
    const supplier = PARTIES[i % PARTIES.length];
    const recipient = PARTIES[(i + 1) % PARTIES.length];
    return `${990000 + i},${supplier},${recipient},Kill-test rifle,rifle,Small arms,2001,False,${1 + (i % 9)},False,2002,False,New,False,0.1,0.5,False`;
  });
  writeFileSync(file, `${header}\n${rows.join('\n')}\n`);
  return file;
}

async function written(dataset: string) {
  const [row] = await cypherRows(
    graph,
    `MATCH (t:Entity) WHERE t.dataset = $dataset AND t:WeaponsTransfer
     WITH t, EXISTS { (t)-[:SUPPLIED_BY]->() } AND EXISTS { (t)-[:RECEIVED_BY]->() } AND EXISTS { (t)-[:OF_WEAPON]->() } AS whole
     RETURN count(t) AS transfers, sum(CASE WHEN whole THEN 0 ELSE 1 END) AS incomplete`,
    { dataset },
  );
  return row as { transfers: number; incomplete: number };
}

it('leaves whole batches when killed, and a rerun completes the import', async () => {
  const file = bigExport();
  const dataset = datasetKey('sipri', file);
  const first = importCli(['sipri', file, '--batch-size', String(BATCH)]);
  // Kill it once a few batches are in, well before the end.
  let seen = 0;
  for (let i = 0; i < 600 && seen < 3 * BATCH; i++) {
    await new Promise((r) => setTimeout(r, 100));
    seen = (await written(dataset)).transfers;
    if (first.child.exitCode !== null) break;
  }
  first.child.kill('SIGKILL');
  const ended = await first.exited;
  expect(ended.signal, first.stderr()).toBe('SIGKILL');

  const partial = await written(dataset);
  expect(partial.transfers).toBeGreaterThanOrEqual(3 * BATCH);
  expect(partial.transfers).toBeLessThan(DEALS);
  expect(partial.transfers % BATCH).toBe(0);
  expect(partial.incomplete).toBe(0);

  const rerun = importCli(['sipri', file, '--batch-size', String(BATCH)]);
  expect((await rerun.exited).code, rerun.stderr()).toBe(0);
  expect(await written(dataset)).toEqual({ transfers: DEALS, incomplete: 0 });
  // What the killed run committed is found as it was; the rest is new.
  const [, totals] = rerun.stdout().trim().split('\n');
  expect(totals).toMatch(
    new RegExp(
      `^1 file: ${DEALS} rows read, ${DEALS} records, 0 skipped; nodes \\d+ created, 0 updated, \\d+ unchanged`,
    ),
  );
  const created = Number(/nodes (\d+) created/.exec(totals!)![1]);
  expect(created).toBeGreaterThanOrEqual(DEALS - partial.transfers);
  expect(created).toBeLessThanOrEqual(DEALS - partial.transfers + PARTIES.length + 1);
}, 240_000);
