import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { CameoTables } from '../src/import/cameo.js';
import { stateTable } from '../src/import/states.js';
import { startEmbeddedNeo4j } from '../src/neo4j/embedded.js';
import { createDriver, Graph } from '../src/neo4j/graph.js';
import { migrate } from '../src/neo4j/migrate.js';
import { writeGdelt } from './import-generate.js';

/**
 * npm run bench:import: writes dataset files in the publishers' layouts
 * into a temporary directory, imports each with `npm run import` (a child
 * process, whose peak RSS is measured) into a fresh embedded Neo4j, and
 * runs the same mapping done by Neo4j itself (LOAD CSV with CALL { ... }
 * IN TRANSACTIONS, bench/cypher/load-*.cypher) in the same store, then
 * prints rows per second for each and their ratio.
 *
 * BENCH_IMPORT_SIZES (default 10000,100000,1000000) sets the GDELT sizes.
 */

const root = join(import.meta.dirname, '..');
const sizes = (process.env.BENCH_IMPORT_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const BATCH = 1000;

interface Result {
  source: string;
  rows: number;
  claims: number;
  ours: number;
  loadCsv: number;
  rssMb: number;
}

/** Runs `npm run import` as a child process; its wall time and peak RSS (GNU time's %M). */
function runImporter(
  uri: string,
  source: string,
  file: string,
): Promise<{ seconds: number; rssMb: number; out: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      '/usr/bin/time',
      [
        '-f',
        'PEAK_RSS_KB=%M',
        process.execPath,
        '--import',
        'tsx',
        'src/import/cli.ts',
        source,
        file,
        '--batch-size',
        String(BATCH),
      ],
      { cwd: root, env: { ...process.env, NEO4J_URI: uri }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`import exited ${code}:\n${out}\n${err}`));
      const kb = Number(/PEAK_RSS_KB=(\d+)/.exec(err)?.[1] ?? NaN);
      resolve({ seconds, rssMb: kb / 1024, out });
    });
  });
}

/** The tables the importer reads, as the maps bench/cypher/load-gdelt.cypher takes. */
function gdeltTables() {
  const states = stateTable();
  const cameo = new CameoTables(states);
  const claims: Record<string, unknown> = {};
  for (const code of [
    '016',
    '100',
    '101',
    '102',
    '103',
    '104',
    '105',
    '106',
    '107',
    '108',
    '111',
    '112',
    '1121',
    '1122',
    '1123',
    '1124',
    '1125',
    '130',
    '131',
    '132',
    '133',
    '134',
    '135',
    '136',
    '137',
    '138',
    '139',
  ])
    claims[code] = cameo.claim(code);
  const stateMap: Record<string, unknown> = {};
  const groupMap: Record<string, unknown> = {};
  for (const code of [
    ...'USA RUS CHN UKR ISR IRN PRK KOR JPN IND PAK GBR FRA DEU TUR SYR IRQ SAU EGY NGA ZAF BRA MEX VEN COL AFG POL ITA ESP CAN AUS ROM AFR EUR WST MEA'.split(
      ' ',
    ),
  ]) {
    const actor = cameo.actor(code, '');
    if ('node' in actor) stateMap[code] = { key: actor.node.key, name: actor.node.fill.name, label: 'State' };
  }
  for (const code of ['UNO', 'NAT', 'EEC']) {
    const actor = cameo.actor('', code);
    if ('node' in actor) groupMap[code] = { key: actor.node.key, name: actor.node.fill.name, label: 'Organization' };
  }
  return { claims, states: stateMap, groups: groupMap };
}

async function codedClaims(driver: ReturnType<typeof createDriver>): Promise<number> {
  const { records } = await driver.executeQuery(
    readFileSync(join(root, 'bench/cypher/coded-claims.cypher'), 'utf8'),
    {},
    { database: 'neo4j' },
  );
  return Number(records[0]!.get('claims'));
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-import-'));
  const store = join(dir, 'store');
  process.stderr.write(`files and store in ${dir}\n`);
  const files: { source: string; name: string; rows: number }[] = [];
  let firstId = 1_000_000_000;
  for (const rows of sizes) {
    const name = `20240615${String(files.length).padStart(2, '0')}0000.export.CSV`;
    await writeGdelt(join(dir, name), rows, firstId);
    firstId += rows;
    files.push({ source: 'gdelt', name, rows });
  }
  const neo = await startEmbeddedNeo4j({ storeDir: store, port: 0, heapMb: 2048, pageCacheMb: 1024, importDir: dir });
  const driver = createDriver({ uri: neo.uri, database: 'neo4j' });
  const results: Result[] = [];
  try {
    await migrate(new Graph(driver, 'neo4j'));
    const tables = gdeltTables();
    for (const f of files) {
      const file = join(dir, f.name);
      process.stderr.write(`${f.source} ${f.rows} rows (${(statSync(file).size / 1e6).toFixed(0)} MB): importer...\n`);
      const before = await codedClaims(driver);
      const ours = await runImporter(neo.uri, f.source, file);
      const claims = (await codedClaims(driver)) - before;
      process.stderr.write(`  ${ours.seconds.toFixed(1)} s; LOAD CSV...\n`);
      const session = driver.session({ database: 'neo4j' });
      const started = performance.now();
      try {
        await session.run(
          readFileSync(join(root, 'bench/cypher/load-gdelt.cypher'), 'utf8'),
          { file: `file:///${f.name}`, dataset: `dataset:bench-${f.name}`, batch: neo4j.int(BATCH), ...tables },
          { timeout: 3_600_000 },
        );
      } finally {
        await session.close();
      }
      const loadCsv = (performance.now() - started) / 1000;
      process.stderr.write(`  ${loadCsv.toFixed(1)} s\n`);
      results.push({ source: f.source, rows: f.rows, claims, ours: ours.seconds, loadCsv, rssMb: ours.rssMb });
    }
  } finally {
    await driver.close();
    await neo.stop();
    rmSync(dir, { recursive: true, force: true });
  }

  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  console.log(
    line([
      'source',
      'rows',
      'claims written',
      'ours s',
      'ours rows/s',
      'LOAD CSV s',
      'LOAD CSV rows/s',
      'ours / LOAD CSV',
      'importer peak RSS',
    ]),
  );
  console.log(line(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const r of results) {
    console.log(
      line([
        r.source,
        r.rows.toLocaleString('en'),
        r.claims.toLocaleString('en'),
        r.ours.toFixed(1),
        Math.round(r.rows / r.ours).toLocaleString('en'),
        r.loadCsv.toFixed(1),
        Math.round(r.rows / r.loadCsv).toLocaleString('en'),
        (r.loadCsv / r.ours).toFixed(2),
        `${r.rssMb.toFixed(0)} MB`,
      ]),
    );
  }
}

await main();
