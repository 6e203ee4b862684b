import { afterAll, inject } from 'vitest';
import { createDriver, Graph } from '../../src/neo4j/graph.js';

/** A Graph on the run's Neo4j, closed after the file's tests. */
export function testGraph(): Graph {
  const driver = createDriver({ uri: inject('neo4jUri'), database: 'neo4j' });
  afterAll(() => driver.close());
  return new Graph(driver, 'neo4j');
}

/** A prefix that keeps one test's keys apart from every other test's. */
export function uniqueSlug(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
