import { cypherStatements } from '../../src/cypher.js';
import type { Graph } from '../../src/neo4j/graph.js';
import { runSchemaStatement } from '../../src/neo4j/migrate.js';

/**
 * The claim tallies (cypher/schema/009_claim_tallies.cypher) built again
 * from the claims, as the migration builds them: for a test that writes
 * claims, or removes them, behind the API's back (planted hubs, a cleanup
 * by key), so that the counts the reads take from the tallies stay true
 * for the files after it.
 */
export async function recountClaimTallies(graph: Graph): Promise<void> {
  const statements = cypherStatements('schema/009_claim_tallies').filter((s) => !/^CREATE (CONSTRAINT|INDEX)/.test(s));
  for (const statement of statements) await runSchemaStatement(graph, statement);
}

/** Every tally as stored and as a count of the claims gives it, [id, count, its type] in id order: equal when the tallies are true. */
export async function talliesAndRecount(graph: Graph) {
  const [row] = await graph.read<{ stored: [string, number, string][]; recounted: [string, number, string][] }>(
    'test/claim-tallies',
  );
  return row!;
}
