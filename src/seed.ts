import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Graph } from './neo4j/graph.js';
import { ingestFiles } from './ingest/ingest.js';

/** The documents a new graph starts with: the seed article and the reference facts. */
export const seedDir = resolve(dirname(fileURLToPath(import.meta.url)), '../data/documents');

export function seedFiles(): string[] {
  return readdirSync(seedDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(seedDir, f));
}

/** Loads the seed documents when the graph holds no article yet; returns how many were loaded. */
export async function seed(graph: Graph): Promise<number> {
  const [row] = await graph.read<{ articles: number }>('ingest/article-count');
  if (row && row.articles > 0) return 0;
  const results = await ingestFiles(graph, seedFiles());
  const failed = results.filter((r) => !r.ok);
  if (failed.length) throw new Error(`seed documents failed to load:\n${failed.map((f) => f.message).join('\n')}`);
  return results.length;
}
