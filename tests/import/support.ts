import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import type { Graph } from '../../src/neo4j/graph.js';
import { importFiles, type ImportOptions } from '../../src/import/run.js';
import { SOURCES } from '../../src/import/sources.js';
import type { RunSummary } from '../../src/import/summary.js';
import { total } from '../../src/ingest/tally.js';

/**
 * Importing fixtures in tests: through the library (what the CLI calls),
 * or through `npm run import`'s own process where exit codes, output and
 * a kill matter.
 */

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

export async function importFixtures(
  graph: Graph,
  source: string,
  files: string[],
  options: ImportOptions = {},
): Promise<RunSummary> {
  return importFiles(async () => graph, SOURCES[source]!.create(), files, options);
}

/** Created, updated and unchanged over nodes and relationships. */
export function written(run: RunSummary) {
  const nodes = total(Object.values(run.nodes));
  const relationships = total(Object.values(run.relationships));
  return {
    created: nodes.created + relationships.created,
    updated: nodes.updated + relationships.updated,
    unchanged: nodes.unchanged + relationships.unchanged,
  };
}

export interface CliRun {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `npm run import -- ARGS` as its own process, against the test Neo4j unless env says otherwise. */
export function importCli(args: string[], env: Record<string, string | undefined> = {}): CliRun {
  const child = spawn(process.execPath, ['scripts/run-bundled.mjs', 'src/import/cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, NEO4J_URI: inject('neo4jUri'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, stdout: () => out, stderr: () => err, exited };
}
