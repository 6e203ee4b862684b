import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import {
  cpuMs,
  drainNeo4j,
  drive,
  killChildren,
  log,
  peakRssMb,
  percentile,
  post,
  prepareTier,
  REAL_TIER,
  resetPeakRss,
  root,
  sleep,
  startServer,
  TIERS,
  benchStatement as benchCypher,
  type Sample,
  type Server,
  type Tier,
  type TierInfo,
} from './harness.js';
import { parseScale } from './real-size.js';
import {
  CONTRACT_OPERATIONS,
  answers,
  answerSize,
  connectionOf,
  DEEP_PAGES,
  describeVariables,
  setDeepCursor,
  graphqlName,
  INDEXED_LOOKUPS,
  MEMBERS,
  OPERATIONS,
  OURS,
  requestFor,
  setFoundVariables,
  variablesFor,
  type AnswerSize,
  summarize,
  SYSTEMS,
  DIAGNOSTIC_SYSTEMS,
  type OperationName,
  type SystemName,
} from './operations.js';

/**
 * npm run bench [-- --quick] [-- --tier real [--scale=0.1]]: this server, the floor (the same Cypher with
 * no GraphQL) and the peer (@neo4j/graphql) side by side, each in its own
 * process over one Neo4j per graph tier, driven over HTTP by autocannon.
 * Systems take turns within every round (ABC, BCA, CAB), so drift on a
 * noisy machine hits all three alike; the ratios are the result.
 */

interface Options {
  quick: boolean;
  tiers: Tier[];
  operations: OperationName[];
  connections: number;
  warmupSeconds: number;
  seconds: number;
  rounds: number;
  /** The systems in the rotation: the three, plus diagnostics asked for on the command line. */
  systems: SystemName[];
}

function parseOptions(argv: string[]): Options {
  const flag = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? (at >= 0 ? argv[at + 1] : undefined);
  };
  const quick = argv.includes('--quick');
  const tierNames = (flag('tiers') ?? flag('tier'))?.split(',') ?? (quick ? ['seed'] : TIERS.map((t) => t.name));
  const scale = parseScale(flag('scale'));
  const real = tierNames.includes('real');
  // The real-size tier's targets compare with the seed tier: run it first, with the same systems.
  if (real && !tierNames.includes('seed')) tierNames.unshift('seed');
  const tiers = tierNames.map((n) => {
    const tier = n === 'real' ? { ...REAL_TIER, scale } : TIERS.find((t) => t.name === n);
    if (!tier) throw new Error(`--tiers: unknown tier ${n} (seed, 10k, 1m, real)`);
    return tier;
  });
  const operations = (flag('ops')?.split(',') ?? OPERATIONS) as OperationName[];
  for (const op of operations) if (!OPERATIONS.includes(op)) throw new Error(`--ops: unknown operation ${op}`);
  return {
    quick,
    tiers,
    operations,
    connections: Number(flag('connections') ?? 16),
    warmupSeconds: Number(flag('warmup') ?? (quick ? 1 : 2)),
    seconds: Number(flag('seconds') ?? (quick ? 2 : 5)),
    rounds: Number(flag('rounds') ?? 3),
    systems: [
      // At real size this server is measured against raw Cypher (the floor); the peer only when asked for.
      ...((flag('systems')?.split(',') as SystemName[] | undefined) ?? (real ? ['this', 'floor'] : SYSTEMS)),
      ...(argv.includes('--with-bare') ? DIAGNOSTIC_SYSTEMS : []),
    ],
  };
}

interface RunRow {
  operation: OperationName;
  tier: string;
  system: SystemName;
  rps: number;
  /** null when no request completed within the runs. */
  p50_ms: number | null;
  p99_ms: number | null;
  cypher_per_request: number | null;
  peak_rss_mb: number;
  /** One warm request with nothing else running, from the check before timing. */
  single_request_ms: number;
  /** The server process's CPU time per answered request (user + system). */
  cpu_ms_per_request: number | null;
  requests: number;
  failures: number;
}

interface RatioRow {
  operation: OperationName;
  /** This server with the cache off (`this`, the targets' row) or on. */
  system: SystemName;
  tier: string;
  vs: 'floor' | 'peer';
  /** null when the other system completed no request (the ratio is unbounded). */
  rps_ratio: number | null;
  p99_ratio: number | null;
}

/**
 * The latency of one request with nothing else in flight, on the warm
 * benchmark instance: the median of five (one, when a request takes seconds).
 */
async function aloneMs(server: Server, op: OperationName): Promise<number> {
  const { path, body } = requestFor(server.system, op);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const sent = performance.now();
    await post(`${server.url}${path}`, body);
    times.push(performance.now() - sent);
    if (times[i]! > 1_000) break;
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

/**
 * One request per operation and system before any timing: each must answer
 * without errors, the summaries show they fetched the same data, and the
 * Cypher statements each needed are counted (ours from its request log).
 */
async function checkAndCount(
  uri: string,
  servers: Record<SystemName, Server>,
  ops: OperationName[],
  systemsFor: (op: OperationName) => SystemName[],
) {
  const sampler = await startServer('this', uri, { LOG_LEVEL: 'info' });
  const counts = new Map<string, number | null>();
  const single = new Map<string, number>();
  const sizes = new Map<OperationName, AnswerSize>();
  try {
    for (const op of ops) {
      const parts: string[] = [];
      const summaries = new Map<SystemName, string>();
      for (const system of systemsFor(op)) {
        const target = system === 'this' ? sampler : servers[system];
        const { path, body } = requestFor(system, op);
        // The first request pays for one-off work (the peer checks Neo4j's version): count the second.
        await post(`${target.url}${path}`, body);
        const before = system === 'peer' ? (await (await fetch(`${target.url}/stats`)).json()).statements : 0;
        const res = await post(`${target.url}${path}`, body);
        if (res.status !== 200 || res.json.errors) {
          throw new Error(`${system} failed ${op} (${res.status}): ${JSON.stringify(res.json).slice(0, 500)}`);
        }
        let statements: number | null = null;
        if (system === 'floor') statements = Number(res.headers.get('x-cypher-statements'));
        if (system === 'peer') statements = (await (await fetch(`${target.url}/stats`)).json()).statements - before;
        if (system === 'this') {
          for (let i = 0; i < 20 && statements === null; i++) {
            const line = target.lines.findLast(
              (l) => l.includes('"graphql request"') && l.includes(`"operation":"${graphqlName(op)}"`),
            );
            if (line) statements = JSON.parse(line).cypher ?? null;
            else await sleep(50);
          }
        }
        counts.set(`${op}|${system}`, statements);
        single.set(`${op}|${system}`, await aloneMs(servers[system], op));
        summaries.set(system, summarize(op, system, res.json));
        if (system === 'this') sizes.set(op, answerSize(op, variablesFor('this', op), res.json));
        const differs =
          system !== 'this' && summaries.get(system) !== summaries.get('this') ? ' (differs from this)' : '';
        parts.push(
          `${system}: ${summaries.get(system)}, ${statements ?? '?'} cypher, ${single.get(`${op}|${system}`)!.toFixed(1)} ms alone${differs}`,
        );
      }
      log(`   check ${op} ${describeVariables(op)}\n     ${parts.join('\n     ')}`);
    }
  } finally {
    await sampler.stop();
  }
  return { counts, single, sizes };
}

/**
 * For each deep-page operation, pages through the list on each system (100
 * at a time, through the API as a client would) to the cursor about nine
 * tenths down, which the timed requests then pass as `after`.
 */
async function deepCursors(
  servers: Record<SystemName, Server>,
  ops: OperationName[],
  systems: SystemName[],
): Promise<Set<string>> {
  // A system that cannot page that deep (an error, a timeout) is left out of that operation, with the reason.
  const excluded = new Set<string>();
  for (const op of ops.filter((o) => DEEP_PAGES[o])) {
    for (const system of systems.filter((s) => s === 'this' || !OURS.has(s))) {
      try {
        await walkToDeepCursor(servers[system], op, system);
      } catch (err) {
        log(
          `   ${system} could not page to a deep cursor on ${op}, left out of it: ${String((err as Error).message ?? err).slice(0, 300)}`,
        );
        for (const s of system === 'this' ? systems.filter((x) => OURS.has(x)) : [system]) excluded.add(`${s}|${op}`);
      }
    }
  }
  return excluded;
}

async function walkToDeepCursor(server: Server, op: OperationName, system: SystemName) {
  {
    {
      const ask = async (first: number, after: string | null) => {
        const { path, body } = requestFor(system, op, { first, after });
        const res = await post(`${server.url}${path}`, body);
        if (res.status !== 200 || res.json.errors)
          throw new Error(`${system} failed ${op} (${res.status}): ${JSON.stringify(res.json).slice(0, 300)}`);
        return connectionOf(op, system, res.json);
      };
      const total = (await ask(1, null)).totalCount;
      const target = Math.floor(total * 0.9);
      let position = 0;
      let after: string | null = null;
      while (position < target) {
        const page = await ask(Math.min(100, target - position), after);
        if (page.edges.length === 0) break;
        position += page.edges.length;
        after = page.pageInfo.endCursor;
      }
      if (after) setDeepCursor(system, op, after, position, total);
    }
  }
}

async function benchTier(tier: Tier, options: Options, runs: RunRow[]): Promise<TierInfo> {
  const { neo4j, driver, store, info } = await prepareTier(tier);
  const servers = {} as Record<SystemName, Server>;
  try {
    for (const system of options.systems) {
      const started = performance.now();
      servers[system] = await startServer(system, neo4j.uri);
      log(`   ${system} up in ${((performance.now() - started) / 1000).toFixed(1)}s (pid ${servers[system].pid})`);
    }
    const hub = (await driver.executeQuery(benchCypher('biggest-hub'), {}, { database: 'neo4j' })).records[0];
    if (hub) {
      setFoundVariables('hub-neighborhood', { id: hub.get('key') }, { key: hub.get('key') });
      log(`   biggest hub: ${hub.get('key')} with ${Number(hub.get('degree')).toLocaleString('en')} relationships`);
    }
    const present = await driver.executeQuery(
      benchCypher('states-present'),
      { keys: MEMBERS.map((c) => `state:${c}`) },
      { database: 'neo4j' },
    );
    const members = present.records[0]?.get('keys') as string[];
    setFoundVariables('agreement-matrix', { states: members });
    log(`   agreement matrix among the ${members.length} members the graph holds`);
    const excluded = await deepCursors(servers, options.operations, options.systems);
    const systemsFor = (op: OperationName) =>
      options.systems.filter((s) => !excluded.has(`${s}|${op}`) && answers(s, op));
    const {
      counts: cypherCounts,
      single,
      sizes,
    } = await checkAndCount(neo4j.uri, servers, options.operations, systemsFor);
    for (const [op, size] of sizes) answerSizes.set(`${tier.name}|${op}`, size);

    for (const op of options.operations) {
      const started = performance.now();
      const systems = systemsFor(op);
      let terminated = 0;
      for (const system of systems) {
        await drive(servers[system], op, options.warmupSeconds, options.connections);
        terminated += await drainNeo4j(driver);
      }
      const samples = new Map<SystemName, Sample[]>(systems.map((s) => [s, []]));
      const peaks = new Map<SystemName, number>(systems.map((s) => [s, 0]));
      // Server process CPU per answered request: the figure least moved by other load on the machine.
      const cpu = new Map<SystemName, number>(systems.map((s) => [s, 0]));
      for (let round = 0; round < options.rounds; round++) {
        // ABC, BCA, CAB: each system goes first, second and last equally often.
        const order = systems.map((_, i) => systems[(i + round) % systems.length]!);
        for (const system of order) {
          const server = servers[system];
          const reset = resetPeakRss(server.pid);
          const cpuBefore = cpuMs(server.pid);
          samples.get(system)!.push(await drive(server, op, options.seconds, options.connections));
          cpu.set(system, cpu.get(system)! + cpuMs(server.pid) - cpuBefore);
          const peak = peakRssMb(server.pid);
          terminated += await drainNeo4j(driver);
          peaks.set(system, reset ? Math.max(peaks.get(system)!, peak) : peak);
        }
      }
      for (const system of systems) {
        const all = samples.get(system)!;
        const latencies = all.flatMap((s) => s.latencies).sort((a, b) => a - b);
        const requests = all.reduce((n, s) => n + s.requests, 0);
        const seconds = all.reduce((n, s) => n + s.seconds, 0);
        runs.push({
          operation: op,
          tier: tier.name,
          system,
          rps: round1(requests / seconds),
          p50_ms: latencies.length ? round2(percentile(latencies, 50)) : null,
          p99_ms: latencies.length ? round2(percentile(latencies, 99)) : null,
          cypher_per_request: cypherCounts.get(`${op}|${system}`) ?? null,
          peak_rss_mb: Math.round(peaks.get(system)!),
          single_request_ms: round1(single.get(`${op}|${system}`) ?? Number.NaN),
          cpu_ms_per_request: requests ? round2(cpu.get(system)! / requests) : null,
          requests,
          failures: all.reduce((n, s) => n + s.failures, 0),
        });
      }
      const line = systems
        .map((s) => {
          const r = runs.findLast((x) => x.operation === op && x.system === s)!;
          return `${s} ${r.rps} req/s p50 ${r.p50_ms ?? '-'} ms${r.failures ? ` (${r.failures} failed)` : ''}`;
        })
        .join(' | ');
      const left = terminated ? `, ${terminated} left-over queries terminated` : '';
      log(`   ${op.padEnd(16)} ${line}  [${((performance.now() - started) / 1000).toFixed(0)}s${left}]`);
    }
  } finally {
    for (const server of Object.values(servers)) await server.stop();
    await driver.close();
    await neo4j.stop();
    if (store) rmSync(store, { recursive: true, force: true });
  }
  return info;
}

/** The longest list in our answer to each operation on each tier (`tier|operation`), beside what its limits allow. */
const answerSizes = new Map<string, AnswerSize>();

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;

function ratios(runs: RunRow[]): RatioRow[] {
  const out: RatioRow[] = [];
  for (const ours of runs.filter((r) => r.system === 'this' || r.system === 'this+cache')) {
    for (const vs of ['floor', 'peer'] as const) {
      const other = runs.find((r) => r.operation === ours.operation && r.tier === ours.tier && r.system === vs);
      if (!other) continue;
      out.push({
        operation: ours.operation,
        system: ours.system,
        tier: ours.tier,
        vs,
        rps_ratio: other.rps > 0 ? round2(ours.rps / other.rps) : null,
        p99_ratio: ours.p99_ms !== null && other.p99_ms !== null ? round2(ours.p99_ms / other.p99_ms) : null,
      });
    }
  }
  return out;
}

interface Target {
  target: string;
  operation: OperationName;
  tier: string;
  value: number | null;
  met: boolean;
}

/** The issue's targets, reported and never asserted. */
function targets(runs: RunRow[], ratioRows: RatioRow[]): Target[] {
  const out: Target[] = [];
  for (const r of ratioRows.filter((x) => x.system === 'this')) {
    // An unbounded ratio (the other completed nothing) meets any minimum.
    const atLeast = (min: number) => r.rps_ratio === null || r.rps_ratio >= min;
    if (r.vs === 'floor')
      out.push({
        target: 'rps >= 0.8 x floor',
        operation: r.operation,
        tier: r.tier,
        value: r.rps_ratio,
        met: atLeast(0.8),
      });
    else
      out.push({
        target: 'rps >= 1.5 x peer',
        operation: r.operation,
        tier: r.tier,
        value: r.rps_ratio,
        met: atLeast(1.5),
      });
  }
  // A page deep in a list costs what the first page costs (keyset cursors): within 1.25 times its p50.
  for (const [deep, first] of Object.entries(DEEP_PAGES) as [OperationName, OperationName][]) {
    for (const tier of new Set(runs.map((r) => r.tier))) {
      const a = runs.find((r) => r.operation === first && r.tier === tier && r.system === 'this');
      const b = runs.find((r) => r.operation === deep && r.tier === tier && r.system === 'this');
      if (!a?.p50_ms || b?.p50_ms == null) continue;
      const growth = round2(b.p50_ms / a.p50_ms);
      out.push({ target: 'deep page p50 <= 1.25 x first', operation: deep, tier, value: growth, met: growth <= 1.25 });
    }
  }
  for (const op of INDEXED_LOOKUPS) {
    const seedRun = runs.find((r) => r.operation === op && r.tier === 'seed' && r.system === 'this');
    const bigRun = runs.find((r) => r.operation === op && r.tier === '1m' && r.system === 'this');
    if (!seedRun?.p50_ms || bigRun?.p50_ms == null) continue;
    const growth = round2(bigRun.p50_ms / seedRun.p50_ms);
    out.push({ target: 'p50 at 1m <= 2 x p50 at seed', operation: op, tier: '1m', value: growth, met: growth <= 2 });
  }
  return out;
}

/** The real-size tier's targets, against the seed tier's figures from the same run. */
const HUB_P50_MS = 100;
const AGGREGATE_P50_MS = 250;
const SEED_GROWTH = 2;

interface RealRow {
  operation: OperationName;
  p50: number | null;
  p99: number | null;
  seedP50: number | null;
  growth: number | null;
  floorP50: number | null;
  size: AnswerSize | undefined;
  missed: string[];
}

/**
 * The target an operation is judged on at real size: a contract operation
 * on its growth from the seed tier (p50 at most 2x), the neighbourhood of
 * the biggest hub on p50 <= 100 ms, and the reads over the public record
 * (the aggregates, and the deals and vetoes lists beside them) on p50 <=
 * 250 ms: their seed-tier answers are sums over a handful of rows, so a
 * ratio to them says nothing about their cost.
 */
function realTarget(op: OperationName): 'growth' | 'hub' | 'record' {
  if (op === 'hub-neighborhood') return 'hub';
  return (CONTRACT_OPERATIONS as readonly OperationName[]).includes(op) ? 'growth' : 'record';
}

/**
 * Each operation on the real-size tier: its p50 and p99, the seed tier's
 * p50 and the ratio, the raw Cypher's p50 (the floor server on the same
 * store), the answer's size against its limits, and its target (realTarget).
 */
function realRows(runs: RunRow[]): RealRow[] {
  const find = (op: OperationName, tier: string, system: SystemName) =>
    runs.find((r) => r.operation === op && r.tier === tier && r.system === system);
  const ops = [...new Set(runs.filter((r) => r.tier === 'real').map((r) => r.operation))];
  return ops.map((op) => {
    const p50 = find(op, 'real', 'this')?.p50_ms ?? null;
    const seedP50 = find(op, 'seed', 'this')?.p50_ms ?? null;
    const growth = p50 !== null && seedP50 ? round2(p50 / seedP50) : null;
    const size = answerSizes.get(`real|${op}`);
    const missed: string[] = [];
    if (p50 === null) missed.push('no answer');
    const target = realTarget(op);
    if (target === 'growth' && growth !== null && growth > SEED_GROWTH) missed.push(`p50 > ${SEED_GROWTH}x seed`);
    if (target === 'hub' && p50 !== null && p50 > HUB_P50_MS) missed.push(`p50 > ${HUB_P50_MS} ms`);
    if (target === 'record' && p50 !== null && p50 > AGGREGATE_P50_MS) missed.push(`p50 > ${AGGREGATE_P50_MS} ms`);
    if (!size || size.items > size.max) missed.push('answer over its limit');
    return {
      operation: op,
      p50,
      p99: find(op, 'real', 'this')?.p99_ms ?? null,
      seedP50,
      growth,
      floorP50: find(op, 'real', 'floor')?.p50_ms ?? null,
      size,
      missed,
    };
  });
}

function realTable(rows: RealRow[]): string {
  const ms = (x: number | null) => (x === null ? '-' : x.toFixed(2));
  const header = [
    'operation',
    'p50 ms',
    'p99 ms',
    'seed p50 ms',
    'real/seed',
    'Cypher p50 ms',
    'p50/Cypher',
    'answer/limit',
    'target',
    'result',
  ];
  const cells = rows.map((r) => [
    r.operation,
    ms(r.p50),
    ms(r.p99),
    ms(r.seedP50),
    ratioText(r.growth),
    ms(r.floorP50),
    r.p50 !== null && r.floorP50 ? (r.p50 / r.floorP50).toFixed(2) : '-',
    r.size ? `${r.size.items}/${r.size.max}` : '?',
    { growth: `<= ${SEED_GROWTH}x seed`, hub: `<= ${HUB_P50_MS} ms`, record: `<= ${AGGREGATE_P50_MS} ms` }[
      realTarget(r.operation)
    ],
    r.missed.length ? `MISSED (${r.missed.join('; ')})` : 'met',
  ]);
  return markdownTable(header, cells, (i) => i >= 1 && i <= 7);
}

const ratioText = (x: number | null) => (x === null ? 'n/a' : x.toFixed(2));

function table(runs: RunRow[], ratioRows: RatioRow[]): string {
  const header = [
    'operation',
    'tier',
    'system',
    'req/s',
    'p50 ms',
    'p99 ms',
    'alone ms',
    'CPU ms/req',
    'cypher/req',
    'peak RSS MB',
    'rps/floor',
    'p99/floor',
    'rps/peer',
    'p99/peer',
  ];
  const rows = runs.map((r) => {
    const ratio = (vs: string) =>
      ratioRows.find((x) => x.operation === r.operation && x.tier === r.tier && x.system === r.system && x.vs === vs);
    const f = ratio('floor');
    const p = ratio('peer');
    return [
      r.operation,
      r.tier,
      r.system,
      r.rps.toFixed(1),
      r.p50_ms === null ? '-' : r.p50_ms.toFixed(2),
      r.p99_ms === null ? '-' : r.p99_ms.toFixed(2),
      r.single_request_ms.toFixed(1),
      r.cpu_ms_per_request === null ? '-' : r.cpu_ms_per_request.toFixed(2),
      r.cypher_per_request === null ? '?' : String(r.cypher_per_request),
      String(r.peak_rss_mb),
      f ? ratioText(f.rps_ratio) : '',
      f ? ratioText(f.p99_ratio) : '',
      p ? ratioText(p.rps_ratio) : '',
      p ? ratioText(p.p99_ratio) : '',
    ];
  });
  return markdownTable(header, rows, (i) => i >= 3);
}

/** A Markdown table with its columns aligned, numeric ones to the right. */
function markdownTable(header: string[], rows: string[][], numeric: (column: number) => boolean): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (numeric(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (numeric(i) ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

function machine() {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return {
    cpu,
    cores: cpus().length,
    memory_gb: Math.round(totalmem() / 2 ** 30),
    free_memory_gb: Math.round(freemem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const host = machine();
  log(
    `Benchmark: ${options.tiers.map((t) => t.name).join(', ')} tier(s); ${options.operations.join(', ')}; ` +
      `${options.connections} connections, ${options.warmupSeconds}s warm-up, ${options.rounds} rounds of ${options.seconds}s per system`,
  );
  log(`Machine: ${host.cpu}, ${host.cores} cores, ${host.memory_gb} GB, Node ${host.node}`);

  const runs: RunRow[] = [];
  const tiers: TierInfo[] = [];
  const dir = join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  for (const tier of options.tiers) {
    tiers.push(await benchTier(tier, options, runs));
    // Kept tier by tier, so a run that fails later still leaves what it measured.
    writeFileSync(join(dir, 'partial.json'), `${JSON.stringify({ runs, tiers }, null, 2)}\n`);
    log(`\n${table(runs, ratios(runs))}\n`);
  }

  const ratioRows = ratios(runs);
  const goals = targets(runs, ratioRows);
  log(`\n${table(runs, ratioRows)}\n`);
  log('Targets (reported, not asserted):');
  for (const t of goals) {
    const value = t.value === null ? 'unbounded (the other completed no request)' : String(t.value);
    log(
      `  ${t.met ? 'met   ' : 'MISSED'} ${t.target.padEnd(30)} ${t.operation.padEnd(16)} ${t.tier.padEnd(4)} ${value}`,
    );
  }
  const real = options.tiers.find((t) => t.name === 'real');
  const realResults = real ? realRows(runs) : [];
  if (real) {
    const info = tiers.find((t) => t.tier === 'real');
    log(
      `\nReal-size tier at scale ${real.scale}: ${info?.nodes.toLocaleString('en')} nodes, ${info?.relationships.toLocaleString('en')} relationships; this server (cache off) against the seed tier and raw Cypher:`,
    );
    log(realTable(realResults));
  }
  const failed = runs.filter((r) => r.failures > 0);
  for (const r of failed) log(`  warning: ${r.system} had ${r.failures} failed requests on ${r.operation} (${r.tier})`);

  const report = {
    runs: runs.map(({ requests: _r, failures: _f, ...row }) => row),
    ratios: ratioRows,
    targets: goals,
    real_size: realResults,
    tiers,
    machine: host,
    options: { ...options, tiers: options.tiers.map((t) => t.name) },
    requests: runs.map((r) => ({
      operation: r.operation,
      tier: r.tier,
      system: r.system,
      requests: r.requests,
      failures: r.failures,
    })),
    finished_at: new Date().toISOString(),
    seconds: Math.round((performance.now() - started) / 1000),
  };
  const latest = join(dir, 'latest.json');
  const suffix = `${options.quick ? '-quick' : ''}${real ? `-real-${real.scale}` : ''}`;
  const stamped = join(dir, `bench-${report.finished_at.replace(/[:.]/g, '-')}${suffix}.json`);
  writeFileSync(latest, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(stamped, `${JSON.stringify(report, null, 2)}\n`);
  log(
    `Results: ${relative(process.cwd(), latest)} (and ${relative(process.cwd(), stamped)}), ${report.seconds}s in all`,
  );
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err?.stack ?? err}\n`);
  killChildren();
  process.exit(1);
});
