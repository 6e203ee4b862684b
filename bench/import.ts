import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse';
import neo4j from 'neo4j-driver';
import { CameoTables } from '../src/import/cameo.js';
import { StateTable, stateTable, type StateEntry } from '../src/import/states.js';
import { startEmbeddedNeo4j } from '../src/neo4j/embedded.js';
import { createDriver, Graph } from '../src/neo4j/graph.js';
import { migrate } from '../src/neo4j/migrate.js';
import { cpuMs } from './harness.js';
import { writeGdelt, writeSipriExport, writeUnscVetoes, writeUnscVotes } from './import-generate.js';

/**
 * npm run bench:import: writes dataset files in the publishers' layouts
 * into a temporary directory, imports each with `npm run import` (a child
 * process, whose peak RSS is measured) into a fresh embedded Neo4j, and
 * runs the same mapping done by Neo4j itself (LOAD CSV with CALL { ... }
 * IN TRANSACTIONS, bench/cypher/load-<source>.cypher) in the same store,
 * then prints rows per second for each and their ratio, and the time of a
 * whole day of GDELT. Ours is timed twice: the command's wall time, and
 * the time its summary line gives for the file (from its first row read to
 * its last write, as LOAD CSV's statement is timed), which leaves out
 * starting Node and connecting: most of a file of a few hundred rows. For
 * the veto list, LOAD CSV is also timed from a process of its own
 * (bench/load-csv.ts, on the same rows under other keys), which pays for
 * starting and connecting as the command does.
 *
 *   npm run bench:import -- [--only gdelt,sipri,unsc-votes,unsc-vetoes]
 *                           [--sizes 10000,100000,1000000] [--day 150000]
 *                           [--batch 5000]
 *
 * --sizes are the GDELT files' rows; --day the rows of the GDELT day timed
 * on its own (0 leaves it out); --batch the importer's records per
 * transaction and LOAD CSV's rows per transaction.
 */

const root = join(import.meta.dirname, '..');
const SOURCES = ['gdelt', 'sipri', 'unsc-votes', 'unsc-vetoes'] as const;
type Source = (typeof SOURCES)[number];

const { values: args } = parseArgs({
  options: {
    only: { type: 'string', default: SOURCES.join(',') },
    sizes: { type: 'string', default: '10000,100000,1000000' },
    day: { type: 'string', default: '150000' },
    batch: { type: 'string', default: '5000' },
    deals: { type: 'string', default: '30000' },
  },
});
const only = args.only!.split(',').map((s) => s.trim()) as Source[];
for (const s of only) if (!SOURCES.includes(s)) throw new Error(`--only ${s}: expected some of ${SOURCES.join(', ')}`);
const sizes = args.sizes!.split(',').filter(Boolean).map(Number);
const dayRows = Number(args.day);
const BATCH = Number(args.batch);
const DEALS = Number(args.deals);

/** Small files each source imports once before the runs that are timed. */
const WARM_UP: Record<Source, string[]> = {
  gdelt: ['tests/import/fixtures/gdelt/20240615120000.export.CSV'],
  sipri: ['tests/import/fixtures/sipri-export.csv'],
  'unsc-votes': ['tests/import/fixtures/unsc-votes.csv'],
  'unsc-vetoes': ['tests/import/fixtures/unsc-vetoes.csv'],
};

/** One file to import twice: once by the importer, once by LOAD CSV. */
interface Case {
  source: Source;
  label: string;
  name: string;
  /** Data rows (not title or header lines). */
  rows: number;
  /** The maps bench/cypher/load-<source>.cypher takes beside $file, $dataset and $batch. */
  tables: () => Promise<Record<string, unknown>>;
  day?: boolean;
  /**
   * The same rows under other keys, which LOAD CSV runs again from a
   * process of its own: on a file of a few hundred rows, starting a process
   * and connecting are most of the command's time, and this side pays them
   * too.
   */
  twin?: string;
}

interface Result extends Case {
  ours: number;
  /** The importer's time for the file itself, as its summary line gives it: without starting Node and connecting. */
  oursImport: number;
  loadCsv: number;
  /** LOAD CSV on the twin, from start to exit of a process of its own (NaN without a twin). */
  loadCsvProcess: number;
  rssMb: number;
  /** CPU seconds: Neo4j's during each side's run, and the importer's own. */
  oursDbCpu: number;
  loadCsvDbCpu: number;
  importerCpu: number;
}

/**
 * CPU seconds Neo4j has used so far: on a shared machine, what each side
 * cost it is steadier than its wall time.
 */
const cpuSeconds = (pid: number) => cpuMs(pid) / 1000;

/**
 * Runs a command against the Neo4j at `uri`, timed from its start to its exit; its output, or an error naming
 * `what` with the output when it fails.
 */
function runTimed(
  what: string,
  command: string,
  args: string[],
  uri: string,
): Promise<{ seconds: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, NEO4J_URI: uri },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`${what} exited ${code}:\n${out}\n${err}`));
      resolve({ seconds, out, err });
    });
  });
}

/** Runs LOAD CSV on a case's twin from a process of its own (bench/load-csv.ts); its wall time. */
async function runLoadCsvProcess(uri: string, dir: string, c: Case, tables: Record<string, unknown>): Promise<number> {
  const params = join(dir, `${c.twin}.params.json`);
  writeFileSync(
    params,
    JSON.stringify({ file: `file:///${c.twin}`, dataset: `dataset:bench-${c.twin}`, batch: BATCH, ...tables }),
  );
  // Started as `npm run import` is, through the same bundling runner.
  const statement = join(root, `bench/cypher/load-${c.source}.cypher`);
  const run = await runTimed(
    'LOAD CSV process',
    process.execPath,
    ['scripts/run-bundled.mjs', 'bench/load-csv.ts', statement, params],
    uri,
  );
  return run.seconds;
}

/** Runs `npm run import` as a child process; its wall time and peak RSS (GNU time's %M). */
async function runImporter(
  uri: string,
  source: string,
  file: string,
  batch = BATCH,
): Promise<{ seconds: number; importSeconds: number; rssMb: number; cpu: number }> {
  const { seconds, out, err } = await runTimed(
    'import',
    '/usr/bin/time',
    [
      '-f',
      'PEAK_RSS_KB=%M CPU_S=%U+%S',
      process.execPath,
      // What `npm run import` runs.
      'scripts/run-bundled.mjs',
      'src/import/cli.ts',
      source,
      file,
      '--batch-size',
      String(batch),
    ],
    uri,
  );
  process.stderr.write(`  ${out.trim().split('\n').at(-1)}\n`);
  const kb = Number(/PEAK_RSS_KB=(\d+)/.exec(err)?.[1] ?? NaN);
  const cpu = /CPU_S=([\d.]+)\+([\d.]+)/.exec(err);
  // The file's own line: its rows and rows per second, timed from its first row read to its last write.
  const line = out.split('\n').find((l) => l.startsWith(`${file}: `)) ?? '';
  const rows = /: (\d+) rows read/.exec(line);
  const rate = /([\d,]+) rows\/s$/.exec(line);
  const importSeconds = rows && rate ? Number(rows[1]) / Number(rate[1]!.replace(/,/g, '')) : NaN;
  return { seconds, importSeconds, rssMb: kb / 1024, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN };
}

/**
 * A look-up map for a LOAD CSV mapping: each distinct value in some columns
 * of a CSV file (after `from` lines, a cell split by `parts`) that the
 * importer's state table resolves, as {key, name, label}.
 */
async function statesIn(
  file: string,
  columns: number[],
  from: number,
  resolve: (value: string) => StateEntry | null,
  parts: (cell: string) => string[] = (cell) => [cell],
): Promise<Record<string, unknown>> {
  const map: Record<string, unknown> = {};
  const rows = createReadStream(file).pipe(parse({ from_line: from, relax_column_count: true }));
  for await (const cells of rows as AsyncIterable<string[]>)
    for (const c of columns)
      for (const value of parts(cells[c] ?? '').map((v) => v.trim())) {
        const entry = value && !(value in map) ? resolve(value) : null;
        if (entry) map[value] = { key: StateTable.key(entry), name: entry.name, label: 'State' };
      }
  return map;
}

/** The tables the GDELT importer reads, as the maps bench/cypher/load-gdelt.cypher takes. */
function gdeltTables() {
  const states = stateTable();
  const cameo = new CameoTables(states);
  const claims: Record<string, unknown> = {};
  const codes = ['016', '111', '112', '1121', '1122', '1123', '1124', '1125'];
  for (let i = 0; i < 10; i++) codes.push(`10${i}`, `13${i}`);
  for (const code of codes) claims[code] = cameo.claim(code);
  const stateMap: Record<string, unknown> = {};
  const groupMap: Record<string, unknown> = {};
  const countries =
    'USA RUS CHN UKR ISR IRN PRK KOR JPN IND PAK GBR FRA DEU TUR SYR IRQ SAU EGY NGA ZAF BRA MEX VEN COL AFG POL ITA ESP CAN AUS ROM AFR EUR WST MEA';
  for (const code of countries.split(' ')) {
    const actor = cameo.actor(code, '');
    if ('node' in actor) stateMap[code] = { key: actor.node.key, name: actor.node.fill.name, label: 'State' };
  }
  for (const code of ['UNO', 'NAT', 'EEC']) {
    const actor = cameo.actor('', code);
    if ('node' in actor) groupMap[code] = { key: actor.node.key, name: actor.node.fill.name, label: 'Organization' };
  }
  return { claims, states: stateMap, groups: groupMap };
}

async function countLines(file: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>)
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
  return lines;
}

/** A SIPRI export of `deals` deals written into dir, as a case. */
async function sipriCase(dir: string, name: string, deals: number, firstId?: number): Promise<Case> {
  const states = stateTable();
  await writeSipriExport(join(dir, name), deals, firstId);
  return {
    source: 'sipri',
    label: 'sipri (export)',
    name,
    rows: (await countLines(join(dir, name))) - 1,
    tables: async () => ({ parties: await statesIn(join(dir, name), [1, 2], 2, (n) => states.name(n)) }),
  };
}

async function prepare(dir: string): Promise<Case[]> {
  const cases: Case[] = [];
  const states = stateTable();
  if (only.includes('gdelt')) {
    let firstId = 1_000_000_000;
    const gdelt = async (rows: number, day: boolean) => {
      const name = `2024061${cases.length % 10}${String(cases.length).padStart(2, '0')}0000.export.CSV`;
      await writeGdelt(join(dir, name), rows, firstId);
      firstId += rows;
      cases.push({
        source: 'gdelt',
        label: day ? 'gdelt (a day)' : 'gdelt',
        name,
        rows,
        tables: async () => gdeltTables(),
        day,
      });
    };
    for (const rows of sizes) await gdelt(rows, false);
    if (dayRows > 0) await gdelt(dayRows, true);
  }
  if (only.includes('sipri')) cases.push(await sipriCase(dir, 'sipri-export-2025-03-10.csv', DEALS));
  if (only.includes('unsc-votes')) {
    const name = 'unsc-votes-2025-01-31.csv';
    await writeUnscVotes(join(dir, name), (code) => states.code(code)!.name);
    const tables = async () => ({
      // The member by its code, as the generator writes the USSR's and Russia's apart.
      states: await statesIn(join(dir, name), [1], 2, (c) => states.code(c)),
      votes: { Y: 'FOR', N: 'AGAINST', A: 'ABSTAIN', X: 'NON_VOTING', '': 'NON_VOTING' },
    });
    cases.push({
      source: 'unsc-votes',
      label: 'unsc-votes',
      name,
      rows: (await countLines(join(dir, name))) - 1,
      tables,
    });
  }
  // The list as long as it is, and a hundred times as long, whose rows per second are the mapping's rather than the start's.
  for (const [rounds, label] of only.includes('unsc-vetoes') ? VETO_LISTS : []) {
    const name = `unsc-vetoes-${rounds}-2025-01-31.csv`;
    await writeUnscVetoes(join(dir, name), rounds);
    // The list as it is, under the drafts' symbols of a later round, for LOAD CSV from a process of its own.
    const twin = rounds === 1 ? `unsc-vetoes-twin-2025-01-31.csv` : undefined;
    if (twin) await writeUnscVetoes(join(dir, twin), 1, 2);
    // The vetoing members, one or several to a cell.
    const tables = async () => ({
      states: await statesIn(
        join(dir, name),
        [4],
        3,
        (n) => states.name(n),
        (cell) => cell.split(','),
      ),
    });
    cases.push({
      source: 'unsc-vetoes',
      label,
      name,
      rows: (await countLines(join(dir, name))) - 2,
      tables,
      twin,
    });
  }
  return cases;
}

const VETO_LISTS: [number, string][] = [
  [1, 'unsc-vetoes'],
  [100, 'unsc-vetoes (the list 100 times)'],
];

const WARM_UP_FILE = '20240601000000.export.CSV';
const WARM_UP_ROWS = 20_000;
const WARM_UP_SIPRI_FILE = 'sipri-export-2024-12-01.csv';
const WARM_UP_DEALS = 2_400;

/** The same mapping done by Neo4j itself, or only planned (EXPLAIN), which caches its plan. */
async function loadCsv(
  driver: ReturnType<typeof createDriver>,
  c: Case,
  tables: Record<string, unknown>,
  mode: 'plan' | 'run',
): Promise<void> {
  const statement = readFileSync(join(root, `bench/cypher/load-${c.source}.cypher`), 'utf8');
  const session = driver.session({ database: 'neo4j' });
  try {
    await session.run(
      mode === 'plan' ? `EXPLAIN ${statement}` : statement,
      { file: `file:///${c.name}`, dataset: `dataset:bench-${c.name}`, batch: neo4j.int(BATCH), ...tables },
      { timeout: 3_600_000 },
    );
  } finally {
    await session.close();
  }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-import-'));
  const store = join(dir, 'store');
  process.stderr.write(`files and store in ${dir}\n`);
  const cases = await prepare(dir);
  const neo = await startEmbeddedNeo4j({ storeDir: store, port: 0, heapMb: 2048, pageCacheMb: 1024, importDir: dir });
  const driver = createDriver({ uri: neo.uri, database: 'neo4j' });
  const results: Result[] = [];
  try {
    await migrate(new Graph(driver, 'neo4j'));
    // A warm-up, not measured: the JVM compiles, and Neo4j plans each source's statements, before the first timed run.
    process.stderr.write('warm-up: the test fixtures of each source\n');
    for (const source of only) for (const file of WARM_UP[source]) await runImporter(neo.uri, source, join(root, file));
    // A few fixture rows leave the JVM's hot paths (writing, committing, indexing) to be compiled during whichever
    // side runs first: GDELT rows of their own, through both sides, warm them for both.
    process.stderr.write(`warm-up: ${WARM_UP_ROWS} GDELT rows through both sides\n`);
    const warm: Case = {
      source: 'gdelt',
      label: 'warm-up',
      name: WARM_UP_FILE,
      rows: WARM_UP_ROWS,
      tables: async () => gdeltTables(),
    };
    await writeGdelt(join(dir, warm.name), warm.rows, 900_000_000);
    await runImporter(neo.uri, warm.source, join(dir, warm.name));
    await loadCsv(driver, warm, await warm.tables(), 'run');
    if (only.includes('sipri')) {
      // Deals of their own through both sides, the importer's in a dozen small batches: Neo4j compiles a statement's
      // expressions once it has run it ten times, which the importer's statements would otherwise reach in the timed run.
      process.stderr.write(`warm-up: ${WARM_UP_DEALS} SIPRI deals through both sides\n`);
      const sipri = await sipriCase(dir, WARM_UP_SIPRI_FILE, WARM_UP_DEALS, 900_000);
      await runImporter(neo.uri, 'sipri', join(dir, sipri.name), Math.ceil(WARM_UP_DEALS / 12));
      await loadCsv(driver, sipri, await sipri.tables(), 'run');
    }
    for (const c of cases) {
      const file = join(dir, c.name);
      process.stderr.write(`${c.label} ${c.rows} rows (${(statSync(file).size / 1e6).toFixed(1)} MB): importer...\n`);
      const pid = neo.process.pid!;
      const dbBefore = cpuSeconds(pid);
      const ours = await runImporter(neo.uri, c.source, file);
      const oursDbCpu = cpuSeconds(pid) - dbBefore;
      process.stderr.write(`  ${ours.seconds.toFixed(1)} s; LOAD CSV...\n`);
      const tables = await c.tables();
      // Planned before it is timed, as the importer's statements were in the warm-up.
      await loadCsv(driver, c, tables, 'plan');
      const loadCsvBefore = cpuSeconds(pid);
      const started = performance.now();
      await loadCsv(driver, c, tables, 'run');
      const loadCsvSeconds = (performance.now() - started) / 1000;
      const loadCsvDbCpu = cpuSeconds(pid) - loadCsvBefore;
      process.stderr.write(`  ${loadCsvSeconds.toFixed(1)} s\n`);
      // Its plan is the one just cached: the statement is the same.
      const loadCsvProcess = c.twin ? await runLoadCsvProcess(neo.uri, dir, c, tables) : NaN;
      if (c.twin) process.stderr.write(`  from a process of its own: ${loadCsvProcess.toFixed(1)} s\n`);
      results.push({
        ...c,
        ours: ours.seconds,
        oursImport: ours.importSeconds,
        loadCsv: loadCsvSeconds,
        loadCsvProcess,
        rssMb: ours.rssMb,
        oursDbCpu,
        loadCsvDbCpu,
        importerCpu: ours.cpu,
      });
    }
  } finally {
    await driver.close();
    await neo.stop();
    rmSync(dir, { recursive: true, force: true });
  }

  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const rate = (rows: number, seconds: number) => Math.round(rows / seconds).toLocaleString('en');
  console.log(
    line([
      'source',
      'rows',
      'ours s',
      'ours rows/s',
      'LOAD CSV s',
      'LOAD CSV rows/s',
      'ours / LOAD CSV',
      'in the import s',
      'in the import / LOAD CSV',
      'importer peak RSS',
      'Neo4j CPU s: ours / LOAD CSV',
      'importer CPU s',
      'LOAD CSV from a process s',
      'ours / LOAD CSV from a process',
    ]),
  );
  console.log(line(['---', ...Array.from({ length: 13 }, () => '---:')]));
  for (const r of results) {
    console.log(
      line([
        r.label,
        r.rows.toLocaleString('en'),
        r.ours.toFixed(1),
        rate(r.rows, r.ours),
        r.loadCsv.toFixed(1),
        rate(r.rows, r.loadCsv),
        (r.loadCsv / r.ours).toFixed(2),
        r.oursImport.toFixed(2),
        (r.loadCsv / r.oursImport).toFixed(2),
        `${r.rssMb.toFixed(0)} MB`,
        `${r.oursDbCpu.toFixed(1)} / ${r.loadCsvDbCpu.toFixed(1)}`,
        r.importerCpu.toFixed(1),
        Number.isNaN(r.loadCsvProcess) ? '' : r.loadCsvProcess.toFixed(2),
        Number.isNaN(r.loadCsvProcess) ? '' : (r.loadCsvProcess / r.ours).toFixed(2),
      ]),
    );
  }
  for (const r of results.filter((r) => r.day)) {
    console.log(
      `\nA day of GDELT (${r.rows.toLocaleString('en')} rows): ${r.ours.toFixed(1)} s with npm run import, ${r.loadCsv.toFixed(1)} s with LOAD CSV (batches of ${BATCH}).`,
    );
  }
}

await main();
