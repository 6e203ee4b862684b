import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/neo4j/embedded.js';
import { createDriver, Graph } from '../src/neo4j/graph.js';
import { deriveFromClaims, migrate } from '../src/neo4j/migrate.js';
import { seed } from '../src/seed.js';
import { load, SIZE_10K, SIZE_1M, type GraphSize } from './generate.js';
import { buildRealStore, cachedBuild, realStore } from './real-size.js';
import { requestFor, type OperationName, type SystemName } from './operations.js';

/** What bench/run.ts and bench/profile.ts share: graph tiers, server processes, load. */

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface Tier {
  name: 'seed' | '10k' | '1m' | 'real';
  size: GraphSize | null;
  heapMb: number;
  pageCacheMb: number;
  /** The real-size tier's share of the real volumes (1, or less for a quick check). */
  scale?: number;
}
export const TIERS: Tier[] = [
  { name: 'seed', size: null, heapMb: 1024, pageCacheMb: 256 },
  { name: '10k', size: SIZE_10K, heapMb: 1024, pageCacheMb: 256 },
  { name: '1m', size: SIZE_1M, heapMb: 2048, pageCacheMb: 1024 },
];

/**
 * The public record at real size, imported by the importers into a store
 * that is built once (bench/real-size.ts) and reused: run only when asked
 * for (`--tiers=real` or `--tier real`), never by default.
 */
export const REAL_TIER: Tier = { name: 'real', size: null, heapMb: 2048, pageCacheMb: 2048, scale: 1 };

export interface TierInfo {
  tier: string;
  scale?: number;
  nodes: number;
  relationships: number;
  load_seconds: number;
}

// ---------------------------------------------------------------- processes

const children = new Set<ChildProcess>();
export function killChildren() {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
}
process.on('exit', killChildren);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killChildren();
    process.exit(130);
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface Server {
  system: SystemName;
  url: string;
  pid: number;
  lines: string[];
  stop(): Promise<void>;
}

const SCRIPTS: Record<SystemName, string> = {
  this: 'src/main.ts',
  'this+cache': 'src/main.ts',
  floor: 'bench/floor-server.ts',
  peer: 'bench/peer-server.ts',
  bare: 'bench/bare-server.ts',
};

/** What sets a system apart beyond its script. */
const SYSTEM_ENV: Partial<Record<SystemName, Record<string, string>>> = {
  this: { RESPONSE_CACHE: 'false' },
  'this+cache': { RESPONSE_CACHE: 'true' },
};

/** How long a server may take to answer /health and /ready: its warm-up plans every operation, slow on a busy machine. */
const READY_SECONDS = 600;

/** Starts one system as `node --import tsx <script>` (one process, so its pid is the server's) and waits for /health. */
export async function startServer(
  system: SystemName,
  neo4jUri: string,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', SCRIPTS[system]], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEO4J_URI: neo4jUri,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED: 'false',
      ...SYSTEM_ENV[system],
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line) lines.push(line);
    if (lines.length > 500) lines.splice(0, lines.length - 500);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_SECONDS * 1000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${system} server exited (${child.exitCode}):\n${lines.slice(-30).join('\n')}`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline)
      throw new Error(`${system} server not healthy after ${READY_SECONDS} s:\n${lines.slice(-30).join('\n')}`);
    await sleep(200);
  }
  // Ours warms up before /ready says 200 (the others have no /ready): time nothing before that.
  while ((await fetch(`${url}/ready`)).status === 503) {
    if (Date.now() > deadline)
      throw new Error(`${system} server not ready after ${READY_SECONDS} s:\n${lines.slice(-30).join('\n')}`);
    await sleep(200);
  }
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    children.delete(child);
  };
  return { system, url, pid: child.pid!, lines, stop };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Peak resident memory (VmHWM) of a process, in MB. */
export function peakRssMb(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** CPU time (user + system) a process has used so far, in ms; NaN where /proc is missing. */
export function cpuMs(pid: number): number {
  try {
    // Fields after the command name (which may hold spaces) start at state; utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}
// sysconf(_SC_CLK_TCK) is 100 on every Linux that Node supports.
const CLOCK_TICKS = 100;

/** Resets VmHWM to the current RSS (Linux 4.0+), so a peak belongs to one operation. */
export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

// --------------------------------------------------------------------- load

/** A JSON answer as the three systems send it: GraphQL's shape (the floor answers `data` too). */
export interface JsonAnswer {
  data?: unknown;
  errors?: unknown[];
}

export async function post(url: string, body: string): Promise<{ status: number; headers: Headers; json: JsonAnswer }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, headers: res.headers, json: (await res.json()) as JsonAnswer };
}

export interface Sample {
  requests: number;
  seconds: number;
  latencies: number[];
  failures: number;
}

/** One fixed-concurrency run of one operation against one system. */
export async function drive(server: Server, op: OperationName, seconds: number, connections: number): Promise<Sample> {
  const { path, body } = requestFor(server.system, op);
  const latencies: number[] = [];
  let failures = 0;
  // Without a callback autocannon returns its instance: an event emitter that is also a promise of the result.
  const instance = autocannon({
    url: `${server.url}${path}`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration: seconds,
    // A GraphQL error answers 200 too: count it as a failure, not a fast response.
    verifyBody: (text) => !String(text).includes('"errors"'),
  }) as unknown as autocannon.Instance & Promise<autocannon.Result>;
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status === 200) latencies.push(ms);
    else failures += 1;
  });
  const result = await instance;
  // autocannon counts the answers verifyBody refused as mismatches (its typings leave the field out).
  failures += result.errors + result.timeouts + (result as autocannon.Result & { mismatches: number }).mismatches;
  return { requests: latencies.length, seconds: result.duration, latencies, failures };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function log(line: string) {
  process.stdout.write(`${line}\n`);
}

/** A progress line that rewrites itself on a terminal and prints every few seconds in a log. */
export function progressLine(prefix: string) {
  let lastPrinted = 0;
  return (line: string, done: boolean) => {
    if (process.stdout.isTTY) {
      process.stdout.write(`\r\x1b[K${prefix}${line}${done ? '\n' : ''}`);
    } else if (done || Date.now() - lastPrinted > 5_000) {
      lastPrinted = Date.now();
      log(`${prefix}${line}`);
    }
  };
}

export async function prepareTier(
  tier: Tier,
): Promise<{ neo4j: EmbeddedNeo4j; driver: Driver; store: string | null; info: TierInfo }> {
  if (tier.name === 'real') return openRealTier(tier);
  const store = mkdtempSync(join(tmpdir(), `newsgraph-bench-${tier.name}-`));
  log(
    `\n== tier ${tier.name}: starting Neo4j (heap ${tier.heapMb} MB, page cache ${tier.pageCacheMb} MB, store ${store})`,
  );
  const neo4j = await startEmbeddedNeo4j({
    storeDir: store,
    port: 0,
    heapMb: tier.heapMb,
    pageCacheMb: tier.pageCacheMb,
  });
  const driver = createDriver({ uri: neo4j.uri, database: 'neo4j' });
  const graph = new Graph(driver, 'neo4j');
  await migrate(graph);
  const started = performance.now();
  const documents = await seedPatiently(graph);
  log(`   seed: ${documents} documents`);
  if (tier.size) {
    await load(driver, tier.size, progressLine(`   ${tier.name}: `));
    // The generator writes claims behind the API's back: their tallies and
    // their target links' copies are derived from them, as a user's store
    // written before those existed has them derived by the migrations.
    await deriveFromClaims(graph);
  }
  await graph.awaitIndexes(600);
  const loadSeconds = (performance.now() - started) / 1000;
  const info = { tier: tier.name, ...(await graphSize(driver)), load_seconds: Math.round(loadSeconds * 10) / 10 };
  log(
    `   graph: ${info.nodes.toLocaleString('en')} nodes, ${info.relationships.toLocaleString('en')} relationships, loaded in ${info.load_seconds}s`,
  );
  return { neo4j, driver, store, info };
}

async function graphSize(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const counts = await driver.executeQuery(benchStatement('counts'), {}, { database: 'neo4j' });
  const record = counts.records[0]!;
  return { nodes: Number(record.get('nodes')), relationships: Number(record.get('relationships')) };
}

/**
 * Opens the real-size store of the tier's scale, building it first when
 * none is cached; the store is kept (its path is not returned for removal).
 * The server's migrations run on it when ours starts, as on a user's store.
 */
async function openRealTier(tier: Tier) {
  const scale = tier.scale ?? 1;
  const build = cachedBuild(scale) ?? (await buildRealStore((line) => log(line), scale, tier.heapMb, tier.pageCacheMb));
  const storeDir = join(realStore(scale), 'store');
  log(
    `\n== tier real (scale ${scale}): starting Neo4j (heap ${tier.heapMb} MB, page cache ${tier.pageCacheMb} MB, store ${storeDir}, built ${build.builtAt} in ${build.seconds}s)`,
  );
  const neo4j = await startEmbeddedNeo4j({ storeDir, port: 0, heapMb: tier.heapMb, pageCacheMb: tier.pageCacheMb });
  const driver = createDriver({ uri: neo4j.uri, database: 'neo4j' });
  // Indexes added by migrations since the store was built are created and populated before any timing.
  const migrating = performance.now();
  const applied = await migrate(new Graph(driver, 'neo4j'));
  await new Graph(driver, 'neo4j').awaitIndexes(3_600);
  if (applied > 0)
    log(`   migrations: ${applied} statements applied in ${Math.round((performance.now() - migrating) / 100) / 10}s`);
  const info: TierInfo = { tier: 'real', scale, ...(await graphSize(driver)), load_seconds: build.seconds };
  log(
    `   graph: ${info.nodes.toLocaleString('en')} nodes, ${info.relationships.toLocaleString('en')} relationships, built by the importers in ${build.seconds}s`,
  );
  return { neo4j, driver, store: null, info };
}

/**
 * Loads the seed, trying again when a transaction outlives the store's
 * 60 s timeout, as it can on a machine busy with other work: ingest writes
 * each document whole or not at all, so a second try starts clean.
 */
export async function seedPatiently(graph: Graph, tries = 3): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await seed(graph);
    } catch (err) {
      if (attempt >= tries) throw err;
      log(
        `   seed: ${String((err as Error).message)
          .split('\n')[1]
          ?.slice(0, 160)}; trying again`,
      );
    }
  }
}

/** A statement of the benchmark's own (bench/cypher), read by name. */
export const benchStatement = (name: string) => readFileSync(join(root, `bench/cypher/${name}.cypher`), 'utf8');

/**
 * Waits until Neo4j runs nothing but this check, then terminates what is
 * left after `graceMs`: a timed run ends with requests in flight (a slow
 * system's queries go on after its clients hang up), and they must not
 * weigh on the next system's run. Returns how many were terminated.
 */
export async function drainNeo4j(driver: Driver, graceMs = 10_000): Promise<number> {
  const deadline = Date.now() + graceMs;
  for (;;) {
    const running = await driver.executeQuery(benchStatement('running-transactions'), {}, { database: 'neo4j' });
    const ids = running.records.map((r) => r.get('transactionId') as string);
    if (ids.length === 0) return 0;
    if (Date.now() > deadline) {
      await driver.executeQuery(benchStatement('terminate-transactions'), { ids }, { database: 'neo4j' });
      await sleep(500);
      return ids.length;
    }
    await sleep(200);
  }
}
