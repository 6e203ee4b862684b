import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { drive, log, prepareTier, root, startServer, TIERS, type Server } from './harness.js';
import { OPERATIONS, SYSTEMS, type OperationName, type SystemName } from './operations.js';

/**
 * Where one system spends its time on one operation: starts a tier, runs
 * the system under `node --cpu-prof` at the benchmark's concurrency, and
 * prints the self time by package and by function. With --uri it uses an
 * already loaded Neo4j instead of building a tier.
 *
 *   npx tsx bench/profile.ts --system=this --op=search [--tier=seed] [--seconds=10] [--uri=bolt://...]
 *   npx tsx bench/profile.ts --summarize=FILE.cpuprofile [--top=40]   # a saved profile again
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function packageOf(url: string): string {
  if (!url) return '(native / idle / gc)';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return 'node core';
  return relative(root, url.replace(/^file:\/\//, '')) || url;
}

export function summarizeProfile(profile: CpuProfile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    self.set(profile.samples[i]!, (self.get(profile.samples[i]!) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  let total = 0;
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    const name = node.callFrame.functionName || '(anonymous)';
    if (name === '(idle)') continue;
    total += us;
    const pkg = ['(garbage collector)', '(program)'].includes(name) ? name : packageOf(node.callFrame.url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    const fn = `${name} ${packageOf(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  }
  const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
  const rows = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => `  ${pct(us)}  ${k}`)
      .join('\n');
  return `busy CPU ${(total / 1e6).toFixed(1)}s\nself time by package:\n${rows(byPackage)}\nself time by function:\n${rows(byFunction)}`;
}

async function main() {
  const argv = process.argv.slice(2);
  const flag = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const saved = flag('summarize');
  if (saved) {
    log(summarizeProfile(JSON.parse(readFileSync(saved, 'utf8')), Number(flag('top') ?? 25)));
    return;
  }
  const system = (flag('system') ?? 'this') as SystemName;
  const op = (flag('op') ?? 'search') as OperationName;
  const seconds = Number(flag('seconds') ?? 10);
  if (!SYSTEMS.includes(system) || !OPERATIONS.includes(op))
    throw new Error(`--system: ${SYSTEMS.join('|')}; --op: ${OPERATIONS.join('|')}`);

  let uri = flag('uri');
  let cleanup = async () => {};
  if (!uri) {
    const tier = TIERS.find((t) => t.name === (flag('tier') ?? 'seed'));
    if (!tier) throw new Error('--tier: seed, 10k or 1m');
    const prepared = await prepareTier(tier);
    uri = prepared.neo4j.uri;
    cleanup = async () => {
      await prepared.driver.close();
      await prepared.neo4j.stop();
      if (prepared.store) rmSync(prepared.store, { recursive: true, force: true });
    };
  }
  const dir = join(root, 'bench/results/profiles', `${system}-${op}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  let server: Server | undefined;
  try {
    server = await startServer(system, uri, {}, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    await drive(server, op, 2, 16);
    const sample = await drive(server, op, seconds, 16);
    log(`${system} ${op}: ${(sample.requests / sample.seconds).toFixed(1)} req/s under the profiler`);
  } finally {
    await server?.stop();
    await cleanup();
  }
  // One profile per thread; the main thread's is thread 0 (tsx's loader runs in another).
  const file =
    readdirSync(dir).find((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f)) ??
    readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no .cpuprofile written in ${dir}`);
  log(summarizeProfile(JSON.parse(readFileSync(join(dir, file), 'utf8'))));
  log(`profile: ${relative(process.cwd(), join(dir, file))} (open in Chrome DevTools or speedscope)`);
}

main().catch((err) => {
  process.stderr.write(`profile failed: ${err?.stack ?? err}\n`);
  process.exit(1);
});
