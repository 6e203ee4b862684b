import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importFiles } from '../src/import/run.js';
import { SOURCES } from '../src/import/sources.js';
import { stateTable } from '../src/import/states.js';
import { startEmbeddedNeo4j } from '../src/neo4j/embedded.js';
import { createDriver, Graph } from '../src/neo4j/graph.js';
import { migrate } from '../src/neo4j/migrate.js';
import { seed } from '../src/seed.js';
import { writeGdelt, writeSipriExport, writeUnscVetoes, writeUnscVotes } from './import-generate.js';

/**
 * The benchmark's real-size tier: the seed's articles, then the public
 * record at the size the real files have, written by the generators
 * (bench/import-generate.ts) in the publishers' layouts and read by the
 * importers as `npm run import` reads them: every Security Council vote
 * (about 2,700 resolutions of 11 or 15 members), the veto list (about 290
 * drafts), a SIPRI-sized deal export (30,000 deals) and ten years of GDELT
 * exports holding a million coded claims.
 *
 * Building it takes an hour or more (the importers record every batch's
 * history, as they do for users), so the store is kept in bench/stores/real
 * (git-ignored) and reused by later runs; `npm run bench:real-size` builds
 * it ahead of a run, `-- --rebuild` starts it again.
 */

export const REAL_STORE = join(import.meta.dirname, 'stores/real');
const BUILT = join(REAL_STORE, 'built.json');

/** GDELT rows per year of exports, 2015 to 2024: with the generator's mix, about 100,000 claims a year. */
const GDELT_ROWS_PER_YEAR = 118_110;
const SIPRI_DEALS = 30_000;

export interface RealSizeBuild {
  files: { source: string; file: string; rows: number; records: number; seconds: number }[];
  seconds: number;
  builtAt: string;
}

/** The build's summary, when a complete store is cached. */
export function cachedBuild(): RealSizeBuild | null {
  return existsSync(BUILT) ? (JSON.parse(readFileSync(BUILT, 'utf8')) as RealSizeBuild) : null;
}

/** The files the tier imports, source by source, written into `dir`. */
async function writeFiles(dir: string, log: (line: string) => void): Promise<[source: string, files: string[]][]> {
  const states = stateTable();
  const votes = join(dir, 'unsc-votes.csv');
  const vetoes = join(dir, 'unsc-vetoes.csv');
  const sipri = join(dir, 'sipri-export.csv');
  await writeUnscVotes(votes, (code) => states.code(code)?.name ?? code);
  await writeUnscVetoes(vetoes);
  await writeSipriExport(sipri, SIPRI_DEALS);
  const gdelt: string[] = [];
  for (let year = 2015; year <= 2024; year++) {
    const added = `${year}1231000000`;
    const file = join(dir, `${added}.export.CSV`);
    await writeGdelt(file, GDELT_ROWS_PER_YEAR, 5_000_000_000 + (year - 2015) * 1_000_000, {
      claimShare: 1,
      days: [`${year}-01-01`, `${year}-12-31`],
      hubs: true,
      added,
    });
    gdelt.push(file);
  }
  log(`   files written in ${dir}`);
  return [
    ['unsc-votes', [votes]],
    ['unsc-vetoes', [vetoes]],
    ['sipri', [sipri]],
    ['gdelt', gdelt],
  ];
}

/**
 * Builds the store from nothing into bench/stores/real: schema, seed, then
 * each generated file through its importer, in batches of 5,000 records.
 */
export async function buildRealStore(log: (line: string) => void, heapMb = 2048, pageCacheMb = 2048) {
  rmSync(REAL_STORE, { recursive: true, force: true });
  mkdirSync(REAL_STORE, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-real-size-'));
  const started = performance.now();
  const neo4j = await startEmbeddedNeo4j({ storeDir: join(REAL_STORE, 'store'), port: 0, heapMb, pageCacheMb });
  const driver = createDriver({ uri: neo4j.uri, database: 'neo4j' });
  const graph = new Graph(driver, 'neo4j');
  const build: RealSizeBuild = { files: [], seconds: 0, builtAt: '' };
  try {
    await migrate(graph);
    log(`   seed: ${await seed(graph)} documents`);
    for (const [source, files] of await writeFiles(dir, log)) {
      for (const file of files) {
        const run = await importFiles(async () => graph, SOURCES[source]!.create(), [file], { batchSize: 5_000 });
        const seconds = Math.round(run.seconds * 10) / 10;
        build.files.push({ source, file: file.slice(dir.length + 1), rows: run.rows, records: run.records, seconds });
        log(`   ${source} ${file.slice(dir.length + 1)}: ${run.rows} rows, ${run.records} records, ${seconds}s`);
      }
    }
    await graph.awaitIndexes(3_600);
    build.seconds = Math.round((performance.now() - started) / 1000);
    build.builtAt = new Date().toISOString();
  } finally {
    await driver.close();
    await neo4j.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  writeFileSync(BUILT, `${JSON.stringify(build, null, 2)}\n`);
  return build;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  if (cachedBuild() && !process.argv.includes('--rebuild')) {
    log(`A built store is in ${REAL_STORE} (built ${cachedBuild()!.builtAt}); --rebuild builds it again.`);
  } else {
    const build = await buildRealStore(log);
    log(`Built ${REAL_STORE} in ${build.seconds}s.`);
  }
}
