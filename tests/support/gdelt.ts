import { afterAll, beforeAll } from 'vitest';
import { gdelt, urlArticleKey } from '../../src/import/gdelt.js';
import { importFiles } from '../../src/import/run.js';
import { testGraph } from './graph.js';
import { deriveFromClaims } from './tallies.js';

/**
 * GDELT 2.0 exports written for the tests (tests/import/fixtures/gdelt): a
 * plain export and a zipped one, events with leading-zero and four-digit
 * codes, a known group the seed holds (the UN) and one it does not (NATO),
 * CAMEO's own code for Romania, a regional actor, an actor with no code, a
 * malformed row and an event that is no claim.
 */
const FIXTURES = 'tests/import/fixtures/gdelt';
export const GDELT_CSV = `${FIXTURES}/20240615120000.export.CSV`;
export const GDELT_ZIP = `${FIXTURES}/20240615121500.export.CSV.zip`;
export const CLAIM_IDS = ['01', '02', '03', '04', '05', '11', '12'].map((n) => `claim:gdelt-11900000${n}`);
export const ZIP_CLAIM_IDS = ['claim:gdelt-1190000101', 'claim:gdelt-1190000102'];
export const URLS = [
  'https://news.example.com/2024/06/14/un-sanctions',
  'https://world.example.net/gaza-withdrawal',
  'https://news.example.com/2024/06/01/fentanyl',
  'https://news.example.org/bucharest',
  'https://news.example.com/2024/06/15/strait',
];
const ACTORS = [
  'state:USA',
  'state:RUS',
  'state:UKR',
  'state:ISR',
  'state:PRK',
  'state:KOR',
  'state:CHN',
  'state:ROU',
  'state:IRN',
  'org:united-nations',
  'org:nato',
];
export const DATASETS = ['dataset:gdelt-20240615120000.export.csv', 'dataset:gdelt-20240615121500.export.csv.zip'];

/**
 * Imports the GDELT fixtures into the run's graph and, after the file's
 * tests, removes what they added: the claims, their articles, the Dataset
 * nodes, and the actors the graph did not hold before.
 */
export function gdeltFixtures() {
  const graph = testGraph();
  let existing = new Set<string>();
  const run = (files: string[], options: Parameters<typeof importFiles>[3] = {}) =>
    importFiles(async () => graph, gdelt(), files, { batchSize: 3, ...options });
  beforeAll(async () => {
    const rows = await graph.read('read/nodes-by-key', { keys: ACTORS });
    existing = new Set(rows.filter((r) => r.node).map((r) => r.key as string));
  });
  afterAll(async () => {
    const added = ACTORS.filter((k) => !existing.has(k));
    await graph.write('test/remove-keys', {
      keys: [...CLAIM_IDS, ...ZIP_CLAIM_IDS, ...URLS.map(urlArticleKey), ...added],
    });
    await graph.write('test/remove-datasets', { keys: DATASETS });
    await deriveFromClaims(graph);
  });
  return { graph, run };
}
