import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j/embedded.js';
import { createDriver, Graph } from '../../src/neo4j/graph.js';
import { migrate } from '../../src/neo4j/migrate.js';
import { seed } from '../../src/seed.js';

/**
 * Starts one real Neo4j (embedded, free port, temporary store) for the run,
 * applies the schema and loads the seed documents, and hands its Bolt URI to
 * the tests as `inject('neo4jUri')`. Tests that write use keys of their own
 * so that no test depends on another's data.
 */
let neo4j: EmbeddedNeo4j | undefined;
let store: string | undefined;

export async function setup(project: TestProject) {
  store = mkdtempSync(join(tmpdir(), 'newsgraph-test-'));
  neo4j = await startEmbeddedNeo4j({ storeDir: store, port: 0, heapMb: 1024, pageCacheMb: 128 });
  const driver = createDriver({ uri: neo4j.uri, database: 'neo4j' });
  try {
    const graph = new Graph(driver, 'neo4j');
    await migrate(graph);
    await seed(graph);
  } finally {
    await driver.close();
  }
  project.provide('neo4jUri', neo4j.uri);
}

export async function teardown() {
  await neo4j?.stop();
  if (store) rmSync(store, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}
