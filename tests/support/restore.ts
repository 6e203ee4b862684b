import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { cypher } from '../../src/cypher.js';
import { fingerprint } from '../../src/export/fingerprint.js';
import { Graph } from '../../src/neo4j/graph.js';
import { deriveFromClaims } from './tallies.js';

/**
 * For a test file whose writes reach the seed's own nodes (an import adds
 * a dataset to Russia's vote on resolution 2397, a corroboration to the
 * seed's transfer): the graph as it was before the file, put back after
 * it, and the fingerprint checked equal, so that files which count or
 * fingerprint the graph see what they would have seen whatever the order.
 * History written meanwhile is removed too. Its driver keeps integers
 * lossless, so what it puts back is exactly what it read.
 */
export function restoresGraphAfterAll(): void {
  const driver = neo4j.driver(inject('neo4jUri'));
  const graph = new Graph(driver, 'neo4j');
  let since: unknown;
  let nodes: { id: string; props: Record<string, unknown> }[] = [];
  let relationships: { id: string; props: Record<string, unknown> }[] = [];
  let before: Awaited<ReturnType<typeof fingerprint>>;

  const run = async (name: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher(name), params, { database: 'neo4j' })).records.map((r) => r.toObject());

  beforeAll(async () => {
    since = (await driver.executeQuery('RETURN datetime.realtime() AS now', {}, { database: 'neo4j' })).records[0]!.get(
      'now',
    );
    nodes = (await run('test/snapshot-nodes')) as typeof nodes;
    relationships = (await run('test/snapshot-relationships')) as typeof relationships;
    before = await fingerprint(graph);
  });

  afterAll(async () => {
    try {
      await run('test/restore-graph', {
        nodes,
        relationships,
        nodeIds: nodes.map((n) => n.id),
        relationshipIds: relationships.map((r) => r.id),
        since,
      });
      await deriveFromClaims(graph);
      expect(await fingerprint(graph)).toEqual(before);
    } finally {
      await driver.close();
    }
  });
}
