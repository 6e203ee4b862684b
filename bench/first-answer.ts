import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contractOperations } from '../src/contract.js';
import { freePort, root } from './harness.js';

/**
 * npx tsx bench/first-answer.ts [--store DIR]
 *
 * What the first person to arrive waits for: starts `npm start`'s server
 * (embedded Neo4j, a fresh temporary store unless --store is given, seeded),
 * waits for /ready to answer 200, then asks each contract operation once
 * (its first answer) and once more (again), one after another, and prints
 * both times. Run it on an idle machine: it measures one request at a time.
 */

/** Variables for each contract operation: the seed graph's entities. */
const VARIABLES: Record<string, Record<string, unknown>> = {
  WhoAccusedWhom: { accused: 'state:RUS' },
  Resolutions: {},
  Neighborhood: { id: 'state:PRK' },
  Path: { from: 'person:kim-jong-un', to: 'state:UKR' },
  WeaponsTransfers: {},
  Entity: { id: 'state:RUS' },
  Search: { text: 'korea' },
};
const ORDER = ['WhoAccusedWhom', 'Resolutions', 'Neighborhood', 'Path', 'WeaponsTransfers', 'Entity', 'Search'];

const args = process.argv.slice(2);
const storeArg = args.includes('--store') ? args[args.indexOf('--store') + 1] : undefined;
const store = storeArg ?? mkdtempSync(join(tmpdir(), 'newsgraph-first-answer-'));

async function main() {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', NEO4J_STORE_DIR: store, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const output: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const base = `http://127.0.0.1:${port}`;
  try {
    // Ready means ready for people: the first 200 of /ready, polled every 50 ms.
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output.join('')}`);
      const status = await fetch(`${base}/ready`).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) break;
      if (performance.now() - started > 300_000) throw new Error('not ready within 300 s');
      await new Promise((r) => setTimeout(r, 50));
    }
    const readyMs = performance.now() - started;
    const steps = output
      .join('')
      .split('\n')
      .filter((l) => l.startsWith('✓'));

    const operations = new Map(contractOperations().map((op) => [op.name, op]));
    const ask = async (name: string) => {
      const op = operations.get(name);
      if (!op) throw new Error(`no contract operation named ${name} in operations/`);
      const t0 = performance.now();
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: op.source, variables: VARIABLES[name] ?? {}, operationName: name }),
      });
      const body = (await res.json()) as { errors?: { message: string }[] };
      const ms = performance.now() - t0;
      if (res.status !== 200 || body.errors)
        throw new Error(`${name} answered ${res.status}: ${JSON.stringify(body.errors)}`);
      return ms;
    };
    const rows: { op: string; first: number; again: number }[] = [];
    for (const name of ORDER) rows.push({ op: name, first: await ask(name), again: 0 });
    for (const row of rows) row.again = await ask(row.op);

    process.stdout.write(`\nserver started, seeded and ready in ${(readyMs / 1000).toFixed(1)} s\n`);
    for (const line of steps) process.stdout.write(`  ${line.trim()}\n`);
    process.stdout.write('\n| operation | first | again |\n|---|---:|---:|\n');
    for (const { op, first, again } of rows) {
      process.stdout.write(`| ${op} | ${Math.round(first).toLocaleString('en')} ms | ${Math.round(again)} ms |\n`);
    }
    const worst = Math.max(...rows.map((r) => r.first));
    process.stdout.write(
      `\nslowest first answer: ${Math.round(worst)} ms (target: 500 ms) ${worst <= 500 ? 'met' : 'MISSED'}\n`,
    );
  } finally {
    child.kill('SIGTERM');
    await exited;
    if (!storeArg) rmSync(store, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`first-answer failed: ${err?.stack ?? err}\n`);
  process.exitCode = 1;
});
